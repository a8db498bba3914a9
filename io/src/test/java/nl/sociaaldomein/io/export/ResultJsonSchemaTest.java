// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.Parallelism;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.io.savings.CalculationModelCsv;
import nl.sociaaldomein.io.savings.SavingsCsv;
import nl.sociaaldomein.io.savings.ScenarioCsv;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.io.variance.ExplanationCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Scenario;
import nl.sociaaldomein.savings.ScenarioComparison;
import nl.sociaaldomein.savings.Target;
import nl.sociaaldomein.savings.TargetComparison;
import nl.sociaaldomein.savings.model.CalculationModels;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.Materiality;
import nl.sociaaldomein.variance.MaterialityRule;
import nl.sociaaldomein.variance.VarianceReport;
import nl.sociaaldomein.variance.VarianceRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON of every result against its schema under {@code docs/schemas/}: documents made from
 * the seeds (and random client datasets) are valid, and a document altered as a reader would
 * trip over it (a field missing, an amount as a number, a place written as a bean) is not.
 */
class ResultJsonSchemaTest {

  static final Path SCHEMAS = Path.of("../docs/schemas");
  private static final String BASE = "https://sociaaldomein.invalid/schemas/";
  private static final ObjectMapper MAPPER = ResultJson.mapper();
  private static final SchemaRegistry REGISTRY = registry();
  /** The schemas the examples were checked against, so that none in the folder goes untested. */
  private static final Set<String> USED = new LinkedHashSet<>();

  private static SchemaRegistry registry() {
    Map<String, String> schemas = new HashMap<>();
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
        String text = Files.readString(file);
        String id = MAPPER.readTree(text).path("$id").asText();
        assertEquals(BASE + file.getFileName(), id, file + ": its $id");
        schemas.put(id, text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(schemas));
  }

  private static Schema schema(String name) {
    USED.add(name + ".schema.json");
    return REGISTRY.getSchema(SchemaLocation.of(BASE + name + ".schema.json"));
  }

  private static JsonNode json(Object result) {
    try {
      return MAPPER.readTree(ResultJson.toJson(result));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertValid(String name, Object result) {
    JsonNode node = json(result);
    List<Error> errors = schema(name).validate(node);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), () -> name + ":\n" + node.toPrettyString());
  }

  /** {@code result}'s JSON altered by {@code change} is refused by the schema {@code name}. */
  static void assertRefused(String name, Object result, Consumer<ObjectNode> change) {
    ObjectNode node = (ObjectNode) json(result);
    change.accept(node);
    assertFalse(schema(name).validate(node).isEmpty(), () -> name + " took the altered document\n" + node.toPrettyString());
  }

  static Statement statement(String file) {
    return StatementCsv.read(Path.of("../data/statements/" + file)).orElseThrow();
  }

  static Statement altered() throws IOException {
    String text = Files.readString(TidyCsvTest.VERSCHILLEN).replace(";;571 V", ";;581 V");
    return StatementCsv.read(new StringReader(text), "altered").orElseThrow();
  }

  @Test
  void everyChecksReportMatchesItsSchemaAndAPlaceWrittenAsABeanDoesNot() throws IOException {
    List<Statement> statements = new ArrayList<>();
    for (String file : List.of("seed-000-meppel-2022.csv", "seed-002-twenterand-2022.csv", "synthetic-verschillen-000.csv",
        "synthetic-both-positive.csv", "synthetic-income-positive.csv", "synthetic-running-text.csv")) {
      statements.add(statement(file));
    }
    statements.add(altered());
    for (Statement s : statements) {
      assertValid("reconciliation-report", s.check());
    }
    var report = altered().check();
    JsonNode place = json(report).at("/inconsistencies/0/cell/place");
    assertEquals("group-after", place.path("row").asText());
    assertEquals("Maatwerkdienstverlening 18+", place.path("group").asText());
    assertFalse(place.has("line"), place.toString());
    // What a mapper without the modules wrote: the place as a bean.
    assertRefused("reconciliation-report", report, n -> ((ObjectNode) n.at("/inconsistencies/0/cell/place"))
        .removeAll().put("line", false).put("type", "GROUP_AFTER_RESERVES"));
    assertRefused("reconciliation-report", report, n -> ((ObjectNode) n.at("/inconsistencies/0")).put("excess", 8500));
    assertRefused("reconciliation-report", report, n -> n.put("consistent", true));
    assertRefused("reconciliation-report", report, n -> n.remove("checkedCells"));
    assertRefused("reconciliation-report", report, n -> ((ObjectNode) n.at("/inconsistencies/0/cell/place"))
        .put("row", "line"));
  }

  @Test
  void theClientResultsOfRandomDatasetsMatchTheirSchemas() {
    qt().withExamples(25).forAll(longs().all()).checkAssert(seed -> {
      ClientDataset data = ClientResultsTidyProperties.dataset(seed);
      assertValid("aggregation-result", data.aggregate(Query.by(Dimension.LAW, Dimension.YEAR)));
      assertValid("aggregation-result", data.aggregate(Query.by(Dimension.REFERRER, Dimension.PROVIDER)
          .whereAny(Dimension.YEAR, List.of(2019, 2031))));
      assertValid("stacking", data.stacking());
      assertValid("provider-concentration", data.providerConcentration(Query.by(), 10));
    });
    ClientDataset data = ClientResultsTidyProperties.dataset(1);
    var byLaw = data.aggregate(Query.by(Dimension.LAW));
    assertRefused("aggregation-result", byLaw, n -> n.put("totalCost", 12.5));
    assertRefused("aggregation-result", byLaw, n -> ((ObjectNode) n.at("/rows/0/key")).put("BSN", "123456782"));
    assertRefused("aggregation-result", byLaw, n -> ((ObjectNode) n.at("/rows/0")).remove("uniqueClients"));
    assertRefused("stacking", data.stacking(), n -> ((ObjectNode) n.at("/years/0/clientsByProvisions")).remove("7+"));
    assertRefused("provider-concentration", data.providerConcentration(Query.by(), 10),
        n -> ((ArrayNode) n.get("paretoCurve")).add(IntNode.valueOf(3)));
  }

  @Test
  void aQuickscanIsItsTablesEachMatchingItsSchema() {
    Quickscan scan = Quickscan.of(ClientResultsTidyProperties.dataset(1), Parallelism.of(1), Query.by());
    assertValid("quickscan", scan);
    assertRefused("quickscan", scan, n -> n.remove("stacking"));
    assertRefused("quickscan", scan, n -> ((ObjectNode) n.get("byYear")).put("totalCost", 12.5));
    assertRefused("quickscan", scan, n -> n.put("bsn", "123456782"));
  }

  @Test
  void theVarianceReportsOfTheSeedsMatchTheirSchema() throws IOException {
    Statement seed = statement("seed-000-meppel-2022.csv");
    Explanations analysis = ExplanationCsv.read(Path.of("../data/explanations/seed-000-meppel-2022-analyse.csv"), seed)
        .orElseThrow();
    VarianceReport full = VarianceReport.of(seed, VarianceRules.above(Amount.ofEuros(50_000)), analysis);
    assertValid("variance-report", full);
    assertValid("variance-report", VarianceReport.of(statement("synthetic-verschillen-000.csv"),
        VarianceRules.above(Amount.ofEuros(50_000)), Explanations.none()));
    Statement running = statement("synthetic-running-text.csv");
    Amount threshold = Amount.ofEuros(50_000);
    VarianceRules rules = VarianceRules.of(Materiality.of(MaterialityRule.above(threshold), Materiality.Level.LINE))
        .withResidualLimit(threshold);
    assertValid("variance-report", VarianceReport.of(running, rules,
        ExplanationCsv.read(Path.of("../data/explanations/synthetic-running-text.csv"), running).orElseThrow()));
    assertRefused("variance-report", full, n -> ((ObjectNode) n.at("/analysis/rows/0")).put("direction", "V"));
    assertRefused("variance-report", full, n -> ((ObjectNode) n.at("/reconciliation/findings/0")).remove("reason"));
    assertRefused("variance-report", full, n -> n.remove("legality"));
  }

  @Test
  void thePhasingsOfTheSavingsSeedsMatchTheirSchema() {
    SavingsPlan plan = null;
    for (String file : List.of("seed-004-hoogeveen-bijlage-8.csv", "seed-004-hoogeveen-programmaplan.csv",
        "seed-004-hoogeveen-wmo.csv", "seed-004-hoogeveen-jeugdwet.csv", "seed-004-hoogeveen-participatiewet.csv")) {
      plan = SavingsCsv.read(Path.of("../data/savings/" + file)).orElseThrow();
      assertValid("phasing", plan.phasing(Year.of(2022), Year.of(2026)));
    }
    assertRefused("phasing", plan.phasing(Year.of(2022), Year.of(2023)),
        n -> ((ObjectNode) n.at("/years/0/total/net")).put("low", "1.234,00"));
  }

  @Test
  void theSavingsDocumentsOfSeed004MatchTheirSchemas() {
    SavingsPlan plan = SavingsCsv.read(Path.of("../data/savings/seed-004-hoogeveen-bijlage-8.csv")).orElseThrow();
    CalculationModels models =
        CalculationModelCsv.read(Path.of("../data/savings/seed-004-hoogeveen-bijlage-8-modellen.csv")).orElseThrow();
    List<Scenario> scenarios = ScenarioCsv.read(Path.of("../data/savings/seed-004-hoogeveen-scenarios.csv")).orElseThrow();
    ModelledPlan modelled = ModelledPlan.of(plan, models);
    assertValid("savings-plan", plan);
    assertRefused("savings-plan", plan, n -> ((ObjectNode) n.at("/measures/0")).put("firstYear", "2025"));
    assertRefused("savings-plan", plan, n -> ((ObjectNode) n.at("/measures/0/status")).put("kind", "REALISED"));
    assertValid("calculation-models", models);
    // W1 of annex 8, lichte begeleiding: 557.000 gross less 290.000 of costs is 267.000 against 300.000 claimed,
    // its gain a rounded product with a result (per week) inside.
    JsonNode w1 = json(models).at("/models/1");
    assertEquals("W1", w1.path("measure").asText());
    assertEquals("267000.00", w1.path("net").asText());
    assertEquals("HALF_UP", w1.at("/gains/0/rounding/mode").asText());
    assertEquals("per week", w1.at("/gains/0/expression/product/0/result/label").asText());
    assertRefused("calculation-models", models, n -> ((ObjectNode) n.at("/models/0")).put("net", 20000));
    assertRefused("calculation-models", models, n -> ((ObjectNode) n.at("/models/0/gains/0/expression"))
        .set("sum", MAPPER.createArrayNode()));
    assertValid("calculation-model", models.models().get(0));
    assertRefused("calculation-model", models.models().get(0), n -> n.put("measure", "P1"));
    for (Scenario s : scenarios) {
      assertValid("scenario", s);
    }
    assertRefused("scenario", scenarios.get(1), n -> ((ObjectNode) n.at("/changes/0")).put("value", "7"));
    TargetComparison target = TargetComparison.of(plan.phasing(Year.of(2022), Year.of(2026)),
        Target.ramp(Year.of(2022), Year.of(2026), Amount.ofEuros(2_000_000)), Line.STRUCTURAL);
    assertValid("target-comparison", target);
    assertRefused("target-comparison", target, n -> ((ObjectNode) n.at("/rows/0")).put("coverage", "SHORT"));
    assertValid("modelled-plan", modelled);
    assertRefused("modelled-plan", modelled, n -> ((ObjectNode) n.at("/modelled/0/comparison")).remove("verdict"));
    ScenarioComparison comparison =
        ScenarioComparison.of(modelled, scenarios.get(0), scenarios.get(1), Year.of(2022), Year.of(2026));
    assertValid("scenario-comparison", comparison);
    assertRefused("scenario-comparison", comparison, n -> ((ObjectNode) n.at("/rows/0")).put("lowDifference", 0));
  }

  @Test
  void readReportsMatchTheirSchema() {
    var clean = SavingsCsv.read(Path.of("../data/savings/seed-004-hoogeveen-wmo.csv")).report();
    assertValid("read-report", clean);
    var bad = SavingsCsv.read(new StringReader("id;x\n1;2\n"), "bad.csv").report();
    assertValid("read-report", bad);
    assertRefused("read-report", bad, n -> ((ObjectNode) n.at("/problems/0")).remove("why"));
    assertRefused("read-report", bad, n -> n.put("dialect", "EXCEL"));
  }

  @AfterAll
  static void everySchemaInTheFolderHasExamples() throws IOException {
    Set<String> files = new LinkedHashSet<>();
    try (Stream<Path> list = Files.list(SCHEMAS)) {
      list.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".schema.json")).forEach(files::add);
    }
    files.remove("common.schema.json");
    // The documents of the command line, which io cannot run: the cli's JsonSchemaTest gives their examples.
    files.removeAll(Set.of("iv3-validation.schema.json", "conformance-report.schema.json", "conformance-list.schema.json",
        "generated-data.schema.json", "savings-report.schema.json"));
    assertTrue(USED.containsAll(files), "schemas without examples: " + files.stream().filter(f -> !USED.contains(f)).toList());
  }
}
