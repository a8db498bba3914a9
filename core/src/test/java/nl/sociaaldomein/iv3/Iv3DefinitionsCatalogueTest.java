// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.sociaaldomein.taakveld.InvalidTaakveldCatalogueException;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;
import org.junit.jupiter.api.Test;

/** The taakveld list of the definitions as a catalogue, and a delivery's shipped catalogue. */
class Iv3DefinitionsCatalogueTest {

  @Test
  void theTaakveldListIsACatalogueOfTheBoekjaarWithoutItsTotalNode() {
    TaakveldCatalogue c = Iv3Fixtures.definitions2024().taakveldCatalogue();
    assertEquals("Iv3 Gemeente 2024", c.label());
    assertEquals(OptionalInt.of(2024), c.bookingYear());
    assertEquals(List.of("0.", "0.1", "0.4", "0.5", "0.7", "0.10", "0.11", "6.", "6.1", "6.3", "6.71", "6.71a"),
        c.all().stream().map(t -> t.code().toString()).toList(), "Tot_TV left out, file order kept");
    assertEquals("Huishoudelijke hulp (WMO)", c.get("6.71a").name());
    assertEquals(Optional.of(TaakveldCode.of("6.71")), c.get("6.71a").parent(),
        "under the taakveld its code extends, though the file puts it under 6.");
    assertEquals(Optional.of(TaakveldCode.of("6.")), c.get("6.3").parent());
  }

  @Test
  void theListsOf2017To2019HaveNoTotalNode() {
    TaakveldCatalogue c = Iv3Fixtures.definitions2018().taakveldCatalogue();
    assertEquals(OptionalInt.of(2018), c.bookingYear());
    assertEquals(2, c.hoofdtaakvelden().size());
    assertEquals(9, c.taakvelden().size());
  }

  @Test
  void definitionsWithoutATaakveldListMakeNoCatalogue() {
    Iv3Definitions d = Iv3Fixtures.definitions2024();
    Iv3Definitions none = new Iv3Definitions(d.overheidslaag(), d.boekjaar(), d.omschrijving(), List.of(),
        d.greyCells(), d.controles());
    assertThrows(InvalidTaakveldCatalogueException.class, none::taakveldCatalogue);
  }

  @Test
  void aDeliveryHasTheShippedCatalogueOfItsBoekjaarWhereOneShips() {
    Iv3Delivery d = Iv3Fixtures.minimal2024();
    assertEquals(Optional.of(TaakveldCatalogue.forYear(2024)), d.taakveldCatalogue());
    assertEquals(Optional.of(TaakveldCatalogue.forYear(2018)), Iv3Fixtures.minimal2018().taakveldCatalogue());
    assertEquals(Optional.empty(), d.withMetadata(d.metadata().withBoekjaar(2016)).taakveldCatalogue());
    assertEquals(Optional.empty(), d.withMetadata(d.metadata().withBoekjaar(2027)).taakveldCatalogue());
  }

  @Test
  void aProvinceHasNoShippedCatalogue() {
    Iv3Delivery d = Iv3Fixtures.minimal2024();
    Iv3Metadata m = d.metadata();
    Iv3Metadata province = new Iv3Metadata(Overheidslaag.PROVINCIE, m.overheidsnummer(), "Drenthe", m.boekjaar(),
        m.periode(), m.status(), m.datum(), m.detailsOpenbaar(), m.financieelPakket(), m.exportSoftware());
    assertEquals(Optional.empty(), d.withMetadata(province).taakveldCatalogue());
  }
}
