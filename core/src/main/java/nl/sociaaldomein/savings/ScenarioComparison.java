// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * Two scenarios of one modelled plan side by side, per year and per domain: each year every
 * modelled measure is recomputed with the drivers as the scenario sets them for that year, and
 * the jaarschijf of that year taken from the recomputed plan.
 */
public final class ScenarioComparison {

  /**
   * One cell: the net of the base and of the scenario, and their difference per end (scenario
   * minus base, lower end from lower ends, upper from upper), not interval subtraction, which
   * would widen an unchanged range into a nonzero difference.
   *
   * @param domain empty for all domains together
   */
  public record Row(Year year, Optional<Domain> domain, YearEffect base, YearEffect scenario) {

    /** Rejects a missing component. */
    public Row {
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(scenario, "scenario");
    }

    /** The scenario's net minus the base's at the lower end; empty where either end is unknown. */
    public Optional<Amount> lowDifference() {
      return difference(base.net().low(), scenario.net().low());
    }

    /** The same at the upper end. */
    public Optional<Amount> highDifference() {
      return difference(base.net().high(), scenario.net().high());
    }

    private static Optional<Amount> difference(Optional<Amount> base, Optional<Amount> scenario) {
      return base.isPresent() && scenario.isPresent() ? Optional.of(scenario.get().minus(base.get())) : Optional.empty();
    }
  }

  private final ModelledPlan plan;
  private final Scenario base;
  private final Scenario scenario;
  private final Year first;
  private final Year last;

  private ScenarioComparison(ModelledPlan plan, Scenario base, Scenario scenario, Year first, Year last) {
    this.plan = plan;
    this.base = base;
    this.scenario = scenario;
    this.first = first;
    this.last = last;
  }

  /** {@code scenario} against {@code base} for the years {@code first} to {@code last}, both included. */
  public static ScenarioComparison of(ModelledPlan plan, Scenario base, Scenario scenario, Year first, Year last) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new SociaalDomeinException("A scenario comparison from " + first + " to " + last + " ends before it starts");
    }
    return new ScenarioComparison(plan, base, scenario, first, last);
  }

  /** The scenario compared against. */
  public Scenario base() {
    return base;
  }

  /** The scenario compared. */
  public Scenario scenario() {
    return scenario;
  }

  /** The years compared, first to last. */
  public List<Year> years() {
    return plan.plan().phasing(first, last).years();
  }

  /** The plan's domains, each of which has a row per year. */
  public List<Domain> domains() {
    return plan.plan().domains();
  }

  /** The jaarschijf of {@code year} under {@code which}, for all domains or one. */
  private YearEffect effect(Scenario which, Year year, Optional<Domain> domain) {
    Phasing phasing = plan.under(which, year).computed().phasing(year, year);
    return domain.map(d -> phasing.of(year, d)).orElseGet(() -> phasing.total(year));
  }

  /** The comparison in {@code year}, for {@code domain} or, when empty, for the whole plan. */
  public Row row(Year year, Optional<Domain> domain) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(domain, "domain");
    if (year.isBefore(first) || year.isAfter(last)) {
      throw new SociaalDomeinException("The year " + year + " lies outside this comparison, " + first + " to " + last);
    }
    return new Row(year, domain, effect(base, year, domain), effect(scenario, year, domain));
  }

  /** Every row: per year, all domains first, then each domain. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Year year : years()) {
      rows.add(row(year, Optional.empty()));
      for (Domain d : domains()) {
        rows.add(row(year, Optional.of(d)));
      }
    }
    return rows;
  }

  /** The scenario's model results for {@code year}: each modelled measure recomputed. */
  public List<ModelledMeasure> models(Year year) {
    return plan.under(scenario, year).modelComparisons();
  }

  @Override
  public String toString() {
    return "ScenarioComparison " + SociaalDomeinException.quote(scenario.name()) + " against "
        + SociaalDomeinException.quote(base.name()) + ", " + first + "-" + last;
  }
}
