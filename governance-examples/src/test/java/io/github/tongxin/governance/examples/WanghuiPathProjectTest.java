package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WanghuiPathProjectTest {
  private static String output() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WanghuiPathProject.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void thePathProjectGoesFromProposalToClosure() {
    String out = output();
    assertThat(out).doesNotContain("REFUSED");
    assertThat(out).contains("final stage 最终阶段: closed / 已结项");
    // Five cards scored 8.20, 7.75, 7.05, 8.75, 5.65 under the default weights; dropping 5.65 and
    // 8.75 leaves (8.20 + 7.75 + 7.05) / 3 = 7.666….
    assertThat(out).contains("panel score 评审得分: 7.67 (recommended at 6.00)");
    assertThat(out).contains("approved: 46,800.00 yuan, panel 7.67 (secretary-chen)");
    assertThat(out).contains("grant requested from the public-welfare fund: 36,000.00 yuan");
    assertThat(out).contains("crowdfunding opened, target 8,800.00 yuan");
    assertThat(out).contains("audit chain 审计链: intact, 67 events");
  }

  @Test
  void itsConsultationMeetsEveryArticle278Threshold() {
    String out = output();
    // 40 of 48 households answer (3 × 40 = 120 ≥ 2 × 48 = 96); 35 of the 40 agree
    // (4 × 35 = 140 ≥ 3 × 40 = 120).
    assertThat(out).contains("participating owners 40 households of 48 households ≥ 2/3: met");
    assertThat(out).contains("agreeing owners (of participating) 35 households of 40 households ≥ 3/4: met");
    long total = 0;
    long participating = 0;
    long agreeing = 0;
    for (int n = 1; n <= 48; n++) {
      long area = 6_240 + (n * 1_733L) % 6_871; // the example's stated pattern, in 0.01 m²
      total += area;
      participating += n <= 40 ? area : 0;
      agreeing += n <= 35 ? area : 0;
    }
    assertThat(out)
        .contains(
            String.format(
                "participating area %d.%02d m² of %d.%02d m² ≥ 2/3: met",
                participating / 100, participating % 100, total / 100, total % 100));
    assertThat(out)
        .contains(
            String.format(
                "agreeing area (of participating) %d.%02d m² of %d.%02d m² ≥ 3/4: met",
                agreeing / 100, agreeing % 100, participating / 100, participating % 100));
  }

  @Test
  void theObjectionRestartsTheSevenDayDisclosure() {
    String out = output();
    assertThat(out).contains("accepted; disclosed until 2026-05-07 09:00 (rc-wang)");
    assertThat(out).contains("disclosed until 2026-05-11 16:00 (rc-wang)");
    assertThat(out).contains("2026-05-11 16:00  closed");
  }
}
