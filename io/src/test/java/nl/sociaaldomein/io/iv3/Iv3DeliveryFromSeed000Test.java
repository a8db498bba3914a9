// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.io.statement.StatementCsv;
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
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.TaakveldRollup;
import nl.sociaaldomein.taakveld.TaakveldCode;
import org.junit.jupiter.api.Test;

/** Seed 000's statement (Meppel 2022, Programma 3 Sociaal domein) as the Iv3 delivery it implies. */
class Iv3DeliveryFromSeed000Test {

  static final String SEED_000 = "seed-000-meppel-2022.csv";

  static Statement meppel() {
    try (InputStream in = Iv3DeliveryFromSeed000Test.class.getResourceAsStream("/statements/" + SEED_000)) {
      return StatementCsv.read(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)), SEED_000)
          .orElseThrow();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Iv3StatementDelivery built(Statement meppel, Iv3Definitions definitions) {
    Iv3Metadata metadata = new Iv3Metadata(Overheidslaag.GEMEENTE, "0119", "Meppel", 2022, 5, Iv3Status.REALISATIE,
        OffsetDateTime.parse("2023-07-14T12:00:00+02:00"), false, "Voorbeeldpakket 1.0", "sociaaldomein");
    return Iv3DeliveryGenerator.fromStatements(definitions, List.of(meppel), ColumnRole.REALISATION, metadata,
        new Iv3Contact("Piet Afzender", "p.afzender@gemeente.nl", "0612345678"));
  }

  @Test
  void theDeliveryBuiltFromSeed000PassesCbsChecksOf2022AndReconcilesTaakveldForTaakveld() {
    Iv3Definitions definitions = ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2022).orElseThrow();
    Statement meppel = meppel();
    Iv3StatementDelivery built = built(meppel, definitions);

    assertEquals(List.of(), Iv3Checks.check(built.delivery(), definitions, ShippedIv3.errors()).errors());

    TaakveldRollup rollup = TaakveldRollup.of(List.of(meppel), ColumnRole.REALISATION);
    Iv3TaakveldStatement delivered = Iv3TaakveldStatement.of(built.delivery());
    Iv3Reconciliation reconciliation = delivered.reconcile(rollup);
    assertEquals(List.copyOf(rollup.totals().keySet()),
        reconciliation.matches().stream().map(Iv3Reconciliation.Entry::taakveld).toList());
    assertEquals(List.of(), reconciliation.differences());
    assertEquals(List.of(TaakveldCode.of("0.7")), reconciliation.entries(Iv3Reconciliation.Status.ONLY_IN_DELIVERY)
        .stream().map(Iv3Reconciliation.Entry::taakveld).toList());
    // Samenkracht: baten 9.152 minus lasten 9.268 (x EUR 1.000), as printed; two bookings of half a unit each.
    assertEquals(Optional.of(Estimate.of(new BigDecimal("-116000"), new BigDecimal("1000"))),
        reconciliation.entries().stream().filter(e -> e.taakveld().equals(TaakveldCode.of("6.1"))).findFirst()
            .orElseThrow().delivered());
    // The five onttrekkingen 64 + 276 + 36 + 78 + 91, Eigen kracht's included, on 0.10.
    assertEquals(0, new BigDecimal("545000").compareTo(delivered.reserveWithdrawals()));
    // Eigen kracht en individuele ondersteuning has no taakveld: its lasten and baten are left out and listed.
    assertEquals(rollup.unassigned(), built.unassigned());
    assertEquals(List.of(new Place.Line("Eigen kracht en individuele ondersteuning", LineKind.EXPENSES, "Lasten"),
        new Place.Line("Eigen kracht en individuele ondersteuning", LineKind.INCOME, "Baten")),
        built.unassigned().stream().map(Cell::place).toList());
    // The year closes: the result booked on 0.11 is the saldo after reserves.
    assertEquals(0, delivered.bookedResult().compareTo(delivered.resultAfterReserves()));
  }

  @Test
  void theSameStatementGivesTheSameDelivery() {
    Iv3Definitions definitions = ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2022).orElseThrow();
    assertEquals(built(meppel(), definitions), built(meppel(), definitions));
  }
}
