// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.iv3.Iv3Checks;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3DeliveryGenerator;
import nl.sociaaldomein.iv3.Iv3Finding;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.iv3.Iv3Validation;
import nl.sociaaldomein.iv3.Overheidslaag;
import nl.sociaaldomein.money.EuroUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped files, io's reader and writer and core's checks together: what a municipality's
 * software would do with a delivery of each year.
 */
class Iv3EndToEndTest {

  @ParameterizedTest
  @ValueSource(ints = {2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
  void generatedDeliveriesOfEveryYearPassTheSchemaReadBackEqualAndPassCbsChecks(int year) {
    Iv3Definitions definitions = ShippedIv3.definitions(Overheidslaag.GEMEENTE, year).orElseThrow();
    for (long seed = 0; seed < 5; seed++) {
      Iv3Delivery generated = Iv3DeliveryGenerator.generate(definitions, seed);
      String json = Iv3DeliveryJson.toJson(generated);
      Iv3DeliveryRead read = Iv3DeliveryJson.read(new StringReader(json), "generated-" + year + ".json",
          generated.unit(), ReadMode.STRICT);
      assertTrue(read.isValid(), read.findings()::toString);
      // The JSON groups bookings by section; the generator appends the closing lasten after the baten.
      assertEquals(bySection(generated), read.orElseThrow());
      Iv3Validation checked = Iv3Checks.check(read.orElseThrow(), definitions, ShippedIv3.errors());
      assertTrue(checked.isValid(), () -> year + " seed " + checked.errors());
    }
  }

  /** {@code delivery} with its bookings section by section, each section's in its order: as reading gives them. */
  static Iv3Delivery bySection(Iv3Delivery delivery) {
    return delivery.withBookings(Arrays.stream(Iv3Section.values()).filter(s -> s != Iv3Section.KENGETALLEN
        && s != Iv3Section.BELEIDSINDICATOREN).flatMap(s -> delivery.bookings(s).stream()).toList());
  }

  @Test
  void theMinimalDeliveryPassesCbsChecksOf2024AndEveryControleIsAccountedFor() {
    Iv3Delivery meppel = Iv3DeliveryJson.read(new StringReader(Iv3DeliveryJsonTest.fixture()), "minimal-valid.json")
        .orElseThrow();
    Iv3Validation checked = Iv3Checks.check(meppel,
        ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2024).orElseThrow(), ShippedIv3.errors());
    assertEquals(List.of(), checked.errors());
    // The controles CBS gives no formula for are named, not skipped.
    assertEquals(Set.of("PF002", "PF003", "PF004", "PF005", "PF009"), Set.copyOf(checked.findings(
        Iv3Finding.Kind.NOT_INTERPRETED).stream().map(Iv3Finding::foutcode).toList()));
  }

  @Test
  void aDeliveryWithAKengetalOfAnotherYearFailsDf007AfterPassingTheSchema() {
    Iv3DeliveryRead read = Iv3DeliveryJson.read(new StringReader(Iv3DeliveryJsonTest.fixture()
        .replace("\"boekjaar\": 2024", "\"boekjaar\": 2020")), "d.json", EuroUnit.THOUSANDS, ReadMode.LENIENT);
    assertTrue(read.isValid(), read.findings()::toString);
    Iv3Validation checked = Iv3Checks.check(read.orElseThrow(),
        ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2020).orElseThrow(), ShippedIv3.errors());
    assertTrue(checked.errorCodes().contains("DF007"), checked.errors()::toString);
    assertEquals("$.data.kengetallen[0].verslagperiode", checked.findings("DF007").get(0).path());
  }
}
