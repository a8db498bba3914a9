// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Year;
import org.junit.jupiter.api.Test;

class IndicatorProperties {

  @Test
  void parseOfToStringGivesTheValueBack() {
    qt().forAll(IndicatorFixtures.values()).checkAssert(v ->
        assertEquals(v, IndicatorValue.parse(v.toString()), () -> "wrote " + v));
  }

  @Test
  void parsePlainOfToPlainStringGivesTheValueBack() {
    qt().forAll(IndicatorFixtures.values()).checkAssert(v ->
        assertEquals(v, IndicatorValue.parsePlain(v.toPlainString()), () -> "wrote " + v.toPlainString()));
  }

  @Test
  void aPeriodReadsBackFromItsText() {
    qt().forAll(IndicatorFixtures.bases(), integers().between(1000, 9999)).checkAssert((basis, year) -> {
      Iv3Indicators.Period period = new Iv3Indicators.Period(basis, Year.of(year));
      assertEquals(period, Iv3Indicators.Period.parse(period.toString()));
    });
  }

  @Test
  void anIv3WaardeReadsAsWritten() {
    // A delivery writes plain decimals; the converter reads them back whatever their scale.
    qt().forAll(IndicatorFixtures.values()).checkAssert(v ->
        assertEquals(v, Iv3Indicators.value(v.toPlainString()), () -> "wrote " + v.toPlainString()));
  }
}
