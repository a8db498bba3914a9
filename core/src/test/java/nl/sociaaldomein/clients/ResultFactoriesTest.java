// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;

/** The public factories that let another engine hand back the library's own results: equal values, and refusals. */
class ResultFactoriesTest {

  private static final ClientDataset SMALL = ClientDatasetTest.small(Set.of("Hulpmiddelen"));

  private static GroupRow provider(String name, long clients, long euros) {
    return new GroupRow(GroupKey.of(Map.of(Dimension.PROVIDER, name)), clients, clients, Amount.ofEuros(euros));
  }

  @Test
  void anAggregationResultMadeFromItsFiguresEqualsTheEnginesOwn() {
    Query q = Query.by(Dimension.LAW, Dimension.YEAR).where(Dimension.PROVISION, "Ambulant", "Verblijf", "Nergens");
    AggregationResult own = SMALL.aggregate(q);
    List<GroupRow> reversed = new java.util.ArrayList<>(own.rows());
    java.util.Collections.reverse(reversed);
    assertEquals(own, AggregationResult.of(q.groupBy(), reversed, own.totalUniqueClients(), own.unmatched()));
  }

  @Test
  void anAggregationResultRefusesWhatNoEngineCouldCount() {
    GroupRow a = provider("A", 2, 10);
    Set<Dimension<?>> byProvider = Set.of(Dimension.PROVIDER);
    assertThrows(SociaalDomeinException.class, () -> AggregationResult.of(Set.of(Dimension.LAW), List.of(a), 2, Map.of()));
    assertThrows(SociaalDomeinException.class, () -> AggregationResult.of(byProvider, List.of(a, a), 2, Map.of()));
    assertThrows(SociaalDomeinException.class, () -> AggregationResult.of(byProvider, List.of(a), 1, Map.of()));
    assertThrows(SociaalDomeinException.class, () -> AggregationResult.of(byProvider, List.of(a), 3, Map.of()));
    assertThrows(SociaalDomeinException.class,
        () -> AggregationResult.of(byProvider, List.of(provider("B", 0, 0)), 0, Map.of()));
    assertThrows(SociaalDomeinException.class,
        () -> AggregationResult.of(byProvider, List.of(a), 2, Map.of(Dimension.YEAR, Set.of("2019"))));
  }

  @Test
  void stackingMadeFromItsHistogramsEqualsTheEnginesOwn() {
    Stacking own = SMALL.stacking();
    Map<Integer, long[]> laws = new java.util.TreeMap<>();
    Map<Integer, long[]> provisions = new java.util.TreeMap<>();
    for (int year : own.years()) {
      long[] l = new long[4];
      long[] p = new long[Stacking.PROVISION_BUCKETS + 1];
      for (int i = 1; i < l.length; i++) {
        l[i] = own.clientsWithLaws(year, i);
      }
      for (int i = 1; i < p.length; i++) {
        p[i] = own.clientsWithProvisions(year, i);
      }
      laws.put(year, l);
      provisions.put(year, p);
    }
    laws.put(2030, new long[4]);
    provisions.put(2030, new long[Stacking.PROVISION_BUCKETS + 1]);
    assertEquals(own, Stacking.of(laws, provisions, Map.of()), "a year of no counts is left out, as the engine leaves it");
    assertThrows(SociaalDomeinException.class, () -> Stacking.of(Map.of(2019, new long[] {1, 0, 0, 0}), Map.of(), Map.of()));
    assertThrows(SociaalDomeinException.class,
        () -> Stacking.of(Map.of(2019, new long[] {0, 1, 0, 0}), Map.of(2019, new long[] {0, 2, 0, 0, 0, 0, 0, 0}), Map.of()));
  }

  @Test
  void aProviderConcentrationMadeFromItsFiguresEqualsTheEnginesOwn() {
    Query youth = Query.by().where(Dimension.LAW, Law.JEUGDWET);
    ProviderConcentration own = SMALL.providerConcentration(youth, 50);
    assertEquals(own, ProviderConcentration.of(SMALL.aggregate(Query.by(Dimension.PROVIDER).withFiltersOf(youth)).rows(),
        50, own.topClients(), own.allClients()));
    List<GroupRow> rows = List.of(provider("A", 3, 10), provider("B", 1, 20));
    assertEquals(List.of(rows.get(1), rows.get(0)), ProviderConcentration.rank(rows));
    assertEquals(17, ProviderConcentration.topCount(175, 10));
    assertThrows(SociaalDomeinException.class, () -> ProviderConcentration.of(rows, 50, 0, 3), "the top's clients are at least its largest's");
    assertThrows(SociaalDomeinException.class, () -> ProviderConcentration.of(rows, 50, 1, 2), "all clients are at least any provider's");
    assertThrows(SociaalDomeinException.class, () -> ProviderConcentration.of(rows, 101, 1, 3));
    assertThrows(SociaalDomeinException.class, () -> ProviderConcentration.rank(List.of(rows.get(0), rows.get(0))));
  }
}
