// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A figure read as printed: its V or N kept beside it, not applied to its sign nor held against it. */
class ReadAsPrintedTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-1.412.815 V | -1412815 | V",
      "1.412.815 V  | 1412815  | V",
      "1.412.815 N  | 1412815  | N",
      "-85 N        | -85      | N",
      "4.977- V     | -4977    | V",
      "120          | 120      | ''"})
  void theFigureKeepsItsPrintedSignAndTheLetterStandsBesideIt(String text, long printed, String letter) {
    Reading.Figure f = (Reading.Figure) DutchNotation.readAsPrinted(text, EuroUnit.EUROS);
    assertEquals(PrintedFigure.of(printed, EuroUnit.EUROS), f.figure());
    assertEquals(letter.isEmpty() ? Optional.empty() : Optional.of(Direction.ofLetter(letter.charAt(0))), f.direction());
  }

  @Test
  void readingAppliesAndChecksTheLetterWhereReadingAsPrintedDoesNot() {
    assertThrows(NotationParseException.class, () -> DutchNotation.read("-1.412.815 V", EuroUnit.EUROS));
    assertEquals(PrintedFigure.of(-85, EuroUnit.EUROS),
        ((Reading.Figure) DutchNotation.read("85 N", EuroUnit.EUROS)).figure());
    assertEquals(PrintedFigure.of(85, EuroUnit.EUROS),
        ((Reading.Figure) DutchNotation.readAsPrinted("85 N", EuroUnit.EUROS)).figure());
    // Everything else reads as read() reads it, refusals included.
    assertEquals(DutchNotation.read("p.m. (10.000 - 50.000)", EuroUnit.EUROS),
        DutchNotation.readAsPrinted("p.m. (10.000 - 50.000)", EuroUnit.EUROS));
    assertThrows(NotationParseException.class, () -> DutchNotation.readAsPrinted("1.5", EuroUnit.EUROS));
  }

  @Test
  void anAmountIsWrittenExactlyInEurosWithCentsOnlyWhereItHasThem() {
    nl.sociaaldomein.money.Amount whole = nl.sociaaldomein.money.Amount.ofEuros(50_000);
    nl.sociaaldomein.money.Amount cents = nl.sociaaldomein.money.Amount.ofCents(5_000_050);
    assertEquals(FigureFormat.EUROS, FigureFormat.exactEuros(whole));
    assertEquals("€ 50.000,50", FigureFormat.exactEuros(cents).format(cents, java.math.RoundingMode.UNNECESSARY));
    assertEquals("€ -50.000", FigureFormat.exactEuros(whole.negated()).format(whole.negated(), java.math.RoundingMode.UNNECESSARY));
  }
}
