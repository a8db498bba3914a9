// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.iv3.Iv3Booking;
import nl.sociaaldomein.iv3.Iv3Checks;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.iv3.Overheidslaag;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.taakveld.TaakveldCode;
import org.junit.jupiter.api.Test;

/** The edges of building a delivery from statements: categories, units, and what cannot be delivered. */
class Iv3DeliveryFromStatementsTest {

  private static final Iv3Definitions D2022 = ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2022).orElseThrow();
  private static final String ACTUAL = "Realisatie";

  /** One group on {@code taakveld} with the given lines (kind, amount printed in both-positive convention). */
  private static Statement statement(String taakveld, Object... kindsAndAmounts) {
    Statement.Builder b = Statement.builder("Programma", EuroUnit.EUROS, SignConvention.BOTH_POSITIVE)
        .column(ACTUAL, ColumnRole.REALISATION)
        .group("Groep", GroupKind.TAAKVELD, TaakveldCode.of(taakveld));
    for (int i = 0; i < kindsAndAmounts.length; i += 2) {
      LineKind kind = (LineKind) kindsAndAmounts[i];
      String label = "Regel " + i;
      b.line("Groep", kind, label);
      b.cell(new Place.Line("Groep", kind, label), ACTUAL,
          PrintedFigure.of(new BigDecimal((String) kindsAndAmounts[i + 1]), EuroUnit.EUROS));
    }
    return b.build();
  }

  @Test
  void linesGoToCategory38AndCentsRoundHalfUpToTheWholeUnit() {
    Iv3Delivery delivery = Iv3DeliveryFromSeed000Test.built(
        statement("6.3", LineKind.EXPENSES, "1000.50", LineKind.INCOME, "200.49"), D2022).delivery();
    assertEquals(Iv3Booking.of(Iv3Section.LASTEN, "6.3", "3.8", new BigDecimal("1001")),
        delivery.bookings(Iv3Section.LASTEN).get(0));
    // 1001 - 200 + the surplus of 1% of 1001, rounded up (11), on the algemene uitkering.
    assertEquals(List.of(Iv3Booking.of(Iv3Section.BATEN, "6.3", "3.8", new BigDecimal("200")),
        Iv3Booking.of(Iv3Section.BATEN, "0.7", "4.3.1", new BigDecimal("812"))), delivery.bookings(Iv3Section.BATEN));
  }

  @Test
  void aStortingGoesTo010AsLastenAndIsCoveredByTheAlgemeneUitkering() {
    Iv3Delivery delivery = Iv3DeliveryFromSeed000Test.built(
        statement("6.3", LineKind.EXPENSES, "1000", LineKind.RESERVE_ADDITION, "300"), D2022).delivery();
    // The result after reserves is the surplus, 1% of the lasten, on 0.11.
    assertEquals(List.of(Iv3Booking.of(Iv3Section.LASTEN, "6.3", "3.8", new BigDecimal("1000")),
        Iv3Booking.of(Iv3Section.LASTEN, "0.10", "7.1", new BigDecimal("300")),
        Iv3Booking.of(Iv3Section.LASTEN, "0.11", "7.1", new BigDecimal("10"))), delivery.bookings(Iv3Section.LASTEN));
    // 1000 lasten + 300 storting + 10 surplus.
    assertEquals(List.of(Iv3Booking.of(Iv3Section.BATEN, "0.7", "4.3.1", new BigDecimal("1310"))),
        delivery.bookings(Iv3Section.BATEN));
  }

  @Test
  void aTaakveldTheYearDoesNotListIsRefusedWithItsCell() {
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> Iv3DeliveryFromSeed000Test.built(statement("6.9", LineKind.EXPENSES, "10"), D2022));
    assertTrue(e.getMessage().contains("6.9") && e.getMessage().contains("Regel 0"), e.getMessage());
  }

  @Test
  void aStatementOfIncomeOnlyClosesWithASurplusOfOneUnit() {
    Iv3Delivery delivery = Iv3DeliveryFromSeed000Test.built(statement("6.3", LineKind.INCOME, "10"), D2022).delivery();
    assertEquals(List.of(), Iv3Checks.check(delivery, D2022, ShippedIv3.errors()).errors());
    // No income is lacking; the whole saldo is the result.
    assertEquals(List.of(Iv3Booking.of(Iv3Section.BATEN, "6.3", "3.8", BigDecimal.TEN)),
        delivery.bookings(Iv3Section.BATEN));
    assertEquals(List.of(Iv3Booking.of(Iv3Section.LASTEN, "0.11", "7.1", BigDecimal.TEN)),
        delivery.bookings(Iv3Section.LASTEN));
  }
}
