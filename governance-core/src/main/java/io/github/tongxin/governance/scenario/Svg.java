package io.github.tongxin.governance.scenario;

import java.util.Map;

/** A minimal SVG writer: shapes and text with XML escaping, numbers in the ROOT locale. */
final class Svg {
  private final StringBuilder body = new StringBuilder();
  private final int width;
  private final int height;
  private final String title;

  Svg(int width, int height, String title) {
    this.width = width;
    this.height = height;
    this.title = title;
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            escaped.append(' ');
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  private static String n(double value) {
    return Charts.format(value);
  }

  void line(double x1, double y1, double x2, double y2) {
    body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"")
        .append(n(x2)).append("\" y2=\"").append(n(y2)).append("\" stroke=\"#333\"/>\n");
  }

  void rect(double x, double y, double w, double h, String fill, String tooltip) {
    body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
        .append(n(w)).append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill)
        .append("\"><title>").append(escape(tooltip)).append("</title></rect>\n");
  }

  void circle(double cx, double cy, double r, String fill) {
    body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"")
        .append(n(r)).append("\" fill=\"").append(fill).append("\"/>\n");
  }

  void polyline(String points, String stroke) {
    body.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"")
        .append(stroke).append("\" stroke-width=\"2\"/>\n");
  }

  /** An annular sector from angle {@code a0} to {@code a1} (radians, clockwise from +x). */
  void sector(double cx, double cy, double r0, double r1, double a0, double a1, String fill, String tooltip) {
    if (a1 - a0 <= 0) {
      return;
    }
    double sweep = Math.min(a1 - a0, 2 * Math.PI - 1e-6);
    double end = a0 + sweep;
    int large = sweep > Math.PI ? 1 : 0;
    String d =
        "M" + n(cx + r1 * Math.cos(a0)) + " " + n(cy + r1 * Math.sin(a0))
            + " A" + n(r1) + " " + n(r1) + " 0 " + large + " 1 " + n(cx + r1 * Math.cos(end)) + " " + n(cy + r1 * Math.sin(end))
            + " L" + n(cx + r0 * Math.cos(end)) + " " + n(cy + r0 * Math.sin(end))
            + " A" + n(r0) + " " + n(r0) + " 0 " + large + " 0 " + n(cx + r0 * Math.cos(a0)) + " " + n(cy + r0 * Math.sin(a0))
            + " Z";
    body.append("<path d=\"").append(d).append("\" fill=\"").append(fill)
        .append("\" stroke=\"#fff\" stroke-width=\"1\"><title>").append(escape(tooltip)).append("</title></path>\n");
  }

  void text(double x, double y, String text, int size, String anchor) {
    body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
        .append(size).append("\" text-anchor=\"").append(anchor).append("\">").append(escape(text))
        .append("</text>\n");
  }

  void verticalText(double x, double y, String text, int size) {
    body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
        .append(size).append("\" text-anchor=\"middle\" transform=\"rotate(-90 ").append(n(x))
        .append(' ').append(n(y)).append(")\">").append(escape(text)).append("</text>\n");
  }

  void legend(double x, double y, Map<String, String> entries) {
    double row = y;
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(row - 10)).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(entry.getValue()).append("\"/>\n");
      text(x + 18, row, entry.getKey(), 11, "start");
      row += 18;
    }
  }

  @Override
  public String toString() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + width + "\" height=\"" + height
        + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"sans-serif\">\n"
        + "<title>" + escape(title) + "</title>\n"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"
        + "<text x=\"" + width / 2 + "\" y=\"28\" font-size=\"17\" text-anchor=\"middle\">" + escape(title) + "</text>\n"
        + body
        + "</svg>\n";
  }
}
