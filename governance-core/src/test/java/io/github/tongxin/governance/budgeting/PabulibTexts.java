package io.github.tongxin.governance.budgeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small {@code .pb} texts for the example tests: a valid base file with known line numbers, and
 * edits of it.
 *
 * <pre>
 *  1 META                      12 date_begin;2024
 *  2 key;value                 13 date_end;2024
 *  3 description;Test PB       14 PROJECTS
 *  4 country;Poland            15 project_id;cost;votes;name
 *  5 unit;Testville            16 1;500;2;One
 *  6 instance;2024             17 2;300;1;Two
 *  7 num_projects;3            18 3;200;0;Three
 *  8 num_votes;2               19 VOTES
 *  9 budget;1000               20 voter_id;vote
 * 10 vote_type;approval        21 v1;1,2
 * 11 rule;greedy               22 v2;1
 * </pre>
 */
final class PabulibTexts {
  static final int META = 1;
  static final int NUM_PROJECTS = 7;
  static final int NUM_VOTES = 8;
  static final int BUDGET = 9;
  static final int VOTE_TYPE = 10;
  static final int RULE = 11;
  static final int PROJECTS = 14;
  static final int PROJECTS_HEADER = 15;
  static final int PROJECT_1 = 16;
  static final int PROJECT_2 = 17;
  static final int PROJECT_3 = 18;
  static final int VOTES = 19;
  static final int VOTES_HEADER = 20;
  static final int VOTE_1 = 21;
  static final int VOTE_2 = 22;

  private static final ImmutableList<String> BASE =
      ImmutableList.of(
          "META",
          "key;value",
          "description;Test PB",
          "country;Poland",
          "unit;Testville",
          "instance;2024",
          "num_projects;3",
          "num_votes;2",
          "budget;1000",
          "vote_type;approval",
          "rule;greedy",
          "date_begin;2024",
          "date_end;2024",
          "PROJECTS",
          "project_id;cost;votes;name",
          "1;500;2;One",
          "2;300;1;Two",
          "3;200;0;Three",
          "VOTES",
          "voter_id;vote",
          "v1;1,2",
          "v2;1");

  private final List<String> lines;

  private PabulibTexts(List<String> lines) {
    this.lines = new ArrayList<>(lines);
  }

  /** The valid base file. */
  static PabulibTexts base() {
    return new PabulibTexts(BASE);
  }

  /** A text of the given lines. */
  static PabulibTexts of(String... lines) {
    return new PabulibTexts(Arrays.asList(lines));
  }

  /** Replaces line {@code number} (1-based). */
  PabulibTexts set(int number, String line) {
    lines.set(number - 1, line);
    return this;
  }

  /** Inserts lines after line {@code number} (0 = at the start). */
  PabulibTexts insertAfter(int number, String... inserted) {
    lines.addAll(number, Arrays.asList(inserted));
    return this;
  }

  /** Removes line {@code number}. */
  PabulibTexts remove(int number) {
    lines.remove(number - 1);
    return this;
  }

  /** Appends lines at the end. */
  PabulibTexts append(String... appended) {
    lines.addAll(Arrays.asList(appended));
    return this;
  }

  /** The text, each line ended by {@code \n}. */
  String text() {
    return String.join("\n", lines) + "\n";
  }

  /** Reads the text. */
  PabulibReading read() {
    return Pabulib.read(text());
  }

  /** Reads the text, which must be read without any problem. */
  PabulibFile clean() {
    PabulibReading reading = read();
    assertThat(reading.problems()).isEmpty();
    return reading.fileOrThrow();
  }

  /** Reads the text, which must be read; returns its warnings. */
  ImmutableList<PabulibProblem> warnings() {
    PabulibReading reading = read();
    assertThat(reading.isRead()).as("read, problems: %s", reading.problems()).isTrue();
    return reading.problems();
  }

  /** Reads the text, which must fail; returns every problem. */
  ImmutableList<PabulibProblem> failure() {
    PabulibReading reading = read();
    assertThat(reading.isRead()).as("failed").isFalse();
    return reading.problems();
  }

  @Override
  public String toString() {
    return text();
  }
}
