// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.text;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DirectionStyle;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.GroupLine;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.VarianceNotation;

/**
 * A statement as a plain-text table in Dutch notation, in reading order: each group with its
 * lines and totals, then the totals of the programme. Cells the document left out but that
 * follow from its lines are filled in and marked with {@code *}.
 */
public final class StatementText {

  /** How a derived cell the document did not print is rounded to the statement's unit for display. */
  public static final RoundingMode DISPLAY_ROUNDING = RoundingMode.HALF_UP;

  private StatementText() {}

  /**
   * A row of the table in reading order: a group's heading (no place) or a line, subtotal or
   * total with the label the document prints for it, indented within its group.
   */
  public record Row(String label, Optional<Place> place, boolean indented) {
    /** Rejects a missing component. */
    public Row {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(place, "place");
    }
  }

  /** The table, one row per line, columns right-aligned. */
  public static String format(Statement statement) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("x " + FigureFormat.of(statement.unit()).heading() + ", " + statement.convention());
    statement.columns().forEach(c -> header.add(c.label()));
    rows.add(header);
    for (Row r : layout(statement)) {
      String label = (r.indented() ? "  " : "") + r.label();
      rows.add(r.place().isEmpty() ? List.of(label) : row(statement, label, r.place().get()));
    }
    return TextTable.standard().format(rows);
  }

  /**
   * The rows of the table in reading order: each group with its lines and totals, then the
   * totals of the programme. Other renderings of a statement (the report module) lay it out alike.
   */
  public static List<Row> layout(Statement statement) {
    List<Row> rows = new ArrayList<>();
    for (Group g : statement.groups()) {
      rows.add(new Row(g.name(), Optional.empty(), false));
      for (GroupLine l : g.lines()) {
        if (!l.kind().isReserveMovement()) {
          rows.add(within(l.label(), l.place(g.name())));
        }
      }
      for (Place place : statement.derivedPlaces()) {
        if (place.type() == Place.Type.GROUP_KIND_TOTAL && place.groupName().orElseThrow().equals(g.name())) {
          rows.add(within(labelOf(statement, place, "Totaal " + place.lineKind().orElseThrow().dutchName()), place));
        }
      }
      if (g.hasResultLines()) {
        Place result = new Place.GroupResult(g.name());
        rows.add(within(labelOf(statement, result, "Totaal " + g.name()), result));
      }
      for (GroupLine l : g.lines()) {
        if (l.kind().isReserveMovement()) {
          rows.add(within(l.label(), l.place(g.name())));
        }
      }
      if (g.hasReserveLines()) {
        Place reserves = new Place.GroupReserves(g.name());
        rows.add(within(labelOf(statement, reserves, "Mutaties reserves " + g.name()), reserves));
      }
      Place after = new Place.GroupAfterReserves(g.name());
      if (statement.derivedPlaces().contains(after)) {
        rows.add(within(labelOf(statement, after, "Saldo na mutaties reserves " + g.name()), after));
      }
    }
    for (Place place : statement.derivedPlaces()) {
      programmeLabel(place).ifPresent(
          label -> rows.add(new Row(labelOf(statement, place, label), Optional.of(place), false)));
    }
    return List.copyOf(rows);
  }

  private static Row within(String label, Place place) {
    return new Row(label, Optional.of(place), true);
  }

  /** How the figures of {@code column} are written: the statement's unit, minus style and direction style. */
  public static FigureFormat figureFormat(Statement statement, Column column) {
    return FigureFormat.of(statement.unit())
        .withDirectionStyle(directionStyle(statement, column))
        .withMinusStyle(statement.minusStyle());
  }

  /**
   * The figure a derived cell the document did not print would show: its computed value rounded
   * to the statement's unit with {@link #DISPLAY_ROUNDING}.
   */
  public static PrintedFigure derivedFigure(Statement statement, Cell cell) {
    Estimate computed = statement.compute(cell);
    return PrintedFigure.of(
        statement.unit().fromEuros(computed.nominal()).setScale(0, DISPLAY_ROUNDING), statement.unit());
  }

  /**
   * Letters where the column prints them, and beside the sign where both lasten and baten print
   * positive and a sign alone would not say which way a variance goes; never beside a sign that
   * means the opposite of its letter.
   */
  private static DirectionStyle directionStyle(Statement statement, Column column) {
    if (column.variance().isEmpty()) {
      return DirectionStyle.SIGN;
    }
    VarianceNotation notation = column.variance().get().notation();
    boolean bothPositive = statement.convention() == SignConvention.BOTH_POSITIVE
        || statement.convention() == SignConvention.BOTH_POSITIVE_NET_COST;
    return switch (notation) {
      case LETTER -> DirectionStyle.LETTER;
      case FAVOURABLE_POSITIVE -> bothPositive ? DirectionStyle.SIGN_AND_LETTER : DirectionStyle.SIGN;
      case FAVOURABLE_NEGATIVE, BUDGET_MINUS_ACTUAL, ACTUAL_MINUS_BUDGET -> DirectionStyle.SIGN;
    };
  }

  /** The label the document prints with {@code place}, else {@code otherwise}. */
  private static String labelOf(Statement statement, Place place, String otherwise) {
    return statement.label(place).orElse(otherwise);
  }

  /** The label of a row printed below the groups; empty for the rows printed within a group. */
  private static Optional<String> programmeLabel(Place place) {
    return switch (place.type()) {
      case LINE, GROUP_RESULT, GROUP_RESERVES, GROUP_AFTER_RESERVES, GROUP_KIND_TOTAL -> Optional.empty();
      case KIND_TOTAL -> Optional.of("Totaal " + place.lineKind().orElseThrow().dutchName());
      case RESULT_BEFORE_RESERVES -> Optional.of("Saldo van baten en lasten");
      case RESERVE_TOTAL -> Optional.of("Totaal mutaties reserves");
      case RESULT_AFTER_RESERVES -> Optional.of("Resultaat na bestemming");
    };
  }

  private static List<String> row(Statement statement, String label, Place place) {
    List<String> row = new ArrayList<>();
    row.add(label);
    for (Column c : statement.columns()) {
      Cell cell = new Cell(place, c.label());
      Optional<PrintedFigure> printed = statement.printed(cell);
      FigureFormat format = figureFormat(statement, c);
      if (printed.isPresent()) {
        row.add(format.format(printed.get()));
      } else if (place.isLine() && !c.isDerived()) {
        row.add("");
      } else {
        row.add(format.format(derivedFigure(statement, cell)) + "*");
      }
    }
    return row;
  }
}
