// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * What a variance column holds and how it prints. A derived variance compares a budget column
 * with an actual column of the same statement (seed 000's "Begroot - Rekening 2022"); an entered
 * variance is printed without the columns it compares, as in a table of "verschillen" that
 * prints per group only the variance before reserve movements, the reserve movements and the
 * variance after.
 *
 * @param budgetColumn the label of the column measured against (usually the amended budget), for
 *     a derived variance
 * @param actualColumn the label of the column measured (usually the realisation), for a derived
 *     variance
 * @param notation how the document prints a variance
 */
public record Variance(Optional<String> budgetColumn, Optional<String> actualColumn, VarianceNotation notation) {
  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Variance {
    Objects.requireNonNull(budgetColumn, "budgetColumn");
    Objects.requireNonNull(actualColumn, "actualColumn");
    Objects.requireNonNull(notation, "notation");
    if (budgetColumn.isPresent() != actualColumn.isPresent()) {
      throw new SociaalDomeinException("A derived variance names both the budget column and the actual column; this one names only "
          + SociaalDomeinException.quote(budgetColumn.or(() -> actualColumn).orElseThrow()));
    }
    if (budgetColumn.isPresent() && budgetColumn.equals(actualColumn)) {
      throw new SociaalDomeinException("A variance compares two different columns, not "
          + SociaalDomeinException.quote(budgetColumn.get()) + " with itself: name the budget column "
          + "(such as the amended budget) and then the actual column (such as the realisation)");
    }
  }

  /** The variance of {@code actualColumn} against {@code budgetColumn}, printed in {@code notation}. */
  public static Variance between(String budgetColumn, String actualColumn, VarianceNotation notation) {
    return new Variance(Optional.of(budgetColumn), Optional.of(actualColumn), notation);
  }

  /** A variance printed on its own, without the columns it compares. */
  public static Variance entered(VarianceNotation notation) {
    return new Variance(Optional.empty(), Optional.empty(), notation);
  }

  /** Whether the variance is derived from two columns of the statement rather than entered. */
  public boolean isDerived() {
    return budgetColumn.isPresent();
  }
}
