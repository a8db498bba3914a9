// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.assertions;

import java.math.BigDecimal;
import java.util.Objects;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.testkit.internal.Words;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a printed figure: is it a rounding of an exact amount? */
public final class PrintedFigureAssert extends AbstractAssert<PrintedFigureAssert, PrintedFigure> {

  public PrintedFigureAssert(PrintedFigure actual) {
    super(actual, PrintedFigureAssert.class);
  }

  /**
   * Passes when {@code exact} lies within the figure's rounding bound (half a unit of its last
   * digit either way). The failure names the printed value, the range it stands for, the
   * difference and how far beyond the bound it lies:
   * {@code printed 13.219 (x € 1.000) is not consistent with € 13.220.104,00: it stands for
   * € 13.218.500,00 to € 13.219.500,00; difference € 1.104,00, € 604,00 beyond the rounding bound
   * of € 500,00}.
   */
  public PrintedFigureAssert isConsistentWith(Amount exact) {
    Objects.requireNonNull(exact, "exact");
    isNotNull();
    if (!actual.isConsistentWith(exact)) {
      BigDecimal difference = exact.toBigDecimal().subtract(actual.nominal());
      BigDecimal beyond = difference.abs().subtract(actual.halfWidth());
      failWithMessage("printed %s is not consistent with %s: it stands for %s to %s; difference %s, %s beyond the rounding bound of %s",
          Words.printed(actual), Words.euros(exact), Words.euros(actual.lowerBound()), Words.euros(actual.upperBound()),
          Words.euros(difference), Words.euros(beyond), Words.euros(actual.halfWidth()));
    }
    return this;
  }
}
