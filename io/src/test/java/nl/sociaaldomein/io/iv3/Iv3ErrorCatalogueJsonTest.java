// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.iv3.Iv3Error;
import nl.sociaaldomein.iv3.Iv3ErrorCatalogue;
import org.junit.jupiter.api.Test;

class Iv3ErrorCatalogueJsonTest {

  @Test
  void cbsFileReadsCleanWithEveryCodeOnceAndItsTextsVerbatim() {
    ReadResult<Iv3ErrorCatalogue> read = Iv3ErrorCatalogueJson.read(ShippedIv3Test.shared().resolve(ShippedIv3.ERRORS));
    assertTrue(read.isClean(), read.report()::toString);
    Iv3ErrorCatalogue cbs = read.orElseThrow();
    assertEquals(ShippedIv3.errors(), cbs);
    assertEquals(List.of("SF001", "SF002", "SF003", "SF004", "SF005", "SF006", "SF007", "SF008", "SF009", "SF010",
        "SF011", "SF012", "SF013", "SF014", "SF015", "SF016", "SF017", "SF777", "SF888", "SF999", "DF001", "DF002",
        "DF003", "DF004", "DF005", "DF006", "DF007", "PF001", "PF002", "PF003", "PF004", "PF005", "PF006", "PF007",
        "PF008", "PF009", "PF099"), cbs.errors().stream().map(Iv3Error::foutcode).toList());
    assertEquals(new Iv3Error("SF011", "het element baten is niet aangetroffen",
        "binnen het element data is het verplichte element baten niet aangetroffen ."), cbs.get("SF011"));
    assertEquals("Binnen het onderdeel lasten ontbreekt de sleutel categorie. Regel 1.",
        cbs.message("SF016", java.util.Map.of("onderdeel", "lasten", "fout", "categorie", "extra", "Regel 1")));
  }

  private static final String SMALL = """
      {"fouten_overzicht": [
        {"foutcode": "SF001", "omschrijving": "het element metadata ontbreekt", "melding": "Niet aangetroffen."},
        {"foutcode": "SF002", "omschrijving": "sleutel ontbreekt"},
        {"foutcode": "SF001", "omschrijving": "nog eens", "melding": "Nog eens."},
        {"foutcode": "SF003", "omschrijving": "o", "melding": "m", "ernst": "hoog"}]}
      """;

  @Test
  void aBadEntryIsRejectedAtItsPathAndTheOthersKept() {
    ReadResult<Iv3ErrorCatalogue> read = Iv3ErrorCatalogueJson.read(new StringReader(SMALL), "f.json");
    assertEquals(List.of(
        Problem.of(Location.atPath("f.json", "$.fouten_overzicht[1].melding"), "missing"),
        Problem.of(Location.atPath("f.json", "$.fouten_overzicht[2].foutcode"), "SF001", "the same foutcode again"),
        Problem.of(Location.atPath("f.json", "$.fouten_overzicht[3].ernst"), "ernst",
            "unknown field; expected [foutcode, melding, omschrijving]")), read.problems());
    assertEquals(3, read.report().rejected());
    assertEquals(List.of(new Iv3Error("SF001", "het element metadata ontbreekt", "Niet aangetroffen.")),
        read.value().orElseThrow().errors());
    ReadException e = assertThrows(ReadException.class,
        () -> Iv3ErrorCatalogueJson.read(new StringReader(SMALL), "f.json", ReadMode.STRICT));
    assertEquals(read.problems().get(0), e.problem());
  }

  @Test
  void withoutTheListThereIsNoCatalogue() {
    ReadResult<Iv3ErrorCatalogue> read = Iv3ErrorCatalogueJson.read(new StringReader("{\"fouten\": []}"), "f.json");
    assertEquals(Optional.empty(), read.value());
    assertEquals(List.of(Problem.of(Location.atPath("f.json", "$.fouten_overzicht"), "missing")), read.problems());
  }
}
