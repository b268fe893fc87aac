package io.github.tongxin.governance.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in every {@code package-info.java}.
 *
 * <p>Strict builders (each attribute set once), package-private implementation classes hidden
 * behind the abstract value type, no {@code get} prefixes, singular adders for collections.
 * Not part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    get = {"is*", "*"},
    // Only @Override: no annotation found on the classpath (such as Error Prone's
    // @CanIgnoreReturnValue, which Guava brings) is copied into generated code. An empty list
    // would allow all of them.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface TongxinStyle {}
