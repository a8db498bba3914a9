// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.sociaaldomein.io.iv3.ShippedIv3;
import nl.sociaaldomein.iv3.Iv3Checks;
import nl.sociaaldomein.iv3.Iv3Reconciliation;
import nl.sociaaldomein.iv3.Iv3StatementDelivery;
import nl.sociaaldomein.iv3.Iv3TaakveldStatement;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.TaakveldRollup;
import org.junit.jupiter.api.Test;

/**
 * Programme statements in different units make one delivery in the first one's unit: seed 000's
 * statement in thousands with generated ones in euros and cents, whose lines are rounded to whole
 * thousands, each within half a unit, so the taakvelden they share still reconcile. Moved from io's
 * tests with the generator (issue 14).
 */
class Iv3DeliveryFromMixedUnitsTest {

  @Test
  void statementsInThousandsAndInEurosMakeOneDeliveryInThousandsThatReconciles() {
    for (long seed = 1; seed <= 20; seed++) {
      Statement meppel = Deliveries.meppel();
      Statement euros = StatementGenerator.random(seed);
      assertEquals(EuroUnit.THOUSANDS, meppel.unit());
      assertEquals(EuroUnit.EUROS, euros.unit(), "the generator's statements are in euros");
      List<Statement> both = List.of(meppel, euros);
      Iv3StatementDelivery built = Deliveries.built(both);
      assertEquals(EuroUnit.THOUSANDS, built.delivery().unit(), "the first statement's unit");
      long s = seed;
      assertEquals(List.of(), Iv3Checks.check(built.delivery(), Deliveries.D2022, ShippedIv3.errors()).errors(), () -> "seed " + s);
      TaakveldRollup rollup = TaakveldRollup.of(both, ColumnRole.REALISATION);
      Iv3Reconciliation reconciliation = Iv3TaakveldStatement.of(built.delivery()).reconcile(rollup);
      assertEquals(List.of(), reconciliation.differences(), () -> "seed " + s);
      // 6.1 holds lines of both statements: seed 000's 9.268 lasten and the generated ones, rounded.
      assertTrue(reconciliation.toString().contains("6.1"), reconciliation::toString);
    }
  }
}
