// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Where one code of a newer list goes in an older list, and on what grounds.
 *
 * @param newer the code of the newer list
 * @param kind the grounds; {@link RollUpKind#UNDETERMINED} when there are none
 * @param older the older code it rolls up into; empty exactly when undetermined
 * @param explanation the grounds in words, naming the lists and codes involved
 */
public record RollUp(TaakveldCode newer, RollUpKind kind, Optional<TaakveldCode> older, String explanation) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public RollUp {
    Objects.requireNonNull(newer, "newer");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(explanation, "explanation");
    if ((kind == RollUpKind.UNDETERMINED) != older.isEmpty()) {
      throw new SociaalDomeinException("A roll-up has an older code exactly when it is determined: "
          + newer + " " + kind + " " + older);
    }
  }

  /** Whether the roll-up names an older code (by the definitions or by a user's assumption). */
  public boolean isDetermined() {
    return kind != RollUpKind.UNDETERMINED;
  }

  @Override
  public String toString() {
    return newer + " -> " + older.map(TaakveldCode::toString).orElse("?") + " (" + kind + ": " + explanation + ")";
  }
}
