package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.community.FloorArea;
import io.github.tongxin.governance.election.Threshold;

/**
 * One threshold of a consultation with the numbers it was tested on, e.g. "participating area
 * 1,200.00 m² of 1,800.00 m² ≥ 2/3: met". Areas are in hundredths of a square metre, counts in
 * households; the comparison is exact integer arithmetic. Immutable and thread-safe.
 *
 * @param test which threshold
 * @param threshold the share required
 * @param part the area or count that must reach the share
 * @param whole the area or count it is a share of
 * @since 0.1.0
 */
public record ThresholdCheck(Test test, Threshold threshold, long part, long whole) {
  /** The thresholds a consultation may test. */
  public enum Test {
    /** Participating area among all exclusive area. */
    PARTICIPATION_AREA("参与表决专有部分面积", "participating area", true),
    /** Participating owners among all owners. */
    PARTICIPATION_OWNERS("参与表决人数", "participating owners", false),
    /** Agreeing area among participating area. */
    CONSENT_AREA("同意的专有部分面积（占参与表决）", "agreeing area (of participating)", true),
    /** Agreeing owners among participating owners. */
    CONSENT_OWNERS("同意人数（占参与表决）", "agreeing owners (of participating)", false),
    /** Agreeing households among all the group's households. */
    GROUP_CONSENT("同意户数（占楼组全部户数）", "agreeing households (of the group)", false);

    private final String chineseName;
    private final String englishName;
    private final boolean area;

    Test(String chineseName, String englishName, boolean area) {
      this.chineseName = chineseName;
      this.englishName = englishName;
      this.area = area;
    }

    /**
     * The test's Chinese name.
     *
     * @return e.g. 参与表决人数
     */
    public String chineseName() {
      return chineseName;
    }

    /**
     * The test's English name.
     *
     * @return e.g. "participating owners"
     */
    public String englishName() {
      return englishName;
    }

    /**
     * Whether the test measures floor area rather than counting households.
     *
     * @return true for the two area tests
     */
    public boolean measuresArea() {
      return area;
    }
  }

  /**
   * Creates a check.
   *
   * @param test which threshold
   * @param threshold the share required
   * @param part the area or count that must reach the share
   * @param whole the area or count it is a share of
   * @throws NullPointerException if {@code test} or {@code threshold} is null
   * @throws IllegalArgumentException if {@code part} is negative or exceeds {@code whole}
   */
  public ThresholdCheck {
    checkNotNull(test, "test");
    checkNotNull(threshold, "threshold");
    checkArgument(0 <= part && part <= whole, "part must be 0..whole: %s of %s", part, whole);
  }

  /**
   * Whether the threshold is met.
   *
   * @return true if {@code part / whole} reaches the threshold (false when {@code whole} is 0
   *     and the threshold needs more than nothing)
   */
  public boolean isMet() {
    return threshold.isMetBy(part, whole);
  }

  /**
   * A line explaining the check, e.g. "participating area 1,200.00 m² of 1,800.00 m² ≥ 2/3:
   * met".
   *
   * @return the explanation
   */
  @Override
  public String toString() {
    return test.englishName()
        + " "
        + format(part)
        + " of "
        + format(whole)
        + " "
        + threshold
        + ": "
        + (isMet() ? "met" : "not met");
  }

  private String format(long value) {
    if (!test.measuresArea()) {
      return value + (value == 1 ? " household" : " households");
    }
    return (value == 0 ? "0.00" : FloorArea.ofHundredths(value).toString()) + " m²";
  }
}
