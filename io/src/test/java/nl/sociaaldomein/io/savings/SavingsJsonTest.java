// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import static java.math.RoundingMode.HALF_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.json.SociaalDomeinJson;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.DriverChange;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Scenario;
import nl.sociaaldomein.savings.ScenarioComparison;
import nl.sociaaldomein.savings.Status;
import nl.sociaaldomein.savings.Target;
import nl.sociaaldomein.savings.TargetComparison;
import nl.sociaaldomein.savings.model.CalculationModel;
import nl.sociaaldomein.savings.model.CalculationModels;
import nl.sociaaldomein.savings.model.Comparison.Verdict;
import nl.sociaaldomein.savings.model.Driver;
import nl.sociaaldomein.savings.model.DriverKind;
import nl.sociaaldomein.savings.model.Product;
import nl.sociaaldomein.savings.model.Result;
import nl.sociaaldomein.savings.model.Rounding;
import org.junit.jupiter.api.Test;

class SavingsJsonTest {

  private static final Year Y2022 = Year.of(2022);

  /** Seed 004, chapter 6: a Wmo tranche from 2022, a p.m. item, and the implementation cost of 350.000 a year. */
  private static SavingsPlan plan() {
    return SavingsPlan.of(
        Measure.structural("W1", "Wmo tranche 2022", Domain.WMO, AmountRange.exactly(Amount.ofEuros(250_000)), Y2022)
            .withStatus(Status.realised(Amount.ofEuros(240_000))),
        Measure.structural("W2", "Scootmobielen", Domain.WMO,
            AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(50_000)), Year.of(2023)),
        Measure.cost("K1", "Invoeringskosten", Domain.SOCIAAL_BREED, AmountRange.exactly(Amount.ofEuros(350_000)),
            Y2022, Year.of(2025)));
  }

  @Test
  void aPlanIsWrittenWithEveryFieldOfItsMeasures() {
    JsonNode json = SociaalDomeinJson.mapper().valueToTree(plan());
    JsonNode w1 = json.get("measures").get(0);
    assertEquals("W1", w1.get("id").asText());
    assertEquals("Wmo", w1.get("domain").asText());
    assertEquals("STRUCTURAL", w1.get("kind").asText());
    assertEquals("250000.00", w1.get("amount").get("low").asText());
    assertEquals(2022, w1.get("firstYear").asInt());
    assertTrue(w1.get("lastYear").isNull());
    assertEquals("REALISED", w1.get("status").get("kind").asText());
    assertEquals("240000.00", w1.get("status").get("realised").asText());
    JsonNode w2 = json.get("measures").get(1);
    assertTrue(w2.get("amount").get("proMemorie").asBoolean());
    assertEquals("PROPOSED", w2.get("status").get("kind").asText());
    assertEquals(2025, json.get("measures").get(2).get("lastYear").asInt());
  }

  @Test
  void aPhasingAndItsTargetComparisonAreWrittenYearByYear() {
    Phasing phasing = plan().phasing(Y2022, Year.of(2023));
    JsonNode json = SociaalDomeinJson.mapper().valueToTree(phasing);
    JsonNode y2023 = json.get("years").get(1);
    assertEquals(2023, y2023.get("year").asInt());
    assertEquals("260000.00", y2023.get("total").get("structural").get("low").asText());
    assertEquals("300000.00", y2023.get("total").get("structural").get("high").asText());
    assertEquals("350000.00", y2023.get("total").get("costs").get("low").asText());
    assertEquals("260000.00", y2023.get("perDomain").get("Wmo").get("structural").get("low").asText());

    TargetComparison comparison =
        TargetComparison.of(phasing, Target.constant(Y2022, Year.of(2023), Amount.ofEuros(100_000)), Line.STRUCTURAL);
    JsonNode rows = SociaalDomeinJson.mapper().valueToTree(comparison).get("rows");
    assertEquals(2, rows.size());
    assertEquals(2022, rows.get(0).get("year").asInt());
    assertEquals("100000.00", rows.get(0).get("target").asText());
    assertEquals("250000.00", rows.get(0).get("planned").get("low").asText());
    assertEquals(comparison.rows().get(0).coverage().name(), rows.get(0).get("coverage").asText());
    assertTrue(rows.get(0).has("gap") && rows.get(0).has("surplus") && rows.get(0).has("covered"));
  }

  /** Seed 004, annex 8, "Lichte vormen van begeleiding": net 267.000 against the claimed 300.000. */
  @Test
  void aCalculationModelIsWrittenWithItsDerivationAndVerdict() {
    Rounding thousands = Rounding.toNearest(1_000, HALF_UP);
    List<Result> gains = List.of(100L, 140L).stream().map(clients -> Result.of(Product.of(
        Result.of(Product.of(Driver.count("cliënten", clients), Product.of(
            Driver.of("minuten per week", "60", DriverKind.MINUTES), Driver.euros("prijs per minuut", "0.84"))))
            .withLabel("per week"),
        Driver.of("weken per jaar", "46", DriverKind.WEEKS))).withLabel("per jaar").roundedTo(thousands)).toList();
    Result fte = Result.of(Product.of(Driver.euros("kosten per fte", "80000"), Driver.of("fte", "3", DriverKind.FTE)));
    Result overhead = Result.of(Product.of(Driver.percentage("overhead", "21"), fte)).roundedTo(thousands);
    CalculationModel model = CalculationModel.of("Lichte vormen van begeleiding", gains, List.of(fte, overhead),
        Amount.ofEuros(300_000));

    JsonNode json = SociaalDomeinJson.mapper().valueToTree(model);
    assertEquals("Lichte vormen van begeleiding", json.get("name").asText());
    assertEquals("231840", json.get("gains").get(0).get("exact").asText());
    assertEquals("232000", json.get("gains").get(0).get("value").asText());
    assertEquals("HALF_UP", json.get("gains").get(0).get("rounding").get("mode").asText());
    assertEquals("557000.00", json.get("gross").asText());
    assertEquals("290000.00", json.get("totalCosts").asText());
    assertEquals("267000.00", json.get("net").asText());
    assertEquals("300000.00", json.get("comparison").get("claimed").asText());
    assertEquals("-33000.00", json.get("comparison").get("difference").asText());
    assertEquals("DIFFERS", json.get("comparison").get("verdict").asText());
    assertEquals(model.derivation(), json.get("derivation").asText());
    assertTrue(json.get("derivation").asText().startsWith("100 x (60 x 0,84) = € 5.040 per week x 46 = € 231.840"));
  }

  private static final String ANNEX_8 = "seed-004-annex8-models.json";

  /** Seed 004's annex 8 as a user keeps it: the inputs only, no computed field. */
  private static CalculationModels annex8() {
    ReadResult<CalculationModels> read = SavingsJson.readModels(
        new StringReader(SavingsFixturesTest.resource(ANNEX_8)), ANNEX_8);
    assertEquals(List.of(), read.problems());
    assertEquals(6, read.report().accepted());
    return read.orElseThrow();
  }

  private static CalculationModel model(String name) {
    return annex8().model(name).orElseThrow();
  }

  private static Amount euros(long euros) {
    return Amount.ofEuros(euros);
  }

  @Test
  void annex8ReadFromJsonComputesThePrintedNetsAndComparesThemWithTheClaims() {
    CalculationModel licht = model("Lichte vormen van begeleiding");
    assertEquals(new BigDecimal("231840"), licht.gains().get(0).exact());
    assertEquals(new BigDecimal("324576"), licht.gains().get(1).exact());
    assertEquals(euros(557_000), licht.gross());
    assertEquals(euros(290_000), licht.totalCosts());
    assertEquals(euros(267_000), licht.net());
    assertEquals(euros(-33_000), licht.comparison().difference());
    assertEquals(Verdict.DIFFERS, licht.comparison().verdict());
    assertTrue(licht.derivation().startsWith(
        "100 x (60 x 0,84) = € 5.040 per week x 46 = € 231.840, afgerond € 232.000 per jaar\n"), licht::derivation);
    assertTrue(licht.derivation().contains("netto: € 557.000 - € 240.000 - € 50.000 = € 267.000"), licht::derivation);

    assertEquals(euros(116_000), model("Dagontmoeting").net());
    CalculationModel verordeningen = model("Verordeningen en beleidsregels");
    assertEquals(new BigDecimal("66500"), verordeningen.gains().get(1).exact());
    assertEquals(euros(200_000), verordeningen.net());
    assertEquals(Verdict.EQUAL, verordeningen.comparison().verdict());
    assertEquals(euros(97_500), model("Sturen vanuit de backoffice").net());
    assertEquals(euros(30_000), model("Ombuigen naar collectieve voorzieningen").net());
    assertEquals(euros(20_000), model("Beleidsplan Schuldhulpverlening").net());
    assertEquals(Map.of("Lichte vormen van begeleiding", "W-licht", "Dagontmoeting", "W-dag"),
        annex8().measureIds());
  }

  @Test
  void aModelIsWrittenWithItsStructureAndReadsBackEqualWithItsComputedFieldsChecked() {
    CalculationModel licht = model("Lichte vormen van begeleiding");
    String json = SavingsJson.toJson(licht);
    JsonNode tree = SociaalDomeinJson.mapper().valueToTree(licht);
    JsonNode perWeek = tree.get("gains").get(0).get("expression").get("product").get(0).get("result");
    assertEquals("per week", perWeek.get("label").asText());
    assertEquals("5040", perWeek.get("value").asText());
    assertEquals("cliënten", perWeek.get("expression").get("product").get(0).get("driver").get("name").asText());
    assertEquals("COUNT", perWeek.get("expression").get("product").get(0).get("driver").get("kind").asText());
    assertEquals("0.84", perWeek.get("expression").get("product").get(1).get("product").get(1)
        .get("driver").get("number").asText());
    assertEquals("300000.00", tree.get("claimed").asText());
    assertEquals("0.00", tree.get("tolerance").asText());

    ReadResult<CalculationModel> back = SavingsJson.readModel(new StringReader(json), "licht.json");
    assertEquals(List.of(), back.problems());
    assertEquals(licht, back.orElseThrow());

    CalculationModels models = annex8();
    assertEquals(models, SavingsJson.readModels(new StringReader(SavingsJson.toJson(models)), "m.json").orElseThrow());
  }

  @Test
  void aComputedFieldThatIsNotWhatTheModelComputesIsAProblemAtItsPath() {
    String json = SavingsJson.toJson(model("Dagontmoeting"))
        .replace("\"net\" : \"116000.00\"", "\"net\" : \"100000\"")
        .replace("\"value\" : \"64000\"", "\"value\" : \"64000.000\"");
    ReadResult<CalculationModel> read = SavingsJson.readModel(new StringReader(json), "dag.json");
    assertEquals(List.of(Problem.of(Location.atPath("dag.json", "$.net"), "100000",
        "the model computes 116000.00; a computed field, when given, must be what the model computes"
            + " (leave it out to have it written)")), read.problems());
    assertEquals(Optional.empty(), read.value());
    assertEquals(1, read.report().rejected());
  }

  @Test
  void aPlanReadsBackEqualFromWhatIsWrittenAndSeed004sProgrammaplanToo() {
    assertEquals(plan(), SavingsJson.readPlan(new StringReader(SavingsJson.toJson(plan())), "p.json").orElseThrow());
    SavingsPlan programmaplan = SavingsFixturesTest.plan("seed-004-hoogeveen-programmaplan.csv");
    SavingsPlan back = SavingsJson.readPlan(new StringReader(SavingsJson.toJson(programmaplan)), "p.json").orElseThrow();
    assertEquals(programmaplan, back);
    assertEquals(euros(1_900_000), back.phasing(Y2022, Year.of(2025)).total(Year.of(2025)).structural().low().orElseThrow());
  }

  @Test
  void aHandWrittenMeasureTakesItsDefaultsAndABadOneIsRejectedAtItsPath() {
    String json = """
        {"measures": [
          {"id": "W1", "domain": "Wmo", "kind": "STRUCTURAL", "amount": {"low": "250000", "high": "250000"},
           "firstYear": 2022},
          {"id": "W2", "domain": "Wmo", "kind": "INCIDENTAL", "amount": {"low": "1", "high": "2"},
           "firstYear": 2023, "lastYear": 2022},
          {"id": "W3", "domain": "Wmo", "kind": "STRUCTURAL", "amount": {"low": null, "high": null, "proMemorie": true},
           "firstYear": "2022"},
          {"id": "W1", "domain": "Jeugd", "kind": "STRUCTURAL", "amount": {"low": "1", "high": "1"}, "firstYear": 2022},
          {"id": "W5", "domain": "Wmo", "kind": "structureel", "amount": {"low": "1", "high": "1"}, "firstYear": 2022,
           "status": {"kind": "DECIDED", "realised": "1"}}
        ]}
        """;
    ReadResult<SavingsPlan> read = SavingsJson.readPlan(new StringReader(json), "plan.json");
    assertEquals(SavingsPlan.of(
        Measure.structural("W1", "", Domain.WMO, AmountRange.exactly(euros(250_000)), Y2022)), read.value().orElseThrow());
    assertEquals(5, read.report().rowsRead());
    assertEquals(4, read.report().rejected());
    List<String> problems = read.problems().stream().map(Problem::toString).toList();
    assertEquals(List.of(
        "plan.json, $.measures[1]: \"W2\": measure \"W2\": the last year 2022 lies before the first year 2023",
        "plan.json, $.measures[2].firstYear: \"2022\": expected a whole number, not a string",
        "plan.json, $.measures[3].id: \"W1\": the id of $.measures[0] too; ids are unique in a plan",
        "plan.json, $.measures[4].kind: \"structureel\": not a Kind; expected one of [STRUCTURAL, INCIDENTAL, COST]",
        "plan.json, $.measures[4].status.realised: \"1.00\": only a REALISED status has a realised amount"), problems);
  }

  @Test
  void aBadDriverDeepInAModelIsReportedAtItsPathAndStrictModeThrowsIt() {
    String json = """
        {"name": "Backoffice", "claimed": "100000",
         "gains": [{"expression": {"product": [
           {"driver": {"name": "cliënten", "number": "65", "kind": "CLIENTS"}},
           {"driver": {"name": "kosten", "number": "6,0", "kind": "EUROS"}}]}}]}
        """;
    ReadResult<CalculationModel> read = SavingsJson.readModel(new StringReader(json), "m.json");
    assertEquals(List.of(
        "m.json, $.gains[0].expression.product[0].driver.kind: \"CLIENTS\": not a DriverKind; expected one of "
            + "[COUNT, PERCENTAGE, EUROS, MINUTES, HOURS, WEEKS, FTE, NUMBER]",
        "m.json, $.gains[0].expression.product[1].driver.number: \"6,0\": not a plain decimal number such as 0.84 or 1300"),
        read.problems().stream().map(Problem::toString).toList());
    assertEquals(Optional.empty(), read.value());

    ReadException e = assertThrows(ReadException.class,
        () -> SavingsJson.readModel(new StringReader(json), "m.json", ReadMode.STRICT));
    assertEquals(Optional.of("$.gains[0].expression.product[0].driver.kind"), e.problem().where().jsonPath());
  }

  @Test
  void anExpressionIsExactlyOneThingAndAModelsMoneyMustAddUpToTheCent() {
    String json = """
        {"models": [
          {"measure": "X", "name": "Twee", "claimed": "1", "gains": [{"expression": {
            "driver": {"name": "a", "number": "1", "kind": "EUROS"}, "sum": []}}]},
          {"measure": null, "name": "Cent", "claimed": "1", "gains": [{"expression": {"product": [
            {"driver": {"name": "prijs", "number": "0.845", "kind": "EUROS"}},
            {"driver": {"name": "n", "number": "1", "kind": "COUNT"}}]}}]},
          {"name": "Goed", "claimed": "1", "tolerance": "0.5",
           "gains": [{"expression": {"driver": {"name": "a", "number": "1", "kind": "EUROS"}}}]},
          {"measure": "Y", "name": "Goed", "claimed": "1",
           "gains": [{"expression": {"driver": {"name": "a", "number": "1", "kind": "EUROS"}}}]}
        ]}
        """;
    ReadResult<CalculationModels> read = SavingsJson.readModels(new StringReader(json), "m.json");
    List<Problem> problems = read.problems();
    assertEquals(3, problems.size(), problems::toString);
    assertEquals(Optional.of("$.models[0].gains[0].expression"), problems.get(0).where().jsonPath());
    assertTrue(problems.get(0).why().contains("this one is driver and sum"), problems.get(0)::toString);
    assertEquals(Optional.of("$.models[1].gains[0]"), problems.get(1).where().jsonPath());
    assertTrue(problems.get(1).why().contains("fraction of a cent"), problems.get(1)::toString);
    assertEquals(Optional.of("$.models[3].name"), problems.get(2).where().jsonPath());
    CalculationModels models = read.value().orElseThrow();
    assertEquals(List.of("Goed"), models.models().stream().map(CalculationModel::name).toList());
    assertEquals(euros(0).plus(Amount.ofCents(50)), models.models().get(0).tolerance());
  }

  /** "Wmo-cliënten +7 % per jaar", the risk seed 004 names, as a user keeps it. */
  private static final String WMO_GROWTH = """
      {"name": "Wmo-cliënten +7 % per jaar",
       "changes": [{"kind": "GROWTH", "driver": "cliënten", "percentPerYear": "7", "baseYear": 2022}]}
      """;

  @Test
  void aScenarioReadsWithItsDefaultsAndBackEqualFromWhatIsWritten() {
    Scenario growth = SavingsJson.readScenario(new StringReader(WMO_GROWTH), "s.json").orElseThrow();
    assertEquals(Scenario.base("Wmo-cliënten +7 % per jaar").growing("cliënten", "7", Y2022), growth);
    Scenario both = growth.setting("prijs per minuut", "0.90");
    String json = SavingsJson.toJson(both);
    JsonNode set = SociaalDomeinJson.mapper().valueToTree(both).get("changes").get(1);
    assertEquals("SET_TO", set.get("kind").asText());
    assertEquals("0.9", set.get("value").asText());
    assertEquals(both, SavingsJson.readScenario(new StringReader(json), "s.json").orElseThrow());
    assertEquals(new DriverChange.Growth("cliënten", new BigDecimal("7"), Y2022, 0, HALF_UP),
        SavingsJson.readScenario(new StringReader(json), "s.json").orElseThrow().changes().get(0));
  }

  @Test
  void aChangeKeptToOneDomainReadsAndWritesItsDomain() {
    Scenario wmo = Scenario.base("Wmo-cliënten +7 % per jaar").growing(Domain.WMO, "cliënten", "7", Y2022);
    JsonNode change = SociaalDomeinJson.mapper().valueToTree(wmo).get("changes").get(0);
    assertEquals("Wmo", change.get("domain").asText());
    assertEquals(wmo, SavingsJson.readScenario(new StringReader(SavingsJson.toJson(wmo)), "s.json").orElseThrow());
    ReadResult<Scenario> numeric = SavingsJson.readScenario(new StringReader(WMO_GROWTH.replace(
        "\"driver\": \"cliënten\"", "\"driver\": \"cliënten\", \"domain\": 5")), "s.json");
    assertEquals(List.of("$.changes[0].domain"),
        numeric.problems().stream().map(p -> p.where().jsonPath().orElseThrow()).toList());
  }

  @Test
  void aBadChangeIsRejectedAndTheScenarioKeepsTheOthers() {
    String json = """
        {"name": "Mix", "changes": [
          {"kind": "GROWTH", "driver": "cliënten", "percentPerYear": "7", "baseYear": 2022, "mode": "HALFUP"},
          {"kind": "SET_TO", "driver": "fte", "value": "4", "baseYear": 2022},
          {"kind": "GROW", "driver": "fte"},
          {"kind": "GROWTH", "driver": "x", "percentPerYear": "-100", "baseYear": 2022},
          {"kind": "SET_TO", "driver": "fte", "value": "4"}]}
        """;
    ReadResult<Scenario> read = SavingsJson.readScenario(new StringReader(json), "s.json");
    assertEquals(List.of("$.changes[0].mode", "$.changes[1].baseYear", "$.changes[2].kind", "$.changes[3]"),
        read.problems().stream().map(p -> p.where().jsonPath().orElseThrow()).toList());
    assertEquals(Scenario.base("Mix").setting("fte", "4"), read.value().orElseThrow());
    assertEquals(4, read.report().rejected());
  }

  /**
   * Seed 004's two Wmo measures with their annex 8 models, under "Wmo-cliënten +7 % per jaar":
   * the modelled plan, its measures and the comparison are written with every figure.
   */
  @Test
  void aModelledPlanAndAScenarioComparisonAreWrittenWithTheirFigures() {
    String planJson = """
        {"measures": [
          {"id": "W-licht", "description": "Lichte vormen van begeleiding", "domain": "Wmo", "kind": "STRUCTURAL",
           "amount": {"low": "300000", "high": "300000"}, "firstYear": 2022},
          {"id": "W-dag", "description": "Dagontmoeting", "domain": "Wmo", "kind": "STRUCTURAL",
           "amount": {"low": "100000", "high": "100000"}, "firstYear": 2022}]}
        """;
    SavingsPlan plan = SavingsJson.readPlan(new StringReader(planJson), "wmo.json").orElseThrow();
    ModelledPlan modelled = ModelledPlan.of(plan, annex8());
    ObjectMapper mapper = SociaalDomeinJson.mapper();

    JsonNode written = mapper.valueToTree(modelled);
    assertEquals("W-licht", written.get("modelled").get(0).get("measure").get("id").asText());
    assertEquals("267000.00", written.get("modelled").get(0).get("computed").get("low").asText());
    assertEquals("DIFFERS", written.get("modelled").get(0).get("comparison").get("verdict").asText());
    assertEquals("116000.00", written.get("modelled").get(1).get("model").get("net").asText());
    assertEquals(2, written.get("plan").get("measures").size());

    Scenario base = Scenario.base("basis");
    Scenario growth = SavingsJson.readScenario(new StringReader(WMO_GROWTH), "s.json").orElseThrow();
    ScenarioComparison comparison = ScenarioComparison.of(modelled, base, growth, Y2022, Year.of(2023));
    JsonNode json = mapper.valueToTree(comparison);
    assertEquals("basis", json.get("base").get("name").asText());
    assertEquals("GROWTH", json.get("scenario").get("changes").get(0).get("kind").asText());
    assertEquals(List.of(2022, 2023), List.of(json.get("years").get(0).asInt(), json.get("years").get(1).asInt()));
    assertEquals("Wmo", json.get("domains").get(0).asText());
    JsonNode rows = json.get("rows");
    assertEquals(comparison.rows().size(), rows.size());
    // 2022 is the base year: nothing changes.
    assertTrue(rows.get(0).get("domain").isNull());
    assertEquals("383000.00", rows.get(0).get("base").get("net").get("low").asText());
    assertEquals("0.00", rows.get(0).get("lowDifference").asText());
    // 2023: 107 and 150 (149,8) clients: 107 x (60 x 0,84) x 46 = 248.068,80 (248.000) and 150 x ... = 347.760
    // (348.000), gross 596.000, net 306.000, 39.000 above the base's 267.000; dagontmoeting stays 116.000.
    JsonNode y2023 = rows.get(2);
    assertEquals(2023, y2023.get("year").asInt());
    assertEquals("422000.00", y2023.get("scenario").get("net").get("low").asText());
    assertEquals("39000.00", y2023.get("lowDifference").asText());
    assertEquals("39000.00", y2023.get("highDifference").asText());
    assertEquals("Wmo", rows.get(3).get("domain").asText());
    assertEquals(comparison.rows().get(3).lowDifference().orElseThrow().toBigDecimal().toPlainString(),
        rows.get(3).get("lowDifference").asText());
  }

  @Test
  void theModuleReadsEmbeddedValuesStrictlyNamingThePath() throws Exception {
    ObjectMapper mapper = SociaalDomeinJson.mapper();
    CalculationModels models = annex8();
    assertEquals(models, mapper.readValue(mapper.writeValueAsString(models), CalculationModels.class));
    assertEquals(plan(), mapper.readValue(mapper.writeValueAsString(plan()), SavingsPlan.class));
    Scenario growth = Scenario.base("g").growing("cliënten", "7", Y2022);
    assertEquals(growth, mapper.readValue(mapper.writeValueAsString(growth), Scenario.class));
    CalculationModel licht = models.models().get(0);
    assertEquals(licht, mapper.readValue(mapper.writeValueAsString(licht), CalculationModel.class));

    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{\"name\": \"g\", \"changes\": [{\"kind\": \"SET_TO\", \"driver\": \"x\"}]}",
            Scenario.class));
    assertTrue(e.getMessage().contains("$.changes[0].value"), e::getMessage);
  }

  @Test
  void aRepeatedTagIsAProblemAtItsPath() {
    String json = """
        {"measures": [
          {"id": "W1", "domain": "wmo", "kind": "STRUCTURAL", "amount": {"low": "1", "high": "1"}, "firstYear": 2022,
           "tags": ["a", "b", "a"]},
          {"id": "W2", "domain": "wmo", "kind": "STRUCTURAL", "amount": {"low": "1", "high": "1"}, "firstYear": 2022}
        ]}
        """;
    ReadResult<SavingsPlan> read = SavingsJson.readPlan(new StringReader(json), "plan.json");
    assertEquals(List.of("plan.json, $.measures[0].tags[2]: \"a\": the tag is given twice"),
        read.problems().stream().map(Problem::toString).toList());
    assertEquals(Domain.WMO, read.value().orElseThrow().measure("W2").orElseThrow().domain());
  }
}
