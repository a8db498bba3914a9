// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.awt.Color;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.function.BiFunction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.notation.PercentageFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.Plot;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * What the charts of the reports share: ticks written through {@code nl.sociaaldomein.notation}
 * whatever their size, and the drawing of a chart as an {@code <svg>} element to inline.
 */
final class ChartKit {

  /** Tick sizes 1, 2 and 5 times a power of ten, from a thousandth to ten billion. */
  private static final int SMALLEST_POWER = -3;
  private static final int LARGEST_POWER = 10;

  /** Plain figures, {@code 7.500} or {@code 0,5}. */
  static final BiFunction<BigDecimal, Integer, String> FIGURES = (value, decimals) ->
      FigureFormat.of(EuroUnit.EUROS).withDecimals(decimals).format(PrintedFigure.of(value, EuroUnit.EUROS));
  /** Euros, {@code € 10.000}. */
  static final BiFunction<BigDecimal, Integer, String> EUROS = (value, decimals) ->
      FigureFormat.EUROS.withDecimals(decimals).format(PrintedFigure.of(value, EuroUnit.EUROS));
  /** Percentages, {@code 50%} or {@code 0,5%}. */
  static final BiFunction<BigDecimal, Integer, String> PERCENTAGES = (value, decimals) ->
      PercentageFormat.of(decimals, RoundingMode.HALF_UP).format(value);

  private ChartKit() {}

  /**
   * The chart drawn as an {@code <svg>} element. {@code id} prefixes the element's definitions
   * (clip paths): a page inlines several charts, and the same id in two of them would clip one
   * chart with the other's rectangle. A fixed prefix also keeps the report the same from run to run.
   */
  static String svg(JFreeChart chart, int width, int height, String id) {
    chart.setBackgroundPaint(Color.WHITE);
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    SVGGraphics2D svg = new SVGGraphics2D(width, height);
    svg.setDefsKeyPrefix(id + "-");
    // Coordinates to a hundredth of a pixel, matrices to a millionth: more is not seen, and
    // seventeen digits a coordinate would put runs of digits in the page that a scan for BSNs flags.
    svg.setGeomDoubleConverter(d -> decimals(d, 2));
    svg.setTransformDoubleConverter(d -> decimals(d, 6));
    chart.draw(svg, new Rectangle(0, 0, width, height));
    // The view box lets the page's "width: 100%; height: auto" scale the chart to a narrower
    // column or page; without it the box shrinks and the drawing is cut off at its right.
    return svg.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
  }

  private static String decimals(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /**
   * Tick units whose labels {@code writer} writes from the tick's value, rounded HALF_UP to the
   * decimals the tick size needs (0,5 needs one, 2.000 none); from {@code smallestPower} up, so
   * that counts get whole ticks only.
   */
  static TickUnits ticks(BiFunction<BigDecimal, Integer, String> writer, int smallestPower) {
    TickUnits units = new TickUnits();
    for (int power = Math.max(smallestPower, SMALLEST_POWER); power <= LARGEST_POWER; power++) {
      for (int step : new int[] {1, 2, 5}) {
        BigDecimal size = BigDecimal.valueOf(step).scaleByPowerOfTen(power);
        units.add(new NumberTickUnit(size.doubleValue(), new Notation(writer, Math.max(0, -power))));
      }
    }
    return units;
  }

  /**
   * Tick labels for an axis in a statement's unit and style ({@code format}): JFreeChart picks the
   * ticks, this writes each, rounded HALF_UP to the format's decimals, through notation.
   */
  static NumberFormat ticks(FigureFormat format) {
    return new Notation((value, decimals) -> format.format(PrintedFigure.of(value, format.unit())), format.decimals());
  }

  /** A format for labels on bars, written by {@code writer} with {@code decimals}. */
  static NumberFormat labels(BiFunction<BigDecimal, Integer, String> writer, int decimals) {
    return new Notation(writer, decimals);
  }

  /** Ticks as plain years (2019, not 2.019): a year is a name of a column, not a figure. */
  static TickUnits years() {
    TickUnits units = new TickUnits();
    for (int step : new int[] {1, 2, 5, 10, 20, 50}) {
      units.add(new NumberTickUnit(step, new Notation((value, decimals) -> value.toBigInteger().toString(), 0)));
    }
    return units;
  }

  /**
   * JFreeChart asks a {@link NumberFormat} for each tick's label; this one rounds the tick to
   * {@code decimals} and hands it to a writer of notation.
   */
  private static final class Notation extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final transient BiFunction<BigDecimal, Integer, String> writer;
    private final int decimals;

    Notation(BiFunction<BigDecimal, Integer, String> writer, int decimals) {
      this.writer = writer;
      this.decimals = decimals;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
      return to.append(writer.apply(BigDecimal.valueOf(number).setScale(decimals, RoundingMode.HALF_UP), decimals));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
      return to.append(writer.apply(BigDecimal.valueOf(number).setScale(decimals, RoundingMode.UNNECESSARY), decimals));
    }

    @Override
    public Number parse(String source, ParsePosition position) {
      throw new UnsupportedOperationException("Chart ticks are only written");
    }
  }
}
