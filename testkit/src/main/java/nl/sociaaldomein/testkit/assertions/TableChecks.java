// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.assertions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.testkit.internal.Words;

/** What published tables, the library's and a tool's, are held to. */
final class TableChecks {

  private static final BigDecimal CENT = new BigDecimal("0.01");

  private TableChecks() {}

  static List<String> problems(PrintedTable table, Amount total) {
    List<String> problems = new ArrayList<>();
    EuroUnit unit = table.total().unit();
    for (int i = 0; i < table.parts().size(); i++) {
      if (table.parts().get(i).unit() != unit) {
        problems.add("part " + (i + 1) + " is in " + table.parts().get(i).unit() + ", the total in " + unit);
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    withinOneUnit("total", table.total(), total).ifPresent(problems::add);
    BigDecimal sum = table.parts().stream().map(PrintedFigure::printedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal printed = table.total().printedValue();
    if (sum.compareTo(printed) != 0) {
      problems.add("the printed parts add up to " + Words.printed(PrintedFigure.of(sum, unit)) + ", the printed total is "
          + Words.printed(table.total()) + "; difference " + Words.printed(PrintedFigure.of(printed.subtract(sum), unit)));
    }
    return problems;
  }

  /** The problem when {@code printed} lies a whole unit or more from {@code exact}. */
  static Optional<String> withinOneUnit(String where, PrintedFigure printed, Amount exact) {
    BigDecimal unit = printed.unit().euros();
    BigDecimal difference = printed.nominal().subtract(exact.toBigDecimal());
    if (difference.abs().compareTo(unit) < 0) {
      return Optional.empty();
    }
    return Optional.of(where + ": printed " + Words.printed(printed) + ", exact " + Words.euros(exact)
        + ", allowed from " + Words.euros(exact.toBigDecimal().subtract(unit).add(CENT)) + " to "
        + Words.euros(exact.toBigDecimal().add(unit).subtract(CENT)) + " (less than one unit away), difference "
        + Words.euros(difference));
  }

  static String message(Amount total, List<String> problems) {
    return "the table does not add up to " + Words.euros(total) + " as published:" + System.lineSeparator() + "  "
        + String.join(System.lineSeparator() + "  ", problems);
  }
}
