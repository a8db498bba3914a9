// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAggregationProperties {

  private static final Set<String> KEEP = Set.of("Begeleiding");

  /** A query from a seed: up to three dimensions and sometimes a filter. */
  static Query query(long seed) {
    Random r = new Random(seed);
    List<Dimension<?>> all = new ArrayList<>(Dimension.values());
    Collections.shuffle(all, r);
    Query q = Query.by(all.subList(0, r.nextInt(4)).toArray(new Dimension<?>[0]));
    switch (r.nextInt(6)) {
      case 0:
        return q.where(Dimension.LAW, Law.JEUGDWET, Law.WMO);
      case 1:
        return q.where(Dimension.YEAR, 2019);
      case 2:
        return q.where(Dimension.REFERRER, Referrer.MUNICIPALITY);
      case 3:
        // A value the data holds beside one it does not: the result names the second.
        return q.where(Dimension.PROVISION, "Begeleiding", "Geen bestaande voorziening");
      case 4:
        return q.where(Dimension.YEAR, 2019, 2099);
      default:
        return q;
    }
  }

  @Test
  void everyAggregationEqualsBruteForce() {
    qt().forAll(longs().all(), longs().all(), integers().between(1, 3)).checkAssert((dataSeed, querySeed, threads) -> {
      SmallData data = SmallData.random(dataSeed);
      Query q = query(querySeed);
      ClientDataset dataset = data.dataset(KEEP);
      AggregationResult expected = data.bruteForce(q, KEEP);
      assertEquals(expected, dataset.aggregate(q, threads), q::toString);
      assertEquals(expected, dataset.partial(q).result(), q::toString);
    });
  }

  @Test
  void mergingPartialsOfAnyPartitionEqualsTheWhole() {
    qt().forAll(longs().all(), longs().all(), integers().between(1, 5)).checkAssert((dataSeed, querySeed, parts) -> {
      SmallData data = SmallData.random(dataSeed);
      Query q = query(querySeed);
      Random r = new Random(querySeed);
      List<Aggregation> partials = new ArrayList<>();
      data.partition(parts, r).forEach(d -> partials.add(d.partial(q)));
      Collections.shuffle(partials, r);
      Aggregation left = Aggregation.empty(q.groupBy());
      for (Aggregation a : partials) {
        left = left.merge(a);
      }
      Aggregation right = Aggregation.empty(q.groupBy());
      for (int i = partials.size() - 1; i >= 0; i--) {
        right = partials.get(i).merge(right);
      }
      AggregationResult whole = data.dataset(Set.of()).aggregate(q);
      assertEquals(whole, left.result());
      assertEquals(whole, right.result());
      assertEquals(whole, partials.get(0).merge(Aggregation.empty(q.groupBy())).merge(
          partials.size() > 1 ? partials.subList(1, partials.size()).stream().reduce(Aggregation.empty(q.groupBy()), Aggregation::merge)
              : Aggregation.empty(q.groupBy())).result());
    });
  }

  @Test
  void uniqueClientsAcrossGroupsLieBetweenTheLargestGroupAndTheSum() {
    qt().forAll(longs().all(), longs().all()).checkAssert((dataSeed, querySeed) -> {
      AggregationResult result = SmallData.random(dataSeed).dataset(KEEP).aggregate(query(querySeed));
      long largest = result.rows().stream().mapToLong(GroupRow::uniqueClients).max().orElse(0);
      assertTrue(largest <= result.totalUniqueClients());
      assertTrue(result.totalUniqueClients() <= result.sumOfGroupClients());
    });
  }

  @Test
  void theTopShareNeverFallsAsTheTopGrows() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      // Providers receive payments; a share of the cost is only monotone for costs that are not
      // negative, so corrections are left out here.
      ClientDataset.Builder b = ClientDataset.builder();
      SmallData.random(seed).payments.forEach(p -> b.add(new PaymentRecord(p.client(), p.year(), p.law(),
          p.provision(), p.provider(), p.amount().abs())));
      ClientDataset dataset = b.build();
      BigDecimal previousCost = BigDecimal.valueOf(-1);
      long previousClients = -1;
      for (int percent = 0; percent <= 100; percent += 5) {
        ProviderConcentration pc = dataset.providerConcentration(Query.by(), percent);
        BigDecimal share = pc.costSharePercent(6, RoundingMode.DOWN);
        assertTrue(share.compareTo(previousCost) >= 0, pc::toString);
        assertTrue(pc.topClients() >= previousClients, pc::toString);
        previousCost = share;
        previousClients = pc.topClients();
      }
      assertEquals(0, new BigDecimal("100").compareTo(previousCost.setScale(0, RoundingMode.UP)));
    });
  }
}
