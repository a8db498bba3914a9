// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;

class TaakveldMappingTest {

  private static final TaakveldMapping M2023 =
      TaakveldMapping.between(TaakveldCatalogue.forYear(2022), TaakveldCatalogue.forYear(2023));
  private static final TaakveldMapping M2025 =
      TaakveldMapping.between(TaakveldCatalogue.forYear(2024), TaakveldCatalogue.forYear(2025));

  private static TaakveldCode code(String s) {
    return TaakveldCode.of(s);
  }

  private static List<String> codes(List<RollUp> rollUps) {
    return rollUps.stream().map(r -> r.newer().toString()).collect(Collectors.toList());
  }

  private static Map<TaakveldCode, Amount> euros(Object... codeAndEuros) {
    Map<TaakveldCode, Amount> m = new LinkedHashMap<>();
    for (int i = 0; i < codeAndEuros.length; i += 2) {
      m.put(code((String) codeAndEuros[i]), Amount.ofEuros((Integer) codeAndEuros[i + 1]));
    }
    return m;
  }

  @Test
  void the2023SubCodesRollUpIntoTheTaakveldTheFileKeepsAboveThem() {
    RollUp r = M2023.rollUp(code("6.71a"));
    assertEquals(RollUpKind.PART_OF, r.kind());
    assertEquals(Optional.of(code("6.71")), r.older());
    assertEquals("Iv3 Gemeente 2023 puts it below 6.71 Maatwerkdienstverlening 18+, which Iv3 Gemeente 2022 has",
        r.explanation());
    for (String c : List.of("6.71b", "6.71c", "6.71d")) {
      assertEquals(Optional.of(code("6.71")), M2023.rollUp(code(c)).older());
    }
    for (String c : List.of("6.72a", "6.72b", "6.72c", "6.72d")) {
      assertEquals(Optional.of(code("6.72")), M2023.rollUp(code(c)).older());
    }
    assertEquals(Optional.of(code("6.81")), M2023.rollUp(code("6.81b")).older());
    assertEquals(Optional.of(code("6.82")), M2023.rollUp(code("6.82a")).older());
  }

  @Test
  void sameCodesAreOneToOneAndRenamesAreFlagged() {
    assertEquals(RollUpKind.IDENTICAL, M2023.rollUp(code("6.1")).kind());
    assertEquals(RollUpKind.IDENTICAL, M2023.rollUp(code("0.10")).kind());
    assertEquals(RollUpKind.IDENTICAL, M2023.rollUp(code("6.71")).kind());
    RollUp renamed = M2023.rollUp(code("6.2"));
    assertEquals(RollUpKind.RENAMED, renamed.kind());
    assertEquals(Optional.of(code("6.2")), renamed.older());
    assertEquals("same code, renamed from \"Wijkteams\" to \"Toegang en eerstelijnsvoorzieningen\"",
        renamed.explanation());
    List<String> renames = M2023.rollUps().stream().filter(r -> r.kind() == RollUpKind.RENAMED)
        .map(r -> r.newer().toString()).collect(Collectors.toList());
    assertEquals(List.of("6.2", "6.4", "6.6", "8.", "8.1"), renames);
  }

  @Test
  void from2022To2023OnlyTheNewYouthCareCodesAreUndetermined() {
    assertEquals(List.of("6.73a", "6.73b", "6.73c", "6.74a", "6.74b", "6.74c"), codes(M2023.undetermined()));
    RollUp r = M2023.rollUp(code("6.73a"));
    assertFalse(r.isDetermined());
    assertEquals(Optional.empty(), r.older());
    assertEquals("Iv3 Gemeente 2022 does not have 6.73a, and Iv3 Gemeente 2023 puts it directly under hoofdtaakveld"
        + " 6.; the definitions do not say which taakveld of Iv3 Gemeente 2022 held it", r.explanation());
  }

  @Test
  void from2024To2025TheNewCodesAreUndeterminedWithTheHintsSaid() {
    assertEquals(List.of("6.21", "6.22", "6.23", "6.60", "6.711", "6.712", "6.713", "6.714", "6.751", "6.752",
        "6.753", "6.761", "6.762", "6.763", "6.791", "6.792", "6.811", "6.812", "6.821", "6.822", "6.91", "6.92"),
        codes(M2025.undetermined()));
    RollUp r = M2025.rollUp(code("6.711"));
    assertEquals(RollUpKind.UNDETERMINED, r.kind());
    assertEquals("Iv3 Gemeente 2024 does not have 6.711, and Iv3 Gemeente 2025 puts it directly under hoofdtaakveld"
        + " 6.; the definitions do not say which taakveld of Iv3 Gemeente 2024 held it; its code extends 6.71,"
        + " which Iv3 Gemeente 2024 has, but Iv3 Gemeente 2025 does not list 6.71 above it; Iv3 Gemeente 2024 has"
        + " the same name under 6.71a, but a name is not a definition link", r.explanation());
    assertEquals(RollUpKind.IDENTICAL, M2025.rollUp(code("6.3")).kind());
    assertEquals(RollUpKind.IDENTICAL, M2025.rollUp(code("8.1")).kind());
  }

  @Test
  void reaggregating2023AmountsGivesThe2022Taakvelden() {
    Map<TaakveldCode, Amount> y2023 = euros("6.71a", 1_000, "6.71b", 250, "6.72c", 40, "6.2", 7, "6.1", 3);
    Map<TaakveldCode, Amount> y2022 = M2023.reaggregateAmounts(y2023);
    assertEquals(euros("6.1", 3, "6.2", 7, "6.71", 1_250, "6.72", 40), y2022);
    assertEquals(List.of("6.1", "6.2", "6.71", "6.72"),
        y2022.keySet().stream().map(TaakveldCode::toString).collect(Collectors.toList()));
  }

  @Test
  void undeterminedCodesAreNeverPlaced() {
    Map<TaakveldCode, Amount> y2023 = euros("6.71a", 1_000, "6.73a", 500, "6.74c", 20);
    Reaggregation<Amount> r = M2023.reaggregate(y2023, Amount::plus);
    assertFalse(r.isComplete());
    assertEquals(euros("6.71", 1_000), r.byOlderCode());
    assertEquals(euros("6.73a", 500, "6.74c", 20), r.undetermined());
    UndeterminedMappingException e = assertThrows(UndeterminedMappingException.class, r::orThrow);
    assertTrue(e.getMessage().startsWith("Cannot re-aggregate Iv3 Gemeente 2023 to Iv3 Gemeente 2022: 2 codes"
        + " without a determined mapping: 6.73a (Iv3 Gemeente 2022 does not have 6.73a"), e.getMessage());
    assertEquals(List.of(code("6.73a"), code("6.74c")), List.copyOf(e.reasons().keySet()));
    assertThrows(UndeterminedMappingException.class, () -> M2023.reaggregateAmounts(y2023));
    assertThrows(UndeterminedMappingException.class, () -> M2025.reaggregateAmounts(euros("6.711", 1)));
  }

  @Test
  void aTaakveldAndItsOwnPartsAreNotAddedTwice() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> M2023.reaggregateAmounts(euros("6.71", 1_250, "6.71a", 1_000)));
    assertEquals("Values are given for both 6.71 and 6.71a, which Iv3 Gemeente 2023 puts below it, so 6.71a would"
        + " be counted twice; give one level only", e.getMessage());
  }

  @Test
  void codesOutsideTheNewerListAreRefused() {
    assertThrows(UnknownTaakveldException.class, () -> M2023.reaggregateAmounts(euros("6.711", 1)));
    assertThrows(UnknownTaakveldException.class, () -> M2023.rollUp(code("6.711")));
  }

  @Test
  void atHoofdtaakveldLevelEverythingIsDetermined() {
    Map<TaakveldCode, Amount> y2025 = euros("6.711", 100, "6.751", 20, "6.1", 3, "0.10", 1, "8.1", 2);
    assertEquals(euros("0.", 1, "6.", 123, "8.", 2), M2025.reaggregateToHoofdtaakvelden(y2025, Amount::plus));
  }

  @Test
  void backWardsOnlyWhereOneToOne() {
    assertEquals(Optional.of(code("6.1")), M2023.newerEquivalent(code("6.1")));
    assertEquals(Optional.of(code("6.2")), M2023.newerEquivalent(code("6.2")));
    // 2023 keeps 6.71 as the total of 6.71a-d, so 2022's 6.71 is 2023's 6.71.
    assertEquals(Optional.of(code("6.71")), M2023.newerEquivalent(code("6.71")));
    assertEquals(List.of(code("6.71"), code("6.71a"), code("6.71b"), code("6.71c"), code("6.71d")),
        M2023.newerParts(code("6.71")));
    assertEquals(Optional.empty(), M2025.newerEquivalent(code("6.71")));
    assertEquals(Optional.empty(), M2025.newerEquivalent(code("6.2")));
    assertEquals(Optional.of(code("6.3")), M2025.newerEquivalent(code("6.3")));

    assertEquals(euros("6.3", 5, "0.10", 1), M2025.toNewer(euros("0.10", 1, "6.3", 5)));
    UndeterminedMappingException e =
        assertThrows(UndeterminedMappingException.class, () -> M2025.toNewer(euros("6.3", 5, "6.71a", 1, "6.2", 2)));
    assertEquals("Cannot re-key Iv3 Gemeente 2024 to Iv3 Gemeente 2025: 2 codes without a determined mapping:"
        + " 6.2 (no code of Iv3 Gemeente 2025 is determined to roll up into it); 6.71a (no code of Iv3 Gemeente 2025"
        + " is determined to roll up into it)", e.getMessage());
  }

  @Test
  void assumedLinksAreKeptApartFromTheDefinitions() {
    TaakveldMapping assumed = M2025.withAssumedLinks(
        Map.of(code("6.711"), code("6.71a"), code("6.712"), code("6.71b")), "gemeente X, notitie 12-3");
    RollUp r = assumed.rollUp(code("6.711"));
    assertEquals(RollUpKind.ASSUMED, r.kind());
    assertEquals(Optional.of(code("6.71a")), r.older());
    assertEquals("assumed by gemeente X, notitie 12-3", r.explanation());
    assertEquals(20, assumed.undetermined().size());
    assertEquals(22, M2025.undetermined().size());
    assertEquals(euros("6.71a", 10, "6.71b", 5), assumed.reaggregateAmounts(euros("6.711", 10, "6.712", 5)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> M2025.withAssumedLinks(Map.of(code("6.3"), code("6.4")), "a guess"));
    assertTrue(e.getMessage().startsWith("Cannot assume 6.3 -> 6.4: the definitions already determine 6.3 -> 6.3"),
        e.getMessage());
  }

  @Test
  void swappedArgumentsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaakveldMapping.between(TaakveldCatalogue.forYear(2025), TaakveldCatalogue.forYear(2024)));
    assertEquals("The older catalogue, Iv3 Gemeente 2025, is later than the newer one, Iv3 Gemeente 2024;"
        + " pass the earlier year first", e.getMessage());
  }

  @Test
  void onlyTheTwoRevisionsLeaveCodesUndetermined() {
    for (int year = 2018; year <= 2026; year++) {
      TaakveldMapping m =
          TaakveldMapping.between(TaakveldCatalogue.forYear(year - 1), TaakveldCatalogue.forYear(year));
      int expected = year == 2023 ? 6 : year == 2025 ? 22 : 0;
      assertEquals(expected, m.undetermined().size(), (year - 1) + " -> " + year);
    }
  }

  @Test
  void listsWithoutRevisionMapOneToOne() {
    TaakveldMapping m = TaakveldMapping.between(TaakveldCatalogue.forYear(2019), TaakveldCatalogue.forYear(2020));
    assertEquals(List.of(), m.undetermined());
    assertEquals(List.of("6.6"), m.rollUps().stream().filter(r -> r.kind() == RollUpKind.RENAMED)
        .map(r -> r.newer().toString()).collect(Collectors.toList()));
    TaakveldMapping same = TaakveldMapping.between(TaakveldCatalogue.forYear(2025), TaakveldCatalogue.forYear(2026));
    assertTrue(same.rollUps().stream().allMatch(r -> r.kind() == RollUpKind.IDENTICAL));
  }
}
