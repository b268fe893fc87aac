package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The verdict on one {@link UsageRule} with the inspector's note.
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param verdict passed or failed
 * @param note what the inspector saw; may be empty
 * @since 0.1.0
 */
public record RuleCheck(Verdict verdict, String note) {
  /**
   * Creates a check.
   *
   * @param verdict passed or failed
   * @param note what the inspector saw; may be empty
   * @throws NullPointerException if an argument is null
   */
  public RuleCheck {
    checkNotNull(verdict, "verdict");
    checkNotNull(note, "note");
  }

  /**
   * A passed rule without a note.
   *
   * @return the check
   */
  public static RuleCheck passed() {
    return new RuleCheck(Verdict.PASSED, "");
  }

  /**
   * A passed rule with a note.
   *
   * @param note what the inspector saw
   * @return the check
   * @throws NullPointerException if {@code note} is null
   */
  public static RuleCheck passed(String note) {
    return new RuleCheck(Verdict.PASSED, note);
  }

  /**
   * A failed rule.
   *
   * @param note what was wrong
   * @return the check
   * @throws NullPointerException if {@code note} is null
   */
  public static RuleCheck failed(String note) {
    return new RuleCheck(Verdict.FAILED, note);
  }

  /**
   * Whether the rule was kept.
   *
   * @return {@code true} if passed
   */
  public boolean isPassed() {
    return verdict == Verdict.PASSED;
  }

  /**
   * Passed or failed.
   *
   * @since 0.1.0
   */
  public enum Verdict implements io.github.tongxin.governance.Bilingual {
    /** The rule was kept. */
    PASSED("合格", "passed"),
    /** The rule was not kept. */
    FAILED("不合格", "failed");

    private final String chineseName;
    private final String englishName;

    Verdict(String chineseName, String englishName) {
      this.chineseName = chineseName;
      this.englishName = englishName;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }

    @Override
    public String englishName() {
      return englishName;
    }
  }
}
