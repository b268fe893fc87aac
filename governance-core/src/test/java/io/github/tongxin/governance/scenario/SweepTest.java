package io.github.tongxin.governance.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SweepTest {
  /** A run that consumes a parameter-dependent number of draws, so stream mix-ups would show. */
  private static long work(int parameter, java.util.random.RandomGenerator random) {
    long sum = 0;
    for (int i = 0; i < parameter * 100; i++) {
      sum += random.nextInt(1000);
    }
    return sum;
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() {
    List<Integer> grid = List.of(1, 5, 9, 3);
    ImmutableList<Sweep.Run<Integer, Long>> one =
        Sweep.run(grid, 5, 42, SweepTest::work, 1, Sweep.Listener.NONE, System::nanoTime);
    ImmutableList<Sweep.Run<Integer, Long>> two =
        Sweep.run(grid, 5, 42, SweepTest::work, 2, Sweep.Listener.NONE, System::nanoTime);
    ImmutableList<Sweep.Run<Integer, Long>> four =
        Sweep.run(grid, 5, 42, SweepTest::work, 4, Sweep.Listener.NONE, System::nanoTime);
    assertThat(two).isEqualTo(one);
    assertThat(four).isEqualTo(one);
    assertThat(one).extracting(Sweep.Run::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
    assertThat(one.get(7).parameter()).isEqualTo(5);
    assertThat(one.get(7).replicate()).isEqualTo(2);
    assertThat(one.stream().map(Sweep.Run::result).distinct().count()).isEqualTo(20);
    ImmutableList<Sweep.Run<Integer, Long>> otherSeed =
        Sweep.run(grid, 5, 43, SweepTest::work, 2, Sweep.Listener.NONE, System::nanoTime);
    assertThat(otherSeed).isNotEqualTo(one);
  }

  @Test
  void reportsProgressAfterEveryRunWithAnEstimate() {
    List<Sweep.Progress> reports = new ArrayList<>();
    AtomicLong clock = new AtomicLong();
    Sweep.run(List.of(1, 2), 3, 1, SweepTest::work, 2, reports::add, () -> clock.addAndGet(1_000_000));
    assertThat(reports).hasSize(6);
    assertThat(reports).extracting(Sweep.Progress::done).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(reports).allMatch(p -> p.total() == 6);
    assertThat(reports.get(5).remaining()).isZero();
    assertThat(reports.get(0).remaining()).isPositive();
  }

  @Test
  void aFailingRunFailsTheSweep() {
    assertThatThrownBy(
            () ->
                Sweep.run(
                    List.of(1, 2),
                    2,
                    1,
                    (Integer p, java.util.random.RandomGenerator r) -> {
                      if (p == 2) {
                        throw new ArithmeticException("boom");
                      }
                      return p;
                    },
                    2,
                    Sweep.Listener.NONE,
                    System::nanoTime))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("boom");
    assertThatThrownBy(() -> Sweep.run(List.of(), 1, 1, SweepTest::work, 1, Sweep.Listener.NONE, System::nanoTime))
        .hasMessageContaining("grid must not be empty");
  }
}
