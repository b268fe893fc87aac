package io.github.tongxin.governance.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountProperties {
  @Test
  void textRoundTrips() {
    qt().withExamples(2_000)
        .forAll(longs().all())
        .check(fen -> Amount.parse(Amount.ofFen(fen).toString()).fen() == fen);
  }

  @Test
  void allocationSumsExactlyAndStaysWithinOneFenOfEachShare() {
    qt().withExamples(2_000)
        .forAll(
            longs().between(0, 1_000_000_000_000L),
            lists().of(integers().between(0, 1_000)).ofSizeBetween(1, 12))
        .assuming((total, weights) -> weights.stream().anyMatch(w -> w > 0))
        .checkAssert(
            (total, weights) -> {
              List<Long> longWeights = weights.stream().map(Integer::longValue).toList();
              ImmutableList<Amount> parts = Amount.ofFen(total).allocate(longWeights);
              assertThat(parts).hasSize(weights.size());
              assertThat(Amount.sum(parts).fen()).isEqualTo(total);
              BigInteger sum = BigInteger.valueOf(longWeights.stream().mapToLong(Long::longValue).sum());
              for (int i = 0; i < parts.size(); i++) {
                // |part × Σw − total × w| < Σw, i.e. within one fen of the exact share.
                BigInteger scaled = BigInteger.valueOf(parts.get(i).fen()).multiply(sum);
                BigInteger exact = BigInteger.valueOf(total).multiply(BigInteger.valueOf(longWeights.get(i)));
                assertThat(scaled.subtract(exact).abs()).isLessThan(sum);
                if (longWeights.get(i) == 0) {
                  assertThat(parts.get(i)).isEqualTo(Amount.ZERO);
                }
              }
            });
  }
}
