// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import nl.sociaaldomein.iv3.Iv3Reconciliation.Status;
import nl.sociaaldomein.iv3.Iv3TaakveldStatement.Line;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.TaakveldRollup;
import nl.sociaaldomein.taakveld.TaakveldCode;
import org.junit.jupiter.api.Test;

class Iv3TaakveldStatementTest {

  private static final String R = "Realisatie";

  private final Iv3TaakveldStatement minimal = Iv3TaakveldStatement.of(Iv3Fixtures.minimal2024());

  private static Line line(long lasten, long baten, long halfWidth) {
    return new Line(BigDecimal.valueOf(lasten), BigDecimal.valueOf(baten), BigDecimal.valueOf(halfWidth));
  }

  private static TaakveldCode code(String code) {
    return TaakveldCode.of(code);
  }

  @Test
  void linesPerTaakveldInEurosWithHalfAUnitPerBooking() {
    assertEquals(List.of(code("0.10"), code("0.11"), code("0.7"), code("6.1")),
        List.copyOf(minimal.taakvelden().keySet()));
    assertEquals(line(1_500_000, 300_000, 1_500), minimal.taakveld(code("6.1")), "three bookings");
    assertEquals(new BigDecimal("-1200000"), minimal.taakveld(code("6.1")).saldo());
    assertEquals(line(0, 1_300_000, 500), minimal.taakveld(code("0.7")));
    assertEquals(Line.ZERO, minimal.taakveld(code("0.4")));
  }

  @Test
  void hoofdtaakveldenAndTheSocialDomain() {
    assertEquals(List.of(code("0."), code("6.")), List.copyOf(minimal.hoofdtaakvelden().keySet()));
    assertEquals(line(100_000, 1_300_000, 1_500), minimal.hoofdtaakveld(code("0.")));
    assertEquals(line(1_500_000, 300_000, 1_500), minimal.socialDomain());
    assertEquals(Line.ZERO, minimal.overhead());
  }

  @Test
  void reservesOnZeroTenAndTheResultOnZeroEleven() {
    assertEquals(new BigDecimal("100000"), minimal.beforeReserves().saldo(), "1.600 baten - 1.500 lasten");
    assertEquals(new BigDecimal("50000"), minimal.reserveAdditions());
    assertEquals(BigDecimal.ZERO, minimal.reserveWithdrawals());
    assertEquals(new BigDecimal("-50000"), minimal.reserves().saldo());
    assertEquals(new BigDecimal("50000"), minimal.resultAfterReserves());
    assertEquals(new BigDecimal("50000"), minimal.bookedResult());
    assertEquals(0, minimal.total().saldo().signum(), "a delivery that books its result closes");
  }

  @Test
  void aTaakveldThatIsNoCodeIsListedNotCounted() {
    Iv3Delivery d = Iv3Fixtures.minimal2024();
    List<Iv3Booking> more = new java.util.ArrayList<>(d.bookings());
    Iv3Booking odd = Iv3Fixtures.booking(Iv3Section.LASTEN, "Tot_TV", "3.8", 7);
    more.add(odd);
    Iv3TaakveldStatement s = Iv3TaakveldStatement.of(d.withBookings(more));
    assertEquals(List.of(odd), s.unreadable());
    assertEquals(minimal.total(), s.total());
  }

  private static PrintedFigure k(long printed) {
    return PrintedFigure.of(printed, EuroUnit.THOUSANDS);
  }

  /** The minimal delivery's year as a programme statement prints it, with lasten of 6.1 {@code lasten61}. */
  private static TaakveldRollup rollup(long lasten61) {
    Statement s = Statement.builder("Jaarrekening", EuroUnit.THOUSANDS, SignConvention.EXPENSES_POSITIVE)
        .column(R, ColumnRole.REALISATION)
        .group("Sociaal domein", GroupKind.TAAKVELD, code("6.1"))
        .line("Sociaal domein", LineKind.EXPENSES, "Lasten")
        .line("Sociaal domein", LineKind.INCOME, "Baten")
        .line("Sociaal domein", LineKind.RESERVE_ADDITION, "Storting")
        .group("Inkomen", GroupKind.TAAKVELD, code("6.3"))
        .line("Inkomen", LineKind.EXPENSES, "Lasten")
        .group("Algemene dekkingsmiddelen", GroupKind.TAAKVELD, code("0.7"))
        .line("Algemene dekkingsmiddelen", LineKind.INCOME, "Baten")
        .cell(new Place.Line("Sociaal domein", LineKind.EXPENSES, "Lasten"), R, k(lasten61))
        .cell(new Place.Line("Sociaal domein", LineKind.INCOME, "Baten"), R, k(-300))
        .cell(new Place.Line("Sociaal domein", LineKind.RESERVE_ADDITION, "Storting"), R, k(50))
        .cell(new Place.Line("Inkomen", LineKind.EXPENSES, "Lasten"), R, k(20))
        .cell(new Place.Line("Algemene dekkingsmiddelen", LineKind.INCOME, "Baten"), R, k(-1300))
        .build();
    return TaakveldRollup.of(List.of(s), ColumnRole.REALISATION, year -> {
      throw new AssertionError("no catalogue year");
    });
  }

  @Test
  void reconcilesWithARollupWithinBothRoundings() {
    Iv3Reconciliation r = minimal.reconcile(rollup(1_502));
    assertEquals(List.of(code("0.10"), code("0.7"), code("6.1"), code("6.3")),
        r.entries().stream().map(Iv3Reconciliation.Entry::taakveld).toList(), "0.11 is left out");
    assertEquals(List.of(Status.MATCH, Status.MATCH, Status.MATCH, Status.ONLY_IN_STATEMENT),
        r.entries().stream().map(Iv3Reconciliation.Entry::status).toList());
    assertTrue(r.isReconciled(), "1.502 against 1.500 lies within 1.000 + 1.500 euros");
    assertEquals(Estimate.of(new BigDecimal("-1200000"), new BigDecimal("1500")),
        r.entries().get(2).delivered().orElseThrow());
  }

  @Test
  void aDifferenceBeyondTheRoundingsIsReportedWithItsDistance() {
    Iv3Reconciliation r = minimal.reconcile(rollup(1_510));
    assertFalse(r.isReconciled());
    Iv3Reconciliation.Entry e = r.differences().get(0);
    assertEquals(code("6.1"), e.taakveld());
    // Statement -1.210.000 ± 1.000 (two figures), delivery -1.200.000 ± 1.500 (three bookings): 7.500 apart.
    assertEquals(0, new BigDecimal("7500").compareTo(e.distance()), e::toString);
  }
}
