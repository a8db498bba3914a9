// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaakveldTest {

  @Test
  void theNameIsTrimmedAndOtherwiseKept() {
    Taakveld t = Taakveld.of("6.82a", "Jeugdbescherming ", "6.82");
    assertEquals("Jeugdbescherming", t.name());
    assertEquals("Geëscaleerde zorg 18+", Taakveld.of("6.81", "Geëscaleerde zorg 18+").name());
  }

  @Test
  void aDecomposedDiaeresisEqualsTheOfficialName() {
    assertEquals(Taakveld.of("6.81", "Geëscaleerde zorg 18+"), Taakveld.of("6.81", "Ge\u0065\u0308scaleerde zorg 18+"));
  }

  @Test
  void theDefaultParentIsTheImpliedOne() {
    assertEquals(Optional.of(TaakveldCode.of("6.71")), Taakveld.of("6.71a", "Huishoudelijke hulp (WMO)").parent());
    assertEquals(Optional.of(TaakveldCode.of("6.")), Taakveld.of("6.71", "Maatwerkdienstverlening 18+").parent());
    assertEquals(Optional.empty(), Taakveld.of("6", "SOCIAAL DOMEIN").parent());
    assertEquals(TaakveldLevel.SUBTAAKVELD, Taakveld.of("6.711", "Huishoudelijke hulp (WMO)", "6.").level());
  }

  @Test
  void onlyTheParentsTheCodeAllowsAreAccepted() {
    assertEquals("Taakveld 6.71a cannot have parent 7.; expected 6.71 or 6.",
        assertThrows(IllegalArgumentException.class, () -> Taakveld.of("6.71a", "Huishoudelijke hulp (WMO)", "7."))
            .getMessage());
    assertEquals("Taakveld 6.71 cannot have parent 6.7; expected 6.",
        assertThrows(IllegalArgumentException.class, () -> Taakveld.of("6.71", "Maatwerkdienstverlening 18+", "6.7"))
            .getMessage());
    assertEquals("Hoofdtaakveld 6. cannot have a parent, but was given 6.1",
        assertThrows(IllegalArgumentException.class, () -> Taakveld.of("6.", "SOCIAAL DOMEIN", "6.1")).getMessage());
    assertEquals("Taakveld 6.1 needs a parent; expected 6.",
        assertThrows(IllegalArgumentException.class,
            () -> new Taakveld(TaakveldCode.of("6.1"), "Samenkracht en burgerparticipatie", Optional.empty()))
            .getMessage());
  }

  @Test
  void blankNamesAndControlCharactersAreRefused() {
    assertEquals("Taakveld 6.1 has an empty name",
        assertThrows(IllegalArgumentException.class, () -> Taakveld.of("6.1", "  ")).getMessage());
    String tab = assertThrows(IllegalArgumentException.class, () -> Taakveld.of("6.1", "Samen\tkracht")).getMessage();
    assertTrue(tab.contains("Samen\\u0009kracht"), tab);
  }

  @Test
  void toStringIsCodeAndName() {
    assertEquals("6.71a Huishoudelijke hulp (WMO)", Taakveld.of("6.71a", "Huishoudelijke hulp (WMO)").toString());
  }
}
