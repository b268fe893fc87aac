package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.election.rules.ApprovalProfile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads the profile and committee size of an abcvoting {@code .abc.yaml} file: {@code profile}
 * (lists, or flow mappings used as sets), optional {@code num_cand} (else the largest index + 1),
 * optional {@code voter_weights}, and {@code committeesize}.
 *
 * @param profile the approval profile
 * @param committeeSize the committee size
 */
record AbcFile(ApprovalProfile profile, int committeeSize) {
  /** A file that cannot be read as a profile; the message says why in one line. */
  static final class BadFileException extends Exception {
    private static final long serialVersionUID = 1L;

    BadFileException(String message) {
      super(message);
    }
  }

  @SuppressWarnings("unchecked")
  static AbcFile read(Path path) throws BadFileException {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadFileException("no such file: " + path);
    } catch (IOException e) {
      throw new BadFileException("cannot read " + path + ": " + e.getMessage());
    }
    Object loaded;
    try {
      loaded = new Load(LoadSettings.builder().build()).loadFromString(text);
    } catch (YamlEngineException e) {
      throw new BadFileException(path + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new BadFileException(path + ": expected a YAML mapping with a profile");
    }
    Object profile = map.get("profile");
    if (!(profile instanceof List<?> ballots)) {
      throw new BadFileException(path + ": 'profile' must be a list of ballots");
    }
    List<List<Integer>> approvals = new ArrayList<>();
    int largest = -1;
    for (Object ballot : ballots) {
      List<Integer> marks = indices(path, ballot);
      for (int c : marks) {
        largest = Math.max(largest, c);
      }
      approvals.add(marks);
    }
    int candidates = map.containsKey("num_cand") ? integer(path, "num_cand", map.get("num_cand")) : largest + 1;
    if (!(map.get("committeesize") instanceof Number)) {
      throw new BadFileException(path + ": 'committeesize' (an integer) is missing");
    }
    int k = integer(path, "committeesize", map.get("committeesize"));
    try {
      ApprovalProfile result = ApprovalProfile.of(Math.max(candidates, 1), approvals);
      if (map.get("voter_weights") instanceof List<?> weights) {
        List<BigDecimal> list = new ArrayList<>();
        for (Object w : weights) {
          list.add(new BigDecimal(String.valueOf(w)));
        }
        result = result.withWeights(list);
      }
      return new AbcFile(result, k);
    } catch (IllegalArgumentException e) {
      throw new BadFileException(path + ": " + e.getMessage());
    }
  }

  private static int integer(Path path, String key, Object value) throws BadFileException {
    if (!(value instanceof Number number)) {
      throw new BadFileException(path + ": '" + key + "' must be an integer, was " + value);
    }
    return number.intValue();
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> indices(Path path, Object value) throws BadFileException {
    Collection<Object> items;
    if (value instanceof Map<?, ?> set) {
      items = (Collection<Object>) set.keySet();
    } else if (value instanceof List<?> list) {
      items = (Collection<Object>) list;
    } else {
      throw new BadFileException(path + ": a ballot must be a list, was " + value);
    }
    List<Integer> result = new ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof Number number)) {
        throw new BadFileException(path + ": a candidate must be an integer, was " + item);
      }
      result.add(number.intValue());
    }
    return result;
  }
}
