// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import static nl.sociaaldomein.funding.Annex7Tables.CLUSTER_YEARS;
import static nl.sociaaldomein.funding.Annex7Tables.TABLE_3;
import static nl.sociaaldomein.funding.Annex7Tables.cell;
import static nl.sociaaldomein.funding.Annex7Tables.euros;
import static nl.sociaaldomein.funding.Annex7Tables.printed;
import static nl.sociaaldomein.funding.Annex7Tables.table2;
import static nl.sociaaldomein.funding.Annex7Tables.table2Total;
import static nl.sociaaldomein.funding.Annex7Tables.table3;
import static nl.sociaaldomein.funding.Annex7Tables.table3PrintedClusters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.TotalCheck;
import nl.sociaaldomein.notation.DutchNotation;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 annex 7 tables 2 ("Algemene uitkering procentuele verdeling") and 3 ("Algemene
 * uitkering verdeling in euro's"): the social-domain part, the printed total, and the printed
 * percentages against the shares computed from the euros. What does not hold is asserted here
 * as not holding, and explained in {@link Seed004DiscrepancyTest}.
 */
class Seed004ClusterSharesTest {

  private static final Year Y2020 = Year.of(2020);

  /**
   * The cells of table 2 that no share of table 3 rounds to, reading each cell with the
   * decimals it shows ("18%" as [17,5; 18,5]); see Seed004DiscrepancyTest.
   */
  private static final Map<Year, Set<Cluster>> MISMATCHES = Map.of(
      Y2020, Set.of(Cluster.INCOME_AND_PARTICIPATION, Cluster.OTHER));

  /** The same, reading every cell with one decimal ("18%" as 18,0%, [17,95; 18,05]). */
  private static final Map<Year, Set<Cluster>> MISMATCHES_AT_ONE_DECIMAL = Map.of(
      Y2020, Set.of(Cluster.INCOME_AND_PARTICIPATION, Cluster.YOUTH, Cluster.OTHER));

  private static Set<Cluster> clustersOf(List<ClusterShareCheck.Comparison> comparisons) {
    Set<Cluster> clusters = new HashSet<>();
    comparisons.forEach(c -> clusters.add(c.cluster()));
    return clusters;
  }

  @Test
  void theSocialDomainOf2017IsItsFourClusters() {
    GeneralGrantClusters y2017 = table3(Year.of(2017));
    assertEquals(DutchNotation.parseAmount("7.543.856"), y2017.amount(Cluster.INCOME_AND_PARTICIPATION));
    assertEquals(DutchNotation.parseAmount("1.872.934"), y2017.amount(Cluster.COMMUNITY_AND_CIVIC_PARTICIPATION));
    assertEquals(DutchNotation.parseAmount("2.132.283"), y2017.amount(Cluster.YOUTH));
    assertEquals(DutchNotation.parseAmount("79.332.818"), y2017.amount(Cluster.SOCIAL_SUPPORT));
    assertEquals(DutchNotation.parseAmount("90.881.891"), y2017.socialDomainPart());
  }

  @Test
  void theSociaalDomeinRowIsTheSumOfItsClustersInEveryYear() {
    for (Year y : CLUSTER_YEARS) {
      assertEquals(euros(cell(TABLE_3, "sociaal domein", y)), table3(y).socialDomainPart(), y::toString);
    }
  }

  @Test
  void addingPublicHealthGivesAnotherSocialDomainAndDoesNotMatchTheRow() {
    Set<Cluster> wider = new LinkedHashSet<>(GeneralGrantClusters.SOCIAL_DOMAIN);
    wider.add(Cluster.PUBLIC_HEALTH);
    GeneralGrantClusters y2017 = table3(Year.of(2017));
    assertEquals(DutchNotation.parseAmount("91.428.770"), y2017.socialDomainPart(wider));
  }

  @Test
  void theSocialDomainShareIsThePrinted74And69Percent() {
    List<String> printed = List.of("74%", "74%", "69%", "69%", "69%");
    for (int i = 0; i < CLUSTER_YEARS.size(); i++) {
      Year y = CLUSTER_YEARS.get(i);
      Share share = table3(y).socialDomainShare();
      PrintedPercentage cell = PrintedPercentage.parse(cell(TABLE_3, TABLE_3.length - 1, y));
      assertEquals(PrintedPercentage.parse(printed.get(i)), cell);
      assertTrue(cell.contains(share), () -> y + ": " + share.percent(3, RoundingMode.HALF_EVEN));
      assertEquals(cell.percent(), share.percent(0, RoundingMode.HALF_UP), y::toString);
    }
    // 2018 is the close one: 73,795% still rounds to 74.
    assertEquals(new BigDecimal("73.795"), table3(Year.of(2018)).socialDomainShare().percent(3, RoundingMode.HALF_UP));
  }

  @Test
  void theTotaalRowIsExactlyTheSumOfTheClusters() {
    for (Year y : CLUSTER_YEARS) {
      TotalCheck check = TotalCheck.of(table3PrintedClusters(y), printed(cell(TABLE_3, "TOTAAL", y), EuroUnit.EUROS));
      assertTrue(check.isConsistent(), check::toString);
      assertEquals(0, check.difference().signum(), check::toString);
      assertEquals(euros(cell(TABLE_3, "TOTAAL", y)), table3(y).total());
    }
  }

  @Test
  void table2IsTheRoundedSharesOfTable3ExceptTwoCellsOf2020() {
    for (Year y : CLUSTER_YEARS) {
      ClusterShareCheck check = ClusterShareCheck.of(table3(y), table2(y), table2Total(y));
      assertEquals(MISMATCHES.getOrDefault(y, Set.of()), clustersOf(check.mismatches()), check::toString);
      assertEquals(y.equals(Y2020), !check.sharesConsistent());
    }
  }

  @Test
  void table2RoundedHalfUpToOneDecimalMatchesCellByCellWhereItHolds() {
    // Table 2 prints one decimal but drops a trailing zero ("-5%", "2%", "22%"): a spreadsheet's
    // General format. Rounding every share to one decimal reproduces every other cell.
    for (Year y : CLUSTER_YEARS) {
      Map<Cluster, BigDecimal> computed = table3(y).percentages(1, RoundingMode.HALF_UP);
      table2(y).forEach((cluster, printed) -> {
        if (MISMATCHES_AT_ONE_DECIMAL.getOrDefault(y, Set.of()).contains(cluster)) {
          return;
        }
        BigDecimal expected = printed.isBlank() ? BigDecimal.ZERO : printed.percent();
        assertEquals(0, expected.compareTo(computed.get(cluster)), () -> y + " " + cluster + ": printed "
            + printed + ", computed " + computed.get(cluster));
      });
    }
  }

  @Test
  void readAsOneDecimalEveryCellHoldsExceptThreeOf2020() {
    // The stricter reading: "-5%" as -5,0% stands for [-5,05; -4,95], not [-5,5; -4,5]. Nine of
    // the ten cells printed without decimals hold under it; 2020 jeugd "18%" (17,93%) does not.
    for (Year y : CLUSTER_YEARS) {
      Map<Cluster, PrintedPercentage> oneDecimal = new LinkedHashMap<>();
      table2(y).forEach((c, p) -> oneDecimal.put(c, p.assumingDecimals(1)));
      ClusterShareCheck check = ClusterShareCheck.of(table3(y), oneDecimal, table2Total(y));
      assertEquals(MISMATCHES_AT_ONE_DECIMAL.getOrDefault(y, Set.of()), clustersOf(check.mismatches()), check::toString);
    }
  }

  @Test
  void thePrintedTotalOf100Point1PercentIsARoundingSumNotTheTruth() {
    Map<Year, String> sumOfPrinted = Map.of(
        Year.of(2017), "100.0", Year.of(2018), "100.1", Year.of(2019), "100.1", Y2020, "100.1", Year.of(2021), "100.0");
    for (Year y : CLUSTER_YEARS) {
      ClusterShareCheck check = ClusterShareCheck.of(table3(y), table2(y), table2Total(y));
      assertEquals(PrintedPercentage.parse("100,1%"), check.printedTotal());
      assertEquals(0, new BigDecimal(sumOfPrinted.get(y)).compareTo(check.sumOfPrinted()), check::toString);
      assertTrue(check.isTotalConsistentWithPrintedParts(), check::toString);
      assertFalse(check.isTotalConsistentWithShares(), check::toString);
    }
  }

  @Test
  void theSharesOfAllClustersAreExactlyTheWhole() {
    for (Year y : CLUSTER_YEARS) {
      GeneralGrantClusters clusters = table3(y);
      Share all = Share.sum(clusters.shares().values());
      assertTrue(all.isWhole(), y::toString);
      assertEquals(0, new BigDecimal("100").compareTo(all.percent(0, RoundingMode.UNNECESSARY)));
    }
  }

  @Test
  void blankCellsOfTable3AreNoMoney() {
    assertEquals(Amount.ZERO, table3(Year.of(2019)).amount(Cluster.OTHER));
    assertEquals(PrintedPercentage.blank(), table2(Year.of(2019)).get(Cluster.OTHER));
  }
}
