// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import org.junit.jupiter.api.Test;

class FundingConfrontationTest {

  private static Amount euros(long euros) {
    return Amount.ofEuros(euros);
  }

  private static FundingYear year(int year, long income, long expenditure) {
    return FundingYear.of(Year.of(year),
        SocialDomainIncome.of(euros(income), Amount.ZERO, Amount.ZERO),
        SocialDomainExpenditure.of(euros(expenditure), Amount.ZERO));
  }

  private static void assertMessageNames(RuntimeException e, String... words) {
    for (String w : words) {
      assertTrue(e.getMessage().contains(w), () -> "\"" + w + "\" not in: " + e.getMessage());
    }
  }

  @Test
  void theGapIsIncomeMinusExpenditureNegativeForAShortfall() {
    FundingYear y = FundingYear.of(Year.of(2017),
        SocialDomainIncome.of(euros(100), euros(20), euros(5)),
        SocialDomainExpenditure.of(euros(120), euros(10)));
    assertEquals(euros(125), y.income().total());
    assertEquals(euros(130), y.expenditure().total());
    assertEquals(euros(-5), y.gap());
    assertTrue(y.isShortfall());
    assertFalse(year(2017, 10, 10).isShortfall());
  }

  @Test
  void aSeriesKeepsYearOrderWhateverOrderItIsGiven() {
    FundingConfrontation c = FundingConfrontation.of(year(2019, 5, 7), year(2017, 1, 2), year(2018, 3, 3));
    assertEquals(List.of(Year.of(2017), Year.of(2018), Year.of(2019)), List.copyOf(c.years()));
    assertEquals(Year.of(2017), c.firstYear());
    assertEquals(Year.of(2019), c.lastYear());
    assertEquals(euros(-2), c.gap(Year.of(2019)));
    assertEquals(List.of(euros(-1), euros(0), euros(-2)), List.copyOf(c.gaps().values()));
    assertEquals(euros(-3), c.totalGap());
  }

  @Test
  void yearsNeedNotBeConsecutive() {
    FundingConfrontation c = FundingConfrontation.of(year(2017, 1, 2), year(2020, 1, 2));
    assertFalse(c.contains(Year.of(2018)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.year(Year.of(2018)));
    assertMessageNames(e, "2018", "2017", "2020");
  }

  @Test
  void aRepeatedYearIsRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingConfrontation.of(year(2017, 1, 2), year(2017, 3, 4)));
    assertMessageNames(e, "years", "2017");
    FundingConfrontation c = FundingConfrontation.of(year(2017, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> c.withAddedYear(year(2017, 5, 5)));
  }

  @Test
  void anEmptySeriesIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FundingConfrontation.of(List.of()));
    assertMessageNames(e, "years");
  }

  @Test
  void plusAddsAndWithReplacesLeavingTheOriginalAsItWas() {
    FundingConfrontation c = FundingConfrontation.of(year(2017, 1, 2));
    FundingConfrontation added = c.withAddedYear(year(2018, 4, 1));
    FundingConfrontation replaced = added.with(year(2017, 10, 2));
    assertEquals(Set.of(Year.of(2017)), c.years());
    assertEquals(euros(2), added.totalGap());
    assertEquals(euros(11), replaced.totalGap());
    assertEquals(euros(-1), c.totalGap());
    assertThrows(UnsupportedOperationException.class, () -> c.rows().add(year(2019, 1, 1)));
    assertThrows(UnsupportedOperationException.class, () -> c.gaps().clear());
  }

  @Test
  void equalSeriesAreEqual() {
    assertEquals(FundingConfrontation.of(year(2017, 1, 2), year(2018, 1, 2)),
        FundingConfrontation.of(year(2018, 1, 2), year(2017, 1, 2)));
  }

  @Test
  void missingInputsAreRefusedNamingTheField() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> SocialDomainIncome.of(euros(1), null, euros(1)));
    assertMessageNames(e, "buig");
    e = assertThrows(NullPointerException.class, () -> SocialDomainExpenditure.of(euros(1), null));
    assertMessageNames(e, "indirectOverhead");
    e = assertThrows(NullPointerException.class,
        () -> FundingYear.of(null, SocialDomainIncome.ZERO, SocialDomainExpenditure.ZERO));
    assertMessageNames(e, "year");
  }

  @Test
  void incomeCanTakeItsGeneralGrantShareFromTheClusters() {
    GeneralGrantClusters clusters = GeneralGrantClusters.of(Year.of(2017), Map.of(
        Cluster.YOUTH, euros(10), Cluster.INCOME_AND_PARTICIPATION, euros(20),
        Cluster.COMMUNITY_AND_CIVIC_PARTICIPATION, euros(3), Cluster.SOCIAL_SUPPORT, euros(40),
        Cluster.EDUCATION, euros(100)));
    assertEquals(euros(73), SocialDomainIncome.of(clusters, euros(1), euros(2)).generalGrantShare());
  }

  @Test
  void aClusterThatIsNotThereIsRefusedNotCountedAsZero() {
    GeneralGrantClusters clusters = GeneralGrantClusters.of(Year.of(2021), Map.of(Cluster.YOUTH, euros(10)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, clusters::socialDomainPart);
    assertMessageNames(e, "inkomen en participatie", "2021");
    assertEquals(euros(10), clusters.socialDomainPart(Set.of(Cluster.YOUTH)));
    assertThrows(IllegalArgumentException.class, () -> clusters.amount(Cluster.of("jeugdzorg")));
  }

  @Test
  void clustersKeepTheirOrderAndTheirTotalIsTheirSum() {
    Map<Cluster, Amount> amounts = new LinkedHashMap<>();
    amounts.put(Cluster.OWN_RESOURCES, euros(-10));
    amounts.put(Cluster.YOUTH, euros(30));
    amounts.put(Cluster.EDUCATION, euros(20));
    GeneralGrantClusters clusters = GeneralGrantClusters.of(Year.of(2017), amounts);
    assertEquals(List.copyOf(amounts.keySet()), List.copyOf(clusters.clusters()));
    assertEquals(euros(40), clusters.total());
    assertEquals(List.of(new java.math.BigDecimal("-25.0"), new java.math.BigDecimal("75.0"),
        new java.math.BigDecimal("50.0")), List.copyOf(clusters.percentages(1, RoundingMode.HALF_UP).values()));
    assertEquals(euros(35), clusters.with(Cluster.YOUTH, euros(25)).total());
    assertEquals(Cluster.YOUTH, List.copyOf(clusters.with(Cluster.YOUTH, euros(25)).clusters()).get(1));
    assertEquals(euros(10), clusters.without(Cluster.YOUTH).total());
    assertThrows(IllegalArgumentException.class, () -> clusters.without(Cluster.OTHER));
  }

  @Test
  void clustersWithoutMoneyOrWithoutSharesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeneralGrantClusters.of(Year.of(2017), Map.of()));
    assertMessageNames(e, "amounts", "2017");
    GeneralGrantClusters zero = GeneralGrantClusters.of(Year.of(2017),
        Map.of(Cluster.YOUTH, euros(5), Cluster.OWN_RESOURCES, euros(-5)));
    e = assertThrows(IllegalArgumentException.class, () -> zero.share(Cluster.YOUTH));
    assertMessageNames(e, "2017", "EUR 0.00");
    Map<Cluster, Amount> withNull = new LinkedHashMap<>();
    withNull.put(Cluster.YOUTH, null);
    NullPointerException npe = assertThrows(NullPointerException.class, () -> GeneralGrantClusters.of(Year.of(2017), withNull));
    assertMessageNames(npe, "jeugd");
  }

  @Test
  void aShareCheckRefusesAColumnThatDoesNotLineUp() {
    GeneralGrantClusters clusters = GeneralGrantClusters.of(Year.of(2017),
        Map.of(Cluster.YOUTH, euros(1), Cluster.EDUCATION, euros(3)));
    PrintedPercentage total = PrintedPercentage.parse("100%");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClusterShareCheck.of(clusters, Map.of(Cluster.YOUTH, PrintedPercentage.parse("25%")), total));
    assertMessageNames(e, "educatie");
    e = assertThrows(IllegalArgumentException.class, () -> ClusterShareCheck.of(clusters, Map.of(
        Cluster.YOUTH, PrintedPercentage.parse("25%"), Cluster.EDUCATION, PrintedPercentage.parse("75%"),
        Cluster.OTHER, PrintedPercentage.blank()), total));
    assertMessageNames(e, "overig");
    ClusterShareCheck ok = ClusterShareCheck.of(clusters, Map.of(
        Cluster.YOUTH, PrintedPercentage.parse("25%"), Cluster.EDUCATION, PrintedPercentage.parse("76%")), total);
    assertEquals(List.of(Cluster.EDUCATION), ok.mismatches().stream().map(ClusterShareCheck.Comparison::cluster).toList());
    assertTrue(ok.isTotalConsistentWithShares());
    assertTrue(ok.isTotalConsistentWithPrintedParts());
  }

  @Test
  void aPrintedConfrontationWithAWrongGapIsInconsistent() {
    PrintedFigure one = PrintedFigure.of(1_000, EuroUnit.EUROS);
    PrintedFigure zero = PrintedFigure.of(0, EuroUnit.EUROS);
    PrintedFundingYear printed = new PrintedFundingYear(Year.of(2017), one, zero, zero, one,
        PrintedFigure.of(2, EuroUnit.THOUSANDS), zero, PrintedFigure.of(2_000, EuroUnit.EUROS),
        PrintedFigure.of(-998, EuroUnit.EUROS));
    assertTrue(printed.incomeCheck().isConsistent());
    assertTrue(printed.expenditureCheck().isConsistent());
    assertFalse(printed.gapCheck().isConsistent(), printed.gapCheck()::toString);
    assertFalse(printed.isConsistent());
    assertEquals(euros(-1_000), printed.toFundingYear().gap());
  }
}
