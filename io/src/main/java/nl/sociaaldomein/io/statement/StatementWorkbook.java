// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.statement;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DirectionStyle;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.Inconsistency;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.Statement;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads statements from {@code .xlsx} workbooks by a {@link ColumnMapping}, and writes a
 * checked statement to one with its inconsistent cells marked. See {@code docs/formats.md},
 * "Excel workbooks".
 *
 * <p>Reading streams the sheet (fastexcel-reader): the mapping's sheet, else the first; within
 * the mapping's range, else the whole sheet. The header is the first row that holds the label
 * column's header, so a title above the table is passed over. Without a range the table ends at
 * its first blank row (the first contiguous table): below it a row of one text cell is a note for
 * people, and any other row that holds something is rejected with a problem naming its cell;
 * within a range blank rows are passed over.
 * A figure is a number cell (its decimals those its number format shows), the cached value of a
 * formula, or text in Dutch notation read through {@code nl.sociaaldomein.notation}. Every
 * problem names the sheet and cell ({@code begroting.xlsx, Baten en lasten!C5, column "Lasten"}),
 * and the reader contract holds as for every reader.
 */
public final class StatementWorkbook {

  /** The sheet {@link #write} puts a statement on. */
  public static final String SHEET = "Baten en lasten";
  /** The fill of an inconsistent cell: Excel's light red of a bad value. */
  public static final String INCONSISTENT_FILL = "FFC7CE";

  static final String ROW = "Rij";
  static final String GROUP = "Groep";
  static final String KIND = "Soort";
  static final String LABEL = "Omschrijving";
  static final String TAAKVELD = "Taakveld";
  /** The Excel row (from 1) of the header {@link #write} writes, below the title and a blank row. */
  static final int HEADER_ROW = 3;
  /** The significant digits Excel keeps of a number. */
  private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

  private StatementWorkbook() {}

  /** Reads the statement in {@code file} by {@code mapping}, leniently. */
  public static ReadResult<Statement> read(Path file, ColumnMapping mapping) {
    return read(file, mapping, ReadMode.LENIENT);
  }

  /** Reads the statement in {@code file} by {@code mapping}, in {@code mode}; problems name the file by its path. */
  public static ReadResult<Statement> read(Path file, ColumnMapping mapping, ReadMode mode) {
    InputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    try (in) {
      return read(in, file.toString(), mapping, mode);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Reads the statement in the workbook {@code in}, which is left open, by {@code mapping}; {@code source} names it. */
  public static ReadResult<Statement> read(InputStream in, String source, ColumnMapping mapping, ReadMode mode) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(mapping, "mapping");
    ProblemLog log = new ProblemLog(source, mode);
    Optional<Statement> read;
    try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      read = read(workbook, mapping, log);
    } catch (IOException | ExcelReaderException e) {
      // The workbook cannot be parsed: its content is at fault, not the environment.
      log.add(Problem.of(Location.of(source), "not an .xlsx workbook that can be read: " + e.getMessage()), e);
      read = Optional.empty();
    }
    return log.result(read);
  }

  /**
   * The rows as the reader parses them, any exception of that parsing as an
   * {@link ExcelReaderException}: fastexcel lets a broken sheet's zip or XML or a bad cell
   * reference escape as whatever its parser threw (the fuzzer found an aalto stream exception and
   * a NumberFormatException), and those are the content's fault, a problem of the file.
   */
  private static Iterator<Row> parsing(Iterator<Row> rows) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return parsed(rows::hasNext);
      }

      @Override
      public Row next() {
        return parsed(rows::next);
      }
    };
  }

  private static <T> T parsed(java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (ExcelReaderException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ExcelReaderException(e.toString(), e);
    }
  }

  private static Optional<Statement> read(ReadableWorkbook workbook, ColumnMapping mapping, ProblemLog log)
      throws IOException {
    List<Sheet> sheets = workbook.getSheets().toList();
    Optional<Sheet> sheet = mapping.sheet().isEmpty() ? sheets.stream().findFirst()
        : sheets.stream().filter(s -> s.getName().equals(mapping.sheet().get())).findFirst()
            .or(() -> sheets.stream().filter(s -> s.getName().equalsIgnoreCase(mapping.sheet().get())).findFirst());
    if (sheet.isEmpty()) {
      log.add(Problem.of(Location.of(log.source()), mapping.sheet().orElse(""), "no such sheet; the workbook has "
          + String.join(", ", sheets.stream().map(s -> nl.sociaaldomein.SociaalDomeinException.quote(s.getName())).toList())));
      return Optional.empty();
    }
    String name = sheet.get().getName();
    CellRange range = mapping.range().map(CellRange::parse).orElse(CellRange.all());
    MappedRows rows = new MappedRows(mapping, log, CsvDialect.DUTCH_EXCEL);
    boolean ready = false;
    int previous = 0;
    // Without a range the table ends at its first blank row; a row below it is rejected, not lost.
    int endedAt = 0;
    List<String> header = new ArrayList<>();
    try (Stream<Row> stream = sheet.get().openStream()) {
      Iterator<Row> it = parsing(stream.iterator());
      while (it.hasNext()) {
        Row r = it.next();
        int number = r.getRowNum();
        if (!range.containsRow(number)) {
          continue;
        }
        int width = Math.min(r.getCellCount(), range.lastColumn() + 1);
        if (!ready) {
          if (rows.isHeader(i -> text(r, i, range), width)) {
            for (int i = 0; i < width; i++) {
              header.add(text(r, i, range).orElse(""));
            }
            Location at = Location.atSheetCell(log.source(), name, CellRange.address(range.firstColumn(), number));
            if (!rows.header(i -> text(r, i, range), width, at)) {
              return Optional.empty();
            }
            ready = true;
            previous = number;
          }
          continue;
        }
        if (endedAt > 0) {
          rejectBelowTable(r, range, width, endedAt, name, log);
          continue;
        }
        // Rows the stream skips are empty: without a range the first one ends the table.
        if (mapping.range().isEmpty() && number > previous + 1) {
          endedAt = previous + 1;
          rejectBelowTable(r, range, width, endedAt, name, log);
          continue;
        }
        previous = number;
        Location where = Location.atSheetCell(log.source(), name, CellRange.address(rows.index(mapping.label()), number));
        boolean any = rows.row(i -> cell(r, i, range, Location.atSheetCell(log.source(), name, CellRange.address(i, number))
            .withColumn(i < header.size() ? header.get(i) : CellRange.letters(i))), where, "row " + number + " of sheet " + name);
        if (!any && mapping.range().isEmpty()) {
          endedAt = number;
        }
      }
    }
    if (!ready) {
      log.add(Problem.of(Location.atSheetCell(log.source(), name, mapping.range().orElse("A1")),
          "no header row: no row holds " + nl.sociaaldomein.SociaalDomeinException.quote(mapping.label())
              + "; the mapping reads " + String.join(", ", mapping.headers())));
      return Optional.empty();
    }
    return rows.build(Location.atSheetCell(log.source(), name, mapping.range().orElse("A1")));
  }

  /**
   * A row below the blank row that ended the table. One cell of text is a note for people ("Bron:
   * jaarverslag 2022", a footnote), as {@code #source} and {@code #note} rows are in CSV, and is
   * not a row of the table; a row with a number or more than one cell looks like the table going
   * on after a blank row, and is rejected with what to do to read it, so that no row is lost
   * without a word.
   */
  private static void rejectBelowTable(Row r, CellRange range, int width, int endedAt, String sheet, ProblemLog log) {
    int first = -1;
    int filled = 0;
    boolean number = false;
    for (int i = 0; i < width; i++) {
      if (text(r, i, range).filter(t -> !t.isBlank()).isPresent()) {
        first = first < 0 ? i : first;
        filled++;
        number |= r.getOptionalCell(i).map(c -> c.getType() == CellType.NUMBER).orElse(false);
      }
    }
    if (filled > 1 || number) {
      log.reject(Problem.of(Location.atSheetCell(log.source(), sheet, CellRange.address(first, r.getRowNum())),
          text(r, first, range).orElseThrow(), "not read: below row " + endedAt + ", the blank row that ends the"
              + " table; give the mapping a range (such as \"A1:F60\") to read a table with blank rows in it"));
    }
  }

  private static Optional<String> text(Row r, int column, CellRange range) {
    if (!range.containsColumn(column)) {
      return Optional.empty();
    }
    return r.getOptionalCell(column).filter(c -> c.getType() != CellType.EMPTY)
        .map(c -> c.getType() == CellType.NUMBER ? c.asNumber().toPlainString() : Objects.toString(c.getText(), ""));
  }

  private static MappedRows.RawCell cell(Row r, int column, CellRange range, Location where) {
    Optional<org.dhatim.fastexcel.reader.Cell> found = range.containsColumn(column) ? r.getOptionalCell(column)
        : Optional.empty();
    if (found.isEmpty()) {
      return MappedRows.RawCell.text("", where);
    }
    org.dhatim.fastexcel.reader.Cell c = found.get();
    return switch (c.getType()) {
      case EMPTY -> MappedRows.RawCell.text("", where);
      case NUMBER -> number(c.asNumber(), c.getDataFormatString(), where);
      case STRING, BOOLEAN -> MappedRows.RawCell.text(Objects.toString(c.getText(), ""), where);
      case ERROR -> new MappedRows.RawCell(MappedRows.RawCell.Kind.ERROR, Objects.toString(c.getRawValue(), ""),
          Optional.empty(), where);
      case FORMULA -> formula(c, where);
    };
  }

  /** A formula's cached value: a number where it reads as one, else its text. */
  private static MappedRows.RawCell formula(org.dhatim.fastexcel.reader.Cell c, Location where) {
    String cached = Objects.toString(c.getRawValue(), "");
    try {
      return number(new BigDecimal(cached.trim()), c.getDataFormatString(), where);
    } catch (NumberFormatException e) {
      return MappedRows.RawCell.text(cached, where);
    }
  }

  /**
   * A number as the cell shows it: with the decimals its number format prints ({@code #,##0.00}
   * shows 1234.5 as 1.234,50, a figure of two decimals), else with the decimals it has.
   */
  private static MappedRows.RawCell number(BigDecimal value, String format, Location where) {
    // A cell holds a double; its 16th and 17th digits are binary noise (100.00000000000001), and
    // Excel itself keeps and shows 15 significant digits.
    BigDecimal shown = value.round(EXCEL_PRECISION).stripTrailingZeros();
    if (shown.scale() < 0) {
      shown = shown.setScale(0, RoundingMode.UNNECESSARY);
    }
    int decimals = decimals(format);
    if (decimals > shown.scale()) {
      // More decimals than it has: no rounding.
      shown = shown.setScale(decimals, RoundingMode.UNNECESSARY);
    }
    return new MappedRows.RawCell(MappedRows.RawCell.Kind.NUMBER, shown.toPlainString(), Optional.of(shown), where);
  }

  /** The decimals the positive part of a number format shows: {@code #,##0.00} shows 2. */
  static int decimals(String format) {
    if (format == null) {
      return 0;
    }
    String positive = format.split(";", -1)[0].replaceAll("\"[^\"]*\"", "");
    int point = positive.indexOf('.');
    if (point < 0) {
      return 0;
    }
    int n = 0;
    for (int i = point + 1; i < positive.length() && (positive.charAt(i) == '0' || positive.charAt(i) == '#'); i++) {
      n++;
    }
    return n;
  }

  /**
   * The mapping that reads back what {@link #write} writes for {@code statement}: a column per
   * row type, group, kind, label and taakveld, and a figure column per column of the statement,
   * headed by its label.
   */
  public static ColumnMapping mappingFor(Statement statement) {
    ColumnMapping.Builder b = ColumnMapping.builder(statement.name(), statement.unit(), statement.convention(), LABEL)
        .row(ROW).group(GROUP).kind(KIND).taakveld(TAAKVELD).sheet(SHEET).minus(statement.minusStyle());
    statement.catalogueYear().ifPresent(b::catalogueYear);
    for (Column c : statement.columns()) {
      b.figure(c.label(), c);
    }
    return b.build();
  }

  /** Writes {@code statement} to {@code file}, checked: see {@link #write(Statement, OutputStream)}. */
  public static void write(Statement statement, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(statement, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /**
   * Writes {@code statement} as a workbook to {@code out}, which the caller closes: on sheet
   * {@value #SHEET} its name as a title, then the table {@link #mappingFor} reads, one row per
   * row of the statement CSV, figures as numbers with the decimals they were printed with (as
   * Dutch text with V or N in a column of lettered variances). The statement is checked first:
   * every inconsistent cell is filled light red and carries a comment that names what it was
   * held against, what that gives and by how much it is off.
   *
   * @return the report of the check, whose inconsistencies the workbook marks
   */
  public static ReconciliationReport write(Statement statement, OutputStream out) {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(out, "out");
    ReconciliationReport report = statement.check();
    Map<Cell, Inconsistency> inconsistent = new LinkedHashMap<>();
    report.inconsistencies().forEach(i -> inconsistent.put(i.cell(), i));
    Workbook workbook = new Workbook(out, "sociaaldomein", "1.0");
    Worksheet sheet = workbook.newWorksheet(SHEET);
    sheet.value(0, 0, statement.name());
    List<String> header = new ArrayList<>(List.of(ROW, GROUP, KIND, LABEL, TAAKVELD));
    statement.columns().forEach(c -> header.add(c.label()));
    int r = HEADER_ROW - 1;
    for (int i = 0; i < header.size(); i++) {
      sheet.value(r, i, header.get(i));
      sheet.style(r, i).bold().set();
    }
    for (StatementCsv.PrintedRow row : StatementCsv.printedRows(statement)) {
      r++;
      List<String> fixed = List.of(row.type(), row.group(), row.kind(), row.label(), row.taakveld());
      for (int i = 0; i < fixed.size(); i++) {
        if (!fixed.get(i).isEmpty()) {
          sheet.value(r, i, fixed.get(i));
        }
      }
      for (int i = 0; i < row.values().size(); i++) {
        Optional<PrintedFigure> figure = row.values().get(i);
        if (figure.isEmpty()) {
          continue;
        }
        Column column = statement.columns().get(i);
        int c = fixed.size() + i;
        DirectionStyle style = StatementCsv.directionStyle(column);
        StyleSetter look = sheet.style(r, c);
        if (style == DirectionStyle.LETTER) {
          sheet.value(r, c, CsvDialect.DUTCH_EXCEL.writeFigure(figure.get(), style, statement.minusStyle()));
        } else {
          sheet.value(r, c, figure.get().printedValue());
          look = look.format(format(figure.get().decimals()));
        }
        Optional<Inconsistency> found = row.place().map(p -> inconsistent.get(new Cell(p, column.label())));
        if (found.isPresent()) {
          look = look.fillColor(INCONSISTENT_FILL);
          sheet.comment(r, c, found.get().toString());
        }
        look.set();
      }
    }
    try {
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the workbook of " + statement.name(), e);
    }
    return report;
  }

  /** A number format that shows {@code decimals} decimals and groups thousands; its own, so that a reader finds it. */
  private static String format(int decimals) {
    String positive = "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
    return positive + ";-" + positive;
  }
}
