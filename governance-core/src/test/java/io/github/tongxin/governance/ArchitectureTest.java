package io.github.tongxin.governance;

import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyTarget;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core's dependency rules, checked on its compiled main classes. */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importMainClasses() {
    core =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("io.github.tongxin.governance");
  }

  @Test
  void importsTheMainClassesOnly() {
    assertThat(core.contain("io.github.tongxin.governance.community.Community")).isTrue();
    assertThat(core.contain("io.github.tongxin.governance.ArchitectureTest")).isFalse();
  }

  /**
   * Hand-written and generated main classes depend only on the JDK, Guava, JSpecify, the
   * Immutables annotations and the core itself. (The project's Immutables style allows no
   * classpath annotation in generated code, so Error Prone's, which Guava brings, stays out.)
   */
  @Test
  void coreDependsOnlyOnTheJdkGuavaJspecifyAndImmutablesAnnotations() {
    DescribedPredicate<Dependency> allowedTarget =
        dependencyTarget(
            resideInAnyPackage(
                "java..",
                "com.google.common..",
                "org.jspecify..",
                "org.immutables.value..",
                "io.github.tongxin.governance.."));
    classes()
        .that()
        .resideInAPackage("io.github.tongxin.governance..")
        .should(onlyHaveDependenciesWhere(allowedTarget))
        .check(core);
  }

  /**
   * The domain packages depend on each other without cycles (the workflow and the fund share
   * {@code money.Amount} instead of one importing the other's).
   */
  @Test
  void domainPackagesAreFreeOfCycles() {
    slices().matching("io.github.tongxin.governance.(*)..").should().beFreeOfCycles().check(core);
  }
}
