package nl.sociaaldomein.report;

import java.awt.Color;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.FigureFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * What the reports' charts share: axis ticks written by the notation package, and a chart drawn
 * by JFreeChart onto JFreeSVG's {@code Graphics2D} as an {@code <svg>} element to inline.
 */
final class ChartAxes {

  private ChartAxes() {}

  /**
   * Ticks in Dutch notation through {@code format}: JFreeChart asks a {@link NumberFormat}, so this
   * one hands each tick, rounded HALF_UP to the format's decimals, to notation.
   */
  static NumberFormat ticks(FigureFormat format) {
    return new Notation(format);
  }

  /** {@code chart} on white, drawn {@code width} by {@code height} as SVG text. */
  static String svg(JFreeChart chart, int width, int height) {
    chart.setBackgroundPaint(Color.WHITE);
    SVGGraphics2D svg = new SVGGraphics2D(width, height);
    chart.draw(svg, new Rectangle(0, 0, width, height));
    return svg.getSVGElement();
  }

  private static final class Notation extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final transient FigureFormat format;

    Notation(FigureFormat format) {
      this.format = format;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
      return to.append(format.format(PrintedFigure.of(
          BigDecimal.valueOf(number).setScale(format.decimals(), RoundingMode.HALF_UP), format.unit())));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
      return to.append(format.format(PrintedFigure.of(number, format.unit())));
    }

    @Override
    public Number parse(String source, ParsePosition position) {
      throw new UnsupportedOperationException("Chart ticks are only written");
    }
  }
}
