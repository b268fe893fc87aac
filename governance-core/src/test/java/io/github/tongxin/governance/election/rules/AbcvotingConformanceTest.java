package io.github.tongxin.governance.election.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
 */
class AbcvotingConformanceTest {
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
  void everyImplementedRuleMatchesEveryInstance() {
    Map<String, int[]> tally = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (AbcInstance instance : instances) {
      for (AbcInstance.Expected expected : instance.expected()) {
        CommitteeRule rule = CommitteeRules.byId(expected.ruleId()).orElse(null);
        if (rule == null) {
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
