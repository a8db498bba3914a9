// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Comparison;
import nl.sociaaldomein.variance.Percentage;
import nl.sociaaldomein.variance.PercentageRule;
import nl.sociaaldomein.variance.RowVariance;
import nl.sociaaldomein.variance.VarianceAnalysis;
import org.junit.jupiter.api.Test;

/** Properties of core's variance analysis over generated statements: moved from core's tests with the generator (issue 14). */
class VarianceAnalysisProperties {

  /** How a generated statement is printed before it is analysed. */
  enum Printing {
    EXACT, PUBLISHED_IN_THOUSANDS, ROUNDED_EACH_IN_THOUSANDS, ROUNDED_EACH_IN_MILLIONS;

    Statement of(long seed) {
      Statement exact = StatementGenerator.random(seed);
      return switch (this) {
        case EXACT -> exact;
        case PUBLISHED_IN_THOUSANDS -> exact.publish(EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
        case ROUNDED_EACH_IN_THOUSANDS -> exact.roundEach(EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
        case ROUNDED_EACH_IN_MILLIONS -> exact.roundEach(EuroUnit.MILLIONS, RoundingMode.HALF_EVEN);
      };
    }
  }

  @Test
  void printingAStatementInAnotherConventionChangesNoVarianceDirectionOrPercentage() {
    qt().forAll(longs().all(), arbitrary().enumValues(Printing.class), arbitrary().enumValues(SignConvention.class))
        .checkAssert((seed, printing, convention) -> {
          Statement statement = printing.of(seed);
          VarianceAnalysis original = VarianceAnalysis.of(Comparison.of(statement));
          VarianceAnalysis converted = VarianceAnalysis.of(Comparison.of(statement.withConvention(convention)));
          assertEquals(original.rows(), converted.rows(), () -> printing + " in " + convention);
        });
  }

  @Test
  void theDirectionFollowsWhatWasSpentAndReceivedOnEveryKindOfLine() {
    // Independent of the sign machinery: a line's variance is favourable exactly when less was
    // spent (or more received) than budgeted, reading the printed figures in their own convention.
    qt().forAll(longs().all(), arbitrary().enumValues(SignConvention.class)).checkAssert((seed, convention) -> {
      Statement statement = StatementGenerator.random(seed).withConvention(convention);
      VarianceAnalysis analysis = VarianceAnalysis.of(Comparison.of(statement));
      for (Place.Line line : statement.lines()) {
        BigDecimal budget = printed(statement, line, StatementGenerator.BUDGET);
        BigDecimal actual = printed(statement, line, StatementGenerator.ACTUAL);
        int higher = actual.subtract(budget).signum();
        Direction expected = higher == 0 ? Direction.FAVOURABLE
            : Direction.ofSignum(printedHigherCosts(convention, line.kind()) ? -higher : higher);
        assertEquals(expected, analysis.row(line).direction(), () -> line + " in " + convention);
      }
    });
  }

  @Test
  void aReportedPercentageHasTheSignOfItsVarianceAndRoundsItsRatio() {
    qt().forAll(longs().all(), arbitrary().enumValues(Printing.class)).checkAssert((seed, printing) -> {
      VarianceAnalysis analysis = VarianceAnalysis.of(Comparison.of(printing.of(seed)));
      for (RowVariance row : analysis.rows()) {
        if (row.percentage() instanceof Percentage.Reported reported) {
          BigDecimal base = row.budget().orElseThrow().nominal().abs();
          assertTrue(base.compareTo(PercentageRule.DEFAULT.minimumBase(analysis.statement().unit()).toBigDecimal()) >= 0);
          BigDecimal exact = row.amount().nominal().scaleByPowerOfTen(2);
          // |percent x base - variance x 100| is at most half a step of the last decimal times the base.
          BigDecimal error = reported.percent().multiply(base).subtract(exact).abs();
          assertTrue(error.compareTo(base.multiply(new BigDecimal("0.05"))) <= 0, row::toString);
          assertTrue(reported.percent().signum() == 0 || reported.percent().signum() == row.amount().nominal().signum(), row::toString);
        } else {
          assertTrue(row.percentage() instanceof Percentage.NotMeaningful, row::toString);
        }
      }
    });
  }

  /** Whether a higher printed figure of {@code kind} means more cost, written out per convention. */
  private static boolean printedHigherCosts(SignConvention convention, LineKind kind) {
    Set<LineKind> costs = EnumSet.of(LineKind.EXPENSES, LineKind.RESERVE_ADDITION, LineKind.RESERVE_MUTATION);
    return switch (convention) {
      case EXPENSES_POSITIVE -> true;
      case INCOME_POSITIVE -> false;
      // Each kind prints as a positive amount of itself; a saldo line as baten minus lasten.
      case BOTH_POSITIVE -> costs.contains(kind);
      // The same, but a saldo line prints as the net cost.
      case BOTH_POSITIVE_NET_COST -> costs.contains(kind) || kind == LineKind.BALANCE;
    };
  }

  private static BigDecimal printed(Statement statement, Place.Line line, String column) {
    return statement.printed(new Cell(line, column))
        .map(PrintedFigure::nominal).orElse(BigDecimal.ZERO);
  }
}
