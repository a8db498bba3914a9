// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LawTest {

  @Test
  void readsDutchNamesConstantsAndTheShortNamesOfExtracts() {
    assertEquals(Law.WMO, Law.parse(" wmo "));
    assertEquals(Law.JEUGDWET, Law.parse("Jeugdwet"));
    assertEquals(Law.JEUGDWET, Law.parse("JEUGD"));
    assertEquals(Law.PARTICIPATIEWET, Law.parse("PARTICIPATIEWET"));
    assertEquals(Law.PARTICIPATIEWET, Law.parse("Participatie"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Law.parse("Wlz"));
    assertTrue(e.getMessage().contains("\"Wlz\""), e.getMessage());
  }

  @Test
  void aBsnGivenWhereACharacteristicBelongsIsNeverShown() {
    String bsn = "111222333";
    for (java.util.function.Function<String, ?> parse : java.util.List.<java.util.function.Function<String, ?>>of(
        Law::parse, Referrer::parse, IntensityLevel::parse, DeliveryForm::parse, ClientId::parse)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse.apply(bsn));
      assertTrue(!e.getMessage().contains(bsn) && e.getMessage().contains(Redaction.NOT_SHOWN), e.getMessage());
    }
  }
}
