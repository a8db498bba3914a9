// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Referrer;

/**
 * Writes generated clients to the project's two client files, {@value #PAYMENTS_FILE} and
 * {@value #CLIENTS_FILE}: plain CSV (comma-separated, UTF-8, a header row), amounts as plain
 * decimals in euros with two decimals, laws by their Dutch names, delivery forms, referrers and
 * levels as {@code nl.sociaaldomein.clients} names them, empty cells for what a record does not
 * have. The generator streams one person at a time, so files of any size are written in a small
 * heap.
 *
 * <p>From the command line: {@code SyntheticDataWriter <seed> <scale> <output-directory>
 * [payment-density-percent]}; see {@code docs/generator.md}.
 */
public final class SyntheticDataWriter {

  public static final String PAYMENTS_FILE = "payments.csv";
  public static final String CLIENTS_FILE = "clients.csv";
  public static final List<String> PAYMENTS_HEADER = List.of("bsn", "year", "law", "provision", "provider", "amount");
  public static final List<String> CLIENTS_HEADER = List.of("bsn", "year", "law", "provision", "delivery_form",
      "referrer", "level", "age", "phase", "qualification", "provider", "household");

  /** What was written: the people, client records and payments. */
  public record Written(long people, long clientRecords, long payments) {}

  private SyntheticDataWriter() {}

  /** Writes {@code clients} into {@code directory} (created when missing), replacing both files. */
  public static Written write(Iterable<SyntheticClient> clients, Path directory) {
    Objects.requireNonNull(clients, "clients");
    try {
      Files.createDirectories(directory);
      try (Writer payments = Files.newBufferedWriter(directory.resolve(PAYMENTS_FILE), StandardCharsets.UTF_8);
          Writer records = Files.newBufferedWriter(directory.resolve(CLIENTS_FILE), StandardCharsets.UTF_8)) {
        return write(clients, payments, records);
      }
    } catch (IOException e) {
      throw new SociaalDomeinException("output directory", Optional.of(directory.toString()),
          "cannot write the synthetic data there: " + e, e);
    }
  }

  /** Writes {@code clients} to the two writers, each with its header; flushes but does not close them. */
  public static Written write(Iterable<SyntheticClient> clients, Writer payments, Writer clientRecords) throws IOException {
    CsvWriter paymentCsv = CsvWriter.builder().build(payments);
    CsvWriter clientCsv = CsvWriter.builder().build(clientRecords);
    paymentCsv.writeRecord(PAYMENTS_HEADER);
    clientCsv.writeRecord(CLIENTS_HEADER);
    long people = 0;
    long recordRows = 0;
    long paymentRows = 0;
    for (SyntheticClient c : clients) {
      String bsn = c.bsn().digits();
      for (ClientRecord r : c.clientRecords()) {
        clientCsv.writeRecord(bsn, Integer.toString(r.year()), r.law().dutchName(), r.provision(),
            r.deliveryForm().map(Enum::name).orElse(""),
            r.referrer().map(Referrer::code).orElse(""),
            r.level().map(IntensityLevel::dutchName).orElse(""),
            r.age().isPresent() ? Integer.toString(r.age().getAsInt()) : "",
            text(r.phase()), text(r.qualification()), text(r.provider()), text(r.household()));
        recordRows++;
      }
      for (PaymentRecord p : c.payments()) {
        paymentCsv.writeRecord(bsn, Integer.toString(p.year()), p.law().dutchName(), p.provision(), p.provider(),
            p.amount().toBigDecimal().toPlainString());
        paymentRows++;
      }
      people++;
    }
    paymentCsv.flush();
    clientCsv.flush();
    return new Written(people, recordRows, paymentRows);
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  /**
   * Generates and writes; arguments: seed, scale, output directory and, optionally, the payment
   * density in percent (default 100).
   */
  public static void main(String[] args) {
    if (args.length < 3 || args.length > 4) {
      System.err.println("Usage: SyntheticDataWriter <seed> <scale> <output-directory> [payment-density-percent]");
      System.err.println("  scale 1 is Hoogeveen 2018-2020 (about 387.000 payments); scale 26 gives about 10 million payments.");
      throw new SociaalDomeinException("Expected 3 or 4 arguments, got " + args.length);
    }
    GeneratorSettings settings = new GeneratorSettings(Long.parseLong(args[0]), new BigDecimal(args[1]),
        args.length == 4 ? Integer.parseInt(args[3]) : 100);
    Path directory = Paths.get(args[2]);
    long start = System.nanoTime();
    Written written = write(ClientDataGenerator.create(settings), directory);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    System.out.println("Wrote " + written.people() + " people, " + written.clientRecords() + " client records and "
        + written.payments() + " payments to " + directory.toAbsolutePath() + " in " + seconds + " s (seed "
        + settings.seed() + ", scale " + settings.scale().toPlainString() + ", payment density "
        + settings.paymentDensityPercent() + " %)");
  }
}
