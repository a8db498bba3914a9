// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.Objects;

/**
 * One entry of CBS's error catalogue ({@code fouten.json}): the code, its description and the
 * message text with its placeholders ({@code <fout>}, {@code <goed>}, {@code <extra>},
 * {@code <onderdeel>}, {@code <extra_fout>}), kept verbatim.
 */
public record Iv3Error(String foutcode, String omschrijving, String melding) {

  /** Rejects a missing component. */
  public Iv3Error {
    Objects.requireNonNull(foutcode, "foutcode");
    Objects.requireNonNull(omschrijving, "omschrijving");
    Objects.requireNonNull(melding, "melding");
  }
}
