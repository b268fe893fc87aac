package io.github.tongxin.governance.budgeting;

import static io.github.tongxin.governance.budgeting.PabulibProblem.Severity.ERROR;
import static io.github.tongxin.governance.budgeting.PabulibProblem.Severity.WARNING;
import static io.github.tongxin.governance.budgeting.PabulibTexts.BUDGET;
import static io.github.tongxin.governance.budgeting.PabulibTexts.META;
import static io.github.tongxin.governance.budgeting.PabulibTexts.NUM_PROJECTS;
import static io.github.tongxin.governance.budgeting.PabulibTexts.NUM_VOTES;
import static io.github.tongxin.governance.budgeting.PabulibTexts.PROJECTS_HEADER;
import static io.github.tongxin.governance.budgeting.PabulibTexts.PROJECT_1;
import static io.github.tongxin.governance.budgeting.PabulibTexts.PROJECT_2;
import static io.github.tongxin.governance.budgeting.PabulibTexts.PROJECT_3;
import static io.github.tongxin.governance.budgeting.PabulibTexts.RULE;
import static io.github.tongxin.governance.budgeting.PabulibTexts.VOTES;
import static io.github.tongxin.governance.budgeting.PabulibTexts.VOTES_HEADER;
import static io.github.tongxin.governance.budgeting.PabulibTexts.VOTE_1;
import static io.github.tongxin.governance.budgeting.PabulibTexts.VOTE_2;
import static io.github.tongxin.governance.budgeting.PabulibTexts.VOTE_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.RejectedException;
import io.github.tongxin.governance.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Each problem {@link Pabulib#read} reports, with its severity and the exact line, one small text
 * per problem (line numbers of the base text in {@link PabulibTexts}).
 */
class PabulibCheckTest {
  private static Tuple error(int line, PabulibCode code) {
    return tuple(line, ERROR, code);
  }

  private static Tuple warning(int line, PabulibCode code) {
    return tuple(line, WARNING, code);
  }

  private static void assertProblems(PabulibTexts text, Tuple... expected) {
    List<PabulibProblem> problems = text.read().problems();
    assertThat(problems)
        .extracting(PabulibProblem::line, PabulibProblem::severity, PabulibProblem::code)
        .containsExactly(expected);
  }

  private static String message(PabulibTexts text, PabulibCode code) {
    return text.read().problems().stream()
        .filter(p -> p.code() == code)
        .findFirst()
        .orElseThrow()
        .message();
  }

  @Test
  void theBaseTextIsClean() {
    assertThat(PabulibTexts.base().read().problems()).isEmpty();
  }

  // ---- counts and META

  @Test
  void numProjectsDifferentFromTheRowsIsAnError() {
    PabulibTexts text = PabulibTexts.base().set(NUM_PROJECTS, "num_projects;4");
    assertProblems(text, error(NUM_PROJECTS, PabulibCode.COUNT_MISMATCH));
    assertThat(message(text, PabulibCode.COUNT_MISMATCH))
        .isEqualTo("num_projects is 4 but PROJECTS has 3 rows");
  }

  @Test
  void numVotesDifferentFromTheRowsIsAnError() {
    PabulibTexts text = PabulibTexts.base().set(NUM_VOTES, "num_votes;1");
    assertProblems(text, error(NUM_VOTES, PabulibCode.COUNT_MISMATCH));
    assertThat(message(text, PabulibCode.COUNT_MISMATCH))
        .isEqualTo("num_votes is 1 but VOTES has 2 rows");
  }

  @Test
  void aMissingBudgetOrVoteTypeIsAnErrorAtTheMetaLine() {
    assertProblems(PabulibTexts.base().remove(BUDGET), error(META, PabulibCode.MISSING_META));
    assertProblems(PabulibTexts.base().remove(VOTE_TYPE), error(META, PabulibCode.MISSING_META));
  }

  @Test
  void otherMissingMandatoryMetaKeysAreWarnings() {
    PabulibTexts text = PabulibTexts.base().remove(RULE).remove(3); // rule, description
    assertProblems(
        text, warning(META, PabulibCode.MISSING_META), warning(META, PabulibCode.MISSING_META));
    assertThat(text.read().problems())
        .extracting(PabulibProblem::message)
        .containsExactly("META has no description", "META has no rule");
  }

  @Test
  void withoutNumVotesNothingIsCountedAgainst() {
    assertProblems(PabulibTexts.base().remove(NUM_VOTES), warning(META, PabulibCode.MISSING_META));
  }

  @Test
  void aMetaKeyGivenTwiceIsAnError() {
    assertProblems(
        PabulibTexts.base().insertAfter(RULE, "rule;greedy-no-skip"),
        error(RULE + 1, PabulibCode.DUPLICATE_META_KEY));
  }

  @Test
  void anUnknownVoteTypeIsAnError() {
    PabulibTexts text = PabulibTexts.base().set(VOTE_TYPE, "vote_type;quadratic");
    assertProblems(text, error(VOTE_TYPE, PabulibCode.UNKNOWN_VOTE_TYPE));
    assertThat(message(text, PabulibCode.UNKNOWN_VOTE_TYPE)).contains("'quadratic'");
  }

  @Test
  void aVoteTypeNotInLowerCaseIsReadWithAWarning() {
    PabulibTexts text = PabulibTexts.base().set(VOTE_TYPE, "vote_type;Approval");
    assertProblems(text, warning(VOTE_TYPE, PabulibCode.INVALID_VALUE));
    assertThat(text.read().fileOrThrow().profile().type()).isEqualTo(VoteType.APPROVAL);
  }

  @Test
  void aBudgetThatIsNotANumberIsAnError() {
    assertProblems(
        PabulibTexts.base().set(BUDGET, "budget;1,000,000"),
        warning(BUDGET, PabulibCode.COMMA_IN_FLOAT),
        error(BUDGET, PabulibCode.INVALID_NUMBER));
    assertProblems(
        PabulibTexts.base().set(BUDGET, "budget;1e6"), error(BUDGET, PabulibCode.INVALID_NUMBER));
    assertProblems(
        PabulibTexts.base().set(BUDGET, "budget;-5"), error(BUDGET, PabulibCode.NEGATIVE_NUMBER));
  }

  @Test
  void aBallotConstraintThatIsNotANumberIsAnError() {
    assertProblems(
        PabulibTexts.base().insertAfter(RULE, "min_length;two"),
        error(RULE + 1, PabulibCode.INVALID_NUMBER));
    assertProblems(
        PabulibTexts.base().insertAfter(RULE, "max_sum_points;many"),
        error(RULE + 1, PabulibCode.INVALID_NUMBER));
    assertProblems(
        PabulibTexts.base().set(NUM_VOTES, "num_votes;2.0"),
        error(NUM_VOTES, PabulibCode.INVALID_NUMBER));
  }

  @Test
  void aMetaRowWithoutKeyIsAnErrorAndExtraCellsAWarning() {
    assertProblems(
        PabulibTexts.base().insertAfter(RULE, ";orphan"),
        error(RULE + 1, PabulibCode.INVALID_VALUE));
    assertProblems(
        PabulibTexts.base().set(RULE, "rule;greedy;extra"), warning(RULE, PabulibCode.ROW_LENGTH));
  }

  @Test
  void aMetaValueThatIsMissingLeavesTheKeyOut() {
    PabulibTexts text = PabulibTexts.base().set(RULE, "rule;None");
    assertProblems(text, warning(RULE, PabulibCode.MISSING_META));
    assertThat(text.read().fileOrThrow().instance().meta()).doesNotContainKey("rule");
  }

  // ---- structure

  @Test
  void aMissingSectionIsAnErrorAtTheLastLine() {
    PabulibTexts text =
        PabulibTexts.base().remove(VOTE_2).remove(VOTE_1).remove(VOTES_HEADER).remove(VOTES);
    assertProblems(text, error(PROJECT_3, PabulibCode.MISSING_SECTION));
    assertThat(message(text, PabulibCode.MISSING_SECTION)).isEqualTo("no VOTES section");
    assertThat(Pabulib.read("").problems())
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .containsExactly(
            tuple(1, PabulibCode.MISSING_SECTION),
            tuple(1, PabulibCode.MISSING_SECTION),
            tuple(1, PabulibCode.MISSING_SECTION));
  }

  @Test
  void sectionsOutOfOrderOrRepeatedAreErrors() {
    PabulibTexts swapped =
        PabulibTexts.of(
            "META",
            "key;value",
            "budget;10",
            "vote_type;approval",
            "VOTES",
            "voter_id;vote",
            "PROJECTS",
            "project_id;cost",
            "1;5");
    assertThat(swapped.failure())
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .contains(tuple(7, PabulibCode.SECTION_ORDER));
    assertThat(PabulibTexts.base().append("META", "key;value").failure())
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .contains(tuple(VOTE_2 + 1, PabulibCode.SECTION_ORDER));
  }

  @Test
  void aRowBeforeTheFirstSectionIsReportedOnce() {
    PabulibTexts text = PabulibTexts.base().insertAfter(0, "# a comment", "another");
    assertThat(text.failure())
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .containsExactly(tuple(1, PabulibCode.ROW_OUTSIDE_SECTION));
  }

  @Test
  void aMetaHeaderOtherThanKeyValueIsAnError() {
    assertProblems(PabulibTexts.base().set(2, "name;content"), error(2, PabulibCode.BAD_HEADER));
  }

  @Test
  void aRepeatedOrEmptyColumnNameIsAnError() {
    assertProblems(
        PabulibTexts.base().set(PROJECTS_HEADER, "project_id;cost;votes;votes"),
        error(PROJECTS_HEADER, PabulibCode.BAD_HEADER));
    assertProblems(
        PabulibTexts.base().set(VOTES_HEADER, "voter_id;vote;"),
        error(VOTES_HEADER, PabulibCode.BAD_HEADER));
  }

  @Test
  void aSectionWithoutHeaderIsAnError() {
    PabulibTexts text = PabulibTexts.base().remove(VOTE_2).remove(VOTE_1).remove(VOTES_HEADER);
    assertThat(text.failure())
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .contains(tuple(VOTES, PabulibCode.BAD_HEADER));
  }

  @Test
  void missingMandatoryColumnsAreErrorsAtTheHeader() {
    assertThat(PabulibTexts.base().set(PROJECTS_HEADER, "project_id;price;votes;name").failure())
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .containsExactly(tuple(PROJECTS_HEADER, PabulibCode.MISSING_COLUMN));
    assertThat(PabulibTexts.base().set(VOTES_HEADER, "voter_id;ballot").failure())
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .containsExactly(tuple(VOTES_HEADER, PabulibCode.MISSING_COLUMN));
    PabulibTexts cumulativeWithoutPoints =
        PabulibTexts.base()
            .set(VOTE_TYPE, "vote_type;cumulative")
            .insertAfter(RULE, "max_sum_points;3");
    assertThat(cumulativeWithoutPoints.failure())
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .containsExactly(tuple(VOTES_HEADER + 1, PabulibCode.MISSING_COLUMN));
  }

  @Test
  void bothTargetAndBeneficiariesIsAnError() {
    assertThat(
            PabulibTexts.base()
                .set(PROJECTS_HEADER, "project_id;cost;target;beneficiaries")
                .failure())
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .contains(tuple(PROJECTS_HEADER, PabulibCode.BAD_HEADER));
  }

  @Test
  void idColumnsNotFirstAreReadWithAWarning() {
    PabulibTexts text =
        PabulibTexts.base()
            .set(PROJECTS_HEADER, "cost;project_id;votes;name")
            .set(PROJECT_1, "500;1;2;One")
            .set(PROJECT_2, "300;2;1;Two")
            .set(PROJECT_3, "200;3;0;Three")
            .set(VOTES_HEADER, "vote;voter_id")
            .set(VOTE_1, "1,2;v1")
            .set(VOTE_2, "1;v2");
    assertProblems(
        text,
        warning(PROJECTS_HEADER, PabulibCode.COLUMN_ORDER),
        warning(VOTES_HEADER, PabulibCode.COLUMN_ORDER));
    assertThat(text.read().fileOrThrow()).isEqualTo(PabulibTexts.base().clean());
  }

  @Test
  void anUnclosedQuoteIsAnErrorAtTheLineWhereTheCellStarts() {
    PabulibTexts text = PabulibTexts.base().set(PROJECT_2, "2;300;1;\"Two");
    assertThat(text.failure())
        .extracting(PabulibProblem::line, PabulibProblem::severity, PabulibProblem::code)
        .contains(error(PROJECT_2, PabulibCode.QUOTING));
  }

  @Test
  void textAfterAClosingQuoteIsKeptWithAWarning() {
    PabulibTexts text = PabulibTexts.base().set(PROJECT_2, "2;300;1;\"Two\" more");
    assertProblems(text, warning(PROJECT_2, PabulibCode.QUOTING));
    assertThat(text.read().fileOrThrow().instance().project(ProjectId.of("2")).attributes())
        .containsEntry("name", "Two more");
  }

  @Test
  void rowsLongerOrShorterThanTheHeaderAreWarnings() {
    PabulibTexts text =
        PabulibTexts.base().set(PROJECT_2, "2;300;1;Two;extra").set(PROJECT_3, "3;200;0");
    assertProblems(
        text,
        warning(PROJECT_2, PabulibCode.ROW_LENGTH),
        warning(PROJECT_3, PabulibCode.ROW_LENGTH));
    assertThat(text.read().fileOrThrow().instance().project(ProjectId.of("3")).attributes())
        .containsOnlyKeys("votes");
  }

  @Test
  void emptyLinesAreWarningsButTheFinalLineBreakIsNot() {
    PabulibTexts text =
        PabulibTexts.base().insertAfter(PROJECT_1, "").insertAfter(VOTES + 1, "   ");
    assertProblems(
        text,
        warning(PROJECT_1 + 1, PabulibCode.EMPTY_LINE),
        warning(VOTES + 2, PabulibCode.EMPTY_LINE));
    assertThat(text.read().fileOrThrow()).isEqualTo(PabulibTexts.base().clean());
    assertThat(Pabulib.read(PabulibTexts.base().text() + "\n").problems())
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .containsExactly(tuple(VOTE_2 + 1, PabulibCode.EMPTY_LINE));
  }

  @Test
  void whitespaceAroundAnUnquotedCellIsDroppedWithAWarning() {
    PabulibTexts text = PabulibTexts.base().set(PROJECT_2, "2; 300;1;Two ").set(VOTE_1, "v1;1, 2");
    assertProblems(
        text,
        warning(PROJECT_2, PabulibCode.WHITESPACE),
        warning(PROJECT_2, PabulibCode.WHITESPACE),
        warning(VOTE_1, PabulibCode.WHITESPACE));
    assertThat(text.read().fileOrThrow()).isEqualTo(PabulibTexts.base().clean());
  }

  @Test
  void whitespaceInsideQuotesIsKeptWithAWarning() {
    PabulibTexts text = PabulibTexts.base().set(PROJECT_2, "2;300;1;\" Two \"");
    assertProblems(text, warning(PROJECT_2, PabulibCode.WHITESPACE));
    assertThat(text.read().fileOrThrow().instance().project(ProjectId.of("2")).attributes())
        .containsEntry("name", " Two ");
  }

  @Test
  void anEmptyListItemIsDroppedWithAWarning() {
    PabulibTexts text = PabulibTexts.base().set(VOTE_1, "v1;1,,2");
    assertProblems(text, warning(VOTE_1, PabulibCode.EMPTY_LIST_ITEM));
    assertThat(text.read().fileOrThrow()).isEqualTo(PabulibTexts.base().clean());
  }

  // ---- projects

  @Test
  void aProjectWithoutIdOrCostIsAnError() {
    assertThat(PabulibTexts.base().set(PROJECT_2, ";300;1;Two").failure())
        .extracting(PabulibProblem::line, PabulibProblem::severity, PabulibProblem::code)
        .containsExactly(
            error(PROJECT_2, PabulibCode.MISSING_VALUE),
            // the votes naming project 2 now name an unknown project
            error(VOTE_1, PabulibCode.UNKNOWN_PROJECT_IN_VOTE));
    assertProblems(
        PabulibTexts.base().set(PROJECT_2, "2;None;1;Two"),
        error(PROJECT_2, PabulibCode.MISSING_VALUE));
  }

  @Test
  void aNegativeOrNonNumericCostIsAnError() {
    assertProblems(
        PabulibTexts.base().set(PROJECT_2, "2;-300;1;Two"),
        error(PROJECT_2, PabulibCode.NEGATIVE_NUMBER));
    PabulibTexts text = PabulibTexts.base().set(PROJECT_2, "2;300 PLN;1;Two");
    assertProblems(text, error(PROJECT_2, PabulibCode.INVALID_NUMBER));
    assertThat(message(text, PabulibCode.INVALID_NUMBER))
        .isEqualTo("cost of project 2 '300 PLN' is not a number");
  }

  @Test
  void aProjectCostingNothingIsAWarning() {
    assertProblems(
        PabulibTexts.base().set(PROJECT_3, "3;0;0;Three"),
        warning(PROJECT_3, PabulibCode.COST_ZERO));
  }

  @Test
  void aProjectCostingMoreThanTheBudgetIsAWarning() {
    PabulibTexts text = PabulibTexts.base().set(PROJECT_3, "3;999999999;0;Three");
    assertProblems(text, warning(PROJECT_3, PabulibCode.COST_ABOVE_BUDGET));
    assertThat(text.read().fileOrThrow().instance().project(ProjectId.of("3")).cost())
        .isEqualTo(new BigDecimal("999999999"));
  }

  @Test
  void aRepeatedProjectIdIsAnError() {
    PabulibTexts text = PabulibTexts.base().set(PROJECT_3, "1;200;0;Three");
    assertThat(text.failure())
        .extracting(PabulibProblem::line, PabulibProblem::severity, PabulibProblem::code)
        .contains(error(PROJECT_3, PabulibCode.DUPLICATE_PROJECT));
    assertThat(message(text, PabulibCode.DUPLICATE_PROJECT))
        .isEqualTo("project_id '1' already given on line " + PROJECT_1);
  }

  @Test
  void selectedProjectsCostingMoreThanTheBudgetAreAWarningAtTheBudgetLine() {
    PabulibTexts text =
        PabulibTexts.base()
            .set(BUDGET, "budget;700")
            .set(PROJECTS_HEADER, "project_id;cost;votes;name;selected")
            .set(PROJECT_1, "1;500;2;One;1")
            .set(PROJECT_2, "2;300;1;Two;1")
            .set(PROJECT_3, "3;200;0;Three;0");
    assertProblems(text, warning(BUDGET, PabulibCode.SELECTED_OVER_BUDGET));
    assertThat(message(text, PabulibCode.SELECTED_OVER_BUDGET))
        .isEqualTo("the selected projects cost 800, more than the budget 700");
  }

  @Test
  void underGreedyAProjectThatFitsButIsNotSelectedIsAWarning() {
    PabulibTexts text =
        PabulibTexts.base()
            .set(PROJECTS_HEADER, "project_id;cost;votes;name;selected")
            .set(PROJECT_1, "1;500;2;One;1")
            .set(PROJECT_2, "2;300;1;Two;1")
            .set(PROJECT_3, "3;200;0;Three;0");
    assertProblems(text, warning(PROJECT_3, PabulibCode.UNUSED_BUDGET));
    // not under equal shares
    assertProblems(text.set(RULE, "rule;equalshares/add1"));
  }

  @Test
  void aSelectedValueOtherThan0To3IsAWarning() {
    assertProblems(
        PabulibTexts.base()
            .set(PROJECTS_HEADER, "project_id;cost;votes;name;selected")
            .set(PROJECT_1, "1;500;2;One;1")
            .set(PROJECT_2, "2;300;1;Two;yes")
            .set(PROJECT_3, "3;200;0;Three;1"),
        warning(PROJECT_2, PabulibCode.INVALID_VALUE));
  }

  @Test
  void aVotesCountDifferentFromTheBallotsIsAWarning() {
    PabulibTexts text = PabulibTexts.base().set(PROJECT_2, "2;300;7;Two");
    assertProblems(text, warning(PROJECT_2, PabulibCode.VOTES_MISMATCH));
    assertThat(message(text, PabulibCode.VOTES_MISMATCH))
        .isEqualTo("project 2 has votes 7, the ballots count 1");
  }

  @Test
  void aProjectIdWithALineBreakIsAnError() {
    assertThat(PabulibTexts.base().set(PROJECT_3, "\"3\n\";200;0;Three").failure())
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .contains(tuple(PROJECT_3, PabulibCode.INVALID_VALUE));
  }

  // ---- votes

  @Test
  void aVoteNamingAnUnknownProjectIsAnError() {
    PabulibTexts text = PabulibTexts.base().set(VOTE_2, "v2;9");
    assertThat(text.failure())
        .extracting(PabulibProblem::line, PabulibProblem::severity, PabulibProblem::code)
        .contains(error(VOTE_2, PabulibCode.UNKNOWN_PROJECT_IN_VOTE));
    assertThat(message(text, PabulibCode.UNKNOWN_PROJECT_IN_VOTE))
        .isEqualTo("vote of voter v2 names project '9', which is not in PROJECTS");
  }

  @Test
  void aProjectTwiceInAnApprovalVoteIsReadOnceWithAWarning() {
    PabulibTexts text = PabulibTexts.base().set(VOTE_1, "v1;1,2,1");
    assertProblems(text, warning(VOTE_1, PabulibCode.PROJECT_TWICE_IN_VOTE));
    assertThat(text.read().fileOrThrow()).isEqualTo(PabulibTexts.base().clean());
  }

  @Test
  void aProjectTwiceInAnOrdinalVoteIsAnError() {
    assertProblems(
        PabulibTexts.base().set(VOTE_TYPE, "vote_type;ordinal").set(VOTE_1, "v1;1,2,1"),
        error(VOTE_1, PabulibCode.PROJECT_TWICE_IN_VOTE));
  }

  @Test
  void aRepeatedVoterIdIsAWarningAndBothBallotsAreRead() {
    PabulibTexts text = PabulibTexts.base().set(VOTE_2, "v1;1");
    assertProblems(text, warning(VOTE_2, PabulibCode.DUPLICATE_VOTER));
    assertThat(text.read().fileOrThrow().profile().voters()).isEqualTo(2);
  }

  @Test
  void aVoteWithoutVoterIdIsAnError() {
    assertProblems(PabulibTexts.base().set(VOTE_2, ";1"), error(VOTE_2, PabulibCode.MISSING_VALUE));
  }

  @Test
  void votesShorterThanMinLengthOrLongerThanMaxLengthAreWarnings() {
    PabulibTexts text = PabulibTexts.base().insertAfter(RULE, "min_length;2", "max_length;1");
    assertProblems(
        text,
        warning(VOTE_1 + 2, PabulibCode.VOTE_TOO_LONG),
        warning(VOTE_2 + 2, PabulibCode.VOTE_TOO_SHORT));
    assertThat(text.read().problems())
        .extracting(PabulibProblem::message)
        .containsExactly(
            "vote of voter v1 names 2 projects, above max_length 1",
            "vote of voter v2 names 1 projects, below min_length 2");
  }

  @Test
  void aChoose1VoteNamingTwoProjectsIsTooLong() {
    PabulibTexts text = PabulibTexts.base().set(VOTE_TYPE, "vote_type;choose-1");
    assertProblems(text, warning(VOTE_1, PabulibCode.VOTE_TOO_LONG));
    assertThat(message(text, PabulibCode.VOTE_TOO_LONG))
        .isEqualTo("vote of voter v1 names 2 projects, but a choose-1 vote names one");
  }

  @Test
  void cumulativeBallotsAreCheckedAgainstThePointBounds() {
    PabulibTexts text =
        PabulibTexts.base()
            .set(VOTE_TYPE, "vote_type;cumulative")
            .insertAfter(RULE, "max_points;3", "max_sum_points;4")
            .set(VOTES_HEADER + 2, "voter_id;vote;points")
            .set(VOTE_1 + 2, "v1;1,2;3,2")
            .set(VOTE_2 + 2, "v2;1;4");
    assertProblems(
        text,
        warning(VOTE_1 + 2, PabulibCode.POINTS_OUT_OF_RANGE),
        warning(VOTE_2 + 2, PabulibCode.POINTS_OUT_OF_RANGE));
    assertThat(text.read().problems())
        .extracting(PabulibProblem::message)
        .containsExactly(
            "voter v1 gives 5 points in all, above max_sum_points 4",
            "voter v2 gives 4 points, above max_points 3");
  }

  @Test
  void cumulativeBallotsWithoutMaxSumPointsAreAWarningAndNegativePointsAreBelowTheDefault() {
    PabulibTexts text =
        PabulibTexts.base()
            .set(VOTE_TYPE, "vote_type;cumulative")
            .set(VOTES_HEADER, "voter_id;vote;points")
            .set(VOTE_1, "v1;1,2;3,-1")
            .set(VOTE_2, "v2;1;4");
    assertProblems(
        text,
        warning(META, PabulibCode.MISSING_META),
        warning(VOTE_1, PabulibCode.POINTS_OUT_OF_RANGE));
  }

  @Test
  void pointsThatDoNotMatchTheVoteAreAnError() {
    PabulibTexts scoring =
        PabulibTexts.base()
            .set(VOTE_TYPE, "vote_type;scoring")
            .set(VOTES_HEADER, "voter_id;vote;points");
    assertProblems(
        scoring.set(VOTE_1, "v1;1,2;3").set(VOTE_2, "v2;1;2"),
        error(VOTE_1, PabulibCode.POINTS_MISMATCH));
    assertProblems(scoring.set(VOTE_1, "v1;1,2;3,x"), error(VOTE_1, PabulibCode.INVALID_NUMBER));
    assertProblems(scoring.set(VOTE_1, "v1;1,2;"), error(VOTE_1, PabulibCode.POINTS_MISMATCH));
  }

  @Test
  void aScoreDifferentFromThePointsIsAWarning() {
    PabulibTexts text =
        PabulibTexts.base()
            .set(VOTE_TYPE, "vote_type;scoring")
            .set(PROJECTS_HEADER, "project_id;cost;votes;score;name")
            .set(PROJECT_1, "1;500;2;5;One")
            .set(PROJECT_2, "2;300;1;1;Two")
            .set(PROJECT_3, "3;200;0;0;Three")
            .set(VOTES_HEADER, "voter_id;vote;points")
            .set(VOTE_1, "v1;1,2;3,2")
            .set(VOTE_2, "v2;1;2");
    assertProblems(text, warning(PROJECT_2, PabulibCode.VOTES_MISMATCH));
  }

  // ---- the report

  @Test
  void aFailedReadingReportsEveryProblemInLineOrder() {
    PabulibReading reading =
        PabulibTexts.base()
            .set(VOTE_2, "v2;9")
            .insertAfter(PROJECT_1, "")
            .set(NUM_PROJECTS, "num_projects;5")
            .read();
    assertThat(reading).isInstanceOf(PabulibReading.Failed.class);
    assertThat(reading.problems())
        .extracting(PabulibProblem::line, PabulibProblem::severity, PabulibProblem::code)
        .containsExactly(
            error(NUM_PROJECTS, PabulibCode.COUNT_MISMATCH),
            warning(PROJECT_1 + 1, PabulibCode.EMPTY_LINE),
            error(VOTE_2 + 1, PabulibCode.UNKNOWN_PROJECT_IN_VOTE));
    assertThat(((PabulibReading.Failed) reading).errors()).hasSize(2);
  }

  @Test
  void readOrThrowThrowsTheErrorsAsViolationsWithTheirLines() {
    String text = PabulibTexts.base().set(VOTE_2, "v2;9").insertAfter(PROJECT_1, "").text();
    assertThatThrownBy(() -> Pabulib.readOrThrow(text))
        .isInstanceOf(RejectedException.class)
        .satisfies(
            e ->
                assertThat(((RejectedException) e).violations())
                    .containsExactly(
                        Violation.of(
                            PabulibCode.UNKNOWN_PROJECT_IN_VOTE,
                            "line 23: vote of voter v2 names project '9', which is not in"
                                + " PROJECTS")));
  }

  @Test
  void warningsDoNotStopReading() {
    PabulibReading reading = PabulibTexts.base().insertAfter(PROJECT_1, "").read();
    assertThat(reading).isInstanceOf(PabulibReading.Read.class);
    assertThat(reading.fileOrThrow()).isEqualTo(PabulibTexts.base().clean());
    assertThat(((PabulibReading.Read) reading).warnings()).isEqualTo(reading.problems());
  }
}
