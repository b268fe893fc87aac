package io.github.tongxin.governance.election.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** An abcvoting test instance ({@code *.abc.yaml}): a profile, k, and expected outcomes. */
record AbcInstance(
    String name, ApprovalProfile profile, int committeeSize, ImmutableList<Expected> expected) {

  /** One {@code compute} entry: a rule, resolute or not, and every winning committee. */
  record Expected(String ruleId, boolean resolute, ImmutableList<Committee> committees) {}

  static ImmutableList<AbcInstance> readAll(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> paths =
          files.filter(p -> p.getFileName().toString().endsWith(".abc.yaml")).sorted().toList();
      ImmutableList.Builder<AbcInstance> result = ImmutableList.builder();
      for (Path path : paths) {
        result.add(read(path));
      }
      return result.build();
    }
  }

  @SuppressWarnings("unchecked")
  static AbcInstance read(Path path) throws IOException {
    Load load = new Load(LoadSettings.builder().build());
    Map<String, Object> yaml =
        (Map<String, Object>) load.loadFromString(Files.readString(path, StandardCharsets.UTF_8));
    List<List<Integer>> ballots = new ArrayList<>();
    int maxIndex = -1;
    for (Object ballot : (List<Object>) yaml.get("profile")) {
      List<Integer> marks = indices(ballot);
      for (int c : marks) {
        maxIndex = Math.max(maxIndex, c);
      }
      ballots.add(marks);
    }
    int candidates =
        yaml.containsKey("num_cand") ? ((Number) yaml.get("num_cand")).intValue() : maxIndex + 1;
    ApprovalProfile profile = ApprovalProfile.of(candidates, ballots);
    if (yaml.get("voter_weights") != null) {
      List<BigDecimal> weights = new ArrayList<>();
      for (Object w : (List<Object>) yaml.get("voter_weights")) {
        weights.add(new BigDecimal(w.toString()));
      }
      profile = profile.withWeights(weights);
    }
    int k = yaml.containsKey("committeesize") ? ((Number) yaml.get("committeesize")).intValue() : 0;
    ImmutableList.Builder<Expected> expected = ImmutableList.builder();
    Object compute = yaml.get("compute");
    if (compute != null) {
      for (Map<String, Object> entry : (List<Map<String, Object>>) compute) {
        Object result = entry.get("result");
        if (result == null) {
          continue;
        }
        List<Committee> committees = new ArrayList<>();
        for (Object committee : (List<Object>) result) {
          committees.add(Committee.of(indices(committee)));
        }
        expected.add(
            new Expected(
                (String) entry.get("rule_id"),
                Boolean.TRUE.equals(entry.get("resolute")),
                ImmutableList.sortedCopyOf(committees)));
      }
    }
    return new AbcInstance(path.getFileName().toString(), profile, k, expected.build());
  }

  /** A ballot or committee: a YAML list, or a flow mapping used as a set (its keys). */
  @SuppressWarnings("unchecked")
  private static List<Integer> indices(Object value) {
    Collection<Object> items =
        value instanceof Map<?, ?> map ? (Collection<Object>) map.keySet() : (List<Object>) value;
    List<Integer> result = new ArrayList<>();
    for (Object item : items) {
      result.add(((Number) item).intValue());
    }
    return ImmutableSortedSet.copyOf(result).asList();
  }
}
