// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import static nl.sociaaldomein.variance.ComparisonTest.thousands;
import static nl.sociaaldomein.variance.Seed000Statement.ARBEIDSPARTICIPATIE;
import static nl.sociaaldomein.variance.Seed000Statement.BEGELEIDE_PARTICIPATIE;
import static nl.sociaaldomein.variance.Seed000Statement.ESCALATED_18_PLUS;
import static nl.sociaaldomein.variance.Seed000Statement.MAATWERK_18_MIN;
import static nl.sociaaldomein.variance.Seed000Statement.SAMENKRACHT;
import static nl.sociaaldomein.variance.Seed000Statement.baten;
import static nl.sociaaldomein.variance.Seed000Statement.lasten;
import static nl.sociaaldomein.variance.Seed000Statement.onttrekkingen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import org.junit.jupiter.api.Test;

class VarianceAnalysisTest {

  private final VarianceAnalysis seed000 = VarianceAnalysis.of(Comparison.of(Seed000Statement.statement()));

  private static Percentage percent(String value) {
    return new Percentage.Reported(new BigDecimal(value));
  }

  @Test
  void anOverrunOfLastenIsUnfavourableWithItsPercentageOfTheBudget() {
    // Samenkracht en burgerparticipatie: lasten 3.947 budgeted, 9.268 realised, printed -5.321.
    Place place = lasten(SAMENKRACHT);
    assertEquals(new RowVariance(place, thousands(-5_321, 1), Direction.UNFAVOURABLE, Optional.of(thousands(-3_947, 1)),
        Optional.of(thousands(-9_268, 1)), percent("-134.8")), seed000.row(place));
  }

  @Test
  void moreBatenThanBudgetedIsFavourable() {
    // Baten 441 budgeted, 9.152 received: 8.711 V, 1975,3 % of the budget.
    RowVariance baten = seed000.row(baten(SAMENKRACHT));
    assertEquals(thousands(8_711, 1), baten.amount());
    assertEquals(Direction.FAVOURABLE, baten.direction());
    assertEquals(percent("1975.3"), baten.percentage());
  }

  @Test
  void aPercentageOfNoBudgetIsNotMeaningful() {
    // Maatwerkdienstverlening 18- budgeted no baten and received 6.
    RowVariance row = seed000.row(baten(MAATWERK_18_MIN));
    assertEquals(new Percentage.NotMeaningful(BigDecimal.ZERO, Amount.ofEuros(100_000)), row.percentage());
    assertEquals(Optional.empty(), row.percentage().value());
    assertEquals(Direction.FAVOURABLE, row.direction());
  }

  @Test
  void percentagesAreRoundedToOneDecimalHalfAwayFromZero() {
    // Geëscaleerde zorg 18+: lasten 4 below a budget of 350 is 1,142857 %.
    assertEquals(percent("1.1"), seed000.row(lasten(ESCALATED_18_PLUS)).percentage());
    Amount minimum = Amount.ofEuros(10_000);
    assertEquals(percent("0.3"), Percentage.of(new BigDecimal("25"), new BigDecimal("-10000"), minimum));
    assertEquals(percent("-0.3"), Percentage.of(new BigDecimal("-25"), new BigDecimal("-10000"), minimum));
    assertEquals(percent("-0.2"), Percentage.of(new BigDecimal("-24.99"), new BigDecimal("10000"), minimum));
  }

  @Test
  void theIssuesElevenThousandPercentIsNotMeaningfulByDefault() {
    // A variance of 1.195.300 on a budget of 10.000 would be 11953 %.
    assertEquals(new Percentage.NotMeaningful(new BigDecimal("10000"), Amount.ofEuros(100_000)), Percentage.of(
        new BigDecimal("-1195300"), new BigDecimal("-10000"), PercentageRule.DEFAULT.minimumBase(EuroUnit.EUROS)));
    // Seed 000's smallest budgets (baten of 10, 15 and 50 thousand) give none either; 350 thousand does.
    assertEquals(Optional.empty(), seed000.row(baten("Arbeidsparticipatie")).percentage().value());
    assertEquals(percent("1.1"), seed000.row(lasten(ESCALATED_18_PLUS)).percentage());
  }

  @Test
  void aBudgetExactlyAtTheMinimumHasAPercentageAndOneCentBelowItHasNone() {
    Amount minimum = Amount.ofEuros(10_000);
    assertEquals(percent("10.0"), Percentage.of(new BigDecimal("1000"), new BigDecimal("10000"), minimum));
    assertEquals(new Percentage.NotMeaningful(new BigDecimal("9999.99"), minimum),
        Percentage.of(new BigDecimal("1000"), new BigDecimal("-9999.99"), minimum));
  }

  @Test
  void noVarianceIsFavourableAndZeroPercent() {
    // Its budget of 15 thousand is a base only under a lower minimum than the default.
    RowVariance row = VarianceAnalysis.of(Comparison.of(Seed000Statement.statement()),
        PercentageRule.ofMinimumBase(Amount.ofEuros(10_000))).row(baten(ARBEIDSPARTICIPATIE));
    assertEquals(thousands(0, 1), row.amount());
    assertEquals(Direction.FAVOURABLE, row.direction());
    assertEquals(percent("0.0"), row.percentage());
  }

  @Test
  void theProgrammeAfterReservesIsItsResultPlusItsReserveMovements() {
    // 4.988 + 90 = 5.078 against a budget of 42.981 cost less 455 withdrawn: 11,9 %.
    RowVariance programme = seed000.row(new Place.ResultAfterReserves());
    assertEquals(thousands(5_078, 2), programme.amount());
    assertEquals(Optional.of(thousands(-42_526, 2)), programme.budget());
    assertEquals(percent("11.9"), programme.percentage());
  }

  @Test
  void everyRowSomeLineCountsTowardInStatementOrder() {
    // Six products with lasten, baten and onttrekkingen have 9 rows each (3 lines, 3 sides, result,
    // reserves, after reserves); three with lasten and baten 6; two with lasten only 4; then 3
    // kind totals and the 3 results of the programme.
    assertEquals(6 * 9 + 3 * 6 + 2 * 4 + 3 + 3, seed000.rows().size());
    List<Place> first = seed000.rows().subList(0, 9).stream().map(RowVariance::place).toList();
    assertEquals(List.of(lasten(SAMENKRACHT), baten(SAMENKRACHT), onttrekkingen(SAMENKRACHT),
        new Place.GroupKindTotal(SAMENKRACHT, LineKind.EXPENSES), new Place.GroupKindTotal(SAMENKRACHT, LineKind.INCOME),
        new Place.GroupKindTotal(SAMENKRACHT, LineKind.RESERVE_WITHDRAWAL), new Place.GroupResult(SAMENKRACHT),
        new Place.GroupReserves(SAMENKRACHT), new Place.GroupAfterReserves(SAMENKRACHT)), first);
    assertEquals(new Place.ResultAfterReserves(), seed000.rows().get(seed000.rows().size() - 1).place());
    assertEquals(11, seed000.rows(Place.Type.GROUP_AFTER_RESERVES).size());
    assertEquals(6, seed000.rows(Place.Type.GROUP_RESERVES).size());
  }

  @Test
  void aRowNoLineCountsTowardIsRefusedByName() {
    Place none = new Place.GroupReserves(BEGELEIDE_PARTICIPATIE);
    assertFalse(seed000.contains(none));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> seed000.row(none));
    assertTrue(e.getMessage().contains(BEGELEIDE_PARTICIPATIE), e::getMessage);
  }

  @Test
  void aStatementOfVariancesOnlyHasNoPercentages() {
    VarianceAnalysis analysis = VarianceAnalysis.of(Comparison.of(ComparisonTest.varianceOnly()));
    assertTrue(analysis.rows().stream().allMatch(r -> r.percentage() instanceof Percentage.NoBudget));
    assertEquals(thousands(-90, 2), analysis.row(new Place.GroupAfterReserves("Jeugd")).amount());
    assertEquals(Direction.UNFAVOURABLE, analysis.row(new Place.GroupAfterReserves("Jeugd")).direction());
  }

  @Test
  void theMinimumBaseIsTheLargerOfItsEurosAndItsUnits() {
    assertEquals(Amount.ofEuros(100_000), PercentageRule.DEFAULT.minimumBase(EuroUnit.EUROS));
    assertEquals(Amount.ofEuros(100_000), PercentageRule.DEFAULT.minimumBase(EuroUnit.THOUSANDS));
    assertEquals(Amount.ofEuros(10_000_000), PercentageRule.DEFAULT.minimumBase(EuroUnit.MILLIONS));
    assertEquals(Amount.ofEuros(500_000), PercentageRule.ofMinimumBase(Amount.ofEuros(500_000)).minimumBase(EuroUnit.THOUSANDS));
    // A higher minimum makes product 10's baten (441 budgeted) a base too small.
    VarianceAnalysis strict = VarianceAnalysis.of(Comparison.of(Seed000Statement.statement()),
        PercentageRule.ofMinimumBase(Amount.ofEuros(500_000)));
    assertEquals(new Percentage.NotMeaningful(new BigDecimal("441000"), Amount.ofEuros(500_000)),
        strict.row(baten(SAMENKRACHT)).percentage());
  }

  @Test
  void refusesAMinimumBaseOfZeroAndARowThatContradictsItsSign() {
    assertThrows(SociaalDomeinException.class, () -> PercentageRule.ofMinimumBase(Amount.ZERO));
    assertThrows(SociaalDomeinException.class, () -> new PercentageRule(Amount.ofEuros(1), -1));
    RowVariance row = seed000.row(lasten(SAMENKRACHT));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> new RowVariance(row.place(), row.amount(),
        Direction.FAVOURABLE, row.budget(), row.actual(), row.percentage()));
    assertTrue(e.getMessage().contains("V"), e::getMessage);
    assertThrows(SociaalDomeinException.class, () -> new RowVariance(row.place(), row.amount(), row.direction(),
        Optional.empty(), row.actual(), row.percentage()));
  }
}
