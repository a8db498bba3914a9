// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;

/** Closed rounding intervals, total checks and the value contracts of the funding types. */
class FundingContractsTest {

  private static final Year Y2020 = Year.of(2020);

  private static GeneralGrantClusters clusters(long youth, long other) {
    Map<Cluster, Amount> amounts = new LinkedHashMap<>();
    amounts.put(Cluster.YOUTH, Amount.ofEuros(youth));
    amounts.put(Cluster.OTHER, Amount.ofEuros(other));
    return GeneralGrantClusters.of(Y2020, amounts);
  }

  private static PrintedPercentage pct(String text) {
    return PrintedPercentage.parse(text);
  }

  @Test
  void aPrintedPercentageHoldsBothEndsOfItsRoundingInterval() {
    PrintedPercentage six = pct("6,2%");
    // [6,15; 6,25], closed.
    assertTrue(six.contains(new BigDecimal("6.15")));
    assertTrue(six.contains(new BigDecimal("6.25")));
    assertFalse(six.contains(new BigDecimal("6.1499")));
    assertFalse(six.contains(new BigDecimal("6.2501")));
    assertTrue(six.contains(Share.of(Amount.ofCents(615), Amount.ofEuros(100))));
    assertTrue(six.contains(Share.of(Amount.ofCents(625), Amount.ofEuros(100))));
    assertFalse(six.contains(Share.of(Amount.ofCents(614), Amount.ofEuros(100))));
    assertFalse(six.contains(Share.of(Amount.ofCents(626), Amount.ofEuros(100))));
    assertTrue(PrintedPercentage.blank().contains(BigDecimal.ZERO));
    assertFalse(PrintedPercentage.blank().contains(new BigDecimal("0.01")));
  }

  @Test
  void aPrintedPercentageIsAValueOfItsPrintedDigits() {
    assertEquals(pct("6,2%"), PrintedPercentage.of(new BigDecimal("6.2")));
    assertEquals(pct("6,2%").hashCode(), PrintedPercentage.of(new BigDecimal("6.2")).hashCode());
    assertNotEquals(pct("6,2%"), pct("6,20%"));
    assertNotEquals(pct("6,2%"), pct("6,3%"));
    assertNotEquals(pct("6,2%").hashCode(), pct("6,3%").hashCode());
    assertNotEquals(pct("6,2%"), new BigDecimal("6.2"));
    assertEquals(PrintedPercentage.blank(), pct("%"));
    // A negative scale is a whole number: 6E+1 is 60%, with no decimals.
    assertEquals(0, PrintedPercentage.of(new BigDecimal("6E+1")).decimals());
    assertEquals(pct("60%"), PrintedPercentage.of(new BigDecimal("6E+1")));
    assertEquals(0, PrintedPercentage.of(new BigDecimal("60")).decimals());
  }

  @Test
  void aShareIsAValueOfPartAndWhole() {
    Share quarter = Share.of(Amount.ofEuros(25), Amount.ofEuros(100));
    assertEquals(Amount.ofEuros(100), quarter.whole());
    assertFalse(quarter.isWhole());
    assertTrue(Share.of(Amount.ofEuros(100), Amount.ofEuros(100)).isWhole());
    assertEquals(quarter.hashCode(), Share.of(Amount.ofEuros(25), Amount.ofEuros(100)).hashCode());
    assertNotEquals(quarter.hashCode(), Share.of(Amount.ofEuros(26), Amount.ofEuros(100)).hashCode());
    assertNotEquals(quarter.hashCode(), Share.of(Amount.ofEuros(25), Amount.ofEuros(101)).hashCode());
    assertNotEquals(quarter.hashCode(), Share.of(Amount.ofEuros(100), Amount.ofEuros(25)).hashCode());
  }

  @Test
  void generalGrantClustersAreAValue() {
    GeneralGrantClusters a = clusters(25, 75);
    assertEquals(Y2020, a.year());
    assertEquals(Map.of(Cluster.YOUTH, Amount.ofEuros(25), Cluster.OTHER, Amount.ofEuros(75)), a.amounts());
    assertEquals(a, clusters(25, 75));
    assertEquals(a.hashCode(), clusters(25, 75).hashCode());
    assertNotEquals(a, clusters(25, 76));
    assertNotEquals(a.hashCode(), clusters(25, 76).hashCode());
    assertNotEquals(a, GeneralGrantClusters.of(Year.of(2019), a.amounts()));
    assertNotEquals(a.hashCode(), GeneralGrantClusters.of(Year.of(2019), a.amounts()).hashCode());
    assertNotEquals(a, a.amounts());
    assertEquals("GeneralGrantClusters[2020, total EUR 100.00, {jeugd=EUR 25.00, overig=EUR 75.00}]", a.toString());
  }

  @Test
  void aClusterShareCheckComparesEachClusterAndTheTotal() {
    GeneralGrantClusters grant = clusters(25, 75);
    Map<Cluster, PrintedPercentage> printed = new LinkedHashMap<>();
    printed.put(Cluster.YOUTH, pct("25%"));
    printed.put(Cluster.OTHER, pct("74%"));
    ClusterShareCheck check = ClusterShareCheck.of(grant, printed, pct("100%"));
    assertEquals(grant, check.clusters());
    assertEquals(2, check.comparisons().size());
    ClusterShareCheck.Comparison youth = check.comparisons().get(0);
    assertEquals(new BigDecimal("25"), youth.computedPercent(RoundingMode.HALF_UP));
    assertEquals("jeugd: printed 25%, share 25.000% (consistent)", youth.toString());
    assertEquals("overig: printed 74%, share 75.000% (inconsistent)", check.comparisons().get(1).toString());
    assertEquals("ClusterShareCheck[2020, mismatches [overig: printed 74%, share 75.000% (inconsistent)],"
        + " printed total 100% against printed parts 99 ± 1.5]", check.toString());
    // 100 against 25 + 74 = 99, within the three half-widths of 0,5.
    assertTrue(check.isTotalConsistentWithPrintedParts());
    printed.put(Cluster.OTHER, pct("75%"));
    assertEquals("ClusterShareCheck[2020, shares consistent, printed total 100% against printed parts 100 ± 1.5]",
        ClusterShareCheck.of(grant, printed, pct("100%")).toString());
    // 100,0 against 25 + 74,4 = 99,4: a difference of exactly the tolerance 0,5 + 0,05 + 0,05.
    printed.put(Cluster.OTHER, pct("74,4%"));
    assertTrue(ClusterShareCheck.of(grant, printed, pct("100,0%")).isTotalConsistentWithPrintedParts());
    assertFalse(ClusterShareCheck.of(grant, printed, pct("100,1%")).isTotalConsistentWithPrintedParts());
    assertFalse(ClusterShareCheck.of(grant, printed, PrintedPercentage.blank()).isTotalConsistentWithPrintedParts());
    assertFalse(ClusterShareCheck.of(grant, printed, pct("101%")).isTotalConsistentWithPrintedParts());
  }

  private static FundingYear fundingYear(int year, long income, long expenditure) {
    return FundingYear.of(Year.of(year), SocialDomainIncome.of(Amount.ofEuros(income), Amount.ZERO, Amount.ZERO),
        SocialDomainExpenditure.of(Amount.ofEuros(expenditure), Amount.ZERO));
  }

  @Test
  void aFundingConfrontationIsAValueOfItsYears() {
    FundingConfrontation c = FundingConfrontation.of(fundingYear(2017, 1, 2), fundingYear(2020, 1, 2));
    assertTrue(c.contains(Year.of(2017)));
    assertTrue(c.contains(Year.of(2020)));
    FundingConfrontation same = FundingConfrontation.of(fundingYear(2020, 1, 2), fundingYear(2017, 1, 2));
    assertEquals(c, same);
    assertEquals(c.hashCode(), same.hashCode());
    FundingConfrontation other = FundingConfrontation.of(fundingYear(2017, 1, 2), fundingYear(2020, 1, 3));
    assertNotEquals(c, other);
    assertNotEquals(c.hashCode(), other.hashCode());
    assertNotEquals(c, c.rows());
    assertEquals("FundingConfrontation" + c.rows(), c.toString());
    assertTrue(c.toString().contains("2017") && c.toString().contains("2020"), c.toString());
  }
}
