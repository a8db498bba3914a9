// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.Variance;
import nl.sociaaldomein.statement.VarianceNotation;
import org.junit.jupiter.api.Test;

class StatementTextTest {

  private static PrintedFigure k(String printed) {
    return PrintedFigure.of(new BigDecimal(printed), EuroUnit.THOUSANDS);
  }

  /** One group with lasten, baten and a storting; one printed total; everything else left out. */
  private static Statement wmo(SignConvention convention) {
    Place.Line lasten = new Place.Line("Wmo", LineKind.EXPENSES, "Lasten");
    Place.Line baten = new Place.Line("Wmo", LineKind.INCOME, "Baten");
    Place.Line storting = new Place.Line("Wmo", LineKind.RESERVE_ADDITION, "Storting");
    return Statement.builder("Wmo", EuroUnit.THOUSANDS, SignConvention.EXPENSES_POSITIVE)
        .column("Begroting", ColumnRole.AMENDED_BUDGET)
        .column("Realisatie", ColumnRole.REALISATION)
        .column(Column.variance("Verschil", Variance.between("Begroting", "Realisatie", VarianceNotation.FAVOURABLE_POSITIVE)))
        .group("Wmo", GroupKind.PRODUCT)
        .line("Wmo", LineKind.EXPENSES, "Lasten")
        .line("Wmo", LineKind.INCOME, "Baten")
        .line("Wmo", LineKind.RESERVE_ADDITION, "Storting")
        .cell(lasten, "Begroting", k("1200"))
        .cell(lasten, "Realisatie", k("1350.5"))
        .cell(baten, "Begroting", k("-200"))
        .cell(storting, "Realisatie", k("50"))
        .cell(new Place.GroupResult("Wmo"), "Begroting", k("1000"))
        .build()
        .withConvention(convention);
  }

  @Test
  void printsEachGroupThenTheProgrammeAndMarksWhatItComputed() {
    // Printed cells as printed; a blank line cell stays blank; every derived cell the document
    // left out is computed, rounded half up (-150,5 is -151) and marked.
    assertEquals("""
        x € 1.000, EXPENSES_POSITIVE  Begroting  Realisatie  Verschil
        Wmo
          Lasten                          1.200     1.350,5     -151*
          Baten                            -200                 -200*
          Totaal Wmo                      1.000      1.351*     -351*
          Storting                                       50      -50*
          Mutaties reserves Wmo              0*         50*      -50*
        Totaal lasten                    1.200*      1.351*     -151*
        Totaal baten                      -200*          0*     -200*
        Totaal storting                      0*         50*      -50*
        Saldo van baten en lasten        1.000*      1.351*     -351*
        Totaal mutaties reserves             0*         50*      -50*
        Resultaat na bestemming          1.000*      1.401*     -401*
        """, StatementText.format(wmo(SignConvention.EXPENSES_POSITIVE)));
  }

  @Test
  void printsInTheStatementsOwnConventionWithLettersOnVariancesWhenBothArePositive() {
    assertEquals("""
        x € 1.000, BOTH_POSITIVE   Begroting  Realisatie  Verschil
        Wmo
          Lasten                       1.200     1.350,5   -151 N*
          Baten                          200               -200 N*
          Totaal Wmo                  -1.000     -1.351*   -351 N*
          Storting                                    50    -50 N*
          Mutaties reserves Wmo           0*        -50*    -50 N*
        Totaal lasten                 1.200*      1.351*   -151 N*
        Totaal baten                    200*          0*   -200 N*
        Totaal storting                   0*         50*    -50 N*
        Saldo van baten en lasten    -1.000*     -1.351*   -351 N*
        Totaal mutaties reserves          0*        -50*    -50 N*
        Resultaat na bestemming      -1.000*     -1.401*   -401 N*
        """, StatementText.format(wmo(SignConvention.BOTH_POSITIVE)));
  }

  @Test
  void aStatementWithoutLinesPrintsItsHeaderAndGroups() {
    Statement empty = Statement.builder("Leeg", EuroUnit.EUROS, SignConvention.INCOME_POSITIVE)
        .column("Realisatie", ColumnRole.REALISATION)
        .group("Niets", GroupKind.OTHER)
        .build();
    assertEquals("""
        x € 1, INCOME_POSITIVE  Realisatie
        Niets
        """, StatementText.format(empty));
  }
}
