package io.github.tongxin.governance;

/**
 * A label with a Chinese and an English name, such as a {@code Layer} or a {@code Role}.
 *
 * <p>Implementations are immutable. Names are for people (reports, user interfaces); code
 * compares the values themselves, never their names.
 *
 * @since 0.1.0
 */
public interface Bilingual {
  /**
   * The Chinese name, as used in Jiading's own documents, e.g. {@code "核心层"}.
   *
   * @return the Chinese name, never empty
   */
  String chineseName();

  /**
   * The English name, lower case unless it contains a proper noun, e.g. {@code "core"}.
   *
   * @return the English name, never empty
   */
  String englishName();

  /**
   * Both names for a report, Chinese first: {@code "核心层 core"}.
   *
   * @return the two names separated by one space
   */
  default String bilingualName() {
    return chineseName() + " " + englishName();
  }
}
