package io.github.tongxin.governance.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * A parameter sweep: every point of a grid × a number of replicates, run in parallel. Run
 * {@code i} (points in grid order, replicates within a point) gets its own random stream derived
 * from the sweep's seed and {@code i} alone, so the results are identical whatever the number of
 * threads or the order runs finish in.
 *
 * <pre>{@code
 * ImmutableList<Sweep.Run<Integer, ScenarioResult>> runs =
 *     Sweep.run(List.of(100, 200, 300), 20, 7L,
 *         (target, random) -> Scenarios.run(base.withTarget(target), random),
 *         Runtime.getRuntime().availableProcessors(), Sweep.Listener.NONE, System::nanoTime);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Sweep {
  private Sweep() {}

  /**
   * One run of a sweep.
   *
   * @param <P> the parameter type
   * @param <R> the result type
   * @param index the run's position, from 0: {@code point × replicates + replicate}
   * @param parameter the grid point
   * @param replicate the replicate number within the point, from 0
   * @param result what the run returned
   */
  public record Run<P, R>(int index, P parameter, int replicate, R result) {
    /**
     * Creates a run.
     *
     * @param index the run's position
     * @param parameter the grid point
     * @param replicate the replicate number
     * @param result what the run returned
     * @throws NullPointerException if {@code parameter} or {@code result} is null
     */
    public Run {
      checkNotNull(parameter, "parameter");
      checkNotNull(result, "result");
    }
  }

  /**
   * How far a sweep has got.
   *
   * @param done runs finished
   * @param total runs in all
   * @param elapsed time since the sweep started
   * @param remaining estimated time to the end, from the mean time per finished run
   */
  public record Progress(int done, int total, Duration elapsed, Duration remaining) {
    /**
     * Creates a progress report.
     *
     * @param done runs finished
     * @param total runs in all
     * @param elapsed time since the start
     * @param remaining estimated time left
     * @throws NullPointerException if a duration is null
     */
    public Progress {
      checkNotNull(elapsed, "elapsed");
      checkNotNull(remaining, "remaining");
    }
  }

  /** Receives progress reports; called from worker threads, one call at a time. */
  @FunctionalInterface
  public interface Listener {
    /** A listener that ignores reports. */
    Listener NONE = progress -> {};

    /**
     * Called after each finished run.
     *
     * @param progress how far the sweep has got
     */
    void onProgress(Progress progress);
  }

  /**
   * Runs a sweep.
   *
   * @param <P> the parameter type
   * @param <R> the result type
   * @param grid the parameter values, at least one
   * @param replicates runs per value, at least 1
   * @param seed the sweep's seed
   * @param run one run: a pure function of its parameter and its random stream
   * @param threads worker threads, at least 1
   * @param listener told after every run
   * @param nanoTime the clock for progress reports (e.g. {@code System::nanoTime}); Tongxin
   *     reads no clock of its own
   * @return every run, in index order
   * @throws NullPointerException if an argument is null or a run returns null
   * @throws IllegalArgumentException if {@code grid} is empty or a count is below 1
   * @throws IllegalStateException if a run throws; the first failure is the cause
   */
  public static <P, R> ImmutableList<Run<P, R>> run(
      List<P> grid,
      int replicates,
      long seed,
      BiFunction<? super P, RandomGenerator, ? extends R> run,
      int threads,
      Listener listener,
      LongSupplier nanoTime) {
    ImmutableList<P> points = ImmutableList.copyOf(checkNotNull(grid, "grid"));
    checkNotNull(run, "run");
    checkNotNull(listener, "listener");
    checkNotNull(nanoTime, "nanoTime");
    checkArgument(!points.isEmpty(), "grid must not be empty");
    checkArgument(replicates >= 1, "replicates must be at least 1: %s", replicates);
    checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
    int total = Math.multiplyExact(points.size(), replicates);
    long start = nanoTime.getAsLong();
    AtomicInteger done = new AtomicInteger();
    Object lock = new Object();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Run<P, R>>> futures = new ArrayList<>(total);
      for (int i = 0; i < total; i++) {
        int index = i;
        P parameter = points.get(i / replicates);
        futures.add(
            pool.submit(
                () -> {
                  R result = run.apply(parameter, Draws.forRun(seed, index));
                  Run<P, R> finished = new Run<>(index, parameter, index % replicates, result);
                  synchronized (lock) {
                    int count = done.incrementAndGet();
                    long elapsed = nanoTime.getAsLong() - start;
                    long remaining = elapsed / count * (total - count);
                    listener.onProgress(
                        new Progress(count, total, Duration.ofNanos(elapsed), Duration.ofNanos(remaining)));
                  }
                  return finished;
                }));
      }
      ImmutableList.Builder<Run<P, R>> runs = ImmutableList.builderWithExpectedSize(total);
      for (Future<Run<P, R>> future : futures) {
        runs.add(future.get());
      }
      return runs.build();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a run of the sweep failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the sweep was interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
