// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;

/**
 * A figure as a document prints it: a number in a unit, rounded on its own. The figure
 * {@code 13.219} in a table "x € 1.000" stands for every true amount in
 * {@code [13.218.500, 13.219.500]} euros.
 *
 * <p>The number keeps the decimals it was printed with, because they set its precision:
 * {@code 1,9 miljoen} stands for 1.850.000 to 1.950.000 euros, {@code 0,84} for 0,835 to 0,845.
 * So two figures are equal only when number, decimals and unit are equal.
 *
 * <p>The interval is taken closed, {@code [x - ½, x + ½]} of the last printed digit: documents
 * round ties both up and away from zero, and a closed interval is right for both. A true value
 * on the edge is the only thing that differs from the half-open reading.
 */
public final class PrintedFigure {

  private static final Pattern CANONICAL =
      Pattern.compile("(-?\\d+(?:\\.\\d+)?) (EUROS|THOUSANDS|MILLIONS|BILLIONS)");
  private static final BigDecimal HALF = new BigDecimal("0.5");

  /**
   * The most digits a printed number has before its decimal point, and the most decimals: no
   * document prints more, and the bound keeps arithmetic on figures small (Dutch notation
   * stops at 30 digits in all).
   */
  public static final int MAX_DIGITS = 30;

  private final BigDecimal printed;
  private final EuroUnit unit;

  private PrintedFigure(BigDecimal printed, EuroUnit unit) {
    this.printed = printed;
    this.unit = unit;
  }

  /** The whole number {@code printed} in {@code unit}: {@code of(13_219, THOUSANDS)}. */
  public static PrintedFigure of(long printed, EuroUnit unit) {
    return of(BigDecimal.valueOf(printed), unit);
  }

  /**
   * The number {@code printed} in {@code unit}; its scale is the number of decimals printed
   * ({@code new BigDecimal("1.9")} in millions is "1,9 miljoen"). A negative scale is read as
   * a whole number.
   */
  public static PrintedFigure of(BigDecimal printed, EuroUnit unit) {
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(unit, "unit");
    // Checked before the rescaling below, which would build 1E+999999999 digit by digit.
    long wholeDigits = (long) printed.precision() - printed.scale();
    if (printed.signum() != 0 && wholeDigits > MAX_DIGITS || printed.scale() > MAX_DIGITS) {
      throw new SociaalDomeinException("", Optional.of(printed.toString()),
          "a printed figure has at most " + MAX_DIGITS + " digits before and " + MAX_DIGITS
              + " after the decimal point");
    }
    BigDecimal normalised = printed.scale() < 0 ? printed.setScale(0, RoundingMode.UNNECESSARY) : printed;
    return new PrintedFigure(normalised, unit);
  }

  /** {@code exact} rounded to whole {@code unit}s with {@code mode}, as a table prints it. */
  public static PrintedFigure rounded(Amount exact, EuroUnit unit, RoundingMode mode) {
    return rounded(exact, unit, 0, mode);
  }

  /** {@code exact} rounded to {@code decimals} decimals of {@code unit} with {@code mode}. */
  public static PrintedFigure rounded(Amount exact, EuroUnit unit, int decimals, RoundingMode mode) {
    Objects.requireNonNull(exact, "exact");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(mode, "mode");
    if (decimals < 0 || decimals > MAX_DIGITS) {
      throw new SociaalDomeinException("", Optional.of(Integer.toString(decimals)),
          "decimals must lie between 0 and " + MAX_DIGITS);
    }
    return new PrintedFigure(exact.toUnit(unit).setScale(decimals, mode), unit);
  }

  /**
   * Reads the form {@link #toString()} writes: {@code 13219 THOUSANDS}, {@code 1.9 MILLIONS}.
   * Dutch notation ({@code 13.219}) is read by {@code nl.sociaaldomein.notation.DutchNotation}.
   */
  public static PrintedFigure parse(CharSequence text) {
    Matcher m = CANONICAL.matcher(Objects.requireNonNull(text, "text"));
    if (!m.matches()) {
      throw new SociaalDomeinException(
          "Cannot read \"" + Texts.abbreviate(text) + "\" as a printed figure; expected the form"
              + " 13219 THOUSANDS (use DutchNotation.parseFigure(text, unit) for Dutch notation)");
    }
    return of(new BigDecimal(m.group(1)), EuroUnit.valueOf(m.group(2)));
  }

  /** The number as printed, in {@link #unit()}, with the printed decimals as its scale. */
  public BigDecimal printedValue() {
    return printed;
  }

  /** The unit the figure is printed in. */
  public EuroUnit unit() {
    return unit;
  }

  /** How many decimals were printed. */
  public int decimals() {
    return printed.scale();
  }

  /** The printed number in euros: 13.219 thousands is 13.219.000 euros. */
  public BigDecimal nominal() {
    return unit.toEuros(printed);
  }

  /** The value of one step of the last printed digit, in euros (1000 for whole thousands). */
  public BigDecimal resolution() {
    return BigDecimal.ONE.scaleByPowerOfTen(unit.exponent() - printed.scale());
  }

  /** Half the resolution: how far the true amount may lie from {@link #nominal()}. */
  public BigDecimal halfWidth() {
    return resolution().multiply(HALF);
  }

  /** The smallest true amount in euros that prints as this figure. */
  public BigDecimal lowerBound() {
    return nominal().subtract(halfWidth());
  }

  /** The largest true amount in euros that prints as this figure (closed, see class doc). */
  public BigDecimal upperBound() {
    return nominal().add(halfWidth());
  }

  /** This figure as a value with a tolerance, to add up with others. */
  public Estimate toEstimate() {
    return Estimate.of(nominal(), halfWidth());
  }

  /** The figure with the opposite sign, in the same unit and with the same decimals. */
  public PrintedFigure negated() {
    return new PrintedFigure(printed.negate(), unit);
  }

  /** Whether {@code exact} rounds to this figure (lies within its closed interval). */
  public boolean isConsistentWith(Amount exact) {
    Objects.requireNonNull(exact, "exact");
    return toEstimate().contains(exact.toBigDecimal());
  }

  /** Whether some true amount could print as both figures. */
  public boolean isConsistentWith(PrintedFigure other) {
    Objects.requireNonNull(other, "other");
    return toEstimate().overlaps(other.toEstimate());
  }

  /** Whether some true amounts of the parts of {@code sum} add up to one that prints as this. */
  public boolean isConsistentWith(Estimate sum) {
    Objects.requireNonNull(sum, "sum");
    return toEstimate().overlaps(sum);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrintedFigure
        && ((PrintedFigure) o).unit == unit
        && ((PrintedFigure) o).printed.equals(printed);
  }

  @Override
  public int hashCode() {
    return printed.hashCode() * 31 + unit.hashCode();
  }

  /** {@code 13219 THOUSANDS}: read back by {@link #parse(CharSequence)}. */
  @Override
  public String toString() {
    return printed.toPlainString() + " " + unit.name();
  }
}
