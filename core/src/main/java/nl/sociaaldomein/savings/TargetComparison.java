// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;

/**
 * A plan's phasing against a target, per year for all domains or for one: the gap (target minus
 * the plan's row) as an interval. A negative gap is a surplus. A gap that straddles zero means
 * "possibly covered"; an unknown end (a plain p.m.) leaves the verdict open on that side.
 *
 * @param line the row compared, usually {@link Line#STRUCTURAL} (a taakstelling is structural)
 *     or {@link Line#NET}
 * @param domain the domain compared, or empty for all domains together
 */
public record TargetComparison(Line line, Optional<Domain> domain, List<Row> rows) {

  /** Rejects a missing component and keeps unmodifiable copies of the collections. */
  public TargetComparison {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(domain, "domain");
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
  }

  /** Every year the phasing and the target share, for all domains together. */
  public static TargetComparison of(Phasing phasing, Target target, Line line) {
    return of(phasing, target, line, Optional.empty());
  }

  /** Every year the phasing and the target share, for one domain or (empty) all. */
  public static TargetComparison of(Phasing phasing, Target target, Line line, Optional<Domain> domain) {
    Objects.requireNonNull(phasing, "phasing");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(domain, "domain");
    List<Row> rows = new ArrayList<>();
    for (Year year : phasing.years()) {
      Optional<Amount> required = target.in(year);
      if (required.isPresent()) {
        YearEffect cell = domain.map(d -> phasing.of(year, d)).orElseGet(() -> phasing.total(year));
        rows.add(Row.of(year, required.get(), cell.line(line)));
      }
    }
    return new TargetComparison(line, domain, rows);
  }

  /** The comparison in {@code year}, if the target sets an amount for it. */
  public Optional<Row> in(Year year) {
    Objects.requireNonNull(year, "year");
    return rows.stream().filter(r -> r.year().equals(year)).findFirst();
  }

  /**
   * One year: the target, what the plan comes to, and the gap between them.
   *
   * @param gap target minus planned; negative where the plan exceeds the target
   */
  public record Row(Year year, Amount target, AmountRange planned, AmountRange gap, Coverage coverage) {

    /** Rejects a missing component. */
    public Row {
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(planned, "planned");
      Objects.requireNonNull(gap, "gap");
      Objects.requireNonNull(coverage, "coverage");
    }

    static Row of(Year year, Amount target, AmountRange planned) {
      AmountRange gap = AmountRange.exactly(target).minus(planned);
      return new Row(year, target, planned, gap, coverageOf(gap));
    }

    private static Coverage coverageOf(AmountRange gap) {
      if (gap.high().map(h -> h.signum() <= 0).orElse(false)) {
        return Coverage.COVERED;
      }
      if (gap.low().map(Amount::isPositive).orElse(false)) {
        return Coverage.GAP;
      }
      return Coverage.POSSIBLY_COVERED;
    }

    /**
     * The part of the target the plan covers: the plan clamped to between zero and the target, so
     * that a surplus is not counted twice and a negative net covers nothing. Always bounded: an
     * unknown upper end covers at most the target, an unknown lower end at least nothing.
     */
    public AmountRange covered() {
      Amount low = planned.low().map(this::clamp).orElse(Amount.ZERO);
      Amount high = planned.high().map(this::clamp).orElse(target);
      return AmountRange.between(low, high).withProMemorie(planned.isProMemorie());
    }

    private Amount clamp(Amount amount) {
      return Amount.min(target, Amount.max(Amount.ZERO, amount));
    }

    /** The surplus: planned minus target, the gap negated. */
    public AmountRange surplus() {
      return gap.negated();
    }
  }
}
