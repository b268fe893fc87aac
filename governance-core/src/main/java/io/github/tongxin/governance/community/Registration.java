package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.Bilingual;
import java.time.LocalDate;

/**
 * Where a resident's household registration (户籍) is: here, elsewhere, or nowhere in Shanghai
 * while living here since a date.
 *
 * <p>Elections use it: a voter must be registered in one place only, and a resident without
 * registration may vote after living here for a period the rules set. Immutable and
 * thread-safe; value-based.
 *
 * <pre>{@code
 * Registration r = Registration.withoutRegistrationSince(LocalDate.of(2021, 3, 1));
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface Registration extends Bilingual {
  /**
   * Household registration in this community.
   *
   * @return the registration, never null
   */
  static Registration here() {
    return Here.INSTANCE;
  }

  /**
   * Household registration elsewhere (人户分离: living here, registered elsewhere).
   *
   * @return the registration, never null
   */
  static Registration elsewhere() {
    return Elsewhere.INSTANCE;
  }

  /**
   * Living here without household registration since {@code since}.
   *
   * @param since the first day of residence here
   * @return the registration, never null
   * @throws NullPointerException if {@code since} is null
   */
  static Registration withoutRegistrationSince(LocalDate since) {
    return new WithoutRegistration(since);
  }

  /**
   * Household registration in this community (户籍在本社区).
   *
   * @since 0.1.0
   */
  record Here() implements Registration {
    private static final Here INSTANCE = new Here();

    @Override
    public String chineseName() {
      return "户籍在本社区";
    }

    @Override
    public String englishName() {
      return "registered here";
    }
  }

  /**
   * Household registration elsewhere (户籍在外).
   *
   * @since 0.1.0
   */
  record Elsewhere() implements Registration {
    private static final Elsewhere INSTANCE = new Elsewhere();

    @Override
    public String chineseName() {
      return "户籍在外";
    }

    @Override
    public String englishName() {
      return "registered elsewhere";
    }
  }

  /**
   * Living here without household registration (非户籍常住) since a date.
   *
   * @param since the first day of residence here
   * @since 0.1.0
   */
  record WithoutRegistration(LocalDate since) implements Registration {
    /**
     * Creates the registration.
     *
     * @param since the first day of residence here
     * @throws NullPointerException if {@code since} is null
     */
    public WithoutRegistration {
      checkNotNull(since, "since");
    }

    @Override
    public String chineseName() {
      return "非户籍常住";
    }

    @Override
    public String englishName() {
      return "resident without registration";
    }
  }
}
