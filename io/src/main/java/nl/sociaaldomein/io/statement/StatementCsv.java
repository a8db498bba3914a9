package nl.sociaaldomein.io.statement;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.csv.CsvFormatException;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.Line;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.Variance;

/**
 * Reads and writes budget statements as CSV, one row per printed row, one column per budget
 * column, with metadata rows first. See {@code docs/formats.md} for the format.
 */
public final class StatementCsv {

  static final String ROW = "row";
  static final List<String> FIXED_HEADER = List.of(ROW, "group", "kind", "label", "taakveld");
  private static final int FIRST_VALUE = FIXED_HEADER.size();

  private StatementCsv() {}

  /** Reads the statement in {@code file}; the dialect follows from its header. */
  public static Statement read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Reads a statement from {@code text}; {@code source} names it in error messages. */
  public static Statement read(String text, String source) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    CsvDialect dialect = CsvDialect.detect(firstLine(body));
    return new StatementReader(source, dialect).read(new StringReader(body));
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** Writes {@code statement} in {@code dialect}, figures as printed in its convention. */
  public static void write(Statement statement, Writer out, CsvDialect dialect) {
    CsvWriter csv = CsvWriter.builder().fieldSeparator(dialect.separator()).build(out);
    csv.writeRecord("#unit", statement.unit().name());
    csv.writeRecord("#name", statement.name());
    csv.writeRecord("#convention", statement.convention().name());
    statement.catalogueYear().ifPresent(y -> csv.writeRecord("#catalogue", Integer.toString(y)));
    for (Column c : statement.columns()) {
      if (c.isVariance()) {
        Variance v = c.variance().orElseThrow();
        csv.writeRecord("#column", c.label(), c.role().name(), v.budgetColumn(), v.actualColumn(),
            v.favourablePositive() ? "favourable-positive" : "favourable-negative");
      } else {
        csv.writeRecord("#column", c.label(), c.role().name());
      }
    }
    List<String> header = new ArrayList<>(FIXED_HEADER);
    statement.columns().forEach(c -> header.add(c.label()));
    csv.writeRecord(header);
    for (Group g : statement.groups()) {
      csv.writeRecord(row("group", g.name(), g.kind().name().toLowerCase(Locale.ROOT), "", g.taakveld().orElse(""),
          List.of(), statement, dialect));
      for (Line l : g.lines()) {
        Place place = new Place.Line(g.name(), l.kind(), l.label());
        csv.writeRecord(row("line", g.name(), l.kind().dutchLabel(), l.label(), l.taakveld().orElse(""),
            values(statement, place), statement, dialect));
      }
    }
    for (Place place : statement.derivedPlaces()) {
      List<Optional<PrintedFigure>> values = values(statement, place);
      if (values.stream().noneMatch(Optional::isPresent)) {
        continue;
      }
      csv.writeRecord(row(rowType(place), groupOf(place), kindOf(place), "", "", values, statement, dialect));
    }
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
      boolean letters = statement.convention() == SignConvention.BOTH_POSITIVE
          && statement.columns().get(i).isVariance();
      fields.add(v.map(f -> dialect.writeFigure(f, letters)).orElse(""));
    }
    return fields;
  }

  static String rowType(Place place) {
    if (place instanceof Place.Line) {
      return "line";
    }
    if (place instanceof Place.GroupResult) {
      return "group-total";
    }
    if (place instanceof Place.GroupReserves) {
      return "group-reserves";
    }
    if (place instanceof Place.KindTotal) {
      return "total";
    }
    if (place instanceof Place.ResultBeforeReserves) {
      return "result";
    }
    if (place instanceof Place.ReserveTotal) {
      return "reserves";
    }
    return "result-after";
  }

  private static String groupOf(Place place) {
    if (place instanceof Place.GroupResult) {
      return ((Place.GroupResult) place).group();
    }
    if (place instanceof Place.GroupReserves) {
      return ((Place.GroupReserves) place).group();
    }
    return "";
  }

  private static String kindOf(Place place) {
    return place instanceof Place.KindTotal ? ((Place.KindTotal) place).kind().dutchLabel() : "";
  }

  /** One read of one file: keeps the position for every error. */
  private static final class StatementReader {
    private final String source;
    private final CsvDialect dialect;
    private String name;
    private EuroUnit unit;
    private SignConvention convention;
    private Integer catalogue;
    private final List<Column> columns = new ArrayList<>();
    private final List<Long> columnLines = new ArrayList<>();
    private List<String> header;
    private Statement.Builder builder;

    StatementReader(String source, CsvDialect dialect) {
      this.source = source;
      this.dialect = dialect;
    }

    Statement read(Reader in) {
      try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(dialect.separator())
          .skipEmptyLines(true).allowMissingFields(true).allowExtraFields(true).ofCsvRecord(in)) {
        for (CsvRecord record : csv) {
          long line = record.getStartingLineNumber();
          String first = record.getField(0).trim();
          if (header == null) {
            if (first.startsWith("#")) {
              metadata(record, line);
            } else {
              header(record, line);
            }
          } else {
            dataRow(record, line);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + source, e);
      } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
        String cause = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
        throw new CsvFormatException(source, 0, null, null, e.getMessage() + cause);
      }
      if (builder == null) {
        throw new CsvFormatException(source, 1, null, null, "no header row (row;group;kind;label;taakveld;...)");
      }
      try {
        return builder.build();
      } catch (IllegalArgumentException e) {
        throw new CsvFormatException(source, 0, null, null, e.getMessage());
      }
    }

    private void metadata(CsvRecord record, long line) {
      String key = record.getField(0).trim().toLowerCase(Locale.ROOT);
      String value = field(record, 1);
      try {
        switch (key) {
          case "#unit":
            unit = EuroUnit.valueOf(value);
            break;
          case "#name":
            name = value;
            break;
          case "#convention":
            convention = SignConvention.valueOf(value);
            break;
          case "#catalogue":
            catalogue = Integer.valueOf(value);
            break;
          case "#column":
            ColumnRole role = ColumnRole.valueOf(field(record, 2));
            if (role == ColumnRole.VARIANCE) {
              String sense = field(record, 5);
              if (!sense.equals("favourable-positive") && !sense.equals("favourable-negative")) {
                throw new CsvFormatException(source, line, null, sense,
                    "a variance column ends with favourable-positive or favourable-negative");
              }
              columns.add(Column.variance(value, new Variance(field(record, 3), field(record, 4),
                  sense.equals("favourable-positive"))));
            } else {
              columns.add(Column.of(value, role));
            }
            columnLines.add(line);
            break;
          default:
            // Other metadata (#source, #note) documents the file for people; it is kept out of the model.
            break;
        }
      } catch (CsvFormatException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new CsvFormatException(source, line, null, String.join(String.valueOf(dialect.separator()), record.getFields()),
            "bad metadata row: " + e.getMessage());
      }
    }

    private void header(CsvRecord record, long line) {
      List<String> fields = new ArrayList<>();
      record.getFields().forEach(f -> fields.add(f.trim()));
      if (fields.size() < FIRST_VALUE || !fields.subList(0, FIRST_VALUE).equals(FIXED_HEADER)) {
        throw new CsvFormatException(source, line, null, String.join(String.valueOf(dialect.separator()), fields),
            "the header must start with " + String.join(String.valueOf(dialect.separator()), FIXED_HEADER));
      }
      if (unit == null || convention == null) {
        throw new CsvFormatException(source, line, null, null, "#unit and #convention must come before the header");
      }
      header = fields;
      builder = Statement.builder(name == null ? source : name, unit, convention);
      if (catalogue != null) {
        builder.catalogueYear(catalogue);
      }
      List<String> labels = fields.subList(FIRST_VALUE, fields.size());
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        if (!labels.contains(c.label())) {
          throw new CsvFormatException(source, columnLines.get(i), null, c.label(), "this column is not in the header");
        }
      }
      for (String label : labels) {
        Column c = columns.stream().filter(x -> x.label().equals(label)).findFirst()
            .orElseThrow(() -> new CsvFormatException(source, line, label, label, "no #column row gives this column's role"));
        builder.column(c, "line " + line);
      }
    }

    private void dataRow(CsvRecord record, long line) {
      String type = field(record, 0).toLowerCase(Locale.ROOT);
      String group = field(record, 1);
      String kind = field(record, 2);
      String label = field(record, 3);
      String taakveld = field(record, 4);
      String origin = "line " + line;
      try {
        Place place;
        switch (type) {
          case "group":
            builder.group(group, groupKind(kind, line), taakveld.isEmpty() ? null : taakveld, origin);
            return;
          case "line":
            LineKind lineKind = lineKind(kind, line);
            builder.line(group, lineKind, label, taakveld.isEmpty() ? null : taakveld, origin);
            place = new Place.Line(group, lineKind, label);
            break;
          case "group-total":
            place = new Place.GroupResult(group);
            break;
          case "group-reserves":
            place = new Place.GroupReserves(group);
            break;
          case "total":
            place = new Place.KindTotal(lineKind(kind, line));
            break;
          case "result":
            place = new Place.ResultBeforeReserves();
            break;
          case "reserves":
            place = new Place.ReserveTotal();
            break;
          case "result-after":
            place = new Place.ResultAfterReserves();
            break;
          default:
            throw new CsvFormatException(source, line, ROW, type,
                "unknown row type; expected group, line, group-total, group-reserves, total, result, reserves or result-after");
        }
        for (int i = FIRST_VALUE; i < header.size(); i++) {
          String text = i < record.getFieldCount() ? record.getField(i) : "";
          String column = header.get(i);
          Optional<PrintedFigure> figure;
          try {
            figure = dialect.readFigure(text, unit);
          } catch (IllegalArgumentException e) {
            throw new CsvFormatException(source, line, column, text, e.getMessage());
          }
          if (figure.isPresent()) {
            builder.cell(place, column, figure.get(), origin + ", column \"" + column + "\"");
          }
        }
        if (record.getFieldCount() > header.size()) {
          throw new CsvFormatException(source, line, null, record.getField(header.size()),
              "more fields than the header has columns");
        }
      } catch (CsvFormatException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new CsvFormatException(source, line, null, null, e.getMessage());
      }
    }

    private GroupKind groupKind(String text, long line) {
      try {
        return GroupKind.valueOf(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CsvFormatException(source, line, "kind", text, "a group kind is taakveld, product, doelenboom or other");
      }
    }

    private LineKind lineKind(String text, long line) {
      try {
        return LineKind.ofDutchLabel(text);
      } catch (IllegalArgumentException e) {
        throw new CsvFormatException(source, line, "kind", text, e.getMessage());
      }
    }

    private static String field(CsvRecord record, int index) {
      return index < record.getFieldCount() ? record.getField(index).trim() : "";
    }
  }
}
