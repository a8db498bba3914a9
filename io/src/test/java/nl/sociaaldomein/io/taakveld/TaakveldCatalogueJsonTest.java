// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.json.SociaalDomeinJson;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.taakveld.Taakveld;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaakveldCatalogueJsonTest {

  private static ReadResult<TaakveldCatalogue> lenient(String json) {
    return TaakveldCatalogueJson.read(new StringReader(json), "lijst.json");
  }

  private static TaakveldCatalogue fromJson(String json, String source) {
    return TaakveldCatalogueJson.read(new StringReader(json), source).orElseThrow();
  }

  /** The exception of a strict read, which must be the first problem of the lenient read. */
  private static ReadException error(String json) {
    ReadException e = assertThrows(ReadException.class,
        () -> TaakveldCatalogueJson.read(new StringReader(json), "lijst.json", ReadMode.STRICT));
    assertEquals(lenient(json).problems().get(0), e.problem());
    return e;
  }

  private static final String SMALL = "{\"label\":\"eigen lijst\",\"taakvelden\":["
      + "{\"code\":\"6.\",\"name\":\"SOCIAAL DOMEIN\"},"
      + "{\"code\":\"6.71\",\"name\":\"Maatwerkdienstverlening 18+\"},";

  @Test
  void theFormatIsLabelYearAndEntriesInOrder() {
    String json = TaakveldCatalogueJson.toJson(TaakveldCatalogue.forYear(2023));
    assertTrue(json.startsWith("{\n  \"label\" : \"Iv3 Gemeente 2023\",\n  \"bookingYear\" : 2023,\n"
        + "  \"taakvelden\" : [ {\n    \"code\" : \"0.\",\n    \"name\" : \"BESTUUR EN ONDERSTEUNING\",\n"
        + "    \"level\" : \"HOOFDTAAKVELD\"\n  }, {\n    \"code\" : \"0.1\",\n    \"name\" : \"Bestuur\",\n"
        + "    \"level\" : \"TAAKVELD\",\n    \"parent\" : \"0.\"\n  }"), json);
  }

  @Test
  void everyShippedYearRoundTrips(@TempDir Path dir) {
    for (int year : TaakveldCatalogue.availableYears()) {
      TaakveldCatalogue c = TaakveldCatalogue.forYear(year);
      assertEquals(c, fromJson(TaakveldCatalogueJson.toJson(c), "x.json"));
      Path file = dir.resolve(year + ".json");
      TaakveldCatalogueJson.write(c, file);
      assertEquals(c, TaakveldCatalogueJson.read(file).orElseThrow());
    }
  }

  @Test
  void levelParentAndYearMayBeLeftOut() {
    TaakveldCatalogue c = fromJson(SMALL
        + "{\"code\":\"6.71a\",\"name\":\"Huishoudelijke hulp (WMO)\"}]}", "lijst.json");
    assertEquals(Optional.of(TaakveldCode.of("6.71")), c.get("6.71a").parent());
    assertTrue(c.bookingYear().isEmpty());
  }

  @Test
  void aBadCodeNamesFileJsonPathAndText() {
    ReadException e = error(SMALL + "{\"code\":\"6.71 a\",\"name\":\"Huishoudelijke hulp (WMO)\"}]}");
    assertTrue(e.getMessage().startsWith("lijst.json, $.taakvelden[2].code: \"6.71 a\": \"6.71 a\" is not a"
        + " taakveld code"), e.getMessage());
    assertEquals(Optional.of("$.taakvelden[2].code"), e.problem().where().jsonPath());
    assertEquals(Optional.of("6.71 a"), e.what());
  }

  @Test
  void contentErrorsAreNamedByPath() {
    assertEquals("lijst.json, $.taakvelden[2].level: \"TAAKVELD\": code 6.71a is a SUBTAAKVELD, not a TAAKVELD",
        error(SMALL + "{\"code\":\"6.71a\",\"name\":\"Huishoudelijke hulp\",\"level\":\"TAAKVELD\"}]}").getMessage());
    assertEquals("lijst.json, $.taakvelden[2].parent: \"7.\": Taakveld 6.71a cannot have parent 7.;"
        + " expected 6.71 or 6.",
        error(SMALL + "{\"code\":\"6.71a\",\"name\":\"Huishoudelijke hulp\",\"parent\":\"7.\"}]}").getMessage());
    assertEquals("lijst.json, $.taakvelden[2].name: \"  \": Taakveld 6.71a has an empty name",
        error(SMALL + "{\"code\":\"6.71a\",\"name\":\"  \"}]}").getMessage());
    assertEquals("lijst.json, $.taakvelden[2].naam: \"naam\": unknown field; expected [code, level, name, parent]",
        error(SMALL + "{\"code\":\"6.71a\",\"naam\":\"x\"}]}").getMessage());
    assertEquals("lijst.json, $.taakvelden[2].name: missing", error(SMALL + "{\"code\":\"6.71a\"}]}").getMessage());
    assertEquals("lijst.json, $.taakvelden[2].code: \"6.71\": expected a string",
        error(SMALL + "{\"code\":6.71,\"name\":\"x\"}]}").getMessage());
    assertEquals("lijst.json, $.bookingYear: \"2023\": expected a whole number, not a string",
        error("{\"label\":\"x\",\"bookingYear\":\"2023\",\"taakvelden\":[]}").getMessage());
    assertEquals("lijst.json, $.taakvelden: Catalogue x has no taakvelden",
        error("{\"label\":\"x\",\"taakvelden\":[]}").getMessage());
  }

  @Test
  void aRepeatedCodeNamesBothPaths() {
    String json = SMALL + "{\"code\":\"6.71\",\"name\":\"Huishoudelijke hulp\"}]}";
    String why = "Catalogue eigen lijst has code 6.71 twice:"
        + " 6.71 \"Maatwerkdienstverlening 18+\" (entry 2) and 6.71 \"Huishoudelijke hulp\" (entry 3)";
    assertEquals("lijst.json, $.taakvelden[1]: " + why + " (also at $.taakvelden[2])", error(json).getMessage());
    ReadResult<TaakveldCatalogue> r = lenient(json);
    assertEquals(List.of(Problem.of(Location.atPath("lijst.json", "$.taakvelden[1]"), why + " (also at $.taakvelden[2])"),
        Problem.of(Location.atPath("lijst.json", "$.taakvelden[2]"), why + " (also at $.taakvelden[1])")), r.problems());
    assertTrue(r.value().isEmpty());
    assertEquals(3, r.report().accepted());
  }

  @Test
  void syntaxErrorsAndRepeatedFieldsNameLineAndColumn() {
    ReadException e = error("{\"label\":\"x\",\n\"taakvelden\":[}");
    assertTrue(e.getMessage().startsWith("lijst.json, line 2, column 15: not valid JSON"), e.getMessage());
    assertEquals(Location.atCharacter("lijst.json", 2, 15), e.problem().where());
    ReadException twice = error("{\"label\":\"x\",\"label\":\"y\",\"taakvelden\":[]}");
    assertTrue(twice.getMessage().startsWith("lijst.json, line 1, column "), twice.getMessage());
    assertTrue(twice.getMessage().contains("Duplicate field 'label'"), twice.getMessage());
  }

  @Test
  void theModuleMakesCodesStringsAndMapKeys() throws Exception {
    ObjectMapper mapper = SociaalDomeinJson.mapper().registerModule(new TaakveldJsonModule());
    Map<TaakveldCode, Amount> amounts = new LinkedHashMap<>();
    amounts.put(TaakveldCode.of("0.10"), Amount.ofCents(120_000));
    amounts.put(TaakveldCode.of("0.1"), Amount.ofCents(5));
    String json = mapper.writeValueAsString(amounts);
    assertTrue(json.contains("\"0.10\" : \"1200.00\""), json);
    Map<TaakveldCode, Amount> back = mapper.readValue(json, new TypeReference<Map<TaakveldCode, Amount>>() {});
    assertEquals(amounts, back);

    TaakveldCatalogue c = TaakveldCatalogue.forYear(2025);
    assertEquals(c, mapper.readValue(mapper.writeValueAsString(c), TaakveldCatalogue.class));

    InvalidFormatException number =
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("6.71", TaakveldCode.class));
    assertTrue(number.getMessage().startsWith("a taakveld code is a JSON string"), number.getMessage());
    InvalidFormatException key = assertThrows(InvalidFormatException.class,
        () -> mapper.readValue("{\"6,71\":\"1.00\"}", new TypeReference<Map<TaakveldCode, Amount>>() {}));
    assertTrue(key.getMessage().startsWith("\"6,71\" is not a taakveld code"), key.getMessage());
  }

  @Test
  void aDocumentWithSeveralBadEntriesReportsEachAndKeepsTheGoodEntries() {
    String json = "{\"label\":\"eigen lijst\",\"bookingYear\":2023,\"taakvelden\":["
        + "{\"code\":\"6.\",\"name\":\"SOCIAAL DOMEIN\"},"
        + "{\"code\":\"6,1\",\"name\":\"Samenkracht\"},"
        + "{\"code\":\"6.71\",\"name\":\"Maatwerkdienstverlening 18+\",\"level\":\"HOOFDTAAKVELD\"},"
        + "{\"code\":\"6.72\",\"naam\":\"Maatwerkdienstverlening 18-\"},"
        + "{\"code\":6.81,\"name\":\"Geëscaleerde zorg 18+\"},"
        + "{\"code\":\"6.82\",\"name\":\"Geëscaleerde zorg 18-\",\"parent\":\"6.\"},"
        + "{\"code\":\"6.3\"},"
        + "\"6.4\","
        + "{\"code\":\"6.71a\",\"name\":\"Huishoudelijke hulp\",\"parent\":\"7.\"},"
        + "{\"code\":\"6.71b\",\"name\":\"Begeleiding\"}]}";
    String f = "lijst.json";
    ReadResult<TaakveldCatalogue> r = lenient(json);
    assertEquals(List.of(
        Problem.of(Location.atPath(f, "$.taakvelden[1].code"), "6,1", Reasons.notACode("6,1")),
        Problem.of(Location.atPath(f, "$.taakvelden[2].level"), "HOOFDTAAKVELD", "code 6.71 is a TAAKVELD, not a HOOFDTAAKVELD"),
        Problem.of(Location.atPath(f, "$.taakvelden[3].naam"), "naam",
            "unknown field; expected [code, level, name, parent]"),
        Problem.of(Location.atPath(f, "$.taakvelden[4].code"), "6.81", "expected a string"),
        Problem.of(Location.atPath(f, "$.taakvelden[6].name"), "missing"),
        Problem.of(Location.atPath(f, "$.taakvelden[7]"), "6.4", "expected an object, not a string"),
        Problem.of(Location.atPath(f, "$.taakvelden[8].parent"), "7.",
            "Taakveld 6.71a cannot have parent 7.; expected 6.71 or 6.")), r.problems());
    assertEquals(10, r.report().rowsRead());
    assertEquals(3, r.report().accepted());
    assertEquals(7, r.report().rejected());
    assertEquals(7, r.report().problemCount());
    assertEquals(TaakveldCatalogue.of("eigen lijst", 2023, List.of(Taakveld.of("6.", "SOCIAAL DOMEIN"),
        Taakveld.of("6.82", "Geëscaleerde zorg 18-", "6."), Taakveld.of("6.71b", "Begeleiding", "6."))),
        r.value().orElseThrow());
    ReadException strict = assertThrows(ReadException.class,
        () -> TaakveldCatalogueJson.read(new StringReader(json), f, ReadMode.STRICT));
    assertEquals(r.problems().get(0), strict.problem());
  }
}
