// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.internal;

import java.math.BigDecimal;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.FigureFormat;

/** Not API, may change in any release. Figures in failure messages and reports, in Dutch notation as the library's findings print them. */
public final class Words {

  private Words() {}

  /** A printed figure as the document prints it, with its unit where it is not euros: {@code 13.219 (x € 1.000)}. */
  public static String printed(PrintedFigure figure) {
    String text = FigureFormat.of(figure.unit()).withScaleWord(false).withDecimals(figure.decimals()).format(figure);
    return figure.unit() == EuroUnit.EUROS ? text : text + " (x " + FigureFormat.of(figure.unit()).heading() + ")";
  }

  /** Euros with cents, or with as many decimals as a half unit needs: {@code € 13.218.500,00}. */
  public static String euros(BigDecimal euros) {
    int decimals = Math.max(2, euros.stripTrailingZeros().scale());
    return FigureFormat.of(EuroUnit.EUROS).withEuroSign(true).withDecimals(decimals)
        .format(PrintedFigure.of(euros.setScale(decimals), EuroUnit.EUROS));
  }

  public static String euros(Amount amount) {
    return euros(amount.toBigDecimal());
  }
}
