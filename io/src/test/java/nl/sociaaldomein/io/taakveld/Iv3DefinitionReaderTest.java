// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.taakveld.Taakveld;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Iv3DefinitionReaderTest {

  @TempDir
  Path dir;

  private Path write(String name, String json) throws Exception {
    return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
  }

  private static String file(String metadata, String list) {
    return "{\"metadata\":" + metadata + ",\"codelijsten\":{\"taakveld\":{\"codelijst\":" + list + "}}}";
  }

  /** The exception of a strict read of {@code f}, which must be the first problem of the lenient read. */
  private static ReadException error(Path f) {
    ReadException e = assertThrows(ReadException.class, () -> Iv3DefinitionReader.read(f, ReadMode.STRICT));
    assertEquals(Iv3DefinitionReader.read(f).problems().get(0), e.problem());
    return e;
  }

  private static TaakveldCatalogue catalogue(Path f) {
    return Iv3DefinitionReader.read(f).orElseThrow().taakvelden();
  }

  private static final String META = "{\"overheidslaag\":\"Gemeente\",\"boekjaar\":\"2023\",\"omschrijving\":\"test\"}";

  @Test
  void everyDefinitionFileGivesTheShippedCatalogueOfItsYear() {
    SortedMap<Integer, ReadResult<Iv3Definition>> all = Iv3DefinitionReader.readDirectory(Iv3Files.directory());
    assertEquals(List.copyOf(TaakveldCatalogue.availableYears()), List.copyOf(all.keySet()));
    all.forEach((year, read) -> {
      Iv3Definition d = read.orElseThrow();
      assertEquals(TaakveldCatalogue.forYear(year), d.taakvelden(), "year " + year);
      assertEquals("Gemeente", d.overheidslaag());
      assertEquals("iv3_definities_Gemeente_" + year + ".json", d.source());
    });
    assertEquals("Iv3 test definitiebestand versie 1.0", all.get(2017).orElseThrow().description());
  }

  @Test
  void theOldParentsOf2023AreKeptAboveTheirSubCodes() {
    TaakveldCatalogue c = catalogue(Iv3Files.file(2023));
    assertEquals(Optional.of(TaakveldCode.of("6.71")), c.get("6.71a").parent());
    assertEquals(Optional.of(TaakveldCode.of("6.")), c.get("6.73a").parent());
    assertEquals("Jeugdreclassering", c.get("6.82b").name());
  }

  @Test
  void bothLayoutsAreRead() throws Exception {
    String flat = "[{\"code\":\"6.\",\"omschrijving\":\"SOCIAAL DOMEIN\",\"subcodes\":["
        + "{\"code\":\"6.1\",\"omschrijving\":\"Samenkracht en burgerparticipatie\"}]}]";
    String total = "[{\"code\":\"Tot_TV\",\"omschrijving\":\"Totaal taakvelden\",\"subcodes\":" + flat + "}]";
    TaakveldCatalogue a = catalogue(write("a.json", file(META, flat)));
    TaakveldCatalogue b = catalogue(write("b.json", file(META, total)));
    assertEquals(a, b);
    assertEquals("Iv3 Gemeente 2023", a.label());
  }

  @Test
  void aSyntaxErrorNamesTheFileLineAndColumn() throws Exception {
    Path f = write("broken.json", "{\"metadata\":\n  {\"boekjaar\" \"2023\"}}");
    ReadException e = error(f);
    assertTrue(e.getMessage().startsWith("broken.json, line 2, column 15: not valid JSON: Unexpected character"),
        e.getMessage());
    assertEquals(OptionalLong.of(2), e.problem().where().line());
  }

  @Test
  void aBadCodeNamesTheFileAndJsonPath() throws Exception {
    Path f = write("bad.json", file(META, "[{\"code\":\"6.\",\"omschrijving\":\"SOCIAAL DOMEIN\",\"subcodes\":["
        + "{\"code\":\"6,71\",\"omschrijving\":\"Maatwerkdienstverlening 18+\"}]}]"));
    ReadException e = error(f);
    assertEquals("bad.json, $.codelijsten.taakveld.codelijst[0].subcodes[0].code: \"6,71\": "
        + Reasons.notACode("6,71"), e.getMessage());
    assertEquals(Optional.of("$.codelijsten.taakveld.codelijst[0].subcodes[0].code"), e.problem().where().jsonPath());
    assertEquals(Optional.of("6,71"), e.what());
  }

  @Test
  void aCodeUnderTheWrongHoofdtaakveldIsRefused() throws Exception {
    Path f = write("nest.json", file(META, "[{\"code\":\"7.\",\"omschrijving\":\"VOLKSGEZONDHEID\",\"subcodes\":["
        + "{\"code\":\"6.1\",\"omschrijving\":\"Samenkracht\"}]}]"));
    ReadException e = error(f);
    assertEquals("nest.json, $.codelijsten.taakveld.codelijst[0].subcodes[0].code: \"6.1\": nested under 7.,"
        + " which its code does not allow", e.getMessage());
  }

  @Test
  void aRepeatedCodeNamesBothPaths() throws Exception {
    Path f = write("twice.json", file(META, "[{\"code\":\"6.\",\"omschrijving\":\"SOCIAAL DOMEIN\",\"subcodes\":["
        + "{\"code\":\"6.1\",\"omschrijving\":\"Samenkracht\"},{\"code\":\"6.1\",\"omschrijving\":\"Wijkteams\"}]}]"));
    String why = "Catalogue Iv3 Gemeente 2023 has code 6.1 twice:"
        + " 6.1 \"Samenkracht\" (entry 2) and 6.1 \"Wijkteams\" (entry 3)";
    String first = "$.codelijsten.taakveld.codelijst[0].subcodes[0]";
    String second = "$.codelijsten.taakveld.codelijst[0].subcodes[1]";
    assertEquals("twice.json, " + first + ": " + why + " (also at " + second + ")", error(f).getMessage());
    ReadResult<Iv3Definition> r = Iv3DefinitionReader.read(f);
    assertEquals(List.of(
        Problem.of(Location.atPath("twice.json", first), why + " (also at " + second + ")"),
        Problem.of(Location.atPath("twice.json", second), why + " (also at " + first + ")")),
        r.problems());
    assertTrue(r.value().isEmpty());
  }

  @Test
  void missingAndUnexpectedFieldsAreNamed() throws Exception {
    Path missing = write("m.json", "{\"metadata\":{\"overheidslaag\":\"Gemeente\"},\"codelijsten\":{}}");
    assertEquals("m.json, $.metadata.boekjaar: missing",
        error(missing).getMessage());
    Path extra = write("x.json", file(META, "[{\"code\":\"6.\",\"omschrijving\":\"SOCIAAL DOMEIN\",\"geldig\":true}]"));
    assertEquals("x.json, $.codelijsten.taakveld.codelijst[0].geldig: \"geldig\": unknown field;"
        + " expected [code, omschrijving, subcodes]", error(extra).getMessage());
    Path year = write("y.json", file("{\"overheidslaag\":\"Gemeente\",\"boekjaar\":\"23\"}", "[]"));
    assertEquals("y.json, $.metadata.boekjaar: \"23\": expected a four-digit year", error(year).getMessage());
  }

  @Test
  void aFileWhoseYearIsNotItsNameIsRefused() throws Exception {
    write("iv3_definities_Gemeente_2024.json", file(META,
        "[{\"code\":\"6.\",\"omschrijving\":\"SOCIAAL DOMEIN\"}]"));
    ReadException e =
        assertThrows(ReadException.class, () -> Iv3DefinitionReader.readDirectory(dir, ReadMode.STRICT));
    assertEquals("iv3_definities_Gemeente_2024.json, $.metadata.boekjaar: \"2023\": the file name says booking"
        + " year 2024", e.getMessage());
    ReadResult<Iv3Definition> lenient = Iv3DefinitionReader.readDirectory(dir).get(2024);
    assertEquals(List.of(e.problem(), Problem.of(Location.atPath("iv3_definities_Gemeente_2024.json",
        "$.codelijsten.taakveld.codelijst[0]"), "not read: the metadata is wrong")), lenient.problems());
    assertEquals(1, lenient.report().rejected(), "the node is rejected with the metadata, not lost");
    assertTrue(lenient.value().isEmpty());
  }

  @Test
  void aFileWithSeveralBadNodesReportsEachAndKeepsTheGoodNodes() throws Exception {
    String hoofd = "$.codelijsten.taakveld.codelijst[0].subcodes[0]";
    Path f = write("fouten.json", file(META, "[{\"code\":\"Tot_TV\",\"omschrijving\":\"Totaal\",\"subcodes\":["
        + "{\"code\":\"6.\",\"omschrijving\":\"SOCIAAL DOMEIN\",\"subcodes\":["
        + "{\"code\":\"6.1\",\"omschrijving\":\"Samenkracht\"},"
        + "{\"code\":\"6,2\",\"omschrijving\":\"Wijkteams\"},"
        + "{\"code\":\"7.1\",\"omschrijving\":\"Volksgezondheid\"},"
        + "{\"code\":\"6.3\",\"omschrijving\":\"Inkomensregelingen\",\"geldig\":true,\"subcodes\":["
        + "{\"code\":\"6.3a\",\"omschrijving\":\"Bijzondere bijstand\"}]},"
        + "{\"code\":\"6.4\",\"omschrijving\":\" \"},"
        + "{\"code\":\"6.71\"},"
        + "{\"code\":\"6.81\",\"omschrijving\":\"Geëscaleerde zorg 18+\"}]}]}]"));
    String s = "fouten.json";
    ReadResult<Iv3Definition> r = Iv3DefinitionReader.read(f);
    assertEquals(List.of(
        Problem.of(Location.atPath(s, hoofd + ".subcodes[1].code"), "6,2", Reasons.notACode("6,2")),
        Problem.of(Location.atPath(s, hoofd + ".subcodes[2].code"), "7.1",
            "nested under 6., which its code does not allow"),
        Problem.of(Location.atPath(s, hoofd + ".subcodes[3].geldig"), "geldig",
            "unknown field; expected [code, omschrijving, subcodes]"),
        Problem.of(Location.atPath(s, hoofd + ".subcodes[4].omschrijving"), " ", "Taakveld 6.4 has an empty name"),
        Problem.of(Location.atPath(s, hoofd + ".subcodes[5].omschrijving"), "missing")), r.problems());
    // Tot_TV, 6., 6.1, 6.3a (under the rejected 6.3) and 6.81 are taken.
    assertEquals(10, r.report().rowsRead());
    assertEquals(5, r.report().accepted());
    assertEquals(5, r.report().rejected());
    assertEquals(5, r.report().problemCount());
    assertEquals(TaakveldCatalogue.of("Iv3 Gemeente 2023", 2023, List.of(Taakveld.of("6.", "SOCIAAL DOMEIN"),
        Taakveld.of("6.1", "Samenkracht", "6."), Taakveld.of("6.3a", "Bijzondere bijstand", "6."),
        Taakveld.of("6.81", "Geëscaleerde zorg 18+", "6."))), r.value().orElseThrow().taakvelden());
    ReadException strict = assertThrows(ReadException.class, () -> Iv3DefinitionReader.read(f, ReadMode.STRICT));
    assertEquals(r.problems().get(0), strict.problem());
  }
}
