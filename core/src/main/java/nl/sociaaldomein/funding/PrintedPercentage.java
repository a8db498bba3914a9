// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.NotationParseException;
import nl.sociaaldomein.notation.PercentageFormat;
import nl.sociaaldomein.notation.Reading;

/**
 * A percentage as a table prints it, rounded on its own: {@code 6,2%} stands for every true
 * share in {@code [6,15%; 6,25%]}. Or a blank cell ({@code %} or empty), which stands for no
 * share at all: exactly zero.
 *
 * <p>As with {@link PrintedFigure}, the printed decimals set the precision and the interval is
 * closed, because documents round ties both up and away from zero. Some tables drop trailing
 * zeros (a spreadsheet's "General" format prints 5,0% as {@code 5%}); {@link
 * #assumingDecimals(int)} restores the precision the table was really rounded to.
 *
 * <p>{@link #toString()} writes Dutch notation ({@code 6,2%}, {@code -5,1%}, {@code 0,4%},
 * {@code %} for a blank), which {@link #parse(CharSequence)} reads back to an equal value.
 */
public final class PrintedPercentage {

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final PrintedPercentage BLANK = new PrintedPercentage(null);

  /** The printed number in percent with its printed decimals; null for a blank cell. */
  private final BigDecimal percent;

  private PrintedPercentage(BigDecimal percent) {
    this.percent = percent;
  }

  /**
   * The percentage {@code percent} (71.3 for 71,3%); its scale is the number of decimals
   * printed. A negative scale is read as a whole number.
   */
  public static PrintedPercentage of(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    return new PrintedPercentage(percent.scale() < 0 ? percent.setScale(0, RoundingMode.UNNECESSARY) : percent);
  }

  /** A blank cell: no share, which only an exact zero matches. */
  public static PrintedPercentage blank() {
    return BLANK;
  }

  /** {@code share} rounded to {@code decimals} decimals of a percent with {@code mode}. */
  public static PrintedPercentage rounded(Share share, int decimals, RoundingMode mode) {
    return new PrintedPercentage(Objects.requireNonNull(share, "share").percent(decimals, mode));
  }

  /**
   * Reads a cell of a percentage column in Dutch notation: {@code 6,2%}, {@code -5%},
   * {@code ,4%}, or a blank ({@code %}, empty, a dash). Throws {@link NotationParseException}
   * for anything else, such as an amount.
   */
  public static PrintedPercentage parse(CharSequence text) {
    Reading reading = DutchNotation.read(Objects.requireNonNull(text, "text"));
    if (reading instanceof Reading.Percentage) {
      return of(((Reading.Percentage) reading).percent());
    }
    if (reading instanceof Reading.Blank) {
      return BLANK;
    }
    throw new NotationParseException(text, 0, "expected a percentage or a blank cell");
  }

  /** Whether the cell was left blank, so that it holds no percentage. */
  public boolean isBlank() {
    return percent == null;
  }

  /** The printed number in percent; throws for a blank cell, which has none. */
  public BigDecimal percent() {
    if (percent == null) {
      throw new IllegalStateException("A blank cell has no percentage");
    }
    return percent;
  }

  /** The printed number in percent, zero for a blank cell: what a column total adds up. */
  public BigDecimal percentOrZero() {
    return percent == null ? BigDecimal.ZERO : percent;
  }

  /** How many decimals were printed; zero for a blank. */
  public int decimals() {
    return percent == null ? 0 : percent.scale();
  }

  /** How far the true share may lie from the printed number, in percentage points. */
  public BigDecimal halfWidth() {
    return percent == null ? BigDecimal.ZERO : HALF.movePointLeft(percent.scale());
  }

  /** The smallest true share, in percent, that prints as this (closed: see class doc). */
  public BigDecimal lowerBound() {
    return percentOrZero().subtract(halfWidth());
  }

  /** The largest true share, in percent, that prints as this (closed: see class doc). */
  public BigDecimal upperBound() {
    return percentOrZero().add(halfWidth());
  }

  /**
   * The same number read as rounded to {@code decimals} decimals: {@code -5%} from a column
   * rounded to one decimal is -5,0%, [-5,05; -4,95] rather than [-5,5; -4,5]. Refuses fewer
   * decimals than were printed, since that would discard a printed digit, and refuses a blank,
   * which has no digits to extend.
   */
  public PrintedPercentage assumingDecimals(int decimals) {
    if (percent == null) {
      return this;
    }
    if (decimals < percent.scale()) {
      throw new SociaalDomeinException("decimals must be at least the " + percent.scale()
          + " printed in " + this + ": " + decimals);
    }
    return new PrintedPercentage(percent.setScale(decimals, RoundingMode.UNNECESSARY));
  }

  /** Whether {@code share} rounds to this percentage; a blank holds only an exact zero. */
  public boolean contains(Share share) {
    Objects.requireNonNull(share, "share");
    if (percent == null) {
      return share.part().isZero();
    }
    return share.compareToPercent(lowerBound()) >= 0 && share.compareToPercent(upperBound()) <= 0;
  }

  /** Whether the exact percentage {@code percent} rounds to this one. */
  public boolean contains(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (this.percent == null) {
      return percent.signum() == 0;
    }
    return lowerBound().compareTo(percent) <= 0 && percent.compareTo(upperBound()) <= 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrintedPercentage && Objects.equals(((PrintedPercentage) o).percent, percent);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(percent);
  }

  /** Dutch notation: {@code 6,2%}, {@code 0,4%}, {@code %} for a blank; read back by parse. */
  @Override
  public String toString() {
    // With the decimals it was printed with: nothing to round.
    return percent == null ? "%" : PercentageFormat.of(percent.scale(), RoundingMode.UNNECESSARY).format(percent);
  }
}
