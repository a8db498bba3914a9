// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.indicators.IndicatorValue.Figure;
import nl.sociaaldomein.indicators.IndicatorValue.Percentage;
import nl.sociaaldomein.indicators.IndicatorValue.Word;
import nl.sociaaldomein.indicators.IndicatorValue.WordKind;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.IndicatorText;

/** What the value types share: their checks, and the turning of a cell's text into a value. */
final class ValueText {

  private ValueText() {}

  static BigDecimal printable(BigDecimal value) {
    // PrintedFigure bounds the digits (30 before and after the point) and drops a negative scale.
    return PrintedFigure.of(value, EuroUnit.EUROS).printedValue();
  }

  static Optional<String> marker(Optional<String> footnote) {
    return IndicatorText.marker(footnote);
  }

  static IndicatorValue parse(CharSequence text, boolean dutch) {
    Objects.requireNonNull(text, "text");
    return value(dutch ? IndicatorText.read(text) : IndicatorText.readPlain(text));
  }

  private static IndicatorValue value(IndicatorText.Cell cell) {
    if (cell instanceof IndicatorText.Worded w) {
      return new Word(WordKind.of(w.word()), w.footnote());
    }
    IndicatorText.Numeral n = (IndicatorText.Numeral) cell;
    return n.percent() ? new Percentage(n.value(), n.footnote()) : new Figure(n.value(), n.footnote());
  }
}
