package nl.sociaaldomein.io.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.io.json.SociaalDomeinJson;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaakveldCatalogueJsonTest {

  private static TaakveldFormatException error(String json) {
    return assertThrows(TaakveldFormatException.class, () -> TaakveldCatalogueJson.fromJson(json, "lijst.json"));
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
      assertEquals(c, TaakveldCatalogueJson.fromJson(TaakveldCatalogueJson.toJson(c), "x.json"));
      Path file = dir.resolve(year + ".json");
      TaakveldCatalogueJson.write(c, file);
      assertEquals(c, TaakveldCatalogueJson.read(file));
    }
  }

  @Test
  void levelParentAndYearMayBeLeftOut() {
    TaakveldCatalogue c = TaakveldCatalogueJson.fromJson(SMALL
        + "{\"code\":\"6.71a\",\"name\":\"Huishoudelijke hulp (WMO)\"}]}", "lijst.json");
    assertEquals(Optional.of(TaakveldCode.of("6.71")), c.get("6.71a").parent());
    assertTrue(c.bookingYear().isEmpty());
  }

  @Test
  void aBadCodeNamesFileJsonPathAndText() {
    TaakveldFormatException e = error(SMALL + "{\"code\":\"6.71 a\",\"name\":\"Huishoudelijke hulp (WMO)\"}]}");
    assertTrue(e.getMessage().startsWith("lijst.json, $.taakvelden[2].code, text \"6.71 a\": \"6.71 a\" is not a"
        + " taakveld code"), e.getMessage());
    assertEquals(Optional.of("$.taakvelden[2].code"), e.getJsonPath());
  }

  @Test
  void contentErrorsAreNamedByPath() {
    assertEquals("lijst.json, $.taakvelden[2].level, text \"TAAKVELD\": code 6.71a is a SUBTAAKVELD, not a TAAKVELD",
        error(SMALL + "{\"code\":\"6.71a\",\"name\":\"Huishoudelijke hulp\",\"level\":\"TAAKVELD\"}]}").getMessage());
    assertEquals("lijst.json, $.taakvelden[2].parent, text \"7.\": Taakveld 6.71a cannot have parent 7.;"
        + " expected 6.71 or 6.",
        error(SMALL + "{\"code\":\"6.71a\",\"name\":\"Huishoudelijke hulp\",\"parent\":\"7.\"}]}").getMessage());
    assertEquals("lijst.json, $.taakvelden[2].name, text \"  \": Taakveld 6.71a has an empty name",
        error(SMALL + "{\"code\":\"6.71a\",\"name\":\"  \"}]}").getMessage());
    assertEquals("lijst.json, $.taakvelden[2].naam, text \"naam\": unknown field; expected [code, level, name, parent]",
        error(SMALL + "{\"code\":\"6.71a\",\"naam\":\"x\"}]}").getMessage());
    assertEquals("lijst.json, $.taakvelden[2].name: missing", error(SMALL + "{\"code\":\"6.71a\"}]}").getMessage());
    assertEquals("lijst.json, $.taakvelden[2].code, text \"6.71\": expected a string",
        error(SMALL + "{\"code\":6.71,\"name\":\"x\"}]}").getMessage());
    assertEquals("lijst.json, $.bookingYear, text \"2023\": expected a whole number, not a string",
        error("{\"label\":\"x\",\"bookingYear\":\"2023\",\"taakvelden\":[]}").getMessage());
    assertEquals("lijst.json, $.taakvelden: Catalogue x has no taakvelden",
        error("{\"label\":\"x\",\"taakvelden\":[]}").getMessage());
  }

  @Test
  void aRepeatedCodeNamesBothPaths() {
    assertEquals("lijst.json, $.taakvelden[1] and $.taakvelden[2]: Catalogue eigen lijst has code 6.71 twice:"
        + " 6.71 \"Maatwerkdienstverlening 18+\" (entry 2) and 6.71 \"Huishoudelijke hulp\" (entry 3)",
        error(SMALL + "{\"code\":\"6.71\",\"name\":\"Huishoudelijke hulp\"}]}").getMessage());
  }

  @Test
  void syntaxErrorsAndRepeatedFieldsNameLineAndColumn() {
    TaakveldFormatException e = error("{\"label\":\"x\",\n\"taakvelden\":[}");
    assertTrue(e.getMessage().startsWith("lijst.json, line 2, column 15: not valid JSON"), e.getMessage());
    TaakveldFormatException twice = error("{\"label\":\"x\",\"label\":\"y\",\"taakvelden\":[]}");
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
}
