package nl.sociaaldomein.io.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.io.json.SociaalDomeinJson;
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
 * Statements as JSON, losslessly: figures are decimal strings as printed in the statement's
 * convention, with their printed decimals. Errors name the source and the JSON path.
 */
public final class StatementJson {

  private static final ObjectMapper MAPPER = SociaalDomeinJson.mapper();

  private StatementJson() {}

  public static String write(Statement statement) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("name", statement.name());
    root.put("unit", statement.unit().name());
    root.put("convention", statement.convention().name());
    statement.catalogueYear().ifPresent(y -> root.put("catalogueYear", y));
    ArrayNode columns = root.putArray("columns");
    for (Column c : statement.columns()) {
      ObjectNode column = columns.addObject().put("label", c.label()).put("role", c.role().name());
      c.variance().ifPresent(v -> column.putObject("variance")
          .put("budgetColumn", v.budgetColumn())
          .put("actualColumn", v.actualColumn())
          .put("favourablePositive", v.favourablePositive()));
    }
    ArrayNode groups = root.putArray("groups");
    for (Group g : statement.groups()) {
      ObjectNode group = groups.addObject().put("name", g.name()).put("kind", g.kind().name());
      g.taakveld().ifPresent(t -> group.put("taakveld", t));
      ArrayNode lines = group.putArray("lines");
      for (Line l : g.lines()) {
        ObjectNode line = lines.addObject().put("kind", l.kind().name()).put("label", l.label());
        l.taakveld().ifPresent(t -> line.put("taakveld", t));
      }
    }
    ArrayNode cells = root.putArray("cells");
    for (Place place : statement.lines()) {
      writeCells(statement, place, cells);
    }
    for (Place place : statement.derivedPlaces()) {
      writeCells(statement, place, cells);
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writeCells(Statement statement, Place place, ArrayNode cells) {
    for (Column c : statement.columns()) {
      Optional<PrintedFigure> printed = statement.printed(new Cell(place, c.label()));
      if (printed.isEmpty()) {
        continue;
      }
      ObjectNode cell = cells.addObject().put("row", StatementCsv.rowType(place));
      if (place instanceof Place.Line) {
        Place.Line line = (Place.Line) place;
        cell.put("group", line.group()).put("kind", line.kind().name()).put("label", line.label());
      } else if (place instanceof Place.GroupResult) {
        cell.put("group", ((Place.GroupResult) place).group());
      } else if (place instanceof Place.GroupReserves) {
        cell.put("group", ((Place.GroupReserves) place).group());
      } else if (place instanceof Place.KindTotal) {
        cell.put("kind", ((Place.KindTotal) place).kind().name());
      }
      cell.put("column", c.label()).put("printed", printed.get().printedValue().toPlainString());
    }
  }

  /** Reads a statement; {@code source} names it in error messages. */
  public static Statement read(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": not JSON: " + e.getOriginalMessage());
    }
    Reader r = new Reader(source);
    EuroUnit unit = r.enumValue(root, "$", "unit", EuroUnit.class);
    Statement.Builder b = Statement.builder(r.text(root, "$", "name"), unit,
        r.enumValue(root, "$", "convention", SignConvention.class));
    if (root.hasNonNull("catalogueYear")) {
      b.catalogueYear(root.get("catalogueYear").asInt());
    }
    JsonNode columns = r.array(root, "$", "columns");
    for (int i = 0; i < columns.size(); i++) {
      String at = "$.columns[" + i + "]";
      JsonNode c = columns.get(i);
      ColumnRole role = r.enumValue(c, at, "role", ColumnRole.class);
      String label = r.text(c, at, "label");
      r.attempt(at, () -> {
        if (role == ColumnRole.VARIANCE) {
          JsonNode v = c.path("variance");
          b.column(Column.variance(label, new Variance(r.text(v, at + ".variance", "budgetColumn"),
              r.text(v, at + ".variance", "actualColumn"), v.path("favourablePositive").asBoolean())), at);
        } else {
          b.column(Column.of(label, role), at);
        }
      });
    }
    JsonNode groups = r.array(root, "$", "groups");
    for (int i = 0; i < groups.size(); i++) {
      String at = "$.groups[" + i + "]";
      JsonNode g = groups.get(i);
      String name = r.text(g, at, "name");
      GroupKind kind = r.enumValue(g, at, "kind", GroupKind.class);
      r.attempt(at, () -> b.group(name, kind, g.hasNonNull("taakveld") ? g.get("taakveld").asText() : null, at));
      JsonNode lines = r.array(g, at, "lines");
      for (int j = 0; j < lines.size(); j++) {
        String lineAt = at + ".lines[" + j + "]";
        JsonNode l = lines.get(j);
        LineKind lineKind = r.enumValue(l, lineAt, "kind", LineKind.class);
        String label = r.text(l, lineAt, "label");
        r.attempt(lineAt, () -> b.line(name, lineKind, label,
            l.hasNonNull("taakveld") ? l.get("taakveld").asText() : null, lineAt));
      }
    }
    JsonNode cells = r.array(root, "$", "cells");
    for (int i = 0; i < cells.size(); i++) {
      String at = "$.cells[" + i + "]";
      JsonNode c = cells.get(i);
      Place place = r.place(c, at);
      String column = r.text(c, at, "column");
      BigDecimal printed = r.decimal(c, at, "printed");
      r.attempt(at, () -> b.cell(place, column, PrintedFigure.of(printed, unit), at));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /** Reads fields and names the JSON path of anything wrong. */
  private static final class Reader {
    private final String source;

    Reader(String source) {
      this.source = source;
    }

    IllegalArgumentException error(String path, String reason) {
      return new IllegalArgumentException(source + ", " + path + ": " + reason);
    }

    void attempt(String path, Runnable action) {
      try {
        action.run();
      } catch (IllegalArgumentException e) {
        throw error(path, e.getMessage());
      }
    }

    String text(JsonNode node, String path, String field) {
      JsonNode value = node.get(field);
      if (value == null || !value.isTextual()) {
        throw error(path + "." + field, "expected a string, found " + (value == null ? "nothing" : value.toString()));
      }
      return value.asText();
    }

    <E extends Enum<E>> E enumValue(JsonNode node, String path, String field, Class<E> type) {
      String text = text(node, path, field);
      try {
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error(path + "." + field, "\"" + text + "\" is not a " + type.getSimpleName());
      }
    }

    JsonNode array(JsonNode node, String path, String field) {
      JsonNode value = node.get(field);
      if (value == null || !value.isArray()) {
        throw error(path + "." + field, "expected an array");
      }
      return value;
    }

    BigDecimal decimal(JsonNode node, String path, String field) {
      String text = text(node, path, field);
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw error(path + "." + field, "\"" + text + "\" is not a decimal number");
      }
    }

    Place place(JsonNode c, String at) {
      String row = text(c, at, "row");
      switch (row) {
        case "line":
          return new Place.Line(text(c, at, "group"), enumValue(c, at, "kind", LineKind.class), text(c, at, "label"));
        case "group-total":
          return new Place.GroupResult(text(c, at, "group"));
        case "group-reserves":
          return new Place.GroupReserves(text(c, at, "group"));
        case "total":
          return new Place.KindTotal(enumValue(c, at, "kind", LineKind.class));
        case "result":
          return new Place.ResultBeforeReserves();
        case "reserves":
          return new Place.ReserveTotal();
        case "result-after":
          return new Place.ResultAfterReserves();
        default:
          throw error(at + ".row", "unknown row \"" + row + "\"");
      }
    }
  }
}
