// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.reference;

import java.util.List;
import java.util.Objects;

/**
 * Another tool's output held against a reference case: every difference, with its place, in the
 * order of the answer (then what the output has beyond it).
 *
 * @param referenceCase the case
 * @param source what was checked (a file name)
 * @param compared how many figures were compared
 * @param differences every difference, rounding ones included
 */
public record ConformanceReport(ReferenceCase referenceCase, String source, int compared, List<Difference> differences) {

  public ConformanceReport {
    Objects.requireNonNull(referenceCase, "referenceCase");
    Objects.requireNonNull(source, "source");
    differences = List.copyOf(differences);
  }

  /** Whether the output agrees with the answer up to rounding. */
  public boolean isConformant() {
    return errors().isEmpty();
  }

  /** The differences that are errors. */
  public List<Difference> errors() {
    return differences.stream().filter(Difference::isError).toList();
  }

  /** The differences rounding explains. */
  public List<Difference> roundings() {
    return differences.stream().filter(d -> !d.isError()).toList();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(source).append(" against reference case ").append(referenceCase.name()).append(": ")
        .append(isConformant() ? "conformant" : "NOT conformant").append(", ").append(compared).append(" figures compared, ")
        .append(errors().size()).append(" difference(s), ").append(roundings().size()).append(" within rounding");
    differences.forEach(d -> out.append(System.lineSeparator()).append("  ").append(d));
    return out.toString();
  }
}
