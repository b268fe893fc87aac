package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.community.ResidentId;

/**
 * A resident who applies for a place, with what the rules and the ripple figures need: the
 * household (one place per household), the building group and the age on the activity's day.
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param resident the resident
 * @param household the resident's household
 * @param group the household's building group
 * @param age the age in completed years, 0 to 150
 * @since 0.1.0
 */
public record Applicant(ResidentId resident, HouseholdId household, BuildingGroupId group, int age) {
  /**
   * Creates an applicant.
   *
   * @param resident the resident
   * @param household the resident's household
   * @param group the household's building group
   * @param age the age in completed years, 0 to 150
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code age} is not in 0..150
   */
  public Applicant {
    checkNotNull(resident, "resident");
    checkNotNull(household, "household");
    checkNotNull(group, "group");
    checkArgument(age >= 0 && age <= 150, "age must be 0..150: %s", age);
  }

  /**
   * Creates an applicant.
   *
   * @param resident the resident
   * @param household the resident's household
   * @param group the household's building group
   * @param age the age in completed years, 0 to 150
   * @return the applicant
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code age} is not in 0..150
   */
  public static Applicant of(
      ResidentId resident, HouseholdId household, BuildingGroupId group, int age) {
    return new Applicant(resident, household, group, age);
  }
}
