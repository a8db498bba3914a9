// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import static nl.sociaaldomein.variance.ComparisonTest.thousands;
import static nl.sociaaldomein.variance.Seed000Statement.BEGELEIDE_PARTICIPATIE;
import static nl.sociaaldomein.variance.Seed000Statement.ESCALATED_18_PLUS;
import static nl.sociaaldomein.variance.Seed000Statement.MAATWERK_18_MIN;
import static nl.sociaaldomein.variance.Seed000Statement.SAMENKRACHT;
import static nl.sociaaldomein.variance.Seed000Statement.VOLKSGEZONDHEID;
import static nl.sociaaldomein.variance.Seed000Statement.baten;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.variance.Acceptance.CoverageBasis;
import nl.sociaaldomein.variance.LegalityRules.AuthorisationLevel;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import org.junit.jupiter.api.Test;

class BudgetLegalityTest {

  private final Comparison seed000 = Comparison.of(Seed000Statement.statement());

  private static final LegalityRules PER_GROUP = LegalityRules.defaults().withAuthorisationLevel(AuthorisationLevel.GROUP);

  @Test
  void seed000HasThreeGroupsOverBudgetAndOneIsCoveredByItsOwnBaten() {
    BudgetLegality report = BudgetLegality.of(seed000);
    assertEquals(List.of(SAMENKRACHT, BEGELEIDE_PARTICIPATIE, MAATWERK_18_MIN),
        report.groupOverruns().stream().map(o -> o.group().orElseThrow()).toList());
    // Samenkracht en burgerparticipatie: lasten 9.268 against 3.947, 5.321 over; baten 8.711 above budget.
    assertEquals(new Overrun(LegalityRules.lastenOf(SAMENKRACHT), Optional.of(thousands(3_947, 1)),
        Optional.of(thousands(9_268, 1)), thousands(5_321, 1), thousands(8_711, 1),
        new Acceptance.CoveredByIncome(CoverageBasis.OWN_INCOME, List.of(baten(SAMENKRACHT)), thousands(8_711, 1))),
        report.groupOverruns().get(0));
    // Begeleide participatie: 81 over, no baten at all.
    Overrun begeleide = report.groupOverruns().get(1);
    assertEquals(thousands(81, 1), begeleide.amount());
    assertEquals(Estimate.ZERO, begeleide.ownIncomeAboveBudget());
    assertEquals(new Acceptance.NotAccepted(), begeleide.acceptance());
    // Maatwerkdienstverlening 18-: 1.804 over, baten only 6 above budget.
    Overrun jeugd = report.groupOverruns().get(2);
    assertEquals(thousands(1_804, 1), jeugd.amount());
    assertEquals(thousands(6, 1), jeugd.ownIncomeAboveBudget());
    assertEquals(new Acceptance.NotAccepted(), jeugd.acceptance());
  }

  @Test
  void theProgrammesLastenAreOverBudgetAndCoveredByItsBaten() {
    // Printed line variances of lasten add up to -4.608 (the columns give 60.334 - 55.728 = 4.606);
    // the nine baten lines are 9.595 above budget.
    Overrun programme = BudgetLegality.of(seed000).programmeOverrun().orElseThrow();
    assertEquals(LegalityRules.programmeLasten(), programme.place());
    assertEquals(Optional.empty(), programme.group());
    assertEquals(thousands(4_608, 11), programme.amount());
    assertEquals(thousands(9_595, 9), programme.ownIncomeAboveBudget());
    assertEquals(Optional.of(thousands(55_728, 11)), programme.budgeted());
    assertEquals(Optional.of(thousands(60_334, 11)), programme.realised());
    Acceptance.CoveredByIncome covered = (Acceptance.CoveredByIncome) programme.acceptance();
    assertEquals(CoverageBasis.OWN_INCOME, covered.basis());
    assertEquals(9, covered.lines().size());
  }

  @Test
  void authorisedPerProgrammeNothingIsUnacceptedAgainstOnePercentOfTheRealisedLasten() {
    BudgetLegality report = BudgetLegality.of(seed000);
    assertEquals(List.of(), report.unaccepted());
    assertEquals(Estimate.ZERO, report.unacceptedTotal());
    assertEquals(Optional.of(Amount.ofEuros(60_334_000)), report.totalLasten());
    assertEquals(Optional.of(Amount.ofEuros(603_340)), report.reportingThreshold());
    assertFalse(report.exceedsReportingThreshold());
  }

  @Test
  void authorisedPerGroupTheTwoUncoveredOverrunsExceedTheThreshold() {
    // 81 + 1.804 = 1.885 thousand, above 603.340.
    BudgetLegality report = BudgetLegality.of(seed000, PER_GROUP);
    assertEquals(List.of(LegalityRules.lastenOf(BEGELEIDE_PARTICIPATIE), LegalityRules.lastenOf(MAATWERK_18_MIN)),
        report.unaccepted().stream().map(Overrun::place).toList());
    assertEquals(thousands(1_885, 2), report.unacceptedTotal());
    assertTrue(report.exceedsReportingThreshold());
  }

  @Test
  void declaredOpenEndedAndCouncilCategoriesAreAccepted() {
    BudgetLegality report = BudgetLegality.of(seed000, PER_GROUP
        .withOpenEnded(LegalityRules.lastenOf(MAATWERK_18_MIN))
        .withCouncilCategory(LegalityRules.lastenOf(BEGELEIDE_PARTICIPATIE), "Loonkosten cao-stijging"));
    assertEquals(new Acceptance.OpenEnded(), report.groupOverruns().get(2).acceptance());
    assertEquals(new Acceptance.CouncilCategory("Loonkosten cao-stijging"), report.groupOverruns().get(1).acceptance());
    assertEquals(List.of(), report.unaccepted());
    assertFalse(report.exceedsReportingThreshold());
  }

  @Test
  void linkedBatenDecideInsteadOfTheGroupsOwn() {
    // Volksgezondheid's 26 extra baten do not cover Samenkracht's 5.321, although Samenkracht's own would.
    BudgetLegality tooLittle = BudgetLegality.of(seed000, PER_GROUP
        .withLinkedIncome(LegalityRules.lastenOf(SAMENKRACHT), List.of(baten(VOLKSGEZONDHEID))));
    assertEquals(new Acceptance.NotAccepted(), tooLittle.groupOverruns().get(0).acceptance());
    // Beschermd wonen's 778 and Samenkracht's 8.711 together cover Maatwerkdienstverlening 18-'s 1.804.
    BudgetLegality enough = BudgetLegality.of(seed000, PER_GROUP.withLinkedIncome(LegalityRules.lastenOf(MAATWERK_18_MIN),
        List.of(baten(ESCALATED_18_PLUS), baten(SAMENKRACHT))));
    assertEquals(new Acceptance.CoveredByIncome(CoverageBasis.LINKED_LINES, List.of(baten(ESCALATED_18_PLUS), baten(SAMENKRACHT)),
        thousands(9_489, 2)), enough.groupOverruns().get(2).acceptance());
    assertEquals(thousands(81, 1), enough.unacceptedTotal());
  }

  @Test
  void theThresholdIsAPercentageOfTheTotalLastenTheUserGives() {
    // A municipality with 250 million of lasten: 1 % is 2.500.000, above the 1.885.000 unaccepted.
    BudgetLegality report = BudgetLegality.of(seed000, PER_GROUP.withTotalLasten(Amount.ofEuros(250_000_000)));
    assertEquals(Optional.of(Amount.ofEuros(2_500_000)), report.reportingThreshold());
    assertFalse(report.exceedsReportingThreshold());
    // Half a percent of the statement's own lasten is 301.670; of € 5 it is 2,5 cents, rounded half up to 3.
    assertEquals(Amount.ofEuros(301_670),
        BudgetLegality.of(seed000, PER_GROUP.withReportingThreshold(new BigDecimal("0.5"))).reportingThreshold().orElseThrow());
    assertEquals(Amount.ofCents(3), LegalityRules.defaults().withReportingThreshold(new BigDecimal("0.5"))
        .reportingThreshold(Amount.ofEuros(5)));
  }

  @Test
  void aStatementOfVariancesOnlyNeedsItsTotalLastenGiven() {
    Comparison variances = Comparison.of(ComparisonTest.varianceOnly());
    // Without realised lasten there is no threshold, and nothing can be said to exceed it.
    BudgetLegality unknown = BudgetLegality.of(variances);
    assertEquals(Optional.empty(), unknown.totalLasten());
    assertEquals(Optional.empty(), unknown.reportingThreshold());
    assertFalse(unknown.exceedsReportingThreshold());
    BudgetLegality report = BudgetLegality.of(variances, LegalityRules.defaults().withTotalLasten(Amount.ofEuros(1_000_000)));
    // Its lines are saldi, not lasten: there is no overrun of lasten to report.
    assertEquals(List.of(), report.overruns());
    assertEquals(Optional.of(Amount.ofEuros(10_000)), report.reportingThreshold());
  }

  @Test
  void refusesDeclarationsTheStatementCannotHold() {
    assertThrows(SociaalDomeinException.class, () -> LegalityRules.defaults().withOpenEnded(new Place.GroupResult(SAMENKRACHT)));
    assertThrows(SociaalDomeinException.class, () -> LegalityRules.defaults()
        .withOpenEnded(LegalityRules.lastenOf(SAMENKRACHT)).withCouncilCategory(LegalityRules.lastenOf(SAMENKRACHT), "Cao"));
    assertThrows(SociaalDomeinException.class, () -> LegalityRules.defaults()
        .withLinkedIncome(LegalityRules.lastenOf(SAMENKRACHT), List.of(Seed000Statement.lasten(VOLKSGEZONDHEID))));
    assertThrows(SociaalDomeinException.class, () -> LegalityRules.defaults().withReportingThreshold(BigDecimal.ZERO));
    assertThrows(SociaalDomeinException.class, () -> LegalityRules.defaults().withTotalLasten(Amount.ZERO));
    SociaalDomeinException unknownGroup = assertThrows(SociaalDomeinException.class, () -> BudgetLegality.of(seed000,
        LegalityRules.defaults().withOpenEnded(LegalityRules.lastenOf("Jeugdzorg"))));
    assertTrue(unknownGroup.getMessage().contains("Jeugdzorg"), unknownGroup::getMessage);
    SociaalDomeinException unknownLine = assertThrows(SociaalDomeinException.class, () -> BudgetLegality.of(seed000,
        LegalityRules.defaults().withLinkedIncome(LegalityRules.lastenOf(SAMENKRACHT), List.of(baten("Jeugdzorg")))));
    assertTrue(unknownLine.getMessage().contains("Jeugdzorg"), unknownLine::getMessage);
  }

  @Test
  void reportsAndRulesAreValues() {
    assertEquals(BudgetLegality.of(seed000), BudgetLegality.of(Comparison.of(Seed000Statement.statement())));
    assertEquals(LegalityRules.defaults().withReportingThreshold(new BigDecimal("1.0")), LegalityRules.defaults());
    assertEquals(LegalityRules.defaults().withReportingThreshold(new BigDecimal("1.0")).hashCode(),
        LegalityRules.defaults().hashCode());
  }

  @Test
  void legalityIsJudgedByTheAmendedBudgetWhateverTheReportCompares() {
    Statement statement = Seed000Statement.statement();
    Comparison years = Comparison.between(statement, "Realisatie 2021", "Realisatie 2022");
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> BudgetLegality.of(years));
    assertTrue(e.getMessage().contains("BudgetLegality.judgedBy"), e::getMessage);
    assertEquals(Optional.of(Comparison.of(statement)), BudgetLegality.judgedBy(statement));
    VarianceReport report = VarianceReport.of(years, VarianceRules.above(Amount.ofEuros(50_000)), Explanations.none());
    assertEquals(Optional.of(BudgetLegality.of(Comparison.of(statement))), report.legality());
    assertEquals(List.of(5_321_000L, 81_000L, 1_804_000L, 4_608_000L), report.legality().orElseThrow().overruns().stream()
        .map(o -> o.amount().nominal().longValueExact()).toList());
  }

  @Test
  void aStatementOfTwoForecastsHasNoLegalityToJudge() {
    Statement forecasts = Statement.builder("Meerjarenraming", EuroUnit.THOUSANDS, SignConvention.EXPENSES_POSITIVE)
        .column("Raming 2024", ColumnRole.FORECAST).column("Raming 2025", ColumnRole.FORECAST)
        .group("Wmo", GroupKind.PRODUCT).line("Wmo", LineKind.EXPENSES, "Lasten")
        .cell(new Place.Line("Wmo", LineKind.EXPENSES, "Lasten"), "Raming 2024", PrintedFigure.of(100, EuroUnit.THOUSANDS))
        .cell(new Place.Line("Wmo", LineKind.EXPENSES, "Lasten"), "Raming 2025", PrintedFigure.of(120, EuroUnit.THOUSANDS))
        .build();
    assertEquals(Optional.empty(), BudgetLegality.judgedBy(forecasts));
    VarianceReport report = VarianceReport.of(Comparison.between(forecasts, "Raming 2024", "Raming 2025"),
        VarianceRules.above(Amount.ofEuros(10_000)), Explanations.none());
    assertEquals(Optional.empty(), report.legality());
  }

  @Test
  void aBatenLineCoversOneGroupsOverrunOnly() {
    Place.Line baten = baten(SAMENKRACHT);
    LegalityRules once = LegalityRules.defaults().withLinkedIncome(LegalityRules.lastenOf(MAATWERK_18_MIN), List.of(baten));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> once.withLinkedIncome(LegalityRules.lastenOf("Begeleide participatie"), List.of(baten)));
    assertTrue(e.getMessage().contains("already linked to"), e::getMessage);
    // The programme's lasten are judged on their own level, and may be covered by the same baten.
    assertEquals(List.of(baten), once.withLinkedIncome(LegalityRules.programmeLasten(), List.of(baten))
        .linkedIncome(LegalityRules.programmeLasten()));
  }
}
