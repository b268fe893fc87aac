package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Writes a {@link PabulibFile} as canonical {@code .pb} text (see {@link Pabulib#write}). */
final class PabulibWriter {
  /** META keys written before the counts, budget and vote type, as the checker orders them. */
  private static final ImmutableSet<String> LEADING_META =
      ImmutableSet.of("description", "country", "unit", "district", "subunit", "instance");

  /** PROJECTS columns that the checker places after {@code category} and {@code beneficiaries}. */
  private static final ImmutableSet<String> AFTER_LISTS =
      ImmutableSet.of(
          "selected",
          "neighborhood",
          "subunit",
          "district",
          "description",
          "proposer",
          "public_id",
          "latitude",
          "longitude");

  private static final ImmutableSet<String> PROJECT_COLUMNS =
      ImmutableSet.of("project_id", "cost", "category", "beneficiaries", "target");

  private static final String CATEGORY = "category";
  private static final String BENEFICIARIES = "beneficiaries";

  private final StringBuilder out;
  private final Set<ProjectId> listableIds = new HashSet<>();

  private PabulibWriter(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  static String write(PabulibFile file) {
    BudgetInstance instance = file.instance();
    BudgetProfile profile = file.profile();
    PabulibWriter writer =
        new PabulibWriter(64 * (instance.projects().size() + profile.voters()) + 1024);
    writer.meta(instance, profile);
    writer.projects(instance);
    writer.votes(instance, profile);
    return writer.out.toString();
  }

  private void meta(BudgetInstance instance, BudgetProfile profile) {
    out.append("META\nkey;value\n");
    boolean derivedWritten = false;
    for (Map.Entry<String, String> entry : instance.meta().entrySet()) {
      String key = entry.getKey();
      checkArgument(!key.isEmpty(), "META key must not be empty");
      if (PabulibReader.DERIVED_META.contains(key)) {
        continue;
      }
      if (!derivedWritten && !LEADING_META.contains(key)) {
        derived(instance, profile);
        derivedWritten = true;
      }
      row(key, entry.getValue());
    }
    if (!derivedWritten) {
      derived(instance, profile);
    }
  }

  private void derived(BudgetInstance instance, BudgetProfile profile) {
    row("num_projects", Integer.toString(instance.projects().size()));
    row("num_votes", Integer.toString(profile.voters()));
    row("budget", instance.budget().toPlainString());
    row("vote_type", profile.type().token());
  }

  private void row(String key, String value) {
    firstCell(key);
    out.append(';');
    cell(value);
    out.append('\n');
  }

  private void projects(BudgetInstance instance) {
    List<Collection<String>> keySequences = new ArrayList<>();
    boolean categories = false;
    boolean beneficiaries = false;
    for (BudgetProject project : instance.projects().values()) {
      for (String key : project.attributes().keySet()) {
        checkArgument(
            !key.isEmpty(), "attribute name of project %s must not be empty", project.id());
        checkArgument(
            !PROJECT_COLUMNS.contains(key),
            "attribute '%s' of project %s is a column of its own",
            key,
            project.id());
      }
      keySequences.add(project.attributes().keySet());
      categories |= !project.categories().isEmpty();
      beneficiaries |= !project.beneficiaries().isEmpty();
    }
    List<String> columns = mergeKeys(keySequences);
    if (categories) {
      columns.add(listPosition(columns), CATEGORY);
    }
    if (beneficiaries) {
      int at = categories ? columns.indexOf(CATEGORY) + 1 : listPosition(columns);
      columns.add(at, BENEFICIARIES);
    }
    out.append("PROJECTS\nproject_id;cost");
    for (String column : columns) {
      out.append(';');
      cell(column);
    }
    out.append('\n');
    for (BudgetProject project : instance.projects().values()) {
      firstCell(project.id().value());
      out.append(';').append(project.cost().toPlainString());
      for (String column : columns) {
        out.append(';');
        if (column.equals(CATEGORY)) {
          listCell(project.categories(), "category of project " + project.id());
        } else if (column.equals(BENEFICIARIES)) {
          listCell(project.beneficiaries(), "beneficiary of project " + project.id());
        } else {
          cell(project.attributes().get(column));
        }
      }
      out.append('\n');
    }
  }

  /** Where the list columns go: before the first column the checker places after them. */
  private static int listPosition(List<String> columns) {
    for (int i = 0; i < columns.size(); i++) {
      if (AFTER_LISTS.contains(columns.get(i))) {
        return i;
      }
    }
    return columns.size();
  }

  private void votes(BudgetInstance instance, BudgetProfile profile) {
    boolean points = profile.type().hasPoints();
    List<Collection<String>> keySequences = new ArrayList<>();
    for (BudgetBallot ballot : profile.ballots()) {
      for (String key : ballot.attributes().keySet()) {
        checkArgument(
            !key.isEmpty(), "attribute name of voter %s must not be empty", ballot.voter());
        checkArgument(
            !key.equals("voter_id") && !key.equals("vote") && !(points && key.equals("points")),
            "attribute '%s' of voter %s is a column of its own",
            key,
            ballot.voter());
      }
      keySequences.add(ballot.attributes().keySet());
    }
    List<String> columns = mergeKeys(keySequences);
    out.append("VOTES\nvoter_id;vote");
    if (points) {
      out.append(";points");
    }
    for (String column : columns) {
      out.append(';');
      cell(column);
    }
    out.append('\n');
    for (BudgetBallot ballot : profile.ballots()) {
      checkArgument(!ballot.voter().isEmpty(), "voter id must not be empty");
      firstCell(ballot.voter());
      out.append(';');
      StringBuilder vote = new StringBuilder();
      for (ProjectId id : ballot.projects()) {
        if (listableIds.add(id)) {
          checkArgument(
              instance.projects().containsKey(id),
              "ballot of voter %s names project %s, which is not in the instance",
              ballot.voter(),
              id);
          checkListItem(id.value(), "project id named in a vote");
        }
        if (vote.length() > 0) {
          vote.append(',');
        }
        vote.append(id.value());
      }
      cell(vote.length() == 0 ? null : vote.toString());
      if (points) {
        out.append(';');
        StringBuilder list = new StringBuilder();
        for (BigDecimal point : ballot.points()) {
          if (list.length() > 0) {
            list.append(',');
          }
          list.append(point.toPlainString());
        }
        cell(list.length() == 0 ? null : list.toString());
      }
      for (String column : columns) {
        out.append(';');
        cell(ballot.attributes().get(column));
      }
      out.append('\n');
    }
  }

  /**
   * The union of several key orders, each new key placed right after the key before it in its own
   * sequence, so that columns keep their file order even where some rows lack some keys.
   */
  static List<String> mergeKeys(List<? extends Collection<String>> sequences) {
    List<String> order = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Collection<String> previous = ImmutableList.of();
    for (Collection<String> sequence : sequences) {
      if (sequence.equals(previous) || seen.containsAll(sequence)) {
        continue;
      }
      previous = sequence;
      int insertAt = 0;
      for (String key : sequence) {
        if (seen.add(key)) {
          order.add(insertAt, key);
          insertAt++;
        } else {
          insertAt = order.indexOf(key) + 1;
        }
      }
    }
    return order;
  }

  private void listCell(Collection<String> items, String what) {
    if (items.isEmpty()) {
      return;
    }
    StringBuilder list = new StringBuilder();
    for (String item : items) {
      checkListItem(item, what);
      if (list.length() > 0) {
        list.append(',');
      }
      list.append(item);
    }
    cell(list.toString());
  }

  private static void checkListItem(String item, String what) {
    checkArgument(!item.isEmpty(), "%s must not be empty", what);
    checkArgument(item.indexOf(',') < 0, "%s must not contain a comma: '%s'", what, item);
    checkArgument(
        item.strip().equals(item),
        "%s must not have leading or trailing whitespace: '%s'",
        what,
        item);
  }

  /**
   * Writes the first cell of a row. A row whose other cells are empty would read as a section line
   * if its first cell were {@code META}, {@code PROJECTS} or {@code VOTES} (in any case, with any
   * surrounding whitespace); such a first cell is always quoted.
   */
  private void firstCell(String value) {
    String name = value.strip();
    if (name.equalsIgnoreCase("meta")
        || name.equalsIgnoreCase("projects")
        || name.equalsIgnoreCase("votes")) {
      quoted(value);
    } else {
      cell(value);
    }
  }

  /**
   * Writes a cell: nothing for a missing value; the value itself where a reader gets it back as it
   * is; else the value in double quotes, with each {@code "} doubled.
   */
  private void cell(@Nullable String value) {
    if (value == null) {
      return;
    }
    if (needsQuotes(value)) {
      quoted(value);
    } else {
      out.append(value);
    }
  }

  private void quoted(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  static boolean needsQuotes(String value) {
    if (value.isEmpty()
        || Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))
        || (value.length() == 4 && value.equalsIgnoreCase("none"))) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ';' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
