// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

  @Test
  void givesTheLeftOverUnitsToTheLargestRemaindersEarlierFirstOnATie() {
    // 10 over 1:1:1 is 3.33 each: the one unit left goes to the first.
    assertArrayEquals(new long[] {4, 3, 3}, LargestRemainder.split(10, new long[] {1, 1, 1}));
    // 5 over 3:7 is 1.5 and 3.5: a tie, so the earlier part gets the unit.
    assertArrayEquals(new long[] {2, 3}, LargestRemainder.split(5, new long[] {3, 7}));
    assertArrayEquals(new long[] {1, 3}, LargestRemainder.split(4, new BigDecimal[] {new BigDecimal("0.25"), new BigDecimal("0.75")}));
  }

  @Test
  void zeroWeightsSplitOnlyZero() {
    assertArrayEquals(new long[] {0, 0}, LargestRemainder.split(0, new long[] {0, 0}));
    assertThrows(IllegalArgumentException.class, () -> LargestRemainder.split(1, new long[] {0, 0}));
    assertThrows(IllegalArgumentException.class, () -> LargestRemainder.split(-1, new long[] {1}));
    assertThrows(IllegalArgumentException.class, () -> LargestRemainder.split(1, new long[] {1, -1}));
  }

  @Test
  void splitsTheLargestTotalWithoutOverflow() {
    long[] parts = LargestRemainder.split(Long.MAX_VALUE, new long[] {Long.MAX_VALUE, Long.MAX_VALUE, 1});
    assertEquals(BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(parts[0]).add(BigInteger.valueOf(parts[1])).add(BigInteger.valueOf(parts[2])));
  }

  @Test
  void partsAddUpAndEachLiesWithinOneOfItsExactShare() {
    qt().forAll(longs().between(0, Long.MAX_VALUE), lists().of(longs().between(0, Long.MAX_VALUE)).ofSizeBetween(1, 12))
        .assuming((total, weights) -> weights.stream().anyMatch(w -> w > 0))
        .checkAssert((total, weights) -> {
          long[] w = weights.stream().mapToLong(Long::longValue).toArray();
          long[] parts = LargestRemainder.split(total, w);
          BigInteger sum = BigInteger.ZERO;
          BigInteger weightSum = BigInteger.ZERO;
          for (long x : w) {
            weightSum = weightSum.add(BigInteger.valueOf(x));
          }
          for (int i = 0; i < w.length; i++) {
            sum = sum.add(BigInteger.valueOf(parts[i]));
            BigInteger floor = BigInteger.valueOf(total).multiply(BigInteger.valueOf(w[i])).divide(weightSum);
            long above = BigInteger.valueOf(parts[i]).subtract(floor).longValueExact();
            assertTrue(above == 0 || above == 1, "part " + parts[i] + " against floor " + floor);
          }
          assertEquals(BigInteger.valueOf(total), sum);
        });
  }
}
