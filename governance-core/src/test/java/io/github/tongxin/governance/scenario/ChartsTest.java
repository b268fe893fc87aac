package io.github.tongxin.governance.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.community.Community;
import io.github.tongxin.governance.community.Jiading;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ChartsTest {
  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document document) {
    NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void barChartIsWellFormedWithTitleAxesAndLegend() throws Exception {
    Map<String, Double> bars = new LinkedHashMap<>();
    bars.put("community environment <path>", 420_000.0);
    bars.put("garbage sorting", 130_500.5);
    Document svg = parse(Charts.barChart("Funded & granted", "category", "yuan", bars));
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(texts(svg))
        .contains("Funded & granted", "category", "yuan", "1 community environment <path>", "2 garbage sorting");
    assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength())
        .isGreaterThanOrEqualTo(1 + 2 + 2);
    // 420,000 rounds up to the axis maximum 500,000 in steps of 100,000, in ASCII digits whatever the locale.
    assertThat(texts(svg)).contains("500000", "100000", "0");
  }

  @Test
  void lineChartPlotsEverySeries() throws Exception {
    Map<String, List<Charts.Point>> series = new LinkedHashMap<>();
    series.put("complete councils", List.of(new Charts.Point(100, 280), new Charts.Point(200, 140.5)));
    series.put("groups", List.of(new Charts.Point(100, 290), new Charts.Point(300, 97)));
    Document svg = parse(Charts.lineChart("Group size", "target households", "count", series));
    assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").getLength()).isEqualTo(2);
    assertThat(texts(svg)).contains("Group size", "target households", "count", "complete councils", "groups", "100", "300");
  }

  @Test
  void concentricCirclesShowEveryGroupAndBuilding() throws Exception {
    Community community = Jiading.syntheticZone().zone().communities().get(0);
    Document svg = parse(Charts.concentricCircles(community));
    int paths = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength();
    assertThat(paths).isEqualTo(community.groups().size() + community.buildings().size());
    assertThat(texts(svg)).contains("core 核心层", "middle: " + community.groups().size() + " building groups");
  }

  @Test
  void refusesEmptyOrNegativeData() {
    assertThatThrownBy(() -> Charts.barChart("t", "x", "y", Map.of())).hasMessageContaining("empty");
    assertThatThrownBy(() -> Charts.barChart("t", "x", "y", Map.of("a", -1.0))).hasMessageContaining("-1.0");
    assertThatThrownBy(() -> Charts.lineChart("t", "x", "y", Map.of("s", List.of()))).hasMessageContaining("s has no point");
  }
}
