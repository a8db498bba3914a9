// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.Parallelism;
import nl.sociaaldomein.clients.ProviderConcentration;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.clients.Stacking;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Table;

/**
 * The quickscan of seed 004 annex 5b on 10 million payments of 1 million clients: each
 * aggregation and the whole suite in sociaaldomein and in DuckDB at the same thread count,
 * Tablesaw for grouped sums and distinct counts, and the plain column scan as the floor.
 *
 * <p>Run it in one JVM so the data loads once per size: {@code java -Xms14g -Xmx14g -jar
 * benchmarks/target/benchmarks.jar QuickscanBenchmark -f 0}; {@code -p millions=1,10,30} measures
 * how the cost grows with the data. The fork settings below apply when it is run forked, at the
 * price of loading the data again in every fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
// A fixed heap large enough for the dataset, DuckDB's table and Tablesaw's copy side by side.
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g"})
public class QuickscanBenchmark {

  @Param({"1", "2"})
  public int threads;

  /** Payments in millions: the data is generated at the scale that gives about this many. */
  @Param({"10"})
  public int millions;

  private QuickscanData data;
  private Parallelism parallelism;

  @Setup(Level.Trial)
  public void load() {
    data = QuickscanData.shared(millions, threads);
    parallelism = Parallelism.of(threads);
  }

  /** Cost per law over two columns, no grouping, filtering or client counting, split over the same threads. */
  @Benchmark
  public long scanFloorCostByLaw() {
    long[] sums = data.dataset.costByLawScan(parallelism);
    return sums[0] + sums[1] + sums[2];
  }

  @Benchmark
  public AggregationResult oursByLawAndYear() {
    return data.dataset.aggregate(QuickscanData.BY_LAW_YEAR, parallelism);
  }

  @Benchmark
  public AggregationResult oursByYear() {
    return data.dataset.aggregate(QuickscanData.BY_YEAR, parallelism);
  }

  @Benchmark
  public AggregationResult oursYouthByDeliveryForm() {
    return data.dataset.aggregate(QuickscanData.YOUTH_BY_FORM, parallelism);
  }

  @Benchmark
  public AggregationResult oursYouthByReferrer() {
    return data.dataset.aggregate(QuickscanData.YOUTH_BY_REFERRER, parallelism);
  }

  @Benchmark
  public AggregationResult oursYouthByLevel() {
    return data.dataset.aggregate(QuickscanData.YOUTH_BY_LEVEL, parallelism);
  }

  @Benchmark
  public Stacking oursStacking() {
    return data.dataset.stacking(parallelism);
  }

  @Benchmark
  public ProviderConcentration oursProviderConcentration() {
    return data.dataset.providerConcentration(QuickscanData.YOUTH_IN_KIND, 10, parallelism);
  }

  @Benchmark
  public Quickscan oursSuite() {
    return Quickscan.of(data.dataset, parallelism, Query.by());
  }

  @Benchmark
  public Object duckByLawAndYear() {
    return data.duckGroups(QuickscanData.BY_LAW_YEAR);
  }

  @Benchmark
  public Object duckByYear() {
    return data.duckGroups(QuickscanData.BY_YEAR);
  }

  @Benchmark
  public Object duckYouthByDeliveryForm() {
    return data.duckGroups(QuickscanData.YOUTH_BY_FORM);
  }

  @Benchmark
  public Object duckYouthByReferrer() {
    return data.duckGroups(QuickscanData.YOUTH_BY_REFERRER);
  }

  @Benchmark
  public Object duckYouthByLevel() {
    return data.duckGroups(QuickscanData.YOUTH_BY_LEVEL);
  }

  @Benchmark
  public Object duckStacking() {
    return data.duckStacking();
  }

  @Benchmark
  public long[] duckProviderConcentration() {
    return data.duckConcentration();
  }

  @Benchmark
  public long duckSuite() {
    return data.duckSuite();
  }

  @Benchmark
  public Table tablesawSumByLawAndYear() {
    return data.tablesaw.summarize("cents", AggregateFunctions.sum).by("law", "year");
  }

  @Benchmark
  public Table tablesawDistinctClientsByLawAndYear() {
    return data.tablesaw.summarize("client", AggregateFunctions.countUnique).by("law", "year");
  }
}
