package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.RejectedException;

/**
 * The outcome of {@link Pabulib#read}: either {@link Read}, the whole file with the checker's
 * warnings, or {@link Failed}, the report of every problem found, at least one of them an error.
 * Never a half-read file.
 *
 * <pre>{@code
 * PabulibReading reading = Pabulib.read(text);
 * if (reading instanceof PabulibReading.Read r) {
 *   use(r.file());
 * }
 * reading.problems().forEach(System.out::println); // "line 12: warning EMPTY_LINE: ..."
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface PabulibReading {
  /**
   * Whether the text was read.
   *
   * @return {@code true} for {@link Read}
   */
  boolean isRead();

  /**
   * Every problem found, errors and warnings, in line order.
   *
   * @return the problems; empty for a clean file
   */
  ImmutableList<PabulibProblem> problems();

  /**
   * The file read, or an exception carrying the errors.
   *
   * @return the file
   * @throws RejectedException if the text could not be read; its violations are the errors, each
   *     message starting with {@code "line N: "} (see {@link PabulibProblem#toViolation()})
   */
  PabulibFile fileOrThrow();

  /**
   * A text read into a file, perhaps with warnings.
   *
   * @param file the file
   * @param warnings the checker's complaints, in line order; none of them an error
   * @since 0.1.0
   */
  record Read(PabulibFile file, ImmutableList<PabulibProblem> warnings) implements PabulibReading {
    /**
     * Creates the outcome.
     *
     * @param file the file
     * @param warnings the warnings; no errors
     * @throws NullPointerException if an argument or a warning is null
     * @throws IllegalArgumentException if a problem is an error
     */
    public Read {
      checkNotNull(file, "file");
      warnings = ImmutableList.copyOf(checkNotNull(warnings, "warnings"));
      for (PabulibProblem warning : warnings) {
        checkArgument(!warning.isError(), "a read file cannot have errors: %s", warning);
      }
    }

    @Override
    public boolean isRead() {
      return true;
    }

    /**
     * The warnings.
     *
     * @return the warnings, in line order
     */
    @Override
    public ImmutableList<PabulibProblem> problems() {
      return warnings;
    }

    @Override
    public PabulibFile fileOrThrow() {
      return file;
    }
  }

  /**
   * A text that could not be read. The report holds the warnings too, as the Pabulib checker's
   * report does, so that one pass shows everything to fix.
   *
   * @param problems every problem found, in line order; at least one error
   * @since 0.1.0
   */
  record Failed(ImmutableList<PabulibProblem> problems) implements PabulibReading {
    /**
     * Creates the outcome.
     *
     * @param problems the problems; at least one error
     * @throws NullPointerException if {@code problems} or a problem is null
     * @throws IllegalArgumentException if no problem is an error
     */
    public Failed {
      problems = ImmutableList.copyOf(checkNotNull(problems, "problems"));
      checkArgument(
          problems.stream().anyMatch(PabulibProblem::isError),
          "a failed reading needs at least one error: %s",
          problems);
    }

    /**
     * The errors only.
     *
     * @return the errors, in line order; not empty
     */
    public ImmutableList<PabulibProblem> errors() {
      return problems.stream()
          .filter(PabulibProblem::isError)
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    public boolean isRead() {
      return false;
    }

    @Override
    public PabulibFile fileOrThrow() {
      throw new RejectedException(
          errors().stream()
              .map(PabulibProblem::toViolation)
              .collect(ImmutableList.toImmutableList()));
    }
  }
}
