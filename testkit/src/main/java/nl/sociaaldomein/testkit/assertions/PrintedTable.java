// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.assertions;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.money.RoundedTable;

/**
 * A table as a tool prints it: parts and a printed total, all in one unit; what
 * {@code assertThat(table).addsUpTo(total)} holds against the exact total.
 *
 * @param parts the printed parts, in order
 * @param total the printed total
 */
public record PrintedTable(List<PrintedFigure> parts, PrintedFigure total) {

  public PrintedTable {
    parts = List.copyOf(parts);
    Objects.requireNonNull(total, "total");
  }

  public static PrintedTable of(List<PrintedFigure> parts, PrintedFigure total) {
    return new PrintedTable(parts, total);
  }

  /** The parts and total the library published. */
  public static PrintedTable of(RoundedTable table) {
    return new PrintedTable(table.parts(), table.total());
  }
}
