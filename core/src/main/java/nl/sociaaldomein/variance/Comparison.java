// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;

/**
 * Which variance of a statement is analysed: the realisation against a budget column, or a
 * variance column the document prints on its own. Gives the variance of any row, favourable
 * positive, from the narrowest printed basis: the printed variance where the document prints
 * one, else what its printed parts give (see {@link Statement#effect(Cell)}).
 */
public final class Comparison {

  private final Statement statement;
  private final Optional<String> budgetColumn;
  private final Optional<String> actualColumn;
  /** A variance column holding exactly this comparison, printed or entered. */
  private final Optional<String> varianceColumn;

  private Comparison(Statement statement, Optional<String> budgetColumn, Optional<String> actualColumn,
      Optional<String> varianceColumn) {
    this.statement = statement;
    this.budgetColumn = budgetColumn;
    this.actualColumn = actualColumn;
    this.varianceColumn = varianceColumn;
  }

  /**
   * The default comparison: the amended budget against the realisation when the statement has
   * both, else its one variance column (a table of variances only). Throws, saying what the
   * statement has, when neither is there.
   */
  public static Comparison of(Statement statement) {
    Optional<Column> budget = only(statement, ColumnRole.AMENDED_BUDGET);
    Optional<Column> actual = only(statement, ColumnRole.REALISATION);
    if (budget.isPresent() && actual.isPresent()) {
      return between(statement, budget.get().label(), actual.get().label());
    }
    List<Column> variances = statement.columns().stream().filter(Column::isVariance).toList();
    if (variances.size() == 1) {
      return ofColumn(statement, variances.get(0).label());
    }
    throw new SociaalDomeinException("statement " + SociaalDomeinException.quote(statement.name()), Optional.empty(),
        "no default variance: the statement needs one "
        + "AMENDED_BUDGET and one REALISATION column, or exactly one VARIANCE column; it has "
        + statement.columns().stream().map(c -> c.label() + " (" + c.role() + ")").toList()
        + ". Name the columns with Comparison.between or Comparison.ofColumn");
  }

  private static Optional<Column> only(Statement statement, ColumnRole role) {
    List<Column> found = statement.columns().stream().filter(c -> c.role() == role).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** {@code actualColumn} against {@code budgetColumn}, both columns of entered figures. */
  public static Comparison between(Statement statement, String budgetColumn, String actualColumn) {
    Objects.requireNonNull(statement, "statement");
    for (String label : List.of(budgetColumn, actualColumn)) {
      if (statement.column(label).isVariance()) {
        throw new SociaalDomeinException("", Optional.of(label), "a variance compares two columns of figures; "
            + SociaalDomeinException.quote(label) + " is itself a variance column: use Comparison.ofColumn");
      }
    }
    if (budgetColumn.equals(actualColumn)) {
      throw new SociaalDomeinException("", Optional.of(budgetColumn), "a variance compares two different columns");
    }
    Optional<String> printed = statement.columns().stream()
        .filter(c -> c.variance().filter(v -> v.budgetColumn().equals(Optional.of(budgetColumn))
            && v.actualColumn().equals(Optional.of(actualColumn))).isPresent())
        .map(Column::label).findFirst();
    return new Comparison(statement, Optional.of(budgetColumn), Optional.of(actualColumn), printed);
  }

  /** The variances of {@code varianceColumn}, derived or entered. */
  public static Comparison ofColumn(Statement statement, String varianceColumn) {
    Column c = statement.column(varianceColumn);
    if (!c.isVariance()) {
      throw new SociaalDomeinException("", Optional.of(varianceColumn), "not a variance column but one of "
          + c.role() + " figures: use Comparison.between to compare two such columns");
    }
    return new Comparison(statement, c.variance().get().budgetColumn(), c.variance().get().actualColumn(),
        Optional.of(varianceColumn));
  }

  /** The statement whose columns are compared. */
  public Statement statement() {
    return statement;
  }

  /** The column measured against, unless the variances are printed on their own. */
  public Optional<String> budgetColumn() {
    return budgetColumn;
  }

  /** The column measured, unless the variances are printed on their own. */
  public Optional<String> actualColumn() {
    return actualColumn;
  }

  /** The variance column that holds this comparison, if the statement has one. */
  public Optional<String> varianceColumn() {
    return varianceColumn;
  }

  /** The variance at {@code place}, favourable positive, with its rounding bound. */
  public Estimate variance(Place place) {
    if (varianceColumn.isPresent()) {
      return statement.effect(new Cell(place, varianceColumn.get()));
    }
    return statement.effect(new Cell(place, actualColumn.orElseThrow()))
        .minus(statement.effect(new Cell(place, budgetColumn.orElseThrow())));
  }

  /** The budgeted value at {@code place} as its effect on the result (a cost negative), when there is a budget column. */
  public Optional<Estimate> budget(Place place) {
    return budgetColumn.map(c -> statement.effect(new Cell(place, c)));
  }

  /** The realised value at {@code place} as its effect on the result, when there is an actual column. */
  public Optional<Estimate> actual(Place place) {
    return actualColumn.map(c -> statement.effect(new Cell(place, c)));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Comparison)) {
      return false;
    }
    Comparison c = (Comparison) o;
    return statement.equals(c.statement) && budgetColumn.equals(c.budgetColumn)
        && actualColumn.equals(c.actualColumn) && varianceColumn.equals(c.varianceColumn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statement, budgetColumn, actualColumn, varianceColumn);
  }

  @Override
  public String toString() {
    return varianceColumn.filter(v -> budgetColumn.isEmpty()).map(v -> "variance column \"" + v + "\"")
        .orElseGet(() -> "\"" + actualColumn.orElseThrow() + "\" against \"" + budgetColumn.orElseThrow() + "\"");
  }
}
