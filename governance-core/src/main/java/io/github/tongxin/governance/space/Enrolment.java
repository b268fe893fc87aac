package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.ResidentId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The places of one {@link Activity}: applications during the enrolment window, then the draw,
 * then withdrawals that promote the first on the waiting list; or the activity's cancellation,
 * which releases its booking in the same step.
 *
 * <p>The lottery seed's {@link SeedCommitment commitment} is fixed when enrolment opens and must
 * be published before enrolment closes; the draw accepts only the seed that matches it. The draw
 * always runs: when there are no more applicants than places, everyone wins.
 *
 * <pre>{@code
 * Enrolment e = Enrolment.open(club, calendar, HouseholdLimit.ONE_PLACE_PER_HOUSEHOLD,
 *     PriorityRule.none(), seed.commitment(), LocalDateTime.parse("2026-11-23T09:00"))
 *     .valueOrThrow();
 * e = e.apply(applicant, LocalDateTime.parse("2026-11-23T09:01")).valueOrThrow();
 * e = e.draw(seed, LocalDateTime.parse("2026-11-27T20:00")).valueOrThrow();
 * e.places(); e.waitingList();
 * }</pre>
 *
 * <p>An enrolment is for the whole activity ({@link #open}: one list of places for every
 * session) or for one session of a weekly activity ({@link #openSession}: places per session).
 *
 * <p>Every operation returns a new enrolment or a refusal with {@link SpaceCode} violations; a
 * refusal leaves this one as it is. Immutable and thread-safe; value-based.
 *
 * @since 0.1.0
 */
public final class Enrolment {
  private final Activity activity;
  private final @Nullable LocalDate session;
  private final HouseholdLimit householdLimit;
  private final PriorityRule priority;
  private final SeedCommitment commitment;
  private final ImmutableList<Applicant> applicants;
  private final @Nullable Draw draw;
  private final ImmutableList<ResidentId> places;
  private final ImmutableList<ResidentId> waiting;
  private final ImmutableList<ResidentId> promoted;
  private final @Nullable LocalDateTime cancelledAt;

  private Enrolment(
      Activity activity,
      @Nullable LocalDate session,
      HouseholdLimit householdLimit,
      PriorityRule priority,
      SeedCommitment commitment,
      ImmutableList<Applicant> applicants,
      @Nullable Draw draw,
      ImmutableList<ResidentId> places,
      ImmutableList<ResidentId> waiting,
      ImmutableList<ResidentId> promoted,
      @Nullable LocalDateTime cancelledAt) {
    this.activity = activity;
    this.session = session;
    this.householdLimit = householdLimit;
    this.priority = priority;
    this.commitment = commitment;
    this.applicants = applicants;
    this.draw = draw;
    this.places = places;
    this.waiting = waiting;
    this.promoted = promoted;
    this.cancelledAt = cancelledAt;
  }

  /**
   * Opens enrolment for an activity with the commitment to the seed of its draw. The activity
   * must fit the calendar ({@link Activity#fitsIn}): its booking is there and its places fit the
   * booked rooms.
   *
   * <pre>{@code
   * Enrolment.open(club, calendar, HouseholdLimit.NONE, PriorityRule.none(), seed.commitment(),
   *     LocalDateTime.parse("2026-11-23T09:00")).violations(); // [] once B-EN is booked
   * }</pre>
   *
   * @param activity the activity
   * @param calendar the calendar that must hold the activity's booking
   * @param householdLimit whether one household may hold several places
   * @param priority the published priority rule of the draw
   * @param commitment the SHA-256 commitment to the seed
   * @param publishedAt when the commitment is published; must be before the close of enrolment
   * @return the open enrolment, or the violations: {@link SpaceCode#ACTIVITY_BOOKING_UNKNOWN},
   *     {@link SpaceCode#OVER_ROOM_CAPACITY}, {@link SpaceCode#COMMITMENT_TOO_LATE}
   * @throws NullPointerException if an argument is null
   */
  public static Decision<Enrolment> open(
      Activity activity,
      Calendar calendar,
      HouseholdLimit householdLimit,
      PriorityRule priority,
      SeedCommitment commitment,
      LocalDateTime publishedAt) {
    checkNotNull(activity, "activity");
    checkNotNull(calendar, "calendar");
    checkNotNull(householdLimit, "householdLimit");
    checkNotNull(priority, "priority");
    checkNotNull(commitment, "commitment");
    checkNotNull(publishedAt, "publishedAt");
    return opened(activity, null, calendar, householdLimit, priority, commitment, publishedAt);
  }

  /**
   * Opens enrolment for one session of an activity: of a weekly activity, the session on the
   * given day, with the activity's capacity for that session alone and its own draw and waiting
   * list. The activity must fit the calendar ({@link Activity#fitsIn}) and its booking must have
   * an occurrence starting on that day. Enrolments for the whole activity and for its sessions
   * are separate values; a living room offers one or the other for an activity.
   *
   * <pre>{@code
   * Enrolment.openSession(yoga, LocalDate.parse("2026-12-07"), calendar, HouseholdLimit.NONE,
   *     PriorityRule.none(), seed.commitment(), LocalDateTime.parse("2026-11-23T09:00"));
   * }</pre>
   *
   * @param activity the activity
   * @param session the day of the session
   * @param calendar the calendar that must hold the activity's booking
   * @param householdLimit whether one household may hold several places
   * @param priority the published priority rule of the draw
   * @param commitment the SHA-256 commitment to the seed
   * @param publishedAt when the commitment is published; must be before the close of enrolment
   * @return the open enrolment, or the violations: {@link SpaceCode#ACTIVITY_BOOKING_UNKNOWN},
   *     {@link SpaceCode#OVER_ROOM_CAPACITY}, {@link SpaceCode#UNKNOWN_SESSION}, {@link
   *     SpaceCode#COMMITMENT_TOO_LATE}
   * @throws NullPointerException if an argument is null
   */
  public static Decision<Enrolment> openSession(
      Activity activity,
      LocalDate session,
      Calendar calendar,
      HouseholdLimit householdLimit,
      PriorityRule priority,
      SeedCommitment commitment,
      LocalDateTime publishedAt) {
    checkNotNull(activity, "activity");
    checkNotNull(session, "session");
    checkNotNull(calendar, "calendar");
    checkNotNull(householdLimit, "householdLimit");
    checkNotNull(priority, "priority");
    checkNotNull(commitment, "commitment");
    checkNotNull(publishedAt, "publishedAt");
    return opened(activity, session, calendar, householdLimit, priority, commitment, publishedAt);
  }

  private static Decision<Enrolment> opened(
      Activity activity,
      @Nullable LocalDate session,
      Calendar calendar,
      HouseholdLimit householdLimit,
      PriorityRule priority,
      SeedCommitment commitment,
      LocalDateTime publishedAt) {
    List<Violation> v = new ArrayList<>(activity.fitsIn(calendar).violations());
    Optional<Booking> booking = calendar.booking(activity.booking());
    if (session != null
        && booking.isPresent()
        && sessionSlot(booking.get(), session).isEmpty()) {
      v.add(
          Violation.of(
              SpaceCode.UNKNOWN_SESSION,
              "activity " + activity.id() + " has no session on " + session + " (booking "
                  + activity.booking() + ": " + booking.get().schedule() + ")"));
    }
    if (!publishedAt.isBefore(activity.enrolmentCloses())) {
      v.add(
          Violation.of(
              SpaceCode.COMMITMENT_TOO_LATE,
              "the commitment of "
                  + activity.id()
                  + " is published at "
                  + publishedAt
                  + ", not before enrolment closes at "
                  + activity.enrolmentCloses()));
    }
    if (!v.isEmpty()) {
      return Decision.rejected(v);
    }
    return Decision.accepted(
        new Enrolment(
            activity,
            session,
            householdLimit,
            priority,
            commitment,
            ImmutableList.of(),
            null,
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            null));
  }

  /** This enrolment's activity and rules with other applicants, draw, lists and cancellation. */
  private Enrolment next(
      ImmutableList<Applicant> nextApplicants,
      @Nullable Draw nextDraw,
      ImmutableList<ResidentId> nextPlaces,
      ImmutableList<ResidentId> nextWaiting,
      ImmutableList<ResidentId> nextPromoted,
      @Nullable LocalDateTime nextCancelledAt) {
    return new Enrolment(
        activity,
        session,
        householdLimit,
        priority,
        commitment,
        nextApplicants,
        nextDraw,
        nextPlaces,
        nextWaiting,
        nextPromoted,
        nextCancelledAt);
  }

  private static Optional<Slot> sessionSlot(Booking booking, LocalDate day) {
    return booking.occurrences().stream()
        .filter(s -> s.start().toLocalDate().equals(day))
        .findFirst();
  }

  /** The activity's id, and the session's day for a session: "yoga@2026-12-07". */
  private String label() {
    return session == null ? activity.id().toString() : activity.id() + "@" + session;
  }

  private static <T> Decision<T> reject(SpaceCode code, String message) {
    return Decision.rejected(List.of(Violation.of(code, message)));
  }

  /**
   * The activity.
   *
   * @return the activity
   */
  public Activity activity() {
    return activity;
  }

  /**
   * The session this enrolment is for, or empty if it is for the whole activity (every session,
   * one list of places).
   *
   * @return the day of the session, or empty
   */
  public Optional<LocalDate> session() {
    return Optional.ofNullable(session);
  }

  /**
   * The occurrence this enrolment takes places in: of a session enrolment, the session's
   * occurrence in the calendar.
   *
   * @param calendar the calendar holding the activity's booking
   * @return the session's occurrence, or empty for a whole-activity enrolment or if the calendar
   *     no longer holds it
   * @throws NullPointerException if {@code calendar} is null
   */
  public Optional<Occurrence> sessionIn(Calendar calendar) {
    checkNotNull(calendar, "calendar");
    if (session == null) {
      return Optional.empty();
    }
    LocalDate day = session;
    return calendar.booking(activity.booking())
        .flatMap(b -> sessionSlot(b, day))
        .map(s -> new Occurrence(activity.booking(), s));
  }

  /**
   * The household limit.
   *
   * @return the household limit
   */
  public HouseholdLimit householdLimit() {
    return householdLimit;
  }

  /**
   * The published priority rule.
   *
   * @return the rule
   */
  public PriorityRule priority() {
    return priority;
  }

  /**
   * The published commitment to the seed.
   *
   * @return the commitment
   */
  public SeedCommitment commitment() {
    return commitment;
  }

  /**
   * The applicants in application order (those who withdrew before the draw are gone).
   *
   * @return the applicants
   */
  public ImmutableList<Applicant> applicants() {
    return applicants;
  }

  /**
   * The draw, once it has run.
   *
   * @return the draw, or empty before it
   */
  public Optional<Draw> draw() {
    return Optional.ofNullable(draw);
  }

  /**
   * Who holds a place now: the winners still in, then those promoted, in that order.
   *
   * @return the holders; empty before the draw; never more than the capacity
   */
  public ImmutableList<ResidentId> places() {
    return places;
  }

  /**
   * Who waits now, first to be promoted first: the draw's waiting list less those promoted or
   * withdrawn.
   *
   * @return the waiting list; empty before the draw
   */
  public ImmutableList<ResidentId> waitingList() {
    return waiting;
  }

  /**
   * Who was promoted from the waiting list, in order.
   *
   * @return the promoted residents
   */
  public ImmutableList<ResidentId> promoted() {
    return promoted;
  }

  /**
   * Whether the activity is cancelled.
   *
   * @return {@code true} after {@link #cancel}
   */
  public boolean isCancelled() {
    return cancelledAt != null;
  }

  /**
   * The applicant record of a resident.
   *
   * @param resident a resident
   * @return the application, or empty if the resident has not applied
   */
  public Optional<Applicant> applicant(ResidentId resident) {
    checkNotNull(resident, "resident");
    return applicants.stream().filter(a -> a.resident().equals(resident)).findFirst();
  }

  /**
   * Applies for a place.
   *
   * @param applicant the applicant
   * @param at when
   * @return the new enrolment, or the violations: {@link SpaceCode#ACTIVITY_CANCELLED}, {@link
   *     SpaceCode#ENROLMENT_NOT_OPEN}, {@link SpaceCode#ENROLMENT_CLOSED}, {@link
   *     SpaceCode#ALREADY_APPLIED}, {@link SpaceCode#HOUSEHOLD_ALREADY_APPLIED}, {@link
   *     SpaceCode#OUTSIDE_AGE_RANGE}
   * @throws NullPointerException if an argument is null
   */
  public Decision<Enrolment> apply(Applicant applicant, LocalDateTime at) {
    checkNotNull(applicant, "applicant");
    checkNotNull(at, "at");
    List<Violation> v = new ArrayList<>();
    String who = applicant.resident() + " for " + label();
    if (isCancelled()) {
      v.add(Violation.of(SpaceCode.ACTIVITY_CANCELLED, label() + " is cancelled"));
    }
    if (at.isBefore(activity.enrolmentOpens())) {
      v.add(
          Violation.of(
              SpaceCode.ENROLMENT_NOT_OPEN,
              who + " at " + at + ": enrolment opens at " + activity.enrolmentOpens()));
    } else if (!at.isBefore(activity.enrolmentCloses()) || draw != null) {
      v.add(
          Violation.of(
              SpaceCode.ENROLMENT_CLOSED,
              who + " at " + at + ": enrolment closed at " + activity.enrolmentCloses()));
    }
    for (Applicant a : applicants) {
      if (a.resident().equals(applicant.resident())) {
        v.add(Violation.of(SpaceCode.ALREADY_APPLIED, who + ": applied already"));
      } else if (householdLimit == HouseholdLimit.ONE_PLACE_PER_HOUSEHOLD
          && a.household().equals(applicant.household())) {
        v.add(
            Violation.of(
                SpaceCode.HOUSEHOLD_ALREADY_APPLIED,
                who + ": " + a.resident() + " of household " + a.household() + " applied already"));
      }
    }
    if (!activity.ageRange().admits(applicant.age())) {
      v.add(
          Violation.of(
              SpaceCode.OUTSIDE_AGE_RANGE,
              who
                  + ": age "
                  + applicant.age()
                  + " is outside "
                  + activity.ageRange().englishName()
                  + " ("
                  + activity.ageRange().youngest()
                  + ".."
                  + activity.ageRange().oldest()
                  + ")"));
    }
    if (!v.isEmpty()) {
      return Decision.rejected(v);
    }
    return Decision.accepted(
        next(
            ImmutableList.<Applicant>builder().addAll(applicants).add(applicant).build(),
            null,
            places,
            waiting,
            promoted,
            null));
  }

  /**
   * Withdraws a resident: before the draw, the application; after it, the place (the first on
   * the waiting list is promoted to it) or the place on the waiting list.
   *
   * @param resident the resident
   * @param at when
   * @return the new enrolment, or {@link SpaceCode#ACTIVITY_CANCELLED} or {@link
   *     SpaceCode#NOT_APPLIED}
   * @throws NullPointerException if an argument is null
   */
  public Decision<Enrolment> withdraw(ResidentId resident, LocalDateTime at) {
    checkNotNull(resident, "resident");
    checkNotNull(at, "at");
    if (isCancelled()) {
      return reject(SpaceCode.ACTIVITY_CANCELLED, label() + " is cancelled");
    }
    if (draw == null) {
      if (applicant(resident).isEmpty()) {
        return notApplied(resident);
      }
      return Decision.accepted(
          next(
              without(applicants, resident),
              null,
              places,
              waiting,
              promoted,
              null));
    }
    if (places.contains(resident)) {
      List<ResidentId> nextPlaces = new ArrayList<>(places);
      nextPlaces.remove(resident);
      List<ResidentId> nextWaiting = new ArrayList<>(waiting);
      List<ResidentId> nextPromoted = new ArrayList<>(promoted);
      if (!nextWaiting.isEmpty()) {
        ResidentId first = nextWaiting.remove(0);
        nextPlaces.add(first);
        nextPromoted.add(first);
      }
      return Decision.accepted(
          next(
              applicants,
              draw,
              ImmutableList.copyOf(nextPlaces),
              ImmutableList.copyOf(nextWaiting),
              ImmutableList.copyOf(nextPromoted),
              null));
    }
    if (waiting.contains(resident)) {
      List<ResidentId> nextWaiting = new ArrayList<>(waiting);
      nextWaiting.remove(resident);
      return Decision.accepted(
          next(
              applicants,
              draw,
              places,
              ImmutableList.copyOf(nextWaiting),
              promoted,
              null));
    }
    return notApplied(resident);
  }

  private Decision<Enrolment> notApplied(ResidentId resident) {
    return reject(
        SpaceCode.NOT_APPLIED,
        resident + " holds no application, place or waiting place for " + label());
  }

  private static ImmutableList<Applicant> without(List<Applicant> list, ResidentId resident) {
    return list.stream()
        .filter(a -> !a.resident().equals(resident))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Draws the places with the revealed seed, at or after the close of enrolment.
   *
   * @param seed the revealed seed
   * @param at when
   * @return the drawn enrolment, or the violations: {@link SpaceCode#ACTIVITY_CANCELLED}, {@link
   *     SpaceCode#ALREADY_DRAWN}, {@link SpaceCode#ENROLMENT_STILL_OPEN}, {@link
   *     SpaceCode#SEED_MISMATCH}
   * @throws NullPointerException if an argument is null
   */
  public Decision<Enrolment> draw(LotterySeed seed, LocalDateTime at) {
    checkNotNull(seed, "seed");
    checkNotNull(at, "at");
    List<Violation> v = new ArrayList<>();
    if (isCancelled()) {
      v.add(Violation.of(SpaceCode.ACTIVITY_CANCELLED, label() + " is cancelled"));
    }
    if (draw != null) {
      v.add(Violation.of(SpaceCode.ALREADY_DRAWN, "places of " + label() + " are drawn"));
    }
    if (at.isBefore(activity.enrolmentCloses())) {
      v.add(
          Violation.of(
              SpaceCode.ENROLMENT_STILL_OPEN,
              "draw of " + label() + " at " + at + ": enrolment closes at "
                  + activity.enrolmentCloses()));
    }
    if (!commitment.matches(seed)) {
      v.add(
          Violation.of(
              SpaceCode.SEED_MISMATCH,
              "seed " + seed + " hashes to " + seed.commitment() + ", not to the published "
                  + commitment));
    }
    if (!v.isEmpty()) {
      return Decision.rejected(v);
    }
    Draw d =
        Lottery.draw(
            applicants.stream().map(Applicant::resident).collect(ImmutableList.toImmutableList()),
            activity.capacity(),
            seed,
            priority);
    return Decision.accepted(
        next(
            applicants,
            d,
            d.winners(),
            d.waitingList(),
            ImmutableList.of(),
            null));
  }

  /**
   * Cancels the activity (or the session) and releases its booking in the living room, in one
   * step: nobody holds or waits for a place any more, and the rooms are free again. A session
   * enrolment releases only its session's occurrence ({@link LivingRoom#cancel(Occurrence)}). If
   * the booking is no longer in the living room's calendar (it was cancelled on its own), only
   * the enrolment is cancelled.
   *
   * <pre>{@code
   * ActivityCancellation c = enrolment.cancel(room, at).valueOrThrow();
   * c.livingRoom().calendar().booking(enrolment.activity().booking()); // empty
   * }</pre>
   *
   * @param livingRoom the living room holding the activity's booking
   * @param at when
   * @return the cancelled enrolment with the living room released of its booking, or {@link
   *     SpaceCode#ACTIVITY_CANCELLED} if the activity already is
   * @throws NullPointerException if an argument is null
   */
  public Decision<ActivityCancellation> cancel(LivingRoom livingRoom, LocalDateTime at) {
    checkNotNull(livingRoom, "livingRoom");
    checkNotNull(at, "at");
    if (isCancelled()) {
      return reject(SpaceCode.ACTIVITY_CANCELLED, label() + " is cancelled");
    }
    Optional<Occurrence> occurrence = sessionIn(livingRoom.calendar());
    Decision<LivingRoom> released =
        session == null
            ? livingRoom.cancel(activity.booking())
            : occurrence.isPresent()
                ? livingRoom.cancel(occurrence.get())
                : Decision.accepted(livingRoom);
    return Decision.accepted(
        new ActivityCancellation(
            next(applicants, draw, ImmutableList.of(), ImmutableList.of(), promoted, at),
            released.isAccepted() ? released.valueOrThrow() : livingRoom));
  }

  /**
   * Equal if every attribute is equal.
   *
   * @param o another object
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Enrolment e
        && activity.equals(e.activity)
        && Objects.equals(session, e.session)
        && householdLimit == e.householdLimit
        && priority.equals(e.priority)
        && commitment.equals(e.commitment)
        && applicants.equals(e.applicants)
        && Objects.equals(draw, e.draw)
        && places.equals(e.places)
        && waiting.equals(e.waiting)
        && promoted.equals(e.promoted)
        && Objects.equals(cancelledAt, e.cancelledAt);
  }

  /**
   * A hash of every attribute.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        activity, session, householdLimit, priority, commitment, applicants, draw, places, waiting,
        promoted, cancelledAt);
  }

  /**
   * A short description.
   *
   * @return e.g. {@code "Enrolment[english-club: 30 applicants, 12 places, 18 waiting]"}, or
   *     {@code "Enrolment[yoga@2026-12-07: ...]"} for a session
   */
  @Override
  public String toString() {
    return "Enrolment["
        + label()
        + ": "
        + applicants.size()
        + " applicants, "
        + places.size()
        + " places, "
        + waiting.size()
        + " waiting"
        + (isCancelled() ? ", cancelled" : "")
        + "]";
  }
}
