// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.GroupLine;
import nl.sociaaldomein.statement.Inconsistency;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.testkit.statement.StatementGenerator;

/**
 * Budget statements with every derived cell printed: ones that reconcile, in each sign
 * convention, and ones with one printed cell altered so that {@link Statement#check()} reports
 * it. Each has up to four groups of up to four lines, a budget, a realisation and a variance
 * column; its figures are whole euros or thousands, every derived cell rounded on its own as
 * documents print them.
 */
public final class Statements {

  /** Seeds of the underlying statements; shrinking goes toward seed 0. */
  private static final long SEEDS = 1L << 20;

  private Statements() {}

  /** Statements that reconcile, in any convention, in euros or thousands. */
  public static Generator<Statement> reconciling() {
    return draws -> reconciling(draws.pick(List.of(SignConvention.values()))).generate(draws);
  }

  /** Statements that reconcile, printed in {@code convention}. */
  public static Generator<Statement> reconciling(SignConvention convention) {
    Objects.requireNonNull(convention, "convention");
    return draws -> {
      long seed = draws.between(0, SEEDS);
      EuroUnit unit = draws.pick(List.of(EuroUnit.THOUSANDS, EuroUnit.EUROS));
      return StatementGenerator.random(seed).roundEach(unit, RoundingMode.HALF_UP).withConvention(convention);
    };
  }

  /**
   * Statements with one printed derived cell moved beyond what rounding explains, with the cell,
   * what is printed there now and what was printed before. {@link Statement#check()} reports the
   * cell as its first inconsistency; cells held against it as a printed subtotal, which come after
   * it, may be reported too.
   */
  public static Generator<Injected> withInconsistency() {
    return draws -> withInconsistency(draws.pick(List.of(SignConvention.values()))).generate(draws);
  }

  /** As {@link #withInconsistency()}, printed in {@code convention}. */
  public static Generator<Injected> withInconsistency(SignConvention convention) {
    Objects.requireNonNull(convention, "convention");
    return draws -> {
      Statement statement = reconciling(convention).generate(draws);
      List<Cell> cells = printedDerivedInOrder(statement);
      Cell cell = cells.get((int) draws.between(0, cells.size() - 1L, 0));
      PrintedFigure before = statement.printed(cell).orElseThrow();
      // Every line cell may contribute half a unit of rounding; moving by more than all of them
      // together (and the cell's own half unit) leaves no rounding that explains it.
      long units = statement.lines().size() * (long) statement.columns().size() + 2 + draws.between(0, 1000);
      long shift = draws.oneIn(2) ? -units : units;
      PrintedFigure after = PrintedFigure.of(before.printedValue().add(BigDecimal.valueOf(shift)), before.unit());
      Statement altered = rebuilt(statement, Map.of(cell, after));
      List<Inconsistency> found = altered.check().inconsistencies();
      if (found.isEmpty() || !found.get(0).cell().equals(cell)) {
        throw new SociaalDomeinException("The inconsistency injected at " + cell + " is not the first reported: " + found);
      }
      return new Injected(altered, cell, after, before);
    };
  }

  /** The printed derived cells of {@code statement} in reading order, the order its check reports them. */
  static List<Cell> printedDerivedInOrder(Statement statement) {
    List<Cell> order = new ArrayList<>();
    for (Place place : statement.lines()) {
      statement.columns().forEach(c -> order.add(new Cell(place, c.label())));
    }
    for (Place place : statement.derivedPlaces()) {
      statement.columns().forEach(c -> order.add(new Cell(place, c.label())));
    }
    List<Cell> printed = new ArrayList<>(statement.printedDerivedCells());
    printed.sort(Comparator.comparingInt(order::indexOf));
    return printed;
  }

  /**
   * {@code statement} built anew from what it prints, with the printed figures of {@code changed}
   * in place of its own: the only way to alter a printed cell of an immutable statement.
   */
  static Statement rebuilt(Statement statement, Map<Cell, PrintedFigure> changed) {
    Statement.Builder b = Statement.builder(statement.name(), statement.unit(), statement.convention())
        .minusStyle(statement.minusStyle());
    statement.catalogueYear().ifPresent(b::catalogueYear);
    int n = 0;
    for (Column column : statement.columns()) {
      b.column(column, "column " + ++n);
    }
    for (Group group : statement.groups()) {
      b.group(group.name(), group.kind(), group.taakveld(), "group " + ++n);
      for (GroupLine line : group.lines()) {
        b.line(group.name(), line.kind(), line.label(), line.taakveld(), "line " + ++n);
      }
    }
    for (Place.Line line : statement.lines()) {
      for (Column column : statement.columns()) {
        Cell cell = new Cell(line, column.label());
        if (!statement.printedDerivedCells().contains(cell)) {
          statement.printed(cell).ifPresent(f -> b.cell(line, column.label(), changed.getOrDefault(cell, f)));
        }
      }
    }
    for (Cell cell : printedDerivedInOrder(statement)) {
      PrintedFigure figure = changed.getOrDefault(cell, statement.printed(cell).orElseThrow());
      b.cells(cell.place(), statement.label(cell), Map.of(cell.column(), figure), Map.of(), "cell " + ++n);
    }
    return b.build();
  }

  /**
   * A statement with one inconsistent cell.
   *
   * @param statement the statement, every other printed cell as it reconciled
   * @param cell where the inconsistency is
   * @param printed what the statement prints there now
   * @param reconciling what it printed there before, consistent with its parts
   */
  public record Injected(Statement statement, Cell cell, PrintedFigure printed, PrintedFigure reconciling) {
    public Injected {
      Objects.requireNonNull(statement, "statement");
      Objects.requireNonNull(cell, "cell");
      Objects.requireNonNull(printed, "printed");
      Objects.requireNonNull(reconciling, "reconciling");
    }
  }
}
