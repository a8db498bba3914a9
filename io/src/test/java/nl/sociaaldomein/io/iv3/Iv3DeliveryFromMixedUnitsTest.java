package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import nl.sociaaldomein.iv3.Iv3Checks;
import nl.sociaaldomein.iv3.Iv3Contact;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3DeliveryGenerator;
import nl.sociaaldomein.iv3.Iv3Metadata;
import nl.sociaaldomein.iv3.Iv3Reconciliation;
import nl.sociaaldomein.iv3.Iv3StatementDelivery;
import nl.sociaaldomein.iv3.Iv3Status;
import nl.sociaaldomein.iv3.Iv3TaakveldStatement;
import nl.sociaaldomein.iv3.Overheidslaag;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.StatementGenerator;
import nl.sociaaldomein.statement.TaakveldRollup;
import org.junit.jupiter.api.Test;

/**
 * Programme statements in different units make one delivery in the first one's unit: seed 000's
 * statement in thousands with generated ones in euros and cents, whose lines are rounded to whole
 * thousands, each within half a unit, so the taakvelden they share still reconcile.
 */
class Iv3DeliveryFromMixedUnitsTest {

  private static final Iv3Definitions D2022 = ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2022).orElseThrow();

  private static Iv3StatementDelivery built(List<Statement> statements) {
    Iv3Metadata metadata = new Iv3Metadata(Overheidslaag.GEMEENTE, "0119", "Meppel", 2022, 5, Iv3Status.REALISATIE,
        OffsetDateTime.parse("2023-07-14T12:00:00+02:00"), false, "Voorbeeldpakket 1.0", "sociaaldomein");
    return Iv3DeliveryGenerator.fromStatements(D2022, statements, ColumnRole.REALISATION, metadata,
        new Iv3Contact("Piet Afzender", "p.afzender@gemeente.nl", "0612345678"));
  }

  @Test
  void statementsInThousandsAndInEurosMakeOneDeliveryInThousandsThatReconciles() {
    for (long seed = 1; seed <= 20; seed++) {
      Statement meppel = Iv3DeliveryFromSeed000Test.meppel();
      Statement euros = StatementGenerator.random(seed);
      assertEquals(EuroUnit.THOUSANDS, meppel.unit());
      assertEquals(EuroUnit.EUROS, euros.unit(), "the generator's statements are in euros");
      List<Statement> both = List.of(meppel, euros);
      Iv3StatementDelivery built = built(both);
      assertEquals(EuroUnit.THOUSANDS, built.delivery().unit(), "the first statement's unit");
      long s = seed;
      assertEquals(List.of(), Iv3Checks.check(built.delivery(), D2022, ShippedIv3.errors()).errors(), () -> "seed " + s);
      TaakveldRollup rollup = TaakveldRollup.of(both, ColumnRole.REALISATION);
      Iv3Reconciliation reconciliation = Iv3TaakveldStatement.of(built.delivery()).reconcile(rollup);
      assertEquals(List.of(), reconciliation.differences(), () -> "seed " + s);
      // 6.1 holds lines of both statements: seed 000's 9.268 lasten and the generated ones, rounded.
      assertTrue(reconciliation.toString().contains("6.1"), reconciliation::toString);
    }
  }
}
