// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.testkit.statement.VarianceAnalysisProperties.Printing;
import nl.sociaaldomein.variance.BudgetLegality;
import nl.sociaaldomein.variance.Comparison;
import nl.sociaaldomein.variance.LegalityRules;
import nl.sociaaldomein.variance.LegalityRules.AuthorisationLevel;
import nl.sociaaldomein.variance.Overrun;
import nl.sociaaldomein.variance.VarianceAnalysis;
import org.junit.jupiter.api.Test;

/** Budget legality over generated statements: moved from core's tests with the generator (issue 14). */
class BudgetLegalityProperties {

  /** The municipality's total, given so that statements whose lines are all income still have a threshold. */
  private static final LegalityRules PER_GROUP = LegalityRules.defaults()
      .withAuthorisationLevel(AuthorisationLevel.GROUP).withTotalLasten(Amount.ofEuros(100_000_000));

  @Test
  void theGroupsOverBudgetAreThoseWithAnUnfavourableLastenSideInEveryConvention() {
    qt().forAll(longs().all(), arbitrary().enumValues(Printing.class), arbitrary().enumValues(SignConvention.class))
        .checkAssert((seed, printing, convention) -> {
          Statement statement = printing.of(seed);
          BudgetLegality report = BudgetLegality.of(Comparison.of(statement), PER_GROUP);
          VarianceAnalysis analysis = VarianceAnalysis.of(Comparison.of(statement));
          List<Place> expected = statement.groups().stream().map(Group::name).map(LegalityRules::lastenOf)
              .filter(p -> analysis.contains(p) && analysis.row(p).amount().nominal().signum() < 0).toList();
          assertEquals(expected, report.groupOverruns().stream().map(Overrun::place).toList());
          assertEquals(report.overruns(),
              BudgetLegality.of(Comparison.of(statement.withConvention(convention)), PER_GROUP).overruns());
        });
  }

  @Test
  void withoutDeclarationsAnOverrunIsAcceptedExactlyWhenItsOwnBatenCoverIt() {
    qt().forAll(longs().all(), arbitrary().enumValues(Printing.class)).checkAssert((seed, printing) -> {
      BudgetLegality report = BudgetLegality.of(Comparison.of(printing.of(seed)), PER_GROUP);
      for (Overrun o : report.overruns()) {
        boolean covered = o.ownIncomeAboveBudget().nominal().compareTo(o.amount().nominal()) >= 0;
        assertEquals(covered, o.acceptance().isAccepted(), o::toString);
      }
      assertEquals(report.groupOverruns().stream().filter(o -> !o.acceptance().isAccepted()).toList(), report.unaccepted());
      assertTrue(report.unacceptedTotal().nominal().signum() >= 0);
    });
  }
}
