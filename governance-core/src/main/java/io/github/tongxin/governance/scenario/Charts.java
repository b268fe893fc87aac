package io.github.tongxin.governance.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.community.BuildingGroup;
import io.github.tongxin.governance.community.BuildingId;
import io.github.tongxin.governance.community.Community;
import io.github.tongxin.governance.community.ResidentialBuilding;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pictures as standalone SVG 1.1 text, written by Tongxin itself (no library): the concentric
 * circles of a community, a bar chart and a line chart. Each has a title, axis labels where it
 * has axes, and a legend, and renders in a browser. Pure functions of their arguments; numbers
 * are written in the ROOT locale.
 *
 * <pre>{@code
 * String svg = Charts.barChart("Funded by category", "category", "yuan",
 *     Map.of("environment", 420_000.0, "services", 310_000.0));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Charts {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 480;
  private static final int LEFT = 80;
  private static final int RIGHT = 330;
  private static final int TOP = 50;
  private static final int BOTTOM = 70;
  private static final ImmutableList<String> PALETTE =
      ImmutableList.of("#c0392b", "#2471a3", "#229954", "#d68910", "#7d3c98", "#17a589", "#839192");

  private Charts() {}

  /**
   * A point of a line chart.
   *
   * @param x the horizontal value, finite
   * @param y the vertical value, finite
   */
  public record Point(double x, double y) {
    /**
     * Creates a point.
     *
     * @param x the horizontal value
     * @param y the vertical value
     * @throws IllegalArgumentException if a value is not finite
     */
    public Point {
      checkArgument(Double.isFinite(x) && Double.isFinite(y), "point must be finite: (%s, %s)", x, y);
    }
  }

  /**
   * The concentric circles of a community: the core (party branch and residents' committee) in
   * the centre, the middle ring of building groups with arcs sized by their households, the outer
   * ring of natural buildings, each arc under its group.
   *
   * @param community the community
   * @return the SVG document
   * @throws NullPointerException if {@code community} is null
   */
  public static String concentricCircles(Community community) {
    checkNotNull(community, "community");
    Svg svg = new Svg(WIDTH, HEIGHT, "Concentric circles of " + community.name().englishName() + " " + community.name().chineseName());
    double cx = 280;
    double cy = 265;
    long total = community.householdCount();
    double angle = -Math.PI / 2;
    int colour = 0;
    for (BuildingGroup group : community.groups()) {
      long groupHouseholds = 0;
      for (BuildingId id : group.buildings()) {
        groupHouseholds += community.building(id).map(ResidentialBuilding::householdCount).orElse(0);
      }
      double groupSweep = total == 0 ? 0 : 2 * Math.PI * groupHouseholds / total;
      String fill = PALETTE.get(colour++ % PALETTE.size());
      svg.sector(cx, cy, 110, 160, angle, angle + groupSweep, fill, group.id() + ": " + groupHouseholds + " households");
      double buildingAngle = angle;
      for (BuildingId id : group.buildings()) {
        int households = community.building(id).map(ResidentialBuilding::householdCount).orElse(0);
        double sweep = total == 0 ? 0 : 2 * Math.PI * households / total;
        svg.sector(cx, cy, 168, 200, buildingAngle, buildingAngle + sweep, fill, id + ": " + households + " households");
        buildingAngle += sweep;
      }
      angle += groupSweep;
    }
    svg.circle(cx, cy, 100, "#f4d03f");
    svg.text(cx, cy - 6, "core 核心层", 15, "middle");
    svg.text(cx, cy + 14, community.corePosts().size() + " posts", 12, "middle");
    svg.legend(
        WIDTH - RIGHT + 10,
        TOP + 10,
        ImmutableMap.of(
            "core: party branch, residents' committee", "#f4d03f",
            "middle: " + community.groups().size() + " building groups", PALETTE.get(0),
            "outer: " + community.buildings().size() + " buildings", PALETTE.get(1)));
    return svg.toString();
  }

  /**
   * A bar chart, bars in the map's order.
   *
   * @param title the title
   * @param xLabel what the bars are
   * @param yLabel what their height measures
   * @param bars each bar's label and value; at least one, values finite and not negative
   * @return the SVG document
   * @throws NullPointerException if an argument or an entry is null
   * @throws IllegalArgumentException if {@code bars} is empty or holds a negative or non-finite
   *     value
   */
  public static String barChart(String title, String xLabel, String yLabel, Map<String, Double> bars) {
    checkNotNull(title, "title");
    checkNotNull(xLabel, "xLabel");
    checkNotNull(yLabel, "yLabel");
    ImmutableMap<String, Double> copy = ImmutableMap.copyOf(checkNotNull(bars, "bars"));
    checkArgument(!copy.isEmpty(), "bars must not be empty");
    copy.forEach((label, value) -> checkArgument(Double.isFinite(value) && value >= 0, "bar %s must be finite and not negative: %s", label, value));
    double max = niceCeiling(copy.values().stream().mapToDouble(Double::doubleValue).max().orElse(1));
    Svg svg = new Svg(WIDTH, HEIGHT, title);
    axes(svg, xLabel, yLabel, 0, max);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double slot = plotWidth / copy.size();
    int i = 0;
    ImmutableMap.Builder<String, String> legend = ImmutableMap.builder();
    for (Map.Entry<String, Double> bar : copy.entrySet()) {
      double h = max == 0 ? 0 : plotHeight * bar.getValue() / max;
      String fill = PALETTE.get(i % PALETTE.size());
      svg.rect(LEFT + slot * i + slot * 0.15, HEIGHT - BOTTOM - h, slot * 0.7, h, fill, bar.getKey() + ": " + format(bar.getValue()));
      svg.text(LEFT + slot * i + slot / 2, HEIGHT - BOTTOM + 16, String.valueOf(i + 1), 11, "middle");
      legend.put((i + 1) + " " + bar.getKey(), fill);
      i++;
    }
    svg.legend(WIDTH - RIGHT + 10, TOP + 10, legend.buildOrThrow());
    return svg.toString();
  }

  /**
   * A line chart of one or more series.
   *
   * @param title the title
   * @param xLabel what the horizontal axis measures
   * @param yLabel what the vertical axis measures
   * @param series each series' name and points, in x order; at least one series with a point
   * @return the SVG document
   * @throws NullPointerException if an argument or an entry is null
   * @throws IllegalArgumentException if there is no series or a series has no point
   */
  public static String lineChart(
      String title, String xLabel, String yLabel, Map<String, ? extends List<Point>> series) {
    checkNotNull(title, "title");
    checkNotNull(xLabel, "xLabel");
    checkNotNull(yLabel, "yLabel");
    checkNotNull(series, "series");
    checkArgument(!series.isEmpty(), "series must not be empty");
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = 0;
    double minY = 0;
    for (Map.Entry<String, ? extends List<Point>> line : series.entrySet()) {
      checkArgument(!line.getValue().isEmpty(), "series %s has no point", line.getKey());
      for (Point p : line.getValue()) {
        minX = Math.min(minX, p.x());
        maxX = Math.max(maxX, p.x());
        maxY = Math.max(maxY, p.y());
        minY = Math.min(minY, p.y());
      }
    }
    if (maxX == minX) {
      maxX = minX + 1;
    }
    double top = niceCeiling(maxY);
    double bottom = minY < 0 ? -niceCeiling(-minY) : 0;
    Svg svg = new Svg(WIDTH, HEIGHT, title);
    axes(svg, xLabel, yLabel, bottom, top);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    for (int t = 0; t <= 4; t++) {
      double x = minX + (maxX - minX) * t / 4;
      svg.text(LEFT + plotWidth * t / 4, HEIGHT - BOTTOM + 16, format(x), 11, "middle");
    }
    int i = 0;
    ImmutableMap.Builder<String, String> legend = ImmutableMap.builder();
    for (Map.Entry<String, ? extends List<Point>> line : series.entrySet()) {
      String stroke = PALETTE.get(i++ % PALETTE.size());
      StringBuilder points = new StringBuilder();
      for (Point p : line.getValue()) {
        double x = LEFT + plotWidth * (p.x() - minX) / (maxX - minX);
        double y = HEIGHT - BOTTOM - plotHeight * (p.y() - bottom) / (top - bottom);
        points.append(format(x)).append(',').append(format(y)).append(' ');
        svg.circle(x, y, 3, stroke);
      }
      svg.polyline(points.toString().trim(), stroke);
      legend.put(line.getKey(), stroke);
    }
    svg.legend(WIDTH - RIGHT + 10, TOP + 10, legend.buildOrThrow());
    return svg.toString();
  }

  private static void axes(Svg svg, String xLabel, String yLabel, double bottom, double top) {
    double plotHeight = HEIGHT - TOP - BOTTOM;
    svg.line(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
    svg.line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
    double step = tickStep(top - bottom);
    int ticks = (int) Math.round((top - bottom) / step);
    for (int t = 0; t <= ticks; t++) {
      double y = HEIGHT - BOTTOM - plotHeight * t / ticks;
      svg.line(LEFT - 4, y, LEFT, y);
      svg.text(LEFT - 8, y + 4, format(bottom + step * t), 11, "end");
    }
    svg.text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 20, xLabel, 13, "middle");
    svg.verticalText(22, (TOP + HEIGHT - BOTTOM) / 2.0, yLabel, 13);
  }

  /** The axis maximum: a whole number of {@link #tickStep} steps at or above {@code value}. */
  static double niceCeiling(double value) {
    if (value <= 0) {
      return 1;
    }
    double step = tickStep(value);
    return Math.ceil(value / step - 1e-9) * step;
  }

  /** The tick step for a range: about a fifth of it, rounded up to 1, 2, 2.5 or 5 × 10^k. */
  static double tickStep(double range) {
    return roundUp(range / 5);
  }

  /** The smallest of 1, 2, 2.5, 5 × 10^k at or above {@code value}; 1 for 0. */
  static double roundUp(double value) {
    if (value <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }

  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
