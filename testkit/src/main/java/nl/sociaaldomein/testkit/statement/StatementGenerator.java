// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.statement;

import java.math.BigDecimal;
import java.util.Random;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.MinusStyle;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.Variance;
import nl.sociaaldomein.statement.VarianceNotation;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * Random statements for the test suites of municipal tooling: the same seed gives the same
 * statement, with exact amounts in cents in every convention, kind of line and group.
 */
public final class StatementGenerator {

  /** The label of the amended-budget column of generated statements. */
  public static final String BUDGET = "Begroting na wijziging";
  /** The label of the realisation column of generated statements. */
  public static final String ACTUAL = "Realisatie";
  /** The label of the variance column of generated statements. */
  public static final String VARIANCE = "Afwijking";

  private StatementGenerator() {}

  /**
   * A statement of up to four groups of up to four lines, in euros with cents, with a budget, a
   * realisation and a variance column and no derived cells printed; about one cell in ten is
   * blank. Amounts run up to twenty million euros either way.
   */
  public static Statement random(long seed) {
    Random random = new Random(seed);
    SignConvention convention = SignConvention.values()[random.nextInt(SignConvention.values().length)];
    Statement.Builder b = Statement.builder("Programma " + seed, EuroUnit.EUROS, convention)
        .column(BUDGET, ColumnRole.AMENDED_BUDGET)
        .column(ACTUAL, ColumnRole.REALISATION)
        .column(Column.variance(VARIANCE, Variance.between(BUDGET, ACTUAL, VarianceNotation.values()[random.nextInt(VarianceNotation.values().length)])));
    if (random.nextInt(4) == 0) {
      b.minusStyle(MinusStyle.TRAILING);
    }
    int groups = 1 + random.nextInt(4);
    for (int g = 1; g <= groups; g++) {
      String group = "Groep " + g;
      GroupKind groupKind = GroupKind.values()[random.nextInt(GroupKind.values().length)];
      if (random.nextBoolean()) {
        b.group(group, groupKind, TaakveldCode.of("6." + g));
      } else {
        b.group(group, groupKind);
      }
      int lines = 1 + random.nextInt(4);
      for (int l = 1; l <= lines; l++) {
        LineKind kind = LineKind.values()[random.nextInt(LineKind.values().length)];
        String label = "Regel " + l;
        b.line(group, kind, label);
        Place place = new Place.Line(group, kind, label);
        for (String column : new String[] {BUDGET, ACTUAL}) {
          if (random.nextInt(10) > 0) {
            long cents = random.nextInt(3) == 0 ? random.nextInt(200_000) - 100_000 : random.nextLong() % 2_000_000_000L;
            b.cell(place, column, PrintedFigure.of(BigDecimal.valueOf(cents, 2), EuroUnit.EUROS));
          }
        }
      }
    }
    return b.build();
  }
}
