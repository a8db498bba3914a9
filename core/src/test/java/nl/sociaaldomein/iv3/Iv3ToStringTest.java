// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A delivery or a definitions file in JShell shows what it is and how big, not every booking. */
class Iv3ToStringTest {

  @Test
  void aDeliveryShowsItsSenderYearAndCounts() {
    Iv3Delivery d = Iv3Fixtures.minimal2024();
    String text = d.toString();
    assertEquals("Iv3Delivery[GEMEENTE " + d.metadata().overheidsnaam() + " 2024 periode " + d.metadata().periode()
        + ", bookings=" + d.bookings().size() + ", figures=" + d.figures().size() + ", remarks=" + d.remarks().size()
        + ", unit=" + d.unit() + "]", text);
  }

  @Test
  void definitionsShowTheSizeOfEachList() {
    String text = Iv3Fixtures.definitions2018().toString();
    assertTrue(text.startsWith("Iv3Definitions[GEMEENTE 2018, taakveld=11, categorie_lasten="), text);
    assertTrue(text.endsWith(", controles=1]"), text);
  }
}
