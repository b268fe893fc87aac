package io.github.tongxin.governance.examples;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.budgeting.BudgetRules;
import io.github.tongxin.governance.community.FormationBounds;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.fund.ComplianceRules;
import io.github.tongxin.governance.scenario.BetaModel;
import io.github.tongxin.governance.scenario.FundModel;
import io.github.tongxin.governance.scenario.ProposalModel;
import io.github.tongxin.governance.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario described in a small text file: {@code key = value} lines, {@code #} comments,
 * blank lines. Every key is optional; an unknown key, a repeated key or a malformed value is an
 * error with its line number. See {@link #KEYS} and the README for the format.
 */
final class ScenarioFile {
  /** The keys, each with what it sets. */
  static final Map<String, String> KEYS = keys();

  final Scenario scenario;
  final int replicates;
  final String output;
  final String sweepParameter;
  final ImmutableList<String> sweepValues;
  final Map<String, String> settings;

  private ScenarioFile(
      Scenario scenario,
      int replicates,
      String output,
      String sweepParameter,
      ImmutableList<String> sweepValues,
      Map<String, String> settings) {
    this.scenario = scenario;
    this.replicates = replicates;
    this.output = output;
    this.sweepParameter = sweepParameter;
    this.sweepValues = sweepValues;
    this.settings = settings;
  }

  private static Map<String, String> keys() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("seed", "the scenario's seed (integer)");
    keys.put("replicates", "runs per scenario (1..100000)");
    keys.put("output", "folder for the CSV and SVG files");
    keys.put("bounds.target", "target households per building group");
    keys.put("bounds.minimum", "fewest households per group");
    keys.put("bounds.maximum", "most households per group");
    keys.put("voters_per_100_households", "voters per 100 households");
    keys.put("turnout.mean", "mean turnout, 0..1 exclusive");
    keys.put("turnout.concentration", "turnout's Beta concentration");
    keys.put("approval.mean", "mean share of votes per candidate");
    keys.put("approval.concentration", "approval's Beta concentration");
    keys.put("proposals.per_group", "mean projects per group");
    keys.put("proposals.min_cost", "lowest project cost, whole yuan");
    keys.put("proposals.max_cost", "highest project cost, whole yuan");
    keys.put("proposals.participation", "share of households that vote");
    keys.put("proposals.own_group_approval", "approval of one's own group's projects");
    keys.put("proposals.community_approval", "approval of other groups' projects");
    keys.put("proposals.per_community", "mean community-wide projects per community");
    keys.put("proposals.community_min_cost", "lowest community-wide project cost, whole yuan");
    keys.put("proposals.community_max_cost", "highest community-wide project cost, whole yuan");
    keys.put("proposals.community_wide_approval", "approval of one's community's community-wide projects");
    keys.put("proposals.building_per_group", "mean single-building projects per group");
    keys.put("proposals.building_min_cost", "lowest single-building project cost, whole yuan");
    keys.put("proposals.building_max_cost", "highest single-building project cost, whole yuan");
    keys.put("proposals.building_approval", "approval of one's own building's projects");
    keys.put("panel.mean", "mean panel score as a share of 10");
    keys.put("panel.concentration", "panel score's Beta concentration");
    keys.put("budget.rule", "budgeting rule id (greedy_cost_sat, mes_cost_sat, ...)");
    keys.put("budget.yuan", "the budget in whole yuan");
    keys.put("fund.crowdfunding.mean", "mean share of a project's cost crowdfunded, 0..1 exclusive");
    keys.put("fund.crowdfunding.concentration", "crowdfunding's Beta concentration");
    keys.put("fund.completion.mean", "mean share of a funded project done by the year's end, 0..1 exclusive");
    keys.put("fund.completion.concentration", "completion's Beta concentration");
    keys.put("fund.min_spending_percent", "the annual spending rule's percentage of income (default 70)");
    keys.put("sweep.parameter", "the key a sweep varies (one of the numeric keys above)");
    keys.put("sweep.values", "its values, comma separated");
    return keys;
  }

  /** A parsed file, or the problems found, each "line N: ...". */
  record Parsed(ScenarioFile file, List<String> problems) {}

  static Parsed parse(String text, Scenario base) {
    List<String> problems = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    String[] rows = text.split("\r?\n", -1);
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].strip();
      int number = i + 1;
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      int equals = row.indexOf('=');
      if (equals < 0) {
        problems.add("line " + number + ": expected 'key = value', got '" + row + "'");
        continue;
      }
      String key = row.substring(0, equals).strip();
      String value = row.substring(equals + 1).strip();
      if (!KEYS.containsKey(key)) {
        problems.add("line " + number + ": unknown key '" + key + "'");
      } else if (values.containsKey(key)) {
        problems.add("line " + number + ": '" + key + "' repeats line " + lines.get(key));
      } else if (value.isEmpty()) {
        problems.add("line " + number + ": '" + key + "' has no value");
      } else {
        values.put(key, value);
        lines.put(key, number);
      }
    }
    if (!problems.isEmpty()) {
      return new Parsed(null, problems);
    }
    Scenario scenario;
    try {
      scenario = apply(base, values, lines);
    } catch (BadValue e) {
      return new Parsed(null, List.of(e.getMessage()));
    }
    int replicates = 1;
    if (values.containsKey("replicates")) {
      try {
        replicates = Integer.parseInt(values.get("replicates"));
      } catch (NumberFormatException e) {
        replicates = -1;
      }
      if (replicates < 1 || replicates > 100_000) {
        return new Parsed(null, List.of("line " + lines.get("replicates") + ": replicates must be 1..100000, got '" + values.get("replicates") + "'"));
      }
    }
    String sweep = values.get("sweep.parameter");
    ImmutableList<String> sweepValues = ImmutableList.of();
    if (sweep != null || values.containsKey("sweep.values")) {
      if (sweep == null || !values.containsKey("sweep.values")) {
        int line = lines.getOrDefault("sweep.parameter", lines.get("sweep.values"));
        return new Parsed(null, List.of("line " + line + ": a sweep needs both sweep.parameter and sweep.values"));
      }
      if (!KEYS.containsKey(sweep) || sweep.startsWith("sweep.") || List.of("seed", "replicates", "output", "budget.rule").contains(sweep)) {
        return new Parsed(null, List.of("line " + lines.get("sweep.parameter") + ": cannot sweep '" + sweep + "'"));
      }
      ImmutableList.Builder<String> list = ImmutableList.builder();
      for (String value : values.get("sweep.values").split(",")) {
        String v = value.strip();
        Map<String, String> one = new LinkedHashMap<>(values);
        one.put(sweep, v);
        if (sweep.equals("bounds.target")) {
          scaleBounds(one, v);
        }
        try {
          apply(base, one, Map.of(sweep, lines.get("sweep.values")));
        } catch (BadValue e) {
          return new Parsed(null, List.of("line " + lines.get("sweep.values") + ": sweep value '" + v + "': " + e.getMessage().replaceFirst("^line \\d+: ", "")));
        }
        list.add(v);
      }
      sweepValues = list.build();
    }
    return new Parsed(
        new ScenarioFile(scenario, replicates, values.getOrDefault("output", "scenario-output"), sweep, sweepValues, values),
        List.of());
  }

  /** When a sweep varies the target, the bounds follow it at ±25% unless the file fixes them. */
  private static void scaleBounds(Map<String, String> values, String target) {
    try {
      int t = Integer.parseInt(target);
      values.put("bounds.minimum", Integer.toString(t * 3 / 4));
      values.put("bounds.maximum", Integer.toString(t * 5 / 4));
    } catch (NumberFormatException e) {
      // reported by apply
    }
  }

  /** The scenario for one value of the swept parameter. */
  Scenario variant(String value) {
    Map<String, String> one = new LinkedHashMap<>(settings);
    one.put(sweepParameter, value);
    if (sweepParameter.equals("bounds.target")) {
      scaleBounds(one, value);
    }
    return apply(scenario, one, Map.of());
  }

  private static final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message, null, false, false);
    }
  }

  private static Scenario apply(Scenario base, Map<String, String> values, Map<String, Integer> lines) {
    Scenario s = base;
    if (values.containsKey("seed")) {
      s = s.withSeed(number(values, lines, "seed", Long::parseLong));
    }
    FormationBounds bounds = s.bounds();
    if (values.containsKey("bounds.target") || values.containsKey("bounds.minimum") || values.containsKey("bounds.maximum")) {
      int target = values.containsKey("bounds.target") ? number(values, lines, "bounds.target", Integer::parseInt) : bounds.target();
      int minimum = values.containsKey("bounds.minimum") ? number(values, lines, "bounds.minimum", Integer::parseInt) : bounds.minimum();
      int maximum = values.containsKey("bounds.maximum") ? number(values, lines, "bounds.maximum", Integer::parseInt) : bounds.maximum();
      s = s.withBounds(build(lines, List.of("bounds.target", "bounds.minimum", "bounds.maximum"), () -> new FormationBounds(target, minimum, maximum)));
    }
    if (values.containsKey("voters_per_100_households")) {
      int voters = number(values, lines, "voters_per_100_households", Integer::parseInt);
      Scenario current = s;
      s = build(lines, List.of("voters_per_100_households"), () -> current.withVotersPerHundredHouseholds(voters));
    }
    s = s.withTurnout(beta(values, lines, "turnout", s.turnout()));
    s = s.withApproval(beta(values, lines, "approval", s.approval()));
    s = s.withPanelScore(beta(values, lines, "panel", s.panelScore()));
    s = s.withProposals(proposals(values, lines, s.proposals()));
    s = s.withFund(fund(values, lines, s.fund()));
    if (values.containsKey("budget.rule")) {
      String rule = values.get("budget.rule");
      if (BudgetRules.byId(rule).isEmpty()) {
        throw new BadValue("line " + lines.get("budget.rule") + ": unknown budgeting rule '" + rule + "'");
      }
      s = s.withBudgetRule(rule);
    }
    if (values.containsKey("budget.yuan")) {
      long yuan = number(values, lines, "budget.yuan", Long::parseLong);
      Scenario current = s;
      s = build(lines, List.of("budget.yuan"), () -> current.withBudget(Amount.ofYuan(yuan)));
    }
    return s;
  }

  /** The proposal model's keys, each defaulting to the current model's value. */
  private static ProposalModel proposals(Map<String, String> values, Map<String, Integer> lines, ProposalModel p) {
    ProposalModel.Builder b = ProposalModel.builder();
    b.proposalsPerGroup(decimal(values, lines, "proposals.per_group", p.proposalsPerGroup()));
    b.minimumCost(yuan(values, lines, "proposals.min_cost", p.minimumCost()));
    b.maximumCost(yuan(values, lines, "proposals.max_cost", p.maximumCost()));
    b.participation(decimal(values, lines, "proposals.participation", p.participation()));
    b.ownGroupApproval(decimal(values, lines, "proposals.own_group_approval", p.ownGroupApproval()));
    b.communityApproval(decimal(values, lines, "proposals.community_approval", p.communityApproval()));
    b.communityProjectsPerCommunity(decimal(values, lines, "proposals.per_community", p.communityProjectsPerCommunity()));
    b.communityMinimumCost(yuan(values, lines, "proposals.community_min_cost", p.communityMinimumCost()));
    b.communityMaximumCost(yuan(values, lines, "proposals.community_max_cost", p.communityMaximumCost()));
    b.communityWideApproval(decimal(values, lines, "proposals.community_wide_approval", p.communityWideApproval()));
    b.buildingProjectsPerGroup(decimal(values, lines, "proposals.building_per_group", p.buildingProjectsPerGroup()));
    b.buildingMinimumCost(yuan(values, lines, "proposals.building_min_cost", p.buildingMinimumCost()));
    b.buildingMaximumCost(yuan(values, lines, "proposals.building_max_cost", p.buildingMaximumCost()));
    b.buildingApproval(decimal(values, lines, "proposals.building_approval", p.buildingApproval()));
    List<String> keys = KEYS.keySet().stream().filter(k -> k.startsWith("proposals.")).toList();
    return build(lines, keys, b::build);
  }

  /** The fund model's keys, each defaulting to the current model's value. */
  private static FundModel fund(Map<String, String> values, Map<String, Integer> lines, FundModel f) {
    FundModel model = f.withCrowdfunding(beta(values, lines, "fund.crowdfunding", f.crowdfunding()));
    model = model.withCompletion(beta(values, lines, "fund.completion", f.completion()));
    if (values.containsKey("fund.min_spending_percent")) {
      int percent = number(values, lines, "fund.min_spending_percent", Integer::parseInt);
      ComplianceRules rules = model.rules();
      model =
          model.withRules(
              build(
                  lines,
                  List.of("fund.min_spending_percent"),
                  () ->
                      new ComplianceRules(
                          percent,
                          rules.maxManagementPercent(),
                          "scenario file, line " + lines.getOrDefault("fund.min_spending_percent", 0),
                          rules.managementSource())));
    }
    return model;
  }

  private static double decimal(Map<String, String> values, Map<String, Integer> lines, String key, double current) {
    return values.containsKey(key) ? number(values, lines, key, Double::parseDouble) : current;
  }

  private static Amount yuan(Map<String, String> values, Map<String, Integer> lines, String key, Amount current) {
    if (!values.containsKey(key)) {
      return current;
    }
    long yuan = number(values, lines, key, Long::parseLong);
    return build(lines, List.of(key), () -> Amount.ofYuan(yuan));
  }

  private static BetaModel beta(Map<String, String> values, Map<String, Integer> lines, String prefix, BetaModel current) {
    double mean = values.containsKey(prefix + ".mean") ? number(values, lines, prefix + ".mean", Double::parseDouble) : current.mean();
    double concentration = values.containsKey(prefix + ".concentration") ? number(values, lines, prefix + ".concentration", Double::parseDouble) : current.concentration();
    return build(lines, List.of(prefix + ".mean", prefix + ".concentration"), () -> BetaModel.of(mean, concentration));
  }

  private static <T> T number(Map<String, String> values, Map<String, Integer> lines, String key, java.util.function.Function<String, T> parse) {
    try {
      return parse.apply(values.get(key));
    } catch (NumberFormatException e) {
      throw new BadValue("line " + lines.getOrDefault(key, 0) + ": " + key + " needs a number, got '" + values.get(key) + "'");
    }
  }

  /** Builds a value; a refusal is reported at the line of the first of {@code keys} the file sets. */
  private static <T> T build(Map<String, Integer> lines, List<String> keys, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      int line = keys.stream().filter(lines::containsKey).map(lines::get).findFirst().orElse(0);
      throw new BadValue("line " + line + ": " + e.getMessage());
    }
  }
}
