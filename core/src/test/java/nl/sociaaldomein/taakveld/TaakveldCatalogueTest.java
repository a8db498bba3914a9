// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaakveldCatalogueTest {

  private static TaakveldCode code(String s) {
    return TaakveldCode.of(s);
  }

  private static List<String> codes(List<Taakveld> taakvelden) {
    return taakvelden.stream().map(t -> t.code().toString()).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}: {1} taakvelden")
  @CsvSource({
      "2017, 53", "2018, 53", "2019, 53", "2020, 53", "2021, 53", "2022, 53",
      "2023, 71", "2024, 71", "2025, 69", "2026, 69"})
  void everyShippedYearHasItsOfficialCount(int year, int count) {
    TaakveldCatalogue c = TaakveldCatalogue.forYear(year);
    assertEquals(count, c.taakvelden().size());
    assertEquals(List.of("0.", "1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."), codes(c.hoofdtaakvelden()));
    assertEquals(count + 9, c.all().size());
    assertEquals(OptionalInt.of(year), c.bookingYear());
    assertEquals("Iv3 Gemeente " + year, c.label());
  }

  @Test
  void theShippedYearsAre2017To2026AndOthersAreRefusedNamingThem() {
    assertEquals(List.of(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026),
        List.copyOf(TaakveldCatalogue.availableYears()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaakveldCatalogue.forYear(2016));
    assertEquals("No shipped taakveld catalogue for booking year 2016; available: 2017 to 2026"
        + " (load another with TaakveldCatalogue.of or the io module)", e.getMessage());
    assertSame(TaakveldCatalogue.forYear(2023), TaakveldCatalogue.forYear(2023));
  }

  @Test
  void zeroPointTenIsNotZeroPointOne() {
    TaakveldCatalogue c = TaakveldCatalogue.forYear(2022);
    assertEquals("Bestuur", c.get(code("0.1")).name());
    assertEquals("Mutaties reserves", c.get(code("0.10")).name());
    assertEquals("Resultaat van de rekening van baten en lasten", c.get("0.11").name());
  }

  @Test
  void entriesKeepTheOfficialOrderOfTheirYear() {
    assertEquals(List.of("0.1", "0.10", "0.11", "0.2"), codes(TaakveldCatalogue.forYear(2017).all()).subList(1, 5));
    List<String> later = codes(TaakveldCatalogue.forYear(2020).all());
    assertEquals(later.indexOf("0.9") + 1, later.indexOf("0.10"));
  }

  @Test
  void namesAreTheOfficialOnesTrimmed() {
    TaakveldCatalogue c = TaakveldCatalogue.forYear(2023);
    assertEquals("Jeugdbescherming", c.get("6.82a").name());
    assertEquals("Geëscaleerde zorg 18+", c.get("6.81").name());
    assertEquals("Maatwerkvoorziening WMO", TaakveldCatalogue.forYear(2019).get("6.6").name());
    assertEquals("Maatwerkvoorziening (WMO)", TaakveldCatalogue.forYear(2020).get("6.6").name());
    assertEquals("Maatwerkvoorzieningen (WMO)", TaakveldCatalogue.forYear(2023).get("6.6").name());
    assertEquals("Coördinatie en beleid WMO", TaakveldCatalogue.forYear(2025).get("6.91").name());
  }

  @Test
  void in2023TheLetteredSubCodesSitBelowTheOldTaakveldWhereItIsListed() {
    TaakveldCatalogue c = TaakveldCatalogue.forYear(2023);
    assertEquals(List.of("6.71a", "6.71b", "6.71c", "6.71d"), codes(c.children(code("6.71"))));
    assertEquals(List.of("6.72a", "6.72b", "6.72c", "6.72d"), codes(c.children(code("6.72"))));
    assertEquals(List.of("6.81a", "6.81b"), codes(c.children(code("6.81"))));
    assertEquals(List.of("6.82a", "6.82b"), codes(c.children(code("6.82"))));
    assertEquals(Optional.of(c.get("6.71")), c.parent(code("6.71a")));
    assertEquals(TaakveldLevel.SUBTAAKVELD, c.get("6.71a").level());
    // 2023 has no 6.73 or 6.74: their sub-codes sit directly under the hoofdtaakveld.
    assertEquals(Optional.of(c.get("6.")), c.parent(code("6.73a")));
    assertEquals(List.of(c.get("6.71"), c.get("6.")), c.ancestors(code("6.71a")));
    assertTrue(c.isAncestor(code("6.71"), code("6.71c")));
    assertFalse(c.isAncestor(code("6.72"), code("6.73a")));
  }

  @Test
  void in2025TheSubTaakveldenSitUnderTheHoofdtaakveld() {
    TaakveldCatalogue c = TaakveldCatalogue.forYear(2025);
    assertFalse(c.contains(code("6.71")));
    assertEquals(Optional.of(c.get("6.")), c.parent(code("6.711")));
    assertEquals(TaakveldLevel.SUBTAAKVELD, c.get("6.711").level());
    assertEquals(26, c.children(code("6.")).size());
    assertEquals(List.of(), c.children(code("6.711")));
    assertEquals(Optional.empty(), c.parent(code("6.")));
  }

  @Test
  void anUnknownCodeIsAClearError() {
    UnknownTaakveldException e =
        assertThrows(UnknownTaakveldException.class, () -> TaakveldCatalogue.forYear(2023).get("6.73"));
    assertEquals("No taakveld \"6.73\" in catalogue Iv3 Gemeente 2023: the catalogue has no such code", e.getMessage());
    assertEquals("6.73", e.query());
    assertEquals("Iv3 Gemeente 2023", e.catalogue());
    assertEquals(Optional.empty(), TaakveldCatalogue.forYear(2023).find(code("6.73")));
  }

  @Test
  void theShippedResourceNamesItsSource() throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        TaakveldCatalogue.class.getResourceAsStream("taakvelden.tsv"), StandardCharsets.UTF_8))) {
      String header = r.lines().takeWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
      assertTrue(header.contains("statistiekcbs/iv3_definities commit 9d77a88"), header);
      assertTrue(header.contains("iv3_definities_Gemeente_2017.json"), header);
      assertTrue(header.contains("iv3_definities_Gemeente_2026.json"), header);
    }
  }

  @Test
  void aUserCatalogueIsBuiltAndCompared() {
    List<Taakveld> list = List.of(
        Taakveld.of("6.", "SOCIAAL DOMEIN"),
        Taakveld.of("6.71", "Maatwerkdienstverlening 18+"),
        Taakveld.of("6.71a", "Huishoudelijke hulp (WMO)"));
    TaakveldCatalogue c = TaakveldCatalogue.of("eigen lijst", list);
    assertEquals(list, c.all());
    assertEquals(OptionalInt.empty(), c.bookingYear());
    assertEquals(c, TaakveldCatalogue.of("eigen lijst", list));
    assertEquals(c.hashCode(), TaakveldCatalogue.of("eigen lijst", list).hashCode());
    assertNotEquals(c, TaakveldCatalogue.of("eigen lijst", 2023, list));
    assertNotEquals(c, TaakveldCatalogue.of("andere lijst", list));
    assertEquals("TaakveldCatalogue[eigen lijst, 1 hoofdtaakvelden, 2 taakvelden]", c.toString());
  }

  @Test
  void theBuilderFindsParentsLikeTheCbsFiles() {
    TaakveldCatalogue c = TaakveldCatalogue.builder("mix")
        .add("6.", "SOCIAAL DOMEIN")
        .add("6.71", "Maatwerkdienstverlening 18+")
        .add("6.71a", "Huishoudelijke hulp (WMO)")
        .add("6.711", "Huishoudelijke hulp (WMO)")
        .add("6.751", "Jeugdhulp ambulant lokaal")
        .build();
    assertEquals(Optional.of(code("6.71")), c.get("6.71a").parent());
    assertEquals(Optional.of(code("6.71")), c.get("6.711").parent());
    assertEquals(Optional.of(code("6.")), c.get("6.751").parent());
  }

  @Test
  void aRepeatedCodeNamesBothEntries() {
    InvalidTaakveldCatalogueException e = assertThrows(InvalidTaakveldCatalogueException.class,
        () -> TaakveldCatalogue.of("eigen lijst", List.of(
            Taakveld.of("6.", "SOCIAAL DOMEIN"),
            Taakveld.of("6.71", "Maatwerkdienstverlening 18+"),
            Taakveld.of("6.72", "Maatwerkdienstverlening 18-"),
            Taakveld.of("6.71", "Huishoudelijke hulp"))));
    assertEquals("Catalogue eigen lijst has code 6.71 twice: 6.71 \"Maatwerkdienstverlening 18+\" (entry 2)"
        + " and 6.71 \"Huishoudelijke hulp\" (entry 4)", e.getMessage());
    assertEquals(List.of(1, 3), e.entries());
  }

  @Test
  void aMissingParentIsNamed() {
    InvalidTaakveldCatalogueException e = assertThrows(InvalidTaakveldCatalogueException.class,
        () -> TaakveldCatalogue.of("eigen lijst", List.of(
            Taakveld.of("6.", "SOCIAAL DOMEIN"),
            Taakveld.of("6.71a", "Huishoudelijke hulp (WMO)"))));
    assertEquals("Catalogue eigen lijst: 6.71a \"Huishoudelijke hulp (WMO)\" (entry 2) has parent 6.71,"
        + " which is not in the catalogue", e.getMessage());
    assertEquals(List.of(1), e.entries());
    assertThrows(InvalidTaakveldCatalogueException.class,
        () -> TaakveldCatalogue.of("zonder hoofdtaakveld", List.of(Taakveld.of("6.1", "Samenkracht"))));
  }

  @Test
  void aSubTaakveldMustSitBelowItsTaakveldWhenThatIsListed() {
    InvalidTaakveldCatalogueException e = assertThrows(InvalidTaakveldCatalogueException.class,
        () -> TaakveldCatalogue.of("eigen lijst", List.of(
            Taakveld.of("6.", "SOCIAAL DOMEIN"),
            Taakveld.of("6.71a", "Huishoudelijke hulp (WMO)", "6."),
            Taakveld.of("6.71", "Maatwerkdienstverlening 18+"))));
    assertEquals("Catalogue eigen lijst: 6.71a \"Huishoudelijke hulp (WMO)\" (entry 2) has parent 6., but its own"
        + " taakveld, 6.71 \"Maatwerkdienstverlening 18+\" (entry 3), is in the catalogue and must be its parent",
        e.getMessage());
    assertEquals(List.of(1, 2), e.entries());
  }

  @Test
  void labelsYearsAndEmptyListsAreChecked() {
    assertThrows(InvalidTaakveldCatalogueException.class, () -> TaakveldCatalogue.of("leeg", List.of()));
    assertThrows(IllegalArgumentException.class, () -> TaakveldCatalogue.builder(" "));
    assertThrows(IllegalArgumentException.class, () -> TaakveldCatalogue.builder("a\nb"));
    assertEquals("A booking year has four digits, not 23",
        assertThrows(IllegalArgumentException.class, () -> TaakveldCatalogue.builder("x").bookingYear(23)).getMessage());
  }

  @Test
  void everyOfficialNameIsUniqueInItsYearSoItAlwaysResolves() {
    for (int year : TaakveldCatalogue.availableYears()) {
      TaakveldCatalogue c = TaakveldCatalogue.forYear(year);
      for (Taakveld t : c.all()) {
        assertEquals(t, c.byName(t.name()), year + " " + t);
        assertEquals(t, c.byName(t.toString()), year + " " + t);
      }
    }
  }
}
