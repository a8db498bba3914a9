// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.notation.PercentageFormat;

/** Dutch notation for the numbers of a derivation, always through the notation package. */
final class Figures {

  private static final FigureFormat PLAIN = FigureFormat.of(EuroUnit.EUROS);

  private Figures() {}

  /** Without trailing zeros and never with a negative scale, so each number has one form. */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
  }

  /** Whether the notation package can write {@code value}: the limits of {@link PrintedFigure}. */
  static boolean isPrintable(BigDecimal value) {
    BigDecimal c = canonical(value);
    return c.scale() <= PrintedFigure.MAX_DIGITS && (long) c.precision() - c.scale() <= PrintedFigure.MAX_DIGITS;
  }

  /**
   * Whether Dutch notation can read {@code value} back as written: at most
   * {@link PrintedFigure#MAX_DIGITS} digits in all, the 0 before a decimal comma included. A
   * driver is read from files, so it must meet this; a computed figure need only be printable.
   */
  static boolean isReadable(BigDecimal value) {
    BigDecimal c = canonical(value);
    return Math.max(1L, (long) c.precision() - c.scale()) + c.scale() <= PrintedFigure.MAX_DIGITS;
  }

  /** {@code 1.300}, {@code 0,84}: every decimal the exact value has, nothing rounded. */
  static String plain(BigDecimal value) {
    return PLAIN.format(PrintedFigure.of(canonical(value), EuroUnit.EUROS));
  }

  /** {@code € 5.040}, {@code € 0,845}: every decimal the exact value has. */
  static String euros(BigDecimal value) {
    return FigureFormat.EUROS.format(PrintedFigure.of(canonical(value), EuroUnit.EUROS));
  }

  static String of(BigDecimal value, boolean money) {
    return money ? euros(value) : plain(value);
  }

  /** {@code 10 %}, {@code 0,5 %}, with the space running text uses. */
  static String percentage(BigDecimal percent) {
    BigDecimal p = canonical(percent);
    return PercentageFormat.of(p.scale(), RoundingMode.UNNECESSARY).withSpace(true).format(p);
  }
}
