package io.github.tongxin.governance.election.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every implemented committee rule against every abcvoting instance in {@code
 * ../shared/data/abcvoting}, resolute and irresolute, with a per-rule report.
 *
 * <p>Irresolute: the committees must equal abcvoting's {@code result} exactly. Resolute: one
 * committee, a member of {@code result}; for the rules abcvoting defines only as resolute
 * ({@code greedy-monroe}, {@code equal-shares-with-increment-completion}), equal to its single
 * committee.
 *
 * <p>Every registered rule must be checked by at least one instance, except those abcvoting's files
 * do not list ({@link #NOT_IN_ABCVOTING_FILES}), which are tested elsewhere.
 */
class AbcvotingConformanceTest {
  /**
   * Registered rules that no abcvoting test instance lists: {@code equal-shares-without-completion}
   * is abcvoting's {@code equal-shares} with {@code completion=None}, a parameter the instance files
   * never set. It is checked against the plain reading in {@code PhragmenFamilyProperties}.
   */
  private static final ImmutableSet<String> NOT_IN_ABCVOTING_FILES =
      ImmutableSet.of("equal-shares-without-completion");

  private static ImmutableList<AbcInstance> instances;

  @BeforeAll
  static void readInstances() throws Exception {
    instances = AbcInstance.readAll(SharedData.folder("abcvoting"));
  }

  @Test
  void readsAllFortyNineInstances() {
    assertThat(instances).hasSize(49);
    assertThat(instances).allSatisfy(i -> assertThat(i.expected()).isNotEmpty());
  }

  @Test
  void everyRegisteredRuleIsCheckedBySomeInstance() {
    Set<String> listed = new TreeSet<>();
    for (AbcInstance instance : instances) {
      for (AbcInstance.Expected expected : instance.expected()) {
        listed.add(expected.ruleId());
      }
    }
    List<String> unchecked = new ArrayList<>();
    for (String id : CommitteeRules.ids()) {
      if (!listed.contains(id) && !NOT_IN_ABCVOTING_FILES.contains(id)) {
        unchecked.add(id);
      }
    }
    assertThat(unchecked).as("registered rules that no abcvoting instance checks").isEmpty();
    assertThat(NOT_IN_ABCVOTING_FILES).allSatisfy(id -> assertThat(CommitteeRules.ids()).contains(id));
    assertThat(listed)
        .as("the Phragmén family in abcvoting's files")
        .contains(
            "seqphragmen",
            "equal-shares",
            "equal-shares-with-av-completion",
            "equal-shares-with-increment-completion",
            "phragmen-enestroem",
            "maximin-support",
            "minimaxphragmen");
  }

  @Test
  void everyImplementedRuleMatchesEveryInstance() {
    Map<String, int[]> tally = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    Set<String> notImplemented = new TreeSet<>();
    for (AbcInstance instance : instances) {
      for (AbcInstance.Expected expected : instance.expected()) {
        CommitteeRule rule = CommitteeRules.byId(expected.ruleId()).orElse(null);
        if (rule == null) {
          notImplemented.add(expected.ruleId());
          continue;
        }
        int[] counts = tally.computeIfAbsent(expected.ruleId() + (expected.resolute() ? " (resolute)" : ""), id -> new int[2]);
        counts[1]++;
        String problem = check(rule, instance, expected);
        if (problem == null) {
          counts[0]++;
        } else {
          failures.add(instance.name() + " " + expected.ruleId() + " resolute=" + expected.resolute() + ": " + problem);
        }
      }
    }
    StringBuilder report = new StringBuilder("abcvoting conformance, passed/checked per rule:\n");
    tally.forEach(
        (rule, counts) ->
            report.append(String.format(Locale.ROOT, "  %-50s %3d/%3d%n", rule, counts[0], counts[1])));
    report.append("  not implemented (skipped): ").append(notImplemented).append('\n');
    System.out.print(report);
    assertThat(failures).as(report.toString()).isEmpty();
  }

  private static String check(CommitteeRule rule, AbcInstance instance, AbcInstance.Expected expected) {
    try {
      if (expected.resolute()) {
        Committee committee = rule.resolute(instance.profile(), instance.committeeSize());
        if (committee.size() != instance.committeeSize()) {
          return "resolute committee " + committee + " has the wrong size";
        }
        if (rule.isResoluteOnly()) {
          return expected.committees().equals(List.of(committee))
              ? null
              : "expected " + expected.committees() + ", got " + committee;
        }
        return expected.committees().contains(committee)
            ? null
            : "resolute " + committee + " not among " + expected.committees();
      }
      ImmutableList<Committee> committees = rule.irresolute(instance.profile(), instance.committeeSize());
      return committees.equals(expected.committees())
          ? null
          : "expected " + expected.committees() + ", got " + committees;
    } catch (RuntimeException e) {
      return "threw " + e;
    }
  }
}
