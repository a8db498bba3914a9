// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import static nl.sociaaldomein.variance.Seed000Statement.ARBEIDSPARTICIPATIE;
import static nl.sociaaldomein.variance.Seed000Statement.BEGELEIDE_PARTICIPATIE;
import static nl.sociaaldomein.variance.Seed000Statement.EIGEN_KRACHT;
import static nl.sociaaldomein.variance.Seed000Statement.ESCALATED_18_MIN;
import static nl.sociaaldomein.variance.Seed000Statement.ESCALATED_18_PLUS;
import static nl.sociaaldomein.variance.Seed000Statement.INKOMENSREGELINGEN;
import static nl.sociaaldomein.variance.Seed000Statement.MAATWERKVOORZIENINGEN;
import static nl.sociaaldomein.variance.Seed000Statement.MAATWERK_18_MIN;
import static nl.sociaaldomein.variance.Seed000Statement.MAATWERK_18_PLUS;
import static nl.sociaaldomein.variance.Seed000Statement.SAMENKRACHT;
import static nl.sociaaldomein.variance.Seed000Statement.VOLKSGEZONDHEID;
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
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.variance.Materiality.Level;
import org.junit.jupiter.api.Test;

class MaterialityTest {

  private final VarianceAnalysis seed000 = VarianceAnalysis.of(Comparison.of(Seed000Statement.statement()));

  private static final MaterialityRule ABOVE_50_000 = MaterialityRule.above(Amount.ofEuros(50_000));

  @Test
  void seed000ExplainsEveryProductAbove50000AfterReserveMovements() {
    // Variances after reserves, in thousands: 3.404, 250, 1.072, -81, 377, 192, 571, -1.749, 782,
    // 232, 28. Only Volksgezondheid's 28 stays below 50.000; Begeleide participatie's -81 counts
    // by its size.
    RequiredExplanations required = Materiality.of(ABOVE_50_000, Level.GROUP_AFTER_RESERVES).apply(seed000);
    assertEquals(List.of(SAMENKRACHT, EIGEN_KRACHT, INKOMENSREGELINGEN, BEGELEIDE_PARTICIPATIE, ARBEIDSPARTICIPATIE,
        MAATWERKVOORZIENINGEN, MAATWERK_18_PLUS, MAATWERK_18_MIN, ESCALATED_18_PLUS, ESCALATED_18_MIN),
        required.places().stream().map(p -> p.groupName().orElseThrow()).toList());
    assertTrue(required.places().stream().allMatch(p -> p instanceof Place.GroupAfterReserves));
    RequiredExplanation samenkracht = required.find(new Place.GroupAfterReserves(SAMENKRACHT)).orElseThrow();
    assertEquals("above € 50.000", samenkracht.reason());
    assertEquals(seed000.row(new Place.GroupAfterReserves(SAMENKRACHT)), samenkracht.variance());
    assertFalse(required.contains(new Place.GroupAfterReserves(VOLKSGEZONDHEID)));
  }

  @Test
  void aboveFivePercentUnlessBelow15000PerLine() {
    // 17 of the 26 lines. Left out: percentages of 5 or less (Inkomensregelingen baten 0,5 %,
    // Begeleide participatie 1,1 %, Geëscaleerde zorg 18+ lasten 1,1 %, Volksgezondheid lasten
    // 0,1 %, Arbeidsparticipatie baten 0) and amounts below 15.000 (Samenkracht onttrekkingen 14,
    // Maatwerkvoorzieningen baten 11, Maatwerkdienstverlening 18- baten 6 on no budget at all),
    // and Volksgezondheid's withdrawal of 0 on 0.
    MaterialityRule rule = MaterialityRule.abovePercentUnlessBelow(new BigDecimal("5"), Amount.ofEuros(15_000));
    RequiredExplanations required = Materiality.of(rule, Level.LINE).apply(seed000);
    assertEquals(List.of(lasten(SAMENKRACHT), baten(SAMENKRACHT),
        lasten(EIGEN_KRACHT), baten(EIGEN_KRACHT), onttrekkingen(EIGEN_KRACHT),
        lasten(INKOMENSREGELINGEN), onttrekkingen(INKOMENSREGELINGEN),
        lasten(ARBEIDSPARTICIPATIE), lasten(MAATWERKVOORZIENINGEN),
        lasten(MAATWERK_18_PLUS), baten(MAATWERK_18_PLUS), onttrekkingen(MAATWERK_18_PLUS),
        lasten(MAATWERK_18_MIN), onttrekkingen(MAATWERK_18_MIN),
        baten(ESCALATED_18_PLUS), lasten(ESCALATED_18_MIN), baten(VOLKSGEZONDHEID)), required.places());
    assertEquals("above 5 % of the budget and not below € 15.000",
        required.find(baten(VOLKSGEZONDHEID)).orElseThrow().reason());
  }

  @Test
  void theReasonNamesEachPartOfAnEitherOrRuleThatFired() {
    MaterialityRule rule = MaterialityRule.aboveAmountOrPercent(Amount.ofEuros(500_000), new BigDecimal("10.0"));
    RequiredExplanations required = Materiality.of(rule, Level.GROUP_SIDE).apply(seed000);
    // Lasten 5.321 over a budget of 3.947; 208 under 904 (23 %); 1.094 under 15.961 (6,9 %).
    assertEquals("above € 500.000 and above 10 % of the budget",
        required.find(new Place.GroupKindTotal(SAMENKRACHT, LineKind.EXPENSES)).orElseThrow().reason());
    assertEquals("above 10 % of the budget",
        required.find(new Place.GroupKindTotal(EIGEN_KRACHT, LineKind.EXPENSES)).orElseThrow().reason());
    assertEquals("above € 500.000",
        required.find(new Place.GroupKindTotal(INKOMENSREGELINGEN, LineKind.EXPENSES)).orElseThrow().reason());
    assertTrue(required.places().stream().allMatch(p -> p instanceof Place.GroupKindTotal));
    assertEquals("above € 500.000 or above 10 % of the budget", rule.describe());
  }

  @Test
  void rulesAtSeveralLevelsJoinTheirReasonsPerRow() {
    Materiality materiality = Materiality.of(ABOVE_50_000, Level.GROUP, Level.PROGRAMME)
        .plus(MaterialityRule.above(Amount.ofEuros(1_000_000)), Level.PROGRAMME);
    RequiredExplanations required = materiality.apply(seed000);
    assertEquals("above € 50.000; above € 1.000.000",
        required.find(new Place.ResultAfterReserves()).orElseThrow().reason());
    // Per group before reserves: Volksgezondheid's 28 is below, Eigen kracht's 171 above.
    assertTrue(required.contains(new Place.GroupResult(EIGEN_KRACHT)));
    assertFalse(required.contains(new Place.GroupResult(VOLKSGEZONDHEID)));
    assertFalse(required.contains(new Place.GroupAfterReserves(EIGEN_KRACHT)));
    assertEquals(10 + 1, required.size());
  }

  @Test
  void theNominalFigureDecidesNotItsBound() {
    // A variance printed as 50 (x € 1.000) may be 50.400 in truth; the report prints 50, not above 50.000.
    assertFalse(ABOVE_50_000.isMaterial(ComparisonTest.thousands(50, 1), Optional.empty()));
    assertTrue(ABOVE_50_000.isMaterial(ComparisonTest.thousands(-51, 1), Optional.empty()));
    assertTrue(MaterialityRule.notBelow(Amount.ofEuros(50_000)).isMaterial(ComparisonTest.thousands(50, 1), Optional.empty()));
  }

  @Test
  void aPercentageRuleCannotJudgeAStatementOfVariancesOnly() {
    VarianceAnalysis variances = VarianceAnalysis.of(Comparison.of(ComparisonTest.varianceOnly()));
    Materiality byPercent = Materiality.of(MaterialityRule.aboveAmountOrPercent(Amount.ofEuros(50_000), BigDecimal.TEN), Level.GROUP);
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> byPercent.apply(variances));
    assertTrue(e.getMessage().contains("above € 50.000 or above 10 % of the budget"), e::getMessage);
    // By amount it can: Jeugd's -120 before reserves is above 50.000, Wmo's 45 is not.
    assertEquals(List.of(new Place.GroupResult("Jeugd")), Materiality.of(ABOVE_50_000, Level.GROUP).apply(variances).places());
  }

  @Test
  void refusesNegativeThresholdsMissingLevelsAndCombinationsOfOne() {
    assertThrows(SociaalDomeinException.class, () -> MaterialityRule.above(Amount.ofEuros(-1)));
    assertThrows(SociaalDomeinException.class, () -> MaterialityRule.abovePercentOfBudget(new BigDecimal("-0.1")));
    assertThrows(SociaalDomeinException.class, () -> Materiality.of(ABOVE_50_000));
    assertThrows(SociaalDomeinException.class, () -> new MaterialityRule.AnyOf(List.of(ABOVE_50_000)));
  }

  @Test
  void rulesAreValuesThatFlattenTheirCombinations() {
    assertEquals(MaterialityRule.abovePercentOfBudget(new BigDecimal("5")), MaterialityRule.abovePercentOfBudget(new BigDecimal("5.00")));
    assertEquals(new BigDecimal("10"), new MaterialityRule.AbovePercentOfBudget(new BigDecimal("10.0")).percent());
    MaterialityRule a = MaterialityRule.above(Amount.ofEuros(1));
    MaterialityRule b = MaterialityRule.above(Amount.ofEuros(2));
    MaterialityRule c = MaterialityRule.above(Amount.ofEuros(3));
    assertEquals(new MaterialityRule.AnyOf(List.of(a, b, c)), a.or(b).or(c));
    assertEquals(new MaterialityRule.AllOf(List.of(a, b, c)), a.and(b.and(c)));
    assertEquals("above € 1 or (above € 2 and above € 3)", a.or(b.and(c)).describe());
    assertEquals(Materiality.of(a, Level.LINE, Level.GROUP), Materiality.of(a, Level.GROUP, Level.LINE, Level.GROUP));
    assertEquals("above € 1.234,56", MaterialityRule.above(Amount.ofCents(123_456)).describe());
    assertEquals("above 2,5 % of the budget", MaterialityRule.abovePercentOfBudget(new BigDecimal("2.50")).describe());
  }
}
