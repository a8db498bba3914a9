// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;

/** Not API, may change in any release. The cells statements print, for comparing two statements cell by cell. */
public final class PrintedCells {

  private PrintedCells() {}

  /** Every cell any of {@code statements} prints, in reading order: the first statement's, then what the others add. */
  public static List<Cell> of(Statement... statements) {
    Set<Cell> out = new LinkedHashSet<>();
    for (Statement s : statements) {
      for (Place place : s.lines()) {
        add(s, place, out);
      }
      for (Place place : s.derivedPlaces()) {
        add(s, place, out);
      }
    }
    return List.copyOf(out);
  }

  private static void add(Statement s, Place place, Set<Cell> out) {
    for (Column c : s.columns()) {
      Cell cell = new Cell(place, c.label());
      if (s.printed(cell).isPresent()) {
        out.add(cell);
      }
    }
  }
}
