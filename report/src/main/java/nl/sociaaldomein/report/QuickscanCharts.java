// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.clients.GroupRow;
import nl.sociaaldomein.clients.ProviderConcentration;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.notation.PercentageFormat;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The charts of the quickscan report, drawn by JFreeChart as SVG to inline. */
final class QuickscanCharts {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 360;
  /** Plot coordinates only: the figures a reader reads are in the tables, exact. */
  private static final MathContext PLOT = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static final String PROVIDERS = "aandeel aanbieders";
  static final String COST = "cumulatief aandeel kosten";
  static final String EQUAL = "gelijke verdeling";

  private QuickscanCharts() {}

  /**
   * The Pareto curve of {@code concentration}: after the largest k of n providers, k / n of the
   * providers against their share of the cost, both in percent, from (0, 0); with the line of an
   * equal spread and a marker at the top percent. Empty without providers or without cost.
   */
  static Optional<String> pareto(ProviderConcentration concentration) {
    Optional<XYSeriesCollection> data = paretoData(concentration);
    if (data.isEmpty()) {
      return Optional.empty();
    }
    JFreeChart chart = ChartFactory.createXYLineChart(null, PROVIDERS + " (grootste eerst)", COST, data.get(),
        PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    for (NumberAxis axis : List.of((NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis())) {
      axis.setRange(0, 100);
      axis.setStandardTickUnits(ChartKit.ticks(ChartKit.PERCENTAGES, 0));
    }
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, new Color(0x1f, 0x4e, 0x79));
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    renderer.setSeriesPaint(1, Color.GRAY);
    renderer.setSeriesStroke(1, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    ValueMarker top = new ValueMarker(share(concentration.topProviders(), concentration.providers()).doubleValue());
    top.setPaint(Color.DARK_GRAY);
    top.setLabel("top " + PercentageFormat.of(0, RoundingMode.UNNECESSARY).withSpace(true)
        .format(BigDecimal.valueOf(concentration.percent())));
    top.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    top.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    plot.addDomainMarker(top);
    return Optional.of(ChartKit.svg(chart, WIDTH, HEIGHT, "pareto"));
  }

  /** The curve's points and the line of equal spread; empty without providers or without positive cost. */
  static Optional<XYSeriesCollection> paretoData(ProviderConcentration concentration) {
    BigDecimal total = concentration.totalCost().toBigDecimal();
    int n = concentration.providers();
    if (n == 0 || total.signum() <= 0) {
      return Optional.empty();
    }
    XYSeries curve = new XYSeries(COST, false, true);
    curve.add(0, 0);
    List<Amount> cumulative = concentration.paretoCurve();
    for (int k = 1; k <= n; k++) {
      curve.add(share(k, n), cumulative.get(k - 1).toBigDecimal().multiply(HUNDRED).divide(total, PLOT));
    }
    XYSeries equal = new XYSeries(EQUAL, false, true);
    equal.add(0, 0);
    equal.add(100, 100);
    XYSeriesCollection data = new XYSeriesCollection(curve);
    data.addSeries(equal);
    return Optional.of(data);
  }

  private static BigDecimal share(long part, long whole) {
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), PLOT);
  }

  /**
   * Clients per year by a number (of laws, of provisions), as grouped bars: {@code counts} gives
   * per year the clients for each of {@code names} in turn. Empty without years.
   */
  static Optional<String> stacking(String id, List<String> names, Map<Integer, List<Long>> counts) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    counts.forEach((year, clients) -> {
      for (int i = 0; i < names.size(); i++) {
        data.addValue(clients.get(i), names.get(i), Integer.toString(year));
      }
    });
    if (data.getColumnCount() == 0) {
      return Optional.empty();
    }
    JFreeChart chart = ChartFactory.createBarChart(null, null, "klanten", data, PlotOrientation.VERTICAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(ChartKit.ticks(ChartKit.FIGURES, 0));
    // Clients under three laws are a handful beside thousands: the bar is a line, the label says how many.
    plot.getRenderer().setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", ChartKit.labels(ChartKit.FIGURES, 0)));
    plot.getRenderer().setDefaultItemLabelsVisible(true);
    plot.getRangeAxis().setUpperMargin(0.12);
    // One number counted, more or less: shades of one colour, darkest for the fewest.
    for (int i = 0; i < names.size(); i++) {
      float t = names.size() == 1 ? 0f : (float) i / (names.size() - 1);
      plot.getRenderer().setSeriesPaint(i, new Color(mix(0x1f, 0xb4, t), mix(0x4e, 0xcd, t), mix(0x79, 0xe8, t)));
    }
    return Optional.of(ChartKit.svg(chart, WIDTH, HEIGHT, id));
  }

  private static int mix(int from, int to, float t) {
    return Math.round(from + (to - from) * t);
  }

  /**
   * The average cost per client of each value (a referrer, a level) per year, as horizontal bars
   * in whole euros; empty without rows. {@code averages} maps each value's name to its rows by year.
   */
  static Optional<String> averages(String id, Map<String, Map<Integer, GroupRow>> averages, RoundingMode mode) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    averages.forEach((value, byYear) -> byYear.forEach((year, row) ->
        data.addValue(row.averagePerClient(mode).toBigDecimal(), Integer.toString(year), value)));
    if (data.getColumnCount() == 0) {
      return Optional.empty();
    }
    JFreeChart chart = ChartFactory.createBarChart(null, null, "gemiddelde kosten per klant", data,
        PlotOrientation.HORIZONTAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    // "Rechter, Kinderbescherming of Officier van Justitie": cut short it says nothing.
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(ChartKit.ticks(ChartKit.EUROS, 0));
    int height = Math.max(HEIGHT, 60 + 22 * data.getColumnCount() * Math.max(1, data.getRowCount()) / 2);
    return Optional.of(ChartKit.svg(chart, WIDTH, height, id));
  }
}
