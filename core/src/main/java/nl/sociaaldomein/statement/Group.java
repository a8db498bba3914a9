// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.taakveld.TaakveldCode;

/** A group of lines: a taakveld, a product, a doelenboom, or any named group. */
public record Group(String name, GroupKind kind, Optional<TaakveldCode> taakveld, List<GroupLine> lines) {
  /** Rejects a missing component and keeps unmodifiable copies of the collections. */
  public Group {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(taakveld, "taakveld");
    lines = List.copyOf(lines);
  }

  /** Every line of this group as a row of the statement, in order. */
  public List<Place.Line> places() {
    return lines.stream().map(l -> l.place(name)).toList();
  }

  /** Whether the group has lines of lasten or baten, and so a saldo van baten en lasten. */
  public boolean hasResultLines() {
    return lines.stream().anyMatch(l -> !l.kind().isReserveMovement());
  }

  /** Whether the group has reserve movements. */
  public boolean hasReserveLines() {
    return lines.stream().anyMatch(l -> l.kind().isReserveMovement());
  }
}
