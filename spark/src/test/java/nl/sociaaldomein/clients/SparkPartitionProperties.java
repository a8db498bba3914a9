// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Set;
import nl.sociaaldomein.spark.SparkClientDataset;
import nl.sociaaldomein.spark.SparkSessions;
import org.junit.jupiter.api.Test;

/** Partitioning does not change a result: the same records in 1, 3 and 17 partitions give identical results, the local engine's. */
class SparkPartitionProperties {

  private static final Set<String> KEEP = Set.of("Huishoudelijke hulp");

  @Test
  void resultsDoNotDependOnThePartitioning() {
    // Few examples: each runs the analyses three times on Spark.
    qt().withExamples(2).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
      SmallData data = SmallData.random(seed);
      ClientDataset local = data.dataset(KEEP);
      Query byProvider = Query.by(Dimension.LAW, Dimension.YEAR, Dimension.PROVIDER).where(Dimension.PROVISION, "Ambulant", "Begeleiding");
      Query youth = Query.by().where(Dimension.LAW, Law.JEUGDWET);
      for (int partitions : List.of(1, 3, 17)) {
        SparkClientDataset spark = SparkClientDataset.of(SparkSessions.get(), data.payments, data.records, KEEP, partitions).persist();
        assertEquals(local.aggregate(byProvider), spark.aggregate(byProvider), partitions + " partitions, seed " + seed);
        assertEquals(local.stacking(), spark.stacking(), partitions + " partitions, seed " + seed);
        assertEquals(local.providerConcentration(youth, 40), spark.providerConcentration(youth, 40),
            partitions + " partitions, seed " + seed);
        spark.unpersist();
      }
    });
  }
}
