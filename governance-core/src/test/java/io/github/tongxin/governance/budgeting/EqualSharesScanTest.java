package io.github.tongxin.governance.budgeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The Method of Equal Shares rules on the real elections in {@code ../shared/data/pabulib}
 * against references that scan every unit of the per-voter budget, as pabutools does:
 *
 * <ul>
 *   <li>{@link NaiveEqualShares} (independent of the production code): every rule and every
 *       tie-breaking on the small elections, plain MES on the others but Łódź and Mokotów;
 *   <li>a unit-by-unit scan of exact runs ({@link MesRun}, no jumps, no floating point) for the
 *       add1 variant on Świecie, Wieliczka and Toulouse 2019, and with {@code
 *       -Dequalshares.slow=true} also on Mokotów and Łódź.
 * </ul>
 *
 * <p>pabutools' own unit scan is checked for every instance by {@link PabutoolsConformanceTest}
 * (selection order, cost, exhaustiveness); these tests add the payments, the budget step at
 * which the scan stops, and the other tie-breakings.
 */
class EqualSharesScanTest {
  private static final List<String> SMALL =
      List.of(
          "Netherlands_Amsterdam_643.pb",
          "Netherlands_Assen_2024.pb",
          "France_Toulouse_2022_14_-_Saint-Simon_Lafourguette_Oncopole-Campus_Sante_du_Futur.pb",
          "Poland_Krakow_2018_Swoszowice.pb");

  private static final List<String> MEDIUM =
      List.of(
          "Poland_Swiecie_2023.pb",
          "Poland_Wieliczka_2023_Green_Budget.pb",
          "France_Toulouse_2019.pb");

  private static final List<String> LARGE =
      List.of("Poland_Warszawa_2020_Mokotow.pb", "Poland_Lodz_2022.pb");

  private static PabulibFile read(String name) throws Exception {
    Path folder = SharedData.folder("pabulib");
    return Pabulib.readOrThrow(Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
  }

  private static void assertMatches(
      BudgetRule rule, PabulibFile file, TieBreaking t, NaiveEqualShares.Outcome reference) {
    Decision<BudgetOutcome> d = rule.apply(file.instance(), file.profile(), t);
    String what = rule.id() + " " + t;
    assertThat(d.isAccepted()).as(what).isEqualTo(!reference.isTie());
    if (reference.isTie()) {
      assertThat(d.violations().get(0).message()).as(what).contains("projects " + NaiveEqualShares.names(reference.tie()) + " (");
      return;
    }
    BudgetOutcome o = d.valueOrThrow();
    assertThat(o.selectionOrder()).as(what).isEqualTo(reference.selection());
    assertThat(o.payments()).as(what).isEqualTo(NaiveEqualShares.fractions(reference.payments()));
  }

  @Test
  void smallElectionsEqualTheNaiveScanForEveryTieBreaking() throws Exception {
    for (String name : SMALL) {
      PabulibFile file = read(name);
      for (TieBreaking t : TieBreaking.values()) {
        // one naive MES scan per variant, shared by the rule and its completion
        java.util.Map<String, NaiveEqualShares.Outcome> mes = new java.util.HashMap<>();
        for (BudgetRule rule : EqualSharesFamily.rules()) {
          if (!rule.appliesTo(file.profile().type())) {
            continue;
          }
          String variant = rule.id().replaceAll("_greedy.*", "");
          NaiveEqualShares.Outcome m =
              mes.computeIfAbsent(
                  variant, id -> NaiveEqualShares.mes(id, file.instance(), file.profile(), t));
          assertMatches(
              rule,
              file,
              t,
              NaiveEqualShares.complete(rule.id(), file.instance(), file.profile(), t, m));
        }
      }
    }
  }

  @Test
  void plainMesEqualsTheNaiveRunOnMediumElections() throws Exception {
    for (String name : MEDIUM) {
      PabulibFile file = read(name);
      for (BudgetRule rule : EqualSharesFamily.rules()) {
        if (rule.appliesTo(file.profile().type()) && !rule.id().contains("add1")) {
          assertMatches(
              rule,
              file,
              TieBreaking.LEXICOGRAPHIC,
              NaiveEqualShares.rule(rule.id(), file.instance(), file.profile(), TieBreaking.LEXICOGRAPHIC));
        }
      }
    }
  }

  @Test
  void addOneEqualsTheUnitScanOfExactRunsOnMediumElections() throws Exception {
    for (String name : MEDIUM) {
      checkAgainstUnitScan(name);
    }
  }

  @Test
  void addOneEqualsTheUnitScanOfExactRunsOnLargeElections() throws Exception {
    if (!Boolean.getBoolean("equalshares.slow")) {
      return; // minutes of exact runs: only on request
    }
    for (String name : LARGE) {
      checkAgainstUnitScan(name);
    }
  }

  private static void checkAgainstUnitScan(String name) throws Exception {
    PabulibFile file = read(name);
    SatisfactionMeasure measure =
        file.profile().type().isApproval()
            ? SatisfactionMeasure.COST
            : file.profile().type() == VoteType.ORDINAL ? SatisfactionMeasure.ADDITIVE_BORDA : SatisfactionMeasure.ADDITIVE_CARDINAL;
    MesSetup setup = EqualSharesProperties.setup(file.instance(), file.profile(), measure, TieBreaking.LEXICOGRAPHIC);
    IteratedMes mes = new IteratedMes(setup);
    long start = System.nanoTime();
    IteratedMes.Result fast = mes.iterated();
    double fastSeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    IteratedMes.Result scan = EqualSharesProperties.unitScan(mes, setup);
    double scanSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "add1 on %s: stops at B/n + %d; with jumps %.3f s, unit scan of exact runs %.3f s%n",
        name,
        scan.step(),
        fastSeconds,
        scanSeconds);
    assertThat(fast.step()).as(name).isEqualTo(scan.step());
    assertThat(fast.trace().order()).as(name).isEqualTo(scan.trace().order());
    // the payments of the returned run: the exact replay of its trace (which checks every split
    // where assertions are on) against the exact run's own
    MesRun replayed = new MesRun(setup, mes.budgetAt(fast.step()), mes.denominator());
    replayed.replay(fast.trace());
    MesRun exact = new MesRun(setup, mes.budgetAt(scan.step()), mes.denominator());
    exact.run();
    for (int r = 0; r < exact.rounds(); r++) {
      MesRun.Payment a = replayed.payment(r);
      MesRun.Payment b = exact.payment(r);
      assertThat(a.a()).isEqualTo(b.a());
      assertThat(a.w()).isEqualTo(b.w());
      assertThat(a.denominator()).isEqualTo(b.denominator());
      assertThat(sorted(a.poor())).isEqualTo(sorted(b.poor()));
    }
  }

  private static int[] sorted(int[] values) {
    int[] copy = values.clone();
    java.util.Arrays.sort(copy);
    return copy;
  }
}
