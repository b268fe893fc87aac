package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.project.ProjectId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A project's progress report that is overdue (Charity Law Art. 79: a project that lasts longer
 * than six months discloses its progress at least every three months). Immutable and
 * thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * <pre>{@code
 * OverdueReport.list(schedules, LocalDate.of(2025, 9, 1)); // projects whose report is late
 * }</pre>
 *
 * @param project the project
 * @param due when the report was due: three months after the last report, or after the start
 * @param daysLate how many days after {@code due} the checked date is; positive
 * @since 0.1.0
 */
public record OverdueReport(ProjectId project, LocalDate due, long daysLate) {
  /**
   * Creates the record.
   *
   * @param project the project
   * @param due the due date
   * @param daysLate days late; positive
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code daysLate} is not positive
   */
  public OverdueReport {
    checkNotNull(project, "project");
    checkNotNull(due, "due");
    checkArgument(daysLate > 0, "daysLate must be positive: %s", daysLate);
  }

  /**
   * A project's dates: start, planned end, and the dates it reported on its progress.
   *
   * @param project the project
   * @param start the start date
   * @param end the planned end date; not before {@code start}
   * @param reports the dates of its progress reports
   * @since 0.1.0
   */
  public record Schedule(
      ProjectId project, LocalDate start, LocalDate end, ImmutableList<LocalDate> reports) {
    /**
     * Creates the schedule.
     *
     * @param project the project
     * @param start the start date
     * @param end the planned end date
     * @param reports the report dates
     * @throws NullPointerException if an argument or date is null
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public Schedule {
      checkNotNull(project, "project");
      checkNotNull(start, "start");
      checkNotNull(end, "end");
      checkArgument(!end.isBefore(start), "end %s is before start %s", end, start);
      reports = ImmutableList.sortedCopyOf(checkNotNull(reports, "reports"));
    }
  }

  /**
   * The reports overdue on a date: of each project lasting longer than six months and running on
   * that date, the one due three months after its last report before the date (or after its
   * start), if that due date is before the date.
   *
   * @param schedules the projects' schedules
   * @param date the date checked
   * @return the overdue reports, in the schedules' order
   * @throws NullPointerException if an argument or schedule is null
   */
  public static ImmutableList<OverdueReport> list(Iterable<Schedule> schedules, LocalDate date) {
    checkNotNull(schedules, "schedules");
    checkNotNull(date, "date");
    ImmutableList.Builder<OverdueReport> overdue = ImmutableList.builder();
    for (Schedule schedule : schedules) {
      checkNotNull(schedule, "schedules contains null");
      boolean longerThanSixMonths = schedule.end().isAfter(schedule.start().plusMonths(6));
      boolean running = !date.isBefore(schedule.start()) && !date.isAfter(schedule.end());
      if (!longerThanSixMonths || !running) {
        continue;
      }
      LocalDate last = schedule.start();
      for (LocalDate report : schedule.reports()) {
        if (!report.isAfter(date) && report.isAfter(last)) {
          last = report;
        }
      }
      LocalDate due = last.plusMonths(3);
      if (due.isBefore(date)) {
        overdue.add(new OverdueReport(schedule.project(), due, ChronoUnit.DAYS.between(due, date)));
      }
    }
    return overdue.build();
  }
}
