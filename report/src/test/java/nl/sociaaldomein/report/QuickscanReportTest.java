// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.Parallelism;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.notation.CountFormat;
import nl.sociaaldomein.testkit.clients.ClientDataGenerator;
import nl.sociaaldomein.testkit.clients.GeneratorSettings;
import nl.sociaaldomein.text.QuickscanText;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quickscan of a municipality the size of Hoogeveen, generated with the generator's default
 * seed and scoped as annex 5b is (the demo's section 7).
 */
class QuickscanReportTest {

  private static Quickscan scan;
  private static QuickscanReport report;
  private static String html;
  private static Document document;

  @BeforeAll
  static void generate() {
    ClientDataset dataset = ClientDataGenerator.create(GeneratorSettings.defaults()).dataset();
    scan = Quickscan.of(dataset, Parallelism.of(2), ClientDataGenerator.quickscanScope());
    report = QuickscanReport.of("Quickscan, gegenereerd (seed " + GeneratorSettings.DEFAULT_SEED + ")", scan, List.of());
    html = report.html();
    document = ReportFixtures.parse(html);
  }

  /** The rows of the table per law and year as QuickscanText prints them, spaces made one. */
  private static List<String> expectedByLaw() {
    List<String> lines = QuickscanText.format(scan).lines().toList();
    return lines.subList(2, lines.indexOf("")).stream().map(l -> l.strip().replaceAll("\\s+", " ")).toList();
  }

  private static List<String> joined(List<List<String>> rows) {
    return rows.stream().map(r -> String.join(" ", r)).toList();
  }

  @Test
  void theTablePerLawAndYearHoldsTheQuickscansFigures() {
    List<List<String>> rows = ReportFixtures.htmlTable(document, "table.by-law");
    assertEquals(expectedByLaw(), joined(rows));
    // What the demo prints for the generator's default seed: 2018, Jeugdwet, 1.751 clients, € 16.924.704.
    assertTrue(rows.stream().anyMatch(r -> r.subList(0, 4).equals(List.of("2018", "Jeugdwet", "1.751", "€ 16.924.704"))),
        rows.toString());
    assertEquals(scan.years().size(), document.select("table.by-law tr.total").size());
  }

  @Test
  void theAveragesPerReferrerAndLevelAreThoseQuickscanTextPrints() {
    List<String> text = QuickscanText.format(scan).lines().toList();
    List<Integer> years = List.copyOf(scan.years());
    for (String table : List.of("table.by-referrer", "table.by-level")) {
      List<List<String>> rows = ReportFixtures.htmlTable(document, table);
      assertTrue(rows.size() >= 3, table + rows);
      for (List<String> row : rows) {
        String line = text.stream().filter(l -> l.strip().startsWith(row.get(0) + " ")).findFirst()
            .orElseThrow(() -> new AssertionError(row.get(0) + " not in " + text));
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
          printed.add(line.split(years.get(i) + ":")[1].strip().split("\\s{2,}|\\s+\\d{4}:")[0].strip());
        }
        assertEquals(printed, row.subList(1, row.size()), row.get(0));
      }
    }
  }

  @Test
  void stackingAndConcentrationAreThoseQuickscanTextPrints() {
    String text = QuickscanText.format(scan);
    for (List<String> row : ReportFixtures.htmlTable(document, "table.stacking")) {
      String line = "  " + row.get(0) + "  1 wet " + row.get(1) + ", 2 wetten " + row.get(2) + ", 3 wetten "
          + row.get(3) + " (" + row.get(4) + " in meer dan een wet)";
      assertTrue(text.contains(line), line + " not in\n" + text);
    }
    List<List<String>> concentration = ReportFixtures.htmlTable(document, "table.concentration");
    String sentence = "Jeugdhulp in natura: " + concentration.get(0).get(1) + " van " + concentration.get(0).get(2)
        + " aanbieders (" + concentration.get(0).get(3) + ") ontvingen " + concentration.get(1).get(1) + " van "
        + concentration.get(1).get(2) + " (" + concentration.get(1).get(3) + "), voor " + concentration.get(2).get(1)
        + " van " + concentration.get(2).get(2) + " unieke klanten";
    assertTrue(text.contains(sentence), sentence + " not in\n" + text);
    assertEquals(CountFormat.format(scan.youthCareInKind().topProviders()), concentration.get(0).get(1));
  }

  @Test
  void everyChartIsPresentAsNonEmptySvg() {
    for (String figure : List.of("#pareto-chart", "#stacking-chart", "#provision-chart", "#referrer-chart", "#level-chart")) {
      ReportFixtures.assertChart(document, figure);
    }
    String referrerText = document.select("#referrer-chart text").eachText().toString();
    assertTrue(referrerText.contains("Huisarts") && referrerText.contains("€"), referrerText);
    String paretoText = document.select("#pareto-chart text").eachText().toString();
    assertTrue(paretoText.contains("top 10 %") && paretoText.contains("50%"), paretoText);
  }

  @Test
  void theParetoCurveRisesFromNothingToTheWhole() {
    XYSeriesCollection data = QuickscanCharts.paretoData(scan.youthCareInKind()).orElseThrow();
    XYSeries curve = data.getSeries(0);
    assertEquals(scan.youthCareInKind().providers() + 1, curve.getItemCount());
    assertEquals(0.0, curve.getY(0).doubleValue());
    assertEquals(100.0, curve.getX(curve.getItemCount() - 1).doubleValue(), 1e-9);
    assertEquals(100.0, curve.getY(curve.getItemCount() - 1).doubleValue(), 1e-9);
    for (int i = 1; i < curve.getItemCount(); i++) {
      assertTrue(curve.getY(i).doubleValue() >= curve.getY(i - 1).doubleValue(), "falls at " + i);
    }
    // The largest providers first: the curve lies above the line of an equal spread.
    int top = scan.youthCareInKind().topProviders();
    assertTrue(curve.getY(top).doubleValue() >= curve.getX(top).doubleValue());
  }

  @Test
  void noBsnAppearsInWhatTheReportWrites() {
    assertThat(html).containsNoBsn();
    assertThat(report.markdown()).containsNoBsn();
    String rules = document.select("dd.rule").text();
    assertTrue(rules.contains("HMAC-SHA256") && rules.contains("geen BSN") && rules.contains("HALF_UP"), rules);
  }

  @Test
  void generatedDataIsMadeFromNoFile() {
    assertEquals("geen bestanden", document.select("dd.input").text());
    assertTrue(report.markdown().contains("- Invoer: geen bestanden\n"), report.markdown());
  }

  @Test
  void theHtmlIsSelfContained() {
    ReportFixtures.assertSelfContained(html);
    // Each chart's definitions under its own prefix: one chart must not clip another.
    List<String> ids = document.select("svg [id]").eachAttr("id");
    assertEquals(Set.copyOf(ids).size(), ids.size(), ids.toString());
  }

  @Test
  void theMarkdownHoldsTheSameFigures() {
    String markdown = report.markdown();
    assertEquals(expectedByLaw(), joined(ReportFixtures.markdownTable(markdown, "Klanten, kosten en gemiddelde kosten per klant, per wet en per jaar")));
    Map<String, String> tables = Map.of(
        "Jeugdwet per leveringsvorm", "table.by-form",
        "Jeugdwet: gemiddelde kosten per klant, per verwijzer", "table.by-referrer",
        "Jeugdwet: gemiddelde kosten per klant, per interventieniveau", "table.by-level",
        "Stapeling: klanten per aantal wetten", "table.stacking",
        "Stapeling: klanten per aantal voorzieningen", "table.provisions",
        "Concentratie van jeugdhulp in natura", "table.concentration");
    tables.forEach((heading, table) ->
        assertEquals(ReportFixtures.htmlTable(document, table), ReportFixtures.markdownTable(markdown, heading), heading));
    assertFalse(markdown.contains("<svg"));
  }

  @Test
  void anEmptyQuickscanHasItsTablesWithoutCharts() {
    Quickscan empty = Quickscan.of(ClientDataset.builder(Set.of()).build(), 1);
    Document page = ReportFixtures.parse(QuickscanReport.of("Leeg", empty, List.of()).html());
    assertEquals(0, page.select("svg").size());
    assertEquals(0, page.select("table.by-law tbody tr").size());
    assertEquals(List.of("0", "0", "0 %"), page.select("table.concentration tbody tr").get(0).select("td.figure").eachText());
  }
}
