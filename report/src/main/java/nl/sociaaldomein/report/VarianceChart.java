// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.notation.DirectionStyle;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.text.VarianceText;
import nl.sociaaldomein.variance.Comparison;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A waterfall from the amended budget's result to the realised one, one step per group: each
 * group's variance after reserve movements, favourable (V) up and unfavourable (N) down, drawn by
 * JFreeChart's {@link WaterfallBarRenderer} as SVG. Amounts are effects on the result, so a
 * deficit stands below zero and a V raises it.
 */
final class VarianceChart {

  static final Color FAVOURABLE = new Color(0x2e7d32);
  static final Color UNFAVOURABLE = new Color(0xc62828);
  private static final Color RESULT = new Color(0x546e7a);
  private static final int WIDTH = 640;
  private static final int ROW_HEIGHT = 26;
  private static final int MARGINS = 140;
  /** The series of the dataset; the waterfall has one. */
  private static final String SERIES = "saldo";
  /** Room beyond the path's lowest and highest point, as a share of its span, for the figures beside the bars. */
  private static final double RANGE_MARGIN = 0.2;

  private VarianceChart() {}

  /**
   * The waterfall of {@code comparison}, with {@code budgetLabel} and {@code actualLabel} for its
   * first and last bars; empty when the comparison has no budget or no realisation to start and
   * end at. Where the groups' printed variances do not add up to realisation less budget, a step
   * "afronding" closes the gap, so that the chart never hides a difference.
   */
  static Optional<String> waterfall(Comparison comparison, String budgetLabel, String actualLabel) {
    Place programme = new Place.ResultAfterReserves();
    Optional<Estimate> budget = comparison.budget(programme);
    Optional<Estimate> actual = comparison.actual(programme);
    if (budget.isEmpty() || actual.isEmpty()) {
      return Optional.empty();
    }
    EuroUnit unit = comparison.statement().unit();
    Map<String, Estimate> steps = new LinkedHashMap<>();
    steps.put(budgetLabel, budget.get());
    BigDecimal stepped = budget.get().nominal();
    for (Group g : comparison.statement().groups()) {
      Estimate variance = comparison.variance(new Place.GroupAfterReserves(g.name()));
      steps.put(g.name(), variance);
      stepped = stepped.add(variance.nominal());
    }
    BigDecimal rounding = actual.get().nominal().subtract(stepped);
    if (rounding.signum() != 0) {
      steps.put("afronding", Estimate.of(rounding, BigDecimal.ZERO));
    }
    steps.put(actualLabel, actual.get());

    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> labels = new ArrayList<>();
    int i = 0;
    double running = 0;
    double lowest = Double.MAX_VALUE;
    double highest = -Double.MAX_VALUE;
    for (Map.Entry<String, Estimate> step : steps.entrySet()) {
      boolean total = i == 0 || i == steps.size() - 1;
      double value = unit.fromEuros(step.getValue().nominal()).doubleValue();
      data.addValue(value, SERIES, step.getKey());
      labels.add(VarianceText.figure(unit, step.getValue(), total ? DirectionStyle.SIGN : DirectionStyle.LETTER));
      running = total ? value : running + value;
      lowest = Math.min(lowest, running);
      highest = Math.max(highest, running);
      i++;
    }
    FigureFormat format = FigureFormat.of(unit);
    JFreeChart chart = ChartFactory.createWaterfallChart(null, null,
        "saldo na mutaties reserves, x " + format.heading(), data, PlotOrientation.HORIZONTAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
    plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setNumberFormatOverride(ChartKit.ticks(format));
    // The axis spans the path from budget to realisation, not from zero: next to a result of tens
    // of millions the groups' steps would be slivers. The first and last bars run from zero and
    // are cut at the plot's edge, their figures written at their ends.
    double span = Math.max(highest - lowest, 1);
    axis.setRange(lowest - RANGE_MARGIN * span, highest + RANGE_MARGIN * span);
    if (lowest <= 0 && highest >= 0) {
      plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
    }
    WaterfallBarRenderer renderer = new WaterfallBarRenderer(RESULT, FAVOURABLE, UNFAVOURABLE, RESULT);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDefaultItemLabelGenerator(new Labels(labels));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    plot.setRenderer(renderer);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(new LegendItem("saldo begroting en realisatie", RESULT));
    legend.add(new LegendItem("V voordelig", FAVOURABLE));
    legend.add(new LegendItem("N nadelig", UNFAVOURABLE));
    plot.setFixedLegendItems(legend);
    return Optional.of(ChartKit.svg(chart, WIDTH, MARGINS + ROW_HEIGHT * steps.size(), "variance"));
  }

  /** Each bar's figure as the report's tables write it: results with a sign, steps with V or N. */
  private static final class Labels implements org.jfree.chart.labels.CategoryItemLabelGenerator {
    private final List<String> labels;

    Labels(List<String> labels) {
      this.labels = List.copyOf(labels);
    }

    @Override
    public String generateRowLabel(org.jfree.data.category.CategoryDataset dataset, int row) {
      return String.valueOf(dataset.getRowKey(row));
    }

    @Override
    public String generateColumnLabel(org.jfree.data.category.CategoryDataset dataset, int column) {
      return String.valueOf(dataset.getColumnKey(column));
    }

    @Override
    public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
      return labels.get(column);
    }
  }
}
