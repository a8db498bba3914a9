// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * A line as a group declares it: its kind, its printed label ("Lasten") and, for rollups across
 * programmes, the taakveld it is booked on. {@link #place(String)} is its row in the statement.
 */
public record GroupLine(LineKind kind, String label, Optional<TaakveldCode> taakveld) {
  /** Rejects a missing component. */
  public GroupLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(taakveld, "taakveld");
  }

  /** The row of this line in group {@code group}. */
  public Place.Line place(String group) {
    return new Place.Line(group, kind, label);
  }
}
