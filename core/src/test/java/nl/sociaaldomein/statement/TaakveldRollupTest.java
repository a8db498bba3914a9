// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;
import org.junit.jupiter.api.Test;

class TaakveldRollupTest {

  private static final String R = "Realisatie";

  /** A catalogue of the user's own, for a year no catalogue ships for; it has no 0.10. */
  private static final TaakveldCatalogue OWN = TaakveldCatalogue.builder("Eigen 2030").bookingYear(2030)
      .add("6", "Sociaal domein").add("6.71", "Maatwerkdienstverlening 18+").add("6.72", "Maatwerkdienstverlening 18-")
      .build();

  private static PrintedFigure k(long printed) {
    return PrintedFigure.of(printed, EuroUnit.THOUSANDS);
  }

  private static TaakveldCode code(String code) {
    return TaakveldCode.of(code);
  }

  /** Wmo on 6.71: lasten 100 on the group's code, baten -30 on 6.72 of their own, a storting 10 booked on 6.71. */
  private static Statement wmo() {
    return Statement.builder("Wmo", EuroUnit.THOUSANDS, SignConvention.EXPENSES_POSITIVE)
        .catalogueYear(2030)
        .column(R, ColumnRole.REALISATION)
        .column("Begroting", ColumnRole.AMENDED_BUDGET)
        .group("Wmo", GroupKind.TAAKVELD, code("6.71"))
        .line("Wmo", LineKind.EXPENSES, "Lasten")
        .line("Wmo", LineKind.INCOME, "Baten", code("6.72"))
        .line("Wmo", LineKind.RESERVE_ADDITION, "Storting", code("6.71"))
        .line("Wmo", LineKind.EXPENSES, "Niet gerealiseerd")
        .group("Overig", GroupKind.OTHER)
        .line("Overig", LineKind.EXPENSES, "Lasten")
        .cell(new Place.Line("Wmo", LineKind.EXPENSES, "Lasten"), R, k(100))
        .cell(new Place.Line("Wmo", LineKind.INCOME, "Baten"), R, k(-30))
        .cell(new Place.Line("Wmo", LineKind.RESERVE_ADDITION, "Storting"), R, k(10))
        .cell(new Place.Line("Wmo", LineKind.EXPENSES, "Niet gerealiseerd"), "Begroting", k(99))
        .cell(new Place.Line("Overig", LineKind.EXPENSES, "Lasten"), R, k(5))
        .build();
  }

  /** Jeugd on 6.72, printed income-positive and without a catalogue year: lasten 7. */
  private static Statement jeugd() {
    return Statement.builder("Jeugd", EuroUnit.THOUSANDS, SignConvention.INCOME_POSITIVE)
        .column(R, ColumnRole.REALISATION)
        .group("Jeugd", GroupKind.TAAKVELD, code("6.72"))
        .line("Jeugd", LineKind.EXPENSES, "Lasten")
        .cell(new Place.Line("Jeugd", LineKind.EXPENSES, "Lasten"), R, k(-7))
        .build();
  }

  private static void assertEstimate(String nominal, String halfWidth, Estimate actual) {
    assertEquals(0, new BigDecimal(nominal).compareTo(actual.nominal()), actual::toString);
    assertEquals(0, new BigDecimal(halfWidth).compareTo(actual.halfWidth()), actual::toString);
  }

  @Test
  void addsEffectsPerCodeOfTheLineElseItsGroupAndReservesOnZeroTen() {
    List<Integer> asked = new ArrayList<>();
    TaakveldRollup rollup = TaakveldRollup.of(List.of(wmo(), jeugd()), ColumnRole.REALISATION, year -> {
      asked.add(year);
      return OWN;
    });
    assertEquals(List.of(2030), asked, "only a statement with a catalogue year is checked, against its year");
    assertEquals(List.of(code("0.10"), code("6.71"), code("6.72")), List.copyOf(rollup.totals().keySet()));
    // The storting counts on 0.10 whatever its own code, as an addition: a cost.
    assertEstimate("-10000", "500", rollup.total(TaakveldRollup.RESERVE_MUTATIONS));
    assertEstimate("-100000", "500", rollup.total(code("6.71")));
    // Baten of Wmo (+30) and lasten of Jeugd (-7, printed income-positive).
    assertEstimate("23000", "1000", rollup.total(code("6.72")));
    assertEquals(Estimate.ZERO, rollup.total(code("6.1")));
    // A line without a code, on itself or its group, is listed; a blank cell is no figure at all.
    assertEquals(List.of(new Cell(new Place.Line("Overig", LineKind.EXPENSES, "Lasten"), R)), rollup.unassigned());
  }

  @Test
  void aCodeNotInTheCatalogueOfTheStatementsYearIsRefused() {
    Statement elsewhere = Statement.builder("Onderwijs", EuroUnit.THOUSANDS, SignConvention.EXPENSES_POSITIVE)
        .catalogueYear(2030)
        .column(R, ColumnRole.REALISATION)
        .group("Onderwijs", GroupKind.TAAKVELD, code("4.2"))
        .line("Onderwijs", LineKind.EXPENSES, "Lasten")
        .cell(new Place.Line("Onderwijs", LineKind.EXPENSES, "Lasten"), R, k(1))
        .build();
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> TaakveldRollup.of(List.of(wmo(), elsewhere), ColumnRole.REALISATION, year -> OWN));
    assertTrue(e.getMessage().contains("taakveld 4.2 is not in the catalogue of 2030"), e.getMessage());
    assertTrue(e.getMessage().contains("\"Onderwijs\""), e.getMessage());
  }

  @Test
  void aStatementWithoutAColumnOfTheRoleAddsNothing() {
    TaakveldRollup rollup = TaakveldRollup.of(List.of(wmo(), jeugd()), ColumnRole.INCIDENTAL, year -> OWN);
    assertTrue(rollup.totals().isEmpty());
    assertTrue(rollup.unassigned().isEmpty());
    TaakveldRollup budget = TaakveldRollup.of(List.of(wmo()), ColumnRole.AMENDED_BUDGET, year -> OWN);
    assertEquals(List.of(code("6.71")), List.copyOf(budget.totals().keySet()));
    assertEstimate("-99000", "500", budget.total(code("6.71")));
  }
}
