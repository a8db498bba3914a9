// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.indicators.IndicatorUnit.Kind;
import org.junit.jupiter.api.Test;

class IndicatorUnitTest {

  @Test
  void readsTheUnitsOfSeed000() {
    IndicatorUnit jobs = IndicatorUnit.parse("per 1.000 inwoners van 15-64 jaar");
    assertEquals(Kind.RATE, jobs.kind());
    assertEquals(Optional.of(new BigDecimal("1000")), jobs.per());
    IndicatorUnit reintegration = IndicatorUnit.parse("per 10.000 inwoners van 15-64 jaar");
    assertEquals(Optional.of(new BigDecimal("10000")), reintegration.per());
    assertEquals(Kind.RATE, IndicatorUnit.parse("per 10.000 inwoners").kind());
    assertEquals(Kind.PERCENTAGE, IndicatorUnit.parse("%").kind());
    assertEquals(Kind.PERCENTAGE, IndicatorUnit.parse("% van alle jongeren tot 18 jaar").kind());
    assertEquals("% van alle jongeren tot 18 jaar", IndicatorUnit.parse(" % van alle jongeren tot 18 jaar ").toString());
  }

  @Test
  void readsTheUnitsOfTheIv3List() {
    assertEquals(Kind.RATE, IndicatorUnit.parse("Fte per 1.000 inwoners").kind());
    assertEquals(Kind.OTHER, IndicatorUnit.parse("kosten per inwoner").kind());
    assertEquals(Optional.empty(), IndicatorUnit.parse("kosten per inwoner").per());
    assertEquals(Kind.PERCENTAGE, IndicatorUnit.parse("% van totale lasten").kind());
    assertEquals(Kind.COUNT, IndicatorUnit.parse("aantal").kind());
    assertEquals(Kind.YES_NO, IndicatorUnit.parse("Ja/nee").kind());
  }

  @Test
  void refusesAKindTheTextDoesNotName() {
    assertThrows(SociaalDomeinException.class, () -> new IndicatorUnit(Kind.COUNT, "%"));
    assertThrows(SociaalDomeinException.class, () -> new IndicatorUnit(Kind.PERCENTAGE, " %"));
    assertThrows(SociaalDomeinException.class, () -> IndicatorUnit.parse("  "));
  }
}
