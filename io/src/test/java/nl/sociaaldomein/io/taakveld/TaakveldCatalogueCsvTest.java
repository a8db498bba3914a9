package nl.sociaaldomein.io.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.sociaaldomein.io.taakveld.TaakveldCatalogueCsv.Dialect;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaakveldCatalogueCsvTest {

  private static final TaakveldCatalogue Y2023 = TaakveldCatalogue.forYear(2023);

  @TempDir
  Path dir;

  private static TaakveldCatalogue read(String csv) {
    return TaakveldCatalogueCsv.read(new StringReader(csv), "taakvelden.csv", null, "eigen lijst");
  }

  private static TaakveldFormatException error(String csv) {
    return assertThrows(TaakveldFormatException.class, () -> read(csv));
  }

  @Test
  void dutchExcelIsSemicolonsWithABomAndCrlf() {
    String csv = TaakveldCatalogueCsv.toCsv(Y2023, Dialect.DUTCH_EXCEL);
    assertTrue(csv.startsWith("\uFEFFcode;name;level;parent\r\n0.;BESTUUR EN ONDERSTEUNING;HOOFDTAAKVELD;\r\n"
        + "0.1;Bestuur;TAAKVELD;0.\r\n"), csv);
    assertTrue(csv.contains("\r\n6.71a;Huishoudelijke hulp (WMO);SUBTAAKVELD;6.71\r\n"), csv);
    assertTrue(csv.contains("\r\n6.81;Geëscaleerde zorg 18+;TAAKVELD;6.\r\n"), csv);
  }

  @Test
  void commaSeparatedQuotesWhatNeedsIt() {
    String csv = TaakveldCatalogueCsv.toCsv(Y2023, Dialect.COMMA);
    assertTrue(csv.startsWith("code,name,level,parent\r\n"), csv);
    assertTrue(csv.contains("\r\n2.,\"VERKEER, VERVOER EN WATERSTAAT\",HOOFDTAAKVELD,\r\n"), csv);
  }

  @Test
  void bothDialectsReadBackWithOrWithoutBom() throws Exception {
    for (Dialect d : Dialect.values()) {
      String csv = TaakveldCatalogueCsv.toCsv(Y2023, d);
      String withoutBom = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
      String withBom = "\uFEFF" + withoutBom;
      for (String text : new String[] {withBom, withoutBom}) {
        assertEquals(Y2023.all(), read(text).all(), d.name());
        Path file = Files.writeString(dir.resolve("t.csv"), text, StandardCharsets.UTF_8);
        assertEquals(Y2023.all(), TaakveldCatalogueCsv.read(file).all(), d.name());
        assertEquals(Y2023.all(), TaakveldCatalogueCsv.read(file, d, "x").all(), d.name());
        assertEquals("t.csv", TaakveldCatalogueCsv.read(file).label());
      }
    }
  }

  @Test
  void writingAFileAndReadingItBack() {
    Path file = dir.resolve("2025.csv");
    TaakveldCatalogue y2025 = TaakveldCatalogue.forYear(2025);
    TaakveldCatalogueCsv.write(y2025, file, Dialect.DUTCH_EXCEL);
    assertEquals(y2025.all(), TaakveldCatalogueCsv.read(file).all());
  }

  @Test
  void aHandMadeFileNeedsOnlyCodeAndName() {
    TaakveldCatalogue c = read("Omschrijving;CODE\nSOCIAAL DOMEIN;6\nMaatwerkdienstverlening 18+;6.71\n\n"
        + "Huishoudelijke hulp (WMO);6.71a\nJeugdhulp ambulant lokaal;6.751\n");
    assertEquals(Optional.of(TaakveldCode.of("6.71")), c.get("6.71a").parent());
    assertEquals(Optional.of(TaakveldCode.of("6.")), c.get("6.751").parent());
    assertEquals("eigen lijst", c.label());
    assertEquals(c.get("6.71a"), c.byName("huishoudelijke hulp"));
  }

  @Test
  void aBadCodeNamesFileLineColumnAndText() {
    TaakveldFormatException e = error("code;name\n6.;SOCIAAL DOMEIN\n6,71;Maatwerkdienstverlening 18+\n");
    assertTrue(e.getMessage().startsWith("taakvelden.csv, line 3, column 1 (code), text \"6,71\": \"6,71\" is not"
        + " a taakveld code"), e.getMessage());
    assertEquals(3, e.getLine());
    assertEquals(1, e.getColumn());
    assertEquals(Optional.of("6,71"), e.getText());
  }

  @Test
  void lineNumbersCountPhysicalLines() {
    TaakveldFormatException e = error("code,name\n6.,\"SOCIAAL\nDOMEIN\"\n6.1,\n");
    assertTrue(e.getMessage().startsWith("taakvelden.csv, line 2, column 2 (name), text \"SOCIAAL\\u000aDOMEIN\""),
        e.getMessage());
    TaakveldFormatException empty = error("code,name\n\n\n6.,SOCIAAL DOMEIN\n6.1,\n");
    assertEquals("taakvelden.csv, line 5, column 2 (name), text \"\": empty; every line needs a name",
        empty.getMessage());
  }

  @Test
  void aWrongLevelOrParentIsNamed() {
    assertEquals("taakvelden.csv, line 3, column 3 (level), text \"HOOFDTAAKVELD\": code 6.1 is a TAAKVELD",
        error("code;name;level\n6.;SOCIAAL DOMEIN;hoofdtaakveld\n6.1;Samenkracht;HOOFDTAAKVELD\n").getMessage());
    assertEquals("taakvelden.csv, line 3, column 3 (parent), text \"7.\": Taakveld 6.1 cannot have parent 7.;"
        + " expected 6.",
        error("code;name;parent\n6.;SOCIAAL DOMEIN;\n6.1;Samenkracht;7.\n").getMessage());
    assertEquals("taakvelden.csv, line 2, column 3 (parent), text \"6.1\": Taakveld 6.71a cannot have parent 6.1;"
        + " expected 6.71 or 6.",
        error("code;name;parent\n6.71a;Huishoudelijke hulp;6.1\n").getMessage());
  }

  @Test
  void aRepeatedCodeNamesBothLines() {
    TaakveldFormatException e = error("code;name\n6.;SOCIAAL DOMEIN\n6.71;Maatwerkdienstverlening 18+\n"
        + "6.72;Maatwerkdienstverlening 18-\n6.71;Huishoudelijke hulp\n");
    assertEquals("taakvelden.csv, lines 3 and 5: Catalogue eigen lijst has code 6.71 twice:"
        + " 6.71 \"Maatwerkdienstverlening 18+\" (entry 2) and 6.71 \"Huishoudelijke hulp\" (entry 4)",
        e.getMessage());
    assertEquals(3, e.getLine());
  }

  @Test
  void aMissingParentNamesItsLine() {
    assertEquals("taakvelden.csv, line 3: Catalogue eigen lijst: 6.71a \"Huishoudelijke hulp (WMO)\" (entry 2) has"
        + " parent 6.71, which is not in the catalogue",
        error("code;name;parent\n6.;SOCIAAL DOMEIN;\n6.71a;Huishoudelijke hulp (WMO);6.71\n").getMessage());
  }

  @Test
  void headersAreChecked() {
    assertEquals("taakvelden.csv, line 1, column 3, text \"bedrag\": unknown column; expected code, name"
        + " (or naam, omschrijving), level (niveau) and parent (ouder)",
        error("code;naam;bedrag\n6.;SOCIAAL DOMEIN;12\n").getMessage());
    assertEquals("taakvelden.csv, line 1: the header has no name column", error("code;level\n6.;x\n").getMessage());
    assertEquals("taakvelden.csv, line 1, column 2, text \"CODE\": repeats the code column of column 1",
        error("code;CODE;name\n").getMessage());
    assertEquals("taakvelden.csv, line 1, column 1: empty; expected a header such as code,name,level,parent",
        error("").getMessage());
    TaakveldFormatException wrongDialect = assertThrows(TaakveldFormatException.class,
        () -> TaakveldCatalogueCsv.read(new StringReader("code;name\n6.;X\n"), "t.csv", Dialect.COMMA, "x"));
    assertTrue(wrongDialect.getMessage().endsWith("read as comma-separated?"), wrongDialect.getMessage());
  }

  @Test
  void aHeaderAloneIsNoCatalogue() {
    assertEquals("taakvelden.csv: Catalogue eigen lijst has no taakvelden", error("code;name\r\n").getMessage());
  }

  @Test
  void extraFieldsAreRefused() {
    assertEquals("taakvelden.csv, line 2, column 3, text \"12\": the line has 3 fields, the header 2",
        error("code;name\n6.;SOCIAAL DOMEIN;12\n").getMessage());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWhereItGoesWrong() throws Exception {
    byte[] latin1 = "code;name\n6.;SOCIAAL DOMEIN\n6.81;Ge\u00EBscaleerde zorg 18+\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.csv"), latin1);
    TaakveldFormatException e = assertThrows(TaakveldFormatException.class, () -> TaakveldCatalogueCsv.read(file));
    assertEquals("latin1.csv, line 3, column 8: byte 0xEB is not UTF-8; save the file as UTF-8"
        + " (in Excel: \"CSV UTF-8\")", e.getMessage());
  }

  @Test
  void brokenQuotingIsNamed() {
    TaakveldFormatException e = error("code,name\n6.,\"SOCIAAL DOMEIN\"x\n");
    assertEquals("taakvelden.csv, line 2: not valid CSV: Unexpected character after closing quote: 'x' (0x78)",
        e.getMessage());
  }
}
