// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.sociaaldomein.iv3.Iv3Booking;
import nl.sociaaldomein.iv3.Iv3Checks;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3DeliveryGenerator;
import nl.sociaaldomein.iv3.Iv3ErrorCatalogue;
import nl.sociaaldomein.iv3.Iv3Finding;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.iv3.Iv3Validation;
import nl.sociaaldomein.iv3.Overheidslaag;
import org.junit.jupiter.api.Test;

/**
 * CBS's checks against the definitions shipped for every year, 2017 to 2026: deliveries generated
 * for a year pass them after a round trip through the JSON (schema included), and changes that
 * break a rule give CBS's code for it.
 */
class Iv3ChecksOnShippedDefinitionsTest {

  private static final Iv3ErrorCatalogue ERRORS = ShippedIv3.errors();

  private static Iv3Definitions definitions(int year) {
    return ShippedIv3.definitions(Overheidslaag.GEMEENTE, year).orElseThrow();
  }

  @Test
  void everyYearFrom2017To2026IsShipped() {
    assertEquals(new TreeSet<>(List.of(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)),
        new TreeSet<>(ShippedIv3.years(Overheidslaag.GEMEENTE)));
  }

  @Test
  void aGeneratedDeliveryOfAnyYearIsValidAfterItsJsonIsReadBack() {
    qt().withExamples(60).forAll(integers().between(2017, 2026), longs().all()).checkAssert((year, seed) -> {
      Iv3Definitions definitions = definitions(year);
      Iv3Delivery delivery = Iv3DeliveryGenerator.generate(definitions, seed);
      Iv3DeliveryRead read = Iv3DeliveryJson.read(new java.io.StringReader(Iv3DeliveryJson.toJson(delivery)),
          "generated " + year);
      assertEquals(List.of(), read.findings(), () -> year + " " + seed);
      assertEquals(delivery, read.orElseThrow());
      Iv3Validation checked = Iv3Checks.check(read.orElseThrow(), definitions, ERRORS);
      assertTrue(checked.isValid(), () -> year + " " + seed + ": " + checked.errors());
    });
  }

  @Test
  void anUnknownTaakveldAGreyCellAndAnUnbalancedYearGiveCbsCodes() {
    Iv3Definitions definitions = definitions(2022);
    Iv3Delivery valid = Iv3DeliveryGenerator.generate(definitions, 2022);
    List<Iv3Booking> bookings = new ArrayList<>(valid.bookings());
    // 9.9 is no taakveld; 6.1 with category 4.2 is a grey cell in the lasten of 2022 (and every year).
    bookings.add(Iv3Booking.of(Iv3Section.LASTEN, "9.9", "3.8", BigDecimal.TEN));
    bookings.add(Iv3Booking.of(Iv3Section.LASTEN, "6.1", "4.2", BigDecimal.ONE));
    Iv3Validation checked = Iv3Checks.check(valid.withBookings(bookings), definitions, ERRORS);
    int lasten = valid.bookings(Iv3Section.LASTEN).size();
    List<Iv3Finding> errors = checked.errors();
    assertEquals(Set.of("DF001", "DF002", "PF006"), checked.errorCodes(), errors::toString);
    Iv3Finding unknown = checked.findings("DF001").get(0);
    assertEquals("$.data.lasten[" + lasten + "].taakveld", unknown.path());
    assertEquals(List.of("9.9"), unknown.values());
    assertEquals("$.data.lasten[" + (lasten + 1) + "].categorie", checked.findings("DF002").get(0).path());
    // The eleven added to lasten and nothing to baten: CBS's PF006 names the difference.
    assertTrue(checked.findings("PF006").get(0).melding().contains("11"), () -> checked.findings("PF006").toString());
  }
}
