// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SavingsProperties {

  static final Year FIRST = Year.of(2022);
  static final Year LAST = Year.of(2025);
  static final List<Domain> DOMAINS = List.of(Domain.WMO, Domain.JEUGD, Domain.of("Wijk Noord"));

  /** Seven numbers a line: low, width, shape, domain, start, kind, the value chosen within. */
  static Gen<List<List<Long>>> plans() {
    return lists().of(lists().of(longs().between(0, 5_000_000)).ofSize(7)).ofSizeBetween(0, 10);
  }

  static AmountRange amountOf(List<Long> n) {
    Amount low = Amount.ofCents(n.get(0));
    Amount high = Amount.ofCents(n.get(0) + n.get(1));
    switch ((int) (n.get(2) % 4)) {
      case 0:
        return AmountRange.exactly(low);
      case 1:
        return AmountRange.between(low, high);
      case 2:
        return AmountRange.proMemorie(low, high);
      default:
        return AmountRange.proMemorie();
    }
  }

  static Measure measureOf(int index, List<Long> n) {
    String id = "m" + index;
    Domain domain = DOMAINS.get((int) (n.get(3) % DOMAINS.size()));
    Year start = FIRST.plusYears(n.get(4) % 4);
    AmountRange amount = amountOf(n);
    switch ((int) (n.get(5) % 3)) {
      case 0:
        return Measure.structural(id, "structural", domain, amount, start);
      case 1:
        return Measure.incidental(id, "incidental", domain, amount, start, LAST);
      default:
        return Measure.cost(id, "cost", domain, amount, start, start);
    }
  }

  static SavingsPlan planOf(List<List<Long>> lines) {
    List<Measure> measures = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      measures.add(measureOf(i, lines.get(i)));
    }
    return new SavingsPlan(measures);
  }

  /** A value inside the line's range; above the lower end by the seventh number where there is no upper end. */
  static Amount chosen(Measure m, List<Long> n) {
    AmountRange effect = m.effect();
    Amount low = effect.low().orElseThrow();
    long room = effect.high().map(h -> h.minus(low).toCents()).orElse(n.get(6));
    return low.plus(Amount.ofCents(room == 0 ? 0 : n.get(6) % (room + 1)));
  }

  @Test
  void perYearTheDomainsAddUpToTheTotal() {
    qt().forAll(plans()).checkAssert(lines -> {
      Phasing phasing = planOf(lines).phasing(FIRST, LAST);
      for (Year year : phasing.years()) {
        for (Line line : Line.values()) {
          AmountRange sum = AmountRange.exactly(Amount.ZERO);
          for (Domain domain : DOMAINS) {
            sum = sum.plus(phasing.of(year, domain).line(line));
          }
          AmountRange total = phasing.total(year).line(line);
          assertEquals(total.low(), sum.low(), year + " " + line);
          assertEquals(total.high(), sum.high(), year + " " + line);
        }
      }
    });
  }

  @Test
  void theIntervalTotalContainsEveryTotalOfChosenValues() {
    qt().forAll(plans()).checkAssert(lines -> {
      SavingsPlan plan = planOf(lines);
      Phasing phasing = plan.phasing(FIRST, LAST);
      for (Year year : phasing.years()) {
        Amount net = Amount.ZERO;
        for (int i = 0; i < lines.size(); i++) {
          Measure m = plan.measures().get(i);
          if (m.isActiveIn(year)) {
            Amount value = chosen(m, lines.get(i));
            assertTrue(m.effect().contains(value));
            net = m.kind() == Kind.COST ? net.minus(value) : net.plus(value);
          }
        }
        AmountRange total = phasing.total(year).net();
        assertTrue(total.contains(net), net + " outside " + total + " in " + year);
        for (PointRule rule : List.of(PointRule.LOWER_END, PointRule.UPPER_END, PointRule.MIDPOINT)) {
          Optional<Point> point = phasing.point(year, Optional.empty(), Line.NET, rule);
          point.ifPresent(p -> assertTrue(total.contains(p.amount()), rule + " " + p + " outside " + total));
        }
        // p.m. as 0 ignores the bounds of a bounded p.m. item, so it may leave the interval, but
        // only on the side the item pushes: never above the savings' lower end.
        AmountRange structural = phasing.total(year).structural();
        phasing.point(year, Optional.empty(), Line.STRUCTURAL, PointRule.PM_AS_ZERO).ifPresent(p ->
            assertTrue(!p.amount().isGreaterThan(structural.low().orElseThrow()), p + " above " + structural));
      }
    });
  }

  @Test
  void droppingAMeasureNeverRaisesTheUpperEndOfTheSavings() {
    qt().forAll(plans()).checkAssert(lines -> {
      SavingsPlan plan = planOf(lines);
      for (Measure m : plan.measures()) {
        SavingsPlan dropped = plan.withStatus(m.id(), Status.DROPPED);
        for (Kind kind : Kind.values()) {
          Optional<Amount> before = plan.total(kind).high();
          Optional<Amount> after = dropped.total(kind).high();
          before.ifPresent(b -> assertTrue(!after.orElseThrow().isGreaterThan(b), kind + ": " + after + " > " + b));
          assertTrue(!dropped.total(kind).low().orElseThrow().isGreaterThan(plan.total(kind).low().orElseThrow()));
        }
      }
    });
  }
}
