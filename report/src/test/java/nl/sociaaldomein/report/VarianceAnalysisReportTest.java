// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.io.variance.ExplanationCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.VarianceReport;
import nl.sociaaldomein.variance.VarianceRules;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Seed 000 (Meppel 2022, Programma 3) with its printed "Analyse", under the council's 50.000 euro rule. */
class VarianceAnalysisReportTest {

  private static final String STATEMENT = "seed-000-meppel-2022.csv";
  private static final String ANALYSIS = "seed-000-meppel-2022-analyse.csv";
  /** Product 10's largest item, 3.061 thousand, printed in the analysis. */
  private static final String UKRAINE = "1;group-after;Samenkracht en burgerparticipatie;;Opvang Oekraïne;3.061;;I\n";

  private static VarianceAnalysisReport report(String analysis) throws Exception {
    Path statementFile = ReportFixtures.resource("/statements/" + STATEMENT);
    Statement statement = StatementCsv.read(statementFile).orElseThrow();
    Explanations explanations = ExplanationCsv.read(new StringReader(analysis), ANALYSIS, statement).orElseThrow();
    VarianceReport report = VarianceReport.of(statement, VarianceRules.above(Amount.ofEuros(50_000)), explanations);
    return VarianceAnalysisReport.of(report,
        List.of(ReportInput.of(statementFile), ReportInput.of(ReportFixtures.resource("/explanations/" + ANALYSIS))));
  }

  private static String analysis() throws Exception {
    return Files.readString(ReportFixtures.resource("/explanations/" + ANALYSIS), StandardCharsets.UTF_8);
  }

  private static VarianceAnalysisReport report() throws Exception {
    return report(analysis());
  }

  /** The analysis with product 10's "Opvang Oekraïne" left out: 3.061 of its 3.404 goes unexplained. */
  private static VarianceAnalysisReport withoutUkraine() throws Exception {
    String csv = analysis();
    assertTrue(csv.contains(UKRAINE));
    return report(csv.replace(UKRAINE, ""));
  }

  @Test
  void theVariancesToExplainAreSeed000sTenProductsLargestFirstWithVOrNPercentageAndRule() throws Exception {
    Document document = ReportFixtures.parse(report().html());
    List<Element> rows = document.select("table.required tr.required-row");
    assertEquals(10, rows.size());
    assertEquals(List.of("3.404 V", "1.749 N", "1.072 V", "782 V", "571 V", "377 V", "250 V", "232 V", "192 V", "81 N"),
        document.select("table.required tr.required-row td.figure:eq(1)").eachText());
    assertTrue(rows.get(0).text().startsWith("Samenkracht en burgerparticipatie"), rows.get(0).text());
    rows.forEach(r -> assertEquals("above € 50.000", r.select("td.reason").text()));
    // Volksgezondheid's 28 V stays below the threshold.
    assertFalse(document.select("table.required").text().contains("Volksgezondheid"));
    // An N is marked as such for the eye as well.
    assertEquals(List.of("1.749 N", "81 N"), document.select("table.required td.figure.n").eachText());
    rows.forEach(r -> assertTrue(r.select("td.figure").get(1).text().matches("-?[\\d.]+,\\d ?%|n\\.v\\.t\\."), r.text()));
  }

  @Test
  void theReconciliationHasSeed000sTwoFindingsProducts13And17() throws Exception {
    Document document = ReportFixtures.parse(report().html());
    List<String> notOk = document.select("table.reconciliation tr.not-ok td:eq(0)").eachText();
    assertEquals(List.of("Begeleide participatie", "Maatwerkdienstverlening 18-"), notOk);
    List<Element> findings = document.select("table.findings tr.finding");
    assertEquals(2, findings.size());
    assertEquals(List.of("66 N", "91 N"), document.select("table.findings tr.finding td.figure").eachText());
    String product10 = document.select("table.reconciliation tr.reconciled-row").first().text();
    assertTrue(product10.startsWith("Samenkracht en burgerparticipatie 3.404 V"), product10);
    assertTrue(product10.endsWith("sluit"), product10);
    String items = document.select("table.items").first().text();
    assertTrue(items.contains("Opvang Oekraïne 3.061 V I"), items);
    // One table per product; the programme, explained by its products, does not list their items again.
    assertEquals(11, document.select("table.items").size());
  }

  @Test
  void anUnexplainedVarianceShowsUpAsAFinding() throws Exception {
    Document document = ReportFixtures.parse(withoutUkraine().html());
    List<String> notOk = document.select("table.reconciliation tr.not-ok td:eq(0)").eachText();
    assertTrue(notOk.contains("Samenkracht en burgerparticipatie"), notOk.toString());
    List<String> findings = document.select("table.findings tr.finding").eachText();
    assertEquals(3, findings.size(), findings.toString());
    assertTrue(findings.get(0).startsWith("Samenkracht en burgerparticipatie"), findings.toString());
    assertTrue(findings.get(0).contains("3.061 V"), findings.toString());
    assertFalse(document.select("table.items").first().text().contains("Oekraïne"));
  }

  @Test
  void theClassTotalsOfTheProgrammeAreSeed000s() throws Exception {
    Document document = ReportFixtures.parse(report().html());
    Element programme = document.select("table.classes tr.class-row").last();
    // By hand from the printed table: I 5.430, S -1.333, I/S 127, S* 578, none 288; structural -628; all 5.090.
    assertEquals("Programma 3 Sociaal domein 5.430 V 1.333 N 127 V 578 V 288 V 628 N 5.430 V 5.090 V", programme.text());
    assertEquals(List.of("I", "S", "I/S", "S*", "zonder klasse", "Structureel", "Incidenteel", "Totaal"),
        document.select("table.classes th").eachText().subList(1, 9));
  }

  @Test
  void theLegalitySectionListsTheOverrunsAndTheThreshold() throws Exception {
    Document document = ReportFixtures.parse(report().html());
    List<String> overruns = document.select("table.legality tr.overrun").eachText();
    assertEquals(4, overruns.size(), overruns.toString());
    assertTrue(overruns.get(0).startsWith("Samenkracht en burgerparticipatie, lasten 3.947 9.268 5.321 covered by baten"),
        overruns.get(0));
    assertEquals(List.of("Begeleide participatie, lasten", "Maatwerkdienstverlening 18-, lasten"),
        document.select("table.legality tr.not-accepted td:eq(0)").eachText());
    String unaccepted = document.select("p.unaccepted").text();
    assertTrue(unaccepted.contains("€ 603.340") && unaccepted.endsWith("not exceeded."), unaccepted);
  }

  @Test
  void theHeaderStatesBothInputsAndEveryRuleWithItsRounding() throws Exception {
    Document document = ReportFixtures.parse(report().html());
    String inputs = document.select("dd.input").text();
    assertTrue(inputs.contains(STATEMENT) && inputs.contains(ANALYSIS), inputs);
    String rules = document.select("dd.rule").text();
    assertTrue(rules.contains("above € 50.000") && rules.contains("€ 100.000") && rules.contains("HALF_UP")
        && rules.contains("verantwoordingsgrens 1 % van de totale lasten") && rules.contains("per groep na mutaties reserves"), rules);
    assertTrue(document.select("p.lead").first().text()
        .startsWith("\"Realisatie 2022\" tegen \"Totaal Begroting 2022 incl. wijzigingen\", x € 1.000"),
        document.select("p.lead").first().text());
  }

  @Test
  void theWaterfallRunsFromBudgetToRealisationThroughEveryGroupWithVAndN() throws Exception {
    Document document = ReportFixtures.parse(report().html());
    List<Element> charts = document.select("figure.waterfall > svg");
    assertEquals(1, charts.size());
    Element svg = charts.get(0);
    assertTrue(ReportFixtures.marks(svg) > 0, "no bars drawn");
    List<String> text = svg.select("text").eachText();
    assertTrue(text.containsAll(List.of("Saldo Totaal Begroting 2022 incl. wijzigingen", "Volksgezondheid", "3.404 V",
        "1.749 N", "28 V", "Saldo Realisatie 2022", "V voordelig", "N nadelig")), text.toString());
    // The printed results: -42.526 budgeted, -37.447 realised. The groups' printed variances add up
    // to 5.078, one short of the 5.079 between them, and a step of rounding closes the chain.
    assertTrue(text.containsAll(List.of("-42.526", "-37.447", "afronding", "1 V")), text.toString());
    // Ticks in Dutch notation: thousands separated by a dot, never a comma.
    assertTrue(text.stream().anyMatch(t -> t.matches("-\\d{1,3}\\.000")), text.toString());
  }

  @Test
  void theHtmlIsSelfContained() throws Exception {
    for (VarianceAnalysisReport report : List.of(report(), withoutUkraine())) {
      ReportFixtures.assertSelfContained(report.html());
    }
  }

  @Test
  void theMarkdownHoldsTheSameFigures() throws Exception {
    VarianceAnalysisReport report = report();
    Document document = ReportFixtures.parse(report.html());
    String markdown = ReportFixtures.unescapeMarkdown(report.markdown());
    for (String table : List.of("required", "reconciliation", "classes", "legality")) {
      for (Element row : document.select("table." + table + " tbody tr:not(.row-finding)")) {
        String cells = String.join(" | ", row.select("td").eachText());
        assertTrue(markdown.contains("| " + cells + " |"), table + ": " + cells);
      }
    }
    for (Element finding : document.select("table.findings tr.finding")) {
      List<String> cells = finding.select("td").eachText();
      assertTrue(markdown.contains("- " + cells.get(0) + ", " + cells.get(1) + ": " + cells.get(3)), cells.toString());
    }
    assertFalse(markdown.toLowerCase(Locale.ROOT).contains("<svg"));
  }
}
