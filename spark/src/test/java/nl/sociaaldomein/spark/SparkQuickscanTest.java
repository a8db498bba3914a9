// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.Parallelism;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.testkit.clients.ClientDataGenerator;
import nl.sociaaldomein.testkit.clients.GeneratorSettings;
import nl.sociaaldomein.testkit.clients.SyntheticClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the synthetic generator's data every result on Spark equals the local engine's, group by
 * group: the whole quickscan (scoped as annex 5b), aggregations by every dimension and with
 * filters, provider concentration. The plan is Spark's own group-by with an exact distinct.
 */
class SparkQuickscanTest {

  /** A fifth of Hoogeveen: over a thousand clients a year, small enough for 2 cores. */
  static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withScale("0.2");

  private static ClientDataset local;
  private static SparkClientDataset spark;

  @BeforeAll
  static void generate() {
    List<PaymentRecord> payments = new ArrayList<>();
    List<ClientRecord> records = new ArrayList<>();
    ClientDataset.Builder builder = ClientDataset.builder();
    for (SyntheticClient c : ClientDataGenerator.create(SETTINGS)) {
      c.clientRecords().forEach(builder::add);
      c.payments().forEach(builder::add);
      records.addAll(c.clientRecords());
      payments.addAll(c.payments());
    }
    local = builder.build();
    spark = SparkClientDataset.of(SparkSessions.get(), payments, records, Set.of(), 4).persist();
  }

  @AfterAll
  static void release() {
    spark.unpersist();
  }

  @Test
  void theQuickscanEqualsTheLocalEnginesTableByTable() {
    Query scope = ClientDataGenerator.quickscanScope();
    Quickscan expected = Quickscan.of(local, Parallelism.of(2), scope);
    Quickscan actual = spark.quickscan(scope);
    assertEquals(expected.byLawAndYear().rows(), actual.byLawAndYear().rows());
    assertEquals(expected.byYear(), actual.byYear());
    assertEquals(expected.youthByDeliveryForm(), actual.youthByDeliveryForm());
    assertEquals(expected.youthByReferrer(), actual.youthByReferrer());
    assertEquals(expected.youthByLevel(), actual.youthByLevel());
    assertEquals(expected.stacking(), actual.stacking());
    assertEquals(expected.youthCareInKind(), actual.youthCareInKind());
    assertEquals(expected, actual);
    assertTrue(expected.byYear().totalUniqueClients() > 1_000, "a test of some size: " + expected.byYear());
  }

  @Test
  void aggregationsByProviderAndPairsOfDimensionsAndWithFiltersAreEqual() {
    for (Query q : Queries.some()) {
      AggregationResult expected = local.aggregate(q);
      assertEquals(expected, spark.aggregate(q), q.toString());
    }
  }

  @Test
  void providerConcentrationIsEqualAtAnyPercent() {
    Query youth = Query.by().where(Dimension.LAW, Law.JEUGDWET);
    for (int percent : new int[] {0, 33}) {
      assertEquals(local.providerConcentration(youth, percent), spark.providerConcentration(youth, percent), percent + " %");
    }
  }

  @Test
  void thePlanIsAGroupByWithAnExactDistinctInTwoLevels() {
    String plan = spark.plan(Query.by(Dimension.LAW, Dimension.YEAR)).queryExecution().executedPlan().toString();
    assertTrue(plan.contains("count(distinct"), plan);
    assertTrue(plan.contains("partial_count(distinct"), plan);
    assertTrue(plan.contains("Expand"), plan);
    assertFalse(plan.toLowerCase(java.util.Locale.ROOT).contains("approx"), plan);
    assertFalse(plan.contains("MapPartitions"), plan);
  }
}
