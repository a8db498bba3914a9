// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BsnTest {

  // 9*1 + 8*1 + 7*1 + 6*2 + 5*2 + 4*2 + 3*3 + 2*3 - 1*3 = 66, a multiple of 11.
  static final String VALID = "111222333";

  @Test
  void acceptsNineDigitsThatPassTheElfproef() {
    assertTrue(Bsn.isValid(VALID));
    assertEquals(Bsn.parse(VALID), Bsn.parse(" " + VALID + " "));
  }

  @Test
  void padsEightDigitsWithALeadingZero() {
    // 0 + 8*1 + 7*2 + 6*3 + 5*4 + 4*5 + 3*6 + 2*7 - 1*1 = 111 = 11 * 10 + 1: not valid; find a valid one.
    String eight = "12345672";
    assertEquals(Bsn.isValid("0" + eight), Bsn.isValid(eight));
    String validEight = "10000006"; // 0 + 8*1 + ... + 2*0 - 6 = 2? computed below instead
    String padded = findValidWithLeadingZero();
    assertEquals(Bsn.parse(padded), Bsn.parse(padded.substring(1)));
    assertNotEquals(validEight, padded);
  }

  private static String findValidWithLeadingZero() {
    for (int n = 10_000_000; n < 10_001_000; n++) {
      String s = String.format("%09d", n);
      if (Bsn.isValid(s)) {
        return s;
      }
    }
    throw new AssertionError("no valid 8-digit BSN found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"111222334", "000000000", "1112223", "1112223334", "11122233a", "-11222333", ""})
  void refusesWithoutShowingTheNumber(String text) {
    InvalidBsnException e = assertThrows(InvalidBsnException.class, () -> Bsn.parse(text));
    if (!text.isEmpty()) {
      assertFalse(e.getMessage().contains(text), e.getMessage());
    }
    assertFalse(e.getMessage().matches(".*\\d{7,}.*"), e.getMessage());
  }

  @Test
  void aZeroWeightedSumIsAnElfproefFailureUnlessAllDigitsAreZero() {
    assertTrue(assertThrows(InvalidBsnException.class, () -> Bsn.parse("000000012")).getMessage().contains("elfproef"));
    assertTrue(assertThrows(InvalidBsnException.class, () -> Bsn.parse("000000000")).getMessage().contains("only zeros"));
  }

  @Test
  void householdPseudonymsAreKeyedAndApartFromClients() {
    Pseudonymiser p = Pseudonymiser.of("a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8));
    String household = p.pseudonymiseHousehold(VALID);
    assertTrue(household.matches("household-[0-9a-f]{16}"), household);
    assertEquals(household, p.pseudonymiseHousehold(VALID));
    assertNotEquals(household.substring(10), p.pseudonymise(VALID).toString().substring(7));
    assertFalse(household.contains(VALID));
  }

  @Test
  void neverPrintsItself() {
    Bsn bsn = Bsn.parse(VALID);
    assertEquals("Bsn[redacted]", bsn.toString());
    assertFalse(String.valueOf(bsn).contains(VALID));
  }

  @Test
  void pseudonymsAreKeyedAndStable() {
    byte[] key = "a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8);
    Pseudonymiser one = Pseudonymiser.of(key);
    Pseudonymiser same = Pseudonymiser.of(key);
    Pseudonymiser other = Pseudonymiser.of("another key, also long enough".getBytes(StandardCharsets.UTF_8));
    ClientId id = one.pseudonymise(VALID);
    assertEquals(id, same.pseudonymise(VALID));
    assertNotEquals(id, other.pseudonymise(VALID));
    assertNotEquals(id, Pseudonymiser.random().pseudonymise(VALID));
    assertEquals(id, ClientId.parse(id.toString()));
    assertFalse(id.toString().contains(VALID));
    assertFalse(one.toString().contains("key of"));
    assertThrows(IllegalArgumentException.class, () -> Pseudonymiser.of(new byte[8]));
  }
}
