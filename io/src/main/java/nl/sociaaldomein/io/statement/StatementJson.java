// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.TextOutput;
import nl.sociaaldomein.io.JsonBinding;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.MinusStyle;
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
 * Statements as JSON, losslessly: figures are decimal strings as printed in the statement's
 * convention, with their printed decimals. See {@code docs/formats.md}.
 *
 * <p>Jackson binds the document: each entry of {@code columns}, {@code groups}, their
 * {@code lines} and {@code cells} to a record of its own, so a bad entry is a {@link Problem} at
 * its JSON path ({@code $.cells[4].printed}) and the others are still read, as the reader
 * contract of this library asks ({@link ReadResult}, {@link ReadMode#STRICT} to stop at the
 * first). Bad top-level fields ({@code unit}, {@code convention}) leave no statement to build.
 * To embed statements in other documents, register {@link StatementJsonModule}.
 */
public final class StatementJson {

  private static final ObjectMapper MAPPER = JsonBinding.mapper();

  private StatementJson() {}

  /** The statement as indented JSON text. */
  public static String toJson(Statement statement) {
    try {
      return MAPPER.writeValueAsString(toTree(statement));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a JSON tree", e);
    }
  }

  /** Writes {@code statement} to {@code file} as UTF-8 JSON. */
  public static void write(Statement statement, Path file) {
    TextOutput.write(toJson(statement), file);
  }

  /** Writes {@code statement} to {@code out}, which stays open. */
  public static void write(Statement statement, Writer out) {
    TextOutput.write(toJson(statement), out, "statement " + statement.name());
  }

  /** Reads the statement in {@code file}, leniently. */
  public static ReadResult<Statement> read(Path file) {
    return read(file, ReadMode.LENIENT);
  }

  /** Reads the statement in {@code file} in {@code mode}. */
  public static ReadResult<Statement> read(Path file, ReadMode mode) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString(), mode);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Reads a statement from {@code in}, leniently; {@code source} names it in problems. */
  public static ReadResult<Statement> read(Reader in, String source) {
    return read(in, source, ReadMode.LENIENT);
  }

  /** Reads a statement from {@code in} in {@code mode}; {@code source} names it in problems. */
  public static ReadResult<Statement> read(Reader in, String source, ReadMode mode) {
    ProblemLog log = new ProblemLog(source, mode);
    return log.result(JsonBinding.readTree(MAPPER, in, log).flatMap(root -> new Read(log).statement(root)));
  }

  /** Reads a statement from a JSON tree, as {@link StatementJsonModule} does for embedded ones. */
  static ReadResult<Statement> fromTree(JsonNode root, String source, ReadMode mode) {
    ProblemLog log = new ProblemLog(source, mode);
    return log.result(new Read(log).statement(root));
  }

  static JsonNode toTree(Statement statement) {
    List<ColumnDocument> columns = new ArrayList<>();
    for (Column c : statement.columns()) {
      columns.add(new ColumnDocument(c.label(), c.role().name(), c.variance()
          .map(v -> new VarianceDocument(v.budgetColumn().orElse(null), v.actualColumn().orElse(null), v.notation().code()))
          .orElse(null)));
    }
    List<GroupDocument> groups = new ArrayList<>();
    for (Group g : statement.groups()) {
      List<JsonNode> lines = new ArrayList<>();
      for (GroupLine l : g.lines()) {
        lines.add(MAPPER.valueToTree(new LineDocument(l.kind().name(), l.label(), code(l.taakveld()))));
      }
      groups.add(new GroupDocument(g.name(), g.kind().name(), code(g.taakveld()), lines));
    }
    List<CellDocument> cells = new ArrayList<>();
    List<Place> places = new ArrayList<>(statement.lines());
    places.addAll(statement.derivedPlaces());
    for (Place place : places) {
      for (Column c : statement.columns()) {
        statement.printed(new Cell(place, c.label())).ifPresent(printed -> cells.add(new CellDocument(
            StatementCsv.rowType(place.type()), place.groupName().orElse(null),
            place.lineKind().map(LineKind::name).orElse(null),
            place.asLine().map(Place.Line::label).or(() -> statement.label(new Cell(place, c.label()))).orElse(null),
            c.label(), printed.printedValue().toPlainString())));
      }
    }
    return MAPPER.valueToTree(new StatementDocument(statement.name(), statement.unit().name(),
        statement.convention().name(), statement.catalogueYear().isPresent() ? statement.catalogueYear().getAsInt() : null,
        statement.minusStyle() == MinusStyle.LEADING ? null : statement.minusStyle().name(),
        nodes(columns), nodes(groups), nodes(cells)));
  }

  private static List<JsonNode> nodes(List<?> documents) {
    return documents.stream().map(d -> (JsonNode) MAPPER.valueToTree(d)).toList();
  }

  private static String code(Optional<TaakveldCode> taakveld) {
    return taakveld.map(TaakveldCode::toString).orElse(null);
  }

  // The documents Jackson binds. Absent fields are null here, inside the reader only; each is
  // checked where it is required.

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "unit", "convention", "catalogueYear", "minusStyle", "columns", "groups", "cells"})
  record StatementDocument(String name, String unit, String convention, Integer catalogueYear, String minusStyle,
      List<JsonNode> columns, List<JsonNode> groups, List<JsonNode> cells) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"label", "role", "variance"})
  record ColumnDocument(String label, String role, VarianceDocument variance) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"budgetColumn", "actualColumn", "notation"})
  record VarianceDocument(String budgetColumn, String actualColumn, String notation) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "kind", "taakveld", "lines"})
  record GroupDocument(String name, String kind, String taakveld, List<JsonNode> lines) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"kind", "label", "taakveld"})
  record LineDocument(String kind, String label, String taakveld) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"row", "group", "kind", "label", "column", "printed"})
  record CellDocument(String row, String group, String kind, String label, String column, String printed) {}

  /** One read: binds the entries and hands them to a statement builder, each problem at its path. */
  private static final class Read {
    private final ProblemLog log;

    Read(ProblemLog log) {
      this.log = log;
    }

    private <T> Optional<T> bind(JsonNode node, String path, Class<T> type) {
      return JsonBinding.bind(MAPPER, node, type, path, log);
    }

    Optional<Statement> statement(JsonNode root) {
      Optional<StatementDocument> doc = bind(root, "$", StatementDocument.class);
      if (doc.isEmpty()) {
        notRead(list(root, "columns"), list(root, "groups"), list(root, "cells"));
        return Optional.empty();
      }
      StatementDocument d = doc.get();
      Optional<String> name = required(d.name(), "$.name");
      Optional<EuroUnit> unit = enumValue(d.unit(), "$.unit", EuroUnit.class);
      Optional<SignConvention> convention = enumValue(d.convention(), "$.convention", SignConvention.class);
      Optional<List<JsonNode>> columns = required(d.columns(), "$.columns");
      Optional<List<JsonNode>> groups = required(d.groups(), "$.groups");
      Optional<List<JsonNode>> cells = required(d.cells(), "$.cells");
      Optional<Statement.Builder> builder = name.isEmpty() || unit.isEmpty() || convention.isEmpty()
          ? Optional.empty() : Optional.of(Statement.builder(name.get(), unit.get(), convention.get()));
      boolean yearTaken = builder.isEmpty() || d.catalogueYear() == null
          || attempt("$.catalogueYear", Optional.of(d.catalogueYear().toString()),
              () -> builder.get().catalogueYear(d.catalogueYear()));
      if (builder.isEmpty() || !yearTaken || columns.isEmpty() || groups.isEmpty() || cells.isEmpty()) {
        notRead(columns, groups, cells);
        return Optional.empty();
      }
      Statement.Builder b = builder.get();
      if (d.minusStyle() != null) {
        enumValue(d.minusStyle(), "$.minusStyle", MinusStyle.class).ifPresent(b::minusStyle);
      }
      entries(columns.get(), "$.columns", (node, at) -> column(b, node, at));
      groups(b, groups.get());
      entries(cells.get(), "$.cells", (node, at) -> cell(b, unit.get(), node, at));
      try {
        return Optional.of(b.build());
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(Location.atPath(log.source(), "$.columns"), StatementCsv.why(e)), e);
        return Optional.empty();
      }
    }

    private void entries(List<JsonNode> nodes, String path, JsonBinding.EntryReader entry) {
      JsonBinding.entries(nodes, path, log, entry);
    }

    /** Without the statement's own fields no entry can be read; each is rejected, none is lost. */
    private void notRead(Optional<List<JsonNode>> columns, Optional<List<JsonNode>> groups,
        Optional<List<JsonNode>> cells) {
      columns.ifPresent(list -> notRead(list, "$.columns"));
      groups.ifPresent(list -> {
        for (int i = 0; i < list.size(); i++) {
          String at = "$.groups[" + i + "]";
          notRead(at);
          list(list.get(i), "lines").ifPresent(lines -> notRead(lines, at + ".lines"));
        }
      });
      cells.ifPresent(list -> notRead(list, "$.cells"));
    }

    /** The entries of the array {@code field} of {@code node}, when it has one. */
    private static Optional<List<JsonNode>> list(JsonNode node, String field) {
      JsonNode array = node == null ? null : node.get(field);
      if (array == null || !array.isArray()) {
        return Optional.empty();
      }
      List<JsonNode> entries = new ArrayList<>();
      array.forEach(entries::add);
      return Optional.of(entries);
    }

    /** Rejects every entry of {@code nodes}, which cannot be read without the document's own fields. */
    private void notRead(List<JsonNode> nodes, String path) {
      for (int i = 0; i < nodes.size(); i++) {
        notRead(path + "[" + i + "]");
      }
    }

    private void notRead(String path) {
      log.reject(Problem.of(Location.atPath(log.source(), path),
          "not read: the statement's name, unit, convention or catalogue year is wrong"));
    }

    private void count(boolean taken) {
      if (taken) {
        log.accept();
      } else {
        log.reject();
      }
    }

    private void column(Statement.Builder b, JsonNode node, String at) {
      bind(node, at, ColumnDocument.class).ifPresent(c -> {
        Optional<String> label = required(c.label(), at + ".label");
        Optional<ColumnRole> role = enumValue(c.role(), at + ".role", ColumnRole.class);
        if (label.isEmpty() || role.isEmpty()) {
          return;
        }
        if (role.get() != ColumnRole.VARIANCE) {
          attempt(at, () -> b.column(Column.of(label.get(), role.get()), at));
          return;
        }
        Optional<VarianceDocument> v = required(c.variance(), at + ".variance");
        Optional<String> notation = v.flatMap(x -> required(x.notation(), at + ".variance.notation"));
        if (notation.isPresent()) {
          attempt(at + ".variance", () -> b.column(Column.variance(label.get(), new Variance(
              Optional.ofNullable(v.get().budgetColumn()), Optional.ofNullable(v.get().actualColumn()),
              VarianceNotation.ofCode(notation.get()))), at));
        }
      });
    }

    /**
     * A group is a row, and each of its lines a row of its own: a line of a rejected group is
     * rejected with it, never dropped.
     */
    private void groups(Statement.Builder b, List<JsonNode> nodes) {
      for (int i = 0; i < nodes.size(); i++) {
        String at = "$.groups[" + i + "]";
        long before = log.problemCount();
        Optional<GroupDocument> g = bind(nodes.get(i), at, GroupDocument.class);
        Optional<String> name = g.flatMap(x -> required(x.name(), at + ".name"));
        Optional<GroupKind> kind = g.flatMap(x -> enumValue(x.kind(), at + ".kind", GroupKind.class));
        Optional<Optional<TaakveldCode>> taakveld = g.flatMap(x -> taakveld(x.taakveld(), at + ".taakveld"));
        Optional<List<JsonNode>> lines = g.flatMap(x -> required(x.lines(), at + ".lines"));
        if (log.problemCount() == before) {
          attempt(at, () -> b.group(name.get(), kind.get(), taakveld.get(), at));
        }
        boolean taken = log.problemCount() == before;
        count(taken);
        List<JsonNode> list = lines.orElse(List.of());
        for (int j = 0; j < list.size(); j++) {
          String lineAt = at + ".lines[" + j + "]";
          if (!taken) {
            log.add(Problem.of(Location.atPath(log.source(), lineAt), "not read: its group is rejected"));
            log.reject();
            continue;
          }
          long lineBefore = log.problemCount();
          line(b, name.get(), list.get(j), lineAt);
          count(log.problemCount() == lineBefore);
        }
      }
    }

    private void line(Statement.Builder b, String group, JsonNode node, String at) {
      bind(node, at, LineDocument.class).ifPresent(l -> {
        Optional<LineKind> kind = enumValue(l.kind(), at + ".kind", LineKind.class);
        Optional<String> label = required(l.label(), at + ".label");
        Optional<Optional<TaakveldCode>> taakveld = taakveld(l.taakveld(), at + ".taakveld");
        if (kind.isPresent() && label.isPresent() && taakveld.isPresent()) {
          attempt(at, () -> b.line(group, kind.get(), label.get(), taakveld.get(), at));
        }
      });
    }

    private void cell(Statement.Builder b, EuroUnit unit, JsonNode node, String at) {
      bind(node, at, CellDocument.class).ifPresent(c -> {
        Optional<Place.Type> type = required(c.row(), at + ".row").flatMap(row -> {
          Optional<Place.Type> t = StatementCsv.rowType(row);
          if (t.isEmpty()) {
            log.add(Problem.of(Location.atPath(log.source(), at + ".row"), row,
                "unknown row; expected " + StatementCsv.rowTypes().replace("group, ", "")));
          }
          return t;
        });
        Optional<String> column = required(c.column(), at + ".column");
        Optional<BigDecimal> printed = required(c.printed(), at + ".printed").flatMap(p -> decimal(p, at + ".printed"));
        Optional<LineKind> kind = c.kind() == null ? Optional.empty() : enumValue(c.kind(), at + ".kind", LineKind.class);
        if (type.isEmpty() || column.isEmpty() || printed.isEmpty() || (c.kind() != null && kind.isEmpty())) {
          return;
        }
        attempt(at, () -> b.cells(Place.of(type.get(), Optional.ofNullable(c.group()), kind, Optional.ofNullable(c.label())),
            Optional.ofNullable(c.label()), Map.of(column.get(), PrintedFigure.of(printed.get(), unit)), Map.of(), at));
      });
    }

    /** Runs a builder step; a refusal is a problem at {@code at}. */
    private boolean attempt(String at, Runnable step) {
      return attempt(at, Optional.empty(), step);
    }

    /** Runs a builder step on {@code what}; a refusal is a problem at {@code at} naming it. */
    private boolean attempt(String at, Optional<String> what, Runnable step) {
      try {
        step.run();
        return true;
      } catch (IllegalArgumentException e) {
        log.add(new Problem(Location.atPath(log.source(), at), what, StatementCsv.why(e)), e);
        return false;
      }
    }

    private <T> Optional<T> required(T value, String path) {
      return JsonBinding.required(value, path, log);
    }

    private <E extends Enum<E>> Optional<E> enumValue(String text, String path, Class<E> type) {
      return JsonBinding.enumValue(text, path, type, log);
    }

    private Optional<Optional<TaakveldCode>> taakveld(String text, String path) {
      if (text == null) {
        return Optional.of(Optional.empty());
      }
      try {
        return Optional.of(Optional.of(TaakveldCode.parse(text)));
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(Location.atPath(log.source(), path), text, StatementCsv.why(e)), e);
        return Optional.empty();
      }
    }

    private Optional<BigDecimal> decimal(String text, String path) {
      try {
        return Optional.of(CsvDialect.parsePlainDecimal(text));
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(Location.atPath(log.source(), path), text, StatementCsv.why(e)), e);
        return Optional.empty();
      }
    }
  }
}
