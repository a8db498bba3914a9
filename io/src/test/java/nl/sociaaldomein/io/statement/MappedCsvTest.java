// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.TextInput;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.taakveld.TaakveldCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The column-mapped CSV import, with seed 000's taakvelden as a municipality exports them. */
class MappedCsvTest {

  @TempDir
  Path dir;

  private static ReadResult<Statement> read(String csv, ColumnMapping mapping, ReadMode mode) {
    return MappedCsv.read(new StringReader(csv), "export.csv", mapping, mode);
  }

  @Test
  void readsAnExportInAnyColumnOrderIntoTheStatementItHolds() {
    ReadResult<Statement> read = read(SeedTaakvelden.csv(SeedTaakvelden.TOTAL_EXPENSES), SeedTaakvelden.mapping(),
        ReadMode.STRICT);
    assertEquals(SeedTaakvelden.expected(SeedTaakvelden.TOTAL_EXPENSES), read.orElseThrow());
    assertEquals(12, read.report().rowsRead());
    assertEquals(12, read.report().accepted());
    assertTrue(read.orElseThrow().check().isConsistent(), () -> read.orElseThrow().check().toString());
  }

  @Test
  void aPrintedTotalThatDoesNotAddUpIsFoundByTheCheck() {
    Statement read = read(SeedTaakvelden.csv(60_434), SeedTaakvelden.mapping(), ReadMode.STRICT).orElseThrow();
    assertEquals(SeedTaakvelden.expected(60_434), read);
    assertEquals(List.of(new Cell(new Place.KindTotal(LineKind.EXPENSES), SeedTaakvelden.R2022)),
        read.check().inconsistencies().stream().map(i -> i.cell()).toList());
  }

  @Test
  void everyBadCellIsAProblemAtItsLineAndColumnAndItsRowIsRejected() {
    String csv = SeedTaakvelden.csv(SeedTaakvelden.TOTAL_EXPENSES)
        .replace("Inkomensregelingen;11.458;6.3;14.867", "Inkomensregelingen;11.458;6.3;14,8x7")
        .replace("Arbeidsparticipatie;15;6.5;", "Arbeidsparticipatie;15;6.55.5;");
    ReadResult<Statement> read = read(csv, SeedTaakvelden.mapping(), ReadMode.LENIENT);
    assertEquals(List.of(Location.atCell("export.csv", 6, "Taakveld"), Location.atCell("export.csv", 4, "Lasten")),
        read.problems().stream().map(Problem::where).sorted((a, b) -> Long.compare(b.line().getAsLong(),
            a.line().getAsLong())).toList());
    assertEquals(Optional.of("14,8x7"), read.problems().stream().filter(p -> p.where().line().getAsLong() == 4)
        .findFirst().orElseThrow().what());
    assertEquals(12, read.report().rowsRead());
    assertEquals(2, read.report().rejected());
    assertEquals(10, read.report().accepted());
    assertTrue(read.value().isPresent());
    ReadException strict = assertThrows(ReadException.class, () -> read(csv, SeedTaakvelden.mapping(), ReadMode.STRICT));
    assertEquals(read.problems().get(0), strict.problem());
  }

  /** A row the statement refuses after its line is named leaves no line behind: the row is rejected whole. */
  @Test
  void aRowTheStatementRefusesLeavesNoEmptyLine() {
    String csv = SeedTaakvelden.csv(SeedTaakvelden.TOTAL_EXPENSES)
        .replace("Inkomensregelingen;11.458;6.3;14.867", "Inkomensregelingen;11.458;6.3;14.867 V");
    ReadResult<Statement> read = read(csv, SeedTaakvelden.mapping(), ReadMode.LENIENT);
    assertEquals(List.of(Location.atCell("export.csv", 4, "Lasten")), read.problems().stream().map(Problem::where)
        .toList(), read.problems()::toString);
    assertEquals(Optional.of("14.867 V"), read.problems().get(0).what());
    assertEquals(1, read.report().rejected());
    Statement statement = read.value().orElseThrow();
    assertTrue(statement.groups().stream().noneMatch(g -> g.name().equals("Inkomensregelingen")),
        () -> statement.groups().toString());
  }

  /**
   * A total row of two figures whose second the statement refuses (baten in total where no line
   * has baten) is undone whole: its lasten total is not kept either.
   */
  @Test
  void aTotalRowRefusedAfterItsFirstFigureLeavesNoneOfItsFigures() {
    StringBuilder csv = new StringBuilder("Omschrijving;Baten;Taakveld;Lasten\n");
    csv.append("Inkomensregelingen;;6.3;14.867\n").append("Begeleide participatie;;6.4;7.608\n")
        .append("Totaal;22.342;;22.475\n");
    ReadResult<Statement> read = read(csv.toString(), SeedTaakvelden.mapping(), ReadMode.LENIENT);
    assertEquals(1, read.report().rejected(), read.problems()::toString);
    assertEquals(List.of(4L), read.problems().stream().map(p -> p.where().line().getAsLong()).toList());
    assertEquals(List.of(), read.value().orElseThrow().printedDerivedCells(), "the refused total row left a cell");
  }

  @Test
  void aHeaderWithoutAMappedColumnReadsNothingAndSaysWhichIsMissing() {
    ReadResult<Statement> read = read("Omschrijving;Lasten;Taakveld\nWmo;12;6.71\n", SeedTaakvelden.mapping(),
        ReadMode.LENIENT);
    assertTrue(read.value().isEmpty());
    assertEquals(Location.atLine("export.csv", 1), read.problems().get(0).where());
    assertTrue(read.problems().get(0).why().startsWith("the header has no column \"Baten\""), read.problems()::toString);
  }

  @Test
  void headersAreMatchedWithCaseAndSpacesIgnored() {
    String csv = SeedTaakvelden.csv(SeedTaakvelden.TOTAL_EXPENSES)
        .replace("Omschrijving;Baten;Taakveld;Lasten", " OMSCHRIJVING ;baten;taakveld;LASTEN");
    assertEquals(SeedTaakvelden.expected(SeedTaakvelden.TOTAL_EXPENSES),
        read(csv, SeedTaakvelden.mapping(), ReadMode.STRICT).orElseThrow());
  }

  @Test
  void aWindows1252ExportIsReadWithItsCharsetAndRefusedAsUtf8() throws Exception {
    Path file = Files.write(dir.resolve("export.csv"),
        SeedTaakvelden.csv(SeedTaakvelden.TOTAL_EXPENSES).getBytes(TextInput.WINDOWS_1252));
    assertEquals(SeedTaakvelden.expected(SeedTaakvelden.TOTAL_EXPENSES),
        MappedCsv.read(file, TextInput.WINDOWS_1252, SeedTaakvelden.mapping(), ReadMode.STRICT).orElseThrow());
    ReadResult<Statement> asUtf8 = MappedCsv.read(file, SeedTaakvelden.mapping());
    assertEquals(Location.atCharacter(file.toString(), 10, 3), asUtf8.problems().get(0).where());
    assertTrue(asUtf8.problems().get(0).why().contains("looks like Windows-1252"), asUtf8.problems()::toString);
  }

  @Test
  void aLongTableTakesTheKindOfEachRowFromItsKindColumn() {
    ColumnMapping mapping = ColumnMapping.builder("Wmo", EuroUnit.EUROS, SignConvention.EXPENSES_POSITIVE, "Regel")
        .group("Product").kind("Soort").taakveld("Taakveld")
        .figure("Begroting", Column.of("Begroting 2024", ColumnRole.AMENDED_BUDGET))
        .figure("Rekening", Column.of("Rekening 2024", ColumnRole.REALISATION))
        .build();
    String csv = "Product;Regel;Soort;Taakveld;Begroting;Rekening\n"
        + "Hulp bij het huishouden;Inzet aanbieders;lasten;6.71;1.200.000;1.250.000\n"
        + "Hulp bij het huishouden;Eigen bijdragen;baten;6.71;-80.000;-75.500\n"
        + "Begeleiding;Inzet aanbieders;lasten;6.71;900.000;\n";
    Statement expected = Statement.builder("Wmo", EuroUnit.EUROS, SignConvention.EXPENSES_POSITIVE)
        .column("Begroting 2024", ColumnRole.AMENDED_BUDGET)
        .column("Rekening 2024", ColumnRole.REALISATION)
        .group("Hulp bij het huishouden", GroupKind.TAAKVELD, TaakveldCode.of("6.71"))
        .line("Hulp bij het huishouden", LineKind.EXPENSES, "Inzet aanbieders")
        .cell(new Place.Line("Hulp bij het huishouden", LineKind.EXPENSES, "Inzet aanbieders"), "Begroting 2024",
            PrintedFigure.of(1_200_000, EuroUnit.EUROS))
        .cell(new Place.Line("Hulp bij het huishouden", LineKind.EXPENSES, "Inzet aanbieders"), "Rekening 2024",
            PrintedFigure.of(1_250_000, EuroUnit.EUROS))
        .line("Hulp bij het huishouden", LineKind.INCOME, "Eigen bijdragen")
        .cell(new Place.Line("Hulp bij het huishouden", LineKind.INCOME, "Eigen bijdragen"), "Begroting 2024",
            PrintedFigure.of(-80_000, EuroUnit.EUROS))
        .cell(new Place.Line("Hulp bij het huishouden", LineKind.INCOME, "Eigen bijdragen"), "Rekening 2024",
            PrintedFigure.of(-75_500, EuroUnit.EUROS))
        .group("Begeleiding", GroupKind.TAAKVELD, TaakveldCode.of("6.71"))
        .line("Begeleiding", LineKind.EXPENSES, "Inzet aanbieders")
        .cell(new Place.Line("Begeleiding", LineKind.EXPENSES, "Inzet aanbieders"), "Begroting 2024",
            PrintedFigure.of(900_000, EuroUnit.EUROS))
        .build();
    assertEquals(expected, read(csv, mapping, ReadMode.STRICT).orElseThrow());
    ReadResult<Statement> noKind = read(csv.replace(";baten;", ";;"), mapping, ReadMode.LENIENT);
    assertEquals(Location.atCell("export.csv", 3, "Soort"), noKind.problems().get(0).where());
  }

  @Test
  void theMappingFileGivesTheMappingAndIsWrittenBack() {
    ColumnMapping read = ColumnMapping.parse(SeedTaakvelden.MAPPING_FILE, "export.mapping.csv", ReadMode.STRICT)
        .orElseThrow();
    assertEquals(SeedTaakvelden.mapping(), read);
    assertEquals(read, ColumnMapping.parse(read.toText(), "again", ReadMode.STRICT).orElseThrow());
    // As a Windows tool saves it: read with its charset from a stream, refused as UTF-8 at the ë
    // ("#source;seed 000, Ge" is 20 characters).
    byte[] windows = SeedTaakvelden.MAPPING_FILE.replace("Wat heeft het gekost?", "Geëscaleerde zorg")
        .getBytes(TextInput.WINDOWS_1252);
    assertEquals(read, ColumnMapping.read(new java.io.ByteArrayInputStream(windows), "m.csv", TextInput.WINDOWS_1252,
        ReadMode.STRICT).orElseThrow());
    ReadResult<ColumnMapping> asUtf8 = ColumnMapping.read(new java.io.ByteArrayInputStream(windows), "m.csv",
        java.nio.charset.StandardCharsets.UTF_8, ReadMode.LENIENT);
    assertTrue(asUtf8.value().isEmpty());
    assertEquals(Location.atCharacter("m.csv", 1, 21), asUtf8.problems().get(0).where());
  }

  @Test
  void aBadMappingRowIsAProblemAtItsLine() {
    String text = SeedTaakvelden.MAPPING_FILE.replace("figure;Baten;Realisatie 2022;REALISATION;baten",
        "figure;Baten;Realisatie 2022;REALISED;baten");
    ReadResult<ColumnMapping> read = ColumnMapping.parse(text, "m.csv", ReadMode.LENIENT);
    assertTrue(read.value().isEmpty());
    assertEquals(Location.atLine("m.csv", 10), read.problems().get(0).where());
    assertTrue(read.problems().get(0).why().contains("REALISATION"), read.problems()::toString);
  }
}
