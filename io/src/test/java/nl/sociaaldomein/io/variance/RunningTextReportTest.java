// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.variance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.Finding;
import nl.sociaaldomein.variance.Materiality;
import nl.sociaaldomein.variance.MaterialityRule;
import nl.sociaaldomein.variance.VarianceReport;
import nl.sociaaldomein.variance.VarianceRules;
import org.junit.jupiter.api.Test;

/**
 * The running-text fixture read from its CSV files: explained per line, with sub-items three
 * deep and one deliberately unexplained gap, which the report finds, and nothing else.
 */
class RunningTextReportTest {

  @Test
  void theReportFindsTheOneUnexplainedGapAndNothingElse() {
    Statement statement = StatementCsv.read(Path.of("../data/statements/synthetic-running-text.csv")).orElseThrow();
    Explanations explanations = ExplanationCsv.read(
        Path.of("../data/explanations/synthetic-running-text.csv"), statement).orElseThrow();
    Amount threshold = Amount.ofEuros(50_000);
    VarianceRules rules = VarianceRules.of(Materiality.of(MaterialityRule.above(threshold), Materiality.Level.LINE))
        .withResidualLimit(threshold);
    VarianceReport report = VarianceReport.of(statement, rules, explanations);
    Place reIntegratie = new Place.Line("Participatie", LineKind.EXPENSES, "Re-integratie");
    assertEquals(List.of(new Finding(Finding.Kind.UNEXPLAINED_GAP, reIntegratie, Optional.empty(),
            Estimate.of(BigDecimal.valueOf(65_000), BigDecimal.ONE), Optional.of(new BigDecimal("34.2")),
            "the items explain € 125.000 V of the variance € 190.000 V and no residual is given: € 65.000 V"
                + " (34,2% of the variance) is unexplained, more than the limit of € 50.000")),
        report.reconciliation().findings());
    // Every line above the threshold is explained: eight of them.
    assertEquals(8, report.required().items().size());
  }
}
