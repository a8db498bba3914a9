// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The reports' tests count a chart's marks ({@link ReportFixtures#marks}); here is what that count tells apart. */
class ChartKitTest {

  private static Element drawn(DefaultCategoryDataset data) {
    JFreeChart chart = ChartFactory.createBarChart(null, null, "euro's", data, PlotOrientation.VERTICAL, true, false, false);
    return ReportFixtures.parse("<figure>" + ChartKit.svg(chart, 640, 400, "test") + "</figure>").selectFirst("svg");
  }

  @Test
  void aChartWithAxesAndALegendButNoValueHasNoMarks() {
    DefaultCategoryDataset nothing = new DefaultCategoryDataset();
    nothing.addValue(null, "realisatie", "2022");
    nothing.addValue(null, "realisatie", "2023");
    Element svg = drawn(nothing);
    assertTrue(svg.select("*").size() > 10, "plenty of elements: " + svg.select("*").size());
    assertEquals(0, ReportFixtures.marks(svg));
  }

  @Test
  void eachBarIsAMark() {
    DefaultCategoryDataset two = new DefaultCategoryDataset();
    two.addValue(120, "realisatie", "2022");
    two.addValue(null, "realisatie", "2023");
    two.addValue(80, "realisatie", "2024");
    assertEquals(2, ReportFixtures.marks(drawn(two)));
  }
}
