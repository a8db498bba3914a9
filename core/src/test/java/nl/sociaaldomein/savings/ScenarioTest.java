// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import static nl.sociaaldomein.savings.HoogeveenPlanTest.euros;
import static nl.sociaaldomein.savings.HoogeveenPlanTest.exactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.savings.model.Annex8Models;
import nl.sociaaldomein.savings.model.CalculationModel;
import nl.sociaaldomein.savings.model.CalculationModels;
import nl.sociaaldomein.savings.model.Driver;
import nl.sociaaldomein.savings.model.DriverKind;
import nl.sociaaldomein.savings.model.Product;
import nl.sociaaldomein.savings.model.Result;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static final Year Y2022 = Year.of(2022);
  private static final Year Y2025 = Year.of(2025);

  @Test
  void thePlanCountsTheModelsNetAndKeepsThePrintedClaim() {
    ModelledPlan plan = WmoScenarioFixture.annex8Wmo();
    assertEquals(exactly(400_000), plan.plan().total(Kind.STRUCTURAL));
    assertEquals(exactly(383_000), plan.computed().total(Kind.STRUCTURAL));
    assertEquals(List.of(euros(-33_000), euros(16_000)),
        plan.modelComparisons().stream().map(m -> m.comparison().difference()).toList());
    assertEquals(exactly(267_000), plan.computed().measure("W-licht").get().amount());
  }

  @Test
  void wmoClientsGrowingSevenPercentAYearRaiseTheNetByTheRoundedThousands() {
    ScenarioComparison comparison =
        ScenarioComparison.of(WmoScenarioFixture.annex8Wmo(), Scenario.base("basis"), WmoScenarioFixture.wmoGrowth(), Y2022, Y2025);
    // 2023: 107 and 149,8 -> 150 clients: 248.000 + 348.000 - 290.000 = 306.000, plus 116.000.
    List<AmountNet> expected = List.of(
        new AmountNet(383_000, 383_000), new AmountNet(383_000, 422_000),
        new AmountNet(383_000, 461_000), new AmountNet(383_000, 510_000));
    List<AmountNet> actual = comparison.years().stream().map(y -> comparison.row(y, Optional.empty()))
        .map(r -> new AmountNet(r.base().net(), r.scenario().net())).toList();
    assertEquals(expected, actual);
    assertEquals(Optional.of(euros(127_000)), comparison.row(Y2025, Optional.of(Domain.WMO)).lowDifference());
    assertEquals(Optional.of(euros(127_000)), comparison.row(Y2025, Optional.of(Domain.WMO)).highDifference());
  }

  private record AmountNet(AmountRange base, AmountRange scenario) {
    AmountNet(long base, long scenario) {
      this(exactly(base), exactly(scenario));
    }
  }

  @Test
  void growthCompoundsExactlyAndRoundsOnceAYear() {
    DriverChange growth = new DriverChange.Growth("cliënten", new BigDecimal("7"), Y2022, 0, RoundingMode.HALF_UP);
    Driver clients = Driver.count("cliënten", 100);
    assertEquals(clients, growth.apply(clients, Y2022));
    assertEquals(Driver.count("cliënten", 107), growth.apply(clients, Year.of(2023)));
    // 114,49 -> 114 and 122,5043 -> 123: compounded from the base, not from last year's rounded 114.
    assertEquals(Driver.count("cliënten", 114), growth.apply(clients, Year.of(2024)));
    assertEquals(Driver.count("cliënten", 123), growth.apply(clients, Y2025));
    DriverChange price = new DriverChange.Growth("prijs", new BigDecimal("3"), Y2022, 4, RoundingMode.HALF_EVEN);
    assertEquals(Driver.of("prijs", "0.8652", DriverKind.EUROS),
        price.apply(Driver.euros("prijs", "0.84"), Year.of(2023)));
  }

  @Test
  void settingADriverRecomputesTheModel() {
    Scenario fewerGroups = Scenario.base("3 groepen").setting("groepen", "3");
    assertEquals(euros(132_000), fewerGroups.applyTo(Annex8Models.dagontmoeting(), Y2025).net());
  }

  @Test
  void aScenarioNamingNoDriverOfThePlanIsAnError() {
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> WmoScenarioFixture.annex8Wmo().under(Scenario.base("typo").setting("clienten", "1"), Y2022));
    assertEquals(true, e.getMessage().contains("clienten"), e.getMessage());
  }

  @Test
  void aModelledMeasureMustBeInThePlanAsItStands() {
    ModelledPlan plan = WmoScenarioFixture.annex8Wmo();
    ModelledMeasure other = plan.modelled().get(0).measure().withStatus(Status.DROPPED)
        .withModel(Annex8Models.lichteBegeleiding());
    assertThrows(SociaalDomeinException.class, () -> new ModelledPlan(plan.plan(), List.of(other)));
  }

  @Test
  void aModelThatCostsMoreThanItSavesIsACostInThePlan() {
    Measure measure = Measure.structural("x", "Dagontmoeting", Domain.WMO, exactly(100_000), Y2022);
    CalculationModel costly = Scenario.base("10 groepen").setting("groepen", "12")
        .applyTo(Annex8Models.dagontmoeting(), Y2022);
    assertEquals(euros(-12_000), costly.net());
    Measure computed = measure.withModel(costly).computed();
    assertEquals(Measure.cost("x", "Dagontmoeting", Domain.WMO, exactly(12_000), Y2022, Measure.LAST_YEAR), computed);
    Phasing phasing = SavingsPlan.of(computed).phasing(Y2022, Y2025);
    assertEquals(AmountRange.exactly(euros(-12_000)), phasing.total(Y2025).net());
  }

  @Test
  void anAdverseScenarioShowsAMeasureTurningLossMaking() {
    Scenario fewer = Scenario.base("minder").growing(Domain.WMO, "cliënten", "-40", Y2022);
    ScenarioComparison comparison =
        ScenarioComparison.of(WmoScenarioFixture.annex8Wmo(), Scenario.base("basis"), fewer, Y2022, Y2025);
    Year y2024 = Year.of(2024);
    Amount modelled = Amount.sum(comparison.models(y2024).stream().map(m -> m.model().net()).toList());
    assertTrue(comparison.models(y2024).stream().anyMatch(m -> m.model().net().isNegative()));
    assertEquals(AmountRange.exactly(modelled), comparison.row(y2024, Optional.of(Domain.WMO)).scenario().net());
    assertEquals(AmountRange.exactly(euros(383_000)), comparison.row(y2024, Optional.of(Domain.WMO)).base().net());
  }

  @Test
  void aScenarioNumberThatIsNoNumberIsAnErrorNamingIt() {
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> Scenario.base("s").growing("cliënten", "7%", Y2022));
    assertEquals(true, e.getMessage().contains("7%"), e.getMessage());
  }

  @Test
  void aGrowthOfMinus100PercentOrLessIsRefused() {
    assertThrows(SociaalDomeinException.class,
        () -> new DriverChange.Growth("cliënten", new BigDecimal("-100"), Y2022, 0, RoundingMode.HALF_UP));
    assertThrows(SociaalDomeinException.class,
        () -> new DriverChange.Growth("cliënten", BigDecimal.ONE, Y2022, -1, RoundingMode.HALF_UP));
  }

  @Test
  void aModelListsItsDriversOnceEachAndIsUnchangedByTheIdentity() {
    CalculationModel model = Annex8Models.lichteBegeleiding();
    assertEquals(List.of("cliënten", "minuten per week", "prijs per minuut", "weken per jaar", "kosten per fte",
        "fte welzijnswerk", "overhead"), model.drivers().stream().map(Driver::name).toList());
    assertEquals(model, model.withDrivers(d -> d));
  }

  /** The Wmo models of annex 8 and a Jeugd model whose drivers are called "cliënten" too. */
  private static ModelledPlan wmoAndJeugd() {
    Measure backoffice = Measure.structural("J3", "Sturen vanuit de backoffice", Domain.JEUGD, exactly(100_000), Y2022);
    CalculationModel jeugd = CalculationModel.of("Sturen vanuit de backoffice", List.of(
            Result.of(Product.of(
                Driver.count("cliënten", 65), Driver.percentage("aandeel", "10"),
                Driver.euros("gemiddelde zorgkosten", "60000"), Driver.percentage("daling", "25")))),
        List.of(), euros(100_000));
    ModelledPlan wmo = WmoScenarioFixture.annex8Wmo();
    List<ModelledMeasure> all = new ArrayList<>(wmo.modelled());
    all.add(backoffice.withModel(jeugd));
    return new ModelledPlan(wmo.plan().plus(backoffice), all);
  }

  @Test
  void aChangeInTheWmoLeavesTheJeugdModelsOfTheSameDriverNameAlone() {
    ModelledPlan plan = wmoAndJeugd();
    Scenario wmoOnly = Scenario.base("Wmo-cliënten +7 % per jaar").growing(Domain.WMO, "cliënten", "7", Y2022);
    Scenario everywhere = Scenario.base("alle cliënten +7 % per jaar").growing("cliënten", "7", Y2022);
    ModelledPlan underWmo = plan.under(wmoOnly, Year.of(2023));
    // Wmo as in the two-measure plan (306.000 + 116.000); Jeugd's 65 clients stay 65: 97.500.
    assertEquals(exactly(422_000 + 97_500), underWmo.computed().total(Kind.STRUCTURAL));
    assertEquals(euros(97_500), underWmo.modelled().get(2).model().net());
    // Everywhere, 65 grows to 69,55 -> 70 clients: 70 x 10 % x 60.000 x 25 % = 105.000.
    assertEquals(euros(105_000), plan.under(everywhere, Year.of(2023)).modelled().get(2).model().net());
    assertEquals(exactly(422_000 + 105_000), plan.under(everywhere, Year.of(2023)).computed().total(Kind.STRUCTURAL));
  }

  @Test
  void aDomainChangeOfADriverNoModelOfThatDomainHasIsAnErrorNamingTheDomain() {
    Scenario jeugdGroups = Scenario.base("minder groepen").plus(new DriverChange.SetTo("groepen", BigDecimal.ONE)
        .inDomain(Domain.JEUGD));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> wmoAndJeugd().under(jeugdGroups, Y2022));
    assertEquals(true, e.getMessage().contains("groepen") && e.getMessage().contains("Jeugd"), e.getMessage());
    assertThrows(SociaalDomeinException.class,
        () -> new DriverChange.SetTo("groepen", BigDecimal.ONE).inDomain(Domain.JEUGD).inDomain(Domain.WMO));
  }

  @Test
  void aModelAloneTakesEveryChangeAndAMeasuresModelOnlyThoseOfItsDomain() {
    Scenario jeugdOnly = Scenario.base("s").plus(new DriverChange.SetTo("groepen", BigDecimal.ONE).inDomain(Domain.JEUGD));
    assertEquals(euros(164_000), jeugdOnly.applyTo(Annex8Models.dagontmoeting(), Y2022).net());
    assertEquals(euros(116_000), jeugdOnly.applyTo(Annex8Models.dagontmoeting(), Domain.WMO, Y2022).net());
    assertEquals(euros(164_000), jeugdOnly.applyTo(Annex8Models.dagontmoeting(), Domain.JEUGD, Y2022).net());
  }

  @Test
  void equalNumbersMakeEqualChanges() {
    assertEquals(new DriverChange.SetTo("prijs", new BigDecimal("0.9")), new DriverChange.SetTo("prijs", new BigDecimal("0.90")));
    assertEquals(Scenario.base("s").setting("n", "1000"), Scenario.base("s").setting("n", "1E+3"));
    assertEquals(new BigDecimal("7"), new DriverChange.Growth("n", new BigDecimal("7.00"), Y2022, 0, RoundingMode.HALF_UP)
        .percentPerYear());
  }

  @Test
  void aPlanTakesTheModelsOfItsMeasuresAndRefusesAModelOfAMeasureItLacks() {
    Measure w1 = Measure.structural("W1", "Lichte vormen van begeleiding", Domain.WMO,
        AmountRange.exactly(Amount.ofEuros(300_000)), Year.of(2022));
    SavingsPlan plan = SavingsPlan.of(w1);
    ModelledPlan modelled = ModelledPlan.of(plan, CalculationModels.of(Annex8Models.dagontmoeting()).plus(Annex8Models.lichteBegeleiding(), "W1"));
    assertEquals(1, modelled.modelled().size());
    assertEquals(Amount.ofEuros(267_000), modelled.computed().measure("W1").orElseThrow().amount().low().orElseThrow());
    SociaalDomeinException missing = assertThrows(SociaalDomeinException.class,
        () -> ModelledPlan.of(plan, CalculationModels.of().plus(Annex8Models.dagontmoeting(), "W2")));
    assertTrue(missing.getMessage().contains("W2") && missing.getMessage().contains("Dagontmoeting"), missing.getMessage());
  }

  @Test
  void aChangeIsRefusedWhenBuiltUnlessEveryWriterCanWriteIt() {
    assertThrows(SociaalDomeinException.class, () -> Scenario.base("s").setting("c", "1e40"));
    assertThrows(SociaalDomeinException.class, () -> Scenario.base("s").setting("c", "0.1234567890123456789012345678901"));
    assertThrows(SociaalDomeinException.class, () -> Scenario.base("s").growing("c", "7", Year.of(999)));
    assertThrows(SociaalDomeinException.class,
        () -> new DriverChange.Growth("c", BigDecimal.ONE, Y2022, 31, RoundingMode.HALF_UP));
    assertEquals(30, new DriverChange.Growth("c", BigDecimal.ONE, Y2022, 30, RoundingMode.HALF_UP).decimals());
  }

  @Test
  void decimalsForACountAreAnErrorNamingTheScenarioAndTheChange() {
    Scenario decimals = new Scenario("zeven procent", List.of(
        new DriverChange.Growth("cliënten", BigDecimal.valueOf(7), Y2022, 2, RoundingMode.HALF_UP)));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> WmoScenarioFixture.annex8Wmo().under(decimals, Y2025));
    assertTrue(e.getMessage().contains("\"zeven procent\"") && e.getMessage().contains("cliënten")
        && e.getMessage().contains("a count is a whole number"), e.getMessage());
  }
}
