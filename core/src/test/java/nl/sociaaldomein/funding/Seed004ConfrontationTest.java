// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import static nl.sociaaldomein.funding.Annex7Tables.CONFRONTATION_YEARS;
import static nl.sociaaldomein.funding.Annex7Tables.TABLE_1;
import static nl.sociaaldomein.funding.Annex7Tables.TABLE_5;
import static nl.sociaaldomein.funding.Annex7Tables.TABLE_6;
import static nl.sociaaldomein.funding.Annex7Tables.TABLE_7;
import static nl.sociaaldomein.funding.Annex7Tables.cell;
import static nl.sociaaldomein.funding.Annex7Tables.euros;
import static nl.sociaaldomein.funding.Annex7Tables.printed;
import static nl.sociaaldomein.funding.Annex7Tables.table7;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.money.TotalCheck;
import nl.sociaaldomein.notation.DutchNotation;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 annex 7 table 7, "confrontatie inkomsten en uitgaven sociaal domein", reproduced by
 * the calculation, and the tables it is built from (1, 5, 6) checked on the way.
 */
class Seed004ConfrontationTest {

  private static final Year Y2017 = Year.of(2017);
  private static final Year Y2018 = Year.of(2018);
  private static final Year Y2019 = Year.of(2019);
  private static final Year Y2020 = Year.of(2020);

  private static Amount amount(String dutch) {
    return DutchNotation.parseAmount(dutch);
  }

  private static void assertSameValue(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  private static FundingConfrontation table7AsCalculation() {
    List<FundingYear> rows = new ArrayList<>();
    for (Year y : CONFRONTATION_YEARS) {
      rows.add(table7(y).toFundingYear());
    }
    return FundingConfrontation.of(rows);
  }

  @Test
  void theGapsOf2017And2018And2020AreReproducedExactly() {
    FundingConfrontation c = table7AsCalculation();
    assertEquals(amount("-646.765"), c.gap(Y2017));
    assertEquals(amount("-4.436.005"), c.gap(Y2018));
    assertEquals(amount("-646.354"), c.gap(Y2020));
  }

  @Test
  void theGapOf2019IsOneEuroFromThePrintedOneAndWithinItsRounding() {
    // 100.600.175 - 103.329.751 = -2.729.576; table 7 prints -2.729.575. Exact arithmetic on
    // the printed figures cannot give the printed gap; the check shows it is a rounding
    // difference (the spreadsheet worked in cents), not an error. See Seed004DiscrepancyTest.
    PrintedFundingYear printed = table7(Y2019);
    assertEquals(amount("-2.729.576"), printed.toFundingYear().gap());
    assertEquals(PrintedFigure.of(-2_729_575, EuroUnit.EUROS), printed.gap());
    TotalCheck gap = printed.gapCheck();
    assertTrue(gap.isConsistent(), gap::toString);
    assertSameValue("1", gap.difference());
    assertSameValue("1.5", gap.tolerance());
  }

  @Test
  void everyPrintedGapIsConsistentWithThePrintedSubtotals() {
    for (Year y : CONFRONTATION_YEARS) {
      PrintedFundingYear printed = table7(y);
      assertTrue(printed.isConsistent(), () -> y + ": " + printed.gapCheck());
      BigDecimal expectedDifference = y.equals(Y2019) ? BigDecimal.ONE : BigDecimal.ZERO;
      assertSameValue(expectedDifference.toPlainString(), printed.gapCheck().difference());
    }
  }

  @Test
  void theIncomeSubtotalsAreTheSumOfTheThreeSourcesExactly() {
    Map<Year, String> printedIncome = Map.of(
        Y2017, "122.381.728", Y2018, "119.205.064", Y2019, "100.600.175", Y2020, "108.434.822");
    for (Year y : CONFRONTATION_YEARS) {
      FundingYear row = table7(y).toFundingYear();
      assertEquals(amount(printedIncome.get(y)), row.income().total(), y::toString);
      assertEquals(amount(cell(TABLE_7, 4, y)), row.income().total(), y::toString);
      assertSameValue("0", table7(y).incomeCheck().difference());
    }
  }

  @Test
  void theExpenditureSubtotalsAreHoofdtaakveld6PlusOverheadExactly() {
    Map<Year, String> printedExpenditure = Map.of(
        Y2017, "123.028.493", Y2018, "123.641.069", Y2019, "103.329.751", Y2020, "109.081.176");
    for (Year y : CONFRONTATION_YEARS) {
      FundingYear row = table7(y).toFundingYear();
      assertEquals(amount(printedExpenditure.get(y)), row.expenditure().total(), y::toString);
      assertSameValue("0", table7(y).expenditureCheck().difference());
    }
  }

  @Test
  void table7IsBuiltFromTables3And1And5And6() {
    // The memo's own construction: social clusters of table 3, BUIG and other income of table 1,
    // hoofdtaakveld 6 of table 5 in thousands (119.135 -> 119.135.000), overhead of table 6.
    for (Year y : CONFRONTATION_YEARS) {
      assertEquals(table7(y).toFundingYear(), Annex7Tables.fromSources(y), y::toString);
    }
    assertEquals(amount("119.135.000"), Annex7Tables.fromSources(Y2017).expenditure().hoofdtaakveld6());
  }

  @Test
  void everyYearIsAShortfallAsTheMemoConcludes() {
    FundingConfrontation c = table7AsCalculation();
    assertTrue(c.rows().stream().allMatch(FundingYear::isShortfall));
    assertEquals(Year.of(2017), c.firstYear());
    assertEquals(Year.of(2020), c.lastYear());
  }

  @Test
  void theFourYearsTogetherFallShortBy8458700() {
    FundingConfrontation c = table7AsCalculation();
    assertEquals(amount("-8.458.700"), c.totalGap());
    assertEquals(Amount.sum(c.gaps().values()), c.totalGap());
    assertEquals(amount("450.621.789"), c.totalIncome().total());
    assertEquals(amount("459.080.489"), c.totalExpenditure().total());
    // The four years of hoofdtaakveld 6 are table 5's TOTAAL column: 443.470 thousand.
    String[] totalRow = TABLE_5[TABLE_5.length - 1];
    assertEquals("443.470", totalRow[5]);
    assertEquals(DutchNotation.parseAmount(totalRow[5], EuroUnit.THOUSANDS), c.totalExpenditure().hoofdtaakveld6());
  }

  @Test
  void hoofdtaakveld6TakenInThousandsWidensTheToleranceButStaysConsistent() {
    // Table 7 prints 119.135.000 as if in euros, but table 5 gives it in thousands: the true
    // amount lies anywhere in [119.134.500; 119.135.500]. The checks take that into account.
    PrintedFundingYear euros = table7(Y2017);
    PrintedFundingYear thousands = new PrintedFundingYear(Y2017, euros.generalGrantShare(), euros.buig(),
        euros.otherIncome(), euros.income(), printed(cell(TABLE_5, "TOTAAL", Y2017), EuroUnit.THOUSANDS),
        euros.indirectOverhead(), euros.expenditure(), euros.gap());
    assertEquals(euros.toFundingYear(), thousands.toFundingYear());
    assertSameValue("1.5", euros.expenditureCheck().tolerance());
    assertSameValue("501", thousands.expenditureCheck().tolerance());
    assertTrue(thousands.isConsistent());
  }

  @Test
  void table5TotalsAreTheSumOfTheTaakvelden() {
    // Seed 004 annex 7 table 5, x € 1.000, columns 2017 to 2020.
    for (Year y : CONFRONTATION_YEARS) {
      List<PrintedFigure> taakvelden = new ArrayList<>();
      for (int r = 1; r <= 10; r++) {
        taakvelden.add(printed(cell(TABLE_5, r, y), EuroUnit.THOUSANDS));
      }
      TotalCheck check = TotalCheck.of(taakvelden, printed(cell(TABLE_5, "TOTAAL", y), EuroUnit.THOUSANDS));
      assertTrue(check.isConsistent(), check::toString);
      assertSameValue("0", check.difference());
    }
    // And the TOTAAL column is the sum of the four years, row by row.
    for (String[] row : TABLE_5) {
      if (row[0].equals("TAAKVELD")) {
        continue;
      }
      Amount sum = Amount.ZERO;
      for (Year y : CONFRONTATION_YEARS) {
        sum = sum.plus(DutchNotation.parseAmount(cell(TABLE_5, row[0], y), EuroUnit.THOUSANDS));
      }
      assertEquals(DutchNotation.parseAmount(row[5], EuroUnit.THOUSANDS), sum, row[0]);
    }
  }

  @Test
  void table1TotalsAddUpInEveryYear() {
    // Seed 004 annex 7 table 1, 2017 to 2024 (2022 on are estimates, "raming").
    for (int c = 1; c < TABLE_1[0].length; c++) {
      Year y = Year.of(Integer.parseInt(TABLE_1[0][c].substring(0, 4)));
      Amount grants = Amount.sum(
          euros(cell(TABLE_1, "Algemene uitkering", y)),
          euros(cell(TABLE_1, "Aanvullende uitkering", y)),
          euros(cell(TABLE_1, "Integratie-uitkeringen", y)),
          euros(cell(TABLE_1, "Decentralisatie-uitkeringen", y)));
      assertEquals(euros(cell(TABLE_1, "Totaal uitkeringsjaar", y)), grants, y::toString);
      Amount all = Amount.sum(grants,
          euros(cell(TABLE_1, "Specifieke uitkeringen (BUIG)", y)),
          euros(cell(TABLE_1, "Overige baten als Eigen bijdragen en verhaal soc uitk", y)));
      assertEquals(euros(cell(TABLE_1, "Totaal", y)), all, y::toString);
    }
  }

  @Test
  void table7TakesBuigAndOtherIncomeFromTable1AndOverheadFromTable6() {
    for (Year y : CONFRONTATION_YEARS) {
      FundingYear row = table7(y).toFundingYear();
      assertEquals(euros(cell(TABLE_1, "Specifieke uitkeringen (BUIG)", y)), row.income().buig());
      assertEquals(euros(cell(TABLE_1, "Overige baten als Eigen bijdragen en verhaal soc uitk", y)),
          row.income().otherIncome());
      assertEquals(euros(cell(TABLE_6, "Overhead", y)), row.expenditure().indirectOverhead());
    }
  }
}
