// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.Parallelism;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.indicators.IndicatorCsv;
import nl.sociaaldomein.io.savings.CalculationModelCsv;
import nl.sociaaldomein.io.savings.SavingsCsv;
import nl.sociaaldomein.io.savings.ScenarioCsv;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.io.variance.ExplanationCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.report.IndicatorReport;
import nl.sociaaldomein.report.QuickscanReport;
import nl.sociaaldomein.report.ReportInput;
import nl.sociaaldomein.report.SavingsReport;
import nl.sociaaldomein.report.StatementReport;
import nl.sociaaldomein.report.VarianceAnalysisReport;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.savings.PointRule;
import nl.sociaaldomein.savings.Scenario;
import nl.sociaaldomein.savings.ScenarioComparison;
import nl.sociaaldomein.savings.Target;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.testkit.clients.ClientDataGenerator;
import nl.sociaaldomein.testkit.clients.GeneratorSettings;
import nl.sociaaldomein.variance.VarianceReport;
import nl.sociaaldomein.variance.VarianceRules;

/**
 * The reports of the seed documents that the demo writes, each as one self-contained HTML file and
 * as Markdown beside it: Meppel's statement and its variance analysis (seed 000), Hoogeveen's
 * savings plan and quickscan (seed 004, the quickscan on a generated municipality of its size),
 * and Meppel's policy indicators. The browser test opens exactly these files, so what it checks is
 * what a person who runs the demo gets.
 */
public final class DemoReports {

  /** A report as written: its HTML file and its Markdown file. */
  public record Written(Path html, Path markdown) {}

  /** A data file of the demo (the repository's data/ folder, on the class path): its text and its input line. */
  private record Source(String text, ReportInput input) {
    StringReader reader() {
      return new StringReader(text);
    }
  }

  private DemoReports() {}

  /** Writes every report into {@code directory} (made if absent) and says where. */
  public static List<Written> write(Path directory) {
    try {
      Files.createDirectories(directory);
      List<Written> written = new ArrayList<>();
      Source statementFile = source("statements/seed-000-meppel-2022.csv");
      Statement meppel = StatementCsv.read(statementFile.reader(), "seed-000-meppel-2022.csv", ReadMode.STRICT)
          .orElseThrow();
      StatementReport statement = StatementReport.of(meppel, List.of(statementFile.input()));
      written.add(write(directory, "1-meppel-2022-statement", statement.html(), statement.markdown()));

      Source analysisFile = source("explanations/seed-000-meppel-2022-analyse.csv");
      VarianceReport analysis = VarianceReport.of(meppel, VarianceRules.above(Amount.ofEuros(50_000)),
          ExplanationCsv.read(analysisFile.reader(), "seed-000-meppel-2022-analyse.csv", meppel, ReadMode.STRICT)
              .orElseThrow());
      VarianceAnalysisReport variance = VarianceAnalysisReport.of(analysis, List.of(statementFile.input(), analysisFile.input()));
      written.add(write(directory, "2-meppel-2022-variance-analysis", variance.html(), variance.markdown()));

      SavingsReport savings = savings();
      written.add(write(directory, "3-hoogeveen-2022-2025-savings-plan", savings.html(), savings.markdown()));

      ClientDataset data = ClientDataGenerator.create(GeneratorSettings.defaults()).dataset();
      Quickscan scan = Quickscan.of(data, Parallelism.of(2), ClientDataGenerator.quickscanScope());
      QuickscanReport quickscan = QuickscanReport.of("Quickscan sociaal domein 2018-2020, een gemeente zo groot als"
          + " Hoogeveen (gegenereerd, seed " + GeneratorSettings.DEFAULT_SEED + ")", scan, List.of());
      written.add(write(directory, "4-quickscan-2018-2020", quickscan.html(), quickscan.markdown()));

      Source indicatorFile = source("indicators/seed-000-meppel-2022.csv");
      IndicatorReport indicators = IndicatorReport.of("Meppel 2022, Programma 3: beleidsindicatoren",
          IndicatorCsv.read(indicatorFile.reader(), "seed-000-meppel-2022.csv").orElseThrow(),
          List.of(indicatorFile.input()));
      written.add(write(directory, "5-meppel-2022-indicators", indicators.html(), indicators.markdown()));
      return List.copyOf(written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Chapter 6's jaarschijf against the 8,5 million in 2025, annex 8's models and the risk of Wmo growth. */
  private static SavingsReport savings() throws IOException {
    Source planFile = source("savings/seed-004-hoogeveen-programmaplan.csv");
    Source annexFile = source("savings/seed-004-hoogeveen-bijlage-8.csv");
    Source modelsFile = source("savings/seed-004-hoogeveen-bijlage-8-modellen.csv");
    Source scenariosFile = source("savings/seed-004-hoogeveen-scenarios.csv");
    ModelledPlan modelled = ModelledPlan.of(
        SavingsCsv.read(annexFile.reader(), "seed-004-hoogeveen-bijlage-8.csv", ReadMode.STRICT).orElseThrow(),
        CalculationModelCsv.read(modelsFile.reader(), "seed-004-hoogeveen-bijlage-8-modellen.csv", ReadMode.STRICT).orElseThrow());
    List<Scenario> scenarios = ScenarioCsv.read(scenariosFile.reader(), "seed-004-hoogeveen-scenarios.csv", ReadMode.STRICT)
        .orElseThrow();
    return SavingsReport.of("Hoogeveen, Herontwerp sociaal domein 2022-2025",
            SavingsCsv.read(planFile.reader(), "seed-004-hoogeveen-programmaplan.csv", ReadMode.STRICT).orElseThrow()
                .phasing(Year.of(2022), Year.of(2025)),
            Line.STRUCTURAL, PointRule.LOWER_END,
            List.of(planFile.input(), annexFile.input(), modelsFile.input(), scenariosFile.input()))
        .withTarget(Target.of(Map.of(Year.of(2025), Amount.ofEuros(8_500_000))))
        .withModels(modelled)
        .withScenarios(ScenarioComparison.of(modelled, scenarios.get(0), scenarios.get(1), Year.of(2025), Year.of(2026)));
  }

  private static Written write(Path directory, String name, String html, String markdown) throws IOException {
    return new Written(
        Files.writeString(directory.resolve(name + ".html"), html, StandardCharsets.UTF_8),
        Files.writeString(directory.resolve(name + ".md"), markdown, StandardCharsets.UTF_8));
  }

  /** A data file the demo reads from its class path (the repository's data/ folder). */
  private static Source source(String resource) throws IOException {
    try (InputStream in = DemoReports.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IOException("The demo's data file " + resource + " is not on the class path");
      }
      byte[] bytes = in.readAllBytes();
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      return new Source(new String(bytes, StandardCharsets.UTF_8), ReportInput.of(name, new ByteArrayInputStream(bytes)));
    }
  }
}
