// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.text.StatementText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class StatementReportTest {

  private static final String SEED = "seed-000-meppel-2022.csv";
  /** Seed 000's "Totaal Samenkracht en burgerparticipatie", Realisatie 2022 to Begroot - Rekening 2022. */
  private static final String PRINTED_TOTAL = "3.506;116;3.390";

  private static Path seed() throws URISyntaxException {
    return Path.of(StatementReportTest.class.getResource("/statements/" + SEED).toURI());
  }

  private static StatementReport report() throws URISyntaxException {
    Path file = seed();
    return StatementReport.of(StatementCsv.read(file).orElseThrow(), List.of(ReportInput.of(file)));
  }

  /** Seed 000 with its group total's Realisatie 2022 printed as 118 where its lines give 9.268 - 9.152 = 116. */
  private static StatementReport mistyped() throws URISyntaxException, IOException {
    String csv = Files.readString(seed(), StandardCharsets.UTF_8);
    assertTrue(csv.contains(PRINTED_TOTAL));
    Statement statement = StatementCsv.read(new StringReader(csv.replace(PRINTED_TOTAL, "3.506;118;3.390")), SEED)
        .orElseThrow();
    return StatementReport.of(statement, List.of(new ReportInput(SEED, "0".repeat(64))));
  }

  private static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document document = Jsoup.parse(html, parser);
    assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList());
    return document;
  }

  /** What each figure cell of the table must read, row by row, computed apart from the report. */
  private static List<String> expectedFigures(Statement statement) {
    List<String> figures = new ArrayList<>();
    for (StatementText.Row row : StatementText.layout(statement)) {
      if (row.place().isEmpty()) {
        continue;
      }
      for (Column c : statement.columns()) {
        Cell cell = new Cell(row.place().get(), c.label());
        Optional<PrintedFigure> printed = statement.printed(cell);
        if (printed.isPresent()) {
          figures.add(StatementText.figureFormat(statement, c).format(printed.get()));
        } else if (row.place().get().isLine() && !c.isDerived()) {
          figures.add("");
        } else {
          figures.add(StatementText.figureFormat(statement, c).format(StatementText.derivedFigure(statement, cell)) + "*");
        }
      }
    }
    return figures;
  }

  @Test
  void theHtmlParsesWithoutErrorsAndHoldsEveryFigureOfSeed000InOrder() throws Exception {
    StatementReport report = report();
    Document document = parse(report.html());
    List<String> cells = document.select("table.statement td.figure").eachText();
    Statement statement = StatementCsv.read(seed()).orElseThrow();
    assertEquals(expectedFigures(statement), cells);
    // Printed figures of seed 000 as the document prints them.
    assertTrue(cells.containsAll(List.of("3.820", "-9.152", "-5.321", "3.390", "116", "-13")), cells.toString());
    assertTrue(report.check().isConsistent(), report.check().toString());
    assertEquals(0, document.select("td.inconsistent").size());
  }

  @Test
  void derivedCellsTheDocumentDidNotPrintAreMarked() throws Exception {
    Document document = parse(report().html());
    List<Element> derived = document.select("td.derived");
    assertFalse(derived.isEmpty());
    derived.forEach(cell -> assertTrue(cell.text().endsWith("*"), cell.text()));
    assertEquals(0, document.select("td.printed").stream().filter(c -> c.text().endsWith("*")).count());
  }

  @Test
  void theHeaderStatesTheInputItsChecksumTheVersionAndTheRoundingRules() throws Exception {
    Document document = parse(report().html());
    String input = document.select("dd.input").text();
    assertTrue(input.contains(SEED), input);
    assertTrue(input.matches(".*[0-9a-f]{64}.*"), input);
    assertTrue(document.select("dd.version").text().matches("sociaaldomein \\d+\\.\\d+\\.\\d+.*"),
        document.select("dd.version").text());
    String rules = document.select("dd.rule").text();
    assertTrue(rules.contains("HALF_UP") && rules.contains("HALF_EVEN"), rules);
  }

  @Test
  void anInconsistentCellShowsThePrintedValueTheConsistentRangeAndTheDifference() throws Exception {
    StatementReport report = mistyped();
    Document document = parse(report.html());
    List<String> marked = document.select("td.inconsistent").eachText();
    // 116 from two parts of ±0,5, widened by the printed 118's own ±0,5: 114,5 to 117,5, missed by 0,5.
    assertTrue(marked.contains("118 consistent 114,5 tot 117,5; verschil 0,5"), marked.toString());
    List<String> finding = document.select("tr.finding").eachText();
    assertTrue(finding.stream().anyMatch(f -> f.contains("Realisatie 2022 118 114,5 tot 117,5 0,5")), finding.toString());
    assertTrue(report.markdown().contains("**118** ⚠ (consistent 114,5 tot 117,5; verschil 0,5)"), report.markdown());
  }

  @Test
  void theHtmlIsSelfContained() throws Exception {
    for (StatementReport report : List.of(report(), mistyped())) {
      ReportFixtures.assertSelfContained(report.html());
    }
  }

  @Test
  void theHtmlHoldsABarChartOfTheGroupResultsAsInlineSvg() throws Exception {
    Document document = parse(report().html());
    List<Element> charts = document.select("figure.chart > svg");
    assertEquals(1, charts.size());
    Element svg = charts.get(0);
    // A bar per group with result lines (11) in each of the two columns.
    assertEquals(22, ReportFixtures.marks(svg), "bars drawn");
    String text = svg.select("text").eachText().toString();
    assertTrue(text.contains("Inkomensregelingen") && text.contains("Realisatie 2022")
        && text.contains("Totaal Begroting 2022 incl. wijzigingen"), text);
  }

  @Test
  void theMarkdownHoldsTheSameFiguresRowByRow() throws Exception {
    StatementReport report = report();
    Statement statement = StatementCsv.read(seed()).orElseThrow();
    List<String> cells = new ArrayList<>();
    for (String line : report.markdown().split("\n")) {
      if (line.startsWith("| ") && !line.startsWith("| **") && !line.contains("x € ") && line.contains("|")) {
        String[] parts = line.split(" \\|", -1);
        for (int i = 1; i < parts.length - 1; i++) {
          cells.add(parts[i].trim().replace("\\*", "*"));
        }
      }
      if (line.startsWith("## Controle")) {
        break;
      }
    }
    assertEquals(expectedFigures(statement), cells);
  }

  @Test
  void theTableSaysItsUnitAndSignConventionInWords() throws Exception {
    StatementReport report = report();
    assertEquals("x € 1.000, lasten positief, baten negatief",
        parse(report.html()).select("table.statement thead th.label").text());
    assertTrue(report.markdown().contains("| x € 1.000, lasten positief, baten negatief |"), report.markdown());
  }
}
