package io.github.tongxin.governance.budgeting;

import static io.github.tongxin.governance.budgeting.PabulibProblem.Severity.WARNING;
import static io.github.tongxin.governance.budgeting.PabulibTexts.BUDGET;
import static io.github.tongxin.governance.budgeting.PabulibTexts.PROJECTS_HEADER;
import static io.github.tongxin.governance.budgeting.PabulibTexts.PROJECT_1;
import static io.github.tongxin.governance.budgeting.PabulibTexts.PROJECT_2;
import static io.github.tongxin.governance.budgeting.PabulibTexts.PROJECT_3;
import static io.github.tongxin.governance.budgeting.PabulibTexts.VOTES;
import static io.github.tongxin.governance.budgeting.PabulibTexts.VOTES_HEADER;
import static io.github.tongxin.governance.budgeting.PabulibTexts.VOTE_1;
import static io.github.tongxin.governance.budgeting.PabulibTexts.VOTE_2;
import static io.github.tongxin.governance.budgeting.PabulibTexts.VOTE_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each feature of the {@code .pb} format, read from a small text. */
class PabulibReadTest {
  private static ProjectId p(String id) {
    return ProjectId.of(id);
  }

  private static List<ProjectId> ps(String... ids) {
    return java.util.Arrays.stream(ids).map(ProjectId::of).toList();
  }

  private static List<BigDecimal> points(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void readsTheBudgetTheProjectsInIdOrderTheMetaAndTheBallots() {
    PabulibFile file = PabulibTexts.base().clean();
    BudgetInstance instance = file.instance();
    assertThat(instance.budget()).isEqualTo(new BigDecimal("1000"));
    assertThat(instance.projects().keySet()).containsExactly(p("1"), p("2"), p("3"));
    assertThat(instance.project(p("2")).cost()).isEqualTo(new BigDecimal("300"));
    assertThat(instance.project(p("2")).attributes())
        .containsExactly(java.util.Map.entry("votes", "1"), java.util.Map.entry("name", "Two"));
    // budget, vote_type, num_projects and num_votes are in the model, not in meta
    assertThat(instance.meta().keySet())
        .containsExactly(
            "description", "country", "unit", "instance", "rule", "date_begin", "date_end");
    assertThat(instance.meta("rule")).hasValue("greedy");
    assertThat(file.profile().type()).isEqualTo(VoteType.APPROVAL);
    assertThat(file.profile().ballots())
        .containsExactly(BudgetBallot.of("v1", ps("1", "2")), BudgetBallot.of("v2", ps("1")));
  }

  @Test
  void projectsAreSortedAsPlainStrings() {
    PabulibFile file =
        PabulibTexts.base()
            .set(PROJECT_1, "10;500;2;Ten")
            .set(VOTE_1, "v1;10,2")
            .set(VOTE_2, "v2;10")
            .clean();
    assertThat(file.instance().projects().keySet()).containsExactly(p("10"), p("2"), p("3"));
  }

  @Test
  void sectionNamesAndTheMetaHeaderIgnoreCase() {
    PabulibFile expected = PabulibTexts.base().clean();
    PabulibFile file =
        PabulibTexts.base()
            .set(1, "meta")
            .set(2, "Key;VALUE")
            .set(14, "Projects")
            .set(VOTES, "votes")
            .clean();
    assertThat(file).isEqualTo(expected);
  }

  @Test
  void linesMayEndWithCrLfOrCrAndTheLastLineNeedsNoBreak() {
    PabulibFile expected = PabulibTexts.base().clean();
    String lf = PabulibTexts.base().text();
    assertThat(Pabulib.read(lf.replace("\n", "\r\n")).fileOrThrow()).isEqualTo(expected);
    assertThat(Pabulib.read(lf.replace("\n", "\r")).fileOrThrow()).isEqualTo(expected);
    assertThat(Pabulib.read(lf.strip()).fileOrThrow()).isEqualTo(expected);
    assertThat(Pabulib.read(lf.strip()).problems()).isEmpty();
  }

  @Test
  void aLeadingByteOrderMarkIsSkipped() {
    PabulibReading reading = Pabulib.read("\uFEFF" + PabulibTexts.base().text());
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.fileOrThrow()).isEqualTo(PabulibTexts.base().clean());
  }

  @Test
  void quotedCellsHoldSemicolonsQuotesAndLineBreaks() {
    PabulibFile file =
        PabulibTexts.base()
            .set(PROJECT_1, "1;500;2;\"A; B\"")
            .set(PROJECT_2, "2;300;1;\"\"\"Konikowo\"\" - park\"")
            .set(PROJECT_3, "3;200;0;\"two\nlines\"")
            .clean();
    assertThat(file.instance().project(p("1")).attributes()).containsEntry("name", "A; B");
    assertThat(file.instance().project(p("2")).attributes())
        .containsEntry("name", "\"Konikowo\" - park");
    assertThat(file.instance().project(p("3")).attributes()).containsEntry("name", "two\nlines");
  }

  @Test
  void lineNumbersCountTheLinesInsideQuotedCells() {
    // the quoted name spans lines 18-19, so the vote naming an unknown project is on line 23
    List<PabulibProblem> problems =
        PabulibTexts.base().set(PROJECT_3, "3;200;0;\"two\nlines\"").set(VOTE_2, "v2;9").failure();
    assertThat(problems)
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .contains(tuple(VOTE_2 + 1, PabulibCode.UNKNOWN_PROJECT_IN_VOTE));
  }

  @Test
  void noneInAnyCaseAndEmptyCellsAreMissingButQuotedOnesAreText() {
    PabulibFile file =
        PabulibTexts.base()
            .set(PROJECTS_HEADER, "project_id;cost;votes;name;district")
            .set(PROJECT_1, "1;500;2;None;")
            .set(PROJECT_2, "2;300;1;NONE;none")
            .set(PROJECT_3, "3;200;0;\"None\";\"\"")
            .clean();
    assertThat(file.instance().project(p("1")).attributes()).containsOnlyKeys("votes");
    assertThat(file.instance().project(p("2")).attributes()).containsOnlyKeys("votes");
    assertThat(file.instance().project(p("3")).attributes())
        .containsExactly(
            java.util.Map.entry("votes", "0"),
            java.util.Map.entry("name", "None"),
            java.util.Map.entry("district", ""));
  }

  @Test
  void costsAndBudgetAreExactDecimalsWithTheirScaleAsWritten() {
    PabulibFile file =
        PabulibTexts.base()
            .set(BUDGET, "budget;400000.0")
            .set(PROJECT_1, "1;214386.40;2;One")
            .set(PROJECT_2, "2;0.1;1;Two")
            .clean();
    assertThat(file.instance().budget().toString()).isEqualTo("400000.0");
    assertThat(file.instance().project(p("1")).cost().toString()).isEqualTo("214386.40");
    assertThat(file.instance().project(p("2")).cost()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void aCommaIsReadAsADecimalPointWithTheCheckersWarning() {
    PabulibTexts text =
        PabulibTexts.base().set(BUDGET, "budget;214386,4").set(PROJECT_1, "1;500,50;2;One");
    assertThat(text.warnings())
        .extracting(PabulibProblem::line, PabulibProblem::severity, PabulibProblem::code)
        .containsExactly(
            tuple(BUDGET, WARNING, PabulibCode.COMMA_IN_FLOAT),
            tuple(PROJECT_1, WARNING, PabulibCode.COMMA_IN_FLOAT));
    PabulibFile file = text.read().fileOrThrow();
    assertThat(file.instance().budget().toString()).isEqualTo("214386.4");
    assertThat(file.instance().project(p("1")).cost().toString()).isEqualTo("500.50");
  }

  @Test
  void categoriesAndBeneficiariesAreCommaLists() {
    PabulibFile file =
        PabulibTexts.base()
            .set(PROJECTS_HEADER, "project_id;cost;votes;name;category;beneficiaries")
            .set(PROJECT_1, "1;500;2;One;urban greenery,culture;seniors,children")
            .set(PROJECT_2, "2;300;1;Two;culture;")
            .set(PROJECT_3, "3;200;0;Three;None;None")
            .clean();
    BudgetProject one = file.instance().project(p("1"));
    assertThat(one.categories()).containsExactly("urban greenery", "culture");
    assertThat(one.beneficiaries()).containsExactly("seniors", "children");
    assertThat(one.attributes()).containsOnlyKeys("votes", "name");
    assertThat(file.instance().project(p("2")).beneficiaries()).isEmpty();
    assertThat(file.instance().project(p("3")).categories()).isEmpty();
  }

  @Test
  void theOldTargetColumnIsReadIntoTheBeneficiaries() {
    PabulibTexts text =
        PabulibTexts.base()
            .set(PROJECTS_HEADER, "project_id;cost;votes;name;target")
            .set(PROJECT_1, "1;500;2;One;adults,youth")
            .set(PROJECT_2, "2;300;1;Two;")
            .set(PROJECT_3, "3;200;0;Three;");
    assertThat(text.warnings())
        .extracting(PabulibProblem::line, PabulibProblem::code)
        .containsExactly(tuple(PROJECTS_HEADER, PabulibCode.OLD_TARGET_COLUMN));
    BudgetProject one = text.read().fileOrThrow().instance().project(p("1"));
    assertThat(one.beneficiaries()).containsExactly("adults", "youth");
    assertThat(one.attributes()).doesNotContainKey("target");
  }

  @Test
  void otherMetaKeysAndColumnsAreKeptInFileOrder() {
    PabulibFile file =
        PabulibTexts.base()
            .insertAfter(VOTE_TYPE, "language;pl", "currency;PLN")
            .set(PROJECTS_HEADER + 2, "project_id;cost;votes;name;selected;latitude")
            .set(PROJECT_1 + 2, "1;500;2;One;1;52.19")
            .set(PROJECT_2 + 2, "2;300;1;Two;1;")
            .set(PROJECT_3 + 2, "3;200;0;Three;1;50.01")
            .set(VOTES_HEADER + 2, "voter_id;vote;age;sex;voting_method")
            .set(VOTE_1 + 2, "v1;1,2;53;F;internet")
            .set(VOTE_2 + 2, "v2;1;None;M;paper")
            .clean();
    assertThat(file.instance().meta().keySet())
        .containsExactly(
            "description",
            "country",
            "unit",
            "instance",
            "language",
            "currency",
            "rule",
            "date_begin",
            "date_end");
    assertThat(file.instance().project(p("1")).attributes().keySet())
        .containsExactly("votes", "name", "selected", "latitude");
    assertThat(file.instance().project(p("2")).attributes()).doesNotContainKey("latitude");
    assertThat(file.profile().ballots().get(0).attributes())
        .isEqualTo(ImmutableMap.of("age", "53", "sex", "F", "voting_method", "internet"));
    assertThat(file.profile().ballots().get(1).attributes())
        .isEqualTo(ImmutableMap.of("sex", "M", "voting_method", "paper"));
  }

  @Test
  void ordinalBallotsKeepTheirOrder() {
    PabulibFile file =
        PabulibTexts.base().set(VOTE_TYPE, "vote_type;ordinal").set(VOTE_1, "v1;2,1").clean();
    assertThat(file.profile().type()).isEqualTo(VoteType.ORDINAL);
    assertThat(file.profile().ballots().get(0).projects()).containsExactly(p("2"), p("1"));
  }

  @Test
  void choose1IsReadAsItsOwnApprovalType() {
    PabulibFile file =
        PabulibTexts.base()
            .set(VOTE_TYPE, "vote_type;choose-1")
            .set(VOTE_1, "v1;2")
            .set(PROJECT_1, "1;500;1;One")
            .set(PROJECT_2, "2;300;1;Two")
            .clean();
    assertThat(file.profile().type()).isEqualTo(VoteType.CHOOSE_ONE);
    assertThat(file.profile().type().isApproval()).isTrue();
  }

  @Test
  void cumulativeAndScoringBallotsCarryPointsAlignedWithTheVote() {
    PabulibFile cumulative =
        PabulibTexts.base()
            .set(VOTE_TYPE, "vote_type;cumulative")
            .insertAfter(VOTE_TYPE, "max_sum_points;5")
            .set(PROJECTS_HEADER + 1, "project_id;cost;votes;score;name")
            .set(PROJECT_1 + 1, "1;500;2;5;One")
            .set(PROJECT_2 + 1, "2;300;1;2.5;Two")
            .set(PROJECT_3 + 1, "3;200;0;0;Three")
            .set(VOTES_HEADER + 1, "voter_id;vote;points")
            .set(VOTE_1 + 1, "v1;1,2;2.5,2.5")
            .set(VOTE_2 + 1, "v2;1;2.5")
            .clean();
    BudgetBallot first = cumulative.profile().ballots().get(0);
    assertThat(first.projects()).containsExactly(p("1"), p("2"));
    assertThat(first.points()).containsExactlyElementsOf(points("2.5", "2.5"));
    assertThat(cumulative.profile().type()).isEqualTo(VoteType.CUMULATIVE);

    PabulibFile scoring =
        PabulibTexts.base()
            .set(VOTE_TYPE, "vote_type;scoring")
            .set(VOTES_HEADER, "voter_id;vote;points")
            .set(VOTE_1, "v1;2,1;10,-3")
            .set(VOTE_2, "v2;1;0")
            .clean();
    assertThat(scoring.profile().ballots().get(0).points())
        .containsExactlyElementsOf(points("10", "-3"));
  }

  @Test
  void underApprovalAPointsColumnIsAnOrdinaryAttribute() {
    PabulibFile file =
        PabulibTexts.base()
            .set(VOTES_HEADER, "voter_id;vote;points")
            .set(VOTE_1, "v1;1,2;1,1")
            .set(VOTE_2, "v2;1;1")
            .clean();
    assertThat(file.profile().ballots().get(0).points()).isEmpty();
    assertThat(file.profile().ballots().get(0).attributes()).containsEntry("points", "1,1");
  }

  @Test
  void anEmptyVoteIsAnEmptyBallot() {
    PabulibFile file = PabulibTexts.base().set(VOTE_2, "v2;").set(PROJECT_1, "1;500;1;One").clean();
    assertThat(file.profile().ballots().get(1).projects()).isEmpty();
    assertThat(PabulibTexts.base().set(VOTE_2, "v2;None").set(PROJECT_1, "1;500;1;One").clean())
        .isEqualTo(file);
  }

  @Test
  void profilesGroupEqualBallots() {
    PabulibFile file =
        PabulibTexts.base()
            .set(8, "num_votes;3")
            .set(PROJECT_1, "1;500;3;One")
            .set(PROJECT_2, "2;300;2;Two")
            .append("v3;1,2")
            .clean();
    assertThat(file.profile().distinctBallots().entrySet())
        .extracting(e -> e.getElement().projects(), e -> e.getCount())
        .containsExactly(tuple(ps("1", "2"), 2), tuple(ps("1"), 1));
  }

  @Test
  void readOrThrowGivesTheFileOfAValidText() {
    assertThat(Pabulib.readOrThrow(PabulibTexts.base().text()))
        .isEqualTo(PabulibTexts.base().clean());
    assertThat(ImmutableList.copyOf(PabulibTexts.base().clean().profile().ballots())).hasSize(2);
  }
}
