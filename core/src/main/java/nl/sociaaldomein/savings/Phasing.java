// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.AmountRange;

/**
 * A plan's jaarschijf: per year, per domain and for all domains together, the structural
 * savings (every structural line from its first year on), the incidental savings and the costs
 * in their years, and the net. Every cell is an interval; {@link #point} gives one number by an
 * explicit rule, computed per item so that a rule such as "p.m. as 0" applies to the items and
 * not to their sum.
 */
public final class Phasing {

  private final SavingsPlan plan;
  private final Year first;
  private final Year last;

  private Phasing(SavingsPlan plan, Year first, Year last) {
    this.plan = plan;
    this.first = first;
    this.last = last;
  }

  static Phasing of(SavingsPlan plan, Year first, Year last) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new SociaalDomeinException("A phasing from " + first + " to " + last + " ends before it starts");
    }
    return new Phasing(plan, first, last);
  }

  /** The plan phased. */
  public SavingsPlan plan() {
    return plan;
  }

  /** The years from first to last, both included. */
  public List<Year> years() {
    List<Year> years = new ArrayList<>();
    for (Year y = first; !y.isAfter(last); y = y.plusYears(1)) {
      years.add(y);
    }
    return years;
  }

  /** The plan's domains, in the order its measures name them. */
  public List<Domain> domains() {
    return plan.domains();
  }

  /** All domains together in {@code year}. */
  public YearEffect total(Year year) {
    return cell(year, m -> true);
  }

  /** One domain in {@code year}; a domain without lines gives zeros. */
  public YearEffect of(Year year, Domain domain) {
    Objects.requireNonNull(domain, "domain");
    return cell(year, m -> m.domain().equals(domain));
  }

  /** The items that make up a row in {@code year}, for all domains or, when given, one. */
  public List<AmountRange> items(Year year, Optional<Domain> domain, Line line) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(line, "line");
    Predicate<Measure> inDomain = m -> domain.map(d -> m.domain().equals(d)).orElse(true);
    List<AmountRange> items = new ArrayList<>();
    for (Measure m : active(year, inDomain)) {
      if (line == Line.NET) {
        items.add(m.kind() == Kind.COST ? m.effect().negated() : m.effect());
      } else if (kindOf(line) == m.kind()) {
        items.add(m.effect());
      }
    }
    return items;
  }

  /**
   * One number for a row by {@code rule}, empty where the rule needs an end that is unknown. For
   * the net, costs count with the opposite end of the rule (the lower end of the net is the lower
   * end of the savings minus the upper end of the costs), which picking from the negated cost
   * items gives.
   */
  public Optional<Point> point(Year year, Optional<Domain> domain, Line line, PointRule rule) {
    Objects.requireNonNull(rule, "rule");
    return rule.pick(items(year, domain, line));
  }

  private YearEffect cell(Year year, Predicate<Measure> inDomain) {
    List<Measure> active = active(year, inDomain);
    return YearEffect.of(sum(active, Kind.STRUCTURAL), sum(active, Kind.INCIDENTAL), sum(active, Kind.COST));
  }

  private List<Measure> active(Year year, Predicate<Measure> inDomain) {
    Objects.requireNonNull(year, "year");
    if (year.isBefore(first) || year.isAfter(last)) {
      throw new SociaalDomeinException("The year " + year + " lies outside this phasing, " + first + " to " + last);
    }
    return plan.counted().stream().filter(inDomain).filter(m -> m.isActiveIn(year)).toList();
  }

  private static AmountRange sum(List<Measure> measures, Kind kind) {
    return AmountRange.sum(measures.stream().filter(m -> m.kind() == kind).map(Measure::effect).toList());
  }

  private static Kind kindOf(Line line) {
    switch (line) {
      case STRUCTURAL:
        return Kind.STRUCTURAL;
      case INCIDENTAL:
        return Kind.INCIDENTAL;
      default:
        return Kind.COST;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Phasing p && plan.equals(p.plan) && first.equals(p.first) && last.equals(p.last);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, first, last);
  }

  @Override
  public String toString() {
    return "Phasing " + first + "-" + last + " of " + plan.measures().size() + " lines";
  }
}
