// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking every printed derived cell of a statement against its parts.
 *
 * @param checkedCells how many printed derived cells were checked
 * @param inconsistencies the cells that cannot be true, in statement order
 */
public record ReconciliationReport(int checkedCells, List<Inconsistency> inconsistencies) {
  /** Rejects a missing component and keeps unmodifiable copies of the collections. */
  public ReconciliationReport {
    Objects.requireNonNull(inconsistencies, "inconsistencies");
    inconsistencies = List.copyOf(inconsistencies);
  }

  /** Whether every checked cell can be true: no inconsistency was found. */
  public boolean isConsistent() {
    return inconsistencies.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(checkedCells).append(" derived cells checked, ")
        .append(inconsistencies.size()).append(" inconsistent");
    for (Inconsistency i : inconsistencies) {
      out.append(System.lineSeparator()).append("  ").append(i);
    }
    return out.toString();
  }
}
