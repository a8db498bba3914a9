// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.statement;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.TextInput;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.notation.MinusStyle;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Variance;
import nl.sociaaldomein.statement.VarianceNotation;

/**
 * How a table as people keep it (a CSV export, a sheet of a workbook) maps onto a statement:
 * which column holds the label, the group, the kind of line, the taakveld, the type of row, and
 * which columns hold the figures of which budget column; which rows are totals; and for a
 * workbook, the sheet and range. Headers are matched with case and surrounding spaces ignored,
 * in any order; columns the mapping does not name are left alone.
 *
 * <p>A figure column either holds one kind of line ({@code Lasten}, {@code Baten}: the wide
 * table {@code Taakveld;Omschrijving;Lasten;Baten}) or takes the kind from the row's kind
 * column (a long table, one row per line). Without a group column every row is its own group,
 * named by its label, with one line per kind labelled as the kind ("Lasten", "Baten"); with one,
 * the label column holds the line's label.
 *
 * <p>Made in code with {@link #builder}, or read from a small mapping file (see
 * {@code docs/formats.md}, "Column-mapped CSV") with {@link #read(Path)}; {@link #toText()}
 * writes that file back.
 */
public final class ColumnMapping {

  /**
   * A column of figures: its header in the table, the statement column its figures belong to,
   * and the kind of line it holds, when it holds one kind only.
   */
  public record FigureColumn(String header, Column column, Optional<LineKind> kind) {
    /** Checks that the header is not blank. */
    public FigureColumn {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(kind, "kind");
      if (header.isBlank()) {
        throw new SociaalDomeinException("A figure column needs a header");
      }
    }
  }

  private final String name;
  private final EuroUnit unit;
  private final SignConvention convention;
  private final OptionalInt catalogueYear;
  private final String label;
  private final Optional<String> group;
  private final Optional<String> kind;
  private final Optional<String> taakveld;
  private final Optional<String> row;
  private final Optional<String> totals;
  private final List<FigureColumn> figures;
  private final Optional<String> sheet;
  private final Optional<String> range;
  private final Optional<MinusStyle> minus;

  private ColumnMapping(Builder b) {
    this.name = b.name;
    this.unit = b.unit;
    this.convention = b.convention;
    this.catalogueYear = b.catalogueYear;
    this.label = b.label;
    this.group = b.group;
    this.kind = b.kind;
    this.taakveld = b.taakveld;
    this.row = b.row;
    this.totals = b.totals;
    this.figures = List.copyOf(b.figures);
    this.sheet = b.sheet;
    this.range = b.range;
    this.minus = b.minus;
  }

  /**
   * A mapping for a statement named {@code name}, figures in {@code unit} printed in
   * {@code convention}, whose labels are in the column headed {@code label}.
   */
  public static Builder builder(String name, EuroUnit unit, SignConvention convention, String label) {
    return new Builder(name, unit, convention, label);
  }

  /** The statement's name. */
  public String name() {
    return name;
  }

  /** The unit the table's figures are printed in. */
  public EuroUnit unit() {
    return unit;
  }

  /** How the table signs its figures: which of expenses and income it prints as positive. */
  public SignConvention convention() {
    return convention;
  }

  /** The year of the taakveld catalogue the table's taakveld codes are checked against, if it names one. */
  public OptionalInt catalogueYear() {
    return catalogueYear;
  }

  /** The header of the label column. */
  public String label() {
    return label;
  }

  /** The header of the group column, if any. */
  public Optional<String> group() {
    return group;
  }

  /** The header of the column of line kinds (lasten, baten, ...), if any. */
  public Optional<String> kind() {
    return kind;
  }

  /** The header of the taakveld column, if any. */
  public Optional<String> taakveld() {
    return taakveld;
  }

  /**
   * The header of the column of row types, if any: {@code group}, {@code line} (or blank), and
   * the derived rows of the statement CSV ({@code group-total}, {@code total}, {@code result},
   * ...).
   */
  public Optional<String> row() {
    return row;
  }

  /**
   * The start of the label of a total row ("Totaal"), case ignored, when the table has no row
   * type column: such a row prints the total of a group (with a group column) or of the
   * statement, per kind where its figure column or kind column gives one.
   */
  public Optional<String> totals() {
    return totals;
  }

  /** The figure columns, in the order of the statement's columns. */
  public List<FigureColumn> figures() {
    return figures;
  }

  /** For a workbook: the sheet, by name; the first sheet when empty. */
  public Optional<String> sheet() {
    return sheet;
  }

  /** For a workbook: the range the table is in, such as {@code B3:F20}; the whole sheet when empty. */
  public Optional<String> range() {
    return range;
  }

  /**
   * How the statement prints a negative figure, when the mapping says; else the style of the
   * first negative figure read as text, or {@link MinusStyle#LEADING}.
   */
  public Optional<MinusStyle> minus() {
    return minus;
  }

  /** The statement columns the figure columns fill, each once, in order. */
  public List<Column> columns() {
    List<Column> out = new ArrayList<>();
    for (FigureColumn f : figures) {
      if (!out.contains(f.column())) {
        out.add(f.column());
      }
    }
    return out;
  }

  /** Every header this mapping reads, in the order of {@link #toText()}. */
  public List<String> headers() {
    List<String> out = new ArrayList<>();
    row.ifPresent(out::add);
    group.ifPresent(out::add);
    kind.ifPresent(out::add);
    out.add(label);
    taakveld.ifPresent(out::add);
    figures.forEach(f -> out.add(f.header()));
    return out;
  }

  /** This mapping with the table on {@code sheet}. */
  public ColumnMapping withSheet(String sheet) {
    return toBuilder().sheet(sheet).build();
  }

  /** This mapping with the table in {@code range}, such as {@code B3:F20}. */
  public ColumnMapping withRange(String range) {
    return toBuilder().range(range).build();
  }

  private Builder toBuilder() {
    Builder b = new Builder(name, unit, convention, label);
    catalogueYear.ifPresent(b::catalogueYear);
    group.ifPresent(b::group);
    kind.ifPresent(b::kind);
    taakveld.ifPresent(b::taakveld);
    row.ifPresent(b::row);
    totals.ifPresent(b::totals);
    sheet.ifPresent(b::sheet);
    range.ifPresent(b::range);
    minus.ifPresent(b::minus);
    figures.forEach(f -> b.figures.add(f));
    return b;
  }

  /** The mapping file of this mapping, in the Dutch Excel dialect: {@link #read} gives it back. */
  public String toText() {
    StringWriter out = new StringWriter();
    CsvWriter csv = CsvWriter.builder().fieldSeparator(';').build(out);
    csv.writeRecord("name", name);
    csv.writeRecord("unit", unit.name());
    csv.writeRecord("convention", convention.name());
    catalogueYear.ifPresent(y -> csv.writeRecord("catalogue", Integer.toString(y)));
    minus.ifPresent(m -> csv.writeRecord("minus", m.name()));
    sheet.ifPresent(s -> csv.writeRecord("sheet", s));
    range.ifPresent(r -> csv.writeRecord("range", r));
    row.ifPresent(r -> csv.writeRecord("row", r));
    group.ifPresent(g -> csv.writeRecord("group", g));
    kind.ifPresent(k -> csv.writeRecord("kind", k));
    csv.writeRecord("label", label);
    taakveld.ifPresent(t -> csv.writeRecord("taakveld", t));
    totals.ifPresent(t -> csv.writeRecord("totals", t));
    for (FigureColumn f : figures) {
      List<String> fields = new ArrayList<>(List.of("figure", f.header(), f.column().label(), f.column().role().name()));
      f.column().variance().ifPresent(v -> {
        fields.add(v.budgetColumn().orElse(""));
        fields.add(v.actualColumn().orElse(""));
        fields.add(v.notation().code());
      });
      f.kind().ifPresent(k -> fields.add(k.dutchName()));
      csv.writeRecord(fields);
    }
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnMapping && ((ColumnMapping) o).toText().equals(toText());
  }

  @Override
  public int hashCode() {
    return toText().hashCode();
  }

  @Override
  public String toString() {
    return "ColumnMapping[" + name + ", " + unit + ", " + convention + ", columns " + headers() + "]";
  }

  /** Reads the mapping file {@code file}, UTF-8, leniently. */
  public static ReadResult<ColumnMapping> read(Path file) {
    return read(file, StandardCharsets.UTF_8, ReadMode.LENIENT);
  }

  /** Reads the mapping file {@code file}, text in {@code charset}, in {@code mode}. */
  public static ReadResult<ColumnMapping> read(Path file, Charset charset, ReadMode mode) {
    return TextInput.parse(file, charset, mode, (text, log) -> parse(text, log));
  }

  /** Reads the mapping file in {@code in}, which is left open, text in {@code charset}, in {@code mode}. */
  public static ReadResult<ColumnMapping> read(InputStream in, String source, Charset charset, ReadMode mode) {
    return TextInput.parse(in, source, charset, mode, (text, log) -> parse(text, log));
  }

  /** Reads a mapping from its text; {@code source} names it in problems. */
  public static ReadResult<ColumnMapping> parse(String text, String source, ReadMode mode) {
    ProblemLog log = new ProblemLog(source, mode);
    return log.result(parse(TextInput.withoutByteOrderMark(text), log));
  }

  private static final List<String> KEYS = List.of("name", "unit", "convention", "catalogue", "minus", "sheet", "range", "row",
      "group", "kind", "label", "taakveld", "totals", "figure");

  private static Optional<ColumnMapping> parse(String text, ProblemLog log) {
    CsvDialect dialect = TextInput.dialectOf(text);
    log.dialect(dialect);
    Map<String, String> single = new LinkedHashMap<>();
    Map<String, Long> lines = new LinkedHashMap<>();
    List<FigureColumn> figures = new ArrayList<>();
    boolean broken = false;
    try (CsvReader<CsvRecord> csv = dialect.records(TextInput.withoutByteOrderMark(text))) {
      for (CsvRecord record : csv) {
        long line = record.getStartingLineNumber();
        String key = field(record, 0).toLowerCase(Locale.ROOT);
        Location at = Location.atLine(log.source(), line);
        if (record.getFields().stream().allMatch(String::isBlank) || key.startsWith("#")) {
          continue;
        }
        if (!KEYS.contains(key)) {
          log.reject(Problem.of(at, field(record, 0), "unknown mapping row; expected one of " + String.join(", ", KEYS)));
          broken = true;
          continue;
        }
        if (key.equals("figure")) {
          try {
            figures.add(figure(record));
            log.accept();
          } catch (IllegalArgumentException e) {
            log.reject(Problem.of(at, String.join(String.valueOf(dialect.separator()), record.getFields()),
                "bad figure row: " + Problem.reasonOf(e) + "; a figure row is figure;<header>;<statement column>;<ROLE>"
                    + "[;<kind>], or figure;<header>;<statement column>;VARIANCE;<budget column>;<actual column>"
                    + ";<notation>[;<kind>]"));
            broken = true;
          }
          continue;
        }
        Long first = lines.putIfAbsent(key, line);
        if (first != null) {
          log.reject(Problem.of(at, field(record, 1), "a second " + key + " row; the first is at line " + first));
          broken = true;
          continue;
        }
        single.put(key, field(record, 1));
        log.accept();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + log.source(), e);
    } catch (CsvParseException e) {
      log.add(TextInput.syntaxError(log.source(), e), e);
      return Optional.empty();
    }
    for (String required : List.of("name", "unit", "convention", "label")) {
      if (!single.containsKey(required) || single.get(required).isBlank()) {
        log.add(Problem.of(Location.of(log.source()), "no " + required + " row; a mapping needs name, unit, convention,"
            + " label and at least one figure row"));
        broken = true;
      }
    }
    if (broken) {
      return Optional.empty();
    }
    try {
      Builder b = builder(single.get("name"), constant(EuroUnit.class, single.get("unit")),
          constant(SignConvention.class, single.get("convention")), single.get("label"));
      if (single.containsKey("catalogue")) {
        try {
          b.catalogueYear(Integer.parseInt(single.get("catalogue")));
        } catch (NumberFormatException e) {
          throw new SociaalDomeinException("", Optional.of(single.get("catalogue")), "a catalogue year has four digits");
        }
      }
      if (optional(single, "minus").isPresent()) {
        b.minus(constant(MinusStyle.class, single.get("minus")));
      }
      optional(single, "group").ifPresent(b::group);
      optional(single, "kind").ifPresent(b::kind);
      optional(single, "taakveld").ifPresent(b::taakveld);
      optional(single, "row").ifPresent(b::row);
      optional(single, "totals").ifPresent(b::totals);
      optional(single, "sheet").ifPresent(b::sheet);
      optional(single, "range").ifPresent(b::range);
      figures.forEach(f -> b.figure(f.header(), f.column(), f.kind()));
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      log.add(Problem.of(Location.of(log.source()), Problem.reasonOf(e)), e);
      return Optional.empty();
    }
  }

  private static Optional<String> optional(Map<String, String> single, String key) {
    return Optional.ofNullable(single.get(key)).filter(v -> !v.isBlank());
  }

  private static FigureColumn figure(CsvRecord record) {
    String header = field(record, 1);
    String column = field(record, 2);
    ColumnRole role = constant(ColumnRole.class, field(record, 3));
    int kindField = 4;
    Column c;
    if (role == ColumnRole.VARIANCE) {
      c = Column.variance(column, new Variance(Optional.of(field(record, 4)).filter(x -> !x.isEmpty()),
          Optional.of(field(record, 5)).filter(x -> !x.isEmpty()), VarianceNotation.ofCode(field(record, 6))));
      kindField = 7;
    } else {
      c = Column.of(column, role);
    }
    String kind = field(record, kindField);
    return new FigureColumn(header, c, kind.isEmpty() ? Optional.empty() : Optional.of(LineKind.ofDutchName(kind)));
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.trim())) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw new SociaalDomeinException("", Optional.of(value), "expected one of " + String.join(", ", names));
  }

  private static String field(CsvRecord record, int index) {
    return index < record.getFieldCount() ? record.getField(index).trim() : "";
  }

  /** Builds a mapping; {@link #build()} checks that its columns can make a statement. */
  public static final class Builder {
    private final String name;
    private final EuroUnit unit;
    private final SignConvention convention;
    private final String label;
    private OptionalInt catalogueYear = OptionalInt.empty();
    private Optional<String> group = Optional.empty();
    private Optional<String> kind = Optional.empty();
    private Optional<String> taakveld = Optional.empty();
    private Optional<String> row = Optional.empty();
    private Optional<String> totals = Optional.empty();
    private Optional<String> sheet = Optional.empty();
    private Optional<String> range = Optional.empty();
    private Optional<MinusStyle> minus = Optional.empty();
    private final List<FigureColumn> figures = new ArrayList<>();

    private Builder(String name, EuroUnit unit, SignConvention convention, String label) {
      this.name = Objects.requireNonNull(name, "name");
      this.unit = Objects.requireNonNull(unit, "unit");
      this.convention = Objects.requireNonNull(convention, "convention");
      this.label = header(label, "label");
    }

    /** Check the taakveld codes against the catalogue of {@code year}; a year has four digits. */
    public Builder catalogueYear(int year) {
      if (year < 1000 || year > 9999) {
        throw new SociaalDomeinException("", Optional.of(Integer.toString(year)), "a catalogue year has four digits");
      }
      catalogueYear = OptionalInt.of(year);
      return this;
    }

    /** The column headed {@code header} names the group (programme, taakveld) of each row. */
    public Builder group(String header) {
      group = Optional.of(header(header, "group"));
      return this;
    }

    /** The column headed {@code header} says what kind of line each row is (lasten, baten, ...). */
    public Builder kind(String header) {
      kind = Optional.of(header(header, "kind"));
      return this;
    }

    /** The column headed {@code header} holds each row's taakveld code. */
    public Builder taakveld(String header) {
      taakveld = Optional.of(header(header, "taakveld"));
      return this;
    }

    /** The column headed {@code header} holds each row's own number or code, which problems then name. */
    public Builder row(String header) {
      row = Optional.of(header(header, "row"));
      return this;
    }

    /** Rows whose label starts with {@code prefix} ("Totaal"), case ignored, are totals. */
    public Builder totals(String prefix) {
      totals = Optional.of(header(prefix, "totals"));
      return this;
    }

    /** The table is on the sheet {@code name} of a workbook (the first sheet otherwise). */
    public Builder sheet(String name) {
      sheet = Optional.of(header(name, "sheet"));
      return this;
    }

    /** The range of a workbook the table is in, such as {@code B3:F20}. */
    public Builder range(String cells) {
      CellRange.parse(cells);
      range = Optional.of(cells.trim());
      return this;
    }

    /** The statement prints negative figures in {@code style}. */
    public Builder minus(MinusStyle style) {
      minus = Optional.of(Objects.requireNonNull(style, "style"));
      return this;
    }

    /** The column headed {@code header} holds figures of {@code column}, of the row's kind. */
    public Builder figure(String header, Column column) {
      return figure(header, column, Optional.empty());
    }

    /** The column headed {@code header} holds figures of {@code column}, all lines of {@code kind}. */
    public Builder figure(String header, Column column, LineKind kind) {
      return figure(header, column, Optional.of(kind));
    }

    /**
     * The column headed {@code header} holds figures of {@code column}, of {@code kind} when given,
     * else of the row's kind.
     */
    public Builder figure(String header, Column column, Optional<LineKind> kind) {
      figures.add(new FigureColumn(header, column, kind));
      return this;
    }

    /**
     * The mapping; throws when it cannot make a statement: no figure column, a header mapped
     * twice, a figure column without a kind and no kind column, a statement column mapped
     * twice for one kind, or two statement columns of one label that differ.
     */
    public ColumnMapping build() {
      if (figures.isEmpty()) {
        throw new SociaalDomeinException("A column mapping needs at least one figure column");
      }
      List<String> seen = new ArrayList<>();
      List<String> headers = new ArrayList<>();
      row.ifPresent(headers::add);
      group.ifPresent(headers::add);
      kind.ifPresent(headers::add);
      headers.add(label);
      taakveld.ifPresent(headers::add);
      figures.forEach(f -> headers.add(f.header()));
      for (String h : headers) {
        String key = h.trim().toLowerCase(Locale.ROOT);
        if (seen.contains(key)) {
          throw new SociaalDomeinException("", Optional.of(h), "this header is mapped twice");
        }
        seen.add(key);
      }
      Map<String, Column> columns = new LinkedHashMap<>();
      List<String> columnKinds = new ArrayList<>();
      for (FigureColumn f : figures) {
        if (f.kind().isEmpty() && kind.isEmpty()) {
          throw new SociaalDomeinException("", Optional.of(f.header()),
              "a figure column without a kind needs a kind column to take the kind of each row from");
        }
        Column previous = columns.putIfAbsent(f.column().label(), f.column());
        if (previous != null && !previous.equals(f.column())) {
          throw new SociaalDomeinException("", Optional.of(f.column().label()),
              "two figure columns give this statement column different roles");
        }
        String columnKind = f.column().label() + "/" + f.kind().map(LineKind::name).orElse("*");
        if (columnKinds.contains(columnKind)) {
          throw new SociaalDomeinException("", Optional.of(f.header()),
              "a second figure column for statement column " + SociaalDomeinException.quote(f.column().label())
                  + f.kind().map(k -> " and kind " + k.dutchName()).orElse(""));
        }
        columnKinds.add(columnKind);
      }
      return new ColumnMapping(this);
    }

    private static String header(String text, String what) {
      Objects.requireNonNull(text, what);
      if (text.isBlank()) {
        throw new SociaalDomeinException("The " + what + " of a column mapping cannot be blank");
      }
      return text.trim();
    }
  }
}
