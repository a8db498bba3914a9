// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.List;
import java.util.Objects;

/**
 * One finding of checking a delivery: CBS's error code and description, the message of
 * {@code fouten.json} with its placeholders filled in, where in the delivery (a JSON path such as
 * {@code $.data.lasten[3].categorie}) and the offending values.
 *
 * @param kind whether the delivery fails the check, or the check could not be run and why
 */
public record Iv3Finding(Kind kind, String foutcode, String omschrijving, String melding, String path, List<String> values) {

  /** What a finding says about its check. */
  public enum Kind {
    /** The delivery fails the check. */
    ERROR,
    /** The check does not apply to the delivery (its periode is not among the controle's). */
    NOT_APPLICABLE,
    /** The definitions do not say enough to run the check; the melding says what is missing. */
    NOT_INTERPRETED
  }

  /** Rejects a missing component and keeps unmodifiable copies of the collections. */
  public Iv3Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(foutcode, "foutcode");
    Objects.requireNonNull(omschrijving, "omschrijving");
    Objects.requireNonNull(melding, "melding");
    Objects.requireNonNull(path, "path");
    values = List.copyOf(values);
  }
}
