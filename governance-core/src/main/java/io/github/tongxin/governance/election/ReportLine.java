package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One step of an election report: the provision applied, and what it found, in English and
 * Chinese, with the numbers, e.g. {@code "turnout: 131 of 200 registered voters voted, > 1/2:
 * met"} under {@link Provision#TURNOUT} (Villagers' Committees Organic Law Art. 15).
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param provision the provision applied
 * @param english what it found, in English
 * @param chinese what it found, in Chinese
 * @since 0.1.0
 */
public record ReportLine(Provision provision, String english, String chinese) {
  /**
   * Creates a line.
   *
   * @param provision the provision applied
   * @param english what it found, in English
   * @param chinese what it found, in Chinese
   * @throws NullPointerException if an argument is null
   */
  public ReportLine {
    checkNotNull(provision, "provision");
    checkNotNull(english, "english");
    checkNotNull(chinese, "chinese");
  }

  /**
   * The English text and its source: {@code "turnout: ... — Villagers' Committees Organic Law
   * (2018) Art. 15"}.
   *
   * @return the English line
   */
  public String inEnglish() {
    return english + " — " + provision.source().englishName();
  }

  /**
   * The Chinese text and its source.
   *
   * @return the Chinese line
   */
  public String inChinese() {
    return chinese + "——" + provision.source().chineseName();
  }

  /**
   * Both lines.
   *
   * @return the English line, a newline, the Chinese line
   */
  @Override
  public String toString() {
    return inEnglish() + "\n" + inChinese();
  }
}
