// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.text.StatementText;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The result per group of a statement as a bar chart, amended budget beside realisation, drawn by
 * JFreeChart as SVG to inline in a report.
 */
final class StatementChart {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 360;

  private StatementChart() {}

  /** The chart as an {@code <svg>} element; empty when the statement has no group results or no such columns. */
  static Optional<String> groupResults(Statement statement) {
    List<Column> columns = statement.columns().stream()
        .filter(c -> c.role() == ColumnRole.AMENDED_BUDGET || c.role() == ColumnRole.REALISATION)
        .toList();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Group g : statement.groups()) {
      if (!g.hasResultLines()) {
        continue;
      }
      for (Column c : columns) {
        data.addValue(figure(statement, new Cell(new Place.GroupResult(g.name()), c.label())), c.label(), g.name());
      }
    }
    if (data.getRowCount() == 0 || data.getColumnCount() == 0) {
      return Optional.empty();
    }
    JFreeChart chart = ChartFactory.createBarChart(null, null,
        "x " + FigureFormat.of(statement.unit()).heading(), data, PlotOrientation.HORIZONTAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    // Group names are long ("Eigen kracht en individuele ondersteuning"); cut short they say nothing.
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(ChartKit.ticks(FigureFormat.of(statement.unit())));
    return Optional.of(ChartKit.svg(chart, WIDTH, HEIGHT, "statement"));
  }

  /** The figure in the document's unit: as printed, else as a derived cell is shown. */
  private static BigDecimal figure(Statement statement, Cell cell) {
    return statement.printed(cell).orElseGet(() -> StatementText.derivedFigure(statement, cell)).printedValue();
  }
}
