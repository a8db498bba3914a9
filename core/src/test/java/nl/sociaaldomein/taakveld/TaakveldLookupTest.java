// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lookups by the names real documents print; the seeds are cited where they come from. */
class TaakveldLookupTest {

  private static String lookup(int year, String text) {
    return TaakveldCatalogue.forYear(year).byName(text).code().toString();
  }

  @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
  @CsvSource(delimiter = '|', value = {
      // Seed 000, Meppel annual report 2022.
      "2022|Maatwerkdienstverlening 18-|6.72",
      "2022|Geëscaleerde zorg 18+|6.81",
      "2022|Geëscaleerde zorg 18-|6.82",
      "2022|Maatwerkvoorziening Wmo|6.6",
      "2022|Maatwerkvoorzieningen|6.6",
      "2022|Samenkracht en burgerparticipatie|6.1",
      // Seed 004, Hoogeveen annex 7 table 5 (booking years 2017-2020) and table 4.
      "2019|6.81 Geescaleerde zorg 18+|6.81",
      "2019|6.82 Geescaleerde zorg 18-|6.82",
      "2020|6.6 Maatwerkvoorzieningen (WMO)|6.6",
      "2017|6.6 Maatwerkvoorzieningen (WMO)|6.6",
      "2019|6.2 Wijkteams|6.2",
      "2019|8. Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing|8.",
      "2019|0. Bestuur en ondersteuning|0.",
      // The same names against the revised lists.
      "2023|Geescaleerde zorg 18+|6.81",
      "2023|Maatwerkvoorziening Wmo|6.6",
      "2023|Maatwerkvoorzieningen (WMO)|6.6",
      "2023|maatwerkvoorziening (wmo)|6.6",
      // Case, punctuation, spacing, trailing spaces, & for en.
      "2023|'  GEËSCALEERDE   zorg 18 +  '|6.81",
      "2023|'Jeugdbescherming   '|6.82a",
      "2023|Jeugdhulp crisis LTA GGZ verblijf|6.74b",
      "2023|Maatschappelijke en vrouwenopvang|6.81b",
      "2023|Cultuurpresentatie, cultuurproductie & cultuurparticipatie|5.3",
      "2023|Vennootschapsbelasting VpB|0.9",
      "2025|Coordinatie en beleid Wmo|6.91",
      // A scope word left off the end.
      "2023|Huishoudelijke hulp|6.71a",
      "2025|Huishoudelijke hulp|6.711",
      "2025|Beschermd wonen|6.811",
      // A code alone, and with a dash or colon.
      "2023|6.71a|6.71a",
      "2023|0.10|0.10",
      "2023|6|6.",
      "2025|6.22 - Toegang en eerstelijnsvoorzieningen|6.22",
      "2023|6.81: Geescaleerde zorg 18+|6.81"})
  void documentSpellingsFindTheirTaakveld(int year, String text, String code) {
    assertEquals(code, lookup(year, text));
  }

  @Test
  void plusAndMinusAfterAnAgeKeepTheirMeaning() {
    assertEquals("6.71", lookup(2022, "Maatwerkdienstverlening 18+"));
    assertEquals("6.72", lookup(2022, "Maatwerkdienstverlening 18-"));
    assertEquals("6.72", lookup(2022, "Maatwerkdienstverlening 18 –"));
    assertThrows(UnknownTaakveldException.class, () -> lookup(2022, "Maatwerkdienstverlening 18"));
  }

  @Test
  void noMatchIsItsOwnClearError() {
    UnknownTaakveldException e =
        assertThrows(UnknownTaakveldException.class, () -> lookup(2022, "Eigen kracht en individuele ondersteuning"));
    assertEquals("No taakveld \"Eigen kracht en individuele ondersteuning\" in catalogue Iv3 Gemeente 2022:"
        + " no name matches, ignoring case, diacritics, punctuation and spacing", e.getMessage());
    assertEquals("Eigen kracht en individuele ondersteuning", e.query());
  }

  @Test
  void nothingIsGuessedFromAPartialName() {
    assertThrows(UnknownTaakveldException.class, () -> lookup(2023, "Geescaleerde zorg"));
    assertThrows(UnknownTaakveldException.class, () -> lookup(2023, "Maatwerkdienstverlening"));
    assertThrows(UnknownTaakveldException.class, () -> lookup(2023, "Grondexploitatie"));
    assertThrows(UnknownTaakveldException.class, () -> lookup(2025, "Maatwerkvoorzieningen (WMO)"));
    assertEquals(List.of(), TaakveldCatalogue.forYear(2023).matchesByName("Geescaleerde zorg"));
  }

  @Test
  void moreThanOneMatchIsItsOwnClearErrorWithTheCandidates() {
    AmbiguousTaakveldException e =
        assertThrows(AmbiguousTaakveldException.class, () -> lookup(2025, "Toegang en eerstelijnsvoorzieningen"));
    assertEquals("\"Toegang en eerstelijnsvoorzieningen\" matches 3 taakvelden in catalogue Iv3 Gemeente 2025:"
        + " 6.21 Toegang en eerstelijnsvoorzieningen WMO; 6.22 Toegang en eerstelijnsvoorzieningen Jeugd;"
        + " 6.23 Toegang en eerstelijnsvoorzieningen Integraal; give the code or the full name", e.getMessage());
    assertEquals(List.of("6.21", "6.22", "6.23"),
        e.candidates().stream().map(t -> t.code().toString()).collect(Collectors.toList()));
    AmbiguousTaakveldException pgb = assertThrows(AmbiguousTaakveldException.class, () -> lookup(2025, "PGB"));
    assertEquals(2, pgb.candidates().size());
    assertEquals(2, TaakveldCatalogue.forYear(2025).matchesByName("Coördinatie en beleid").size());
    // In 2023 the name without a scope word is itself official: no ambiguity.
    assertEquals("6.2", lookup(2023, "Toegang en eerstelijnsvoorzieningen"));
  }

  @Test
  void aNameSharedInAUserCatalogueIsAmbiguous() {
    TaakveldCatalogue c = TaakveldCatalogue.builder("eigen")
        .add("6.", "SOCIAAL DOMEIN").add("6.1", "Wijkteams").add("6.2", "Wijkteams").build();
    AmbiguousTaakveldException e = assertThrows(AmbiguousTaakveldException.class, () -> c.byName("wijkteams"));
    assertEquals(List.of(c.get("6.1"), c.get("6.2")), e.candidates());
    assertEquals(c.get("6.2"), c.byName("6.2 Wijkteams"));
  }

  @Test
  void aCodeWithAnotherYearsNameIsRefused() {
    UnknownTaakveldException e = assertThrows(UnknownTaakveldException.class, () -> lookup(2023, "6.2 Wijkteams"));
    assertEquals("No taakveld \"6.2 Wijkteams\" in catalogue Iv3 Gemeente 2023: code 6.2 is"
        + " \"Toegang en eerstelijnsvoorzieningen\" here, and \"Wijkteams\" is not its name", e.getMessage());
    UnknownTaakveldException other =
        assertThrows(UnknownTaakveldException.class, () -> lookup(2023, "6.71 Geescaleerde zorg 18+"));
    assertEquals("No taakveld \"6.71 Geescaleerde zorg 18+\" in catalogue Iv3 Gemeente 2023: code 6.71 is"
        + " \"Maatwerkdienstverlening 18+\" here, and \"Geescaleerde zorg 18+\" names 6.81 Geëscaleerde zorg 18+",
        other.getMessage());
    UnknownTaakveldException gone =
        assertThrows(UnknownTaakveldException.class, () -> lookup(2025, "6.6 Maatwerkvoorzieningen (WMO)"));
    assertEquals("No taakveld \"6.6 Maatwerkvoorzieningen (WMO)\" in catalogue Iv3 Gemeente 2025:"
        + " the catalogue has no code 6.6", gone.getMessage());
  }

  @Test
  void textWithoutLettersOrDigitsSaysSo() {
    UnknownTaakveldException e = assertThrows(UnknownTaakveldException.class, () -> lookup(2023, " -- "));
    assertEquals("No taakveld \" -- \" in catalogue Iv3 Gemeente 2023: the text has no letters or digits",
        e.getMessage());
  }
}
