// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import static nl.sociaaldomein.money.Generators.amounts;
import static nl.sociaaldomein.money.Generators.roundingModes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AmountProperties {

  @Test
  void additionIsCommutativeAndAssociativeWithZeroAsIdentity() {
    qt().forAll(amounts(), amounts(), amounts()).checkAssert((a, b, c) -> {
      assertEquals(a.plus(b), b.plus(a));
      assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
      assertEquals(a, a.plus(Amount.ZERO));
    });
  }

  @Test
  void subtractionUndoesAdditionAndNegationIsAnInvolution() {
    qt().forAll(amounts(), amounts()).checkAssert((a, b) -> {
      assertEquals(a, a.plus(b).minus(b));
      assertEquals(a.minus(b), a.plus(b.negated()));
      assertEquals(a, a.negated().negated());
      assertEquals(Amount.ZERO, a.plus(a.negated()));
    });
  }

  @Test
  void multiplicationByAnIntegerIsRepeatedAddition() {
    qt().forAll(amounts(), integers().between(0, 20)).checkAssert((a, n) -> {
      Amount repeated = Amount.ZERO;
      for (int i = 0; i < n; i++) {
        repeated = repeated.plus(a);
      }
      assertEquals(repeated, a.multipliedBy(n));
    });
  }

  @Test
  void sumsDoNotDependOnOrder() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(0, 40), longs().all()).checkAssert((list, seed) -> {
      List<Amount> shuffled = new ArrayList<>(list);
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(Amount.sum(list), Amount.sum(shuffled));
      assertEquals(Amount.sum(list), shuffled.parallelStream().collect(Amount.summing()));
      assertEquals(Amount.sum(list), AmountColumn.of(shuffled).sum());
    });
  }

  @Test
  void mergingPartialSumsEqualsTheWholeSum() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(0, 40), integers().between(0, 40)).checkAssert((list, cut) -> {
      int at = Math.min(cut, list.size());
      assertEquals(Amount.sum(list), Amount.sum(list.subList(0, at)).plus(Amount.sum(list.subList(at, list.size()))));
    });
  }

  @Test
  void allocationKeepsTheTotalAndStaysWithinACentOfEachExactShare() {
    qt().forAll(amounts(), lists().of(longs().between(0, 1_000_000)).ofSizeBetween(1, 12))
        .assuming((a, ratios) -> ratios.stream().mapToLong(Long::longValue).sum() > 0)
        .checkAssert((a, ratios) -> {
          long[] r = ratios.stream().mapToLong(Long::longValue).toArray();
          List<Amount> parts = a.allocate(r);
          assertEquals(a, Amount.sum(parts));
          long total = ratios.stream().mapToLong(Long::longValue).sum();
          for (int i = 0; i < r.length; i++) {
            BigDecimal exact = new BigDecimal(BigInteger.valueOf(a.toCents()).multiply(BigInteger.valueOf(r[i])))
                .divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_EVEN);
            BigDecimal miss = exact.subtract(BigDecimal.valueOf(parts.get(i).toCents())).abs();
            assertTrue(miss.compareTo(BigDecimal.ONE) < 0, () -> "part " + parts + " of " + a + " over " + ratios);
          }
        });
  }

  @Test
  void theCentsLeftOverGoToTheLargestRemainders() {
    qt().forAll(amounts(), lists().of(longs().between(0, 1_000)).ofSizeBetween(1, 12))
        .assuming((a, ratios) -> ratios.stream().mapToLong(Long::longValue).sum() > 0)
        .checkAssert((a, ratios) -> {
          long[] r = ratios.stream().mapToLong(Long::longValue).toArray();
          List<Amount> parts = a.allocate(r);
          long sum = ratios.stream().mapToLong(Long::longValue).sum();
          BigInteger whole = BigInteger.valueOf(Math.abs(a.toCents()));
          for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < r.length; j++) {
              BigInteger[] shareI = whole.multiply(BigInteger.valueOf(r[i])).divideAndRemainder(BigInteger.valueOf(sum));
              BigInteger[] shareJ = whole.multiply(BigInteger.valueOf(r[j])).divideAndRemainder(BigInteger.valueOf(sum));
              boolean iGotOne = Math.abs(parts.get(i).toCents()) > shareI[0].longValueExact();
              boolean jGotOne = Math.abs(parts.get(j).toCents()) > shareJ[0].longValueExact();
              if (iGotOne && !jGotOne) {
                int order = shareI[1].compareTo(shareJ[1]);
                assertTrue(order > 0 || order == 0 && i < j,
                    () -> "part " + parts + " of " + a + " over " + ratios);
              }
            }
          }
        });
  }

  @Test
  void equalRatiosGetPartsWithinACentTheEarlierNotSmaller() {
    qt().forAll(amounts(), lists().of(longs().between(0, 5)).ofSizeBetween(1, 12))
        .assuming((a, ratios) -> ratios.stream().mapToLong(Long::longValue).sum() > 0)
        .checkAssert((a, ratios) -> {
          List<Amount> parts = a.allocate(ratios.stream().mapToLong(Long::longValue).toArray());
          for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
              if (ratios.get(i).equals(ratios.get(j))) {
                long difference = Math.abs(parts.get(i).toCents()) - Math.abs(parts.get(j).toCents());
                assertTrue(difference == 0 || difference == 1, () -> "part " + parts + " of " + a + " over " + ratios);
              }
            }
          }
        });
  }

  @Test
  void permutingTheRatiosPermutesThePartsWhereNoDifferentRatiosTie() {
    qt().forAll(amounts(), lists().of(longs().between(0, 6)).ofSizeBetween(1, 10), longs().all())
        .assuming((a, ratios, seed) -> ratios.stream().mapToLong(Long::longValue).sum() > 0
            && noDifferentRatiosShareARemainder(a, ratios))
        .checkAssert((a, ratios, seed) -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < ratios.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          long[] original = ratios.stream().mapToLong(Long::longValue).toArray();
          long[] permuted = order.stream().mapToLong(ratios::get).toArray();
          List<Amount> parts = a.allocate(original);
          List<Amount> permutedParts = a.allocate(permuted);
          // Equal ratios are interchangeable, so compare the parts each ratio value gets.
          for (long ratio : original) {
            List<Amount> mine = new ArrayList<>();
            List<Amount> theirs = new ArrayList<>();
            for (int i = 0; i < original.length; i++) {
              if (original[i] == ratio) {
                mine.add(parts.get(i));
              }
              if (permuted[i] == ratio) {
                theirs.add(permutedParts.get(i));
              }
            }
            Collections.sort(mine);
            Collections.sort(theirs);
            assertEquals(mine, theirs, () -> a + " over " + ratios + " and " + Arrays.toString(permuted));
          }
        });
  }

  private static boolean noDifferentRatiosShareARemainder(Amount a, List<Long> ratios) {
    long sum = ratios.stream().mapToLong(Long::longValue).sum();
    BigInteger whole = BigInteger.valueOf(Math.abs(a.toCents()));
    for (long x : ratios) {
      for (long y : ratios) {
        if (x != y && whole.multiply(BigInteger.valueOf(x)).mod(BigInteger.valueOf(sum))
            .equals(whole.multiply(BigInteger.valueOf(y)).mod(BigInteger.valueOf(sum)))) {
          return false;
        }
      }
    }
    return true;
  }

  @Test
  void decimalRatiosAllocateAsTheWholeRatiosTheyScaleTo() {
    qt().forAll(amounts(), lists().of(longs().between(0, 1_000_000)).ofSizeBetween(1, 8), integers().between(0, 30))
        .assuming((a, ratios, scale) -> ratios.stream().mapToLong(Long::longValue).sum() > 0)
        .checkAssert((a, ratios, scale) -> {
          List<BigDecimal> decimals = new ArrayList<>();
          for (long r : ratios) {
            decimals.add(BigDecimal.valueOf(r, scale));
          }
          List<Amount> parts = a.allocate(decimals);
          assertEquals(a.allocate(ratios.stream().mapToLong(Long::longValue).toArray()), parts);
          assertEquals(a, Amount.sum(parts));
        });
  }

  @Test
  void monetaAgreesWithOurArithmetic() {
    qt().forAll(amounts(), amounts(), longs().between(-1_000, 1_000), roundingModes()).checkAssert((a, b, factor, mode) -> {
      MonetaryAmount ma = a.toMonetaryAmount();
      MonetaryAmount mb = b.toMonetaryAmount();
      assertEquals(a.plus(b), Amount.of(ma.add(mb)));
      assertEquals(a.minus(b), Amount.of(ma.subtract(mb)));
      assertEquals(a.negated(), Amount.of(ma.negate()));
      assertEquals(a.multipliedBy(factor), Amount.of(ma.multiply(factor)));
      assertEquals(a.compareTo(b) < 0, ma.isLessThan(mb));
      if (factor != 0) {
        BigDecimal quotient = ma.divide(factor).getNumber().numberValue(BigDecimal.class);
        assertEquals(a.dividedBy(factor, mode), Amount.of(quotient, mode));
      }
    });
  }

  @Test
  void decimalMultiplicationMatchesMonetaThenRounding() {
    qt().forAll(amounts(), longs().between(-10_000, 10_000), roundingModes()).checkAssert((a, basisPoints, mode) -> {
      BigDecimal factor = BigDecimal.valueOf(basisPoints, 4);
      BigDecimal viaMoneta = Money.of(a.toBigDecimal(), "EUR").multiply(factor).getNumber().numberValueExact(BigDecimal.class);
      assertEquals(Amount.of(viaMoneta, mode), a.multipliedBy(factor, mode));
    });
  }

  @Test
  void toStringReadsBack() {
    qt().forAll(longs().all()).checkAssert(cents -> {
      Amount a = Amount.ofCents(cents);
      assertEquals(a, Amount.parse(a.toString()));
      assertEquals(a, Amount.of(a.toMonetaryAmount()));
    });
  }
}
