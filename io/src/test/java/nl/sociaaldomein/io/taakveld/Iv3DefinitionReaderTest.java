package nl.sociaaldomein.io.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
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

  private static final String META = "{\"overheidslaag\":\"Gemeente\",\"boekjaar\":\"2023\",\"omschrijving\":\"test\"}";

  @Test
  void everyDefinitionFileGivesTheShippedCatalogueOfItsYear() {
    SortedMap<Integer, Iv3Definition> all = Iv3DefinitionReader.readDirectory(Iv3Files.directory());
    assertEquals(List.copyOf(TaakveldCatalogue.availableYears()), List.copyOf(all.keySet()));
    all.forEach((year, d) -> {
      assertEquals(TaakveldCatalogue.forYear(year), d.taakvelden(), "year " + year);
      assertEquals("Gemeente", d.overheidslaag());
      assertEquals("iv3_definities_Gemeente_" + year + ".json", d.source());
    });
    assertEquals("Iv3 test definitiebestand versie 1.0", all.get(2017).description());
  }

  @Test
  void theOldParentsOf2023AreKeptAboveTheirSubCodes() {
    TaakveldCatalogue c = Iv3DefinitionReader.read(Iv3Files.file(2023));
    assertEquals(Optional.of(TaakveldCode.of("6.71")), c.get("6.71a").parent());
    assertEquals(Optional.of(TaakveldCode.of("6.")), c.get("6.73a").parent());
    assertEquals("Jeugdreclassering", c.get("6.82b").name());
  }

  @Test
  void bothLayoutsAreRead() throws Exception {
    String flat = "[{\"code\":\"6.\",\"omschrijving\":\"SOCIAAL DOMEIN\",\"subcodes\":["
        + "{\"code\":\"6.1\",\"omschrijving\":\"Samenkracht en burgerparticipatie\"}]}]";
    String total = "[{\"code\":\"Tot_TV\",\"omschrijving\":\"Totaal taakvelden\",\"subcodes\":" + flat + "}]";
    TaakveldCatalogue a = Iv3DefinitionReader.read(write("a.json", file(META, flat)));
    TaakveldCatalogue b = Iv3DefinitionReader.read(write("b.json", file(META, total)));
    assertEquals(a, b);
    assertEquals("Iv3 Gemeente 2023", a.label());
  }

  @Test
  void aSyntaxErrorNamesTheFileLineAndColumn() throws Exception {
    Path f = write("broken.json", "{\"metadata\":\n  {\"boekjaar\" \"2023\"}}");
    TaakveldFormatException e = assertThrows(TaakveldFormatException.class, () -> Iv3DefinitionReader.read(f));
    assertTrue(e.getMessage().startsWith("broken.json, line 2, column 15: not valid JSON: Unexpected character"),
        e.getMessage());
    assertEquals(2, e.getLine());
  }

  @Test
  void aBadCodeNamesTheFileAndJsonPath() throws Exception {
    Path f = write("bad.json", file(META, "[{\"code\":\"6.\",\"omschrijving\":\"SOCIAAL DOMEIN\",\"subcodes\":["
        + "{\"code\":\"6,71\",\"omschrijving\":\"Maatwerkdienstverlening 18+\"}]}]"));
    TaakveldFormatException e = assertThrows(TaakveldFormatException.class, () -> Iv3DefinitionReader.read(f));
    assertEquals("bad.json, $.codelijsten.taakveld.codelijst[0].subcodes[0].code, text \"6,71\": \"6,71\" is not a"
        + " taakveld code: expected a hoofdtaakveld such as \"6.\" or \"6\", a taakveld such as \"6.71\" or \"0.10\","
        + " or a sub-taakveld such as \"6.71a\" or \"6.711\" (codes are written with a dot, not a comma)",
        e.getMessage());
    assertEquals(Optional.of("$.codelijsten.taakveld.codelijst[0].subcodes[0].code"), e.getJsonPath());
    assertEquals(Optional.of("6,71"), e.getText());
  }

  @Test
  void aCodeUnderTheWrongHoofdtaakveldIsRefused() throws Exception {
    Path f = write("nest.json", file(META, "[{\"code\":\"7.\",\"omschrijving\":\"VOLKSGEZONDHEID\",\"subcodes\":["
        + "{\"code\":\"6.1\",\"omschrijving\":\"Samenkracht\"}]}]"));
    TaakveldFormatException e = assertThrows(TaakveldFormatException.class, () -> Iv3DefinitionReader.read(f));
    assertEquals("nest.json, $.codelijsten.taakveld.codelijst[0].subcodes[0].code, text \"6.1\": nested under 7.,"
        + " which its code does not allow", e.getMessage());
  }

  @Test
  void aRepeatedCodeNamesBothPaths() throws Exception {
    Path f = write("twice.json", file(META, "[{\"code\":\"6.\",\"omschrijving\":\"SOCIAAL DOMEIN\",\"subcodes\":["
        + "{\"code\":\"6.1\",\"omschrijving\":\"Samenkracht\"},{\"code\":\"6.1\",\"omschrijving\":\"Wijkteams\"}]}]"));
    TaakveldFormatException e = assertThrows(TaakveldFormatException.class, () -> Iv3DefinitionReader.read(f));
    assertEquals("twice.json, $.codelijsten.taakveld.codelijst[0].subcodes[0] and"
        + " $.codelijsten.taakveld.codelijst[0].subcodes[1]: Catalogue Iv3 Gemeente 2023 has code 6.1 twice:"
        + " 6.1 \"Samenkracht\" (entry 2) and 6.1 \"Wijkteams\" (entry 3)", e.getMessage());
  }

  @Test
  void missingAndUnexpectedFieldsAreNamed() throws Exception {
    Path missing = write("m.json", "{\"metadata\":{\"overheidslaag\":\"Gemeente\"},\"codelijsten\":{}}");
    assertEquals("m.json, $.metadata.boekjaar: missing",
        assertThrows(TaakveldFormatException.class, () -> Iv3DefinitionReader.read(missing)).getMessage());
    Path extra = write("x.json", file(META, "[{\"code\":\"6.\",\"omschrijving\":\"SOCIAAL DOMEIN\",\"geldig\":true}]"));
    assertEquals("x.json, $.codelijsten.taakveld.codelijst[0].geldig, text \"geldig\": unexpected field;"
        + " a taakveld node has [code, omschrijving, subcodes]",
        assertThrows(TaakveldFormatException.class, () -> Iv3DefinitionReader.read(extra)).getMessage());
    Path year = write("y.json", file("{\"overheidslaag\":\"Gemeente\",\"boekjaar\":\"23\"}", "[]"));
    assertEquals("y.json, $.metadata.boekjaar, text \"23\": expected a four-digit year",
        assertThrows(TaakveldFormatException.class, () -> Iv3DefinitionReader.read(year)).getMessage());
  }

  @Test
  void aFileWhoseYearIsNotItsNameIsRefused() throws Exception {
    write("iv3_definities_Gemeente_2024.json", file(META,
        "[{\"code\":\"6.\",\"omschrijving\":\"SOCIAAL DOMEIN\"}]"));
    TaakveldFormatException e =
        assertThrows(TaakveldFormatException.class, () -> Iv3DefinitionReader.readDirectory(dir));
    assertEquals("iv3_definities_Gemeente_2024.json, $.metadata.boekjaar, text \"2023\": the file name says booking"
        + " year 2024", e.getMessage());
  }
}
