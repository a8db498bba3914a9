// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import static nl.sociaaldomein.funding.Annex7Tables.CLUSTER_YEARS;
import static nl.sociaaldomein.funding.Annex7Tables.TABLE_1;
import static nl.sociaaldomein.funding.Annex7Tables.TABLE_3;
import static nl.sociaaldomein.funding.Annex7Tables.cell;
import static nl.sociaaldomein.funding.Annex7Tables.printed;
import static nl.sociaaldomein.funding.Annex7Tables.table2;
import static nl.sociaaldomein.funding.Annex7Tables.table3;
import static nl.sociaaldomein.funding.Annex7Tables.table3PrintedClusters;
import static nl.sociaaldomein.funding.Annex7Tables.table7;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.TotalCheck;
import nl.sociaaldomein.notation.DutchNotation;
import org.junit.jupiter.api.Test;

/**
 * Where seed 004 annex 7 disagrees with itself. Each test pins one disagreement down as it is,
 * so that the calculation is not bent to hide it and a later reader sees its size. Listed in
 * docs/funding.md.
 */
class Seed004DiscrepancyTest {

  private static final Year Y2017 = Year.of(2017);
  private static final Year Y2019 = Year.of(2019);
  private static final Year Y2020 = Year.of(2020);

  private static void assertSameValue(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void table7Gap2019IsOneEuroOffItsPrintedSubtotalsWithinRounding() {
    // Table 7, 2019: 100.600.175 - 103.329.751 = -2.729.576, printed -2.729.575. Both subtotals
    // are exact sums of their printed inputs, so the spreadsheet held cents that the printed
    // inputs do not show (most likely in the overhead). One euro is within the 1,5 euro that
    // three figures rounded to the euro allow.
    PrintedFundingYear y2019 = table7(Y2019);
    assertEquals(DutchNotation.parseAmount("-2.729.576"), y2019.toFundingYear().gap());
    TotalCheck check = y2019.gapCheck();
    assertSameValue("1", check.difference());
    assertTrue(check.isConsistent(), check::toString);
  }

  @Test
  void table3TotaalOf2017Is45863BelowTable1() {
    // Table 1 "Totaal uitkeringsjaar" 2017 is 122.524.509; table 3 "TOTAAL" is 122.478.646 and
    // is exactly the sum of its clusters. The 45.863 euros are in the grant but in no cluster;
    // the memo does not say why. Rounding cannot explain it.
    TotalCheck check = TotalCheck.of(
        table3PrintedClusters(Y2017), printed(cell(TABLE_1, "Totaal uitkeringsjaar", Y2017), EuroUnit.EUROS));
    assertSameValue("45863", check.difference());
    assertFalse(check.isConsistent(), check::toString);
  }

  @Test
  void table3TotaalOtherwiseDiffersFromTable1ByAtMostARoundingEuro() {
    Map<Year, String> table1MinusTable3 = Map.of(
        Year.of(2018), "1", Y2019, "1", Y2020, "0", Year.of(2021), "1");
    table1MinusTable3.forEach((y, difference) -> {
      TotalCheck check = TotalCheck.of(
          table3PrintedClusters(y), printed(cell(TABLE_1, "Totaal uitkeringsjaar", y), EuroUnit.EUROS));
      assertSameValue(difference, check.difference());
      assertTrue(check.isConsistent(), check::toString);
    });
  }

  @Test
  void table2IsASplitOfTable3sTotaalNotOfTable1sTotal() {
    // Against table 1's larger 2017 total, maatschappelijke ondersteuning is 64,7485%, which
    // does not print as 64,8%; against table 3's own TOTAAL it is 64,77%, which does.
    Amount table1Total = DutchNotation.parseAmount(cell(TABLE_1, "Totaal uitkeringsjaar", Y2017));
    Share ofTable1 = Share.of(table3(Y2017).amount(Cluster.SOCIAL_SUPPORT), table1Total);
    PrintedPercentage printed = table2(Y2017).get(Cluster.SOCIAL_SUPPORT);
    assertEquals(PrintedPercentage.parse("64,8%"), printed);
    assertFalse(printed.contains(ofTable1));
    assertTrue(printed.contains(table3(Y2017).share(Cluster.SOCIAL_SUPPORT)));
  }

  @Test
  void table2Of2020DisagreesWithTable3In3Cells() {
    // Table 3, 2020: inkomen en participatie 31.672.897 is 26,818% of 118.101.817, which prints
    // as 26,8%, not the 26,9% of table 2; overig 141.701 (0,12%) prints in table 2 as a blank;
    // and jeugd 21.178.083 is 17,932%, which fits "18%" only if that cell has no decimal, while
    // nine other such cells fit the one decimal the column is rounded to.
    GeneralGrantClusters y2020 = table3(Y2020);
    Map<Cluster, PrintedPercentage> printed = table2(Y2020);
    PrintedPercentage incomeAndParticipation = printed.get(Cluster.INCOME_AND_PARTICIPATION);
    assertEquals(PrintedPercentage.parse("26,9%"), incomeAndParticipation);
    assertEquals(new BigDecimal("26.8"),
        y2020.share(Cluster.INCOME_AND_PARTICIPATION).percent(1, RoundingMode.HALF_UP));
    assertFalse(incomeAndParticipation.contains(y2020.share(Cluster.INCOME_AND_PARTICIPATION)));

    assertEquals(DutchNotation.parseAmount("141.701"), y2020.amount(Cluster.OTHER));
    assertTrue(printed.get(Cluster.OTHER).isBlank());
    assertFalse(printed.get(Cluster.OTHER).contains(y2020.share(Cluster.OTHER)));

    assertEquals(new BigDecimal("17.932"), y2020.share(Cluster.YOUTH).percent(3, RoundingMode.HALF_UP));
    assertTrue(printed.get(Cluster.YOUTH).contains(y2020.share(Cluster.YOUTH)));
    assertFalse(printed.get(Cluster.YOUTH).assumingDecimals(1).contains(y2020.share(Cluster.YOUTH)));
  }

  @Test
  void table2Of2020IsTable3WithoutOverig() {
    // Leave overig out of table 3, 2020, and the whole is 117.960.116: against it every cell of
    // table 2, read with one decimal, holds (inkomen en participatie 26,851%, jeugd 17,954%).
    // Table 2's 2020 column was made before the 141.701 of overig was added to the clusters.
    GeneralGrantClusters withoutOther = table3(Y2020).without(Cluster.OTHER);
    assertEquals(DutchNotation.parseAmount("117.960.116"), withoutOther.total());
    Map<Cluster, PrintedPercentage> printed = new LinkedHashMap<>();
    table2(Y2020).forEach((c, p) -> printed.put(c, p.assumingDecimals(1)));
    assertTrue(printed.remove(Cluster.OTHER).isBlank());
    ClusterShareCheck check = ClusterShareCheck.of(withoutOther, printed, Annex7Tables.table2Total(Y2020));
    assertTrue(check.sharesConsistent(), check::toString);

    // The other reading that comes to mind, overig merged into inkomen en participatie, fits
    // inkomen en participatie (26,938%) but still not jeugd at one decimal.
    GeneralGrantClusters merged = table3(Y2020).with(Cluster.INCOME_AND_PARTICIPATION,
        table3(Y2020).amount(Cluster.INCOME_AND_PARTICIPATION).plus(table3(Y2020).amount(Cluster.OTHER)))
        .without(Cluster.OTHER);
    assertTrue(printed.get(Cluster.INCOME_AND_PARTICIPATION).contains(merged.share(Cluster.INCOME_AND_PARTICIPATION)));
    assertFalse(printed.get(Cluster.YOUTH).contains(merged.share(Cluster.YOUTH)));
  }

  @Test
  void table2TotaalOf100Point1IsNeverTheRoundedTotalAndIn2017And2021NotTheSumOfItsParts() {
    // The shares always add to exactly 100%, so a correct total prints as 100%. In 2018 to 2020
    // the printed parts add to 100,1% (an afrondingsverschil); in 2017 and 2021 they add to
    // 100,0% and the 100,1% is copied, not added. Within the parts' rounding either way.
    for (Year y : CLUSTER_YEARS) {
      ClusterShareCheck check = ClusterShareCheck.of(table3(y), table2(y), Annex7Tables.table2Total(y));
      assertFalse(check.isTotalConsistentWithShares(), check::toString);
      assertTrue(check.isTotalConsistentWithPrintedParts(), check::toString);
      boolean addsUp = check.printedTotal().percent().compareTo(check.sumOfPrinted()) == 0;
      assertEquals(!(y.equals(Y2017) || y.equals(Year.of(2021))), addsUp, check::toString);
    }
  }

  @Test
  void table3PrintsItsSocialDomainShareWithoutDecimals() {
    // "74%" for 2018 is 73,795%: honest at the printed precision, but one decimal would show
    // that 2017 (74,2%) and 2018 (73,8%) differ.
    assertEquals(new BigDecimal("74.2"), table3(Y2017).socialDomainShare().percent(1, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("73.8"), table3(Year.of(2018)).socialDomainShare().percent(1, RoundingMode.HALF_UP));
    assertEquals("74%", cell(TABLE_3, TABLE_3.length - 1, Year.of(2018)));
  }
}
