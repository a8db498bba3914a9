// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;

/**
 * The budget-legality report (begrotingsrechtmatigheid) of a statement: every group and the
 * programme whose lasten were realised above the amended budget, with the overrun and the
 * category that accepts it, if any; then the unaccepted total against the reporting threshold
 * (verantwoordingsgrens), a percentage of total lasten.
 *
 * <p>An overrun is accepted, in this order:
 *
 * <ol>
 *   <li>when the user linked baten lines to it and their variance is at least the overrun
 *       ({@link Acceptance.CoverageBasis#LINKED_LINES}); linked lines that fall short leave it
 *       unaccepted, because the user said which baten are related;
 *   <li>when the user declared it open-ended, or placed it in a council's category;
 *   <li>without a declaration, when the row's own baten (the group's, or the programme's) exceed
 *       their budget by at least the overrun ({@link Acceptance.CoverageBasis#OWN_INCOME}).
 * </ol>
 *
 * <p>Coverage is all or nothing: baten that cover part of an overrun leave all of it unaccepted,
 * and the report shows how far they went ({@link Overrun#ownIncomeAboveBudget()}). Every
 * comparison takes the nominal figures, as {@link MaterialityRule} does; the bounds are reported
 * with them.
 *
 * <p>Immutable; equal when made from equal comparisons under equal rules.
 */
public final class BudgetLegality {

  private final Comparison comparison;
  private final LegalityRules rules;
  private final ImmutableList<Overrun> groupOverruns;
  private final Optional<Overrun> programmeOverrun;
  private final Optional<Amount> totalLasten;

  private BudgetLegality(Comparison comparison, LegalityRules rules, ImmutableList<Overrun> groupOverruns,
      Optional<Overrun> programmeOverrun, Optional<Amount> totalLasten) {
    this.comparison = comparison;
    this.rules = rules;
    this.groupOverruns = groupOverruns;
    this.programmeOverrun = programmeOverrun;
    this.totalLasten = totalLasten;
  }

  /** The report of {@code comparison} under {@link LegalityRules#defaults()}. */
  public static BudgetLegality of(Comparison comparison) {
    return of(comparison, LegalityRules.defaults());
  }

  /**
   * The report of {@code comparison} under {@code rules}. Throws when a declaration names a row
   * or line the statement does not have.
   */
  public static BudgetLegality of(Comparison comparison, LegalityRules rules) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(rules, "rules");
    Statement statement = comparison.statement();
    if (!judgesLegality(comparison)) {
      throw new SociaalDomeinException("statement " + SociaalDomeinException.quote(statement.name()),
          Optional.of(comparison.toString()), "budget legality holds the realisation against the amended budget,"
              + " not this comparison; BudgetLegality.judgedBy(statement) gives the one it needs");
    }
    requireKnown(statement, rules);
    List<Overrun> groups = new ArrayList<>();
    for (Group g : statement.groups()) {
      overrun(comparison, rules, LegalityRules.lastenOf(g.name()), new Place.GroupKindTotal(g.name(), LineKind.INCOME))
          .ifPresent(groups::add);
    }
    Optional<Overrun> programme = overrun(comparison, rules, LegalityRules.programmeLasten(), new Place.KindTotal(LineKind.INCOME));
    return new BudgetLegality(comparison, rules, ImmutableList.copyOf(groups), programme, totalLasten(comparison, rules));
  }

  /**
   * The comparison budget legality is judged by: the REALISATION column against the
   * AMENDED_BUDGET column, or, for a statement that prints only variances, its one variance
   * column (a table of verschillen compares those two). Empty when the statement has neither, as
   * a comparison of two forecasts: what the council authorised is then not in it.
   */
  public static Optional<Comparison> judgedBy(Statement statement) {
    List<Column> amended = withRole(statement, ColumnRole.AMENDED_BUDGET);
    List<Column> realised = withRole(statement, ColumnRole.REALISATION);
    if (amended.size() == 1 && realised.size() == 1) {
      return Optional.of(Comparison.between(statement, amended.get(0).label(), realised.get(0).label()));
    }
    List<Column> entered = statement.columns().stream().filter(c -> c.isVariance() && !c.isDerived()).toList();
    if (amended.isEmpty() && realised.isEmpty() && entered.size() == 1) {
      return Optional.of(Comparison.ofColumn(statement, entered.get(0).label()));
    }
    return Optional.empty();
  }

  private static List<Column> withRole(Statement statement, ColumnRole role) {
    return statement.columns().stream().filter(c -> c.role() == role).toList();
  }

  /** Whether {@code comparison} holds the realisation against the amended budget, or is a table of variances. */
  private static boolean judgesLegality(Comparison comparison) {
    Statement s = comparison.statement();
    if (comparison.budgetColumn().isEmpty()) {
      return true;
    }
    return s.column(comparison.budgetColumn().get()).role() == ColumnRole.AMENDED_BUDGET
        && s.column(comparison.actualColumn().orElseThrow()).role() == ColumnRole.REALISATION;
  }

  private static void requireKnown(Statement statement, LegalityRules rules) {
    List<Place.Line> lines = statement.lines();
    for (Place row : rules.declaredRows()) {
      if (lines.stream().noneMatch(row::covers)) {
        throw new SociaalDomeinException("statement " + SociaalDomeinException.quote(statement.name()),
            Optional.of(row.toString()), "a declaration names a row without lasten lines in this statement");
      }
      for (Place.Line line : rules.linkedIncome(row)) {
        if (!lines.contains(line)) {
          throw new SociaalDomeinException("statement " + SociaalDomeinException.quote(statement.name()),
              Optional.of(line.toString()), "a baten line linked to " + row + " is no line of this statement");
        }
      }
    }
  }

  /** The overrun of the lasten row {@code lasten}, if its lasten exceed their budget. */
  private static Optional<Overrun> overrun(Comparison comparison, LegalityRules rules, Place lasten, Place ownIncome) {
    List<Place.Line> lines = comparison.statement().lines();
    if (lines.stream().noneMatch(lasten::covers)) {
      return Optional.empty();
    }
    // The variance is favourable positive; lasten above budget are a negative variance.
    Estimate amount = comparison.variance(lasten).negated();
    if (amount.nominal().signum() <= 0) {
      return Optional.empty();
    }
    List<Place.Line> ownLines = lines.stream().filter(ownIncome::covers).toList();
    Estimate own = ownLines.isEmpty() ? Estimate.ZERO : comparison.variance(ownIncome);
    Acceptance acceptance;
    List<Place.Line> linked = rules.linkedIncome(lasten);
    if (!linked.isEmpty()) {
      Estimate extra = Estimate.ZERO;
      for (Place.Line line : linked) {
        extra = extra.plus(comparison.variance(line));
      }
      acceptance = covers(extra, amount)
          ? new Acceptance.CoveredByIncome(Acceptance.CoverageBasis.LINKED_LINES, linked, extra)
          : new Acceptance.NotAccepted();
    } else if (rules.declaredAcceptance(lasten).isPresent()) {
      acceptance = rules.declaredAcceptance(lasten).get();
    } else if (!ownLines.isEmpty() && covers(own, amount)) {
      acceptance = new Acceptance.CoveredByIncome(Acceptance.CoverageBasis.OWN_INCOME, ownLines, own);
    } else {
      acceptance = new Acceptance.NotAccepted();
    }
    return Optional.of(new Overrun(lasten, comparison.budget(lasten).map(Estimate::negated),
        comparison.actual(lasten).map(Estimate::negated), amount, own, acceptance));
  }

  private static boolean covers(Estimate extraIncome, Estimate overrun) {
    return extraIncome.nominal().compareTo(overrun.nominal()) >= 0;
  }

  /**
   * The user's total lasten, else the statement's realised lasten when it has some: a statement
   * that prints only variances, or whose lasten are not positive, gives none.
   */
  private static Optional<Amount> totalLasten(Comparison comparison, LegalityRules rules) {
    if (rules.totalLasten().isPresent()) {
      return rules.totalLasten();
    }
    Place lasten = LegalityRules.programmeLasten();
    Optional<Estimate> realised = comparison.statement().lines().stream().anyMatch(lasten::covers)
        ? comparison.actual(lasten) : Optional.empty();
    // Realised lasten are a negative effect; as a cost they are positive. Printed figures are
    // whole units, so rounding to cents changes nothing but a figure printed with more decimals.
    return realised.map(r -> Amount.of(r.nominal().negate(), RoundingMode.HALF_UP)).filter(Amount::isPositive);
  }

  /** The budget and realisation compared. */
  public Comparison comparison() {
    return comparison;
  }

  /** What the user and the council declared. */
  public LegalityRules rules() {
    return rules;
  }

  /** The groups whose lasten exceed their budget, in statement order. */
  public List<Overrun> groupOverruns() {
    return groupOverruns;
  }

  /** The programme's overrun, when its total lasten exceed their budget. */
  public Optional<Overrun> programmeOverrun() {
    return programmeOverrun;
  }

  /** Every overrun: the groups' in statement order, then the programme's. */
  public List<Overrun> overruns() {
    return ImmutableList.<Overrun>builder().addAll(groupOverruns).addAll(programmeOverrun.stream().iterator()).build();
  }

  /**
   * The overruns no category accepts, at the level the council authorises lasten: the
   * programme's alone, or every group's.
   */
  public List<Overrun> unaccepted() {
    List<Overrun> counted = switch (rules.authorisationLevel()) {
      case PROGRAMME -> programmeOverrun.stream().toList();
      case GROUP -> groupOverruns;
    };
    return counted.stream().filter(o -> !o.acceptance().isAccepted()).toList();
  }

  /** The sum of {@link #unaccepted()}, with its rounding bound. */
  public Estimate unacceptedTotal() {
    Estimate total = Estimate.ZERO;
    for (Overrun o : unaccepted()) {
      total = total.plus(o.amount());
    }
    return total;
  }

  /**
   * The total lasten the threshold is a percentage of: the user's, or the statement's realised
   * lasten; empty when neither is known (a statement of variances only, or without lasten).
   */
  public Optional<Amount> totalLasten() {
    return totalLasten;
  }

  /**
   * The verantwoordingsgrens: the rules' percentage of {@link #totalLasten()}, rounded half up
   * to cents; empty when the total lasten are unknown (give them with
   * {@link LegalityRules#withTotalLasten}).
   */
  public Optional<Amount> reportingThreshold() {
    return totalLasten.map(rules::reportingThreshold);
  }

  /**
   * Whether the unaccepted total (its nominal value) is above the reporting threshold; false
   * when there is no threshold to compare with, which {@link #reportingThreshold()} shows.
   */
  public boolean exceedsReportingThreshold() {
    return reportingThreshold().filter(t -> unacceptedTotal().nominal().compareTo(t.toBigDecimal()) > 0).isPresent();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BudgetLegality
        && ((BudgetLegality) o).comparison.equals(comparison)
        && ((BudgetLegality) o).rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(comparison, rules);
  }

  @Override
  public String toString() {
    return "BudgetLegality[" + SociaalDomeinException.quote(comparison.statement().name()) + ", "
        + groupOverruns.size() + " groups over budget" + programmeOverrun.map(p -> " and the programme").orElse("")
        + ", unaccepted " + unacceptedTotal() + reportingThreshold().map(t -> " against " + t).orElse(", no threshold") + "]";
  }
}
