// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.indicators;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.indicators.Basis;
import nl.sociaaldomein.indicators.Indicator;
import nl.sociaaldomein.indicators.IndicatorSeries;
import nl.sociaaldomein.indicators.IndicatorTable;
import nl.sociaaldomein.indicators.IndicatorUnit;
import nl.sociaaldomein.indicators.IndicatorValue;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.CsvTable;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.TextInput;
import nl.sociaaldomein.io.TextOutput;

/**
 * Reads and writes an {@link IndicatorTable} as CSV, laid out as annual reports print the table:
 * the name column first (its header is the table's heading, such as {@code Indicator} or
 * {@code Beleidsdoelen}), then in any order {@code Eenheid}, a column per year ({@code 2022}),
 * the national value of a year ({@code Nederland 2022}), {@code Bron}, and the columns this
 * library adds to keep what reports do not print, {@code Iv3} (the code) and {@code Basis}
 * ({@code Rek}, {@code Beg}, {@code MJR}; realisation when left out). A row with only a name is
 * the heading (a beleidsdoel) of the rows below it. See {@code docs/indicators.md}.
 *
 * <p>Reading keeps the contract of every reader of this library: each bad cell is a
 * {@link Problem} at its line and column, its row is rejected and the others are read;
 * {@link ReadMode#STRICT} throws at the first problem. Values are in Dutch notation in the
 * Dutch Excel dialect ({@code 906,5}, {@code 1.039}, {@code 71,3%}) and in plain decimals in the
 * plain one ({@code 906.5}, {@code 1039}, {@code 71.3%}).
 */
public final class IndicatorCsv {

  static final String UNIT = "Eenheid";
  static final String SOURCE = "Bron";
  static final String IV3 = "Iv3";
  static final String BASIS = "Basis";
  static final String COMPARISON = "Nederland";

  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern COMPARISON_YEAR = Pattern.compile("nederland\\s+([0-9]{4})");

  private IndicatorCsv() {}

  /** Reads the table in {@code file}, leniently. */
  public static ReadResult<IndicatorTable> read(Path file) {
    return read(file, ReadMode.LENIENT);
  }

  /** Reads the table in {@code file} in {@code mode}. */
  public static ReadResult<IndicatorTable> read(Path file, ReadMode mode) {
    return TextInput.parse(file, mode, (text, log) -> read(text, log));
  }

  /**
   * Reads the table in {@code file}, whose bytes are text in {@code charset} (such as windows-1252
   * for a CSV file saved by Windows tools), in {@code mode}; a byte not valid in it is a problem
   * at its line and character.
   */
  public static ReadResult<IndicatorTable> read(Path file, Charset charset, ReadMode mode) {
    return TextInput.parse(file, charset, mode, (text, log) -> read(text, log));
  }

  /**
   * Reads a table from {@code in}, which is left open, as text in {@code charset}, in
   * {@code mode}; {@code source} names it in problems.
   */
  public static ReadResult<IndicatorTable> read(InputStream in, String source, Charset charset, ReadMode mode) {
    return TextInput.parse(in, source, charset, mode, (text, log) -> read(text, log));
  }

  /** Reads a table from {@code in}, leniently; {@code source} names it in problems. */
  public static ReadResult<IndicatorTable> read(Reader in, String source) {
    return read(in, source, ReadMode.LENIENT);
  }

  /** Reads a table from {@code in} in {@code mode}; {@code source} names it in problems. */
  public static ReadResult<IndicatorTable> read(Reader in, String source, ReadMode mode) {
    return TextInput.parse(in, source, mode, (text, log) -> read(text, log));
  }

  private static Optional<IndicatorTable> read(String text, ProblemLog log) {
    CsvDialect dialect = TextInput.dialectOf(text);
    log.dialect(dialect);
    String body = TextInput.withoutByteOrderMark(text);
    Optional<Header> header = Header.find(body, dialect);
    if (header.isEmpty()) {
      // CsvTable names what is wrong: no header row, a syntax error, an unclosed quote.
      CsvTable.read(body, dialect, List.of("indicator", "eenheid", "2022", "bron"), log, (r, line) -> notRead(log, line));
      return Optional.empty();
    }
    Optional<Columns> read = Columns.of(header.get(), log);
    if (read.isEmpty()) {
      // Without the header's columns no row can be read; each is rejected, none is lost.
      CsvTable.read(body, dialect, header.get().lowerCase(), log, (r, line) -> notRead(log, line));
      return Optional.empty();
    }
    Columns columns = read.get();
    TableReader reader = new TableReader(log, dialect, columns);
    if (!CsvTable.read(body, dialect, header.get().lowerCase(), log, reader::row)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new IndicatorTable(columns.heading, columns.years(), reader.series));
    } catch (SociaalDomeinException e) {
      log.add(Problem.of(Location.of(log.source()), Problem.reasonOf(e)), e);
      return Optional.empty();
    }
  }

  private static void notRead(ProblemLog log, long line) {
    log.reject(Problem.of(Location.atLine(log.source(), line), "not read: the header is wrong"));
  }

  /** {@code table} as CSV text in {@code dialect}. */
  public static String toCsv(IndicatorTable table, CsvDialect dialect) {
    StringWriter out = new StringWriter();
    write(table, out, dialect);
    return out.toString();
  }

  /** Writes {@code table} to {@code file}, UTF-8, in {@code dialect}. */
  public static void write(IndicatorTable table, Path file, CsvDialect dialect) {
    TextOutput.write(toCsv(table, dialect), file);
  }

  /**
   * Writes {@code table} to {@code out}, which stays open, in {@code dialect}: the columns the
   * table needs (a unit column when some indicator has a unit, a comparison column for each year
   * some series compares, and so on), and a heading row before the first series of each goal.
   * Nothing is written when the table would not read back as it is: a table without years, a
   * name, heading or goal starting with {@code #}, a series without a goal below one with a
   * goal, or in the plain dialect a heading with {@code ;}.
   */
  public static void write(IndicatorTable table, Writer out, CsvDialect dialect) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(dialect, "dialect");
    if (table.years().isEmpty()) {
      throw new SociaalDomeinException("table " + SociaalDomeinException.quote(table.heading()), Optional.empty(),
          "a table without a year column would not read back");
    }
    if (dialect == CsvDialect.PLAIN && table.heading().indexOf(';') >= 0) {
      throw new SociaalDomeinException("table", Optional.of(table.heading()),
          "a heading with ; would make the header read as the Dutch Excel dialect");
    }
    List<IndicatorSeries> series = table.series();
    boolean units = series.stream().anyMatch(s -> s.indicator().unit().isPresent());
    boolean sources = series.stream().anyMatch(s -> s.source().isPresent());
    boolean codes = series.stream().anyMatch(s -> s.indicator().iv3Code().isPresent());
    boolean bases = series.stream().anyMatch(s -> s.basis() != Basis.REALISATION);
    List<String> header = new ArrayList<>();
    header.add(writable(table.heading(), "heading"));
    if (units) {
      header.add(UNIT);
    }
    for (Year year : table.years()) {
      header.add(year.toString());
      if (table.hasComparison(year)) {
        header.add(COMPARISON + " " + year);
      }
    }
    if (sources) {
      header.add(SOURCE);
    }
    if (codes) {
      header.add(IV3);
    }
    if (bases) {
      header.add(BASIS);
    }
    List<List<String>> records = new ArrayList<>();
    records.add(header);
    Optional<String> goal = Optional.empty();
    for (IndicatorSeries s : series) {
      if (!s.goal().equals(goal)) {
        if (s.goal().isEmpty()) {
          throw new SociaalDomeinException("indicator " + SociaalDomeinException.quote(s.indicator().name()),
              Optional.empty(), "a series without a goal below one with a goal would read back under that goal");
        }
        List<String> heading = new ArrayList<>(List.of(writable(s.goal().get(), "goal")));
        while (heading.size() < header.size()) {
          heading.add("");
        }
        records.add(heading);
        goal = s.goal();
      }
      List<String> row = new ArrayList<>();
      row.add(writable(s.indicator().name(), "indicator"));
      if (units) {
        row.add(s.indicator().unit().map(IndicatorUnit::printed).orElse(""));
      }
      for (Year year : table.years()) {
        row.add(s.value(year).map(v -> cell(v, dialect)).orElse(""));
        if (table.hasComparison(year)) {
          row.add(s.comparison(year).map(v -> cell(v, dialect)).orElse(""));
        }
      }
      if (sources) {
        row.add(s.source().orElse(""));
      }
      if (codes) {
        row.add(s.indicator().iv3Code().orElse(""));
      }
      if (bases) {
        row.add(s.basis().iv3Prefix());
      }
      records.add(row);
    }
    CsvTable.write(records, out, dialect);
  }

  private static String cell(IndicatorValue value, CsvDialect dialect) {
    return dialect == CsvDialect.PLAIN ? value.toPlainString() : value.toString();
  }

  private static String writable(String text, String what) {
    if (text.startsWith("#")) {
      throw new SociaalDomeinException(what, Optional.of(text), "text starting with # would read back as a comment row");
    }
    return text;
  }

  /** The header row as printed: its fields trimmed, blank fields at the right dropped, and its line. */
  private record Header(List<String> fields, long line) {

    List<String> lowerCase() {
      return fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The first row that is neither blank nor a comment, as {@link CsvTable} takes its header;
     * empty when there is none or the text does not tokenise, which {@link CsvTable} then reports.
     */
    static Optional<Header> find(String text, CsvDialect dialect) {
      try (CsvReader<CsvRecord> csv = dialect.records(text)) {
        for (CsvRecord record : csv) {
          if (record.getFields().stream().allMatch(String::isBlank) || CsvTable.field(record, 0).startsWith("#")) {
            continue;
          }
          List<String> fields = new ArrayList<>();
          record.getFields().forEach(f -> fields.add(f.trim()));
          while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
          }
          return Optional.of(new Header(fields, record.getStartingLineNumber()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (CsvParseException e) {
        return Optional.empty();
      }
      return Optional.empty();
    }
  }

  /** What each column of the header holds. */
  private static final class Columns {
    final String heading;
    final List<String> labels;
    int unit = -1;
    int source = -1;
    int iv3 = -1;
    int basis = -1;
    final Map<Integer, Year> years = new HashMap<>();
    final Map<Integer, Year> comparisons = new HashMap<>();
    final Set<Year> order = new LinkedHashSet<>();

    private Columns(List<String> labels) {
      this.labels = labels;
      this.heading = labels.get(0);
    }

    /** The columns of {@code header}; empty, with the problems logged, when it cannot be read. */
    static Optional<Columns> of(Header header, ProblemLog log) {
      Columns columns = new Columns(header.fields());
      long before = log.problemCount();
      Location line = Location.atLine(log.source(), header.line());
      if (columns.heading.isEmpty()) {
        log.add(Problem.of(line, "the first column holds the indicators' names and needs a header, such as Indicator"));
      }
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 1; i < header.fields().size(); i++) {
        String label = header.fields().get(i);
        String lower = label.toLowerCase(Locale.ROOT);
        Matcher comparison = COMPARISON_YEAR.matcher(lower);
        if (!seen.add(lower.replaceAll("\\s+", " "))) {
          log.add(Problem.of(line, label, "the header has this column twice"));
        } else if (lower.equals(UNIT.toLowerCase(Locale.ROOT))) {
          columns.unit = i;
        } else if (lower.equals(SOURCE.toLowerCase(Locale.ROOT))) {
          columns.source = i;
        } else if (lower.equals(IV3.toLowerCase(Locale.ROOT))) {
          columns.iv3 = i;
        } else if (lower.equals(BASIS.toLowerCase(Locale.ROOT))) {
          columns.basis = i;
        } else if (YEAR.matcher(lower).matches()) {
          Year year = Year.of(Integer.parseInt(lower));
          columns.years.put(i, year);
          columns.order.add(year);
        } else if (comparison.matches()) {
          columns.comparisons.put(i, Year.of(Integer.parseInt(comparison.group(1))));
        } else {
          log.add(label.isEmpty() ? Problem.of(line.withColumn("#" + (i + 1)), "a column without a header")
              : Problem.of(line, label, "not a column of an indicator table; expected " + UNIT
                  + ", a year such as 2022, " + COMPARISON + " and a year, " + SOURCE + ", " + IV3 + " or " + BASIS));
        }
      }
      if (columns.years.isEmpty() && columns.comparisons.isEmpty() && log.problemCount() == before) {
        log.add(Problem.of(line, String.join(";", header.fields()), "an indicator table needs a column per year, such as 2022"));
      }
      return log.problemCount() == before ? Optional.of(columns) : Optional.empty();
    }

    /** The years in printed order; years only compared come after the others. */
    List<Year> years() {
      Set<Year> all = new LinkedHashSet<>(order);
      comparisons.values().stream().sorted().forEach(all::add);
      return List.copyOf(all);
    }
  }

  /** One read: the series of the rows, each under the goal heading above it. */
  private static final class TableReader {
    private final ProblemLog log;
    private final CsvDialect dialect;
    private final Columns columns;
    final List<IndicatorSeries> series = new ArrayList<>();
    private Optional<String> goal = Optional.empty();

    TableReader(ProblemLog log, CsvDialect dialect, Columns columns) {
      this.log = log;
      this.dialect = dialect;
      this.columns = columns;
    }

    private Location at(long line, int column) {
      return Location.atCell(log.source(), line, columns.labels.get(column));
    }

    void row(CsvRecord record, long line) {
      String name = CsvTable.field(record, 0);
      boolean rest = false;
      for (int i = 1; i < columns.labels.size(); i++) {
        rest |= !CsvTable.field(record, i).isEmpty();
      }
      if (name.isEmpty()) {
        log.reject(Problem.of(at(line, 0), "a row needs the name of its indicator"));
        return;
      }
      if (!rest) {
        goal = Optional.of(name);
        log.accept();
        return;
      }
      long before = log.problemCount();
      TreeMap<Year, IndicatorValue> values = new TreeMap<>();
      TreeMap<Year, IndicatorValue> comparison = new TreeMap<>();
      Optional<IndicatorUnit> unit = Optional.empty();
      Optional<Basis> basis = Optional.empty();
      // Column by column, so that the problems of a row come in the order of its cells.
      for (int i = 1; i < columns.labels.size(); i++) {
        if (columns.years.containsKey(i)) {
          Year year = columns.years.get(i);
          value(record, line, i).ifPresent(v -> values.put(year, v));
        } else if (columns.comparisons.containsKey(i)) {
          Year year = columns.comparisons.get(i);
          value(record, line, i).ifPresent(v -> comparison.put(year, v));
        } else if (i == columns.unit) {
          unit = cell(record, line, i, IndicatorUnit::parse);
        } else if (i == columns.basis) {
          basis = cell(record, line, i, Basis::ofIv3Prefix);
        }
      }
      Optional<String> source = text(record, columns.source);
      Optional<String> code = text(record, columns.iv3);
      if (log.problemCount() > before) {
        log.reject();
        return;
      }
      try {
        series.add(new IndicatorSeries(new Indicator(name, unit, code), basis.orElse(Basis.REALISATION), values,
            comparison, source, goal));
        log.accept();
      } catch (SociaalDomeinException e) {
        log.reject(Problem.of(at(line, 0), name, Problem.reasonOf(e)));
      }
    }

    private Optional<IndicatorValue> value(CsvRecord record, long line, int column) {
      return cell(record, line, column, dialect == CsvDialect.PLAIN ? IndicatorValue::parsePlain : IndicatorValue::parse);
    }

    private <T> Optional<T> cell(CsvRecord record, long line, int column, Function<String, T> reader) {
      Optional<String> text = text(record, column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(reader.apply(text.get()));
      } catch (SociaalDomeinException e) {
        log.add(Problem.of(at(line, column), text.get(), Problem.reasonOf(e)), e);
        return Optional.empty();
      }
    }

    private static Optional<String> text(CsvRecord record, int column) {
      if (column < 0) {
        return Optional.empty();
      }
      String text = CsvTable.field(record, column);
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
  }
}
