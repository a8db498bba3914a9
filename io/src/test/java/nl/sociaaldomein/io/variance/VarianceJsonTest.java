// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.variance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import nl.sociaaldomein.io.json.SociaalDomeinJson;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.VarianceReport;
import nl.sociaaldomein.variance.VarianceRules;
import org.junit.jupiter.api.Test;

/** Every result of a variance analysis leaves the JVM as JSON that says what each part is. */
class VarianceJsonTest {

  static VarianceReport seed000() {
    Statement statement = StatementCsv.read(Path.of("../data/statements/seed-000-meppel-2022.csv")).orElseThrow();
    Explanations explanations = ExplanationCsv.read(
        Path.of("../data/explanations/seed-000-meppel-2022-analyse.csv"), statement).orElseThrow();
    return VarianceReport.of(statement, VarianceRules.above(Amount.ofEuros(50_000)), explanations);
  }

  @Test
  void seed000sReportIsJsonWithEveryPartNamed() {
    JsonNode json = SociaalDomeinJson.mapper().valueToTree(seed000());
    assertEquals("Totaal Begroting 2022 incl. wijzigingen", json.at("/comparison/budgetColumn").asText());
    assertEquals("Begroot - Rekening 2022", json.at("/comparison/varianceColumn").asText());
    assertEquals("above € 50.000", json.at("/rules/materiality/0/rule").asText());
    assertEquals("GROUP_AFTER_RESERVES", json.at("/rules/materiality/0/levels/0").asText());
    assertEquals("50000.00", json.at("/rules/residualLimit").asText());
    JsonNode first = json.at("/analysis/rows/0");
    assertEquals("line", first.at("/place/row").asText());
    assertEquals("-5321000", first.at("/amount/nominal").asText());
    assertEquals("UNFAVOURABLE", first.get("direction").asText());
    assertEquals("REPORTED", first.at("/percentage/kind").asText());
    assertEquals("-134.8", first.at("/percentage/percent").asText());
    assertEquals(10, json.at("/required/items").size());
    assertEquals("group-after", json.at("/required/items/0/place/row").asText());
    assertEquals(2, json.at("/reconciliation/findings").size());
    assertEquals("RESIDUAL_ABOVE_LIMIT", json.at("/reconciliation/findings/0/kind").asText());
    assertEquals("Begeleide participatie", json.at("/reconciliation/findings/0/place/group").asText());
    assertEquals("I", json.at("/reconciliation/rows/0/items/0/varianceClass").asText());
    assertEquals("COVERED_BY_INCOME", json.at("/legality/overruns/0/acceptance/kind").asText());
    assertEquals("OWN_INCOME", json.at("/legality/overruns/0/acceptance/basis").asText());
    assertEquals("NOT_ACCEPTED", json.at("/legality/overruns/1/acceptance/kind").asText());
    assertFalse(json.at("/legality/exceedsReportingThreshold").asBoolean());
  }

  @Test
  void aTableOfVariancesOnlyHasAReportWithoutPercentagesOrThreshold() {
    Statement verschillen = StatementCsv.read(Path.of("../data/statements/synthetic-verschillen-000.csv")).orElseThrow();
    VarianceReport report = VarianceReport.of(verschillen, VarianceRules.above(Amount.ofEuros(50_000)), Explanations.none());
    // The same ten products as seed 000's full statement, from the printed variances alone.
    assertEquals(10, report.required().items().size());
    JsonNode json = SociaalDomeinJson.mapper().valueToTree(report);
    assertEquals("NO_BUDGET", json.at("/required/items/0/variance/percentage/kind").asText());
    assertEquals("Verschil", json.at("/comparison/varianceColumn").asText());
    assertEquals(0, json.at("/legality/overruns").size());
    assertTrue(json.at("/legality/reportingThreshold").isNull());
    String text = nl.sociaaldomein.text.VarianceText.format(report);
    assertTrue(text.contains("Samenkracht en burgerparticipatie, Saldo na bestemming           3.404 V  n.v.t."), text);
    assertTrue(text.contains("no verantwoordingsgrens"), text);
    // Nothing is explained, so each of the ten is missing its explanation.
    assertEquals(10, report.reconciliation().findings().size());
  }
}
