package io.github.tongxin.governance.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical text {@link Pabulib#write} produces, and what it refuses. */
class PabulibWriteTest {
  private static BudgetProject project(String id, String cost, Map<String, String> attributes) {
    return BudgetProject.builder()
        .id(ProjectId.of(id))
        .cost(new BigDecimal(cost))
        .putAllAttributes(attributes)
        .build();
  }

  private static BudgetBallot ballot(
      String voter, List<String> projects, Map<String, String> attributes) {
    return new BudgetBallot(
        voter,
        projects.stream().map(ProjectId::of).collect(ImmutableList.toImmutableList()),
        ImmutableList.of(),
        ImmutableMap.copyOf(attributes));
  }

  private static PabulibFile file(
      Map<String, String> meta, List<BudgetProject> projects, BudgetProfile profile) {
    return new PabulibFile(BudgetInstance.of(new BigDecimal("1000.0"), projects, meta), profile);
  }

  @Test
  void writesTheBaseTextBackAsItWas() {
    PabulibFile file = PabulibTexts.base().clean();
    assertThat(Pabulib.write(file)).isEqualTo(PabulibTexts.base().text());
  }

  @Test
  void writesCanonicalText() {
    PabulibFile file =
        file(
            ImmutableMap.of(
                "description", "Buurtbudget", "country", "Netherlands", "rule", "greedy"),
            List.of(
                project(
                    "2", "2000", ImmutableMap.of("name", "Bokszakken; gratis", "selected", "1")),
                project("10", "5000.50", ImmutableMap.of("name", "\"Bloementuinen\""))),
            BudgetProfile.of(
                VoteType.CHOOSE_ONE,
                List.of(
                    ballot("a", List.of("10"), ImmutableMap.of("sex", "F")),
                    ballot("b", List.of(), ImmutableMap.of()))));
    assertThat(Pabulib.write(file))
        .isEqualTo(
            String.join(
                "\n",
                "META",
                "key;value",
                "description;Buurtbudget",
                "country;Netherlands",
                "num_projects;2",
                "num_votes;2",
                "budget;1000.0",
                "vote_type;choose-1",
                "rule;greedy",
                "PROJECTS",
                "project_id;cost;name;selected",
                "10;5000.50;\"\"\"Bloementuinen\"\"\";",
                "2;2000;\"Bokszakken; gratis\";1",
                "VOTES",
                "voter_id;vote;sex",
                "a;10;F",
                "b;;",
                ""));
  }

  @Test
  void quotesExactlyTheCellsAReaderWouldOtherwiseChange() {
    for (String plain :
        List.of("plain", "with, comma", "Nonexistent", "a ; b".replace(";", ":"), "同心")) {
      assertThat(PabulibWriter.needsQuotes(plain)).as(plain).isFalse();
    }
    for (String quoted :
        List.of("a;b", "a\"b", "", " x", "x ", "\u3000x", "None", "NONE", "two\nlines", "a\rb")) {
      assertThat(PabulibWriter.needsQuotes(quoted)).as(quoted).isTrue();
    }
  }

  @Test
  void pointBallotsGetAPointsColumnAndListsJoinWithoutSpaces() {
    BudgetProject one =
        BudgetProject.builder()
            .id(ProjectId.of("1"))
            .cost(new BigDecimal("10"))
            .addCategory("culture")
            .addCategory("urban greenery")
            .addBeneficiary("seniors")
            .putAttribute("name", "One")
            .putAttribute("selected", "1")
            .build();
    PabulibFile file =
        new PabulibFile(
            BudgetInstance.of(
                new BigDecimal("10"), List.of(one), ImmutableMap.of("max_sum_points", "3")),
            BudgetProfile.of(
                VoteType.CUMULATIVE,
                List.of(
                    new BudgetBallot(
                        "v",
                        ImmutableList.of(ProjectId.of("1")),
                        ImmutableList.of(new BigDecimal("2.50")),
                        ImmutableMap.of()))));
    String text = Pabulib.write(file);
    assertThat(text)
        .contains(
            "PROJECTS\nproject_id;cost;name;category;beneficiaries;selected\n"
                + "1;10;One;culture,urban greenery;seniors;1\n")
        .contains("VOTES\nvoter_id;vote;points\nv;1;2.50\n")
        .startsWith(
            "META\nkey;value\nnum_projects;1\nnum_votes;1\nbudget;10\nvote_type;cumulative\n");
    assertThat(Pabulib.read(text).fileOrThrow()).isEqualTo(file);
  }

  @Test
  void missingAttributesAreEmptyCellsAndColumnsKeepTheirOrder() {
    PabulibFile file =
        file(
            ImmutableMap.of(),
            List.of(
                project("1", "1", ImmutableMap.of("a", "x", "c", "z")),
                project("2", "1", ImmutableMap.of("a", "x", "b", "y", "c", "z"))),
            BudgetProfile.of(VoteType.APPROVAL, List.of()));
    String text = Pabulib.write(file);
    assertThat(text).contains("project_id;cost;a;b;c\n1;1;x;;z\n2;1;x;y;z\n");
    assertThat(Pabulib.read(text).fileOrThrow()).isEqualTo(file);
  }

  @Test
  void valuesThatLookMissingOrHaveWhitespaceAreQuoted() {
    PabulibFile file =
        file(
            ImmutableMap.of("comment", "None"),
            List.of(
                project(
                    "1",
                    "1",
                    ImmutableMap.of("name", "", "district", " padded ", "x", "two\nlines"))),
            BudgetProfile.of(
                VoteType.APPROVAL, List.of(ballot("none", List.of("1"), ImmutableMap.of()))));
    String text = Pabulib.write(file);
    assertThat(text)
        .contains("comment;\"None\"\n")
        .contains("1;1;\"\";\" padded \";\"two\nlines\"\n")
        .contains("\"none\";1\n");
    assertThat(Pabulib.read(text).fileOrThrow()).isEqualTo(file);
  }

  @Test
  void metaKeysHeldByTheModelAreWrittenFromTheModel() {
    PabulibFile file =
        file(
            ImmutableMap.of("budget", "5", "num_votes", "99", "vote_type", "ordinal", "unit", "X"),
            List.of(project("1", "1", ImmutableMap.of())),
            BudgetProfile.of(VoteType.APPROVAL, List.of()));
    assertThat(Pabulib.write(file))
        .startsWith(
            "META\n"
                + "key;value\n"
                + "unit;X\n"
                + "num_projects;1\n"
                + "num_votes;0\n"
                + "budget;1000.0\n"
                + "vote_type;approval\n"
                + "PROJECTS\n");
  }

  @Test
  void refusesWhatCannotBeReadBack() {
    BudgetProfile none = BudgetProfile.of(VoteType.APPROVAL, List.of());
    assertThatThrownBy(() -> Pabulib.write(file(ImmutableMap.of("", "x"), List.of(), none)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("META key must not be empty");
    assertThatThrownBy(
            () ->
                Pabulib.write(
                    file(
                        ImmutableMap.of(),
                        List.of(project("1", "1", ImmutableMap.of("cost", "2"))),
                        none)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attribute 'cost' of project 1 is a column of its own");
    BudgetProject listed =
        BudgetProject.builder()
            .id(ProjectId.of("1"))
            .cost(BigDecimal.ONE)
            .addCategory("a,b")
            .build();
    assertThatThrownBy(() -> Pabulib.write(file(ImmutableMap.of(), List.of(listed), none)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("category of project 1 must not contain a comma: 'a,b'");
    BudgetProject comma = project("1,2", "1", ImmutableMap.of());
    assertThatThrownBy(
            () ->
                Pabulib.write(
                    file(
                        ImmutableMap.of(),
                        List.of(comma),
                        BudgetProfile.of(
                            VoteType.APPROVAL,
                            List.of(ballot("v", List.of("1,2"), ImmutableMap.of()))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("project id named in a vote must not contain a comma: '1,2'");
    assertThatThrownBy(
            () ->
                Pabulib.write(
                    file(
                        ImmutableMap.of(),
                        List.of(),
                        BudgetProfile.of(
                            VoteType.APPROVAL,
                            List.of(ballot("v", List.of("9"), ImmutableMap.of()))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ballot of voter v names project 9, which is not in the instance");
    assertThatThrownBy(
            () ->
                Pabulib.write(
                    file(
                        ImmutableMap.of(),
                        List.of(),
                        BudgetProfile.of(
                            VoteType.APPROVAL, List.of(ballot("", List.of(), ImmutableMap.of()))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("voter id must not be empty");
    assertThatThrownBy(
            () ->
                Pabulib.write(
                    file(
                        ImmutableMap.of(),
                        List.of(),
                        BudgetProfile.of(
                            VoteType.APPROVAL,
                            List.of(ballot("v", List.of(), ImmutableMap.of("vote", "x")))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attribute 'vote' of voter v is a column of its own");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> Pabulib.write(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Pabulib.read(null)).isInstanceOf(NullPointerException.class);
  }
}
