// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.examples.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.FigureFormat;

/**
 * A toy municipal report, standing for someone else's tool under test: the confrontation of the
 * sociaal domein's income and expenditure per year (seed 004 annex 7 table 7), written as CSV in
 * thousands of euros. It adds up with BigDecimal and rounds each figure half up on its own.
 */
final class MunicipalReport {

  /** The header of the confrontation table in the shape of the testkit's reference case seed-004-annex-7. */
  static final String HEADER = "jaar;deel gemeentefonds sociaal domein (x 1.000);BUIG (x 1.000);overige baten (x 1.000);"
      + "inkomsten (x 1.000);uitgaven taakveld 6 (x 1.000);overhead (x 1.000);uitgaven (x 1.000);saldo (x 1.000)";

  /** One year's inputs, in euros. */
  record Year(int year, BigDecimal generalGrantShare, BigDecimal buig, BigDecimal otherIncome, BigDecimal taakveld6,
      BigDecimal overhead) {

    BigDecimal income() {
      return generalGrantShare.add(buig).add(otherIncome);
    }

    BigDecimal expenditure() {
      return taakveld6.add(overhead);
    }

    BigDecimal balance() {
      return income().subtract(expenditure());
    }
  }

  private MunicipalReport() {}

  /** The table, one row per year. */
  static String confrontation(List<Year> years) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (Year y : years) {
      lines.add(y.year() + ";" + String.join(";", thousands(y.generalGrantShare()), thousands(y.buig()),
          thousands(y.otherIncome()), thousands(y.income()), thousands(y.taakveld6()), thousands(y.overhead()),
          thousands(y.expenditure()), thousands(y.balance())));
    }
    return String.join("\n", lines) + "\n";
  }

  /** {@code euros} as the report prints it: in whole thousands, rounded half up. */
  static PrintedFigure inThousands(BigDecimal euros) {
    return PrintedFigure.of(euros.movePointLeft(3).setScale(0, RoundingMode.HALF_UP), EuroUnit.THOUSANDS);
  }

  private static String thousands(BigDecimal euros) {
    return FigureFormat.THOUSANDS.format(inThousands(euros));
  }
}
