package io.github.tongxin.governance.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.community.ResidentId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrolmentTest {
  static final LotterySeed SEED = LotterySeed.derive("english club");
  static final LocalDateTime OPENS = LocalDateTime.parse("2026-11-23T09:00");
  static final LocalDateTime CLOSES = LocalDateTime.parse("2026-11-27T20:00");

  static Activity club(int capacity) {
    return Activity.builder()
        .id(ActivityId.of("english-club"))
        .title(BilingualName.of("少儿英语角", "children's English club"))
        .host(HostId.of("partner-trade"))
        .booking(BookingId.of("B-EN"))
        .capacity(capacity)
        .ageRange(AgeRange.CHILDREN)
        .enrolmentOpens(OPENS)
        .enrolmentCloses(CLOSES)
        .build();
  }

  static Applicant child(int n) {
    return Applicant.of(ResidentId.of("R" + n), HouseholdId.of("H" + n), BuildingGroupId.of("G1"), 8);
  }

  /** The club's booking: the study room (16 seats) on four Saturday afternoons. */
  static final Booking CLUB_BOOKING =
      Booking.of(
          BookingId.of("B-EN"),
          Booker.host(HostId.of("partner-trade")),
          RoomSet.of(SpaceFixtures.STUDY),
          Schedule.weekly(
              SpaceFixtures.slot("2026-12-05", "14:00", "15:30"),
              LocalDate.parse("2026-12-26"),
              List.of()));

  static Calendar calendar() {
    return SpaceFixtures.empty().book(CLUB_BOOKING).valueOrThrow();
  }

  static LivingRoom livingRoom() {
    return LivingRoom.of(calendar(), SuspensionPolicy.standard());
  }

  static Enrolment open(int capacity, HouseholdLimit limit) {
    return Enrolment.open(
            club(capacity), calendar(), limit, PriorityRule.none(), SEED.commitment(), OPENS)
        .valueOrThrow();
  }

  static Enrolment withApplicants(int capacity, int applicants) {
    Enrolment e = open(capacity, HouseholdLimit.NONE);
    for (int i = 1; i <= applicants; i++) {
      e = e.apply(child(i), OPENS.plusMinutes(i)).valueOrThrow();
    }
    return e;
  }

  @Test
  void anOversubscribedActivityDrawsWinnersAndAnOrderedWaitingList() {
    Enrolment e = withApplicants(4, 10).draw(SEED, CLOSES).valueOrThrow();
    Draw d = Lottery.draw(
        e.applicants().stream().map(Applicant::resident).toList(), 4, SEED, PriorityRule.none());

    assertThat(e.draw()).contains(d);
    assertThat(e.places()).isEqualTo(d.winners()).hasSize(4);
    assertThat(e.waitingList()).isEqualTo(d.waitingList()).hasSize(6);
  }

  @Test
  void aWinnerWithdrawingPromotesTheFirstOnTheWaitingList() {
    Enrolment e = withApplicants(4, 10).draw(SEED, CLOSES).valueOrThrow();
    ResidentId winner = e.places().get(1);
    ResidentId first = e.waitingList().get(0);

    Enrolment after = e.withdraw(winner, CLOSES.plusDays(1)).valueOrThrow();

    assertThat(after.places()).hasSize(4).doesNotContain(winner).endsWith(first);
    assertThat(after.waitingList()).isEqualTo(e.waitingList().subList(1, 6));
    assertThat(after.promoted()).containsExactly(first);
    Enrolment waiterGone = after.withdraw(after.waitingList().get(2), CLOSES.plusDays(1))
        .valueOrThrow();
    assertThat(waiterGone.waitingList()).hasSize(4);
    assertThat(waiterGone.places()).isEqualTo(after.places());
  }

  @Test
  void refusesApplicationsOutsideTheWindowTwiceOrOutsideTheAgeRange() {
    Enrolment e = open(4, HouseholdLimit.ONE_PLACE_PER_HOUSEHOLD)
        .apply(child(1), OPENS).valueOrThrow();

    assertThat(e.apply(child(2), OPENS.minusMinutes(1)).violations())
        .extracting(Violation::code).containsExactly(SpaceCode.ENROLMENT_NOT_OPEN);
    assertThat(e.apply(child(2), CLOSES).violations())
        .extracting(Violation::code).containsExactly(SpaceCode.ENROLMENT_CLOSED);
    assertThat(e.apply(child(1), OPENS.plusHours(1)).violations())
        .extracting(Violation::code).containsExactly(SpaceCode.ALREADY_APPLIED);
    Applicant sibling = Applicant.of(ResidentId.of("R1b"), HouseholdId.of("H1"),
        BuildingGroupId.of("G1"), 6);
    assertThat(e.apply(sibling, OPENS.plusHours(1)).violations())
        .extracting(Violation::toString)
        .containsExactly("HOUSEHOLD_ALREADY_APPLIED: R1b for english-club: R1 of household H1"
            + " applied already");
    Applicant parent = Applicant.of(ResidentId.of("R9"), HouseholdId.of("H9"),
        BuildingGroupId.of("G1"), 38);
    assertThat(e.apply(parent, OPENS.plusHours(1)).violations())
        .extracting(Violation::toString)
        .containsExactly("OUTSIDE_AGE_RANGE: R9 for english-club: age 38 is outside children (3..12)");
    assertThat(open(4, HouseholdLimit.NONE).apply(child(1), OPENS).valueOrThrow()
        .apply(sibling, OPENS).isAccepted()).isTrue();
  }

  @Test
  void theDrawNeedsTheCommittedSeedAndTheCloseOfEnrolment() {
    Enrolment e = withApplicants(4, 6);

    assertThat(e.draw(SEED, CLOSES.minusMinutes(1)).violations())
        .extracting(Violation::code).containsExactly(SpaceCode.ENROLMENT_STILL_OPEN);
    assertThat(e.draw(LotterySeed.derive("a swapped seed"), CLOSES).violations())
        .extracting(Violation::code).containsExactly(SpaceCode.SEED_MISMATCH);
    Enrolment drawn = e.draw(SEED, CLOSES).valueOrThrow();
    assertThat(drawn.draw(SEED, CLOSES).violations())
        .extracting(Violation::code).containsExactly(SpaceCode.ALREADY_DRAWN);
    assertThat(drawn.apply(child(50), CLOSES.minusMinutes(5)).violations())
        .extracting(Violation::code).containsExactly(SpaceCode.ENROLMENT_CLOSED);
    Decision<Enrolment> late = Enrolment.open(club(4), calendar(), HouseholdLimit.NONE,
        PriorityRule.none(), SEED.commitment(), CLOSES);
    assertThat(late.violations()).extracting(Violation::code)
        .containsExactly(SpaceCode.COMMITMENT_TOO_LATE);
  }

  @Test
  void openingNeedsTheActivitysBookingInTheCalendarAndRoomForItsPlaces() {
    assertThat(Enrolment.open(club(4), SpaceFixtures.empty(), HouseholdLimit.NONE,
            PriorityRule.none(), SEED.commitment(), OPENS).violations())
        .extracting(Violation::toString)
        .containsExactly("ACTIVITY_BOOKING_UNKNOWN: activity english-club names booking B-EN,"
            + " which the calendar does not hold");
    // The study room holds 16.
    assertThat(Enrolment.open(club(16), calendar(), HouseholdLimit.NONE, PriorityRule.none(),
            SEED.commitment(), OPENS).isAccepted()).isTrue();
    assertThat(Enrolment.open(club(17), calendar(), HouseholdLimit.NONE, PriorityRule.none(),
            SEED.commitment(), CLOSES).violations())
        .extracting(Violation::code)
        .containsExactly(SpaceCode.OVER_ROOM_CAPACITY, SpaceCode.COMMITMENT_TOO_LATE);
  }

  @Test
  void withdrawingBeforeTheDrawRemovesTheApplicationAndCancellationEmptiesThePlaces() {
    Enrolment e = withApplicants(2, 3);
    Enrolment less = e.withdraw(ResidentId.of("R2"), OPENS.plusHours(2)).valueOrThrow();
    assertThat(less.applicants()).extracting(Applicant::resident)
        .containsExactly(ResidentId.of("R1"), ResidentId.of("R3"));
    assertThat(less.withdraw(ResidentId.of("R2"), OPENS.plusHours(3)).violations())
        .extracting(Violation::code).containsExactly(SpaceCode.NOT_APPLIED);

    ActivityCancellation c = less.draw(SEED, CLOSES).valueOrThrow()
        .cancel(livingRoom(), CLOSES.plusDays(1)).valueOrThrow();
    Enrolment cancelled = c.enrolment();
    assertThat(cancelled.isCancelled()).isTrue();
    assertThat(cancelled.places()).isEmpty();
    assertThat(cancelled.waitingList()).isEmpty();
    assertThat(cancelled.apply(child(7), OPENS).violations()).extracting(Violation::code)
        .contains(SpaceCode.ACTIVITY_CANCELLED);
    assertThat(cancelled.withdraw(ResidentId.of("R1"), CLOSES.plusDays(2)).violations())
        .extracting(Violation::code).containsExactly(SpaceCode.ACTIVITY_CANCELLED);
    assertThat(cancelled.cancel(c.livingRoom(), CLOSES.plusDays(2)).violations())
        .extracting(Violation::code).containsExactly(SpaceCode.ACTIVITY_CANCELLED);
  }

  @Test
  void cancellingTheActivityReleasesItsBookingInTheSameStep() {
    LivingRoom room = livingRoom();
    Enrolment e = withApplicants(2, 3);

    ActivityCancellation c = e.cancel(room, CLOSES.plusDays(1)).valueOrThrow();

    assertThat(c.enrolment().isCancelled()).isTrue();
    assertThat(c.livingRoom().calendar().booking(CLUB_BOOKING.id())).isEmpty();
    assertThat(c.livingRoom().calendar().isFree(CLUB_BOOKING.rooms(),
        CLUB_BOOKING.occurrences().get(0))).isTrue();
    // The original values are untouched.
    assertThat(room.calendar().booking(CLUB_BOOKING.id())).contains(CLUB_BOOKING);
    assertThat(e.isCancelled()).isFalse();
    // A booking cancelled on its own leaves only the enrolment to cancel.
    LivingRoom without = room.cancel(CLUB_BOOKING.id()).valueOrThrow();
    ActivityCancellation late = e.cancel(without, CLOSES.plusDays(1)).valueOrThrow();
    assertThat(late.livingRoom()).isEqualTo(without);
    assertThat(late.enrolment()).isEqualTo(c.enrolment());
  }

  @Test
  void activitiesAndHostsRejectBadArguments() {
    assertThatThrownBy(() -> club(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be at least 1: 0");
    assertThatThrownBy(() -> Host.talent(HostId.of("t"), ResidentId.of("R1"),
            BilingualName.of("王", "Wang"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("skills must not be empty for t");
    Host partner = Host.partner(HostId.of("partner-trade"), BilingualName.of("外贸公司", "trading company"),
        PartnerKind.COMPANY, BilingualName.of("工会主席", "trade union chair"));
    assertThat(partner.name().englishName()).isEqualTo("trading company");
    assertThat(AgeRange.SENIORS.admits(59)).isFalse();
    assertThat(AgeRange.SENIORS.admits(60)).isTrue();
  }
}
