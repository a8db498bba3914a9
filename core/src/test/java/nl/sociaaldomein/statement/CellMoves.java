// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.money.PrintedFigure;

/**
 * A test fixture: statements with one printed cell moved, for the tests that an inconsistency is
 * found where it is. Public, and in core's test jar, for the testkit's tests of generated statements.
 */
public final class CellMoves {

  private CellMoves() {}

  /** A copy of {@code s} with one printed cell moved by {@code units}, as printed in its convention. */
  public static Statement withCell(Statement s, Cell target, long units) {
    Statement.Builder b = Statement.builder(s.name(), s.unit(), s.convention());
    s.columns().forEach(b::column);
    for (Group g : s.groups()) {
      b.group(g.name(), g.kind(), g.taakveld(), "group " + g.name());
      for (GroupLine l : g.lines()) {
        b.line(g.name(), l.kind(), l.label(), l.taakveld(), "line " + l.label());
      }
    }
    List<Cell> all = new ArrayList<>(s.printedDerivedCells());
    for (Place.Line line : s.lines()) {
      for (Column c : s.columns()) {
        if (!c.isVariance()) {
          all.add(new Cell(line, c.label()));
        }
      }
    }
    for (Cell cell : all) {
      s.printed(cell).ifPresent(f -> b.cell(cell.place(), cell.column(), cell.equals(target)
          ? PrintedFigure.of(f.printedValue().add(BigDecimal.valueOf(units)), f.unit())
          : f));
    }
    return b.build();
  }
}
