// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;

class StackingTest {

  private static PaymentRecord pay(long client, int year, Law law, String provision) {
    return new PaymentRecord(new ClientId(client), year, law, provision, "A", Amount.ofEuros(10));
  }

  /**
   * 2019: four clients in one law (one of them with eight provisions), two in two laws, one in
   * three; 2020: one in one law, one in three. Every count differs from its neighbours, so that a
   * count taken from the wrong bucket or a sum turned into a difference shows.
   */
  private static ClientDataset hand() {
    ClientDataset.Builder b = ClientDataset.builder()
        .add(pay(1, 2019, Law.WMO, "Hulp"))
        .add(pay(4, 2019, Law.JEUGDWET, "Ambulant"))
        .add(pay(4, 2019, Law.JEUGDWET, "Ambulant"))
        .add(pay(8, 2019, Law.PARTICIPATIEWET, "Bijstand"))
        .add(pay(8, 2019, Law.PARTICIPATIEWET, "Re-integratie"))
        .add(pay(2, 2019, Law.WMO, "Hulp"))
        .add(pay(2, 2019, Law.JEUGDWET, "Ambulant"))
        .add(pay(5, 2019, Law.WMO, "Hulp"))
        .add(pay(5, 2019, Law.PARTICIPATIEWET, "Bijstand"))
        .add(pay(3, 2019, Law.WMO, "Hulp"))
        .add(pay(3, 2019, Law.JEUGDWET, "Ambulant"))
        .add(pay(3, 2019, Law.PARTICIPATIEWET, "Bijstand"))
        .add(pay(1, 2020, Law.WMO, "Hulp"))
        .add(pay(1, 2020, Law.JEUGDWET, "Ambulant"))
        .add(pay(1, 2020, Law.PARTICIPATIEWET, "Bijstand"))
        .add(pay(7, 2020, Law.WMO, "Hulp"));
    for (int p = 1; p <= 8; p++) {
      b.add(pay(9, 2019, Law.WMO, "Voorziening " + p));
    }
    return b.build();
  }

  @Test
  void clientsByTheNumberOfLawsPerYear() {
    ClientDataset d = hand();
    assertLawCounts(d.stacking());
    for (int threads = 2; threads <= 4; threads++) {
      assertLawCounts(d.stacking(threads));
    }
  }

  private static void assertLawCounts(Stacking s) {
    assertEquals(Set.of(2019, 2020), s.years());
    assertEquals(4, s.clientsWithLaws(2019, 1));
    assertEquals(2, s.clientsWithLaws(2019, 2));
    assertEquals(1, s.clientsWithLaws(2019, 3));
    assertEquals(3, s.clientsWithMoreThanOneLaw(2019));
    assertEquals(1, s.clientsWithLaws(2020, 1));
    assertEquals(0, s.clientsWithLaws(2020, 2));
    assertEquals(1, s.clientsWithLaws(2020, 3));
    assertEquals(1, s.clientsWithMoreThanOneLaw(2020));
    for (int laws : new int[] {-1, 0, 4}) {
      assertEquals(0, s.clientsWithLaws(2019, laws), "no client has " + laws + " laws");
    }
    assertEquals(0, s.clientsWithLaws(2021, 1));
    assertEquals(0, s.clientsWithMoreThanOneLaw(2021));
  }

  @Test
  void theShareInMoreThanOneLawIsOfAllClientsOfTheYear() {
    ClientDataset d = hand();
    Stacking s = d.stacking();
    AggregationResult byYear = d.aggregate(Query.by(Dimension.YEAR));
    for (int year : s.years()) {
      long all = s.clientsWithLaws(year, 1) + s.clientsWithMoreThanOneLaw(year);
      assertEquals(byYear.row(Dimension.YEAR, year).orElseThrow().uniqueClients(), all, "every client of " + year + " once");
    }
    // The quickscan prints 3 of 7 clients in 2019 (42,9 %) and 1 of 2 in 2020 (50,0 %).
    assertEquals(List.of(3L, 7L), List.of(s.clientsWithMoreThanOneLaw(2019),
        s.clientsWithLaws(2019, 1) + s.clientsWithMoreThanOneLaw(2019)));
    assertEquals(List.of(1L, 2L), List.of(s.clientsWithMoreThanOneLaw(2020),
        s.clientsWithLaws(2020, 1) + s.clientsWithMoreThanOneLaw(2020)));
  }

  @Test
  void clientsByTheNumberOfProvisionsWithTheLastBucketOpen() {
    Stacking s = hand().stacking();
    assertEquals(2, s.clientsWithProvisions(2019, 1));
    assertEquals(3, s.clientsWithProvisions(2019, 2));
    assertEquals(1, s.clientsWithProvisions(2019, 3));
    assertEquals(0, s.clientsWithProvisions(2019, 4));
    assertEquals(1, s.clientsWithProvisions(2019, Stacking.PROVISION_BUCKETS), "eight provisions count as 7+");
    assertEquals(0, s.clientsWithProvisions(2019, 8));
    assertEquals(0, s.clientsWithProvisions(2019, 0));
    assertEquals(7, s.clientsWithAtLeastProvisions(2019, 0));
    assertEquals(7, s.clientsWithAtLeastProvisions(2019, 1));
    assertEquals(5, s.clientsWithAtLeastProvisions(2019, 2));
    assertEquals(2, s.clientsWithAtLeastProvisions(2019, 3));
    assertEquals(1, s.clientsWithAtLeastProvisions(2019, 7));
    assertEquals(0, s.clientsWithAtLeastProvisions(2019, 8));
    assertEquals(1, s.clientsWithAtLeastProvisions(2020, 3));
    assertEquals(0, s.clientsWithAtLeastProvisions(2021, 1));
  }

  @Test
  void householdsByTheProvisionsOfTheirMembers() {
    ClientDataset d = ClientDataset.builder()
        .add(pay(2, 2019, Law.WMO, "Hulp"))
        .add(pay(2, 2019, Law.JEUGDWET, "Ambulant"))
        .add(pay(5, 2019, Law.PARTICIPATIEWET, "Bijstand"))
        .add(pay(5, 2019, Law.PARTICIPATIEWET, "Re-integratie"))
        .add(pay(6, 2019, Law.WMO, "Hulp"))
        .add(pay(6, 2020, Law.WMO, "Hulp"))
        .add(ClientRecord.of(new ClientId(2), 2019, Law.WMO, "Hulp").withHousehold("H1"))
        .add(ClientRecord.of(new ClientId(5), 2019, Law.PARTICIPATIEWET, "Bijstand").withHousehold("H1"))
        .add(ClientRecord.of(new ClientId(6), 2019, Law.WMO, "Hulp").withHousehold("H2"))
        .build();
    Stacking s = d.stacking();
    assertEquals(2, s.householdsWithAtLeastProvisions(2019, 1));
    assertEquals(1, s.householdsWithAtLeastProvisions(2019, 2));
    assertEquals(1, s.householdsWithAtLeastProvisions(2019, 4), "H1: Hulp, Ambulant, Bijstand and Re-integratie");
    assertEquals(0, s.householdsWithAtLeastProvisions(2019, 5));
    assertEquals(1, s.householdsWithAtLeastProvisions(2020, 1));
    assertEquals(0, s.householdsWithAtLeastProvisions(2021, 1));
    assertEquals(0, hand().stacking().householdsWithAtLeastProvisions(2019, 1), "no household column, no households");
  }

  @Test
  void stackingCountsWhatTheRulesSay() {
    Set<String> keep = Set.of("Begeleiding");
    qt().forAll(longs().all()).checkAssert(seed -> {
      SmallData data = SmallData.random(seed);
      Map<List<Object>, Set<Object>> laws = new HashMap<>();
      Map<List<Object>, Set<Object>> provisions = new HashMap<>();
      Set<Integer> years = new TreeSet<>();
      for (Map<Object, Object> row : data.rows(keep)) {
        List<Object> clientYear = List.of(row.get("client"), row.get(Dimension.YEAR));
        laws.computeIfAbsent(clientYear, k -> new HashSet<>()).add(row.get(Dimension.LAW));
        provisions.computeIfAbsent(clientYear, k -> new HashSet<>()).add(row.get(Dimension.PROVISION));
        years.add((Integer) row.get(Dimension.YEAR));
      }
      Map<Integer, long[]> byLaws = new HashMap<>();
      Map<Integer, long[]> byProvisions = new HashMap<>();
      laws.forEach((k, v) -> byLaws.computeIfAbsent((Integer) k.get(1), y -> new long[4])[v.size()]++);
      provisions.forEach((k, v) -> byProvisions.computeIfAbsent((Integer) k.get(1), y -> new long[8])
          [Math.min(v.size(), Stacking.PROVISION_BUCKETS)]++);

      Stacking s = data.dataset(keep).stacking();
      for (int year : years) {
        for (int n = 1; n <= 3; n++) {
          assertEquals(byLaws.get(year)[n], s.clientsWithLaws(year, n), year + ", " + n + " laws");
        }
        assertEquals(byLaws.get(year)[2] + byLaws.get(year)[3], s.clientsWithMoreThanOneLaw(year));
        for (int n = 1; n <= Stacking.PROVISION_BUCKETS; n++) {
          assertEquals(byProvisions.get(year)[n], s.clientsWithProvisions(year, n), year + ", " + n + " provisions");
        }
      }
    });
  }

  /**
   * More provisions than a 64-bit mask holds: distinct provisions are counted with marks, and
   * households walked member by member, with the same results at any thread count.
   */
  @Test
  void manyProvisionsAreCountedWithoutMasks() {
    ClientDataset.Builder b = ClientDataset.builder();
    for (int i = 0; i < 70; i++) {
      b.add(pay(100 + i, 2020, Law.WMO, "Voorziening " + i));
    }
    for (int i = 0; i < 8; i++) {
      b.add(pay(1, 2020, Law.WMO, "Voorziening " + i));
      b.add(pay(2, 2020, Law.JEUGDWET, "Voorziening " + (i + 4)));
    }
    b.add(ClientRecord.of(new ClientId(1), 2020, Law.WMO, "Voorziening 0").withHousehold("H"));
    b.add(ClientRecord.of(new ClientId(2), 2020, Law.JEUGDWET, "Voorziening 4").withHousehold("H"));
    b.add(ClientRecord.of(new ClientId(100), 2020, Law.WMO, "Voorziening 0").withHousehold("G"));
    ClientDataset d = b.build();
    Stacking s = d.stacking();
    assertEquals(2, s.clientsWithAtLeastProvisions(2020, 7));
    assertEquals(70, s.clientsWithProvisions(2020, 1));
    // Household H: provisions 0 to 11, twelve; household G: one.
    assertEquals(1, s.householdsWithAtLeastProvisions(2020, 3));
    assertEquals(2, s.householdsWithAtLeastProvisions(2020, 1));
    assertEquals(s, d.stacking(3));
  }
}
