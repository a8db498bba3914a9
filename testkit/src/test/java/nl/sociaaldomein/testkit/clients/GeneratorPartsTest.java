// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.BuildReport;
import nl.sociaaldomein.clients.Law;
import org.junit.jupiter.api.Test;

/** The generator's building blocks, each against the law its documentation states. */
class GeneratorPartsTest {

  @Test
  void aSyntheticBsnHasNineDigitsAndIsAValueThatNeverPrintsItself() {
    assertEquals("100000000", new SyntheticBsn(100_000_000).digits());
    assertEquals("999999999", new SyntheticBsn(999_999_999).digits());
    SociaalDomeinException low = assertThrows(SociaalDomeinException.class, () -> new SyntheticBsn(99_999_999));
    assertEquals("a synthetic BSN has nine digits", low.getMessage());
    assertThrows(SociaalDomeinException.class, () -> new SyntheticBsn(1_000_000_000));

    SyntheticBsn a = new SyntheticBsn(900_000_004);
    assertEquals(a, new SyntheticBsn(900_000_004));
    assertEquals(a.hashCode(), new SyntheticBsn(900_000_004).hashCode());
    assertNotEquals(a, new SyntheticBsn(900_000_016));
    assertNotEquals(a, "900000004");
    assertNotEquals(a.hashCode(), new SyntheticBsn(900_000_016).hashCode());
    assertEquals("SyntheticBsn[redacted]", a.toString());
  }

  @Test
  void theElfproefOfTheSyntheticSpace() {
    // 900000004: 9*9 + 4*-1 = 77 = 7*11; its neighbours fail.
    assertTrue(BsnSpace.valid(4));
    assertTrue(BsnSpace.valid(16));
    assertFalse(BsnSpace.valid(3));
    assertFalse(BsnSpace.valid(5));
    assertFalse(BsnSpace.valid(8));
  }

  @Test
  void theNumberOrderIsAPermutationThatDependsOnTheSeed() {
    Set<Integer> images = new HashSet<>();
    BsnSpace space = new BsnSpace(GeneratorSettings.DEFAULT_SEED);
    for (int x = 0; x < 20_000; x++) {
      int image = space.permute(x);
      assertTrue(image >= 0 && image < BsnSpace.SIZE, "image " + image);
      images.add(image);
    }
    assertEquals(20_000, images.size());

    // Every seed of a handful gives its own order.
    Set<String> firstNumbers = new HashSet<>();
    for (long seed = 0; seed < 16; seed++) {
      firstNumbers.add(new BsnSpace(seed).next().digits());
    }
    assertEquals(16, firstNumbers.size());
  }

  @Test
  void theNumberOrderOfASeedStaysTheSameAcrossVersions() {
    // The same settings give exactly the same data, also after an upgrade: pinned figures.
    BsnSpace space = new BsnSpace(GeneratorSettings.DEFAULT_SEED);
    assertEquals(List.of("935850053", "919691584", "971316612"),
        List.of(space.next().digits(), space.next().digits(), space.next().digits()));
  }

  @Test
  void splitMixGivesThePublishedFirstOutputOfSeedZero() {
    // SplitMix64 seeded with 0 first outputs 0xe220a8397b1dcdaf (the reference C implementation).
    assertEquals(0xe220a8397b1dcdafL, Exact.mix(0x9e3779b97f4a7c15L));
    assertEquals(0L, Exact.mix(0));
  }

  @Test
  void anUrnHandsOutExactlyItsSlots() {
    Urn urn = new Urn(new long[] {0, 3, 0});
    assertEquals(3, urn.remaining());
    SplittableRandom rng = new SplittableRandom(7);
    for (int i = 0; i < 3; i++) {
      assertEquals(1, urn.draw(rng));
      assertEquals(2 - i, urn.remaining());
    }
    assertEquals(0, urn.remaining(0));
    assertEquals(0, urn.remaining(2));
    assertThrows(IllegalStateException.class, () -> urn.draw(rng));
  }

  @Test
  void anUrnKeepsThePreferredKindWhileItHasSlots() {
    Urn urn = new Urn(new long[] {5, 5});
    SplittableRandom rng = new SplittableRandom(11);
    for (int i = 0; i < 5; i++) {
      assertEquals(0, urn.drawPreferring(0, 1000, rng));
    }
    assertEquals(0, urn.remaining(0));
    for (int i = 0; i < 5; i++) {
      assertEquals(1, urn.drawPreferring(0, 1000, rng));
    }
    assertEquals(0, urn.remaining());

    // No preference (-1, a client new this year) and a preference never kept both draw at random.
    Urn fresh = new Urn(new long[] {1, 999});
    assertEquals(1, fresh.drawPreferring(-1, 1000, new SplittableRandom(3)));
    assertEquals(1, fresh.drawPreferring(0, 0, new SplittableRandom(3)));
    assertEquals(1, fresh.remaining(0));
  }

  @Test
  void selectionPicksExactlyTheWantedNumber() {
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom rng = new SplittableRandom(seed);
      Selection selection = new Selection(3, 10);
      int picked = 0;
      for (int i = 0; i < 10; i++) {
        if (selection.next(rng)) {
          picked++;
        }
      }
      assertEquals(3, picked, "seed " + seed);
      assertThrows(IllegalStateException.class, () -> selection.next(rng));
    }
    Selection all = new Selection(2, 2);
    SplittableRandom rng = new SplittableRandom(1);
    assertTrue(all.next(rng));
    assertTrue(all.next(rng));
    assertEquals("Cannot select 3 of 2", assertThrows(SociaalDomeinException.class, () -> new Selection(3, 2)).getMessage());
  }

  @Test
  void householdsAreNumberedInTurnAndHoldTwoToFiveClients() {
    SplittableRandom rng = new SplittableRandom(GeneratorSettings.DEFAULT_SEED);
    Households households = new Households();
    Map<String, Integer> sizes = new HashMap<>();
    List<String> order = new ArrayList<>();
    int without = 0;
    String last = null;
    for (int i = 0; i < 20_000; i++) {
      Optional<String> id = households.next(rng);
      if (id.isEmpty()) {
        without++;
        continue;
      }
      if (!id.get().equals(last)) {
        // A household, once left, is never joined again.
        assertFalse(sizes.containsKey(id.get()), id.get());
        order.add(id.get());
      }
      last = id.get();
      sizes.merge(id.get(), 1, Integer::sum);
    }
    assertEquals("HH0000001", order.get(0));
    for (int i = 0; i < order.size(); i++) {
      assertEquals(String.format("HH%07d", i + 1), order.get(i));
    }
    assertEquals(5, sizes.values().stream().mapToInt(Integer::intValue).max().getAsInt());
    // About 450 in 1000 clients have a household (Assumptions.HOUSEHOLD_PERMILLE); pinned for the seed.
    assertEquals(List.of(10_947, 6_166), List.of(without, order.size()));
  }

  @Test
  void aProviderPoolGoesRoundItsProvidersOnceAndNamesThemInOrder() {
    ProviderPool top = new ProviderPool("Aanbieder", 12, 3);
    SplittableRandom rng = new SplittableRandom(5);
    List<String> fromTop = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      fromTop.add(top.choose(rng, 1000));
    }
    assertEquals(List.of("Aanbieder 01", "Aanbieder 02", "Aanbieder 03"), fromTop);
    for (int i = 0; i < 500; i++) {
      assertTrue(Set.of("Aanbieder 01", "Aanbieder 02", "Aanbieder 03").contains(top.choose(rng, 1000)));
    }
    List<String> fromTail = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      fromTail.add(top.choose(rng, 0));
    }
    assertEquals("Aanbieder 04", fromTail.get(0));
    assertEquals("Aanbieder 12", fromTail.get(8));
    for (int i = 0; i < 2_000; i++) {
      assertFalse(Set.of("Aanbieder 01", "Aanbieder 02", "Aanbieder 03").contains(top.choose(rng, 0)));
    }
  }

  @Test
  void aProviderPoolMayBeAllTopOrAllTail() {
    SplittableRandom rng = new SplittableRandom(1);
    assertEquals("Solo 1", new ProviderPool("Solo", 1, 1).choose(rng, 0));
    assertEquals("Solo 1", new ProviderPool("Solo", 1, 0).choose(rng, 1000));
    ProviderPool one = new ProviderPool("Solo", 1, 0);
    one.choose(rng, 0);
    assertEquals("Solo 1", one.choose(rng, 0));
    assertEquals("a pool of 0 providers cannot have a top of 0",
        assertThrows(SociaalDomeinException.class, () -> new ProviderPool("X", 0, 0)).getMessage());
    assertThrows(SociaalDomeinException.class, () -> new ProviderPool("X", 2, 3));
    assertThrows(SociaalDomeinException.class, () -> new ProviderPool("X", 2, -1));
  }

  @Test
  void providerWeightsFallAsOneOverRankPlusOffset() {
    // Top group of two, offset 2: weights 1/3 and 1/4, so the first gets 4/7 (0.571) of the draws.
    ProviderPool pool = new ProviderPool("P", 2, 2);
    SplittableRandom rng = new SplittableRandom(9);
    pool.choose(rng, 1000);
    pool.choose(rng, 1000);
    int first = 0;
    int draws = 40_000;
    for (int i = 0; i < draws; i++) {
      if (pool.choose(rng, 1000).equals("P 1")) {
        first++;
      }
    }
    assertTrue(first > 0.56 * draws && first < 0.58 * draws, "first " + first);
  }

  @Test
  void smallValueTypesKeepTheirFigures() {
    Yearly figures = Yearly.of(2018, 1, 2, 3);
    assertEquals(Yearly.of(new TreeMap<>(Map.of(2018, 1L, 2019, 2L, 2020, 3L))), figures);
    assertEquals(figures.hashCode(), Yearly.of(2018, 1, 2, 3).hashCode());
    assertNotEquals(Yearly.of(2019, 1, 2, 3), figures);
    assertEquals(6, figures.total());
    assertEquals(2, figures.in(2019));
    assertEquals(List.of(2018, 2019, 2020), figures.years());
    assertEquals(2018, figures.firstYear());
    assertEquals(2020, figures.lastYear());
    assertEquals("Yearly{2018=1, 2019=2, 2020=3}", figures.toString());
    assertEquals("The figure covers 2018 to 2020, not 2021",
        assertThrows(SociaalDomeinException.class, () -> figures.in(2021)).getMessage());
    assertEquals("The years of a yearly figure follow each other: 2020 after 2018",
        assertThrows(SociaalDomeinException.class, () -> Yearly.of(new TreeMap<>(Map.of(2018, 1L, 2020, 3L)))).getMessage());
    assertThrows(SociaalDomeinException.class, () -> Yearly.of(2018));
    assertThrows(ArithmeticException.class, () -> Yearly.of(2018, Long.MAX_VALUE, 1, 0).total());
    assertEquals(3, new WeightTable(1, 0, 2).size());
  }

  @Test
  void settingsAcceptTheirBoundsInclusive() {
    GeneratorSettings d = GeneratorSettings.defaults();
    assertEquals(GeneratorSettings.MIN_SCALE, d.withScale("0.05").scale());
    assertEquals(0, GeneratorSettings.MAX_SCALE.compareTo(d.withScale("500").scale()));
    assertEquals(1, d.withPaymentDensityPercent(1).paymentDensityPercent());
    assertEquals(1000, d.withPaymentDensityPercent(1000).paymentDensityPercent());
    assertEquals("The payment density must be 1 to 1000 percent, not 1001",
        assertThrows(SociaalDomeinException.class, () -> d.withPaymentDensityPercent(1001)).getMessage());
    assertEquals("The scale must be between 0.05 and 500, not 0.049",
        assertThrows(SociaalDomeinException.class, () -> d.withScale("0.049")).getMessage());
    assertEquals(d.withScale("0.25"), ClientDataGenerator.create(d.withScale("0.25")).settings());
  }

  @Test
  void thePlanKnowsTheDocumentedFiguresBeforeTheRun() {
    GenerationPlan plan = ClientDataGenerator.create(GeneratorSettings.defaults()).plan();
    assertEquals(List.of(2018, 2019, 2020), plan.years());
    assertEquals(List.of(8_070L, 8_415L, 8_732L), List.of(plan.uniqueClients(2018), plan.uniqueClients(2019), plan.uniqueClients(2020)));
    assertEquals(List.of(2_766L, 5_830L, 4_430L), List.of(plan.uniqueClients(Law.JEUGDWET),
        plan.uniqueClients(Law.WMO), plan.uniqueClients(Law.PARTICIPATIEWET)));
    // Figure 1.6: 14,20 %, 13,59 % and 13,00 % of the unique clients in two laws, meerkosten counted as Wmo.
    assertEquals(List.of(1_146L, 1_144L, 1_135L), List.of(plan.twoLawClients(2018), plan.twoLawClients(2019), plan.twoLawClients(2020)));
    assertEquals(List.of(6L, 6L, 6L), List.of(plan.threeLawClients(2018), plan.threeLawClients(2019), plan.threeLawClients(2020)));
    // docs/generator.md: 372 meerkosten clients in 2018.
    assertEquals(List.of(372L, 255L, 371L), List.of(plan.meerkostenClients(2018), plan.meerkostenClients(2019), plan.meerkostenClients(2020)));
    assertEquals(175, plan.jeugdwetZinProviders());
    assertEquals("The generator covers 2018 to 2020, not 2021", assertThrows(SociaalDomeinException.class, () -> plan.uniqueClients(2021)).getMessage());
    assertEquals("The generator covers 2018 to 2020, not 2017", assertThrows(SociaalDomeinException.class, () -> plan.uniqueClients(2017)).getMessage());
  }

  @Test
  void thePlanCountsThePeopleTheRunEmits() {
    ClientDataGenerator generator = ClientDataGenerator.create(GeneratorSettings.defaults().withScale("0.1"));
    List<SyntheticClient> people = generator.stream().toList();
    assertEquals(generator.plan().people(), people.size());
    // The dataset holds every record the people carry, and every client record has a payment.
    BuildReport report = generator.dataset().report();
    assertEquals(people.stream().mapToInt(c -> c.payments().size()).sum(), report.payments());
    assertEquals(people.stream().mapToInt(c -> c.clientRecords().size()).sum(), report.clientRecords());
    assertEquals(0, report.clientRecordsKept() + report.clientRecordsDropped());
  }

  private static BigDecimal[] decimals(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
  }

  @Test
  void tiltedSharesHitThePublishedAverage() {
    // Shares 1:1 of averages 10 and 20 average 15; tilted to 17 they become 0,3 and 0,7.
    BigDecimal[] p = JeugdwetCells.tilt(decimals("1", "1"), decimals("10", "20"), new BigDecimal("17"), "level", 2018);
    assertEquals(0, new BigDecimal("0.3").compareTo(p[0]), p[0].toString());
    assertEquals(0, new BigDecimal("0.7").compareTo(p[1]), p[1].toString());
    // Equal averages leave nothing to tilt with.
    BigDecimal[] flat = JeugdwetCells.tilt(decimals("1", "3"), decimals("10", "10"), new BigDecimal("12"), "level", 2018);
    assertEquals(0, new BigDecimal("0.25").compareTo(flat[0]), flat[0].toString());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> JeugdwetCells.tilt(decimals("1", "1"), decimals("10", "20"), new BigDecimal("30"), "level", 2019));
    assertTrue(e.getMessage().startsWith("The assumed level shares cannot reach the Jeugdwet average of 2019"), e.getMessage());
  }
}
