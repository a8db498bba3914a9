// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;

/**
 * The variance of every row of a statement under one {@link Comparison}: each line, each side
 * of a group (its lasten, its baten, each kind of reserve movement), each group before and after
 * its reserve movements, the totals per kind and the programme's results, with amount, V or N,
 * and the percentage of the budget where the {@link PercentageRule} finds it meaningful.
 *
 * <p>A row exists only where some line counts toward it, so a group without reserve movements
 * has no reserve rows. Amounts are effects on the result (favourable positive), so the analysis
 * of a statement is the same in every {@link nl.sociaaldomein.statement.SignConvention}: a V
 * never turns into an N by printing the statement another way.
 *
 * <p>Immutable; equal when made from equal comparisons under equal rules.
 */
public final class VarianceAnalysis {

  private final Comparison comparison;
  private final PercentageRule rule;
  private final ImmutableMap<Place, RowVariance> rows;

  private VarianceAnalysis(Comparison comparison, PercentageRule rule, ImmutableMap<Place, RowVariance> rows) {
    this.comparison = comparison;
    this.rule = rule;
    this.rows = rows;
  }

  /** The analysis of {@code comparison} with percentages under {@link PercentageRule#DEFAULT}. */
  public static VarianceAnalysis of(Comparison comparison) {
    return of(comparison, PercentageRule.DEFAULT);
  }

  /** The analysis of {@code comparison} with percentages given where {@code rule} finds them meaningful. */
  public static VarianceAnalysis of(Comparison comparison, PercentageRule rule) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(rule, "rule");
    Statement statement = comparison.statement();
    Amount minimum = rule.minimumBase(statement.unit());
    Map<Place, RowVariance> rows = new LinkedHashMap<>();
    for (Place place : places(statement)) {
      Estimate amount = comparison.variance(place);
      Optional<Estimate> budget = comparison.budget(place);
      Percentage percentage = budget.<Percentage>map(b -> Percentage.of(amount.nominal(), b.nominal(), minimum))
          .orElseGet(Percentage.NoBudget::new);
      rows.put(place, new RowVariance(place, amount, Direction.ofSignum(amount.nominal().signum()), budget,
          comparison.actual(place), percentage));
    }
    return new VarianceAnalysis(comparison, rule, ImmutableMap.copyOf(rows));
  }

  /**
   * The rows in statement order: per group its lines, its sides, its result, its reserve
   * movements and its result after them; then the totals per kind, the result before reserves,
   * the reserve total and the result after reserves. Rows no line counts toward are left out.
   */
  private static List<Place> places(Statement statement) {
    List<Place> candidates = new ArrayList<>();
    for (Group g : statement.groups()) {
      candidates.addAll(g.places());
      for (LineKind kind : LineKind.values()) {
        candidates.add(new Place.GroupKindTotal(g.name(), kind));
      }
      candidates.add(new Place.GroupResult(g.name()));
      candidates.add(new Place.GroupReserves(g.name()));
      candidates.add(new Place.GroupAfterReserves(g.name()));
    }
    for (LineKind kind : LineKind.values()) {
      candidates.add(new Place.KindTotal(kind));
    }
    candidates.add(new Place.ResultBeforeReserves());
    candidates.add(new Place.ReserveTotal());
    candidates.add(new Place.ResultAfterReserves());
    List<Place.Line> lines = statement.lines();
    return candidates.stream().filter(p -> lines.stream().anyMatch(p::covers)).toList();
  }

  /** The budget and realisation compared. */
  public Comparison comparison() {
    return comparison;
  }

  /** The statement analysed. */
  public Statement statement() {
    return comparison.statement();
  }

  /** How the variance is put as a percentage of the budget. */
  public PercentageRule percentageRule() {
    return rule;
  }

  /** Every row, in statement order. */
  public List<RowVariance> rows() {
    return ImmutableList.copyOf(rows.values());
  }

  /** The rows of one type (every line, every group after reserves, ...), in statement order. */
  public List<RowVariance> rows(Place.Type type) {
    Objects.requireNonNull(type, "type");
    return rows.values().stream().filter(r -> r.place().type() == type).toList();
  }

  /** Whether the statement has the row {@code place}: some line counts toward it. */
  public boolean contains(Place place) {
    return rows.containsKey(Objects.requireNonNull(place, "place"));
  }

  /** The variance of {@code place}; throws, naming it, when no line of the statement counts toward it. */
  public RowVariance row(Place place) {
    RowVariance row = rows.get(Objects.requireNonNull(place, "place"));
    if (row == null) {
      throw new SociaalDomeinException("statement " + SociaalDomeinException.quote(statement().name()),
          Optional.of(place.toString()), "no line of the statement counts toward this row, so it has no variance");
    }
    return row;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VarianceAnalysis
        && ((VarianceAnalysis) o).comparison.equals(comparison)
        && ((VarianceAnalysis) o).rule.equals(rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(comparison, rule);
  }

  @Override
  public String toString() {
    return "VarianceAnalysis[" + comparison + " of " + SociaalDomeinException.quote(statement().name())
        + ", " + rows.size() + " rows]";
  }
}
