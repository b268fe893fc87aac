package io.github.tongxin.governance.space;

import io.github.tongxin.governance.Bilingual;

/**
 * Whom an activity is for, with the ages (in completed years) it admits.
 *
 * @since 0.1.0
 */
public enum AgeRange implements Bilingual {
  /** Children aged 3 to 12. */
  CHILDREN("儿童", "children", 3, 12),
  /** Parents and children together: every age. */
  PARENTS_AND_CHILDREN("亲子", "parents and children", 0, 150),
  /** Adults aged 18 and over. */
  ADULTS("成人", "adults", 18, 150),
  /** Seniors aged 60 and over. */
  SENIORS("老年人", "seniors", 60, 150);

  private final String chineseName;
  private final String englishName;
  private final int youngest;
  private final int oldest;

  AgeRange(String chineseName, String englishName, int youngest, int oldest) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.youngest = youngest;
    this.oldest = oldest;
  }

  /**
   * The youngest age admitted.
   *
   * @return the age in completed years
   */
  public int youngest() {
    return youngest;
  }

  /**
   * The oldest age admitted.
   *
   * @return the age in completed years
   */
  public int oldest() {
    return oldest;
  }

  /**
   * Whether the age is admitted.
   *
   * @param age an age in completed years
   * @return {@code true} if {@code youngest() <= age <= oldest()}
   */
  public boolean admits(int age) {
    return age >= youngest && age <= oldest;
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
