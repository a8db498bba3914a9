// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.assertions;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.money.Amount;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a table a tool prints in whole units, such as a table in thousands. */
public final class PrintedTableAssert extends AbstractAssert<PrintedTableAssert, PrintedTable> {

  public PrintedTableAssert(PrintedTable actual) {
    super(actual, PrintedTableAssert.class);
  }

  /**
   * Passes when the printed parts add up to the printed total exactly, as a published table
   * must, and the printed total lies less than one unit from the exact {@code total} (a rounding
   * down or up). The failure lists what breaks it: {@code the printed parts add up to 16.925
   * (x € 1.000), the printed total is 16.924 (x € 1.000); difference -1 (x € 1.000)}, {@code total:
   * printed 3 (x € 1.000), exact € 4.200,00, allowed from € 3.200,01 to € 5.199,99 (less than one
   * unit away), difference € -1.200,00}.
   */
  public PrintedTableAssert addsUpTo(Amount total) {
    Objects.requireNonNull(total, "total");
    isNotNull();
    List<String> problems = TableChecks.problems(actual, total);
    if (!problems.isEmpty()) {
      failWithMessage("%s", TableChecks.message(total, problems));
    }
    return this;
  }
}
