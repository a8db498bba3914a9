// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nl.sociaaldomein.spark.Queries;
import nl.sociaaldomein.spark.SparkClientDataset;
import nl.sociaaldomein.spark.SparkSessions;
import org.junit.jupiter.api.Test;

/**
 * The hand-made datasets of the local engine's tests (in this package, so that they are reused
 * from core's test jar) give equal results on Spark, figure by figure.
 */
class SparkSmallDataTest {

  @Test
  void theSmallDatasetOfClientDatasetTestGivesEqualResults() {
    for (Set<String> keep : List.of(Set.<String>of(), Set.of("Hulpmiddelen"))) {
      ClientDataset local = ClientDatasetTest.small(keep);
      SparkClientDataset spark = SparkClientDataset.of(SparkSessions.get(), ClientDatasetTest.smallPayments(),
          ClientDatasetTest.smallClientRecords(), keep, 2).persist();
      // Every query without kept records; with them (a client record without payment kept as a
      // row of no cost) the queries that group by what such a row has.
      assertEqualResults(local, spark, keep.isEmpty() ? Queries.all() : Queries.some());
      spark.unpersist();
    }
  }

  @Test
  void smallRandomDataWithHouseholdsConflictsAndKeptRecordsGivesEqualResults() {
    Set<String> keep = Set.of("Huishoudelijke hulp", "Bijstand");
    for (long seed : new long[] {42}) {
      SmallData data = SmallData.random(seed);
      SparkClientDataset spark = SparkClientDataset.of(SparkSessions.get(), data.payments, data.records, keep, 3).persist();
      ClientDataset local = data.dataset(keep);
      assertEqualResults(local, spark, Queries.all());
      spark.unpersist();
    }
  }

  static void assertEqualResults(ClientDataset local, SparkClientDataset spark, List<Query> queries) {
    for (Query q : queries) {
      AggregationResult expected = local.aggregate(q);
      AggregationResult actual = spark.aggregate(q);
      assertEquals(expected.rows(), actual.rows(), q.toString());
      assertEquals(expected, actual, q.toString());
    }
    assertEquals(local.stacking(), spark.stacking());
    for (Query filter : Queries.concentrationFilters()) {
      for (int percent : new int[] {10, 100}) {
        assertEquals(local.providerConcentration(filter, percent), spark.providerConcentration(filter, percent),
            filter + ", " + percent + " %");
      }
    }
    Query scope = Query.by().where(Dimension.PROVISION, "Ambulant", "Verblijf", "Begeleiding", "Huishoudelijke hulp");
    assertEquals(Quickscan.of(local, Parallelism.of(2), scope), spark.quickscan(scope));
    assertEquals(Quickscan.of(local, 1), spark.quickscan(Query.by()));
  }
}
