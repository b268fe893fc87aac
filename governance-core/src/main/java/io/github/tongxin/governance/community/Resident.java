package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A person living in a {@link Household}: the facts elections and consultations need, and no
 * more.
 *
 * <p>Tongxin holds no names or identity numbers: link a {@link ResidentId} to your own records.
 * Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * <pre>{@code
 * Resident r = Resident.builder()
 *     .id(ResidentId.of("C01-B001-H01-R1"))
 *     .birthDate(LocalDate.of(1980, 5, 1))
 *     .sex(Sex.FEMALE)
 *     .registration(Registration.here())
 *     .politicalRights(PoliticalRights.HELD)
 *     .build();
 * r.isAdultOn(LocalDate.of(2024, 1, 1)); // true
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Resident {
  Resident() {}

  /**
   * A builder; every attribute must be set exactly once before {@code build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The resident's id, unique in the zone.
   *
   * @return the id
   */
  public abstract ResidentId id();

  /**
   * The date of birth.
   *
   * @return the date of birth
   */
  public abstract LocalDate birthDate();

  /**
   * The registered sex.
   *
   * @return the sex
   */
  public abstract Sex sex();

  /**
   * Where the household registration is.
   *
   * @return the registration
   */
  public abstract Registration registration();

  /**
   * Whether the resident holds political rights.
   *
   * @return the political rights status
   */
  public abstract PoliticalRights politicalRights();

  /**
   * The age in whole years on {@code date} (a birthday counts from its first day; someone born on
   * 29 February turns a year older on 28 February of a common year).
   *
   * @param date the day to compute the age on; not before the birth date
   * @return the age in completed years
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if {@code date} is before the birth date
   */
  public int ageOn(LocalDate date) {
    checkNotNull(date, "date");
    checkArgument(
        !date.isBefore(birthDate()),
        "date %s is before the birth date %s of resident %s",
        date,
        birthDate(),
        id());
    // Whole years n such that birthDate + n years <= date; plusYears moves 29 February to
    // 28 February in common years, as isAdultOn does.
    int years = date.getYear() - birthDate().getYear();
    return birthDate().plusYears(years).isAfter(date) ? years - 1 : years;
  }

  /**
   * Whether the resident is 18 or older on {@code date}.
   *
   * @param date the day, e.g. an election day
   * @return {@code true} if 18 or older on that day; {@code false} if younger or not yet born
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isAdultOn(LocalDate date) {
    checkNotNull(date, "date");
    return !birthDate().plusYears(18).isAfter(date);
  }

  /**
   * Builds a {@link Resident}; each attribute is set once, {@code build()} checks that all are.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableResident.Builder {
    Builder() {}
  }
}
