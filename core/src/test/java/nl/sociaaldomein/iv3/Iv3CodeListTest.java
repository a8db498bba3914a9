// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import org.junit.jupiter.api.Test;

class Iv3CodeListTest {

  private final Iv3Definitions d2018 = Iv3Fixtures.definitions2018();
  private final Iv3Definitions d2024 = Iv3Fixtures.definitions2024();

  @Test
  void leavesAreTheBookableCodesInFileOrder() {
    assertEquals(List.of("0.1", "0.4", "0.5", "0.7", "0.10", "0.11", "6.1", "6.3", "6.71", "6.71a"),
        d2024.taakvelden().leafCodes());
    assertTrue(d2024.taakvelden().contains("6."));
    assertFalse(d2024.taakvelden().isLeaf("6."));
    assertFalse(d2024.taakvelden().isLeaf("Tot_TV"));
    assertTrue(d2024.taakvelden().isLeaf("0.10"));
    assertFalse(d2024.taakvelden().isLeaf("0.20"), "there is no taakveld 0.20");
    assertFalse(d2024.taakvelden().contains("0.1 "), "codes are matched exactly");
    assertEquals(List.of("A111", "A23", "P111", "P112", "P114", "P212"), d2018.balanceCodes().leafCodes());
  }

  @Test
  void findAncestorsAndLeavesUnder() {
    assertEquals(Optional.of(new Iv3Code("6.1", "Samenkracht en burgerparticipatie", Optional.of("6."))),
        d2024.taakvelden().find("6.1"));
    assertEquals(List.of("6.", "Tot_TV"), d2024.taakvelden().ancestors("6.1").stream().map(Iv3Code::code).toList());
    assertEquals(List.of("6.1", "6.3", "6.71", "6.71a"),
        d2024.taakvelden().leavesUnder("6.").stream().map(Iv3Code::code).toList());
    assertEquals(Optional.empty(), d2024.taakvelden().find("9.9"));
    assertEquals(List.of(), d2024.taakvelden().ancestors("9.9"));
  }

  @Test
  void categoryGroupsOfBothLayoutsAreTheSame() {
    for (Iv3Definitions d : List.of(d2018, d2024)) {
      Iv3CodeList lasten = d.categories(Iv3Section.LASTEN);
      assertEquals(Optional.of(Iv3CategoryGroup.LR), lasten.group("3.8"), d::omschrijving);
      assertEquals(Optional.of(Iv3CategoryGroup.FR), lasten.group("6.1"), d::omschrijving);
      assertEquals(Optional.of(Iv3CategoryGroup.IV), lasten.group("7.1"), d::omschrijving);
      assertEquals(Optional.empty(), lasten.group("9.9"), d::omschrijving);
      assertEquals(Optional.empty(), lasten.group("4.3.1"), "4.3.1 is a baten category");
    }
    assertEquals(Optional.of(Iv3CategoryGroup.FR), Iv3CategoryGroup.fromCode("Financiële Rekening"));
    assertEquals(Optional.of(Iv3CategoryGroup.FR), Iv3CategoryGroup.fromCode("Financiele Rekening"));
    assertEquals(Optional.of(Iv3CategoryGroup.LR), Iv3CategoryGroup.fromCode("LR"));
    assertEquals(Optional.empty(), Iv3CategoryGroup.fromCode("Tot_cat_l"));
  }

  @Test
  void balanceSidesOfBothLayouts() {
    for (Iv3Definitions d : List.of(d2018, d2024)) {
      assertEquals(Optional.of(Iv3BalanceSide.ACTIVA), d.balanceCodes().side("A23"));
      assertEquals(Optional.of(Iv3BalanceSide.ACTIVA), d.balanceCodes().side("A111"));
      assertEquals(Optional.of(Iv3BalanceSide.PASSIVA), d.balanceCodes().side("P114"));
      assertEquals(Optional.of(Iv3BalanceSide.PASSIVA), d.balanceCodes().side("P212"));
      assertEquals(Optional.empty(), d.balanceCodes().side("A99"));
    }
    assertEquals(Optional.empty(), d2024.balanceCodes().side("Tot_Bal"));
    assertEquals(Optional.of(Iv3BalanceSide.PASSIVA), d2024.balanceCodes().side("Tot_Pas"));
  }

  @Test
  void standperOfTheOpeningAndClosingBalance() {
    assertEquals(List.of("1 januari"), d2018.primoStandper());
    assertEquals(List.of("ultimo"), d2018.ultimoStandper());
    assertEquals(List.of("1 januari", "1-1-2024"), d2024.primoStandper());
    assertEquals(List.of("ultimo", "31-12-2024"), d2024.ultimoStandper(), "the quarter ends are left out");
  }

  @Test
  void sectionsTakeTheirListsAndGreyCells() {
    assertEquals("categorie_lasten", d2024.categories(Iv3Section.BALANS_LASTEN).name());
    assertEquals("categorie_baten", d2024.categories(Iv3Section.BALANS_BATEN).name());
    assertEquals("balanscode", d2024.codes(Iv3Section.BALANS_STANDEN).name());
    assertThrows(SociaalDomeinException.class, () -> d2024.categories(Iv3Section.BALANS_STANDEN));
    assertTrue(d2024.isGrey(Iv3Section.LASTEN, "6.1", "4.2"));
    assertFalse(d2024.isGrey(Iv3Section.LASTEN, "6.1", "3.8"));
    assertTrue(d2024.isGrey(Iv3Section.BALANS_LASTEN, "A23", "7.1"));
    assertEquals(List.of(), d2018.kengetallen().codes(), "2018 has no kengetallen");
    assertEquals("iv3_definities_Gemeente_2018.json", d2018.fileName());
  }
}
