// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.MinusStyle;
import nl.sociaaldomein.notation.Reading;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * The reading both column-mapped forms share, CSV and workbook: finds the mapped columns in a
 * header, turns each row into declarations and cells of a statement, a row whole or not at all,
 * and reports every bad cell at its place. The form hands over cells and places; this class
 * knows nothing of files.
 */
final class MappedRows {

  /** A cell as the form read it: text, a number (from a workbook), or an error value of a formula. */
  record RawCell(Kind kind, String text, Optional<BigDecimal> number, Location where) {
    enum Kind { TEXT, NUMBER, ERROR }

    RawCell {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(where, "where");
    }

    static RawCell text(String text, Location where) {
      return new RawCell(Kind.TEXT, text, Optional.empty(), where);
    }

    boolean isBlank() {
      return kind == Kind.TEXT && text.isBlank();
    }
  }

  private final ColumnMapping mapping;
  private final ProblemLog log;
  /** How figures written as text are read: Dutch notation, or plain decimals in a plain CSV. */
  private final CsvDialect textFigures;
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private Statement.Builder builder;
  /**
   * A new builder with the header's columns, and what every accepted row did to the builder, so
   * that a row the statement refuses halfway (a cell after its line was declared) is undone by
   * building again without it: a rejected row leaves nothing behind.
   */
  private java.util.function.Supplier<Statement.Builder> fresh;
  private final List<java.util.function.Consumer<Statement.Builder>> accepted = new ArrayList<>();
  private final List<java.util.function.Consumer<Statement.Builder>> pending = new ArrayList<>();
  private final List<Runnable> undo = new ArrayList<>();
  private Optional<MinusStyle> minusStyle;
  private final Set<String> groups = new HashSet<>();
  /** Groups declared by their first line, whose taakveld that line gave. */
  private final Map<String, Optional<TaakveldCode>> implicitGroups = new LinkedHashMap<>();
  private final Set<Place.Line> lines = new HashSet<>();

  MappedRows(ColumnMapping mapping, ProblemLog log, CsvDialect textFigures) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.log = Objects.requireNonNull(log, "log");
    this.textFigures = Objects.requireNonNull(textFigures, "textFigures");
    this.minusStyle = mapping.minus();
  }

  /** Whether {@code texts} (by column index) hold the label column's header: the table's header row. */
  boolean isHeader(IntFunction<Optional<String>> texts, int width) {
    for (int i = 0; i < width; i++) {
      if (texts.apply(i).map(t -> t.trim().equalsIgnoreCase(mapping.label())).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds every mapped header among {@code texts} (by column index, up to {@code width}); a
   * header missing or given twice is a problem at {@code where}, and then nothing can be read.
   */
  boolean header(IntFunction<Optional<String>> texts, int width, Location where) {
    Map<String, Integer> found = new LinkedHashMap<>();
    for (int i = 0; i < width; i++) {
      Optional<String> t = texts.apply(i).map(x -> x.trim().toLowerCase(Locale.ROOT)).filter(x -> !x.isEmpty());
      if (t.isPresent() && found.putIfAbsent(t.get(), i) != null && mapping.headers().stream()
          .anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(t.get()))) {
        log.add(Problem.of(where, texts.apply(i).orElseThrow().trim(), "this header is in the table twice;"
            + " which column to read cannot be told"));
        return false;
      }
    }
    List<String> missing = new ArrayList<>();
    for (String h : mapping.headers()) {
      Integer index = found.get(h.toLowerCase(Locale.ROOT));
      if (index == null) {
        missing.add(h);
      } else {
        columns.put(h, index);
      }
    }
    if (!missing.isEmpty()) {
      log.add(Problem.of(where, "the header has no column " + String.join(", ", missing.stream()
          .map(SociaalDomeinException::quote).toList()) + "; the mapping reads " + String.join(", ",
          mapping.headers().stream().map(SociaalDomeinException::quote).toList()) + " (case ignored, in any order)"));
      return false;
    }
    String origin = where.withinSource().isEmpty() ? "the header" : where.withinSource();
    fresh = () -> {
      Statement.Builder b = Statement.builder(mapping.name(), mapping.unit(), mapping.convention());
      mapping.catalogueYear().ifPresent(b::catalogueYear);
      for (Column c : mapping.columns()) {
        b.column(c, origin);
      }
      return b;
    };
    builder = fresh.get();
    return true;
  }

  /** The column index of the mapped header {@code header}. */
  int index(String header) {
    return columns.get(header);
  }

  /** The indices of the mapped columns, in the order of {@link ColumnMapping#headers()}. */
  List<Integer> indices() {
    return List.copyOf(columns.values());
  }

  /**
   * Reads one row, whose cells {@code cells} gives by column index; {@code where} names the row,
   * {@code origin} names it to the statement builder. Returns false for a row whose mapped cells
   * are all blank, which is no row.
   */
  boolean row(IntFunction<RawCell> cells, Location where, String origin) {
    Map<String, RawCell> row = new LinkedHashMap<>();
    for (String h : mapping.headers()) {
      row.put(h, cells.apply(index(h)));
    }
    if (row.values().stream().allMatch(RawCell::isBlank)) {
      return false;
    }
    long before = log.problemCount();
    pending.clear();
    undo.clear();
    try {
      read(row, where, origin);
    } catch (ReadException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      Optional<String> what = e instanceof SociaalDomeinException ? ((SociaalDomeinException) e).what() : Optional.empty();
      log.add(new Problem(where, what, Problem.reasonOf(e)), e);
    }
    if (log.problemCount() > before) {
      if (!pending.isEmpty()) {
        builder = fresh.get();
        accepted.forEach(a -> a.accept(builder));
        undo.forEach(Runnable::run);
      }
      log.reject();
    } else {
      accepted.addAll(pending);
      log.accept();
    }
    return true;
  }

  /** Does {@code action} to the builder now, and again if the builder is made anew. */
  private void build(java.util.function.Consumer<Statement.Builder> action) {
    pending.add(action);
    action.accept(builder);
  }

  private void read(Map<String, RawCell> row, Location where, String origin) {
    String label = text(row, Optional.of(mapping.label()));
    Optional<String> type = mapping.row().map(h -> text(row, Optional.of(h)).toLowerCase(Locale.ROOT));
    if (type.isPresent() && type.get().equals("group")) {
      groupRow(row, label, origin);
      return;
    }
    Optional<Place.Type> derived = Optional.empty();
    if (type.isPresent() && !type.get().isEmpty() && !type.get().equals("line")) {
      derived = StatementCsv.rowType(type.get());
      if (derived.isEmpty()) {
        problem(row.get(mapping.row().orElseThrow()), "unknown row type; expected blank (a line) or "
            + StatementCsv.rowTypes());
        return;
      }
    } else if (type.isEmpty() && mapping.totals().isPresent()
        && label.toLowerCase(Locale.ROOT).startsWith(mapping.totals().get().toLowerCase(Locale.ROOT))) {
      derived = Optional.of(Place.Type.RESULT_BEFORE_RESERVES);
    }
    Optional<Optional<LineKind>> rowKind = rowKind(row, derived.isEmpty());
    Optional<Optional<TaakveldCode>> taakveld = taakveld(row);
    Map<Optional<LineKind>, Figures> byKind = figures(row, rowKind.orElse(Optional.empty()));
    if (rowKind.isEmpty() || taakveld.isEmpty() || byKind == null) {
      return;
    }
    String group = mapping.group().map(h -> text(row, Optional.of(h))).orElse(label);
    if (derived.isPresent()) {
      derivedRow(derived.get(), type.isPresent(), group, label, byKind, origin);
      return;
    }
    if (group.isEmpty()) {
      problem(row.get(mapping.group().orElse(mapping.label())), "a line needs a " + (mapping.group().isPresent()
          ? "group" : "label"));
      return;
    }
    if (mapping.group().isPresent() && label.isEmpty()) {
      problem(row.get(mapping.label()), "a line needs a label");
      return;
    }
    Map<Place.Line, Figures> declared = new LinkedHashMap<>();
    for (Map.Entry<Optional<LineKind>, Figures> e : byKind.entrySet()) {
      LineKind kind = e.getKey().orElseThrow();
      // A column of one kind declares its line only where it prints a figure: a taakveld without
      // baten has no baten line. The row's own kind declares its line always.
      if (e.getValue().cells.isEmpty() && !e.getKey().equals(rowKind.get())) {
        continue;
      }
      Place.Line line = new Place.Line(group, kind, mapping.group().isPresent() ? label : capitalised(kind.dutchName()));
      if (lines.contains(line)) {
        log.add(Problem.of(where, line.label(), "a second row for " + line + "; give each line once"));
        return;
      }
      declared.put(line, e.getValue());
    }
    if (!groups.contains(group)) {
      GroupKind kind = taakveld.get().isPresent() ? GroupKind.TAAKVELD : GroupKind.OTHER;
      Optional<TaakveldCode> code = taakveld.get();
      groups.add(group);
      implicitGroups.put(group, code);
      undo.add(() -> {
        groups.remove(group);
        implicitGroups.remove(group);
      });
      build(b -> b.group(group, kind, code, origin));
    }
    // A line of a group its first line declared is booked on the group's taakveld unless it names another.
    Optional<TaakveldCode> lineCode = implicitGroups.containsKey(group) && taakveld.get().equals(implicitGroups.get(group))
        ? Optional.empty() : taakveld.get();
    for (Map.Entry<Place.Line, Figures> e : declared.entrySet()) {
      Place.Line line = e.getKey();
      Figures figures = e.getValue();
      lines.add(line);
      undo.add(() -> lines.remove(line));
      build(b -> b.line(group, line.kind(), line.label(), lineCode, origin));
      build(b -> b.cells(line, Optional.empty(), figures.cells, figures.letters, origin));
    }
  }

  private void derivedRow(Place.Type type, boolean typed, String group, String label,
      Map<Optional<LineKind>, Figures> byKind, String origin) {
    Optional<String> g = Optional.of(group).filter(x -> !x.isEmpty() && !(mapping.group().isEmpty() && x.equals(label)));
    List<Map.Entry<Place, Figures>> places = new ArrayList<>();
    for (Map.Entry<Optional<LineKind>, Figures> e : byKind.entrySet()) {
      if (e.getValue().cells.isEmpty()) {
        continue;
      }
      Place place;
      if (typed) {
        place = Place.of(type, g, e.getKey(), Optional.of(label));
      } else if (e.getKey().isPresent()) {
        place = g.isPresent() ? new Place.GroupKindTotal(g.get(), e.getKey().get()) : new Place.KindTotal(e.getKey().get());
      } else {
        place = g.isPresent() ? new Place.GroupResult(g.get()) : new Place.ResultBeforeReserves();
      }
      places.add(Map.entry(place, e.getValue()));
    }
    for (Map.Entry<Place, Figures> e : places) {
      Place place = e.getKey();
      Figures figures = e.getValue();
      build(b -> b.cells(place, Optional.of(label), figures.cells, figures.letters, origin));
    }
  }

  private void groupRow(Map<String, RawCell> row, String label, String origin) {
    String group = mapping.group().map(h -> text(row, Optional.of(h))).orElse(label);
    Optional<Optional<TaakveldCode>> taakveld = taakveld(row);
    Optional<GroupKind> kind = Optional.of(taakveld.flatMap(t -> t).isPresent() ? GroupKind.TAAKVELD : GroupKind.OTHER);
    if (mapping.kind().isPresent() && !text(row, mapping.kind()).isEmpty()) {
      String k = text(row, mapping.kind());
      try {
        kind = Optional.of(GroupKind.valueOf(k.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problem(row.get(mapping.kind().get()), "a group kind is taakveld, product, doelenboom or other");
        kind = Optional.empty();
      }
    }
    for (ColumnMapping.FigureColumn f : mapping.figures()) {
      if (!row.get(f.header()).isBlank()) {
        problem(row.get(f.header()), "a group row holds no figures; put them on its lines");
      }
    }
    if (group.isEmpty()) {
      problem(row.get(mapping.group().orElse(mapping.label())), "a group row needs the group's name");
      return;
    }
    if (kind.isEmpty() || taakveld.isEmpty() || mapping.figures().stream().anyMatch(f -> !row.get(f.header()).isBlank())) {
      return;
    }
    GroupKind groupKind = kind.get();
    Optional<TaakveldCode> code = taakveld.get();
    if (groups.add(group)) {
      undo.add(() -> groups.remove(group));
    }
    build(b -> b.group(group, groupKind, code, origin));
  }

  /** The kind of the row from its kind column: empty after a problem; a line needs one where its columns give none. */
  private Optional<Optional<LineKind>> rowKind(Map<String, RawCell> row, boolean line) {
    if (mapping.kind().isEmpty()) {
      return Optional.of(Optional.empty());
    }
    RawCell cell = row.get(mapping.kind().get());
    String text = cell.text().trim();
    if (text.isEmpty()) {
      if (line && mapping.figures().stream().anyMatch(f -> f.kind().isEmpty())) {
        problem(cell, "a line needs its kind: lasten, baten, storting, onttrekking, mutatie or saldo");
        return Optional.empty();
      }
      return Optional.of(Optional.empty());
    }
    try {
      return Optional.of(Optional.of(LineKind.ofDutchName(text)));
    } catch (IllegalArgumentException e) {
      problem(cell, Problem.reasonOf(e));
      return Optional.empty();
    }
  }

  private Optional<Optional<TaakveldCode>> taakveld(Map<String, RawCell> row) {
    if (mapping.taakveld().isEmpty()) {
      return Optional.of(Optional.empty());
    }
    RawCell cell = row.get(mapping.taakveld().get());
    if (cell.kind() == RawCell.Kind.NUMBER) {
      // A number cannot tell 0.10 (mutaties reserves) from 0.1 (bestuur): never guess the code.
      problem(cell, "a taakveld typed as a number; 0.10 and 0.1 are different taakvelden, so type the code as text");
      return Optional.empty();
    }
    String text = cell.text().trim();
    if (text.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    try {
      return Optional.of(Optional.of(TaakveldCode.parse(text)));
    } catch (IllegalArgumentException e) {
      problem(cell, Problem.reasonOf(e));
      return Optional.empty();
    }
  }

  /** The figures of one kind of line in a row. */
  private static final class Figures {
    final Map<String, PrintedFigure> cells = new LinkedHashMap<>();
    final Map<String, Direction> letters = new LinkedHashMap<>();
  }

  /** The row's figures by the kind they belong to (a figure column's own kind, else the row's); null after a problem. */
  private Map<Optional<LineKind>, Figures> figures(Map<String, RawCell> row, Optional<LineKind> rowKind) {
    Map<Optional<LineKind>, Figures> out = new LinkedHashMap<>();
    boolean bad = false;
    for (ColumnMapping.FigureColumn f : mapping.figures()) {
      Optional<LineKind> kind = f.kind().isPresent() ? f.kind() : rowKind;
      Figures figures = out.computeIfAbsent(kind, k -> new Figures());
      RawCell cell = row.get(f.header());
      try {
        Optional<Reading.Figure> figure = figure(cell);
        if (figure.isPresent()) {
          StatementCsv.requireLetterPlace(f.column(), cell.text().trim(), figure.get().direction().isPresent(),
              mapping.convention());
          figures.cells.put(f.column().label(), figure.get().figure());
          figure.get().direction().ifPresent(d -> figures.letters.put(f.column().label(), d));
          if (minusStyle.isEmpty() && figure.get().direction().isEmpty()
              && figure.get().figure().printedValue().signum() < 0 && cell.kind() == RawCell.Kind.TEXT) {
            minusStyle = Optional.of(figure.get().minusStyle());
          }
        }
      } catch (ReadException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        log.add(new Problem(cell.where(), Optional.of(cell.text()), Problem.reasonOf(e)), e);
        bad = true;
      }
    }
    return bad ? null : out;
  }

  private Optional<Reading.Figure> figure(RawCell cell) {
    return switch (cell.kind()) {
      case NUMBER -> Optional.of(new Reading.Figure(PrintedFigure.of(cell.number().orElseThrow(), mapping.unit()), false,
          Optional.empty(), Optional.empty(), MinusStyle.LEADING));
      case ERROR -> throw new SociaalDomeinException("", Optional.of(cell.text()),
          "the cell holds an error value, not a figure; mend the formula");
      case TEXT -> textFigures.readPrinted(cell.text(), mapping.unit());
    };
  }

  private void problem(RawCell cell, String why) {
    log.add(cell.text().isBlank() ? Problem.of(cell.where(), why) : Problem.of(cell.where(), cell.text().trim(), why));
  }

  private static String text(Map<String, RawCell> row, Optional<String> header) {
    if (header.isEmpty()) {
      return "";
    }
    RawCell cell = row.get(header.get());
    return cell.kind() == RawCell.Kind.NUMBER ? cell.number().orElseThrow().toPlainString() : cell.text().trim();
  }

  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /** The statement built from the rows read; empty, with the problem, when it does not build. */
  Optional<Statement> build(Location whole) {
    if (builder == null) {
      return Optional.empty();
    }
    try {
      minusStyle.ifPresent(builder::minusStyle);
      return Optional.of(builder.build());
    } catch (ReadException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      log.add(Problem.of(whole, Problem.reasonOf(e)), e);
      return Optional.empty();
    }
  }
}
