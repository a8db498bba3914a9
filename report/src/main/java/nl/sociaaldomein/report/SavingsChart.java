// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.Point;
import nl.sociaaldomein.savings.PointRule;
import nl.sociaaldomein.savings.Target;
import nl.sociaaldomein.text.SavingsText;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * The jaarschijf as a chart: per year a bar stacked by domain (each domain's line by the point
 * rule), the total's interval as a band over it where ranges or {@code p.m.} items make it one,
 * and the target as a line. A band whose upper end is unknown runs to the top of the plot and
 * says so; a {@code p.m.} is never drawn as a figure of 0.
 */
final class SavingsChart {

  /** The legend's name of the band. */
  static final String BAND = "interval van het totaal (marges en p.m.)";
  /** Written in the band of a year whose upper end is unknown. */
  static final String OPEN_ABOVE = "bovengrens open (p.m.)";
  private static final int WIDTH = 640;
  private static final int HEIGHT = 400;
  /** Room above the highest known figure, where a band open above ends. */
  private static final double HEADROOM = 1.2;

  private SavingsChart() {}

  static String phasing(Phasing phasing, Optional<Target> target, Line line, PointRule rule) {
    List<Year> years = phasing.years();
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    double highest = 0;
    for (Domain d : phasing.domains()) {
      for (Year y : years) {
        Optional<Amount> point = phasing.point(y, Optional.of(d), line, rule).map(Point::amount);
        // No number where the rule needs an end that is unknown: the domain is left out of that
        // year's bar (the band and the note show it), rather than drawn as 0.
        bars.addValue(point.map(SavingsChart::euros).orElse(null), d.name(), y.toString());
      }
    }
    DefaultCategoryDataset goal = new DefaultCategoryDataset();
    String goalName = "taakstelling (" + SavingsText.label(line) + ")";
    for (Year y : years) {
      Optional<Amount> t = target.flatMap(x -> x.in(y));
      goal.addValue(t.map(SavingsChart::euros).orElse(null), goalName, y.toString());
      highest = Math.max(highest, t.map(SavingsChart::euros).orElse(0.0));
      AmountRange total = phasing.total(y).line(line);
      highest = Math.max(highest, total.high().or(total::low).map(SavingsChart::euros).orElse(0.0));
    }
    double top = Math.max(highest, 1) * HEADROOM;

    FigureFormat euros = FigureFormat.EUROS;
    JFreeChart chart = ChartFactory.createStackedBarChart(null, null, SavingsText.label(line) + ", in euro's", bars,
        PlotOrientation.VERTICAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setNumberFormatOverride(ChartKit.ticks(euros));
    axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
    StackedBarRenderer stacked = (StackedBarRenderer) plot.getRenderer();
    stacked.setBarPainter(new StandardBarPainter());
    stacked.setShadowVisible(false);

    Number[][] lows = new Number[1][years.size()];
    Number[][] highs = new Number[1][years.size()];
    boolean ranged = false;
    for (int i = 0; i < years.size(); i++) {
      AmountRange total = phasing.total(years.get(i)).line(line);
      ranged |= !total.isExact();
      lows[0][i] = total.low().map(SavingsChart::euros).orElse(0.0);
      highs[0][i] = total.high().map(SavingsChart::euros).orElse(top);
      if (total.high().isEmpty()) {
        CategoryTextAnnotation open = new CategoryTextAnnotation(OPEN_ABOVE, years.get(i).toString(), top * 0.97);
        open.setCategoryAnchor(CategoryAnchor.MIDDLE);
        open.setTextAnchor(TextAnchor.TOP_CENTER);
        open.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 9));
        plot.addAnnotation(open);
      }
    }
    if (ranged) {
      Comparable<?>[] categories = years.stream().map(Year::toString).toArray(Comparable[]::new);
      plot.setDataset(1, new DefaultIntervalCategoryDataset(new Comparable[] {BAND}, categories, lows, highs));
      IntervalBarRenderer band = new IntervalBarRenderer();
      band.setBarPainter(new StandardBarPainter());
      band.setShadowVisible(false);
      band.setSeriesPaint(0, new Color(0x90, 0x90, 0x90, 0x50));
      band.setDrawBarOutline(true);
      band.setSeriesOutlinePaint(0, Color.DARK_GRAY);
      band.setSeriesOutlineStroke(0, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {4f, 3f}, 0f));
      band.setMaximumBarWidth(0.12);
      plot.setRenderer(1, band);
    }
    if (target.isPresent()) {
      plot.setDataset(2, goal);
      LineAndShapeRenderer goalLine = new LineAndShapeRenderer(true, true);
      goalLine.setSeriesPaint(0, Color.BLACK);
      goalLine.setSeriesStroke(0, new BasicStroke(2f));
      plot.setRenderer(2, goalLine);
    }
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    if (phasing.years().stream().anyMatch(y -> phasing.total(y).line(line).high().isEmpty())) {
      axis.setAutoRange(false);
      axis.setRange(Math.min(0, axis.getLowerBound()), top);
    }
    return ChartKit.svg(chart, WIDTH, HEIGHT, "savings");
  }

  private static double euros(Amount amount) {
    return amount.toBigDecimal().doubleValue();
  }
}
