// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.Parallelism;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.spark.SparkClientDataset;
import nl.sociaaldomein.spark.SparkRecords;
import nl.sociaaldomein.testkit.clients.ClientDataGenerator;
import nl.sociaaldomein.testkit.clients.SyntheticClient;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The quickscan suite timed on Spark in local mode on two cores against the local engine (two
 * threads) and DuckDB (two threads), on the same generated data, for 1, 10 and 30 million
 * payments (or the sizes given): a plain timed run, not JMH, since a Spark job's time is
 * seconds and its warm-up is the first run. Each engine's result is checked before it is timed:
 * Spark's quickscan must equal the local engine's, and DuckDB's queries are cross-checked
 * against it when the data is loaded.
 *
 * <p>Arguments: the sizes in millions ({@code 1,10,30}) and the timed runs per engine (5). Run
 * with the command in {@code docs/spark.md}; the Spark data is written to Parquet (in a temporary
 * directory) in batches and kept in Spark's cache before timing, as a cluster job would hold it.
 */
public final class SparkQuickscanTiming {

  private static final int BATCH = 1_000_000;

  private SparkQuickscanTiming() {}

  public static void main(String[] args) throws IOException {
    int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1,10,30").split(",")).mapToInt(Integer::parseInt).toArray();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    SparkSession spark = SparkSession.builder().master("local[2]").appName("sociaaldomein quickscan timing")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", System.getProperty("sociaaldomein.partitions", "8"))
        .config("spark.log.level", "WARN")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    System.out.printf("Java %s, Spark %s, %d processors, max heap %,d MB%n", System.getProperty("java.version"),
        spark.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    List<String> table = new ArrayList<>();
    try {
      for (int millions : sizes) {
        QuickscanData data = QuickscanData.load(millions, 2);
        Path dir = Files.createTempDirectory("quickscan-spark");
        try {
          long start = System.nanoTime();
          writeParquet(spark, millions, dir);
          SparkClientDataset onSpark = SparkClientDataset.of(spark.read().parquet(dir.resolve("payments").toString()),
              spark.read().parquet(dir.resolve("clients").toString()), Set.of()).persist();
          long rows = onSpark.rows().count();
          long cached = Arrays.stream(spark.sparkContext().getRDDStorageInfo()).mapToLong(i -> i.memSize() + i.diskSize()).sum();
          System.out.printf("[spark] %,d rows written to Parquet, read and cached in %.1f s: %,d bytes cached, %.1f a row%n",
              rows, (System.nanoTime() - start) / 1e9, cached, cached / (double) rows);
          Quickscan local = Quickscan.of(data.dataset, Parallelism.of(2), Query.by());
          Quickscan sparks = onSpark.quickscan(Query.by());
          if (!local.equals(sparks)) {
            throw new IllegalStateException("Spark's quickscan differs from the local engine's:\n" + local + "\n" + sparks);
          }
          table.add(line(millions, data.payments, "local engine, 2 threads", runs,
              () -> Quickscan.of(data.dataset, Parallelism.of(2), Query.by())));
          table.add(line(millions, data.payments, "DuckDB, 2 threads", runs, data::duckSuite));
          table.add(line(millions, data.payments, "Spark local[2]", runs, () -> onSpark.quickscan(Query.by())));
          onSpark.unpersist();
        } finally {
          delete(dir);
        }
      }
    } finally {
      spark.stop();
    }
    System.out.println();
    System.out.println("| payments | engine | median s | min s |");
    System.out.println("|---|---|---|---|");
    table.forEach(System.out::println);
  }

  /** The generator's data for {@code millions}, as pseudonymised records in Parquet, a batch at a time. */
  private static void writeParquet(SparkSession spark, int millions, Path dir) {
    List<PaymentRecord> payments = new ArrayList<>();
    List<ClientRecord> clients = new ArrayList<>();
    long seq = 0;
    for (SyntheticClient c : ClientDataGenerator.create(QuickscanData.settings(millions))) {
      payments.addAll(c.payments());
      clients.addAll(c.clientRecords());
      if (payments.size() >= BATCH) {
        seq += flush(spark, payments, clients, seq, dir);
      }
    }
    flush(spark, payments, clients, seq, dir);
  }

  private static long flush(SparkSession spark, List<PaymentRecord> payments, List<ClientRecord> clients, long seq, Path dir) {
    SparkRecords.payments(spark, payments).write().mode(SaveMode.Append).parquet(dir.resolve("payments").toString());
    SparkRecords.clients(spark, clients, seq).write().mode(SaveMode.Append).parquet(dir.resolve("clients").toString());
    long written = clients.size();
    payments.clear();
    clients.clear();
    return written;
  }

  /** One warm-up run, then {@code runs} timed runs: the median and the fastest, as a row of the table. */
  private static String line(int millions, long payments, String engine, int runs, Supplier<Object> suite) {
    suite.get();
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      suite.get();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    String row = String.format("| %,d (size %d) | %s | %.3f | %.3f |", payments, millions, engine, seconds[runs / 2], seconds[0]);
    System.out.println(row);
    return row;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
