// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;

/**
 * Every rule a variance report applies, in one value, so that a report can state them and be
 * reproduced: when a percentage is meaningful, which variances need an explanation, above what
 * a residual means something material went unexplained, and the council's rules for budget
 * legality.
 *
 * @param percentage when a percentage of the budget is given
 * @param materiality which variances need an explanation
 * @param residualLimit a residual above this (in size) leaves something material unexplained
 * @param legality accepted overruns, the authorisation level and the verantwoordingsgrens
 */
public record VarianceRules(
    PercentageRule percentage, Materiality materiality, Optional<Amount> residualLimit, LegalityRules legality) {

  /** Rejects a missing component. */
  public VarianceRules {
    Objects.requireNonNull(percentage, "percentage");
    Objects.requireNonNull(materiality, "materiality");
    Objects.requireNonNull(residualLimit, "residualLimit");
    Objects.requireNonNull(legality, "legality");
  }

  /**
   * The rules of a council whose threshold is {@code threshold} euros per group after reserve
   * movements, as seed 000's "Diverse kleine afwijkingen &lt; 50.000" shows: that rule, the same
   * amount as the residual limit, the default percentage rule and legality defaults.
   */
  public static VarianceRules above(Amount threshold) {
    return new VarianceRules(PercentageRule.DEFAULT,
        Materiality.of(MaterialityRule.above(threshold), Materiality.Level.GROUP_AFTER_RESERVES),
        Optional.of(threshold), LegalityRules.defaults());
  }

  /** {@code materiality} with the default percentage rule, no residual limit and legality defaults. */
  public static VarianceRules of(Materiality materiality) {
    return new VarianceRules(PercentageRule.DEFAULT, materiality, Optional.empty(), LegalityRules.defaults());
  }

  /** These rules with {@code percentage} as the percentage rule. */
  public VarianceRules withPercentage(PercentageRule percentage) {
    return new VarianceRules(percentage, materiality, residualLimit, legality);
  }

  /** These rules with {@code materiality} deciding which variances need an explanation. */
  public VarianceRules withMateriality(Materiality materiality) {
    return new VarianceRules(percentage, materiality, residualLimit, legality);
  }

  /** These rules, accepting an unexplained residual of at most {@code residualLimit}. */
  public VarianceRules withResidualLimit(Amount residualLimit) {
    return new VarianceRules(percentage, materiality, Optional.of(residualLimit), legality);
  }

  /** These rules with {@code legality} for the budget-legality report. */
  public VarianceRules withLegality(LegalityRules legality) {
    return new VarianceRules(percentage, materiality, residualLimit, legality);
  }
}
