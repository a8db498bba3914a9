package nl.sociaaldomein.text;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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

  /** The table, one row per line, columns right-aligned. */
  public static String format(Statement statement) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("x " + FigureFormat.of(statement.unit()).heading() + ", " + statement.convention());
    statement.columns().forEach(c -> header.add(c.label()));
    rows.add(header);
    for (Group g : statement.groups()) {
      rows.add(List.of(g.name()));
      for (GroupLine l : g.lines()) {
        if (!l.kind().isReserveMovement()) {
          rows.add(row(statement, "  " + l.label(), l.place(g.name())));
        }
      }
      for (Place place : statement.derivedPlaces()) {
        if (place.type() == Place.Type.GROUP_KIND_TOTAL && place.groupName().orElseThrow().equals(g.name())) {
          rows.add(row(statement, "  " + labelOf(statement, place, "Totaal " + place.lineKind().orElseThrow().dutchName()),
              place));
        }
      }
      if (g.hasResultLines()) {
        rows.add(row(statement, "  " + labelOf(statement, new Place.GroupResult(g.name()), "Totaal " + g.name()),
            new Place.GroupResult(g.name())));
      }
      for (GroupLine l : g.lines()) {
        if (l.kind().isReserveMovement()) {
          rows.add(row(statement, "  " + l.label(), l.place(g.name())));
        }
      }
      if (g.hasReserveLines()) {
        rows.add(row(statement, "  " + labelOf(statement, new Place.GroupReserves(g.name()), "Mutaties reserves " + g.name()),
            new Place.GroupReserves(g.name())));
      }
      Place after = new Place.GroupAfterReserves(g.name());
      if (statement.derivedPlaces().contains(after)) {
        rows.add(row(statement, "  " + labelOf(statement, after, "Saldo na mutaties reserves " + g.name()), after));
      }
    }
    for (Place place : statement.derivedPlaces()) {
      programmeLabel(place).ifPresent(label -> rows.add(row(statement, labelOf(statement, place, label), place)));
    }
    return TextTable.standard().format(rows);
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
      FigureFormat format = FigureFormat.of(statement.unit());
      format = format.withDirectionStyle(directionStyle(statement, c)).withMinusStyle(statement.minusStyle());
      if (printed.isPresent()) {
        row.add(format.format(printed.get()));
      } else if (place.isLine() && !c.isDerived()) {
        row.add("");
      } else {
        Estimate computed = statement.compute(cell);
        PrintedFigure figure = PrintedFigure.of(
            statement.unit().fromEuros(computed.nominal()).setScale(0, DISPLAY_ROUNDING), statement.unit());
        row.add(format.format(figure) + "*");
      }
    }
    return row;
  }
}
