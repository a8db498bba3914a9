// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.Year;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import nl.sociaaldomein.indicators.IndicatorSeries;
import nl.sociaaldomein.indicators.IndicatorUnit;
import nl.sociaaldomein.indicators.IndicatorValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One indicator as a small line chart, one of the small multiples of the indicator report: its
 * value per year and, where the table prints one, the national value. A year without a number
 * (left empty, {@code -}, {@code nog niet bekend}) is a null in the series, which JFreeChart draws
 * as a break in the line: an unknown year is no 0.
 */
final class IndicatorChart {

  static final int WIDTH = 320;
  static final int HEIGHT = 190;
  static final String MUNICIPALITY = "gemeente";
  static final String NATIONAL = "Nederland";
  /** The municipality's line, named so a test can find it in the SVG. */
  static final Color MUNICIPALITY_COLOR = new Color(0x1f, 0x4e, 0x79);
  static final Color NATIONAL_COLOR = new Color(0xc0, 0x50, 0x20);

  private IndicatorChart() {}

  /** The chart of {@code series} over {@code years}; empty when no year of it holds a number. */
  static Optional<String> of(IndicatorSeries series, Collection<Year> years, String id) {
    XYSeriesCollection data = data(series, years);
    if (data.getSeriesCount() == 0) {
      return Optional.empty();
    }
    JFreeChart chart = ChartFactory.createXYLineChart(null, null, null, data, PlotOrientation.VERTICAL,
        data.getSeriesCount() > 1, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    // One path per line, so that a gap is a new start within it rather than a missing segment.
    renderer.setDrawSeriesLineAsPath(true);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      boolean national = NATIONAL.equals(data.getSeriesKey(i));
      renderer.setSeriesPaint(i, national ? NATIONAL_COLOR : MUNICIPALITY_COLOR);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    TreeSet<Year> sorted = new TreeSet<>(years);
    x.setRange(sorted.first().getValue() - 0.4, sorted.last().getValue() + 0.4);
    x.setStandardTickUnits(ChartKit.years());
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    // From 0: a change of one percent point of 71 does not look like a fall to nothing.
    y.setAutoRangeIncludesZero(true);
    y.setStandardTickUnits(ChartKit.ticks(series.kind() == IndicatorUnit.Kind.PERCENTAGE
        ? ChartKit.PERCENTAGES : ChartKit.FIGURES, series.kind() == IndicatorUnit.Kind.COUNT ? 0 : -3));
    return Optional.of(ChartKit.svg(chart, WIDTH, HEIGHT, id));
  }

  /**
   * The municipality's values and the national ones over {@code years}, ascending, a null where a
   * year has no number; a line only when it has a number at all.
   */
  static XYSeriesCollection data(IndicatorSeries series, Collection<Year> years) {
    XYSeriesCollection data = new XYSeriesCollection();
    line(MUNICIPALITY, series.values(), years).ifPresent(data::addSeries);
    line(NATIONAL, series.comparison(), years).ifPresent(data::addSeries);
    return data;
  }

  private static Optional<XYSeries> line(String name, SortedMap<Year, IndicatorValue> values, Collection<Year> years) {
    XYSeries line = new XYSeries(name, true, false);
    boolean any = false;
    for (Year year : new TreeSet<>(years)) {
      Optional<IndicatorValue> value = Optional.ofNullable(values.get(year));
      Optional<Number> number = value.flatMap(IndicatorValue::number).map(n -> n);
      line.add(year.getValue(), number.orElse(null));
      any |= number.isPresent();
    }
    return any ? Optional.of(line) : Optional.empty();
  }
}
