package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.Bilingual;

/**
 * The name of a place in Chinese and English, e.g. {@code 示范社区 / Model Community}.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param chineseName the Chinese name; not blank
 * @param englishName the English (or pinyin) name; not blank
 * @since 0.1.0
 */
public record BilingualName(String chineseName, String englishName) implements Bilingual {
  /**
   * Creates a name.
   *
   * @param chineseName the Chinese name; not blank
   * @param englishName the English (or pinyin) name; not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a name is blank
   */
  public BilingualName {
    checkNotNull(chineseName, "chineseName");
    checkNotNull(englishName, "englishName");
    checkArgument(!chineseName.isBlank(), "chineseName must not be blank: '%s'", chineseName);
    checkArgument(!englishName.isBlank(), "englishName must not be blank: '%s'", englishName);
  }

  /**
   * Creates a name.
   *
   * @param chineseName the Chinese name; not blank
   * @param englishName the English (or pinyin) name; not blank
   * @return the name
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a name is blank
   */
  public static BilingualName of(String chineseName, String englishName) {
    return new BilingualName(chineseName, englishName);
  }

  /**
   * Both names, Chinese first.
   *
   * @return {@code chineseName + " " + englishName}
   */
  @Override
  public String toString() {
    return bilingualName();
  }
}
