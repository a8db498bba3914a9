// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import java.util.Objects;

/** One cell of a statement: a row and a column label. */
public record Cell(Place place, String column) {
  /** Rejects a missing component. */
  public Cell {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public String toString() {
    return place + ", column \"" + column + "\"";
  }
}
