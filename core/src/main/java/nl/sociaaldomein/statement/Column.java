// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A budget column: its printed label (unique within a statement), its role and, for a
 * variance column, what it compares and how it prints.
 */
public record Column(String label, ColumnRole role, Optional<Variance> variance) {
  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Column {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(variance, "variance");
    if (label.isBlank()) {
      throw new SociaalDomeinException("A column needs a label");
    }
    if ((role == ColumnRole.VARIANCE) != variance.isPresent()) {
      throw new SociaalDomeinException("Column " + SociaalDomeinException.quote(label)
          + ": a VARIANCE column needs a variance definition (what it compares and how it prints), and only it");
    }
  }

  /** A column of entered figures. */
  public static Column of(String label, ColumnRole role) {
    return new Column(label, role, Optional.empty());
  }

  /** A variance column. */
  public static Column variance(String label, Variance variance) {
    return new Column(label, ColumnRole.VARIANCE, Optional.of(variance));
  }

  /** Whether the column holds variances, derived or entered. */
  public boolean isVariance() {
    return variance.isPresent();
  }

  /** Whether the column's values follow from two other columns, so that its line cells are derived too. */
  public boolean isDerived() {
    return variance.filter(Variance::isDerived).isPresent();
  }
}
