package io.github.tongxin.governance.examples;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns line up in a terminal, counting CJK characters as two. */
final class Table {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  Table(boolean... rightAligned) {
    this.rightAligned = rightAligned.clone();
  }

  Table row(String... cells) {
    if (cells.length != rightAligned.length) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + rightAligned.length);
    }
    rows.add(cells.clone());
    return this;
  }

  String render() {
    int[] widths = new int[rightAligned.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        String padding = " ".repeat(widths[c] - width(row[c]));
        if (c > 0) {
          line.append("  ");
        }
        line.append(rightAligned[c] ? padding + row[c] : row[c] + padding);
      }
      out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return out.toString();
  }

  /** Display width: East Asian wide characters take two columns. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
