// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.sociaaldomein.io.CsvDialect;
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

class TaakveldCatalogueCsvTest {

  private static final TaakveldCatalogue Y2023 = TaakveldCatalogue.forYear(2023);

  @TempDir
  Path dir;

  private static ReadResult<TaakveldCatalogue> lenient(String csv) {
    return TaakveldCatalogueCsv.read(new StringReader(csv), "taakvelden.csv", ReadMode.LENIENT, "eigen lijst");
  }

  private static TaakveldCatalogue read(String csv) {
    return lenient(csv).orElseThrow();
  }

  /** The exception of a strict read, which must be the first problem of the lenient read. */
  private static ReadException error(String csv) {
    ReadException e = assertThrows(ReadException.class, () -> TaakveldCatalogueCsv.read(new StringReader(csv),
        "taakvelden.csv", ReadMode.STRICT, "eigen lijst"));
    assertEquals(lenient(csv).problems().get(0), e.problem());
    return e;
  }

  @Test
  void dutchExcelIsSemicolonsWithABomAndCrlf() {
    String csv = TaakveldCatalogueCsv.toCsv(Y2023, CsvDialect.DUTCH_EXCEL);
    assertTrue(csv.startsWith("\uFEFFcode;name;level;parent\r\n0.;BESTUUR EN ONDERSTEUNING;HOOFDTAAKVELD;\r\n"
        + "0.1;Bestuur;TAAKVELD;0.\r\n"), csv);
    assertTrue(csv.contains("\r\n6.71a;Huishoudelijke hulp (WMO);SUBTAAKVELD;6.71\r\n"), csv);
    assertTrue(csv.contains("\r\n6.81;Geëscaleerde zorg 18+;TAAKVELD;6.\r\n"), csv);
  }

  @Test
  void commaSeparatedQuotesWhatNeedsIt() {
    String csv = TaakveldCatalogueCsv.toCsv(Y2023, CsvDialect.PLAIN);
    assertTrue(csv.startsWith("code,name,level,parent\r\n"), csv);
    assertTrue(csv.contains("\r\n2.,\"VERKEER, VERVOER EN WATERSTAAT\",HOOFDTAAKVELD,\r\n"), csv);
  }

  @Test
  void bothDialectsReadBackWithOrWithoutBom() throws Exception {
    for (CsvDialect d : CsvDialect.values()) {
      String csv = TaakveldCatalogueCsv.toCsv(Y2023, d);
      String withoutBom = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
      String withBom = "\uFEFF" + withoutBom;
      for (String text : new String[] {withBom, withoutBom}) {
        assertEquals(Y2023.all(), read(text).all(), d.name());
        Path file = Files.writeString(dir.resolve("t.csv"), text, StandardCharsets.UTF_8);
        assertEquals(Y2023.all(), TaakveldCatalogueCsv.read(file).orElseThrow().all(), d.name());
        assertEquals(Y2023.all(), TaakveldCatalogueCsv.read(file, ReadMode.STRICT, "x").orElseThrow().all(), d.name());
        assertEquals("t.csv", TaakveldCatalogueCsv.read(file).orElseThrow().label());
      }
    }
  }

  @Test
  void writingAFileAndReadingItBack() {
    Path file = dir.resolve("2025.csv");
    TaakveldCatalogue y2025 = TaakveldCatalogue.forYear(2025);
    TaakveldCatalogueCsv.write(y2025, file, CsvDialect.DUTCH_EXCEL);
    assertEquals(y2025.all(), TaakveldCatalogueCsv.read(file).orElseThrow().all());
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
    ReadException e = error("code;name\n6.;SOCIAAL DOMEIN\n6,71;Maatwerkdienstverlening 18+\n");
    assertTrue(e.getMessage().startsWith("taakvelden.csv, line 3, column \"code\": \"6,71\": \"6,71\" is not"
        + " a taakveld code"), e.getMessage());
    assertEquals(OptionalLong.of(3), e.problem().where().line());
    assertEquals(Optional.of("code"), e.problem().where().column());
    assertEquals(Optional.of("6,71"), e.what());
  }

  @Test
  void lineNumbersCountPhysicalLines() {
    ReadException e = error("code,name\n6.,\"SOCIAAL\nDOMEIN\"\n6.1,\n");
    assertTrue(e.getMessage().startsWith("taakvelden.csv, line 2, column \"name\": \"SOCIAAL\\u000aDOMEIN\""),
        e.getMessage());
    ReadException empty = error("code,name\n\n\n6.,SOCIAAL DOMEIN\n6.1,\n");
    assertEquals("taakvelden.csv, line 5, column \"name\": \"\": empty; every line needs a name",
        empty.getMessage());
  }

  @Test
  void aWrongLevelOrParentIsNamed() {
    assertEquals("taakvelden.csv, line 3, column \"level\": \"HOOFDTAAKVELD\": code 6.1 is a TAAKVELD, not a HOOFDTAAKVELD",
        error("code;name;level\n6.;SOCIAAL DOMEIN;hoofdtaakveld\n6.1;Samenkracht;HOOFDTAAKVELD\n").getMessage());
    assertEquals("taakvelden.csv, line 3, column \"parent\": \"7.\": Taakveld 6.1 cannot have parent 7.;"
        + " expected 6.",
        error("code;name;parent\n6.;SOCIAAL DOMEIN;\n6.1;Samenkracht;7.\n").getMessage());
    assertEquals("taakvelden.csv, line 2, column \"parent\": \"6.1\": Taakveld 6.71a cannot have parent 6.1;"
        + " expected 6.71 or 6.",
        error("code;name;parent\n6.71a;Huishoudelijke hulp;6.1\n").getMessage());
  }

  @Test
  void aRepeatedCodeNamesBothLines() {
    String csv = "code;name\n6.;SOCIAAL DOMEIN\n6.71;Maatwerkdienstverlening 18+\n"
        + "6.72;Maatwerkdienstverlening 18-\n6.71;Huishoudelijke hulp\n";
    ReadException e = error(csv);
    String why = "Catalogue eigen lijst has code 6.71 twice:"
        + " 6.71 \"Maatwerkdienstverlening 18+\" (entry 2) and 6.71 \"Huishoudelijke hulp\" (entry 4)";
    assertEquals("taakvelden.csv, line 3: " + why + " (also at line 5)", e.getMessage());
    assertEquals(OptionalLong.of(3), e.problem().where().line());
    ReadResult<TaakveldCatalogue> r = lenient(csv);
    assertEquals(List.of(Problem.of(Location.atLine("taakvelden.csv", 3), why + " (also at line 5)"),
        Problem.of(Location.atLine("taakvelden.csv", 5), why + " (also at line 3)")), r.problems());
    assertTrue(r.value().isEmpty());
    assertEquals(4, r.report().accepted());
  }

  @Test
  void aMissingParentNamesItsLine() {
    assertEquals("taakvelden.csv, line 3: Catalogue eigen lijst: 6.71a \"Huishoudelijke hulp (WMO)\" (entry 2) has"
        + " parent 6.71, which is not in the catalogue",
        error("code;name;parent\n6.;SOCIAAL DOMEIN;\n6.71a;Huishoudelijke hulp (WMO);6.71\n").getMessage());
  }

  @Test
  void headersAreChecked() {
    assertEquals("taakvelden.csv, line 1, column \"bedrag\": \"bedrag\": unknown column; expected code, name"
        + " (or naam, omschrijving), level (niveau) and parent (ouder)",
        error("code;naam;bedrag\n6.;SOCIAAL DOMEIN;12\n").getMessage());
    assertEquals("taakvelden.csv, line 1: the header has no name column", error("code;level\n6.;x\n").getMessage());
    assertEquals("taakvelden.csv, line 1, column \"CODE\": \"CODE\": repeats the code column of column 1",
        error("code;CODE;name\n").getMessage());
    assertEquals("taakvelden.csv, line 1, column 1: empty; expected a header such as code,name,level,parent",
        error("").getMessage());
    // The dialect is always detected from the header, so semicolons are never read as one field.
    assertEquals(List.of(Taakveld.of("6.", "X")), read("code;name\n6.;X\n").all());
  }

  @Test
  void aHeaderAloneIsNoCatalogue() {
    assertEquals("taakvelden.csv: Catalogue eigen lijst has no taakvelden", error("code;name\r\n").getMessage());
  }

  @Test
  void extraFieldsAreRefused() {
    assertEquals("taakvelden.csv, line 2: \"12\": field 3 is beyond the header: the line has 3 fields, the header 2",
        error("code;name\n6.;SOCIAAL DOMEIN;12\n").getMessage());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWhereItGoesWrong() throws Exception {
    byte[] latin1 = "code;name\n6.;SOCIAAL DOMEIN\n6.81;Ge\u00EBscaleerde zorg 18+\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.csv"), latin1);
    ReadException e = assertThrows(ReadException.class, () -> TaakveldCatalogueCsv.read(file, ReadMode.STRICT));
    assertEquals(TaakveldCatalogueCsv.read(file).problems(), List.of(e.problem()));
    assertEquals(Location.atCharacter("latin1.csv", 3, 8), e.problem().where());
    assertEquals("latin1.csv, line 3, column 8: byte 0xEB is not valid UTF-8; the file looks like Windows-1252"
        + " (as Windows tools save CSV); read it with that charset, or save it as UTF-8 (in Excel: \"CSV UTF-8\")",
        e.getMessage());
  }

  @Test
  void brokenQuotingIsNamed() {
    ReadException e = error("code,name\n6.,\"SOCIAAL DOMEIN\"x\n");
    assertEquals("taakvelden.csv, line 2: not valid CSV: Unexpected character after closing quote: 'x' (0x78)",
        e.getMessage());
  }

  @Test
  void aFileWithSeveralBadLinesReportsEachAndKeepsTheGoodLines() {
    String csv = "code;name;level;parent\n"
        + "6.;SOCIAAL DOMEIN;;\n"
        + "6,1;Samenkracht;;\n"
        + "6.71;Maatwerkdienstverlening 18+;HOOFDTAAKVELD;\n"
        + "6.72;;;\n"
        + "6.81;Geëscaleerde zorg 18+;;7.\n"
        + "6.82;Geëscaleerde zorg 18-;TAAKVELD;6.\n"
        + "6.71a;Huishoudelijke hulp;;\n"
        + "6.2;Wijkteams;;;x\n";
    String f = "taakvelden.csv";
    ReadResult<TaakveldCatalogue> r = lenient(csv);
    assertEquals(List.of(
        Problem.of(Location.atCell(f, 3, "code"), "6,1", Reasons.notACode("6,1")),
        Problem.of(Location.atCell(f, 4, "level"), "HOOFDTAAKVELD", "code 6.71 is a TAAKVELD, not a HOOFDTAAKVELD"),
        Problem.of(Location.atCell(f, 5, "name"), "", "empty; every line needs a name"),
        Problem.of(Location.atCell(f, 6, "parent"), "7.", "Taakveld 6.81 cannot have parent 7.; expected 6."),
        Problem.of(Location.atLine(f, 9), "x", "field 5 is beyond the header: the line has 5 fields, the header 4")), r.problems());
    assertEquals(8, r.report().rowsRead());
    assertEquals(3, r.report().accepted());
    assertEquals(5, r.report().rejected());
    assertEquals(5, r.report().problemCount());
    // 6.71 is rejected, so 6.71a goes under its hoofdtaakveld, as the builder places it.
    assertEquals(List.of(Taakveld.of("6.", "SOCIAAL DOMEIN"), Taakveld.of("6.82", "Geëscaleerde zorg 18-", "6."),
        Taakveld.of("6.71a", "Huishoudelijke hulp", "6.")), r.value().orElseThrow().all());
    ReadException strict = assertThrows(ReadException.class,
        () -> TaakveldCatalogueCsv.read(new StringReader(csv), f, ReadMode.STRICT, "eigen lijst"));
    assertEquals(r.problems().get(0), strict.problem());
  }
}
