// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import org.junit.jupiter.api.Test;

class IndicatorValueTest {

  private static BigDecimal d(String plain) {
    return new BigDecimal(plain);
  }

  @Test
  void readsTheCellsOfSeed000sTable() {
    assertEquals(IndicatorValue.of(d("906.5")), IndicatorValue.parse("906,5"));
    assertEquals(IndicatorValue.ofPercent(d("71.3")), IndicatorValue.parse("71,3%"));
    assertEquals(IndicatorValue.notYetKnown(), IndicatorValue.parse("nog niet bekend"));
    assertEquals(IndicatorValue.of(d("790")), IndicatorValue.parse("790"));
  }

  @Test
  void keepsThePrintedScale() {
    IndicatorValue five = IndicatorValue.parse("5,0%");
    assertEquals(IndicatorValue.ofPercent(d("5.0")), five);
    assertFalse(five.equals(IndicatorValue.ofPercent(d("5"))), "5,0% and 5% are two printings");
    assertEquals("5,0%", five.toString());
  }

  @Test
  void aDotSeparatesThousands() {
    assertEquals(IndicatorValue.of(d("1039")), IndicatorValue.parse("1.039"));
    assertEquals(IndicatorValue.of(d("514907")), IndicatorValue.parse("514.907"));
    assertEquals("514.907", IndicatorValue.of(d("514907")).toString());
    // Seed 002 prints 1100 without a dot in the same row as 1.039.
    assertEquals(IndicatorValue.of(d("1100")), IndicatorValue.parse("1100"));
    assertEquals("1.100", IndicatorValue.of(d("1100")).toString());
  }

  @Test
  void keepsFootnoteMarkersAsNotes() {
    IndicatorValue marked = IndicatorValue.parse("306*");
    assertEquals(new IndicatorValue.Figure(d("306"), Optional.of("*")), marked);
    assertEquals(Optional.of("*"), marked.footnote());
    assertEquals(Optional.of(d("306")), marked.number());
    assertEquals("306*", marked.toString());
    assertEquals(new IndicatorValue.Figure(d("58"), Optional.of("**")), IndicatorValue.parse("58**"));
    assertEquals(new IndicatorValue.Figure(d("1"), Optional.of("**")), IndicatorValue.parse("1**"));
    assertEquals(new IndicatorValue.Percentage(d("100"), Optional.of("*")), IndicatorValue.parse("100%*"));
  }

  @Test
  void readsWordsAndTheDash() {
    assertEquals(IndicatorValue.missing(), IndicatorValue.parse("-"));
    assertEquals(IndicatorValue.missing(), IndicatorValue.parse(" – "));
    assertEquals(IndicatorValue.ofYes(true), IndicatorValue.parse("Ja"));
    assertEquals(IndicatorValue.ofYes(false), IndicatorValue.parse("Nee"));
    assertEquals(IndicatorValue.ofYes(false), IndicatorValue.parse("NEE"));
    assertEquals(IndicatorValue.done(), IndicatorValue.parse("gereed"));
    assertEquals(new IndicatorValue.Word(IndicatorValue.WordKind.YES, Optional.of("*")), IndicatorValue.parse("Ja*"));
    assertEquals(IndicatorValue.notYetKnown(), IndicatorValue.parse("Nog niet bekend"));
    assertEquals("Nee", IndicatorValue.ofYes(false).toString());
    assertFalse(IndicatorValue.missing().isKnown());
    assertFalse(IndicatorValue.notYetKnown().isKnown());
    assertTrue(IndicatorValue.ofYes(true).isKnown());
    assertEquals(Optional.empty(), IndicatorValue.ofYes(true).number());
  }

  @Test
  void readsPlainDecimals() {
    assertEquals(IndicatorValue.of(d("906.5")), IndicatorValue.parsePlain("906.5"));
    assertEquals(IndicatorValue.ofPercent(d("71.3")), IndicatorValue.parsePlain("71.3%"));
    assertEquals(IndicatorValue.of(d("1.039")), IndicatorValue.parsePlain("1.039"));
    assertEquals(new IndicatorValue.Figure(d("306"), Optional.of("*")), IndicatorValue.parsePlain("306*"));
    assertEquals("906.5", IndicatorValue.of(d("906.5")).toPlainString());
    assertEquals("71.3%*", new IndicatorValue.Percentage(d("71.3"), Optional.of("*")).toPlainString());
  }

  @Test
  void refusesWhatIsNoIndicatorValueNamingTheText() {
    for (String text : new String[] {"€ 5", "1,9 miljoen", "85 V", "ruim 5", "p.m.", "%", "abc", "nog niet", "*"}) {
      SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> IndicatorValue.parse(text), text);
      assertTrue(e.getMessage().contains(text), e.getMessage());
    }
    // Dutch notation refuses an English decimal point, at its index.
    SociaalDomeinException english = assertThrows(SociaalDomeinException.class, () -> IndicatorValue.parse("906.5"));
    assertTrue(english.getMessage().contains("906.5"), english.getMessage());
    assertThrows(SociaalDomeinException.class, () -> IndicatorValue.parse(""));
    assertThrows(SociaalDomeinException.class, () -> IndicatorValue.parsePlain("906,5"));
    assertThrows(SociaalDomeinException.class, () -> IndicatorValue.parsePlain("1,039"));
  }

  @Test
  void refusesABadFootnoteMarker() {
    assertThrows(SociaalDomeinException.class, () -> new IndicatorValue.Word(IndicatorValue.WordKind.MISSING, Optional.of("a")));
    assertThrows(SociaalDomeinException.class, () -> new IndicatorValue.Word(IndicatorValue.WordKind.MISSING, Optional.of("")));
  }

  @Test
  void boundsTheDigitsAsPrintedFiguresDo() {
    assertThrows(SociaalDomeinException.class, () -> IndicatorValue.of(new BigDecimal("1E+40")));
    assertEquals(IndicatorValue.of(d("100")), IndicatorValue.of(new BigDecimal("1E+2")));
  }
}
