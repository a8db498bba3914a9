// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.assertions;

import java.util.Objects;
import java.util.stream.Collectors;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Comparison;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.Reconciliation;
import nl.sociaaldomein.variance.ReconciliationRules;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the printed explanations of a statement's variances. */
public final class ExplanationsAssert extends AbstractAssert<ExplanationsAssert, Explanations> {

  public ExplanationsAssert(Explanations actual) {
    super(actual, ExplanationsAssert.class);
  }

  /**
   * Passes when the explanations reconcile with the variances of {@code variance} (the budget
   * and realisation compared): every explained row adds up within its rounding bound and no item
   * contradicts its sign. The failure lists the library's findings, each with its row and reason:
   * {@code group "Wmo", result: the items (€ 150.000 V) and the given residual ... is unexplained,
   * beyond the rounding bound of € 1.001,50}.
   */
  public ExplanationsAssert explain(Comparison variance) {
    return explain(variance, ReconciliationRules.none());
  }

  /** As {@link #explain(Comparison)}, for the statement's own comparison ({@link Comparison#of(Statement)}). */
  public ExplanationsAssert explain(Statement statement) {
    return explain(Comparison.of(Objects.requireNonNull(statement, "statement")));
  }

  /** As {@link #explain(Comparison)}, also holding them to the council's {@code rules} (required rows, residual limit). */
  public ExplanationsAssert explain(Comparison variance, ReconciliationRules rules) {
    Objects.requireNonNull(variance, "variance");
    Objects.requireNonNull(rules, "rules");
    isNotNull();
    Reconciliation reconciliation = Reconciliation.of(variance, actual, rules);
    if (!reconciliation.isReconciled()) {
      failWithMessage("the explanations do not explain the variances of statement %s: %d finding(s)%n  %s",
          variance.statement().name(), reconciliation.findings().size(),
          reconciliation.findings().stream().map(f -> f.place() + ": " + f.reason())
              .collect(Collectors.joining(System.lineSeparator() + "  ")));
    }
    return this;
  }
}
