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
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.savings.CalculationModelCsv;
import nl.sociaaldomein.io.savings.SavingsCsv;
import nl.sociaaldomein.io.savings.ScenarioCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.savings.PointRule;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Scenario;
import nl.sociaaldomein.savings.ScenarioComparison;
import nl.sociaaldomein.savings.Target;
import nl.sociaaldomein.savings.model.CalculationModels;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Seed 004 (Hoogeveen, Herontwerp sociaal domein 2022-2025): chapter 6, annex 8 and the lists of Bijlage 1. */
class SavingsReportTest {

  private static final String PLAN = "seed-004-hoogeveen-programmaplan.csv";
  private static final String ANNEX = "seed-004-hoogeveen-bijlage-8.csv";
  private static final String MODELS = "seed-004-hoogeveen-bijlage-8-modellen.csv";
  private static final String SCENARIOS = "seed-004-hoogeveen-scenarios.csv";
  private static final List<String> LISTS = List.of("seed-004-hoogeveen-jeugdwet.csv", "seed-004-hoogeveen-wmo.csv",
      "seed-004-hoogeveen-participatiewet.csv");
  /** Lichte vormen van begeleiding's claim in annex 8, which its calculation does not reach (267.000). */
  private static final String W1_CLAIM = "Lichte vormen van begeleiding;claim;;€ 300.000;;;";

  private static Path file(String name) throws Exception {
    return ReportFixtures.resource("/savings/" + name);
  }

  private static SavingsPlan plan(String name) throws Exception {
    return SavingsCsv.read(file(name), ReadMode.STRICT).orElseThrow();
  }

  /** Chapter 6's jaarschijf against the 8,5 million on the structural line, annex 8's models and the Wmo scenario. */
  private static SavingsReport programme(String models) throws Exception {
    SavingsPlan annex = plan(ANNEX);
    ModelledPlan modelled = ModelledPlan.of(annex,
        CalculationModelCsv.read(new StringReader(models), MODELS, ReadMode.STRICT).orElseThrow());
    List<Scenario> scenarios = ScenarioCsv.read(file(SCENARIOS), ReadMode.STRICT).orElseThrow();
    List<ReportInput> inputs = new ArrayList<>();
    for (String name : List.of(PLAN, ANNEX, MODELS, SCENARIOS)) {
      inputs.add(ReportInput.of(file(name)));
    }
    return SavingsReport.of("Hoogeveen, Herontwerp sociaal domein 2022-2025",
            plan(PLAN).phasing(Year.of(2022), Year.of(2025)), Line.STRUCTURAL, PointRule.LOWER_END, inputs)
        .withTarget(Target.of(Map.of(Year.of(2025), Amount.ofEuros(8_500_000))))
        .withModels(modelled)
        .withScenarios(ScenarioComparison.of(modelled, scenarios.get(0), scenarios.get(1), Year.of(2025), Year.of(2026)));
  }

  private static String models() throws Exception {
    return Files.readString(file(MODELS), StandardCharsets.UTF_8);
  }

  private static SavingsReport programme() throws Exception {
    return programme(models());
  }

  /** Bijlage 1's three lists of measures taken, with their ranged and open p.m. items, for 2021 and 2022. */
  private static SavingsReport lists() throws Exception {
    List<Measure> measures = new ArrayList<>();
    List<ReportInput> inputs = new ArrayList<>();
    for (String name : LISTS) {
      measures.addAll(plan(name).measures());
      inputs.add(ReportInput.of(file(name)));
    }
    return SavingsReport.of("Hoogeveen, bezuinigingsmaatregelen (bijlage 1)",
        new SavingsPlan(measures).phasing(Year.of(2021), Year.of(2022)), Line.STRUCTURAL, PointRule.LOWER_END, inputs);
  }

  private static List<String> row(Document document, String table, String label) {
    for (Element row : document.select("table." + table + " tr")) {
      List<String> cells = row.select("td").stream().map(Element::text).toList();
      if (!cells.isEmpty() && cells.get(0).equals(label)) {
        return cells.subList(1, cells.size());
      }
    }
    throw new AssertionError("no row " + label + " in table " + table);
  }

  @Test
  void thePhasingHoldsChapter6sTranchesCostsNetAndTheGapToTheTarget() throws Exception {
    Document document = ReportFixtures.parse(programme().html());
    assertEquals(List.of("", "2022", "2023", "2024", "2025"), document.select("table.phasing th").stream().map(Element::text).toList());
    List<String> structural = document.select("table.phasing tr.line").stream()
        .filter(r -> r.select("td").first().text().equals("structureel")).map(r -> String.join(" ",
            r.select("td.figure").eachText())).toList();
    // The domain "programmaplan", then the total: the same tranches.
    assertEquals(List.of("€ 250.000 € 750.000 € 1.750.000 € 1.900.000", "€ 250.000 € 750.000 € 1.750.000 € 1.900.000"),
        structural);
    assertEquals(List.of("€ 350.000", "€ 350.000", "€ 350.000", "€ 350.000"), row(document, "phasing", "kosten"));
    assertEquals(List.of("€ -100.000", "€ 400.000", "€ 1.400.000", "€ 1.550.000"), row(document, "phasing", "netto"));
    assertEquals(List.of("", "", "", "€ 8.500.000"), row(document, "phasing", "taakstelling (structureel)"));
    assertEquals(List.of("", "", "", "€ 6.600.000"), row(document, "phasing", "tekort"));
    assertTrue(document.select("p.legend").isEmpty(), "no interval, so no note on one");
  }

  @Test
  void theClaimedVersusComputedTableHoldsAnnex8sSixModelsWithTheirDerivations() throws Exception {
    Document document = ReportFixtures.parse(programme().html());
    assertEquals(List.of("€ 80.000", "€ 20.000"), row(document, "models", "P1 Beleidsplan Schuldhulpverlening").subList(0, 2));
    assertEquals(List.of("€ 300.000", "€ 267.000", "€ -33.000", "wijkt af"),
        row(document, "models", "W1 Lichte vormen van begeleiding"));
    assertEquals(List.of("€ 100.000", "€ 116.000"), row(document, "models", "W2 Dagontmoeting").subList(0, 2));
    assertEquals(List.of("€ 200.000", "€ 200.000"), row(document, "models", "J1 Verordeningen en beleidsregels").subList(0, 2));
    assertEquals(List.of("€ 100.000", "€ 30.000"),
        row(document, "models", "J2 Ombuigen naar collectieve voorzieningen").subList(0, 2));
    assertEquals(List.of("€ 100.000", "€ 97.500"), row(document, "models", "J3 Sturen vanuit de backoffice").subList(0, 2));
    String summary = document.select("p.summary").text();
    assertTrue(summary.contains("€ 1.900.000") && summary.contains("€ 1.750.500") && summary.contains(" 6 "), summary);
    String derivations = document.select("table.derivations").text();
    assertTrue(derivations.contains("100 x (60 x 0,84) = € 5.040 per week x 46 = € 231.840, afgerond € 232.000 per jaar"),
        derivations);
    assertEquals(6, document.select("tr.derivation-head").size());
  }

  @Test
  void aClaimTheCalculationReachesIsNoLongerMarkedAsDiffering() throws Exception {
    String models = models();
    assertTrue(models.contains(W1_CLAIM));
    Document document = ReportFixtures.parse(programme(models.replace(W1_CLAIM, W1_CLAIM.replace("300.000", "267.000"))).html());
    assertEquals(List.of("€ 267.000", "€ 267.000", "€ 0", "gelijk"), row(document, "models", "W1 Lichte vormen van begeleiding"));
  }

  @Test
  void theScenarioComparisonShowsTheWmoGainOf127000In2025And174000In2026() throws Exception {
    Document document = ReportFixtures.parse(programme().html());
    List<String> totals = document.select("table.scenarios tr.scenario").stream().map(Element::text)
        .filter(t -> t.contains(" totaal ")).toList();
    assertEquals(2, totals.size(), totals.toString());
    assertTrue(totals.get(0).startsWith("2025 totaal") && totals.get(0).endsWith("€ 127.000"), totals.toString());
    assertTrue(totals.get(1).startsWith("2026 totaal") && totals.get(1).endsWith("€ 174.000"), totals.toString());
    assertTrue(document.select("h2").eachText().contains("Scenario: Wmo-cliënten +7 % per jaar tegen basis"),
        document.select("h2").eachText().toString());
  }

  @Test
  void theChartStacksTheDomainsPerYearWithTheTargetLine() throws Exception {
    Document document = ReportFixtures.parse(programme().html());
    List<Element> charts = document.select("figure.phasing-chart > svg");
    assertEquals(1, charts.size());
    // One domain's bar in each of the four years; the target's point is black.
    assertEquals(4, ReportFixtures.marks(charts.get(0)), "bars drawn");
    List<String> text = charts.get(0).select("text").eachText();
    assertTrue(text.containsAll(List.of("2022", "2025", "programmaplan", "taakstelling (structureel)")), text.toString());
    assertTrue(text.stream().anyMatch(t -> t.matches("€ \\d{1,3}(\\.\\d{3})+")), text.toString());
    assertFalse(text.contains(SavingsChart.BAND), "a band where no figure is an interval");
  }

  @Test
  void rangesAndPmAreShownAsIntervalsNeverAs0() throws Exception {
    SavingsReport report = lists();
    Document document = ReportFixtures.parse(report.html());
    // Jeugd's lower end: the ten printed amounts, its two p.m. items open above.
    assertEquals(List.of("€ 1.535.000*", "€ 1.535.000*"), row(document, "phasing", "structureel").subList(0, 2));
    assertTrue(document.select("p.legend").text().contains("ondergrens"));
    List<String> open = document.select("ul.open li").eachText();
    assertEquals(10, open.size(), open.toString());
    assertTrue(open.contains("J11 Moeders van Hoogeveen (Jeugd): p.m."), open.toString());
    assertTrue(open.contains("W3 Het innemen van scootmobielen waar geen gebruik van wordt gemaakt (Wmo): p.m. (€ 10.000 tot € 50.000)"),
        open.toString());
    Element svg = document.select("figure.phasing-chart > svg").first();
    List<String> text = svg.select("text").eachText();
    assertTrue(text.containsAll(List.of(SavingsChart.BAND, SavingsChart.OPEN_ABOVE, "Jeugd", "Wmo", "Participatie/SHV")),
        text.toString());
    assertTrue(document.select("figcaption").text().contains("niet als 0 getekend"));
    String markdown = report.markdown();
    assertTrue(markdown.contains("- J11 Moeders van Hoogeveen (Jeugd): p.m."), markdown);
    assertTrue(markdown.contains("€ 1.535.000\\*"), markdown);
  }

  @Test
  void aNameWithMarkupIsTextInTheHtmlAndInTheMarkdown() throws Exception {
    String csv = "id;description;domain;kind;amount;first year;last year;status;realised;tags\n"
        + "X1;<b>Tillift</b> | *pool* & [a](b);Wmo <i>;structureel;p.m.;2021;;besloten;;\n";
    SavingsReport report = SavingsReport.of("Lijst <b>",
        SavingsCsv.read(new StringReader(csv), "lijst.csv", ReadMode.STRICT).orElseThrow()
            .phasing(Year.of(2021), Year.of(2021)), Line.STRUCTURAL, PointRule.LOWER_END, List.of());
    Document document = ReportFixtures.parse(report.html());
    assertEquals("X1 <b>Tillift</b> | *pool* & [a](b) (Wmo <i>): p.m.", document.select("ul.open li").text());
    String markdown = report.markdown();
    assertTrue(markdown.contains("# Lijst \\<b\\>\n"), markdown);
    assertTrue(markdown.contains("- X1 \\<b\\>Tillift\\</b\\> \\| \\*pool\\* \\& \\[a\\](b) (Wmo \\<i\\>): p.m."), markdown);
    assertEquals(document.select("ul.open li").text(), ReportFixtures.unescapeMarkdown(
        markdown.lines().filter(l -> l.startsWith("- X1")).findFirst().orElseThrow().substring(2)));
  }

  @Test
  void theHtmlIsSelfContained() throws Exception {
    for (SavingsReport report : List.of(programme(), lists())) {
      ReportFixtures.assertSelfContained(report.html());
    }
  }

  @Test
  void theMarkdownHoldsTheSameFigures() throws Exception {
    for (SavingsReport report : List.of(programme(), lists())) {
      Document document = ReportFixtures.parse(report.html());
      String markdown = ReportFixtures.unescapeMarkdown(report.markdown().replace("&nbsp;", ""));
      for (String table : List.of("phasing", "models", "scenarios")) {
        for (Element row : document.select("table." + table + " tr.line, table." + table + " tr.model, table."
            + table + " tr.scenario")) {
          String cells = String.join(" | ", row.select("td").stream().map(Element::text).toList());
          assertTrue(markdown.contains("| " + cells + " |"), table + ": " + cells + "\n" + markdown);
        }
      }
      for (String line : document.select("td.derivation").eachText()) {
        assertFalse(line.isBlank());
      }
    }
  }
}
