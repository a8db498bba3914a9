package nl.sociaaldomein.io.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.json.SociaalDomeinJson;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.Statement;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements in workbooks: seed 000's taakvelden as a municipality keeps them, and statements written and read back. */
class StatementWorkbookTest {

  private static final String SHEET = "Baten en lasten";

  @TempDir
  Path dir;

  /**
   * A workbook whose first sheet is a note and whose second, {@value #SHEET}, holds a title, then
   * from B3 the table {@code rows}, a blank row and a source line below it.
   */
  private static byte[] workbook(List<List<Object>> rows, Consumer<Worksheet> extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "test", "1.0");
    wb.newWorksheet("Toelichting").value(0, 0, "Zie het blad Baten en lasten");
    Worksheet ws = wb.newWorksheet(SHEET);
    ws.value(0, 0, "Wat heeft het gekost? (bedragen x € 1.000)");
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        Object v = rows.get(r).get(c);
        if (v instanceof Number) {
          ws.value(2 + r, 1 + c, (Number) v);
        } else if (!v.toString().isEmpty()) {
          ws.value(2 + r, 1 + c, v.toString());
        }
      }
    }
    ws.value(2 + rows.size() + 1, 1, "Bron: jaarverslag 2022");
    extra.accept(ws);
    try {
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static ReadResult<Statement> read(byte[] workbook, ColumnMapping mapping, ReadMode mode) {
    return StatementWorkbook.read(new ByteArrayInputStream(workbook), "export.xlsx", mapping, mode);
  }

  private static ColumnMapping mapping() {
    return SeedTaakvelden.mapping().withSheet(SHEET);
  }

  @Test
  void readsTheTablePastATitleAndStopsAtItsEnd() {
    ReadResult<Statement> read = read(workbook(SeedTaakvelden.sheetRows(SeedTaakvelden.TOTAL_EXPENSES), ws -> { }),
        mapping(), ReadMode.STRICT);
    assertEquals(SeedTaakvelden.expected(SeedTaakvelden.TOTAL_EXPENSES), read.orElseThrow());
    assertEquals(12, read.report().rowsRead());
    assertTrue(read.isClean());
  }

  /** Without a range the table ends at a blank row; a row of the table below it is rejected, the source line is a note. */
  @Test
  void aRowBelowTheBlankRowThatEndsTheTableIsRejectedNotLost() {
    List<List<Object>> rows = SeedTaakvelden.sheetRows(SeedTaakvelden.TOTAL_EXPENSES);
    int totals = rows.size() - 1;
    rows.add(totals, new ArrayList<>());
    byte[] workbook = workbook(rows, ws -> { });
    ReadResult<Statement> read = read(workbook, mapping(), ReadMode.LENIENT);
    // The table starts at B3, so the totals row, now below a blank row, is Excel row 3 + its index; "Totaal" is in C.
    Problem below = read.problems().stream().filter(p -> p.why().startsWith("not read: below row")).findFirst()
        .orElseThrow(() -> new AssertionError(read.problems().toString()));
    assertEquals("Baten en lasten!C" + (3 + totals + 1), below.where().cell().orElseThrow());
    assertTrue(below.why().contains("below row " + (3 + totals)), below::toString);
    assertEquals(1, read.problems().stream().filter(p -> p.why().startsWith("not read: below row")).count(),
        "the source line under the table is a note, not a row: " + read.problems());
    assertEquals(read.report().accepted() + read.report().rejected(), read.report().rowsRead());
    assertThrows(ReadException.class, () -> read(workbook, mapping(), ReadMode.STRICT));
    // With a range to the totals row the blank row is passed over and the table is read whole.
    assertEquals(SeedTaakvelden.expected(SeedTaakvelden.TOTAL_EXPENSES),
        read(workbook, mapping().withRange("B3:E" + (3 + totals + 1)), ReadMode.STRICT).orElseThrow());
  }

  /** A cell holds a double: 14887 plus binary noise is the figure 14.887, as Excel shows it, not 14.887,000000000002. */
  @Test
  void aNumberCellsBinaryNoiseIsNotPartOfTheFigure() {
    List<List<Object>> rows = SeedTaakvelden.sheetRows(SeedTaakvelden.TOTAL_EXPENSES);
    double exact = ((Number) rows.get(3).get(2)).doubleValue();
    double noisy = exact + 2e-12;
    assertTrue(noisy != exact && Double.toString(noisy).length() > 15, Double.toString(noisy));
    rows.get(3).set(2, noisy);
    assertEquals(SeedTaakvelden.expected(SeedTaakvelden.TOTAL_EXPENSES),
        read(workbook(rows, ws -> { }), mapping(), ReadMode.STRICT).orElseThrow());
  }

  /**
   * {@code workbook} with the XML of the table's sheet changed by {@code edit}: fastexcel's writer
   * keeps no cached value of a formula and writes no error value, which Excel's files hold.
   */
  private byte[] withSheetXml(byte[] workbook, java.util.function.UnaryOperator<String> edit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path file = dir.resolve("edited-" + System.nanoTime() + ".xlsx");
    try {
      Files.write(file, workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (ZipFile in = new ZipFile(file.toFile());
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] content = in.getInputStream(e).readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet2.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          String edited = edit.apply(xml);
          assertTrue(!edited.equals(xml), "the edit changed nothing in " + xml);
          content = edited.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The total's lasten as a formula whose cached value Excel saved: the figure is that value. */
  @Test
  void aFormulaIsReadAsItsCachedValue() {
    List<List<Object>> rows = SeedTaakvelden.sheetRows(SeedTaakvelden.TOTAL_EXPENSES);
    int totals = 3 + rows.size() - 1;
    byte[] workbook = withSheetXml(workbook(rows, ws -> ws.formula(totals - 1, 3, "SUM(D4:D" + (totals - 1) + ")")),
        xml -> xml.replace("<f>SUM(D4:D" + (totals - 1) + ")</f>", "<f>SUM(D4:D" + (totals - 1) + ")</f><v>60334</v>"));
    assertEquals(SeedTaakvelden.expected(SeedTaakvelden.TOTAL_EXPENSES),
        read(workbook, mapping(), ReadMode.STRICT).orElseThrow());
    // A cached value that is not the printed total is read as it is, and the check then finds it.
    byte[] off = withSheetXml(workbook(rows, ws -> ws.formula(totals - 1, 3, "SUM(D4:D" + (totals - 1) + ")")),
        xml -> xml.replace("<f>SUM(D4:D" + (totals - 1) + ")</f>", "<f>SUM(D4:D" + (totals - 1) + ")</f><v>60335</v>"));
    assertEquals(SeedTaakvelden.expected(60_335), read(off, mapping(), ReadMode.STRICT).orElseThrow());
  }

  /** An error value (#DIV/0!) is no figure: a problem at its cell that names it, and the row is rejected. */
  @Test
  void anErrorValueIsAProblemAtItsCell() {
    List<List<Object>> rows = SeedTaakvelden.sheetRows(SeedTaakvelden.TOTAL_EXPENSES);
    // 6.6 Maatwerkvoorzieningen is the sixth line: list index 6 under the header, Excel row 9.
    byte[] workbook = withSheetXml(workbook(rows, ws -> { }),
        xml -> xml.replaceFirst("<c r=\"D9\"[^>]*>(?:(?!</c>).)*</c>", "<c r=\"D9\" t=\"e\"><v>#DIV/0!</v></c>"));
    ReadResult<Statement> read = read(workbook, mapping(), ReadMode.LENIENT);
    Problem p = read.problems().stream().filter(q -> q.where().cell().equals(java.util.Optional.of("Baten en lasten!D9")))
        .findFirst().orElseThrow(() -> new AssertionError(read.problems().toString()));
    assertTrue(p.toString().contains("#DIV/0!"), p::toString);
    assertTrue(read.report().rejected() >= 1, read.report()::toString);
    assertThrows(ReadException.class, () -> read(workbook, mapping(), ReadMode.STRICT));
  }

  @Test
  void figuresMayBeDutchText() {
    List<List<Object>> rows = SeedTaakvelden.sheetRows(SeedTaakvelden.TOTAL_EXPENSES);
    rows.get(6).set(2, "1.203");
    rows.get(rows.size() - 1).set(2, "60.334");
    assertEquals(SeedTaakvelden.expected(SeedTaakvelden.TOTAL_EXPENSES),
        read(workbook(rows, ws -> { }), mapping(), ReadMode.STRICT).orElseThrow());
  }

  @Test
  void aBadCellIsAProblemAtItsSheetAndAddress() throws Exception {
    List<List<Object>> rows = SeedTaakvelden.sheetRows(SeedTaakvelden.TOTAL_EXPENSES);
    rows.get(3).set(2, "14,8x7");
    ReadResult<Statement> read = read(workbook(rows, ws -> { }), mapping(), ReadMode.LENIENT);
    assertEquals(1, read.problems().size(), read.problems()::toString);
    Problem p = read.problems().get(0);
    assertEquals(Location.atSheetCell("export.xlsx", SHEET, "D6").withColumn("Lasten"), p.where());
    assertTrue(p.toString().startsWith("export.xlsx, Baten en lasten!D6, column \"Lasten\": \"14,8x7\""), p::toString);
    assertEquals("Baten en lasten!D6", SociaalDomeinJson.mapper().readTree(SociaalDomeinJson.mapper().writeValueAsString(p))
        .get("cell").asText());
    assertEquals(12, read.report().rowsRead());
    assertEquals(1, read.report().rejected());
  }

  /** A number cannot tell 0.10 (mutaties reserves) from 0.1 (bestuur): such a cell is refused, never guessed. */
  @Test
  void aTaakveldTypedAsANumberIsAProblemNotAnotherTaakveld() {
    List<List<Object>> rows = SeedTaakvelden.sheetRows(SeedTaakvelden.TOTAL_EXPENSES);
    rows.get(3).set(0, new java.math.BigDecimal("0.10"));
    ReadResult<Statement> read = read(workbook(rows, ws -> { }), mapping(), ReadMode.LENIENT);
    assertEquals(1, read.problems().size(), read.problems()::toString);
    Problem p = read.problems().get(0);
    assertEquals("Baten en lasten!B6", p.where().cell().orElseThrow());
    assertTrue(p.why().contains("type the code as text"), p::toString);
    assertEquals(1, read.report().rejected());
  }

  @Test
  void aRangeLeavesWhatIsBesideTheTableAlone() {
    byte[] workbook = workbook(SeedTaakvelden.sheetRows(SeedTaakvelden.TOTAL_EXPENSES),
        ws -> ws.value(2, 7, "Lasten"));
    ReadResult<Statement> whole = read(workbook, mapping(), ReadMode.LENIENT);
    assertTrue(whole.value().isEmpty());
    assertTrue(whole.problems().get(0).why().contains("twice"), whole.problems()::toString);
    assertEquals(SeedTaakvelden.expected(SeedTaakvelden.TOTAL_EXPENSES),
        read(workbook, mapping().withRange("B3:E15"), ReadMode.STRICT).orElseThrow());
  }

  @Test
  void aMissingSheetIsNamedWithTheSheetsThereAre() {
    ReadResult<Statement> read = read(workbook(SeedTaakvelden.sheetRows(SeedTaakvelden.TOTAL_EXPENSES), ws -> { }),
        SeedTaakvelden.mapping().withSheet("Lasten en baten"), ReadMode.LENIENT);
    assertTrue(read.value().isEmpty());
    assertEquals("export.xlsx: \"Lasten en baten\": no such sheet; the workbook has \"Toelichting\", \"Baten en lasten\"",
        read.problems().get(0).toString());
  }

  @Test
  void theFirstSheetIsReadWhenTheMappingNamesNone() {
    ReadResult<Statement> read = read(workbook(SeedTaakvelden.sheetRows(SeedTaakvelden.TOTAL_EXPENSES), ws -> { }),
        SeedTaakvelden.mapping(), ReadMode.LENIENT);
    assertTrue(read.value().isEmpty());
    assertEquals(Location.atSheetCell("export.xlsx", "Toelichting", "A1"), read.problems().get(0).where());
  }

  private static byte[] written(Statement statement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StatementWorkbook.write(statement, out);
    return out.toByteArray();
  }

  @Test
  void theSeedStatementsReadBackEqualWithTheMatchingMapping() {
    for (String seed : List.of(SeedStatementsTest.SEED_000, SeedStatementsTest.SEED_002)) {
      Statement statement = SeedStatementsTest.read(seed);
      assertEquals(statement, read(written(statement), StatementWorkbook.mappingFor(statement), ReadMode.STRICT)
          .orElseThrow(), seed);
    }
  }

  @Test
  void aWrittenFileReadsBack() {
    Statement statement = SeedStatementsTest.read(SeedStatementsTest.SEED_000);
    Path file = dir.resolve("seed-000.xlsx");
    StatementWorkbook.write(statement, file);
    assertEquals(statement, StatementWorkbook.read(file, StatementWorkbook.mappingFor(statement), ReadMode.STRICT)
        .orElseThrow());
  }

  @Test
  void inconsistentCellsAreFilledAndCommented() throws IOException {
    Statement statement = SeedTaakvelden.expected(60_434);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReconciliationReport report = StatementWorkbook.write(statement, out);
    assertEquals(List.of(new Cell(new Place.KindTotal(LineKind.EXPENSES), SeedTaakvelden.R2022)),
        report.inconsistencies().stream().map(i -> i.cell()).toList());
    Map<String, String> parts = parts(out.toByteArray());
    String comments = parts.entrySet().stream().filter(e -> e.getKey().startsWith("xl/comments"))
        .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError(parts.keySet()));
    assertTrue(comments.contains("total lasten, column &quot;Realisatie 2022&quot;: printed 60.434, its lines give ")
        || comments.contains("total lasten, column \"Realisatie 2022\": printed 60.434, its lines give "), comments);
    assertTrue(parts.get("xl/styles.xml").contains(StatementWorkbook.INCONSISTENT_FILL), parts.get("xl/styles.xml"));
    assertEquals(statement, read(out.toByteArray(), StatementWorkbook.mappingFor(statement), ReadMode.STRICT)
        .orElseThrow());
    assertTrue(!parts(written(SeedTaakvelden.expected(SeedTaakvelden.TOTAL_EXPENSES))).get("xl/styles.xml")
        .contains(StatementWorkbook.INCONSISTENT_FILL));
  }

  /** The parts of the package {@code xlsx}, by name; read from a file, since the writer streams entries of unknown size. */
  private Map<String, String> parts(byte[] xlsx) throws IOException {
    Path file = Files.createTempFile(dir, "parts", ".xlsx");
    Files.write(file, xlsx);
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }
}
