// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import nl.sociaaldomein.clients.Bsn;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.money.LargestRemainder;
import org.junit.jupiter.api.Test;

class GeneratorProperties {

  @Test
  void theNumberSpaceHandsOutValidDistinctNumbers() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
      BsnSpace space = new BsnSpace(seed);
      Set<SyntheticBsn> seen = new HashSet<>();
      for (int i = 0; i < 2_000; i++) {
        SyntheticBsn bsn = space.next();
        assertTrue(Bsn.isValid(bsn.digits()));
        assertTrue(bsn.digits().startsWith("9"));
        assertTrue(seen.add(bsn));
      }
    });
  }

  @Test
  void validityInTheSpaceIsTheElfproef() {
    qt().forAll(integers().between(0, BsnSpace.SIZE - 1))
        .checkAssert(offset -> assertEquals(Bsn.isValid(Integer.toString(BsnSpace.BASE + offset)), BsnSpace.valid(offset)));
  }

  @Test
  void thePermutationStaysInTheSpaceAndIsOneToOne() {
    qt().withExamples(20).forAll(longs().all(), integers().between(0, BsnSpace.SIZE - 5_000)).checkAssert((seed, from) -> {
      BsnSpace space = new BsnSpace(seed);
      Set<Integer> images = new HashSet<>();
      for (int x = from; x < from + 5_000; x++) {
        int y = space.permute(x);
        assertTrue(y >= 0 && y < BsnSpace.SIZE);
        assertTrue(images.add(y));
      }
    });
  }

  @Test
  void mulDivIsTheExactFloor() {
    // Products up to 10^26, past a long, with divisors that bring the result back into one.
    qt().forAll(longs().between(0, 10_000_000_000_000L), longs().between(0, 10_000_000_000_000L),
            longs().between(100_000_000L, Long.MAX_VALUE))
        .checkAssert((a, b, c) -> assertEquals(
            BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact(),
            Exact.mulDiv(a, b, c)));
  }

  @Test
  void largestRemainderAddsUpAndStaysWithinOneOfTheExactShare() {
    qt().forAll(longs().between(0, 1_000_000_000L), lists().of(longs().between(0, 1_000_000)).ofSizeBetween(1, 20))
        .assuming((total, weights) -> weights.stream().mapToLong(Long::longValue).sum() > 0)
        .checkAssert((total, weights) -> {
          long[] w = weights.stream().mapToLong(Long::longValue).toArray();
          long[] parts = LargestRemainder.split(total, w);
          long sum = 0;
          BigDecimal weightSum = BigDecimal.valueOf(weights.stream().mapToLong(Long::longValue).sum());
          for (int i = 0; i < w.length; i++) {
            sum += parts[i];
            BigDecimal exact = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(w[i])).divide(weightSum, Exact.MC);
            assertTrue(BigDecimal.valueOf(parts[i]).subtract(exact).abs().compareTo(BigDecimal.ONE) < 0);
          }
          assertEquals(total, sum);
        });
  }

  @Test
  void anUrnGivesEveryKindExactlyItsSlots() {
    qt().forAll(lists().of(longs().between(0, 50)).ofSizeBetween(1, 10), longs().all()).checkAssert((counts, seed) -> {
      long[] c = counts.stream().mapToLong(Long::longValue).toArray();
      Urn urn = new Urn(c);
      long[] drawn = new long[c.length];
      SplittableRandom rng = new SplittableRandom(seed);
      int keep = -1;
      while (urn.remaining() > 0) {
        keep = urn.drawPreferring(keep, 500, rng);
        drawn[keep]++;
      }
      assertEquals(counts, java.util.Arrays.stream(drawn).boxed().toList());
    });
  }

  @Test
  void selectionPicksExactlyAsManyAsWanted() {
    qt().forAll(integers().between(0, 500), integers().between(0, 500), longs().all())
        .checkAssert((wanted, extra, seed) -> {
          Selection s = new Selection(wanted, wanted + extra);
          SplittableRandom rng = new SplittableRandom(seed);
          int picked = 0;
          for (int i = 0; i < wanted + extra; i++) {
            picked += s.next(rng) ? 1 : 0;
          }
          assertEquals((int) wanted, picked);
        });
  }

  @Test
  void anySeedAndScaleReproducesThePlanExactly() {
    qt().withExamples(8).forAll(longs().all(), integers().between(5, 60)).checkAssert((seed, hundredths) -> {
      GeneratorSettings settings = GeneratorSettings.defaults().withSeed(seed).withScale(BigDecimal.valueOf(hundredths, 2));
      ClientDataGenerator g = ClientDataGenerator.create(settings);
      var byLawYear = g.dataset().aggregate(ClientDataGenerator.quickscanScope(
          nl.sociaaldomein.clients.Query.by(nl.sociaaldomein.clients.Dimension.LAW, nl.sociaaldomein.clients.Dimension.YEAR)));
      for (Law law : Law.values()) {
        for (int year = 2018; year <= 2020; year++) {
          var row = byLawYear.row(java.util.Map.of(nl.sociaaldomein.clients.Dimension.LAW, law,
              nl.sociaaldomein.clients.Dimension.YEAR, year)).orElseThrow();
          assertEquals(g.plan().clients(law, year), row.uniqueClients());
          assertEquals(g.plan().cost(law, year), row.cost());
        }
      }
    });
  }

  @Test
  void aWeightTableDrawsOnlyKindsWithWeight() {
    qt().forAll(lists().of(longs().between(0, 9)).ofSizeBetween(1, 8), longs().all())
        .assuming((w, seed) -> w.stream().mapToLong(Long::longValue).sum() > 0)
        .checkAssert((w, seed) -> {
          WeightTable t = new WeightTable(w.stream().mapToLong(Long::longValue).toArray());
          SplittableRandom rng = new SplittableRandom(seed);
          for (int i = 0; i < 100; i++) {
            assertTrue(w.get(t.draw(rng)) > 0);
          }
        });
  }

}
