package io.github.tongxin.governance.budgeting;

import com.google.common.collect.ImmutableList;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** pabutools' reference outcomes ({@code ../shared/data/pabulib/reference/*.json}). */
record PabutoolsReference(String instance, String file, ImmutableList<Result> results) {
  /** One rule's outcome as pabutools computed it, and its time. */
  record Result(
      String rule,
      ImmutableList<String> winners,
      ImmutableList<String> selectionOrder,
      BigDecimal totalCost,
      BigDecimal leftover,
      boolean exhaustive,
      double wallSecondsMin) {}

  static ImmutableList<PabutoolsReference> readAll(Path pabulib) throws IOException {
    try (Stream<Path> files = Files.list(pabulib.resolve("reference"))) {
      List<PabutoolsReference> result = new ArrayList<>();
      for (Path path : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        result.add(read(path));
      }
      return ImmutableList.copyOf(result);
    }
  }

  static PabutoolsReference read(Path path) throws IOException {
    JsonObject root = JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8)).getAsJsonObject();
    ImmutableList.Builder<Result> results = ImmutableList.builder();
    for (JsonElement element : root.getAsJsonArray("results")) {
      JsonObject r = element.getAsJsonObject();
      results.add(
          new Result(
              r.get("rule").getAsString(),
              strings(r, "winners"),
              strings(r, "selection_order"),
              new BigDecimal(r.get("total_cost").getAsString()),
              new BigDecimal(r.get("leftover_budget").getAsString()),
              r.get("exhaustive").getAsBoolean(),
              r.has("wall_seconds_min") ? r.get("wall_seconds_min").getAsDouble() : Double.NaN));
    }
    return new PabutoolsReference(
        root.get("instance").getAsString(), root.get("file").getAsString(), results.build());
  }

  private static ImmutableList<String> strings(JsonObject object, String key) {
    ImmutableList.Builder<String> list = ImmutableList.builder();
    for (JsonElement e : object.getAsJsonArray(key)) {
      list.add(e.getAsString());
    }
    return list.build();
  }
}
