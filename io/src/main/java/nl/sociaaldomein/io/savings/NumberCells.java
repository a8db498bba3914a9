// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import java.math.BigDecimal;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.FigureFormat;

/**
 * A plain number in a cell of the models and scenarios CSV (a driver's number, a rounding step, a
 * change's value), as each dialect writes it: {@code 1.300}, {@code 0,84}, {@code 7 %} in Dutch
 * notation, {@code 0.84} in the plain dialect. One place, so that both files read what they write.
 */
final class NumberCells {

  private NumberCells() {}

  /**
   * The number in {@code text}; with {@code percentAllowed}, a Dutch {@code 7 %} reads as 7.
   * Throws {@link IllegalArgumentException} (the notation's exception) saying what is wrong.
   */
  static BigDecimal read(String text, CsvDialect dialect, boolean percentAllowed) {
    if (dialect == CsvDialect.PLAIN) {
      return CsvDialect.parsePlainDecimal(text);
    }
    if (percentAllowed && text.contains("%")) {
      return DutchNotation.parsePercentage(text);
    }
    return DutchNotation.parseFigure(text, EuroUnit.EUROS).printedValue();
  }

  /** {@code value} as {@code dialect} writes a plain number: every decimal it has, no euro sign. */
  static String write(BigDecimal value, CsvDialect dialect) {
    return dialect == CsvDialect.PLAIN ? value.toPlainString()
        : FigureFormat.of(EuroUnit.EUROS).format(PrintedFigure.of(value, EuroUnit.EUROS));
  }
}
