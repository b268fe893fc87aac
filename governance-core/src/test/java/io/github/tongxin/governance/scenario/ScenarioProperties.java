package io.github.tongxin.governance.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/** The identities of a run, and reproducibility, over small generated scenarios. */
class ScenarioProperties {
  @Test
  void figuresAddUpInEveryRun() {
    qt().withExamples(40)
        .forAll(ScenarioGenerators.scenarios())
        .checkAssert(
            scenario -> {
              ScenarioResult result = scenario.run();
              ScenarioChecks.assertFiguresAddUp(scenario, result);
            });
  }

  @Test
  void aRerunWithTheSameSeedIsIdenticalAndAnotherSeedDiffers() {
    qt().withExamples(20)
        .forAll(ScenarioGenerators.scenarios())
        .checkAssert(
            scenario -> {
              ScenarioResult result = scenario.run();
              assertThat(scenario.run()).isEqualTo(result);
              assertThat(scenario.run().metrics()).isEqualTo(result.metrics());
              assertThat(scenario.withSeed(scenario.seed() + 1).run()).isNotEqualTo(result);
            });
  }
}
