// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What checking a delivery found, in a stable order: the definitions' match first, then the
 * codes section by section and line by line, then the controles in the definitions' order.
 * Findings of kind {@link Iv3Finding.Kind#NOT_APPLICABLE} and
 * {@link Iv3Finding.Kind#NOT_INTERPRETED} are listed so that no controle is passed over in
 * silence, but they do not make a delivery invalid.
 */
public record Iv3Validation(List<Iv3Finding> findings) {

  /** Keeps unmodifiable copies of the collections. */
  public Iv3Validation {
    findings = List.copyOf(findings);
  }

  /** Whether no finding is an {@link Iv3Finding.Kind#ERROR}. */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /** The findings the delivery fails. */
  public List<Iv3Finding> errors() {
    return findings(Iv3Finding.Kind.ERROR);
  }

  /** The findings of {@code kind}, in the order found. */
  public List<Iv3Finding> findings(Iv3Finding.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }

  /** The findings with CBS's code {@code foutcode}, of every kind. */
  public List<Iv3Finding> findings(String foutcode) {
    Objects.requireNonNull(foutcode, "foutcode");
    return findings.stream().filter(f -> f.foutcode().equals(foutcode)).toList();
  }

  /** The codes of the errors, sorted. */
  public SortedSet<String> errorCodes() {
    return errors().stream().map(Iv3Finding::foutcode).collect(Collectors.toCollection(TreeSet::new));
  }
}
