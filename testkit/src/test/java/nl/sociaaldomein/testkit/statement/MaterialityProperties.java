// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.testkit.statement.VarianceAnalysisProperties.Printing;
import nl.sociaaldomein.variance.Comparison;
import nl.sociaaldomein.variance.Materiality;
import nl.sociaaldomein.variance.Materiality.Level;
import nl.sociaaldomein.variance.MaterialityRule;
import nl.sociaaldomein.variance.VarianceAnalysis;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Materiality rules over generated statements: moved from core's tests with the generator (issue 14). */
class MaterialityProperties {

  /** Every kind of rule, built from one amount and one percentage so that both can be raised. */
  enum Kind {
    ABOVE, NOT_BELOW, PERCENT_OF_BUDGET, PERCENT_UNLESS_BELOW, AMOUNT_OR_PERCENT, AMOUNT_AND_PERCENT,
    EITHER_OF_TWO_AMOUNTS;

    MaterialityRule rule(Amount amount, BigDecimal percent) {
      return switch (this) {
        case ABOVE -> MaterialityRule.above(amount);
        case NOT_BELOW -> MaterialityRule.notBelow(amount);
        case PERCENT_OF_BUDGET -> MaterialityRule.abovePercentOfBudget(percent);
        case PERCENT_UNLESS_BELOW -> MaterialityRule.abovePercentUnlessBelow(percent, amount);
        case AMOUNT_OR_PERCENT -> MaterialityRule.aboveAmountOrPercent(amount, percent);
        case AMOUNT_AND_PERCENT -> MaterialityRule.above(amount).and(MaterialityRule.abovePercentOfBudget(percent));
        case EITHER_OF_TWO_AMOUNTS -> MaterialityRule.above(amount).or(MaterialityRule.notBelow(amount.multipliedBy(2)));
      };
    }
  }

  private static final Level[] ALL_LEVELS = Level.values();

  /** A rule and the same rule with its amount and its percentage raised, each by zero or more. */
  record Raised(Kind kind, MaterialityRule low, MaterialityRule high) {}

  /** Amounts up to 20 million euros, the range of generated statements, and percentages up to 2.000. */
  private static final Gen<Long> CENTS = longs().between(0, 2_000_000_000L);
  private static final Gen<Integer> TENTH_PERCENTS = integers().between(0, 20_000);

  private static Gen<Raised> raised() {
    return arbitrary().enumValues(Kind.class).zip(CENTS, CENTS, TENTH_PERCENTS, TENTH_PERCENTS,
        (kind, cents, raise, tenths, raiseTenths) -> new Raised(kind,
            kind.rule(Amount.ofCents(cents), BigDecimal.valueOf(tenths, 1)),
            kind.rule(Amount.ofCents(cents + raise), BigDecimal.valueOf(tenths + raiseTenths, 1))));
  }

  private static Gen<MaterialityRule> rules() {
    return arbitrary().enumValues(Kind.class).zip(CENTS, TENTH_PERCENTS,
        (kind, cents, tenths) -> kind.rule(Amount.ofCents(cents), BigDecimal.valueOf(tenths, 1)));
  }

  @Test
  void raisingAThresholdNeverAddsARequiredExplanation() {
    qt().forAll(longs().all(), arbitrary().enumValues(Printing.class), raised()).checkAssert((seed, printing, raised) -> {
      VarianceAnalysis analysis = VarianceAnalysis.of(Comparison.of(printing.of(seed)));
      Set<Place> before = required(raised.low(), analysis);
      Set<Place> after = required(raised.high(), analysis);
      assertTrue(before.containsAll(after), () -> raised.kind() + ": raising " + raised.low().describe() + " to "
          + raised.high().describe() + " added " + after.stream().filter(p -> !before.contains(p)).toList());
    });
  }

  @Test
  void eitherRuleRequiresTheUnionAndBothRulesTheIntersection() {
    qt().forAll(longs().all(), rules(), rules()).checkAssert((seed, a, b) -> {
      VarianceAnalysis analysis = VarianceAnalysis.of(Comparison.of(Printing.ROUNDED_EACH_IN_THOUSANDS.of(seed)));
      Set<Place> byA = required(a, analysis);
      Set<Place> byB = required(b, analysis);
      Set<Place> union = new LinkedHashSet<>(byA);
      union.addAll(byB);
      Set<Place> intersection = new LinkedHashSet<>(byA);
      intersection.retainAll(byB);
      assertEquals(union, required(a.or(b), analysis));
      assertEquals(intersection, required(a.and(b), analysis));
    });
  }

  private static Set<Place> required(MaterialityRule rule, VarianceAnalysis analysis) {
    return new LinkedHashSet<>(Materiality.of(rule, ALL_LEVELS).apply(analysis).places());
  }
}
