// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.notation.IndicatorText.Numeral;
import nl.sociaaldomein.notation.IndicatorText.Word;
import nl.sociaaldomein.notation.IndicatorText.Worded;
import org.junit.jupiter.api.Test;

class IndicatorTextTest {

  @Test
  void readsTheCellsOfSeed000sIndicatorTable() {
    assertEquals(new Numeral(new BigDecimal("306"), false, Optional.of("*")), IndicatorText.read("306*"));
    assertEquals(new Numeral(new BigDecimal("1039"), false, Optional.empty()), IndicatorText.read("1.039"));
    assertEquals(new Numeral(new BigDecimal("71.3"), true, Optional.empty()), IndicatorText.read("71,3%"));
    assertEquals(new Worded(Word.NOT_YET_KNOWN, Optional.empty()), IndicatorText.read("Nog niet bekend"));
    assertEquals(new Worded(Word.MISSING, Optional.of("**")), IndicatorText.read("\u2013**"));
    assertEquals(new Worded(Word.DONE, Optional.empty()), IndicatorText.read("gereed"));
  }

  @Test
  void readsPlainDecimalsButNotDutchGroupingThere() {
    assertEquals(new Numeral(new BigDecimal("906.5"), false, Optional.empty()), IndicatorText.readPlain("906.5"));
    assertEquals(new Worded(Word.YES, Optional.empty()), IndicatorText.readPlain("ja"));
    assertThrows(SociaalDomeinException.class, () -> IndicatorText.readPlain("1.039,5"));
    assertThrows(SociaalDomeinException.class, () -> IndicatorText.read("\u20ac 1.039"));
    assertThrows(SociaalDomeinException.class, () -> IndicatorText.read("*"));
  }

  @Test
  void writesWhatItReads() {
    assertEquals("71.30%*", IndicatorText.formatPlain(new BigDecimal("71.30"), true, Optional.of("*")));
    assertEquals("Nee", IndicatorText.format(Word.NO, Optional.empty()));
    assertEquals(new Worded(Word.NO, Optional.empty()), IndicatorText.read(IndicatorText.format(Word.NO, Optional.empty())));
    assertThrows(SociaalDomeinException.class, () -> IndicatorText.marker(Optional.of("+")));
  }
}
