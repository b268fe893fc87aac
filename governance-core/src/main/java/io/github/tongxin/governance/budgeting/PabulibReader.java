package io.github.tongxin.governance.budgeting;

import static io.github.tongxin.governance.budgeting.PabulibProblem.error;
import static io.github.tongxin.governance.budgeting.PabulibProblem.warning;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@code .pb} text (see {@link Pabulib#read}). One instance per text; not thread-safe.
 */
final class PabulibReader {
  /** META keys that the model holds in typed form; not kept in {@link BudgetInstance#meta()}. */
  static final ImmutableSet<String> DERIVED_META =
      ImmutableSet.of("num_projects", "num_votes", "budget", "vote_type");

  /** The checker's mandatory META keys other than {@code budget} and {@code vote_type}. */
  private static final ImmutableList<String> OTHER_MANDATORY_META =
      ImmutableList.of(
          "description",
          "country",
          "unit",
          "instance",
          "num_projects",
          "num_votes",
          "rule",
          "date_begin",
          "date_end");

  private static final ImmutableList<String> INTEGER_META =
      ImmutableList.of("min_length", "max_length");
  private static final ImmutableList<String> DECIMAL_META =
      ImmutableList.of(
          "min_points", "max_points", "min_sum_points", "max_sum_points", "default_score");
  private static final ImmutableList<String> AMOUNT_META =
      ImmutableList.of("min_sum_cost", "max_sum_cost");

  /** The most distinct ballot attribute maps shared; see {@link #ballotAttributes}. */
  private static final int SHARED_ATTRIBUTES = 4096;

  private enum Section {
    META,
    PROJECTS,
    VOTES
  }

  private final String text;
  private final int length;
  private int pos;
  private int line = 1;
  private int nextLf = -1;
  private int nextCr = -1;
  private int nextSemicolon = -1;

  private final List<PabulibProblem> problems = new ArrayList<>();
  private boolean failed;

  private @Nullable Section section;
  private boolean expectHeader;
  private final int[] markerLines = new int[3];
  private boolean rowOutsideReported;

  // META
  private final LinkedHashMap<String, String> metaValues = new LinkedHashMap<>();
  private final Map<String, Integer> metaLines = new HashMap<>();
  private boolean metaFinished;
  private @Nullable BigDecimal budget;
  private @Nullable VoteType voteType;
  private @Nullable BigInteger numProjects;
  private @Nullable BigInteger numVotes;
  private int minLength = -1;
  private int maxLength = -1;
  private @Nullable BigDecimal minPoints;
  private @Nullable BigDecimal maxPoints;
  private @Nullable BigDecimal minSumPoints;
  private @Nullable BigDecimal maxSumPoints;

  // PROJECTS
  private @Nullable Header projectsHeader;
  private int projectRows;
  private final Map<String, ProjectRef> refs = new HashMap<>();
  private final List<BudgetProject> projects = new ArrayList<>();

  // VOTES
  private @Nullable Header votesHeader;
  private int voteRows;
  private final Map<String, Integer> voterLines = new HashMap<>();
  private final List<BudgetBallot> ballots = new ArrayList<>();
  private final Map<List<String>, ImmutableMap<String, String>> sharedAttributes = new HashMap<>();

  private PabulibReader(String text) {
    this.text = text;
    this.length = text.length();
    this.pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
  }

  static PabulibReading read(String text) {
    return new PabulibReader(text).run();
  }

  // ---------------------------------------------------------------------------------------------
  // Driver

  private PabulibReading run() {
    Row row = new Row();
    while (nextRow(row)) {
      if (row.blank) {
        if (!row.lastLine) {
          warn(row.line, PabulibCode.EMPTY_LINE, "empty line");
        }
        continue;
      }
      Section marker = sectionMarker(row);
      if (marker != null) {
        enterSection(marker, row);
        continue;
      }
      if (section == null) {
        if (!rowOutsideReported) {
          fail(
              row.line,
              PabulibCode.ROW_OUTSIDE_SECTION,
              "row before the first section line: " + describe(row));
          rowOutsideReported = true;
        }
        continue;
      }
      switch (section) {
        case META -> metaRow(row);
        case PROJECTS -> projectRow(row);
        case VOTES -> voteRow(row);
      }
    }
    int lastLine = lastLine();
    if (section != null && expectHeader) {
      fail(lastLine, PabulibCode.BAD_HEADER, section.name() + " section has no header row");
    }
    finishMeta();
    for (Section s : Section.values()) {
      if (markerLines[s.ordinal()] == 0) {
        fail(lastLine, PabulibCode.MISSING_SECTION, "no " + s.name() + " section");
      }
    }
    finalChecks();
    problems.sort(Comparator.comparingInt(PabulibProblem::line));
    if (failed) {
      return new PabulibReading.Failed(ImmutableList.copyOf(problems));
    }
    ImmutableMap.Builder<String, String> meta = ImmutableMap.builder();
    metaValues.forEach(
        (key, value) -> {
          if (!DERIVED_META.contains(key)) {
            meta.put(key, value);
          }
        });
    BudgetInstance instance = BudgetInstance.of(nonNull(budget), projects, meta.buildOrThrow());
    BudgetProfile profile = BudgetProfile.of(nonNull(voteType), ballots);
    return new PabulibReading.Read(
        new PabulibFile(instance, profile), ImmutableList.copyOf(problems));
  }

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new AssertionError("read without errors but a mandatory value is missing");
    }
    return value;
  }

  private int lastLine() {
    boolean endsWithBreak =
        length > 0 && (text.charAt(length - 1) == '\n' || text.charAt(length - 1) == '\r');
    return Math.max(1, endsWithBreak ? line - 1 : line);
  }

  private void fail(int at, PabulibCode code, String message) {
    problems.add(error(at, code, message));
    failed = true;
  }

  private void warn(int at, PabulibCode code, String message) {
    problems.add(warning(at, code, message));
  }

  // ---------------------------------------------------------------------------------------------
  // Sections and headers

  private static @Nullable Section sectionMarker(Row row) {
    if (row.quoted(0)) {
      return null;
    }
    for (int i = 1; i < row.size(); i++) {
      if (row.quoted(i) || !row.cell(i).isBlank()) {
        return null;
      }
    }
    String name = row.cell(0).strip().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "meta" -> Section.META;
      case "projects" -> Section.PROJECTS;
      case "votes" -> Section.VOTES;
      default -> null;
    };
  }

  private void enterSection(Section next, Row row) {
    String raw = row.cell(0);
    if (!raw.strip().equals(raw)) {
      warn(
          row.line,
          PabulibCode.WHITESPACE,
          "section line '" + raw + "' has leading or trailing whitespace");
    }
    if (section != null && expectHeader) {
      fail(row.line, PabulibCode.BAD_HEADER, section.name() + " section has no header row");
    }
    if (markerLines[next.ordinal()] != 0) {
      fail(
          row.line,
          PabulibCode.SECTION_ORDER,
          next.name()
              + " section appears again (first on line "
              + markerLines[next.ordinal()]
              + ")");
    } else {
      for (Section later : Section.values()) {
        if (later.ordinal() > next.ordinal() && markerLines[later.ordinal()] != 0) {
          fail(
              row.line,
              PabulibCode.SECTION_ORDER,
              next.name()
                  + " section after the "
                  + later.name()
                  + " section (line "
                  + markerLines[later.ordinal()]
                  + "); the order is META, PROJECTS, VOTES");
          break;
        }
      }
      markerLines[next.ordinal()] = row.line;
    }
    if (next != Section.META && markerLines[Section.META.ordinal()] != 0) {
      finishMeta();
    }
    section = next;
    expectHeader = true;
  }

  private void metaRow(Row row) {
    if (expectHeader) {
      expectHeader = false;
      boolean isHeader =
          row.size() == 2
              && row.cell(0).strip().equalsIgnoreCase("key")
              && row.cell(1).strip().equalsIgnoreCase("value");
      if (isHeader) {
        return;
      }
      fail(row.line, PabulibCode.BAD_HEADER, "META header must be 'key;value': " + describe(row));
      // no header: read the row as an entry
    }
    String key = value(row, 0, "META key", null, null);
    if (key == null || key.isEmpty()) {
      fail(row.line, PabulibCode.INVALID_VALUE, "META row without a key: " + describe(row));
      return;
    }
    if (row.size() > 2) {
      warn(
          row.line,
          PabulibCode.ROW_LENGTH,
          "META row for '" + key + "' has " + row.size() + " cells; only the first value is used");
    }
    String value = row.size() > 1 ? value(row, 1, "value", "META key", key) : null;
    Integer first = metaLines.putIfAbsent(key, row.line);
    if (first != null) {
      fail(
          row.line,
          PabulibCode.DUPLICATE_META_KEY,
          "META key '" + key + "' already given on line " + first);
      return;
    }
    if (value != null) {
      metaValues.put(key, value);
    }
  }

  private Header header(Row row, Section of) {
    expectHeader = false;
    String[] names = new String[row.size()];
    boolean ok = true;
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < row.size(); i++) {
      String name = value(row, i, "column name", of.name(), "header");
      if (name == null || name.isEmpty()) {
        fail(
            row.line,
            PabulibCode.BAD_HEADER,
            of.name() + " header column " + (i + 1) + " has no name");
        ok = false;
        names[i] = "";
        continue;
      }
      Integer previous = seen.putIfAbsent(name, i);
      if (previous != null) {
        fail(
            row.line,
            PabulibCode.BAD_HEADER,
            of.name()
                + " header names column '"
                + name
                + "' twice (columns "
                + (previous + 1)
                + " and "
                + (i + 1)
                + ")");
        ok = false;
      }
      names[i] = name;
    }
    return new Header(row.line, names, seen, ok);
  }

  private int required(Header header, String column, Section of) {
    Integer index = header.index.get(column);
    if (index == null) {
      fail(
          header.line,
          PabulibCode.MISSING_COLUMN,
          of.name() + " header has no '" + column + "' column");
      header.ok = false;
      return -1;
    }
    return index;
  }

  private void firstColumn(Header header, int index, String column, Section of) {
    if (index > 0) {
      warn(
          header.line,
          PabulibCode.COLUMN_ORDER,
          of.name() + " column '" + column + "' is column " + (index + 1) + ", not the first");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // META

  private void finishMeta() {
    if (metaFinished) {
      return;
    }
    metaFinished = true;
    int metaLine = markerLines[Section.META.ordinal()];
    if (metaLine == 0) {
      return; // MISSING_SECTION says it all
    }
    String budgetText = metaValues.get("budget");
    if (budgetText == null) {
      fail(metaLine(metaLine, "budget"), PabulibCode.MISSING_META, "META has no budget");
    } else {
      budget = amount(budgetText, metaLine(metaLine, "budget"), "budget");
    }
    String typeText = metaValues.get("vote_type");
    if (typeText == null) {
      fail(metaLine(metaLine, "vote_type"), PabulibCode.MISSING_META, "META has no vote_type");
    } else {
      int at = metaLines.get("vote_type");
      voteType = VoteType.fromToken(typeText).orElse(null);
      if (voteType == null) {
        fail(
            at,
            PabulibCode.UNKNOWN_VOTE_TYPE,
            "vote_type '"
                + typeText
                + "' is none of approval, choose-1, cumulative, ordinal, scoring");
      } else if (!voteType.token().equals(typeText)) {
        warn(
            at,
            PabulibCode.INVALID_VALUE,
            "vote_type '" + typeText + "' should be written '" + voteType.token() + "'");
      }
    }
    for (String key : OTHER_MANDATORY_META) {
      if (!metaValues.containsKey(key)) {
        warn(metaLine(metaLine, key), PabulibCode.MISSING_META, "META has no " + key);
      }
    }
    numProjects = count("num_projects");
    numVotes = count("num_votes");
    for (String key : INTEGER_META) {
      BigInteger value = count(key);
      if (value != null) {
        int saturated = value.bitLength() < 31 ? value.intValue() : Integer.MAX_VALUE;
        if (key.equals("min_length")) {
          minLength = saturated;
        } else {
          maxLength = saturated;
        }
      }
    }
    for (String key : DECIMAL_META) {
      String raw = metaValues.get(key);
      if (raw == null) {
        continue;
      }
      BigDecimal value = decimal(raw);
      if (value == null) {
        fail(
            metaLines.get(key), PabulibCode.INVALID_NUMBER, key + " '" + raw + "' is not a number");
        continue;
      }
      switch (key) {
        case "min_points" -> minPoints = value;
        case "max_points" -> maxPoints = value;
        case "min_sum_points" -> minSumPoints = value;
        case "max_sum_points" -> maxSumPoints = value;
        default -> {
          // default_score: only validated
        }
      }
    }
    for (String key : AMOUNT_META) {
      String raw = metaValues.get(key);
      if (raw != null) {
        amount(raw, metaLines.get(key), key);
      }
    }
    if (voteType == VoteType.CUMULATIVE) {
      if (maxSumPoints == null && !metaValues.containsKey("max_sum_points")) {
        warn(
            metaLine(metaLine, "max_sum_points"),
            PabulibCode.MISSING_META,
            "META of cumulative ballots has no max_sum_points");
      }
      if (minPoints == null) {
        minPoints = BigDecimal.ZERO;
      }
      if (maxPoints == null) {
        maxPoints = maxSumPoints;
      }
      if (minSumPoints == null) {
        minSumPoints = BigDecimal.ZERO;
      }
    }
  }

  /** The line of a META key, or of the META section line if the key is absent. */
  private int metaLine(int metaLine, String key) {
    Integer at = metaLines.get(key);
    return at != null ? at : metaLine;
  }

  private @Nullable BigInteger count(String key) {
    String raw = metaValues.get(key);
    if (raw == null) {
      return null;
    }
    if (!isDigits(raw, 0)) {
      fail(
          metaLines.get(key),
          PabulibCode.INVALID_NUMBER,
          key + " '" + raw + "' is not a whole number");
      return null;
    }
    return new BigInteger(raw);
  }

  /**
   * A budget or cost: exact decimal, comma accepted as decimal separator with a warning (as
   * pabutools replaces every comma by a point), not negative.
   */
  private @Nullable BigDecimal amount(String raw, int at, String what) {
    String text = raw;
    if (raw.indexOf(',') >= 0) {
      warn(
          at,
          PabulibCode.COMMA_IN_FLOAT,
          what + " '" + raw + "' uses a comma as decimal separator");
      text = raw.replace(',', '.');
    }
    BigDecimal value = decimal(text);
    if (value == null) {
      fail(at, PabulibCode.INVALID_NUMBER, what + " '" + raw + "' is not a number");
      return null;
    }
    if (value.signum() < 0) {
      fail(at, PabulibCode.NEGATIVE_NUMBER, what + " '" + raw + "' is negative");
      return null;
    }
    return value;
  }

  // ---------------------------------------------------------------------------------------------
  // PROJECTS

  private void projectRow(Row row) {
    if (expectHeader) {
      Header header = header(row, Section.PROJECTS);
      header.idIndex = required(header, "project_id", Section.PROJECTS);
      header.costIndex = required(header, "cost", Section.PROJECTS);
      firstColumn(header, header.idIndex, "project_id", Section.PROJECTS);
      header.categoryIndex = header.index.getOrDefault("category", -1);
      Integer beneficiaries = header.index.get("beneficiaries");
      Integer target = header.index.get("target");
      if (beneficiaries != null && target != null) {
        fail(
            row.line,
            PabulibCode.BAD_HEADER,
            "PROJECTS header has both 'target' and 'beneficiaries'");
        header.ok = false;
      } else if (target != null) {
        warn(
            row.line,
            PabulibCode.OLD_TARGET_COLUMN,
            "PROJECTS column 'target' is the old name of 'beneficiaries'");
        header.beneficiariesIndex = target;
      } else if (beneficiaries != null) {
        header.beneficiariesIndex = beneficiaries;
      }
      projectsHeader = header;
      return;
    }
    projectRows++;
    Header header = projectsHeader;
    if (header == null || !header.ok) {
      return;
    }
    rowLength(row, header, Section.PROJECTS);
    String idText = value(row, header.idIndex, "project_id", null, null);
    if (idText == null || idText.isEmpty()) {
      fail(
          row.line,
          PabulibCode.MISSING_VALUE,
          "project row without a project_id: " + describe(row));
      return;
    }
    if (idText.indexOf('\n') >= 0 || idText.indexOf('\r') >= 0) {
      fail(
          row.line, PabulibCode.INVALID_VALUE, "project_id '" + idText + "' contains a line break");
      return;
    }
    ProjectRef first = refs.get(idText);
    if (first != null) {
      fail(
          row.line,
          PabulibCode.DUPLICATE_PROJECT,
          "project_id '" + idText + "' already given on line " + first.line);
      return;
    }
    ProjectId id = ProjectId.of(idText);
    refs.put(idText, new ProjectRef(id, row.line));
    String costText = value(row, header.costIndex, "cost", "project", idText);
    BigDecimal cost = null;
    if (costText == null) {
      fail(row.line, PabulibCode.MISSING_VALUE, "project " + idText + " has no cost");
    } else {
      cost = amount(costText, row.line, "cost of project " + idText);
      if (cost != null && cost.signum() == 0) {
        warn(
            row.line,
            PabulibCode.COST_ZERO,
            "project " + idText + " costs nothing (" + costText + ")");
      }
    }
    List<String> categories = list(row, header.categoryIndex, "category", "project", idText);
    List<String> beneficiaries =
        list(row, header.beneficiariesIndex, "beneficiaries", "project", idText);
    ImmutableMap.Builder<String, String> attributes = ImmutableMap.builder();
    for (int i = 0; i < header.names.length; i++) {
      if (i == header.idIndex
          || i == header.costIndex
          || i == header.categoryIndex
          || i == header.beneficiariesIndex) {
        continue;
      }
      String name = header.names[i];
      String value = value(row, i, name, "project", idText);
      if (value != null) {
        attributes.put(name, value);
      }
    }
    if (cost == null || failed) {
      return;
    }
    projects.add(
        BudgetProject.builder()
            .id(id)
            .cost(cost)
            .addAllCategories(categories)
            .addAllBeneficiaries(beneficiaries)
            .putAllAttributes(attributes.buildOrThrow())
            .build());
  }

  // ---------------------------------------------------------------------------------------------
  // VOTES

  private void voteRow(Row row) {
    if (expectHeader) {
      Header header = header(row, Section.VOTES);
      header.idIndex = required(header, "voter_id", Section.VOTES);
      header.voteIndex = required(header, "vote", Section.VOTES);
      firstColumn(header, header.idIndex, "voter_id", Section.VOTES);
      if (voteType != null && voteType.hasPoints()) {
        header.pointsIndex = required(header, "points", Section.VOTES);
      }
      votesHeader = header;
      return;
    }
    voteRows++;
    Header header = votesHeader;
    VoteType type = voteType;
    Header projectHeader = projectsHeader;
    if (header == null
        || !header.ok
        || type == null
        || projectHeader == null
        || !projectHeader.ok) {
      return; // already an error; reading the ballots would only repeat it
    }
    rowLength(row, header, Section.VOTES);
    String voter = value(row, header.idIndex, "voter_id", null, null);
    if (voter == null || voter.isEmpty()) {
      fail(row.line, PabulibCode.MISSING_VALUE, "vote row without a voter_id: " + describe(row));
      return;
    }
    Integer firstLine = voterLines.putIfAbsent(voter, row.line);
    if (firstLine != null) {
      warn(
          row.line,
          PabulibCode.DUPLICATE_VOTER,
          "voter_id '"
              + voter
              + "' already given on line "
              + firstLine
              + "; both ballots are read");
    }
    List<String> items = list(row, header.voteIndex, "vote", "voter", voter);
    List<ProjectRef> named = new ArrayList<>(items.size());
    boolean rowOk = true;
    for (String item : items) {
      ProjectRef ref = refs.get(item);
      if (ref == null) {
        fail(
            row.line,
            PabulibCode.UNKNOWN_PROJECT_IN_VOTE,
            "vote of voter " + voter + " names project '" + item + "', which is not in PROJECTS");
        rowOk = false;
      }
      named.add(ref);
    }
    List<BigDecimal> points = List.of();
    if (type.hasPoints()) {
      List<String> pointTexts = list(row, header.pointsIndex, "points", "voter", voter);
      if (pointTexts.size() != named.size()) {
        fail(
            row.line,
            PabulibCode.POINTS_MISMATCH,
            "voter "
                + voter
                + " names "
                + named.size()
                + " projects but gives "
                + pointTexts.size()
                + " points");
        rowOk = false;
      } else {
        points = new ArrayList<>(pointTexts.size());
        for (String pointText : pointTexts) {
          BigDecimal point = decimal(pointText);
          if (point == null) {
            fail(
                row.line,
                PabulibCode.INVALID_NUMBER,
                "point '" + pointText + "' of voter " + voter + " is not a number");
            rowOk = false;
          }
          points.add(point);
        }
      }
    }
    if (!rowOk) {
      return;
    }
    // repeated projects
    for (int i = 1; i < named.size(); i++) {
      ProjectRef ref = named.get(i);
      boolean repeated = false;
      for (int j = 0; j < i && !repeated; j++) {
        repeated = named.get(j) == ref;
      }
      if (!repeated) {
        continue;
      }
      if (!type.isApproval()) {
        fail(
            row.line,
            PabulibCode.PROJECT_TWICE_IN_VOTE,
            "vote of voter " + voter + " names project " + ref.id + " twice");
        return;
      }
      warn(
          row.line,
          PabulibCode.PROJECT_TWICE_IN_VOTE,
          "vote of voter " + voter + " names project " + ref.id + " twice; read once");
      named.remove(i);
      i--;
    }
    checkLength(row.line, voter, named.size(), type);
    if (type.hasPoints()) {
      checkPoints(row.line, voter, points);
    }
    String[] values = new String[header.names.length];
    for (int i = 0; i < header.names.length; i++) {
      if (i != header.idIndex && i != header.voteIndex && i != header.pointsIndex) {
        values[i] = value(row, i, header.names[i], "voter", voter);
      }
    }
    ImmutableMap<String, String> attributes = ballotAttributes(header, values);
    ImmutableList.Builder<ProjectId> projectIds =
        ImmutableList.builderWithExpectedSize(named.size());
    for (int i = 0; i < named.size(); i++) {
      ProjectRef ref = named.get(i);
      ref.named++;
      if (type.hasPoints()) {
        ref.points = ref.points.add(points.get(i));
      }
      projectIds.add(ref.id);
    }
    if (failed) {
      return;
    }
    ballots.add(
        new BudgetBallot(voter, projectIds.build(), ImmutableList.copyOf(points), attributes));
  }

  /**
   * The attributes of a ballot. Voters share few combinations of age, sex, voting method...: equal
   * maps are built once (up to {@link #SHARED_ATTRIBUTES} of them), which keeps a profile of 90,000
   * ballots small.
   */
  private ImmutableMap<String, String> ballotAttributes(Header header, String[] values) {
    List<String> key = Arrays.asList(values);
    ImmutableMap<String, String> shared = sharedAttributes.get(key);
    if (shared != null) {
      return shared;
    }
    ImmutableMap.Builder<String, String> attributes = ImmutableMap.builder();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        attributes.put(header.names[i], values[i]);
      }
    }
    ImmutableMap<String, String> built = attributes.buildOrThrow();
    if (sharedAttributes.size() < SHARED_ATTRIBUTES) {
      sharedAttributes.put(key, built);
    }
    return built;
  }

  private void checkLength(int at, String voter, int size, VoteType type) {
    int max = maxLength >= 0 ? maxLength : (type == VoteType.CHOOSE_ONE ? 1 : -1);
    if (minLength >= 0 && size < minLength) {
      warn(
          at,
          PabulibCode.VOTE_TOO_SHORT,
          "vote of voter " + voter + " names " + size + " projects, below min_length " + minLength);
    }
    if (max >= 0 && size > max) {
      warn(
          at,
          PabulibCode.VOTE_TOO_LONG,
          "vote of voter "
              + voter
              + " names "
              + size
              + " projects, "
              + (maxLength >= 0 ? "above max_length " + max : "but a choose-1 vote names one"));
    }
  }

  private void checkPoints(int at, String voter, List<BigDecimal> points) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal low = minPoints;
    BigDecimal high = maxPoints;
    for (BigDecimal point : points) {
      sum = sum.add(point);
      if (low != null && point.compareTo(low) < 0) {
        warn(
            at,
            PabulibCode.POINTS_OUT_OF_RANGE,
            "voter "
                + voter
                + " gives "
                + point.toPlainString()
                + " points, below min_points "
                + low.toPlainString());
      }
      if (high != null && point.compareTo(high) > 0) {
        warn(
            at,
            PabulibCode.POINTS_OUT_OF_RANGE,
            "voter "
                + voter
                + " gives "
                + point.toPlainString()
                + " points, above max_points "
                + high.toPlainString());
      }
    }
    if (minSumPoints != null && sum.compareTo(minSumPoints) < 0) {
      warn(
          at,
          PabulibCode.POINTS_OUT_OF_RANGE,
          "voter "
              + voter
              + " gives "
              + sum.toPlainString()
              + " points in all, below min_sum_points "
              + minSumPoints.toPlainString());
    }
    if (maxSumPoints != null && sum.compareTo(maxSumPoints) > 0) {
      warn(
          at,
          PabulibCode.POINTS_OUT_OF_RANGE,
          "voter "
              + voter
              + " gives "
              + sum.toPlainString()
              + " points in all, above max_sum_points "
              + maxSumPoints.toPlainString());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Checks over the whole file

  private void finalChecks() {
    int projectsLine = markerLines[Section.PROJECTS.ordinal()];
    int votesLine = markerLines[Section.VOTES.ordinal()];
    if (numProjects != null
        && projectsLine != 0
        && !numProjects.equals(BigInteger.valueOf(projectRows))) {
      fail(
          metaLines.get("num_projects"),
          PabulibCode.COUNT_MISMATCH,
          "num_projects is " + numProjects + " but PROJECTS has " + projectRows + " rows");
    }
    if (numVotes != null && votesLine != 0 && !numVotes.equals(BigInteger.valueOf(voteRows))) {
      fail(
          metaLines.get("num_votes"),
          PabulibCode.COUNT_MISMATCH,
          "num_votes is " + numVotes + " but VOTES has " + voteRows + " rows");
    }
    Header header = projectsHeader;
    if (header == null || !header.ok) {
      return;
    }
    BigDecimal limit = budget;
    if (limit != null) {
      budgetChecks(limit);
    }
    VoteType type = voteType;
    Header votes = votesHeader;
    if (type == null || votes == null || !votes.ok || failed) {
      return; // counts over the ballots mean something only when every ballot was read
    }
    for (BudgetProject project : projects) {
      ProjectRef ref = refs.get(project.id().value());
      int at = ref.line;
      String votesText = project.attributes().get("votes");
      if (votesText != null) {
        int count = ref.named;
        if (!isDigits(votesText, 0)) {
          warn(
              at,
              PabulibCode.INVALID_VALUE,
              "votes '" + votesText + "' of project " + project.id() + " is not a whole number");
        } else if (!new BigInteger(votesText).equals(BigInteger.valueOf(count))) {
          warn(
              at,
              PabulibCode.VOTES_MISMATCH,
              "project "
                  + project.id()
                  + " has votes "
                  + votesText
                  + ", the ballots count "
                  + count);
        }
      }
      String scoreText = project.attributes().get("score");
      if (scoreText != null && type.hasPoints()) {
        BigDecimal score = decimal(scoreText);
        BigDecimal counted = ref.points;
        if (score == null) {
          warn(
              at,
              PabulibCode.INVALID_VALUE,
              "score '" + scoreText + "' of project " + project.id() + " is not a number");
        } else if (score.compareTo(counted) != 0) {
          warn(
              at,
              PabulibCode.VOTES_MISMATCH,
              "project "
                  + project.id()
                  + " has score "
                  + scoreText
                  + " but the ballots give it "
                  + counted.toPlainString()
                  + " points");
        }
      }
    }
  }

  private void budgetChecks(BigDecimal limit) {
    int budgetLine = metaLines.get("budget");
    BigDecimal selectedCost = BigDecimal.ZERO;
    List<BudgetProject> notSelected = new ArrayList<>();
    for (BudgetProject project : projects) {
      int at = refs.get(project.id().value()).line;
      if (project.cost().compareTo(limit) > 0) {
        warn(
            at,
            PabulibCode.COST_ABOVE_BUDGET,
            "project "
                + project.id()
                + " costs "
                + project.cost().toPlainString()
                + ", more than the whole budget "
                + limit.toPlainString());
      }
      String selected = project.attributes().get("selected");
      if (selected == null) {
        continue;
      }
      switch (selected) {
        case "1" -> selectedCost = selectedCost.add(project.cost());
        case "0" -> notSelected.add(project);
        case "2", "3" -> {
          // special cases explained in the comment
        }
        default ->
            warn(
                at,
                PabulibCode.INVALID_VALUE,
                "selected '"
                    + selected
                    + "' of project "
                    + project.id()
                    + " is none of 0, 1, 2, 3");
      }
    }
    if (selectedCost.compareTo(limit) > 0) {
      warn(
          budgetLine,
          PabulibCode.SELECTED_OVER_BUDGET,
          "the selected projects cost "
              + selectedCost.toPlainString()
              + ", more than the budget "
              + limit.toPlainString());
    }
    if ("greedy".equals(metaValues.get("rule"))) {
      BigDecimal left = limit.subtract(selectedCost);
      for (BudgetProject project : notSelected) {
        if (project.cost().compareTo(left) <= 0) {
          warn(
              refs.get(project.id().value()).line,
              PabulibCode.UNUSED_BUDGET,
              "project "
                  + project.id()
                  + " costs "
                  + project.cost().toPlainString()
                  + " and is not selected, but the greedy rule leaves "
                  + left.toPlainString()
                  + " unspent");
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Cells

  private void rowLength(Row row, Header header, Section of) {
    if (row.size() != header.names.length) {
      warn(
          row.line,
          PabulibCode.ROW_LENGTH,
          of.name()
              + " row has "
              + row.size()
              + " cells but the header has "
              + header.names.length
              + (row.size() > header.names.length
                  ? "; the extra cells are ignored"
                  : "; the missing ones are read as missing"));
    }
  }

  /** "cost of project 12", built only when a problem is reported. */
  private static String label(String what, @Nullable String kind, @Nullable String id) {
    return kind == null ? what : what + " of " + kind + " " + id;
  }

  private static boolean padded(String text) {
    return !text.isEmpty()
        && (Character.isWhitespace(text.charAt(0))
            || Character.isWhitespace(text.charAt(text.length() - 1)));
  }

  /**
   * The value of a cell, or null if it is missing: absent, empty or {@code None} without quotes. An
   * unquoted cell loses its surrounding whitespace; a quoted one keeps it. Both are reported.
   * {@code what}, {@code kind} and {@code id} name the cell in a message.
   */
  private @Nullable String value(
      Row row, int index, String what, @Nullable String kind, @Nullable String id) {
    if (index < 0 || index >= row.size()) {
      return null;
    }
    String raw = row.cell(index);
    boolean padded = padded(raw);
    if (padded) {
      warn(
          row.line,
          PabulibCode.WHITESPACE,
          label(what, kind, id) + " '" + raw + "' has leading or trailing whitespace");
    }
    if (row.quoted(index)) {
      return raw;
    }
    String value = padded ? raw.strip() : raw;
    if (value.isEmpty() || (value.length() == 4 && value.equalsIgnoreCase("none"))) {
      return null;
    }
    return value;
  }

  /** A comma list; items lose their surrounding whitespace, empty items are dropped. */
  private List<String> list(Row row, int index, String what, String kind, String id) {
    String value = value(row, index, what, kind, id);
    if (value == null) {
      return List.of();
    }
    int comma = value.indexOf(',');
    if (comma < 0 && !value.isEmpty() && !padded(value)) {
      return List.of(value);
    }
    List<String> items = new ArrayList<>();
    int start = 0;
    while (true) {
      comma = value.indexOf(',', start);
      int end = comma < 0 ? value.length() : comma;
      String item = value.substring(start, end);
      if (padded(item)) {
        warn(
            row.line,
            PabulibCode.WHITESPACE,
            label(what, kind, id) + " has item '" + item + "' with leading or trailing whitespace");
        item = item.strip();
      }
      if (item.isEmpty()) {
        warn(
            row.line,
            PabulibCode.EMPTY_LIST_ITEM,
            label(what, kind, id) + " '" + value + "' has an empty item");
      } else {
        items.add(item);
      }
      if (comma < 0) {
        return items;
      }
      start = comma + 1;
    }
  }

  private static String describe(Row row) {
    StringBuilder text = new StringBuilder("'");
    for (int i = 0; i < row.size() && text.length() < 80; i++) {
      if (i > 0) {
        text.append(';');
      }
      text.append(row.cell(i));
    }
    if (text.length() > 80) {
      text.setLength(77);
      text.append("...");
    }
    return text.append('\'').toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers

  private static boolean isDigits(String text, int from) {
    if (from >= text.length()) {
      return false;
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** An exact decimal {@code [+-]digits[.digits]}, scale as written, or null. */
  static @Nullable BigDecimal decimal(String text) {
    int from = 0;
    if (!text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
      from = 1;
    }
    int point = text.indexOf('.', from);
    boolean ok =
        point < 0
            ? isDigits(text, from)
            : isDigits(text.substring(from, point), 0) && isDigits(text, point + 1);
    return ok ? new BigDecimal(text) : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Lexer: rows of ';' cells with CSV quoting, over '\n', "\r\n" or '\r' line ends

  private boolean nextRow(Row row) {
    if (pos >= length) {
      return false;
    }
    row.reset(line);
    int p = pos;
    char c = text.charAt(p);
    if (c != '\n' && c != '\r' && !Character.isWhitespace(c)) {
      return cells(row);
    }
    while (p < length) {
      c = text.charAt(p);
      if (c == '\n' || c == '\r' || !Character.isWhitespace(c)) {
        break;
      }
      p++;
    }
    if (p >= length || c == '\n' || c == '\r') {
      row.blank = true;
      row.lastLine = p >= length;
      pos = p;
      endLine();
      return true;
    }
    return cells(row);
  }

  private boolean cells(Row row) {
    while (true) {
      if (pos < length && text.charAt(pos) == '"') {
        quotedCell(row);
      } else {
        // String.indexOf is an intrinsic, far faster than a loop over charAt even before the JIT
        // has compiled this method; the next ';', '\n' and '\r' are remembered, so that every
        // character is searched once (linear time even without any ';')
        int end = lineEnd();
        if (nextSemicolon < pos) {
          nextSemicolon = text.indexOf(';', pos);
          if (nextSemicolon < 0) {
            nextSemicolon = length;
          }
        }
        end = Math.min(end, nextSemicolon);
        row.add(text.substring(pos, end), false);
        pos = end;
      }
      if (pos < length && text.charAt(pos) == ';') {
        pos++;
        continue;
      }
      endLine();
      return true;
    }
  }

  /** The index of the next {@code \n} or {@code \r} at or after {@code pos}, or the length. */
  private int lineEnd() {
    if (nextLf < pos) {
      nextLf = text.indexOf('\n', pos);
      if (nextLf < 0) {
        nextLf = length;
      }
    }
    if (nextCr < pos) {
      nextCr = text.indexOf('\r', pos);
      if (nextCr < 0) {
        nextCr = length;
      }
    }
    return Math.min(nextLf, nextCr);
  }

  private void quotedCell(Row row) {
    int cellLine = line;
    StringBuilder value = new StringBuilder();
    pos++; // opening quote
    while (true) {
      int quote = text.indexOf('"', pos);
      if (quote < 0) {
        countBreaks(pos, length);
        value.append(text, pos, length);
        pos = length;
        fail(cellLine, PabulibCode.QUOTING, "quoted cell is never closed");
        row.add(value.toString(), true);
        return;
      }
      countBreaks(pos, quote);
      value.append(text, pos, quote);
      if (quote + 1 < length && text.charAt(quote + 1) == '"') {
        value.append('"');
        pos = quote + 2;
      } else {
        pos = quote + 1;
        break;
      }
    }
    int start = pos;
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == ';' || c == '\n' || c == '\r') {
        break;
      }
      pos++;
    }
    if (pos > start) {
      warn(
          line,
          PabulibCode.QUOTING,
          "text '" + text.substring(start, pos) + "' after the closing quote of \"" + value + "\"");
      value.append(text, start, pos);
    }
    row.add(value.toString(), true);
  }

  private void countBreaks(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
  }

  private void endLine() {
    if (pos < length) {
      char c = text.charAt(pos);
      if (c == '\r') {
        pos++;
        if (pos < length && text.charAt(pos) == '\n') {
          pos++;
        }
        line++;
      } else if (c == '\n') {
        pos++;
        line++;
      }
    }
  }

  /** A project row as votes refer to it: its id, line and what the ballots give it. */
  private static final class ProjectRef {
    final ProjectId id;
    final int line;
    int named;
    BigDecimal points = BigDecimal.ZERO;

    ProjectRef(ProjectId id, int line) {
      this.id = id;
      this.line = line;
    }
  }

  /** One row of cells, reused from row to row. */
  private static final class Row {
    int line;
    boolean blank;
    boolean lastLine;
    private final List<String> cells = new ArrayList<>();
    private boolean[] quoted = new boolean[16];

    void reset(int at) {
      line = at;
      blank = false;
      lastLine = false;
      cells.clear();
    }

    void add(String cell, boolean wasQuoted) {
      if (cells.size() == quoted.length) {
        quoted = Arrays.copyOf(quoted, quoted.length * 2);
      }
      quoted[cells.size()] = wasQuoted;
      cells.add(cell);
    }

    int size() {
      return cells.size();
    }

    String cell(int index) {
      return cells.get(index);
    }

    boolean quoted(int index) {
      return quoted[index];
    }
  }

  /** A section's header: column names and the indices of the columns with a meaning. */
  private static final class Header {
    final int line;
    final String[] names;
    final Map<String, Integer> index;
    boolean ok;
    int idIndex = -1;
    int costIndex = -1;
    int categoryIndex = -1;
    int beneficiariesIndex = -1;
    int voteIndex = -1;
    int pointsIndex = -1;

    Header(int line, String[] names, Map<String, Integer> index, boolean ok) {
      this.line = line;
      this.names = names;
      this.index = index;
      this.ok = ok;
    }
  }
}
