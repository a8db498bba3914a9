// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws the calculation must keep whatever the figures: the gap is income minus expenditure
 * and adds up over years; the shares of all clusters are exactly the whole; a printed
 * percentage holds the share it was rounded from.
 */
class FundingProperties {

  /** About a billion euros either way, so that sums over a few dozen years cannot overflow. */
  private static final long LIMIT_CENTS = 100_000_000_000L;

  private static Gen<Amount> amounts() {
    return longs().between(-LIMIT_CENTS, LIMIT_CENTS).mix(longs().between(-10_000, 10_000), 30).map(Amount::ofCents);
  }

  private static Gen<SocialDomainIncome> incomes() {
    return amounts().zip(amounts(), amounts(), SocialDomainIncome::of);
  }

  private static Gen<SocialDomainExpenditure> expenditures() {
    return amounts().zip(amounts(), SocialDomainExpenditure::of);
  }

  /** A series of one to twelve consecutive years from a random first year, given in a random order. */
  private static Gen<FundingConfrontation> confrontations() {
    Gen<FundingYear> rows = incomes().zip(expenditures(), (i, e) -> FundingYear.of(Year.of(2000), i, e));
    return lists().of(rows).ofSizeBetween(1, 12).zip(integers().between(1990, 2040), longs().all(), (list, first, seed) -> {
      List<FundingYear> years = new ArrayList<>();
      for (int k = 0; k < list.size(); k++) {
        years.add(FundingYear.of(Year.of(first + k), list.get(k).income(), list.get(k).expenditure()));
      }
      Collections.shuffle(years, new Random(seed));
      return FundingConfrontation.of(years);
    });
  }

  /** One to twenty clusters with amounts that do not add up to zero. */
  private static Gen<GeneralGrantClusters> clusters() {
    return lists().of(amounts()).ofSizeBetween(1, 20).map(list -> {
      Map<Cluster, Amount> amounts = new LinkedHashMap<>();
      for (int k = 0; k < list.size(); k++) {
        amounts.put(Cluster.of("cluster " + k), list.get(k));
      }
      return GeneralGrantClusters.of(Year.of(2017), amounts);
    }).assuming(c -> !c.total().isZero());
  }

  private static Gen<RoundingMode> nearestModes() {
    return arbitrary().pick(RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
  }

  @Test
  void theGapIsIncomeMinusExpenditure() {
    qt().forAll(incomes(), expenditures()).checkAssert((i, e) -> {
      FundingYear y = FundingYear.of(Year.of(2020), i, e);
      assertEquals(i.generalGrantShare().plus(i.buig()).plus(i.otherIncome())
          .minus(e.hoofdtaakveld6()).minus(e.indirectOverhead()), y.gap());
      assertEquals(y.gap().isNegative(), y.isShortfall());
    });
  }

  @Test
  void theGapIsAdditiveAcrossYears() {
    qt().forAll(confrontations()).checkAssert(c -> {
      Amount sumOfGaps = Amount.sum(c.gaps().values());
      FundingYear summed = FundingYear.of(c.firstYear(), c.totalIncome(), c.totalExpenditure());
      assertEquals(sumOfGaps, c.totalGap());
      assertEquals(sumOfGaps, summed.gap());
    });
  }

  @Test
  void splittingASeriesSplitsItsGap() {
    qt().forAll(confrontations(), integers().between(0, 12)).checkAssert((c, cut) -> {
      List<FundingYear> rows = c.rows();
      int at = Math.min(cut, rows.size() - 1);
      FundingConfrontation head = FundingConfrontation.of(rows.subList(0, at + 1));
      Amount tailGap = Amount.sum(rows.subList(at + 1, rows.size()).stream().map(FundingYear::gap).toList());
      assertEquals(c.totalGap(), head.totalGap().plus(tailGap));
    });
  }

  @Test
  void theSharesOfAllClustersAreExactlyTheWholeBeforeRounding() {
    qt().forAll(clusters()).checkAssert(c -> {
      Share all = Share.sum(c.shares().values());
      assertTrue(all.isWhole(), all::toString);
      assertEquals(0, all.compareToPercent(BigDecimal.valueOf(100)));
    });
  }

  @Test
  void roundedOnTheirOwnTheSharesStayWithinHalfAUnitPerClusterOf100() {
    qt().forAll(clusters(), integers().between(0, 4), nearestModes()).checkAssert((c, decimals, mode) -> {
      BigDecimal sum = c.percentages(decimals, mode).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal bound = new BigDecimal("0.5").movePointLeft(decimals).multiply(BigDecimal.valueOf(c.clusters().size()));
      assertTrue(sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(bound) <= 0, () -> sum + " vs " + bound);
    });
  }

  @Test
  void aShareRoundedToTheNearestIsHeldByItsPrintedPercentage() {
    qt().forAll(amounts(), amounts(), integers().between(0, 4), nearestModes())
        .assuming((part, whole, d, m) -> !whole.isZero())
        .checkAssert((part, whole, decimals, mode) -> {
          Share share = Share.of(part, whole);
          assertTrue(PrintedPercentage.rounded(share, decimals, mode).contains(share));
        });
  }

  @Test
  void floorAndCeilingBracketTheShareExactly() {
    qt().forAll(amounts(), amounts(), integers().between(0, 6))
        .assuming((part, whole, d) -> !whole.isZero())
        .checkAssert((part, whole, decimals) -> {
          Share share = Share.of(part, whole);
          assertTrue(share.compareToPercent(share.percent(decimals, RoundingMode.FLOOR)) >= 0);
          assertTrue(share.compareToPercent(share.percent(decimals, RoundingMode.CEILING)) <= 0);
        });
  }

  @Test
  void sharesAndPrintedPercentagesReadBackWhatTheyWrite() {
    qt().forAll(amounts(), amounts(), integers().between(0, 4), nearestModes())
        .assuming((part, whole, d, m) -> !whole.isZero())
        .checkAssert((part, whole, decimals, mode) -> {
          Share share = Share.of(part, whole);
          assertEquals(share, Share.parse(share.toString()));
          PrintedPercentage printed = PrintedPercentage.rounded(share, decimals, mode);
          assertEquals(printed, PrintedPercentage.parse(printed.toString()));
        });
  }
}
