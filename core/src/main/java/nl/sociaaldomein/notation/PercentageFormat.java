// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.PrintedFigure;

/**
 * Writes percentages in Dutch notation, rounded to a fixed number of decimals with a named
 * {@link RoundingMode}: {@code 71,3%}, {@code -5,1%}, {@code 1.250%}. What it writes reads back:
 * for every percentage {@code p} with {@link #decimals()} decimals,
 * {@code DutchNotation.parsePercentage(format(p))} equals {@code p}.
 *
 * <p>Immutable; configure with the {@code with} methods.
 *
 * <pre>{@code
 * PercentageFormat.of(1, RoundingMode.HALF_UP).format(new BigDecimal("71.25"))     // 71,3%
 * PercentageFormat.of(1, RoundingMode.HALF_UP).withSpace(true).format(1, 3)        // 33,3 %
 * }</pre>
 */
public final class PercentageFormat {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The most decimals a format writes, as for figures: {@link PrintedFigure#MAX_DIGITS}. */
  public static final int MAX_DECIMALS = PrintedFigure.MAX_DIGITS;

  private final int decimals;
  private final RoundingMode mode;
  private final boolean space;

  private PercentageFormat(int decimals, RoundingMode mode, boolean space) {
    if (decimals < 0 || decimals > MAX_DECIMALS) {
      throw new SociaalDomeinException("", Optional.of(Integer.toString(decimals)),
          "decimals must lie between 0 and " + MAX_DECIMALS);
    }
    this.decimals = decimals;
    this.mode = Objects.requireNonNull(mode, "mode");
    this.space = space;
  }

  /**
   * Percentages rounded to {@code decimals} decimals with {@code mode}, the sign right after the
   * number: {@code 71,3%}. {@link RoundingMode#UNNECESSARY} writes values that already have at
   * most that many decimals and refuses others.
   */
  public static PercentageFormat of(int decimals, RoundingMode mode) {
    return new PercentageFormat(decimals, mode, false);
  }

  /** How many decimals percentages are written with. */
  public int decimals() {
    return decimals;
  }

  /** How a percentage with more decimals is rounded. */
  public RoundingMode roundingMode() {
    return mode;
  }

  /** Writes a space between the number and the sign, as running text does: {@code 33,3 %}. */
  public PercentageFormat withSpace(boolean space) {
    return new PercentageFormat(decimals, mode, space);
  }

  /** Writes {@code percent} (71.3 for 71,3%), rounded to this format's decimals. */
  public String format(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    long wholeDigits = (long) percent.precision() - percent.scale();
    if (percent.signum() != 0 && wholeDigits > PrintedFigure.MAX_DIGITS) {
      throw new SociaalDomeinException("", Optional.of(percent.toString()),
          "a percentage has at most " + PrintedFigure.MAX_DIGITS + " digits before the decimal point");
    }
    BigDecimal rounded = percent;
    if (percent.signum() != 0 && wholeDigits < -decimals - 1) {
      // Below a tenth of the last decimal every mode rounds as it would that tenth, which
      // keeps a scale such as 1E-999999999 from being rescaled digit by digit.
      rounded = BigDecimal.valueOf(percent.signum(), decimals + 1);
    }
    return Digits.signed(rounded.setScale(decimals, mode)) + (space ? " %" : "%");
  }

  /**
   * Writes {@code part} of {@code whole} as a percentage, rounded once, from the exact ratio:
   * {@code format(1, 3)} with one decimal half up is {@code 33,3%}. Throws when {@code whole} is
   * zero.
   */
  public String format(long part, long whole) {
    if (whole == 0) {
      throw new ArithmeticException("A percentage of a whole of zero");
    }
    // BigDecimal: part * 100 may pass a long, and the division rounds only once, with mode.
    return format(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), decimals, mode));
  }

  @Override
  public String toString() {
    return "PercentageFormat[decimals=" + decimals + ", mode=" + mode + ", space=" + space + "]";
  }
}
