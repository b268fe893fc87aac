package io.github.tongxin.governance.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TidyTableTest {
  @Test
  void writesRfc4180() {
    TidyTable table =
        TidyTable.of(
            List.of("run", "metric", "value"),
            List.of(List.of("0", "seats, filled", "617"), List.of("1", "say \"hi\"", "line\nbreak")));
    assertThat(table.toCsv())
        .isEqualTo("run,metric,value\r\n0,\"seats, filled\",617\r\n1,\"say \"\"hi\"\"\",\"line\nbreak\"\r\n");
  }

  @Test
  void rowsMustFitTheColumns() {
    assertThatThrownBy(() -> TidyTable.of(List.of("a", "b"), List.of(List.of("1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 0 has 1 cells for 2 columns");
    assertThatThrownBy(() -> TidyTable.of(List.of("a", "a"), List.of()))
        .hasMessageContaining("columns repeat");
  }
}
