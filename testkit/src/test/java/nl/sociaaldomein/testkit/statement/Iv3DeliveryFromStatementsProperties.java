// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import nl.sociaaldomein.io.iv3.ShippedIv3;
import nl.sociaaldomein.iv3.Iv3Checks;
import nl.sociaaldomein.iv3.Iv3Reconciliation;
import nl.sociaaldomein.iv3.Iv3StatementDelivery;
import nl.sociaaldomein.iv3.Iv3TaakveldStatement;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.TaakveldRollup;
import org.junit.jupiter.api.Test;

/**
 * Deliveries built from generated statements (every convention and line kind, taakvelden 6.1 to
 * 6.4, in euros with cents), some with no lasten at all: each valid and reconciled. Moved from io's
 * tests with the generator (issue 14).
 */
class Iv3DeliveryFromStatementsProperties {

  @Test
  void everyDeliveryBuiltFromAStatementPassesCbsChecksAndReconcilesWithItsRollup() {
    qt().withExamples(150).forAll(longs().all()).checkAssert(Iv3DeliveryFromStatementsProperties::holds);
  }

  /**
   * A statement one of whose reserve lines rounds to 0 in whole units: it was left out of the
   * delivery, and 0.10 differed from the statement by more than the bound of its one booking.
   */
  @Test
  void aLineThatRoundsToZeroIsStillBooked() {
    holds(2343341267548962331L);
  }

  private static void holds(long seed) {
    {
      Statement statement = StatementGenerator.random(seed);
      Iv3StatementDelivery built = Deliveries.built(List.of(statement));
      assertEquals(List.of(), Iv3Checks.check(built.delivery(), Deliveries.D2022, ShippedIv3.errors()).errors(),
          () -> "seed " + seed);
      TaakveldRollup rollup = TaakveldRollup.of(List.of(statement), ColumnRole.REALISATION);
      Iv3Reconciliation reconciliation = Iv3TaakveldStatement.of(built.delivery()).reconcile(rollup);
      assertEquals(List.of(), reconciliation.differences(), () -> "seed " + seed);
      assertEquals(rollup.unassigned(), built.unassigned(), () -> "seed " + seed);
    }
  }
}
