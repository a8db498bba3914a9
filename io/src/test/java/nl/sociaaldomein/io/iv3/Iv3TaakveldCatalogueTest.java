// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3DeliveryGenerator;
import nl.sociaaldomein.iv3.Overheidslaag;
import nl.sociaaldomein.taakveld.Taakveld;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The taakveld list of each year's shipped CBS definitions, as a catalogue, against the catalogue
 * core ships for that year ({@code taakvelden.tsv}, derived from the same files by io's
 * {@code TaakveldResourceGenerator}).
 */
class Iv3TaakveldCatalogueTest {

  private static Iv3Definitions definitions(int year) {
    return ShippedIv3.definitions(Overheidslaag.GEMEENTE, year).orElseThrow();
  }

  private static List<String> codes(TaakveldCatalogue c) {
    return c.all().stream().map(t -> t.code().toString()).toList();
  }

  /** A name with case and runs of white space set aside. */
  private static String loose(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @ParameterizedTest
  @ValueSource(ints = {2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
  void theDefinitionsCatalogueHasExactlyTheCodesOfTheShippedOne(int year) {
    TaakveldCatalogue fromDefinitions = definitions(year).taakveldCatalogue();
    TaakveldCatalogue shipped = TaakveldCatalogue.forYear(year);
    assertEquals(codes(shipped), codes(fromDefinitions), "codes, in order");
    assertEquals(shipped.bookingYear(), fromDefinitions.bookingYear());
    assertEquals(year, fromDefinitions.bookingYear().getAsInt());
    // 53 taakvelden for 2017-2022, 71 for 2023-2024, 69 for 2025-2026 (docs/iv3.md).
    int expected = year <= 2022 ? 53 : year <= 2024 ? 71 : 69;
    assertEquals(expected, fromDefinitions.taakvelden().size());
    assertEquals(9, fromDefinitions.hoofdtaakvelden().size());
  }

  @ParameterizedTest
  @ValueSource(ints = {2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
  void leafTaakveldenHaveTheSameNamesAndEveryEntryTheSameParent(int year) {
    TaakveldCatalogue fromDefinitions = definitions(year).taakveldCatalogue();
    TaakveldCatalogue shipped = TaakveldCatalogue.forYear(year);
    List<String> differences = new ArrayList<>();
    List<String> looseDifferences = new ArrayList<>();
    for (Taakveld s : shipped.all()) {
      Taakveld d = fromDefinitions.get(s.code());
      assertEquals(s.parent(), d.parent(), () -> "parent of " + s.code());
      if (s.code().level() == TaakveldLevel.HOOFDTAAKVELD || !shipped.children(s.code()).isEmpty()) {
        continue;
      }
      if (!s.name().equals(d.name())) {
        differences.add(s.code() + ": " + s.name() + " / " + d.name());
      }
      if (!loose(s.name()).equals(loose(d.name()))) {
        looseDifferences.add(s.code() + ": " + s.name() + " / " + d.name());
      }
    }
    assertEquals(List.of(), looseDifferences, "names of leaf taakvelden, case and spacing aside");
    assertEquals(List.of(), differences, "names of leaf taakvelden, exactly");
    // Nothing else differs either: the two are the same catalogue, label included.
    assertEquals(shipped, fromDefinitions);
  }

  @ParameterizedTest
  @ValueSource(ints = {2017, 2020, 2023, 2025, 2026})
  void aDeliveryOfAShippedYearHasThatYearsCatalogue(int year) {
    Iv3Delivery delivery = Iv3DeliveryGenerator.generate(definitions(year), year);
    assertEquals(Optional.of(TaakveldCatalogue.forYear(year)), delivery.taakveldCatalogue());
    assertEquals(Optional.of(definitions(year).taakveldCatalogue()), delivery.taakveldCatalogue());
    assertTrue(delivery.taakveldCatalogue().orElseThrow().contains(nl.sociaaldomein.taakveld.TaakveldCode.of("6.3")));
  }
}
