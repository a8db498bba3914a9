// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.text;

import static nl.sociaaldomein.savings.HoogeveenPlanTest.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.HoogeveenPlanTest;
import nl.sociaaldomein.savings.Kind;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.PlanSummary;
import nl.sociaaldomein.savings.PointRule;
import nl.sociaaldomein.savings.Scenario;
import nl.sociaaldomein.savings.ScenarioComparison;
import nl.sociaaldomein.savings.Target;
import nl.sociaaldomein.savings.WmoInterviewListTest;
import nl.sociaaldomein.savings.WmoScenarioFixture;
import org.junit.jupiter.api.Test;

class SavingsTextTest {

  private static final Year FIRST = Year.of(2022);
  private static final Year LAST = Year.of(2025);
  private static final String NL = System.lineSeparator();

  private static String lines(String... lines) {
    return String.join(NL, lines) + NL;
  }

  /**
   * Seed 004 chapter 6: the tranches less 350.000 invoeringskosten, against the 8,5 million
   * taakstelling of 2025, which the programme budget sets on the structural spending (the costs
   * are incidental money asked for apart): a shortfall of 6.600.000.
   */
  @Test
  void chapter6PhasingAgainstTheTaakstelling() {
    Phasing phasing = HoogeveenPlanTest.tranches().phasing(FIRST, LAST);
    Target target = Target.of(Map.of(LAST, euros(8_500_000)));
    assertEquals(lines(
        "                                  2022       2023         2024         2025",
        "programmaplan",
        "  structureel                € 250.000  € 750.000  € 1.750.000  € 1.900.000",
        "  incidenteel                      € 0        € 0          € 0          € 0",
        "  kosten                     € 350.000  € 350.000    € 350.000    € 350.000",
        "  netto                     € -100.000  € 400.000  € 1.400.000  € 1.550.000",
        "totaal",
        "  structureel                € 250.000  € 750.000  € 1.750.000  € 1.900.000",
        "  incidenteel                      € 0        € 0          € 0          € 0",
        "  kosten                     € 350.000  € 350.000    € 350.000    € 350.000",
        "  netto                     € -100.000  € 400.000  € 1.400.000  € 1.550.000",
        "taakstelling (structureel)                                      € 8.500.000",
        "  gedekt                                                        € 1.900.000",
        "  tekort                                                        € 6.600.000",
        "  overschot                                                             € 0",
        "  dekking                                                            tekort"),
        SavingsText.phasing(phasing, target, Line.STRUCTURAL, PointRule.LOWER_END));
  }

  /** A p.m. item makes the cells intervals: each is marked and the rule printed under the table. */
  @Test
  void aRangeShownAsOneNumberCarriesItsRule() {
    Phasing phasing = HoogeveenPlanTest.perDomain()
        .plus(Measure.structural("pm", "Toegang", Domain.WMO,
            AmountRange.proMemorie(euros(10_000), euros(50_000)), LAST))
        .phasing(LAST, LAST);
    String text = SavingsText.phasing(phasing, PointRule.MIDPOINT);
    assertEquals(lines(
        "                          2025",
        "Participatie/SHV",
        "  structureel        € 200.000",
        "  incidenteel              € 0",
        "  kosten                   € 0",
        "  netto              € 200.000",
        "Wmo",
        "  structureel       € 680.000*",
        "  incidenteel              € 0",
        "  kosten                   € 0",
        "  netto             € 680.000*",
        "Jeugd",
        "  structureel        € 450.000",
        "  incidenteel              € 0",
        "  kosten                   € 0",
        "  netto              € 450.000",
        "sociaal breed",
        "  structureel        € 600.000",
        "  incidenteel              € 0",
        "  kosten                   € 0",
        "  netto              € 600.000",
        "totaal",
        "  structureel     € 1.930.000*",
        "  incidenteel              € 0",
        "  kosten                   € 0",
        "  netto           € 1.930.000*",
        "* interval, getoond als één getal: midden"), text);
  }

  @Test
  void annex8ClaimedAgainstComputedWithDerivations() {
    assertEquals(lines(
        "maatregel                               geclaimd   berekend   verschil   oordeel",
        "W-licht Lichte vormen van begeleiding  € 300.000  € 267.000  € -33.000  wijkt af",
        "W-dag Dagontmoeting                    € 100.000  € 116.000   € 16.000  wijkt af",
        "",
        "W-licht Lichte vormen van begeleiding",
        "  100 x (60 x 0,84) = € 5.040 per week x 46 = € 231.840, afgerond € 232.000 per jaar",
        "  140 x (60 x 0,84) = € 7.056 per week x 46 = € 324.576, afgerond € 325.000 per jaar",
        "  kosten: 80.000 x 3 = € 240.000",
        "  kosten: 21 % x € 240.000 = € 50.400, afgerond € 50.000",
        "  bruto: € 232.000 + € 325.000 = € 557.000",
        "  netto: € 557.000 - € 240.000 - € 50.000 = € 267.000",
        "  geclaimd: € 300.000, verschil: € -33.000",
        "",
        "W-dag Dagontmoeting",
        "  € 180.000",
        "  kosten: 4 x 16.000 = € 64.000",
        "  bruto: € 180.000",
        "  netto: € 180.000 - € 64.000 = € 116.000",
        "  geclaimd: € 100.000, verschil: € 16.000"),
        SavingsText.modelComparisons(WmoScenarioFixture.annex8Wmo().modelComparisons()));
  }

  @Test
  void wmoClientsGrowingSevenPercentAgainstTheBase() {
    ScenarioComparison comparison = ScenarioComparison.of(WmoScenarioFixture.annex8Wmo(), Scenario.base("basis"),
        WmoScenarioFixture.wmoGrowth(), FIRST, LAST);
    assertEquals(lines(
        "jaar  domein      basis  Wmo-cliënten +7 % per jaar   verschil",
        "2022  totaal  € 383.000                   € 383.000        € 0",
        "2022  Wmo     € 383.000                   € 383.000        € 0",
        "2023  totaal  € 383.000                   € 422.000   € 39.000",
        "2023  Wmo     € 383.000                   € 422.000   € 39.000",
        "2024  totaal  € 383.000                   € 461.000   € 78.000",
        "2024  Wmo     € 383.000                   € 461.000   € 78.000",
        "2025  totaal  € 383.000                   € 510.000  € 127.000",
        "2025  Wmo     € 383.000                   € 510.000  € 127.000"),
        SavingsText.scenarios(comparison, PointRule.LOWER_END));
  }

  /**
   * The interview list against 2.000.000 in 2022: covered, shortfall and surplus follow the line's
   * figure under every rule, each marked as an interval, and "onbekend" only where the rule gives
   * no number (the midpoint of an interval open above).
   */
  @Test
  void theTargetRowsAgreeWithTheLineUnderEveryRule() {
    Phasing phasing = WmoInterviewListTest.plan().phasing(FIRST, FIRST);
    Target target = Target.of(Map.of(FIRST, euros(2_000_000)));
    Map<PointRule, List<String>> expected = Map.of(
        PointRule.PM_AS_ZERO, List.of("€ 1.473.000*", "€ 1.473.000*", "€ 527.000*", "€ 0*"),
        PointRule.LOWER_END, List.of("€ 1.473.000*", "€ 1.473.000*", "€ 527.000*", "€ 0*"),
        PointRule.UPPER_END, List.of("onbekend", "€ 2.000.000*", "€ 0*", "onbekend"),
        PointRule.MIDPOINT, List.of("onbekend", "onbekend", "onbekend", "onbekend"));
    expected.forEach((rule, cells) -> {
      String text = SavingsText.phasing(phasing, target, Line.NET, rule);
      List<String> rows = List.of(text.split(NL));
      String totalNet = rows.get(rows.indexOf("totaal") + 4);
      assertEquals(List.of(totalNet.replaceAll("^  netto +", ""), cell(rows, "  gedekt"), cell(rows, "  tekort"),
          cell(rows, "  overschot")), cells, text);
      assertTrue(text.contains("taakstelling (netto)"), text);
    });
  }

  private static String cell(List<String> rows, String label) {
    return rows.stream().filter(r -> r.startsWith(label)).findFirst().orElseThrow().substring(label.length()).strip();
  }

  /** Seed 004's interview list: the printed 1.473.000 is the lower end, and the six PM items are open. */
  @Test
  void theInterviewListSaysWhatItsTotalIsAndListsItsOpenItems() {
    String text = SavingsText.measures(PlanSummary.of(WmoInterviewListTest.plan(), Kind.STRUCTURAL, PointRule.LOWER_END));
    assertTrue(text.contains("7   Het afschaffen van Mantelzorg Vitaal en de mantelzorgwaardering minimaal vormgeven"), text);
    assertTrue(text.contains("€ 20.000 tot € 35.000" + NL), text);
    assertTrue(text.matches("(?s).*\\R    totaal \\(interval\\) +p\\.m\\. \\(ten minste € 1\\.473\\.000\\)\\R.*"), text);
    assertTrue(text.contains("totaal als één getal (ondergrens): € 1.473.000, de ondergrens van het interval" + NL), text);
    assertTrue(text.contains(lines("open posten (p.m.), niet of niet volledig in dat getal:",
        "  3  Het innemen van niet gebruikte scootmobielen  p.m.",
        "  4  Het maken van een tilliften pool  p.m.",
        "  5  Check op rechtmatigheid 100% facturaties  p.m.",
        "  6  Toepassen 5% boeteclausule bij late facturatie aanbieders  p.m.",
        "  11  Aanpassen werkprocessen toegang  p.m.",
        "  12  Beperken dubbele indicaties begeleiding individueel echtparen  p.m.")), text);
  }

  @Test
  void onlyAnAmountMarkedStarIsAnIntervalNotANameThatEndsInOne() {
    assertEquals(false, SavingsText.isAnyShownFromInterval(List.of(List.of("", "basis", "Groei 7 %*"),
        List.of("Zorg*", "€ 100", "€ 120"))));
    assertEquals(true, SavingsText.isAnyShownFromInterval(List.of(List.of("", "basis"), List.of("Zorg", "€ -100*"))));
  }
}
