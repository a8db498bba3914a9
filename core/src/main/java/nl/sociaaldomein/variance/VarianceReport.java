// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;

/**
 * The whole variance analysis of a statement, as a controller reports it: the variance of every
 * row, those the council's rules require to be explained and why, the explanations reconciled to
 * the statement with their findings and the split into structural and incidental, and the
 * budget-legality section; with the comparison and rules it was made with.
 *
 * @param comparison which columns were compared
 * @param rules the rules applied
 * @param analysis the variance of every row
 * @param required the variances the materiality rules require to be explained, and why
 * @param reconciliation the explanations held against the statement
 * @param legality the overruns of the lasten and whether they are accepted, judged by the
 *     realisation against the amended budget whatever the comparison (see
 *     {@link BudgetLegality#judgedBy}); empty when the statement has neither
 */
public record VarianceReport(
    Comparison comparison,
    VarianceRules rules,
    VarianceAnalysis analysis,
    RequiredExplanations required,
    Reconciliation reconciliation,
    Optional<BudgetLegality> legality) {

  /** Rejects a missing component. */
  public VarianceReport {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(reconciliation, "reconciliation");
    Objects.requireNonNull(legality, "legality");
  }

  /** The report of {@code comparison} under {@code rules}, with {@code explanations} as the document gives them. */
  public static VarianceReport of(Comparison comparison, VarianceRules rules, Explanations explanations) {
    VarianceAnalysis analysis = VarianceAnalysis.of(comparison, rules.percentage());
    RequiredExplanations required = rules.materiality().apply(analysis);
    Map<Place, String> reasons = new LinkedHashMap<>();
    for (RequiredExplanation r : required.items()) {
      reasons.merge(r.place(), r.reason(), (a, b) -> a + "; " + b);
    }
    ReconciliationRules reconciliationRules = new ReconciliationRules(reasons, rules.residualLimit());
    return new VarianceReport(comparison, rules, analysis, required,
        Reconciliation.of(comparison, explanations, reconciliationRules),
        BudgetLegality.judgedBy(comparison.statement()).map(c -> BudgetLegality.of(c, rules.legality())));
  }

  /** The report with the default comparison of {@code statement} (see {@link Comparison#of(Statement)}). */
  public static VarianceReport of(Statement statement, VarianceRules rules, Explanations explanations) {
    return of(Comparison.of(statement), rules, explanations);
  }

  /** The statement reported on. */
  public Statement statement() {
    return comparison.statement();
  }
}
