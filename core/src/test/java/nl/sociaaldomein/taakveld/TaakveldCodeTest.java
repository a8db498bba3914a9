// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaakveldCodeTest {

  @Test
  void codesAreStringsNotDecimals() {
    assertNotEquals(TaakveldCode.of("0.1"), TaakveldCode.of("0.10"));
    assertNotEquals(TaakveldCode.of("6.6"), TaakveldCode.of("6.60"));
    assertEquals("0.10", TaakveldCode.of("0.10").toString());
    assertEquals(TaakveldCode.of("0.10"), TaakveldCode.parse("0.10"));
    assertEquals(TaakveldCode.of("0.10").hashCode(), TaakveldCode.parse("0.10").hashCode());
  }

  @Test
  void aHoofdtaakveldIsWrittenWithItsDotAndReadWithOrWithout() {
    assertEquals("6.", TaakveldCode.of("6").toString());
    assertEquals(TaakveldCode.of("6."), TaakveldCode.of("6"));
    assertEquals(TaakveldLevel.HOOFDTAAKVELD, TaakveldCode.of("6").level());
    assertTrue(TaakveldCode.of("0.").isHoofdtaakveld());
  }

  @Test
  void theShapeGivesTheLevelAndTheImpliedParent() {
    assertEquals(TaakveldLevel.TAAKVELD, TaakveldCode.of("6.71").level());
    assertEquals(TaakveldLevel.TAAKVELD, TaakveldCode.of("0.10").level());
    assertEquals(TaakveldLevel.SUBTAAKVELD, TaakveldCode.of("6.71a").level());
    assertEquals(TaakveldLevel.SUBTAAKVELD, TaakveldCode.of("6.711").level());
    assertEquals(Optional.of(TaakveldCode.of("6.71")), TaakveldCode.of("6.71a").impliedParent());
    assertEquals(Optional.of(TaakveldCode.of("6.71")), TaakveldCode.of("6.711").impliedParent());
    assertEquals(Optional.of(TaakveldCode.of("0.")), TaakveldCode.of("0.10").impliedParent());
    assertEquals(Optional.empty(), TaakveldCode.of("6.").impliedParent());
    assertEquals(TaakveldCode.of("6."), TaakveldCode.of("6.822").hoofdtaakveld());
    assertEquals(TaakveldCode.of("6."), TaakveldCode.of("6.").hoofdtaakveld());
  }

  @Test
  void theLetterOfASubTaakveldIsReadInEitherCase() {
    assertEquals(TaakveldCode.of("6.71a"), TaakveldCode.of("6.71A"));
    assertEquals("6.71a", TaakveldCode.of("6.71A").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "6..", "6,71", "6.7111", "6.71ab", "66.1", "a.1", " 6.71", "6.71 ", "6.-1", "6.71-", "x"})
  void otherTextIsRefusedNamingIt(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaakveldCode.parse(text));
    assertTrue(e.getMessage().startsWith("\"" + text + "\" is not a taakveld code"), e.getMessage());
    assertFalse(TaakveldCode.tryParse(text).isPresent());
  }

  @Test
  void theMessageHelpsWithACommaOrSpaces() {
    assertTrue(TaakveldCode.parse("6").toString().equals("6."));
    String comma = assertThrows(IllegalArgumentException.class, () -> TaakveldCode.parse("6,71")).getMessage();
    assertTrue(comma.contains("with a dot, not a comma"), comma);
    String spaces = assertThrows(IllegalArgumentException.class, () -> TaakveldCode.parse(" 6.71")).getMessage();
    assertTrue(spaces.contains("remove the surrounding spaces"), spaces);
  }
}
