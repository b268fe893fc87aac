package io.github.tongxin.governance.space;

import io.github.tongxin.governance.Bilingual;

/**
 * Age bands of the ripple figures: children 0–12, teenagers 13–17, adults 18–59, seniors 60+.
 *
 * @since 0.1.0
 */
public enum AgeBand implements Bilingual {
  /** Aged 0 to 12. */
  CHILDREN("儿童", "children 0-12"),
  /** Aged 13 to 17. */
  TEENAGERS("青少年", "teenagers 13-17"),
  /** Aged 18 to 59. */
  ADULTS("成人", "adults 18-59"),
  /** Aged 60 and over. */
  SENIORS("老年人", "seniors 60+");

  private final String chineseName;
  private final String englishName;

  AgeBand(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * The band of an age.
   *
   * @param age an age in completed years, not negative
   * @return the band
   * @throws IllegalArgumentException if {@code age} is negative
   */
  public static AgeBand of(int age) {
    if (age < 0) {
      throw new IllegalArgumentException("age must not be negative: " + age);
    }
    return age <= 12 ? CHILDREN : age <= 17 ? TEENAGERS : age <= 59 ? ADULTS : SENIORS;
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
