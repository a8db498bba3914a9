// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.RoundedTable;
import nl.sociaaldomein.testkit.internal.Words;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a table the library published in whole units so that it adds up ({@link RoundedTable}). */
public final class RoundedTableAssert extends AbstractAssert<RoundedTableAssert, RoundedTable> {

  public RoundedTableAssert(RoundedTable actual) {
    super(actual, RoundedTableAssert.class);
  }

  /**
   * As {@link PrintedTableAssert#addsUpTo(Amount)}, and also: the table's exact total is
   * {@code total}, and every printed part lies less than one unit from its exact part, the bound
   * of publishing by largest remainder.
   */
  public RoundedTableAssert addsUpTo(Amount total) {
    Objects.requireNonNull(total, "total");
    isNotNull();
    List<String> problems = new ArrayList<>();
    if (!actual.exactTotal().equals(total)) {
      problems.add("exact total " + Words.euros(actual.exactTotal()) + ", not " + Words.euros(total)
          + "; difference " + Words.euros(actual.exactTotal().minus(total)));
    }
    problems.addAll(TableChecks.problems(PrintedTable.of(actual), total));
    for (int i = 0; i < actual.parts().size(); i++) {
      TableChecks.withinOneUnit("part " + (i + 1), actual.parts().get(i), actual.exactParts().get(i)).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      failWithMessage("%s", TableChecks.message(total, problems));
    }
    return this;
  }
}
