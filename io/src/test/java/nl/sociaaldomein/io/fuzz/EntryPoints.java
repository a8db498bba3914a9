// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.indicators.IndicatorUnit;
import nl.sociaaldomein.indicators.IndicatorValue;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.indicators.IndicatorCsv;
import nl.sociaaldomein.io.clients.ClientDataReader;
import nl.sociaaldomein.io.iv3.Iv3DefinitionsJson;
import nl.sociaaldomein.io.iv3.Iv3ErrorCatalogueJson;
import nl.sociaaldomein.io.iv3.Iv3DeliveryJson;
import nl.sociaaldomein.io.statement.ColumnMapping;
import nl.sociaaldomein.io.statement.MappedCsv;
import nl.sociaaldomein.io.statement.SeedTaakvelden;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.io.statement.StatementJson;
import nl.sociaaldomein.io.statement.StatementWorkbook;
import nl.sociaaldomein.io.savings.CalculationModelCsv;
import nl.sociaaldomein.io.savings.SavingsCsv;
import nl.sociaaldomein.io.savings.ScenarioCsv;
import nl.sociaaldomein.io.savings.SavingsJson;
import nl.sociaaldomein.io.taakveld.TaakveldCatalogueCsv;
import nl.sociaaldomein.io.taakveld.TaakveldCatalogueJson;
import nl.sociaaldomein.io.variance.ExplanationCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Scenario;
import nl.sociaaldomein.savings.model.CalculationModels;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.variance.Explanations;

/** Every public parser and reader the fuzzer feeds, each with valid inputs from the repository. */
final class EntryPoints {

  private EntryPoints() {}

  /** The samples of core's DutchNotationTest: each is read by DutchNotation in some entry point. */
  static final List<String> DUTCH = List.of(
      "13.219", "3.820", ",84", "-1.412.815", "120 V", "85 N", "€ 1.234,56", "€ -26.760", "€ 1,234", "€ 3 miljoen",
      "€ 1,9 miljoen", "1,9 miljoen", "500 Duizend", "ruim 5", "ruim € 3 miljoen", "71,3", "71,3%", "71,3 %", ",4%",
      "%", "-", "", "p.m.", "p.m. (0-10.000)", "p.m. (10 - 50)", "p.m. (10.000 - 50.000)", "p.m. (10.000 \u2013 50.000)",
      "p.m. (10.000 tot 50.000)", "p.m. (1 mln - 2 mln)", "tussen 5 en 10", "Tussen de € 20.000,- en € 35.000,-",
      "-1.412.815 V", "4.977-", "4.977- N");

  private static final List<String> INDICATOR_CELLS = List.of(
      "906,5", "71,3%", "nog niet bekend", "1.039", "514.907", "306*", "58**", "1**", "-", "Ja", "Nee", "gereed",
      "906.5", "71.3%", "1039", "100%*");

  private static final List<String> DIRECTIONS = List.of("V", "N", "voordelig", "Nadelig", " voordeel ", "nadeel", "X", "");

  private static final List<String> AMOUNTS = List.of(
      "EUR 1234.56", "EUR -0.05", "1234", "EUR 0.00", Amount.ofCents(Long.MAX_VALUE).toString(), Amount.ofCents(Long.MIN_VALUE).toString(),
      Amount.ofEuros(-1_412_815).toString());

  private static final List<String> RANGES = List.of(
      "[20000.00, 35000.00]", "p.m. [?, ?]", "p.m. [0.00, 10000.00]", "[-5.00, 5.00]",
      AmountRange.exactly(Amount.ofEuros(13_219_000)).toString());

  private static final List<String> PRINTED = List.of(
      "13219 THOUSANDS", "1.9 MILLIONS", "-1412815 EUROS", "0.84 MILLIONS", "3 BILLIONS",
      PrintedFigure.of(3_820, EuroUnit.THOUSANDS).toString());

  private static final List<String> STATEMENT_FILES = List.of(
      "seed-000-meppel-2022.csv", "seed-002-twenterand-2022.csv", "synthetic-both-positive.csv",
      "synthetic-income-positive.csv");

  /** Each explanation fixture with the statement it explains: the fuzzed reader reads against that statement. */
  private static final List<String> EXPLANATION_FILES = List.of("seed-000-meppel-2022-analyse.csv", "synthetic-running-text.csv");
  private static final List<String> EXPLAINED_STATEMENTS = List.of("seed-000-meppel-2022.csv", "synthetic-running-text.csv");

  private static final List<String> CLIENT_FILES = List.of("clients.csv");
  private static final List<String> PAYMENT_FILES = List.of("payments-dutch.csv", "payments-bad.csv",
      "payments-misaligned.csv");

  private static final ClientDataReader CLIENTS = ClientDataReader.of(
      Pseudonymiser.of("the fuzzer's key, 32 bytes long!!".getBytes(StandardCharsets.UTF_8)));

  /** Every entry point, in the order of the table in docs/quality.md. */
  static List<EntryPoint> all() {
    List<Statement> statements = STATEMENT_FILES.stream()
        .map(f -> StatementCsv.read(new StringReader(resource("statements/" + f)), f).orElseThrow()).toList();
    List<String> statementCsv = new ArrayList<>();
    for (Statement s : statements) {
      // The Dutch dialect as transcribed and as written, and the plain one, which reads figures another way.
      statementCsv.add(StatementCsv.toCsv(s, CsvDialect.DUTCH_EXCEL));
      statementCsv.add(StatementCsv.toCsv(s, CsvDialect.PLAIN));
    }
    STATEMENT_FILES.forEach(f -> statementCsv.add(resource("statements/" + f)));
    List<String> statementJson = statements.stream().map(StatementJson::toJson).toList();

    // The smallest shipped catalogue would do as well as any; two years give both shapes of revision.
    List<TaakveldCatalogue> catalogues = List.of(TaakveldCatalogue.forYear(2022), TaakveldCatalogue.forYear(2025));
    List<String> catalogueCsv = catalogues.stream().flatMap(c -> Stream.of(
        TaakveldCatalogueCsv.toCsv(c, CsvDialect.DUTCH_EXCEL), TaakveldCatalogueCsv.toCsv(c, CsvDialect.PLAIN))).toList();
    List<String> catalogueJson = catalogues.stream().map(TaakveldCatalogueJson::toJson).toList();

    List<EntryPoint> explanationReaders = new ArrayList<>();
    for (int i = 0; i < EXPLANATION_FILES.size(); i++) {
      String file = EXPLANATION_FILES.get(i);
      Statement explained = StatementCsv.read(new StringReader(resource("statements/" + EXPLAINED_STATEMENTS.get(i))),
          EXPLAINED_STATEMENTS.get(i)).orElseThrow();
      String text = resource("explanations/" + file);
      Explanations read = ExplanationCsv.read(new StringReader(text), file, explained).orElseThrow();
      List<String> seeds = List.of(text, ExplanationCsv.toCsv(read, explained, CsvDialect.DUTCH_EXCEL),
          ExplanationCsv.toCsv(read, explained, CsvDialect.PLAIN));
      explanationReaders.add(EntryPoint.reader("ExplanationCsv.read (" + file + ")", seeds,
          t -> ExplanationCsv.read(new StringReader(t), "fuzz.csv", explained).report()));
    }

    List<EntryPoint> all = new ArrayList<>(List.of(
        EntryPoint.parser("DutchNotation.read", DUTCH, t -> DutchNotation.read(t, EuroUnit.THOUSANDS)),
        EntryPoint.parser("DutchNotation.parseFigure", DUTCH, t -> DutchNotation.parseFigure(t, EuroUnit.THOUSANDS)),
        EntryPoint.parser("DutchNotation.parseAmount", DUTCH, DutchNotation::parseAmount),
        EntryPoint.parser("DutchNotation.parseRange", DUTCH, t -> DutchNotation.parseRange(t, EuroUnit.EUROS)),
        EntryPoint.parser("DutchNotation.parsePercentage", DUTCH, DutchNotation::parsePercentage),
        EntryPoint.parser("DutchNotation.readAsPrinted", DUTCH, t -> DutchNotation.readAsPrinted(t, EuroUnit.THOUSANDS)),
        EntryPoint.parser("DutchNotation.parseDirection", DIRECTIONS, DutchNotation::parseDirection),
        EntryPoint.parser("Amount.parse", AMOUNTS, Amount::parse),
        EntryPoint.parser("AmountRange.parse", RANGES, AmountRange::parse),
        EntryPoint.parser("PrintedFigure.parse", PRINTED, PrintedFigure::parse),
        EntryPoint.reader("StatementCsv.read", statementCsv,
            t -> StatementCsv.read(new StringReader(t), "fuzz.csv").report()),
        EntryPoint.reader("StatementJson.read", statementJson,
            t -> StatementJson.read(new StringReader(t), "fuzz.json").report()),
        EntryPoint.reader("TaakveldCatalogueCsv.read", catalogueCsv,
            t -> TaakveldCatalogueCsv.read(new StringReader(t), "taakvelden-2022.csv").report()),
        EntryPoint.reader("TaakveldCatalogueJson.read", catalogueJson,
            t -> TaakveldCatalogueJson.read(new StringReader(t), "taakvelden-2022.json").report()),
        EntryPoint.clientReader("ClientDataReader.readPayments", clientFiles(PAYMENT_FILES),
            t -> CLIENTS.readPayments(new StringReader(t), "payments.csv", r -> { })),
        EntryPoint.clientReader("ClientDataReader.readClients", clientFiles(CLIENT_FILES),
            t -> CLIENTS.readClients(new StringReader(t), "clients.csv", r -> { }))));
    all.addAll(explanationReaders);
    // Seeded with the lists of measures as transcribed, and the one with ranged p.m. items in plain.
    List<String> savings = new ArrayList<>();
    for (String file : List.of("seed-004-hoogeveen-wmo.csv", "seed-004-hoogeveen-wmo-interview.csv",
        "seed-004-hoogeveen-programmaplan.csv")) {
      savings.add(resource("savings/" + file));
    }
    savings.add(SavingsCsv.toCsv(SavingsCsv.read(new StringReader(savings.get(0)), "wmo.csv").orElseThrow(), CsvDialect.PLAIN));
    all.add(EntryPoint.reader("SavingsCsv.read", savings, t -> SavingsCsv.read(new StringReader(t), "fuzz.csv").report()));
    // Seeded with annex 8's models as transcribed (scoped drivers, nested steps, roundings) and in plain.
    String modelsCsv = resource("savings/seed-004-hoogeveen-bijlage-8-modellen.csv");
    all.add(EntryPoint.reader("CalculationModelCsv.read", List.of(modelsCsv, CalculationModelCsv.toCsv(
            CalculationModelCsv.read(new StringReader(modelsCsv), "models.csv").orElseThrow(), CsvDialect.PLAIN)),
        t -> CalculationModelCsv.read(new StringReader(t), "fuzz.csv").report()));
    String scenarios = resource("savings/seed-004-hoogeveen-scenarios.csv");
    all.add(EntryPoint.reader("ScenarioCsv.read", List.of(scenarios, scenarios.replace(";", ",")
            .replace("7 %", "7")), t -> ScenarioCsv.read(new StringReader(t), "fuzz.csv").report()));
    // The JSON of the programmaplan, and annex 8's models as a user keeps them and as they are written.
    SavingsPlan programmaplan = SavingsCsv.read(new StringReader(savings.get(2)), "plan.csv").orElseThrow();
    String annex8 = resource("savings/seed-004-annex8-models.json");
    CalculationModels models = SavingsJson.readModels(new StringReader(annex8), "annex8.json").orElseThrow();
    List<String> modelJson = models.models().stream().map(SavingsJson::toJson).toList();
    Scenario growth = Scenario.base("Wmo-cliënten +7 % per jaar").growing("cliënten", "7", Year.of(2022))
        .setting("prijs per minuut", "0.90");
    all.add(EntryPoint.reader("SavingsJson.readPlan", List.of(SavingsJson.toJson(programmaplan)),
        t -> SavingsJson.readPlan(new StringReader(t), "fuzz.json").report()));
    all.add(EntryPoint.reader("SavingsJson.readModel", modelJson,
        t -> SavingsJson.readModel(new StringReader(t), "fuzz.json").report()));
    all.add(EntryPoint.reader("SavingsJson.readModels", List.of(annex8, SavingsJson.toJson(models)),
        t -> SavingsJson.readModels(new StringReader(t), "fuzz.json").report()));
    all.add(EntryPoint.reader("SavingsJson.readScenario", List.of(SavingsJson.toJson(growth)),
        t -> SavingsJson.readScenario(new StringReader(t), "fuzz.json").report()));
    // Indicator cells as seeds 000 and 002 print them, and two of their tables in both dialects.
    List<String> cells = Stream.concat(INDICATOR_CELLS.stream(), DUTCH.stream()).toList();
    all.add(EntryPoint.parser("IndicatorValue.parse", cells, IndicatorValue::parse));
    all.add(EntryPoint.parser("IndicatorValue.parsePlain", cells, IndicatorValue::parsePlain));
    all.add(EntryPoint.parser("IndicatorUnit.parse", List.of("per 1.000 inwoners van 15-64 jaar", "%",
        "% van alle jongeren tot 18 jaar", "per 10.000 inwoners", "kosten per inwoner"), IndicatorUnit::parse));
    List<String> indicatorTables = new ArrayList<>();
    for (String name : List.of("seed-000-meppel-2022.csv", "seed-002-twenterand-2022-jeugd.csv")) {
      String csv = resource("indicators/" + name);
      indicatorTables.add(csv);
      indicatorTables.add(IndicatorCsv.toCsv(IndicatorCsv.read(new StringReader(csv), name).orElseThrow(), CsvDialect.PLAIN));
    }
    all.add(EntryPoint.reader("IndicatorCsv.read", indicatorTables,
        t -> IndicatorCsv.read(new StringReader(t), "fuzz.csv").report()));
    all.addAll(issue12Readers());
    return all;
  }

  /**
   * Issue 12's readers: the hand-made Iv3 delivery as kept and as written again, the definitions
   * of 2022, seed 000's taakvelden as a municipality exports them, and the workbook written from
   * them ({@code fuzz/seed-000-taakvelden.xlsx}). A workbook is bytes: the fuzzer's text carries
   * them one byte a character (ISO-8859-1), and a character beyond that range becomes {@code ?}
   * on the way back, as any mutation might.
   */
  private static List<EntryPoint> issue12Readers() {
    String delivery = resource("nl/sociaaldomein/io/iv3/minimal-valid.json");
    String written = Iv3DeliveryJson.toJson(Iv3DeliveryJson.read(new StringReader(delivery), "d.json").orElseThrow());
    String definitions = resource("nl/sociaaldomein/io/iv3/iv3_definities_Gemeente_2022.json");
    ColumnMapping mapping = SeedTaakvelden.mapping();
    String export = SeedTaakvelden.csv(SeedTaakvelden.TOTAL_EXPENSES);
    Statement exported = MappedCsv.read(new StringReader(export), "export.csv", mapping, ReadMode.STRICT).orElseThrow();
    // Kept as a file, not written afresh: a written workbook carries the time it was made, and the
    // seed must be the same bytes in every run for an iteration to be made again.
    String workbook = new String(bytes("fuzz/seed-000-taakvelden.xlsx"), StandardCharsets.ISO_8859_1);
    ColumnMapping workbookMapping = StatementWorkbook.mappingFor(exported);
    return List.of(
        EntryPoint.reader("Iv3DeliveryJson.read", List.of(delivery, written),
            t -> Iv3DeliveryJson.read(new StringReader(t), "fuzz.json").result().report()),
        EntryPoint.reader("Iv3DefinitionsJson.read", List.of(definitions),
            t -> Iv3DefinitionsJson.read(new StringReader(t), "iv3_definities_Gemeente_2022.json").report()),
        EntryPoint.reader("Iv3ErrorCatalogueJson.read", List.of(resource("nl/sociaaldomein/io/iv3/fouten.json")),
            t -> Iv3ErrorCatalogueJson.read(new StringReader(t), "fouten.json").report()),
        EntryPoint.reader("ColumnMapping.parse", List.of(mapping.toText(), mapping.withSheet("Blad1").withRange("B3:E15")
                .toText()),
            t -> ColumnMapping.parse(t, "mapping.csv", ReadMode.LENIENT).report()),
        EntryPoint.reader("MappedCsv.read", List.of(export, export.replace(';', ',')),
            t -> MappedCsv.read(new StringReader(t), "fuzz.csv", mapping, ReadMode.LENIENT).report()),
        EntryPoint.reader("StatementWorkbook.read", List.of(workbook),
            t -> StatementWorkbook.read(new ByteArrayInputStream(t.getBytes(StandardCharsets.ISO_8859_1)), "fuzz.xlsx",
                workbookMapping, ReadMode.LENIENT).report()));
  }

  /** The entry point called {@code name}. */
  static EntryPoint named(String name) {
    return all().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("No fuzzed entry point " + name));
  }

  private static List<String> clientFiles(List<String> names) {
    return names.stream().map(n -> resource("clients/" + n)).toList();
  }

  static String resource(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String name) {
    try (InputStream in = Objects.requireNonNull(EntryPoints.class.getResourceAsStream("/" + name), name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
