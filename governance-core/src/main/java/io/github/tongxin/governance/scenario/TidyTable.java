package io.github.tongxin.governance.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A tidy table: one row per observation, named columns, values as text; written as CSV (RFC
 * 4180: comma separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break, quotes doubled). Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * TidyTable t = TidyTable.of(List.of("run", "metric", "value"),
 *     List.of(List.of("0", "seats filled", "617")));
 * t.toCsv(); // "run,metric,value\r\n0,seats filled,617\r\n"
 * }</pre>
 *
 * @param columns the column names, at least one, distinct
 * @param rows the rows, each with one value per column
 * @since 0.1.0
 */
public record TidyTable(ImmutableList<String> columns, ImmutableList<ImmutableList<String>> rows) {
  /**
   * Creates a table.
   *
   * @param columns the column names, at least one, distinct
   * @param rows the rows, each with one value per column
   * @throws NullPointerException if an argument or a cell is null
   * @throws IllegalArgumentException if there are no columns, a name repeats, or a row has the
   *     wrong length
   */
  public TidyTable {
    columns = ImmutableList.copyOf(checkNotNull(columns, "columns"));
    rows = rows.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
    checkArgument(!columns.isEmpty(), "columns must not be empty");
    checkArgument(columns.stream().distinct().count() == columns.size(), "columns repeat: %s", columns);
    for (int i = 0; i < rows.size(); i++) {
      checkArgument(
          rows.get(i).size() == columns.size(),
          "row %s has %s cells for %s columns: %s",
          i,
          rows.get(i).size(),
          columns.size(),
          rows.get(i));
    }
  }

  /**
   * Creates a table.
   *
   * @param columns the column names
   * @param rows the rows
   * @return the table
   * @throws NullPointerException if an argument or a cell is null
   * @throws IllegalArgumentException if there are no columns, a name repeats, or a row has the
   *     wrong length
   */
  public static TidyTable of(List<String> columns, List<? extends List<String>> rows) {
    return new TidyTable(
        ImmutableList.copyOf(columns),
        rows.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList()));
  }

  /**
   * The table as CSV, header first.
   *
   * @return RFC 4180 text
   */
  public String toCsv() {
    StringBuilder csv = new StringBuilder();
    line(csv, columns);
    for (List<String> row : rows) {
      line(csv, row);
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      String cell = cells.get(i);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
        csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        csv.append(cell);
      }
    }
    csv.append("\r\n");
  }
}
