// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.util.List;
import java.util.Random;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.iv3.Iv3Definitions;
import org.junit.jupiter.api.Test;

/** A definitions file with a few characters changed reads without an exception, every row accounted for. */
class Iv3DefinitionsJsonProperties {

  /** Both forms, cut to a few nodes of each part so that a change hits them often. */
  private static final List<String> SMALL = List.of("""
      {"metadata": {"overheidslaag": "Gemeente", "boekjaar": "2017", "omschrijving": "Iv3 test definitiebestand versie 1.0"},
       "codelijsten": {"taakveld": {"codelijst": [{"code": "0.", "omschrijving": "BESTUUR", "subcodes": [
           {"code": "0.10", "omschrijving": "Mutaties reserves"}]}]},
         "categorie_lasten": {"codelijst": [{"code": "Lopende Rekening", "subcodes": [{"code": "1.1", "omschrijving": "S"}]}]},
         "dimensies": {"codelijst": [{"code": "dimensies_lasten", "rekeningsoort": "lasten"}]}},
       "controlelijst": {"controles": [{"controle-id": 1, "omschrijving": "Controle 01", "definitie": [
           {"volgnr": 1, "variabele": "a", "expressie": {"rekeningsoort": "lasten", "taakveld": "Totaal taakveld",
            "categorie": "Lopende Rekening"}, "omschrijving": "x"},
           {"volgnr": 2, "variabele": "b", "expressie": {"formule": "(a)", "check": "<= 0.01"}, "omschrijving": "y"}]}]},
       "grijze_cellen": {"lasten": [{"categorie": "2.1", "taakveld": "0.1"}],
         "balans_baten": [{"categorie": "1.1", "balanscode": "A111"}]}}
      """, """
      {"metadata": {"overheidslaag": "Gemeente", "boekjaar": "2026", "omschrijving": "Iv3 definitiebestand versie 2.1"},
       "codelijsten": {"taakveld": {"codelijst": [{"code": "Tot_TV", "omschrijving": "Totaal", "subcodes": [
           {"code": "6.", "omschrijving": "SOCIAAL DOMEIN", "subcodes": [{"code": "6.82a", "omschrijving": "Jeugdbescherming "}]}]}]},
         "verslagperiode": {"codelijst": [{"code": "Rek_2024", "omschrijving": "Rekening 2024"}]}},
       "controles": [{"nummer": 5, "foutcode": "PF005", "calculaties": [{"periode": [1, 2, 3, 4, 5],
           "uitgesloten_taakvelden": ["0.5"], "balanscode": ["A23"]}]}],
       "grijze_cellen": {"baten": [{"taakveld": "0.9", "categorie": "3.1"}]}}
      """);

  private static final String MANGLES = "0a\"{}[],:.-eE ";

  @Test
  void bothFormsReadClean() {
    for (String text : SMALL) {
      ReadResult<Iv3Definitions> read = Iv3DefinitionsJson.read(new StringReader(text), "d.json");
      assertTrue(read.isClean(), read.report()::toString);
    }
  }

  @Test
  void aMangledFileIsReadWithoutAnExceptionAndEveryRowCounted() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      StringBuilder text = new StringBuilder(SMALL.get(r.nextInt(SMALL.size())));
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        int at = r.nextInt(text.length());
        if (r.nextBoolean()) {
          text.deleteCharAt(at);
        } else {
          text.setCharAt(at, MANGLES.charAt(r.nextInt(MANGLES.length())));
        }
      }
      ReadResult<Iv3Definitions> read = Iv3DefinitionsJson.read(new StringReader(text.toString()), "d.json");
      ReadReport report = read.report();
      assertEquals(report.rowsRead(), report.accepted() + report.rejected());
      assertTrue(report.problemCount() >= report.rejected(), report::toString);
      if (read.value().isEmpty()) {
        assertEquals(0, report.accepted(), report::toString);
      }
    });
  }
}
