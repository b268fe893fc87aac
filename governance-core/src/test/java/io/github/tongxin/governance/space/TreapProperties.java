package io.github.tongxin.governance.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The persistent treaps behind the calendar agree with a TreeMap and with a brute-force list of
 * slots, and old versions stay intact.
 */
class TreapProperties {
  @Test
  void slotIndexFindsExactlyTheOverlappingSlots() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 200))
        .checkAssert(
            ops -> {
              SlotIndex index = SlotIndex.EMPTY;
              List<Occurrence> all = new ArrayList<>();
              java.time.LocalDateTime t0 = java.time.LocalDateTime.parse("2027-01-01T00:00");
              for (int op : ops) {
                Slot s = Slot.of(t0.plusMinutes(op % 500), t0.plusMinutes(op % 500 + 1 + op / 500));
                boolean taken = all.stream().anyMatch(o -> o.slot().overlaps(s));
                assertThat(index.isTaken(s.startMinute(), s.endMinute())).isEqualTo(taken);
                List<Occurrence> found = new ArrayList<>();
                index.overlapping(s.startMinute(), s.endMinute(), found::add);
                assertThat(found).containsExactlyElementsOf(all.stream()
                    .filter(o -> o.slot().overlaps(s))
                    .sorted(java.util.Comparator.comparing(Occurrence::slot))
                    .toList());
                if (!taken) {
                  Occurrence o = new Occurrence(BookingId.of("B" + op), s);
                  index = index.put(o);
                  all.add(o);
                } else if (op % 3 == 0) {
                  Occurrence gone = found.get(0);
                  index = index.remove(gone.slot().startMinute());
                  all.remove(gone);
                }
              }
            });
  }

  @Test
  void putRemoveLowerAndRangeAgreeWithATreeMap() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-200, 200)).ofSizeBetween(0, 300))
        .checkAssert(
            ops -> {
              Treap<Long, Integer> t = Treap.empty();
              TreeMap<Long, Integer> m = new TreeMap<>();
              List<Treap<Long, Integer>> versions = new ArrayList<>();
              List<Map<Long, Integer>> snapshots = new ArrayList<>();
              for (int i = 0; i < ops.size(); i++) {
                long key = Math.abs(ops.get(i)) % 60;
                if (ops.get(i) < 0) {
                  t = t.remove(key);
                  m.remove(key);
                } else {
                  t = t.put(key, i);
                  m.put(key, i);
                }
                versions.add(t);
                snapshots.add(new TreeMap<>(m));
                assertThat(t.size()).isEqualTo(m.size());
                for (long k = -1; k <= 61; k += 7) {
                  Map.Entry<Long, Integer> lower = m.lowerEntry(k);
                  assertThat(t.lower(k)).isEqualTo(lower == null ? null : lower.getValue());
                  assertThat(t.get(k)).isEqualTo(m.get(k));
                }
                List<Long> range = new ArrayList<>();
                t.forRange(10L, 40L, (k, v) -> range.add(k));
                assertThat(range).containsExactlyElementsOf(m.subMap(10L, 40L).keySet());
              }
              for (int i = 0; i < versions.size(); i++) {
                Map<Long, Integer> seen = new TreeMap<>();
                versions.get(i).forEach(seen::put);
                assertThat(seen).isEqualTo(snapshots.get(i));
              }
            });
  }
}
