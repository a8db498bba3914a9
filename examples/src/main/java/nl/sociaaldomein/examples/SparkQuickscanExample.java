// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.spark.SparkClientDataset;
import nl.sociaaldomein.spark.SparkClientReader;
import nl.sociaaldomein.spark.SparkRead;
import nl.sociaaldomein.testkit.clients.ClientDataGenerator;
import nl.sociaaldomein.testkit.clients.GeneratorSettings;
import nl.sociaaldomein.testkit.clients.SyntheticDataWriter;
import nl.sociaaldomein.text.QuickscanText;
import org.apache.spark.sql.SparkSession;

/**
 * The quickscan on Apache Spark, in local mode on two cores: a municipality generated and written
 * as the CSV extracts a municipality hands over, read on Spark (every BSN pseudonymised as it is
 * read), analysed with Spark's group-by, and printed with the same text writer as the local
 * demo. Its tables equal the local engine's to the cent. The first argument is the generator's
 * scale (1: a municipality the size of Hoogeveen); {@code explain} as the second prints the plan
 * of one query.
 */
public final class SparkQuickscanExample {

  private SparkQuickscanExample() {}

  public static void main(String[] args) throws IOException {
    String scale = args.length > 0 ? args[0] : "1";
    boolean explain = args.length > 1 && args[1].equals("explain");
    Path dir = Files.createTempDirectory("sociaaldomein-spark");
    SyntheticDataWriter.Written written = SyntheticDataWriter.write(
        ClientDataGenerator.create(GeneratorSettings.defaults().withScale(scale)), dir);
    System.out.printf("Generated %,d people, %,d client records and %,d payments in %s%n",
        written.people(), written.clientRecords(), written.payments(), dir);

    SparkSession spark = SparkSession.builder().master("local[2]").appName("sociaaldomein quickscan")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.log.level", "WARN")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      // A key of the example's own: a real analysis keeps its key apart, so that pseudonyms join
      // across runs and nobody without the key can trace them back.
      byte[] key = "an example key, not for real data".getBytes(StandardCharsets.UTF_8);
      SparkClientReader reader = SparkClientReader.of(spark, key);
      SparkRead payments = reader.readPayments(dir.resolve(SyntheticDataWriter.PAYMENTS_FILE).toString());
      SparkRead clients = reader.readClients(dir.resolve(SyntheticDataWriter.CLIENTS_FILE).toString());
      for (ReadReport report : payments.reports()) {
        System.out.println(report);
      }
      for (ReadReport report : clients.reports()) {
        System.out.println(report);
      }
      SparkClientDataset dataset = SparkClientDataset.of(payments.records(), clients.records(), Set.of()).persist();
      if (explain) {
        dataset.plan(Query.by(Dimension.LAW, Dimension.YEAR).where(Dimension.PROVISION,
            ClientDataGenerator.provisions())).explain();
      }
      Quickscan quickscan = dataset.quickscan(ClientDataGenerator.quickscanScope());
      System.out.println();
      System.out.println(QuickscanText.format(quickscan));
    } finally {
      spark.stop();
      try (var files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }
}
