// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.indicators.IndicatorSeries;
import nl.sociaaldomein.indicators.IndicatorTable;
import nl.sociaaldomein.indicators.IndicatorUnit;
import nl.sociaaldomein.indicators.IndicatorValue;
import nl.sociaaldomein.io.indicators.IndicatorCsv;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class IndicatorReportTest {

  private static final String SEED_000 = "seed-000-meppel-2022.csv";
  private static final String SEED_002_JEUGD = "seed-002-twenterand-2022-jeugd.csv";
  private static final Year Y2019 = Year.of(2019);
  private static final Year Y2020 = Year.of(2020);
  private static final Year Y2021 = Year.of(2021);
  private static final Year Y2022 = Year.of(2022);

  private static Path seed(String file) throws URISyntaxException {
    return Path.of(IndicatorReportTest.class.getResource("/indicators/" + file).toURI());
  }

  private static IndicatorTable table(String file) throws URISyntaxException {
    return IndicatorCsv.read(seed(file)).orElseThrow();
  }

  private static IndicatorReport report(String file) throws URISyntaxException {
    return IndicatorReport.of("Beleidsindicatoren " + file, table(file), List.of(ReportInput.of(seed(file))));
  }

  /** Seed 000 with Banen's 2020 printed as "-" and national values for 2019 to 2021. */
  private static IndicatorTable withGapAndNationalValues() throws URISyntaxException {
    IndicatorTable table = table(SEED_000);
    List<IndicatorSeries> series = new ArrayList<>(table.series());
    series.set(0, series.get(0).withValue(Y2020, IndicatorValue.missing())
        .withComparison(Y2019, IndicatorValue.of(new BigDecimal("780.2")))
        .withComparison(Y2020, IndicatorValue.of(new BigDecimal("781.0")))
        .withComparison(Y2021, IndicatorValue.of(new BigDecimal("795.4"))));
    return table.withSeries(series);
  }

  /** Each series' row as the table should read: name, unit, then each year's value through notation. */
  private static List<List<String>> expectedRows(IndicatorTable table) {
    List<List<String>> rows = new ArrayList<>();
    boolean sources = table.series().stream().anyMatch(s -> s.source().isPresent());
    boolean units = table.series().stream().anyMatch(s -> s.indicator().unit().isPresent());
    for (IndicatorSeries s : table.series()) {
      List<String> row = new ArrayList<>(List.of(s.indicator().name()));
      if (units) {
        row.add(s.indicator().unit().map(IndicatorUnit::printed).orElse(""));
      }
      table.years().forEach(y -> row.add(s.value(y).map(IndicatorValue::toString).orElse("")));
      if (sources) {
        row.add(s.source().orElse(""));
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void theTableHoldsEveryValueOfSeed000InDutchNotationWithItsUnit() throws Exception {
    Document document = ReportFixtures.parse(report(SEED_000).html());
    List<List<String>> rows = document.select("table.indicators tr.series").stream()
        .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
    assertEquals(expectedRows(table(SEED_000)), rows);
    // As seed 000 prints them.
    assertEquals(List.of("Banen", "per 1.000 inwoners van 15-64 jaar", "906,5", "896,7", "906,4", "nog niet bekend"), rows.get(0));
    assertEquals(List.of("Netto arbeidsparticipatie", "%", "71,3%", "71,1%", "71,1%", "nog niet bekend"), rows.get(1));
    assertEquals(List.of("2019", "2020", "2021", "2022"), document.select("table.indicators th").eachText().subList(2, 6));
    assertTrue(document.select("dd.input").text().contains(SEED_000));
  }

  @Test
  void everyIndicatorHasASmallChartOfItsOwn() throws Exception {
    Document document = ReportFixtures.parse(report(SEED_000).html());
    List<Element> figures = document.select("div.multiples figure.indicator");
    assertEquals(10, figures.size());
    for (Element figure : figures) {
      Element svg = figure.selectFirst("svg");
      assertTrue(svg != null && !svg.select("path").isEmpty(), figure.text());
      assertEquals(String.valueOf(IndicatorChart.WIDTH), svg.attr("width"));
    }
    assertEquals("Banen (per 1.000 inwoners van 15-64 jaar)", figures.get(0).selectFirst("figcaption").text());
    String ticks = figures.get(1).select("svg text").eachText().toString();
    assertTrue(ticks.contains("2019") && ticks.contains("2022") && ticks.matches(".*\\d+%.*"), ticks);
    assertFalse(ticks.contains("2.019"), ticks);
  }

  @Test
  void anUnknownYearIsABreakInTheLineNeverAZero() throws Exception {
    IndicatorTable table = withGapAndNationalValues();
    XYSeries banen = IndicatorChart.data(table.series().get(0), table.years()).getSeries(0);
    assertEquals(906.5, banen.getY(banen.indexOf(2019)).doubleValue());
    assertNull(banen.getY(banen.indexOf(2020)));
    assertEquals(906.4, banen.getY(banen.indexOf(2021)).doubleValue());
    assertNull(banen.getY(banen.indexOf(2022)), "nog niet bekend");
    // Seed 000 as printed: Lopende re-integratievoorzieningen is not yet known for 2021 and 2022.
    XYSeries reintegration = IndicatorChart.data(table.series().get(3), table.years()).getSeries(0);
    assertEquals(List.of(369.1, 333.8), List.of(reintegration.getY(0).doubleValue(), reintegration.getY(1).doubleValue()));
    assertNull(reintegration.getY(2));
    assertNull(reintegration.getY(3));

    // In the drawing: the municipality's line is one path that starts again after the gap. Seed
    // 002's visitors of Loes.nl over 2018 to 2022 with 2020 unknown leaves two strokes of two years
    // (a lone point before a gap is a mark without a stroke, so seed 000's four years cannot show this).
    IndicatorTable jeugd = table(SEED_002_JEUGD);
    IndicatorSeries visitors = jeugd.series().get(2);
    assertEquals("Aantal Bezoekers website Loes.nl", visitors.indicator().name());
    List<String> broken = municipalityLines(IndicatorChart.of(visitors.withValue(Y2020, IndicatorValue.notYetKnown()),
        jeugd.years(), "t").orElseThrow());
    assertEquals(1, broken.size(), broken.toString());
    assertEquals(2, broken.get(0).chars().filter(c -> c == 'M').count(), broken.get(0));
    List<String> whole = municipalityLines(IndicatorChart.of(visitors, jeugd.years(), "u").orElseThrow());
    assertEquals(1, whole.get(0).chars().filter(c -> c == 'M').count(), whole.get(0));
  }

  /** The {@code d} of each open path (a line, not a shape) stroked in the municipality's colour. */
  private static List<String> municipalityLines(String svg) {
    java.awt.Color c = IndicatorChart.MUNICIPALITY_COLOR;
    String stroke = "stroke:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    // JFreeSVG writes a stroked path in a group that carries the stroke.
    return Jsoup.parseBodyFragment(svg).select("g[style] > path").stream()
        .filter(p -> p.parent().attr("style").replace(" ", "").contains(stroke))
        .map(p -> p.attr("d"))
        .filter(d -> !d.contains("Z"))
        .toList();
  }

  @Test
  void aNationalValueIsASecondLineAndARowBeneath() throws Exception {
    IndicatorTable table = withGapAndNationalValues();
    XYSeriesCollection data = IndicatorChart.data(table.series().get(0), table.years());
    assertEquals(2, data.getSeriesCount());
    assertEquals(IndicatorChart.NATIONAL, data.getSeriesKey(1));
    assertEquals(795.4, data.getSeries(1).getY(2).doubleValue());
    assertNull(data.getSeries(1).getY(3));
    assertEquals(1, IndicatorChart.data(table.series().get(1), table.years()).getSeriesCount());

    IndicatorReport report = IndicatorReport.of("Meppel", table, List.of());
    Document document = ReportFixtures.parse(report.html());
    List<Element> rows = document.select("table.indicators tbody tr");
    assertEquals(List.of("Banen", "per 1.000 inwoners van 15-64 jaar", "906,5", "-", "906,4", "nog niet bekend"),
        rows.get(0).select("td").eachText());
    assertEquals("national", rows.get(1).className());
    assertEquals(List.of("Nederland", "", "780,2", "781,0", "795,4", ""),
        rows.get(1).select("td").stream().map(Element::text).toList());
    String legend = document.select("figure.indicator").get(0).select("svg text").eachText().toString();
    assertTrue(legend.contains(IndicatorChart.NATIONAL) && legend.contains(IndicatorChart.MUNICIPALITY), legend);
    assertTrue(report.markdown().contains("| &nbsp;&nbsp;Nederland |  | 780,2 | 781,0 | 795,4 |  |"), report.markdown());
  }

  @Test
  void yesAndNoStayInTheTableAndGoalsAndSourcesAreKept() throws Exception {
    IndicatorTable table = table(SEED_002_JEUGD);
    Document document = ReportFixtures.parse(report(SEED_002_JEUGD).html());
    long numeric = table.series().stream()
        .filter(s -> s.values().values().stream().anyMatch(v -> v.number().isPresent())).count();
    assertEquals(table.series().size() - 3, numeric);
    assertEquals(numeric, document.select("figure.indicator svg").size());
    assertEquals(expectedRows(table), document.select("table.indicators tr.series").stream()
        .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList());
    List<String> goals = document.select("table.indicators tr.heading").eachText();
    assertEquals("Voor alle jeugdigen zijn er voldoende en toegankelijke voorzieningen", goals.get(0));
    // Printed 2022 down to 2018, the table keeps that order; no unit is printed, so no column for it.
    assertEquals(List.of("Beleidsindicatoren", "2022", "2021", "2020", "2019", "2018", "Bron"),
        document.select("table.indicators th").eachText());
    assertTrue(document.text().contains("514.907"), "a figure with a thousands dot");
  }

  @Test
  void theHtmlIsSelfContained() throws Exception {
    for (IndicatorReport report : List.of(report(SEED_000), report(SEED_002_JEUGD),
        IndicatorReport.of("t", withGapAndNationalValues(), List.of()))) {
      String html = report.html();
      ReportFixtures.assertSelfContained(html);
      List<String> ids = ReportFixtures.parse(html).select("svg [id]").eachAttr("id");
      assertEquals(java.util.Set.copyOf(ids).size(), ids.size(), "an id twice");
    }
  }

  @Test
  void theMarkdownHoldsTheSameValues() throws Exception {
    for (String file : List.of(SEED_000, SEED_002_JEUGD)) {
      IndicatorReport report = report(file);
      List<List<String>> markdown = ReportFixtures.markdownTable(report.markdown(), "Tabel").stream()
          .filter(r -> r.stream().skip(1).anyMatch(c -> !c.isEmpty())).toList();
      assertEquals(expectedRows(table(file)), markdown, file);
    }
    assertFalse(report(SEED_000).markdown().contains("<svg"));
  }

  @Test
  void theRulesSayHowGapsAndValuesAreShown() throws Exception {
    String rules = ReportFixtures.parse(report(SEED_000).html()).select("dd.rule").text();
    assertTrue(rules.contains("onderbreking van de lijn, nooit 0") && rules.contains("nog niet bekend"), rules);
    assertEquals(Optional.empty(), IndicatorChart.of(IndicatorSeries.of(
        nl.sociaaldomein.indicators.Indicator.of("Ja of nee"), java.util.Map.of(Y2022, IndicatorValue.ofYes(true))),
        List.of(Y2022), "yes"));
  }
}
