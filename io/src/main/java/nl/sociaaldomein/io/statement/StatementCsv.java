package nl.sociaaldomein.io.statement;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.TextInput;
import nl.sociaaldomein.io.TextOutput;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DirectionStyle;
import nl.sociaaldomein.notation.MinusStyle;
import nl.sociaaldomein.notation.Reading;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.GroupLine;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.Variance;
import nl.sociaaldomein.statement.VarianceNotation;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * Reads and writes budget statements as CSV, one row per printed row, one column per budget
 * column, with metadata rows first. See {@code docs/formats.md} for the format and the reader
 * contract.
 *
 * <p>Reading follows the contract of every reader of this library: {@link ReadResult} holds the
 * statement built from every row that could be taken, with a {@link Problem} (file, line,
 * column, text, reason) for every row that could not; {@link ReadMode#STRICT} throws at the
 * first. A data row is taken whole or not at all. Metadata and header faults leave no statement
 * to build: the value is then empty. A row is a line after the header that holds anything; the
 * lines an unclosed quote takes in are rejected one by one, so the rows read match the file.
 */
public final class StatementCsv {

  static final String ROW = "row";
  static final List<String> FIXED_HEADER = List.of(ROW, "group", "kind", "label", "taakveld");
  private static final int FIRST_VALUE = FIXED_HEADER.size();

  /**
   * A V or N belongs only in a variance column, where it says which way the variance goes: a
   * figure {@code text} with a letter in another column is refused at its cell, before the
   * statement sees it (the column-mapped readers use this too).
   */
  static void requireLetterPlace(Column column, String text, boolean lettered, SignConvention convention) {
    if (lettered && !column.isVariance()) {
      throw new SociaalDomeinException("", Optional.of(text), "column " + SociaalDomeinException.quote(column.label())
          + " holds " + column.role() + " figures, which carry no V or N: write the figure with its sign as the "
          + "statement's convention prints it (" + convention + "); V and N belong in a VARIANCE column");
    }
  }

  private StatementCsv() {}

  /** Reads the statement in {@code file}, leniently; the dialect follows from its header. */
  public static ReadResult<Statement> read(Path file) {
    return read(file, ReadMode.LENIENT);
  }

  /** Reads the statement in {@code file} in {@code mode}; the dialect follows from its header. */
  public static ReadResult<Statement> read(Path file, ReadMode mode) {
    return TextInput.parse(file, mode, (text, log) -> read(text, log));
  }

  /**
   * Reads the statement in {@code file}, whose bytes are text in {@code charset} (such as
   * windows-1252 for a CSV file saved by Windows tools), in {@code mode}; a byte not valid in it
   * is a problem at its line and character, never a replacement character.
   */
  public static ReadResult<Statement> read(Path file, Charset charset, ReadMode mode) {
    return TextInput.parse(file, charset, mode, (text, log) -> read(text, log));
  }

  /**
   * Reads the statement in {@code in}, which is left open, as text in {@code charset}, in
   * {@code mode}; {@code source} names it in problems.
   */
  public static ReadResult<Statement> read(InputStream in, String source, Charset charset, ReadMode mode) {
    return TextInput.parse(in, source, charset, mode, (text, log) -> read(text, log));
  }

  /** Reads a statement from {@code in}, leniently; {@code source} names it in problems. */
  public static ReadResult<Statement> read(Reader in, String source) {
    return read(in, source, ReadMode.LENIENT);
  }

  /** Reads a statement from {@code in} in {@code mode}; {@code source} names it in problems. */
  public static ReadResult<Statement> read(Reader in, String source, ReadMode mode) {
    return TextInput.parse(in, source, mode, (text, log) -> read(text, log));
  }

  private static Optional<Statement> read(String text, ProblemLog log) {
    CsvDialect dialect = TextInput.dialectOf(text);
    log.dialect(dialect);
    return new StatementReader(log, dialect).read(TextInput.withoutByteOrderMark(text));
  }

  /** The statement as CSV text in {@code dialect}, byte order mark included where it writes one. */
  public static String toCsv(Statement statement, CsvDialect dialect) {
    StringWriter out = new StringWriter();
    write(statement, out, dialect);
    return out.toString();
  }

  /** Writes {@code statement} to {@code file}, UTF-8, in {@code dialect}. */
  public static void write(Statement statement, Path file, CsvDialect dialect) {
    TextOutput.write(toCsv(statement, dialect), file);
  }

  /**
   * Writes {@code statement} to {@code out}, which stays open, in {@code dialect}, figures as
   * printed in its convention.
   */
  public static void write(Statement statement, Writer out, CsvDialect dialect) {
    try {
      if (dialect.byteOrderMark()) {
        out.write('\uFEFF');
      }
      CsvWriter csv = CsvWriter.builder().fieldSeparator(dialect.separator()).build(out);
      writeRecords(statement, csv, dialect);
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeRecords(Statement statement, CsvWriter csv, CsvDialect dialect) {
    csv.writeRecord("#unit", statement.unit().name());
    csv.writeRecord("#name", statement.name());
    csv.writeRecord("#convention", statement.convention().name());
    statement.catalogueYear().ifPresent(y -> csv.writeRecord("#catalogue", Integer.toString(y)));
    if (statement.minusStyle() != MinusStyle.LEADING && dialect == CsvDialect.DUTCH_EXCEL) {
      csv.writeRecord("#minus", statement.minusStyle().name());
    }
    for (Column c : statement.columns()) {
      if (c.isVariance()) {
        Variance v = c.variance().orElseThrow();
        csv.writeRecord("#column", c.label(), c.role().name(), v.budgetColumn().orElse(""), v.actualColumn().orElse(""),
            v.notation().code());
      } else {
        csv.writeRecord("#column", c.label(), c.role().name());
      }
    }
    List<String> header = new ArrayList<>(FIXED_HEADER);
    statement.columns().forEach(c -> header.add(c.label()));
    csv.writeRecord(header);
    for (PrintedRow r : printedRows(statement)) {
      csv.writeRecord(row(r.type(), r.group(), r.kind(), r.label(), r.taakveld(), r.values(), statement, dialect));
    }
  }

  /**
   * A row as the statement CSV and the statement workbook print it: its type, group, kind, label
   * and taakveld as written, its place (none for a group's declaration) and its printed
   * figures, one per column of the statement (none for a group).
   */
  record PrintedRow(String type, String group, String kind, String label, String taakveld, Optional<Place> place,
      List<Optional<PrintedFigure>> values) {}

  /**
   * The rows of {@code statement} in the order they are written: per group its declaration, its
   * lines in the order declared, then the group's derived rows (its sides, saldo, reserve total
   * and saldo after reserves); then the programme's totals. Each derived row thus follows the
   * lines it adds up, as the readers require, and stays with its group.
   */
  static List<PrintedRow> printedRows(Statement statement) {
    List<PrintedRow> out = new ArrayList<>();
    List<Place> derived = statement.derivedPlaces();
    for (Group g : statement.groups()) {
      out.add(new PrintedRow("group", g.name(), g.kind().name().toLowerCase(Locale.ROOT), "", code(g.taakveld()),
          Optional.empty(), List.of()));
      for (GroupLine l : g.lines()) {
        out.add(new PrintedRow(rowType(Place.Type.LINE), g.name(), l.kind().dutchName(), l.label(), code(l.taakveld()),
            Optional.of(l.place(g.name())), values(statement, l.place(g.name()))));
      }
      for (Place place : derived) {
        if (place.groupName().equals(Optional.of(g.name()))) {
          addDerived(statement, place, out);
        }
      }
    }
    for (Place place : derived) {
      if (place.groupName().isEmpty()) {
        addDerived(statement, place, out);
      }
    }
    return out;
  }

  /**
   * The printed cells of a derived row, one row per printed label: seed 002 prints its result
   * twice, the second time with only the variance and a label of its own.
   */
  private static void addDerived(Statement statement, Place place, List<PrintedRow> out) {
    Map<String, List<Optional<PrintedFigure>>> rows = new LinkedHashMap<>();
    for (Column c : statement.columns()) {
      Cell cell = new Cell(place, c.label());
      Optional<PrintedFigure> printed = statement.printed(cell);
      if (printed.isPresent()) {
        List<Optional<PrintedFigure>> values = rows.computeIfAbsent(statement.label(cell).orElse(""),
            l -> new ArrayList<>(Collections.nCopies(statement.columns().size(), Optional.<PrintedFigure>empty())));
        values.set(statement.columns().indexOf(c), printed);
      }
    }
    rows.forEach((label, values) -> out.add(new PrintedRow(rowType(place.type()), place.groupName().orElse(""),
        place.lineKind().map(LineKind::dutchName).orElse(""), label, "", Optional.of(place), values)));
  }

  private static String code(Optional<TaakveldCode> taakveld) {
    return taakveld.map(TaakveldCode::toString).orElse("");
  }

  private static List<Optional<PrintedFigure>> values(Statement statement, Place place) {
    List<Optional<PrintedFigure>> out = new ArrayList<>();
    for (Column c : statement.columns()) {
      out.add(statement.printed(new Cell(place, c.label())));
    }
    return out;
  }

  private static List<String> row(String type, String group, String kind, String label, String taakveld,
      List<Optional<PrintedFigure>> values, Statement statement, CsvDialect dialect) {
    List<String> fields = new ArrayList<>(List.of(type, group, kind, label, taakveld));
    for (int i = 0; i < statement.columns().size(); i++) {
      Optional<PrintedFigure> v = i < values.size() ? values.get(i) : Optional.empty();
      DirectionStyle style = directionStyle(statement.columns().get(i));
      fields.add(v.map(f -> dialect.writeFigure(f, style, statement.minusStyle())).orElse(""));
    }
    return fields;
  }

  /** How figures of {@code column} are written: with V or N where its variances print a letter, else signed. */
  static DirectionStyle directionStyle(Column column) {
    return column.variance().filter(x -> x.notation().printsLetter()).isPresent() ? DirectionStyle.LETTER : DirectionStyle.SIGN;
  }

  /**
   * The name the CSV and JSON formats give each type of row ({@code line}, {@code group-total},
   * {@code result-after}, ...): the words every export of a row uses, so that a statement's rows
   * are named alike in its CSV, its JSON and the tidy exports of its results.
   */
  public static String rowType(Place.Type type) {
    return switch (type) {
      case LINE -> "line";
      case GROUP_RESULT -> "group-total";
      case GROUP_RESERVES -> "group-reserves";
      case GROUP_AFTER_RESERVES -> "group-after";
      case GROUP_KIND_TOTAL -> "group-kind-total";
      case KIND_TOTAL -> "total";
      case RESULT_BEFORE_RESERVES -> "result";
      case RESERVE_TOTAL -> "reserves";
      case RESULT_AFTER_RESERVES -> "result-after";
    };
  }

  /** The type of row a CSV or JSON row name stands for. */
  static Optional<Place.Type> rowType(String name) {
    for (Place.Type type : Place.Type.values()) {
      if (rowType(type).equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The row names, for messages. */
  static String rowTypes() {
    List<String> names = new ArrayList<>(List.of("group"));
    for (Place.Type type : Place.Type.values()) {
      names.add(rowType(type));
    }
    return String.join(", ", names);
  }

  /** The reason of an exception for a problem, as {@link Problem#reasonOf} gives it. */
  static String why(IllegalArgumentException e) {
    return Problem.reasonOf(e);
  }

  /** The metadata rows a file gives at most once. */
  private static final List<String> SINGLE_METADATA = List.of("#unit", "#convention", "#name", "#catalogue", "#minus");

  /** One read of one source: keeps the position for every problem. */
  private static final class StatementReader {
    private final ProblemLog log;
    private final CsvDialect dialect;
    private String name;
    private EuroUnit unit;
    private SignConvention convention;
    private Integer catalogue;
    /** The line of each metadata row given at most once. */
    private final Map<String, Long> metadataLines = new LinkedHashMap<>();
    /** Declared by #minus, else the style of the first negative figure read. */
    private Optional<MinusStyle> minusStyle = Optional.empty();
    private long catalogueLine;
    private final List<Column> columns = new ArrayList<>();
    private final List<Long> columnLines = new ArrayList<>();
    private List<String> header;
    private Statement.Builder builder;
    /** Set when the metadata or header leave nothing to build a statement from. */
    private boolean broken;

    StatementReader(ProblemLog log, CsvDialect dialect) {
      this.log = log;
      this.dialect = dialect;
    }

    private String source() {
      return log.source();
    }

    Optional<Statement> read(String text) {
      Optional<TextInput.UnclosedQuote> unclosed = TextInput.unclosedQuote(text, dialect.separator());
      try (CsvReader<CsvRecord> csv = dialect.records(text)) {
        for (CsvRecord record : csv) {
          long line = record.getStartingLineNumber();
          String first = record.getField(0).trim();
          if (unclosed.isPresent() && unclosed.get().firstLine() == line) {
            unclosed(unclosed.get());
          } else if (header == null) {
            if (first.startsWith("#")) {
              metadata(record, line);
            } else {
              header(record, line);
            }
          } else if (builder != null) {
            dataRow(record, line);
          } else {
            // Without a header there is no row to take: each is rejected, none is lost.
            log.add(Problem.of(Location.atLine(source(), line), "not read: the metadata or header above is wrong"));
            log.reject();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + source(), e);
      } catch (CsvParseException e) {
        log.add(TextInput.syntaxError(source(), e), e);
        return Optional.empty();
      }
      if (builder == null) {
        if (!broken) {
          log.add(Problem.of(Location.atLine(source(), 1), "no header row (row;group;kind;label;taakveld;...)"));
        }
        return Optional.empty();
      }
      try {
        minusStyle.ifPresent(builder::minusStyle);
        return Optional.of(builder.build());
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(Location.of(source()), why(e)), e);
        return Optional.empty();
      }
    }

    /**
     * FastCSV reads the rest of the text as one field: before the header that leaves no header to
     * read; after it each line taken in is a row, rejected (see {@link TextInput.UnclosedQuote}).
     */
    private void unclosed(TextInput.UnclosedQuote region) {
      if (header == null) {
        fatal(region.problem(source()));
      } else {
        region.rejectRows(log);
      }
    }

    private void fatal(Problem problem) {
      broken = true;
      log.add(problem);
    }

    private void metadata(CsvRecord record, long line) {
      String key = record.getField(0).trim().toLowerCase(Locale.ROOT);
      String value = field(record, 1);
      Location at = Location.atLine(source(), line);
      if (SINGLE_METADATA.contains(key)) {
        Long first = metadataLines.putIfAbsent(key, line);
        if (first != null) {
          // Two #unit rows: which one the figures are in cannot be guessed.
          fatal(Problem.of(at, record.getField(0).trim() + ";" + value, "a second " + key + " row; the first is at line "
              + first + ": give it once"));
          return;
        }
      }
      try {
        switch (key) {
          case "#unit" -> unit = constant(EuroUnit.class, value, "#unit;THOUSANDS");
          case "#name" -> name = value;
          case "#convention" -> convention = constant(SignConvention.class, value, "#convention;EXPENSES_POSITIVE");
          case "#catalogue" -> {
            catalogue = catalogueYear(value);
            catalogueLine = line;
          }
          case "#column" -> column(record, line);
          case "#minus" -> minusStyle = Optional.of(constant(MinusStyle.class, value, "#minus;TRAILING"));
          case "#source", "#note" -> {
            // Documents the file for people; kept out of the model.
          }
          default -> log.add(Problem.of(at, record.getField(0).trim(), "an unknown metadata row, not read; expected "
              + String.join(", ", SINGLE_METADATA) + ", #column, #source or #note"));
        }
      } catch (ReadException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        fatal(Problem.of(at, String.join(String.valueOf(dialect.separator()), record.getFields()),
            "bad metadata row: " + why(e)));
      }
    }

    /** The constant of {@code type} named {@code value}; else a message that lists them and shows a valid row. */
    private static <E extends Enum<E>> E constant(Class<E> type, String value, String example) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(value)) {
          return e;
        }
      }
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        names.add(e.name());
      }
      throw new SociaalDomeinException("", Optional.of(value), "expected one of " + String.join(", ", names)
          + ", as in " + example);
    }

    private static int catalogueYear(String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new SociaalDomeinException("", Optional.of(value), "a catalogue year has four digits, as in #catalogue;2022");
      }
    }

    private void column(CsvRecord record, long line) {
      String label = field(record, 1);
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).label().equals(label)) {
          fatal(Problem.of(Location.atLine(source(), line), label,
              "a second #column row for this column; the first is at line " + columnLines.get(i)));
          return;
        }
      }
      ColumnRole role = constant(ColumnRole.class, field(record, 2), "#column;Realisatie 2022;REALISATION");
      if (role == ColumnRole.VARIANCE) {
        String notation = field(record, 5);
        String budget = field(record, 3);
        String actual = field(record, 4);
        String example = " A variance row is #column;<label>;VARIANCE;<budget column>;<actual column>;<notation>, as in "
            + "#column;Begroot - Rekening 2022;VARIANCE;Begroting 2022 na wijziging;Realisatie 2022;favourable-positive, "
            + "or without the two columns (#column;Verschil;VARIANCE;;;letter) for variances printed on their own.";
        try {
          columns.add(Column.variance(label, new Variance(Optional.of(budget).filter(x -> !x.isEmpty()),
              Optional.of(actual).filter(x -> !x.isEmpty()), VarianceNotation.ofCode(notation))));
        } catch (IllegalArgumentException e) {
          fatal(Problem.of(Location.atLine(source(), line), String.join(String.valueOf(dialect.separator()), record.getFields()),
              "bad variance column: " + why(e) + "." + example));
          return;
        }
      } else {
        columns.add(Column.of(label, role));
      }
      columnLines.add(line);
    }

    private void header(CsvRecord record, long line) {
      List<String> fields = new ArrayList<>();
      record.getFields().forEach(f -> fields.add(f.trim()));
      header = fields;
      String separator = String.valueOf(dialect.separator());
      if (fields.size() < FIRST_VALUE || !fields.subList(0, FIRST_VALUE).equals(FIXED_HEADER)) {
        fatal(Problem.of(Location.atLine(source(), line), String.join(separator, fields),
            "the header must start with " + String.join(separator, FIXED_HEADER)));
        return;
      }
      if (unit == null || convention == null) {
        fatal(Problem.of(Location.atLine(source(), line), "#unit and #convention must come before the header,"
            + " as in #unit;THOUSANDS and #convention;EXPENSES_POSITIVE"));
        return;
      }
      List<String> labels = fields.subList(FIRST_VALUE, fields.size());
      Statement.Builder b = Statement.builder(name == null ? source() : name, unit, convention);
      if (catalogue != null) {
        try {
          b.catalogueYear(catalogue);
        } catch (IllegalArgumentException e) {
          fatal(Problem.of(Location.atLine(source(), catalogueLine), catalogue.toString(),
              why(e) + ", as in #catalogue;2022"));
        }
      }
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        Location at = Location.atLine(source(), columnLines.get(i));
        if (!labels.contains(c.label())) {
          fatal(Problem.of(at, c.label(), "this column is not in the header"));
        }
        c.variance().filter(Variance::isDerived).ifPresent(v -> {
          for (String referred : List.of(v.budgetColumn().orElseThrow(), v.actualColumn().orElseThrow())) {
            if (columns.stream().noneMatch(x -> x.label().equals(referred) && !x.isVariance())) {
              fatal(Problem.of(at, referred, "variance column \"" + c.label()
                  + "\" refers to a column that no #column row declares as one of entered figures"));
            }
          }
        });
      }
      for (String label : labels) {
        Optional<Column> c = columns.stream().filter(x -> x.label().equals(label)).findFirst();
        if (c.isEmpty()) {
          fatal(Problem.of(Location.atCell(source(), line, label), label, "no #column row gives this column's role;"
              + " add one before the header, as in #column;" + label + ";REALISATION"));
          continue;
        }
        try {
          b.column(c.get(), "line " + line);
        } catch (IllegalArgumentException e) {
          fatal(Problem.of(Location.atCell(source(), line, label), label, why(e)));
        }
      }
      if (!broken) {
        builder = b;
      }
    }

    private void dataRow(CsvRecord record, long line) {
      if (field(record, 0).equalsIgnoreCase("group")) {
        groupRow(record, line, field(record, 1));
        return;
      }
      long before = log.problemCount();
      Optional<Place> place = place(record, line);
      if (record.getFieldCount() > header.size()) {
        log.add(Problem.of(Location.atLine(source(), line), record.getField(header.size()),
            "more fields than the header has columns"));
      }
      Map<String, PrintedFigure> cells = new LinkedHashMap<>();
      Map<String, Direction> letters = new LinkedHashMap<>();
      for (int i = FIRST_VALUE; i < header.size(); i++) {
        String text = i < record.getFieldCount() ? record.getField(i) : "";
        String column = header.get(i);
        try {
          Optional<Reading.Figure> figure = dialect.readPrinted(text, unit);
          if (figure.isPresent()) {
            cells.put(column, figure.get().figure());
            figure.get().direction().ifPresent(letter -> letters.put(column, letter));
            requireLetterPlace(column, text, letters.containsKey(column));
            // A lettered figure may be negative without printing a minus, so it says nothing of the style.
            if (minusStyle.isEmpty() && figure.get().direction().isEmpty() && figure.get().figure().printedValue().signum() < 0) {
              minusStyle = Optional.of(figure.get().minusStyle());
            }
          }
        } catch (IllegalArgumentException e) {
          log.add(Problem.of(Location.atCell(source(), line, column), text, why(e)), e);
        }
      }
      if (log.problemCount() > before || place.isEmpty()) {
        log.reject();
        return;
      }
      try {
        String origin = "line " + line;
        Optional<Place.Line> l = place.get().asLine();
        if (l.isPresent()) {
          builder.line(l.get().group(), l.get().kind(), l.get().label(), taakveld(record, line).orElseThrow(), origin);
        }
        builder.cells(place.get(), Optional.of(field(record, 3)), cells, letters, origin);
        log.accept();
      } catch (IllegalArgumentException e) {
        Optional<String> what = e instanceof SociaalDomeinException ? ((SociaalDomeinException) e).what() : Optional.empty();
        log.add(new Problem(Location.atLine(source(), line), what, why(e)), e);
        log.reject();
      }
    }

    private void requireLetterPlace(String column, String text, boolean lettered) {
      Optional<Column> c = columns.stream().filter(x -> x.label().equals(column)).findFirst();
      if (c.isPresent()) {
        StatementCsv.requireLetterPlace(c.get(), text, lettered, convention);
      }
    }

    /** The place of a row of figures; empty after a problem. */
    private Optional<Place> place(CsvRecord record, long line) {
      String type = field(record, 0).toLowerCase(Locale.ROOT);
      String group = field(record, 1);
      Optional<Place.Type> placeType = rowType(type);
      if (placeType.isEmpty()) {
        log.add(Problem.of(Location.atCell(source(), line, ROW), type, "unknown row type; expected " + rowTypes()));
        return Optional.empty();
      }
      Optional<LineKind> kind = Optional.empty();
      if (placeType.get() == Place.Type.LINE || placeType.get() == Place.Type.KIND_TOTAL
          || placeType.get() == Place.Type.GROUP_KIND_TOTAL) {
        kind = lineKind(field(record, 2), line);
        if (kind.isEmpty()) {
          return Optional.empty();
        }
      }
      if (placeType.get() == Place.Type.LINE && taakveld(record, line).isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(Place.of(placeType.get(), Optional.of(group).filter(g -> !g.isEmpty()), kind,
            Optional.of(field(record, 3))));
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(Location.atLine(source(), line), why(e)), e);
        return Optional.empty();
      }
    }

    /** A group row is a declaration only: it is taken or refused here. */
    private void groupRow(CsvRecord record, long line, String group) {
      long before = log.problemCount();
      String kindText = field(record, 2);
      Optional<GroupKind> kind = Optional.empty();
      try {
        kind = Optional.of(GroupKind.valueOf(kindText.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(Location.atCell(source(), line, "kind"), kindText,
            "a group kind is taakveld, product, doelenboom or other"));
      }
      Optional<Optional<TaakveldCode>> taakveld = taakveld(record, line);
      if (record.getFieldCount() > FIRST_VALUE && record.getFields().subList(FIRST_VALUE, record.getFieldCount())
          .stream().anyMatch(f -> !f.isBlank())) {
        log.add(Problem.of(Location.atLine(source(), line), "a group row holds no figures; put them on its lines"));
      }
      if (log.problemCount() > before || kind.isEmpty() || taakveld.isEmpty()) {
        log.reject();
        return;
      }
      try {
        builder.group(group, kind.get(), taakveld.get(), "line " + line);
        log.accept();
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(Location.atLine(source(), line), why(e)), e);
        log.reject();
      }
    }

    /** The taakveld column: empty after a problem, else the code if one is given. */
    private Optional<Optional<TaakveldCode>> taakveld(CsvRecord record, long line) {
      String text = field(record, 4);
      if (text.isEmpty()) {
        return Optional.of(Optional.empty());
      }
      try {
        return Optional.of(Optional.of(TaakveldCode.parse(text)));
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(Location.atCell(source(), line, "taakveld"), text, why(e)), e);
        return Optional.empty();
      }
    }

    private Optional<LineKind> lineKind(String text, long line) {
      try {
        return Optional.of(LineKind.ofDutchName(text));
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(Location.atCell(source(), line, "kind"), text, why(e)), e);
        return Optional.empty();
      }
    }

    private static String field(CsvRecord record, int index) {
      return index < record.getFieldCount() ? record.getField(index).trim() : "";
    }
  }
}
