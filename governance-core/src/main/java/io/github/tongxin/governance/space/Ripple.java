package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.tongxin.governance.community.BuildingGroupId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The ripple figures (涟漪效应) of the living room over a period: who took part (by age band and by
 * building group), how many hosts were active, how many hours they gave, and how many activity
 * sessions there were per week.
 *
 * <p>Counted from the activities' {@link Enrolment enrolments} (cancelled ones are left out) and
 * the calendar's bookings: a session is an occurrence of an activity's booking that starts within
 * the period, counted once per activity however many enrolments it has; participants are the
 * places held, so a resident in two activities (or two sessions) counts twice, and the places of
 * a {@link Enrolment#session() session enrolment} count only if its session is in the period;
 * host hours are the sessions' durations.
 *
 * <pre>{@code
 * Ripple r = Ripple.of(calendar, enrolments, Slot.parse("2026-11-30T00:00/2026-12-07T00:00"));
 * r.participantsByAgeBand(); r.activeHosts(); r.hostMinutes(); r.sessionsPerWeek();
 * }</pre>
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Ripple {
  Ripple() {}

  /**
   * Places held, by age band; every band is present.
   *
   * @return the counts
   */
  public abstract ImmutableSortedMap<AgeBand, Integer> participantsByAgeBand();

  /**
   * Places held, by the participant's building group.
   *
   * @return the counts, in group id order
   */
  public abstract ImmutableSortedMap<BuildingGroupId, Integer> participantsByGroup();

  /**
   * Minutes of sessions each host ran in the period; a host is active if it ran at least one.
   *
   * @return minutes per host, in id order
   */
  public abstract ImmutableSortedMap<HostId, Long> hostMinutes();

  /**
   * Activities each host ran at least one session of in the period: with {@link #hostMinutes()},
   * what each host contributed.
   *
   * @return activities per host, in id order
   */
  public abstract ImmutableSortedMap<HostId, Integer> hostActivities();

  /**
   * Sessions per week, keyed by the week's Monday; weeks of the period without sessions are 0.
   *
   * @return sessions per week
   */
  public abstract ImmutableSortedMap<LocalDate, Integer> sessionsPerWeek();

  /**
   * The number of hosts who ran at least one session in the period.
   *
   * @return the number of active hosts
   */
  public int activeHosts() {
    return hostMinutes().size();
  }

  /**
   * All places held.
   *
   * @return the sum of {@link #participantsByAgeBand()}
   */
  public int participants() {
    return participantsByAgeBand().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Computes the figures.
   *
   * @param calendar the calendar holding the activities' bookings
   * @param enrolments the enrolments: one per activity, or one per session
   * @param period the period
   * @return the figures
   * @throws NullPointerException if an argument or an enrolment is null
   */
  public static Ripple of(Calendar calendar, Iterable<Enrolment> enrolments, Slot period) {
    checkNotNull(calendar, "calendar");
    checkNotNull(enrolments, "enrolments");
    checkNotNull(period, "period");
    Map<AgeBand, Integer> bands = new EnumMap<>(AgeBand.class);
    for (AgeBand b : AgeBand.values()) {
      bands.put(b, 0);
    }
    Map<BuildingGroupId, Integer> groups = new TreeMap<>();
    Map<HostId, Long> minutes = new TreeMap<>();
    Map<HostId, Integer> activities = new TreeMap<>();
    Map<LocalDate, Integer> weeks = new TreeMap<>();
    for (LocalDate monday = monday(period.start().toLocalDate());
        monday.atStartOfDay().isBefore(period.end());
        monday = monday.plusWeeks(1)) {
      weeks.put(monday, 0);
    }
    Set<ActivityId> counted = new HashSet<>();
    for (Enrolment e : enrolments) {
      checkNotNull(e, "enrolment");
      if (e.isCancelled()) {
        continue;
      }
      Activity activity = e.activity();
      List<Slot> sessions = new ArrayList<>();
      calendar.booking(activity.booking()).ifPresent(b -> {
        for (Slot s : b.occurrences()) {
          if (!s.start().isBefore(period.start()) && s.start().isBefore(period.end())) {
            sessions.add(s);
          }
        }
      });
      if (sessions.isEmpty()) {
        continue;
      }
      // An activity's sessions count once, however many (session) enrolments it has.
      if (counted.add(activity.id())) {
        activities.merge(activity.host(), 1, Integer::sum);
        for (Slot s : sessions) {
          minutes.merge(activity.host(), s.duration().toMinutes(), Long::sum);
          weeks.merge(monday(s.start().toLocalDate()), 1, Integer::sum);
        }
      }
      Optional<LocalDate> session = e.session();
      if (session.isPresent()
          && sessions.stream().noneMatch(s -> s.start().toLocalDate().equals(session.get()))) {
        continue;
      }
      for (var r : e.places()) {
        Applicant a = e.applicant(r).orElseThrow();
        bands.merge(AgeBand.of(a.age()), 1, Integer::sum);
        groups.merge(a.group(), 1, Integer::sum);
      }
    }
    return ImmutableRipple.builder()
        .participantsByAgeBand(ImmutableSortedMap.copyOf(bands))
        .participantsByGroup(ImmutableSortedMap.copyOf(groups))
        .hostMinutes(ImmutableSortedMap.copyOf(minutes))
        .hostActivities(ImmutableSortedMap.copyOf(activities))
        .sessionsPerWeek(ImmutableSortedMap.copyOf(weeks))
        .build();
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
