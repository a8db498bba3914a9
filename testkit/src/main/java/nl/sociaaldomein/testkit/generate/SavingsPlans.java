// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.generate;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Kind;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.SavingsPlan;

/**
 * Savings plans of exact amounts, ranges, p.m. items with and without an estimate, over the four
 * domains of seed 004, with the totals per kind they must have, added up here by hand: the low
 * ends (a plain p.m. counts nothing), the high ends (unknown once a line has none) and whether
 * any line is p.m.
 */
public final class SavingsPlans {

  private static final List<Domain> DOMAINS = List.of(Domain.WMO, Domain.JEUGD, Domain.PARTICIPATIE, Domain.SOCIAAL_BREED);

  private SavingsPlans() {}

  /** Plans of one to eight lines of every kind, in thousands of euros, from 2022 on. */
  public static Generator<Plan> plans() {
    return draws -> {
      int count = (int) draws.between(1, 8);
      List<Measure> measures = new ArrayList<>();
      Totals[] totals = {new Totals(), new Totals(), new Totals()};
      for (int i = 1; i <= count; i++) {
        Kind kind = draws.pick(List.of(Kind.values()));
        Domain domain = draws.pick(DOMAINS);
        Year first = Year.of((int) draws.between(2022, 2025));
        long low = draws.between(0, 1000) * 1000;
        long width = draws.between(0, 500) * 1000;
        AmountRange amount = switch ((int) draws.between(0, 3)) {
          case 0 -> AmountRange.exactly(Amount.ofEuros(low));
          case 1 -> AmountRange.between(Amount.ofEuros(low), Amount.ofEuros(low + width));
          case 2 -> AmountRange.proMemorie(Amount.ofEuros(low), Amount.ofEuros(low + width));
          default -> AmountRange.proMemorie();
        };
        String id = Integer.toString(i);
        String description = "Maatregel " + i;
        measures.add(switch (kind) {
          case STRUCTURAL -> Measure.structural(id, description, domain, amount, first);
          case INCIDENTAL -> Measure.incidental(id, description, domain, amount, first, first.plusYears(draws.between(0, 2)));
          case COST -> Measure.cost(id, description, domain, amount, first, first.plusYears(draws.between(0, 2)));
        });
        totals[kind.ordinal()].add(amount);
      }
      return new Plan(new SavingsPlan(measures), totals[0].range(), totals[1].range(), totals[2].range());
    };
  }

  /** The sum of one kind's lines, end by end. */
  private static final class Totals {
    private long low;
    private long high;
    private boolean highKnown = true;
    private boolean proMemorie;

    void add(AmountRange range) {
      low += range.low().map(a -> a.toCents()).orElse(0L);
      if (range.high().isPresent()) {
        high += range.high().get().toCents();
      } else {
        highKnown = false;
      }
      proMemorie |= range.isProMemorie();
    }

    AmountRange range() {
      Amount lowEnd = Amount.ofCents(low);
      AmountRange range = highKnown ? AmountRange.between(lowEnd, Amount.ofCents(high)) : AmountRange.atLeast(lowEnd);
      return range.withProMemorie(proMemorie);
    }
  }

  /**
   * A plan and its totals per kind, a year's worth of each line.
   *
   * @param plan the plan
   * @param structural what {@code plan.total(Kind.STRUCTURAL)} must give
   * @param incidental what {@code plan.total(Kind.INCIDENTAL)} must give
   * @param costs what {@code plan.total(Kind.COST)} must give
   */
  public record Plan(SavingsPlan plan, AmountRange structural, AmountRange incidental, AmountRange costs) {
    public Plan {
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(structural, "structural");
      Objects.requireNonNull(incidental, "incidental");
      Objects.requireNonNull(costs, "costs");
    }

    /** The expected total of {@code kind}. */
    public AmountRange total(Kind kind) {
      return switch (kind) {
        case STRUCTURAL -> structural;
        case INCIDENTAL -> incidental;
        case COST -> costs;
      };
    }
  }
}
