package nl.sociaaldomein.testkit.assertions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Inconsistency;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.testkit.internal.Words;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a budget statement, through its own check ({@link Statement#check()}): failures
 * print each inconsistency as the library's report does, naming the cell, the printed value, what
 * the parts give, the consistent range and how far off the cell is.
 */
public final class StatementAssert extends AbstractAssert<StatementAssert, Statement> {

  public StatementAssert(Statement actual) {
    super(actual, StatementAssert.class);
  }

  /**
   * Passes when every printed derived cell is consistent with its parts. The failure:
   * {@code statement "Programma 3" does not reconcile: 121 derived cells checked, 1 inconsistent}
   * and per cell {@code group "Wmo", saldo van baten en lasten, column "Realisatie": printed 1.234, its
   * lines give 1.232 ± 1, consistent from 1.230,5 to 1.233,5, off by 0,5 (x € 1.000)}.
   */
  public StatementAssert reconciles() {
    isNotNull();
    ReconciliationReport report = actual.check();
    if (!report.isConsistent()) {
      failWithMessage("statement %s does not reconcile: %s", quoted(actual.name()), report);
    }
    return this;
  }

  /** Passes when the statement's check reports {@code cell} inconsistent. */
  public StatementAssert hasInconsistencyAt(Cell cell) {
    Objects.requireNonNull(cell, "cell");
    isNotNull();
    ReconciliationReport report = actual.check();
    if (report.inconsistencies().stream().noneMatch(i -> i.cell().equals(cell))) {
      failWithMessage("statement %s has no inconsistency at %s%s; it reports %s", quoted(actual.name()), cell,
          actual.printed(cell).map(f -> ", printed " + Words.printed(f) + ", its lines give "
              + FigureFormat.of(f.unit()).formatExact(actual.compute(cell).lowerBound()) + " to "
              + FigureFormat.of(f.unit()).formatExact(actual.compute(cell).upperBound())
              + (f.unit() == EuroUnit.EUROS ? "" : " (x " + FigureFormat.of(f.unit()).heading() + ")"))
              .orElse(" (not printed)"), report);
    }
    return this;
  }

  /** Passes when the statement's check reports the cell of {@code place} in {@code column} inconsistent. */
  public StatementAssert hasInconsistencyAt(Place place, String column) {
    return hasInconsistencyAt(new Cell(place, column));
  }

  /**
   * Passes when the check reports an inconsistent cell in {@code column} on a row of {@code group}
   * named {@code row}: a line's label, or the label the statement prints with a derived row
   * ("Totaal Wmo"), or the row as the library names it ({@code group "Wmo", result}). For rows of
   * the whole programme (totals per kind, results), {@code group} is empty.
   */
  public StatementAssert hasInconsistencyAt(String group, String row, String column) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    isNotNull();
    ReconciliationReport report = actual.check();
    List<Inconsistency> matching = report.inconsistencies().stream()
        .filter(i -> i.cell().column().equals(column))
        .filter(i -> i.cell().place().groupName().orElse("").equals(group))
        .filter(i -> names(i.cell()).contains(row))
        .toList();
    if (matching.isEmpty()) {
      failWithMessage("statement %s has no inconsistency at group %s, row %s, column %s; it reports %s",
          quoted(actual.name()), quoted(group), quoted(row), quoted(column), report);
    }
    return this;
  }

  /** The names a test may give the row of {@code cell}. */
  private List<String> names(Cell cell) {
    Place place = cell.place();
    return Stream.of(place.asLine().map(Place.Line::label), actual.label(cell), actual.label(place),
            Optional.of(place.toString()))
        .flatMap(Optional::stream).collect(Collectors.toList());
  }

  private static String quoted(String text) {
    return SociaalDomeinException.quote(text);
  }
}
