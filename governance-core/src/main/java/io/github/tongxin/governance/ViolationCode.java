package io.github.tongxin.governance;

/**
 * The stable code of a business rule that a result can report as not met.
 *
 * <p>Each package declares its codes as an enum implementing this interface; the {@link
 * #code()} of a constant never changes between releases, so applications can switch on it,
 * store it and translate it.
 *
 * @since 0.1.0
 */
public interface ViolationCode extends Bilingual {
  /**
   * The stable code, upper case with underscores, e.g. {@code "GROUP_BELOW_MINIMUM"}.
   *
   * @return the code, never empty
   */
  String code();
}
