// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;

/**
 * An amount of euros known to within a tolerance: {@code nominal ± halfWidth}, closed at both
 * ends. Sums and differences of {@link PrintedFigure}s are estimates, because each rounded
 * figure adds its own half unit of doubt.
 */
public final class Estimate {

  private static final Pattern CANONICAL =
      Pattern.compile("EUR (-?\\d+(?:\\.\\d+)?) ± (\\d+(?:\\.\\d+)?)");

  /** Exactly zero. */
  public static final Estimate ZERO = new Estimate(BigDecimal.ZERO, BigDecimal.ZERO);

  private final BigDecimal nominal;
  private final BigDecimal halfWidth;

  private Estimate(BigDecimal nominal, BigDecimal halfWidth) {
    this.nominal = nominal;
    this.halfWidth = halfWidth;
  }

  /**
   * {@code nominal ± halfWidth} euros; {@code halfWidth} must not be negative. Each may have at
   * most {@value #MAX_DIGITS} digits before and after the decimal point (trailing zeros do not
   * count): far more than any sum of printed figures has, and few enough that adding two
   * estimates never aligns a scale such as {@code 1E+999999999} digit by digit.
   */
  public static Estimate of(BigDecimal nominal, BigDecimal halfWidth) {
    Objects.requireNonNull(nominal, "nominal");
    Objects.requireNonNull(halfWidth, "halfWidth");
    if (halfWidth.signum() < 0) {
      throw new SociaalDomeinException("halfWidth must not be negative: " + halfWidth.toPlainString());
    }
    return new Estimate(bounded(nominal, "nominal"), bounded(halfWidth, "halfWidth"));
  }

  /** The most digits {@link #of} takes on either side of the decimal point. */
  static final int MAX_DIGITS = 100;

  private static BigDecimal bounded(BigDecimal value, String name) {
    if (isBounded(value)) {
      return value;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (isBounded(stripped)) {
      return stripped;
    }
    throw new SociaalDomeinException("", Optional.of(value.toString()),
        name + " has more than " + MAX_DIGITS + " digits before or after the decimal point");
  }

  private static boolean isBounded(BigDecimal value) {
    long wholeDigits = value.signum() == 0 ? -value.scale() : (long) value.precision() - value.scale();
    return value.scale() <= MAX_DIGITS && wholeDigits <= MAX_DIGITS;
  }

  /** The sum of printed figures, each with its own tolerance. */
  public static Estimate sum(Iterable<PrintedFigure> figures) {
    Objects.requireNonNull(figures, "figures");
    Estimate total = ZERO;
    for (PrintedFigure f : figures) {
      total = total.plus(f);
    }
    return total;
  }

  /** Reads the form {@link #toString()} writes: {@code EUR 13213000 ± 1000}. */
  public static Estimate parse(CharSequence text) {
    Matcher m = CANONICAL.matcher(Objects.requireNonNull(text, "text"));
    if (!m.matches()) {
      throw new SociaalDomeinException(
          "Cannot read \"" + Texts.abbreviate(text) + "\" as an estimate; expected EUR 13213000 ± 1000");
    }
    return of(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
  }

  /** The middle of the interval, in euros. */
  public BigDecimal nominal() {
    return nominal;
  }

  /** How far the true amount may lie from the nominal one, in euros. */
  public BigDecimal halfWidth() {
    return halfWidth;
  }

  /** The smallest amount the estimate allows, in euros. */
  public BigDecimal lowerBound() {
    return nominal.subtract(halfWidth);
  }

  /** The largest amount the estimate allows, in euros. */
  public BigDecimal upperBound() {
    return nominal.add(halfWidth);
  }

  /** The sum; the tolerances add up, since the doubts of the two may lie the same way. */
  public Estimate plus(Estimate other) {
    Objects.requireNonNull(other, "other");
    return new Estimate(nominal.add(other.nominal), halfWidth.add(other.halfWidth));
  }

  /** The sum with a printed figure, whose rounding adds half its unit of doubt. */
  public Estimate plus(PrintedFigure figure) {
    Objects.requireNonNull(figure, "figure");
    return plus(figure.toEstimate());
  }

  /** The difference; the tolerances add up, as in a sum. */
  public Estimate minus(Estimate other) {
    Objects.requireNonNull(other, "other");
    return new Estimate(nominal.subtract(other.nominal), halfWidth.add(other.halfWidth));
  }

  /** The difference with a printed figure, whose rounding adds half its unit of doubt. */
  public Estimate minus(PrintedFigure figure) {
    Objects.requireNonNull(figure, "figure");
    return minus(figure.toEstimate());
  }

  /** The estimate with the opposite sign and the same tolerance. */
  public Estimate negated() {
    return new Estimate(nominal.negate(), halfWidth);
  }

  /** Whether {@code euros} lies within this estimate. */
  public boolean contains(BigDecimal euros) {
    Objects.requireNonNull(euros, "euros");
    return lowerBound().compareTo(euros) <= 0 && euros.compareTo(upperBound()) <= 0;
  }

  /** Whether some amount lies within both estimates. */
  public boolean overlaps(Estimate other) {
    Objects.requireNonNull(other, "other");
    return distanceTo(other).signum() == 0;
  }

  /** How far apart the two intervals lie: zero when they overlap. */
  public BigDecimal distanceTo(Estimate other) {
    Objects.requireNonNull(other, "other");
    BigDecimal gapAbove = other.lowerBound().subtract(upperBound());
    BigDecimal gapBelow = lowerBound().subtract(other.upperBound());
    return gapAbove.max(gapBelow).max(BigDecimal.ZERO);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Estimate
        && ((Estimate) o).nominal.compareTo(nominal) == 0
        && ((Estimate) o).halfWidth.compareTo(halfWidth) == 0;
  }

  @Override
  public int hashCode() {
    return nominal.stripTrailingZeros().hashCode() * 31 + halfWidth.stripTrailingZeros().hashCode();
  }

  /** {@code EUR 13213000 ± 1000}: read back by {@link #parse(CharSequence)}. */
  @Override
  public String toString() {
    return "EUR " + nominal.toPlainString() + " ± " + halfWidth.toPlainString();
  }
}
