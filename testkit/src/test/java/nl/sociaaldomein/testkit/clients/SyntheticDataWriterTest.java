// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.Bsn;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.io.clients.ClientData;
import nl.sociaaldomein.io.clients.ClientDataReader;
import nl.sociaaldomein.io.clients.CsvChunks;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDataWriterTest {

  private static final GeneratorSettings SMALL = GeneratorSettings.defaults().withScale("0.1");
  private static final Pseudonymiser KEY = Pseudonymiser.of("synthetic data writer test key".getBytes(StandardCharsets.UTF_8));

  @TempDir
  Path dir;

  private static List<CsvRecord> read(Path file) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      return reader.stream().collect(Collectors.toList());
    }
  }

  @Test
  void writesBothFilesInTheProjectsFormat() throws IOException {
    SyntheticDataWriter.Written written = SyntheticDataWriter.write(ClientDataGenerator.create(SMALL), dir);
    List<CsvRecord> payments = read(dir.resolve(SyntheticDataWriter.PAYMENTS_FILE));
    List<CsvRecord> clients = read(dir.resolve(SyntheticDataWriter.CLIENTS_FILE));
    assertEquals(List.of("bsn", "year", "law", "provision", "provider", "amount"), payments.get(0).getFields());
    assertEquals(List.of("bsn", "year", "law", "provision", "delivery_form", "referrer", "level", "age", "phase",
        "qualification", "provider", "household"), clients.get(0).getFields());
    assertEquals(written.payments(), payments.size() - 1);
    assertEquals(written.clientRecords(), clients.size() - 1);
    for (CsvRecord p : payments.subList(1, payments.size())) {
      assertEquals(6, p.getFieldCount());
      assertTrue(Bsn.isValid(p.getField(0)));
      assertTrue(p.getField(1).matches("20(18|19|20)"));
      assertTrue(p.getField(2).matches("Wmo|Jeugdwet|Participatiewet"), p.getField(2));
      assertTrue(p.getField(5).matches("\\d+\\.\\d{2}"), p.getField(5));
    }
    for (CsvRecord c : clients.subList(1, clients.size())) {
      assertEquals(12, c.getFieldCount());
      assertTrue(c.getField(4).matches("ZIN|PGB|FT|"), c.getField(4));
      assertTrue(c.getField(5).matches("[A-Z_]*"), c.getField(5));
      assertTrue(c.getField(6).matches("[4-8]|Aspecifiek|Geen niveau|"), c.getField(6));
      assertTrue(c.getField(7).matches("\\d{1,3}"), c.getField(7));
    }
    byte[] bytes = Files.readAllBytes(dir.resolve(SyntheticDataWriter.PAYMENTS_FILE));
    assertTrue(bytes[0] == 'b', "no byte order mark");
  }

  @Test
  void theFilesHoldExactlyTheGeneratedAmounts() throws IOException {
    ClientDataGenerator generator = ClientDataGenerator.create(SMALL);
    SyntheticDataWriter.write(generator, dir);
    BigDecimal inFile = read(dir.resolve(SyntheticDataWriter.PAYMENTS_FILE)).stream().skip(1)
        .map(r -> new BigDecimal(r.getField(5))).reduce(BigDecimal.ZERO, BigDecimal::add);
    Amount generated = generator.stream().flatMap(c -> c.payments().stream()).map(p -> p.amount()).collect(Amount.summing());
    assertEquals(generated.toBigDecimal(), inFile);
  }

  @Test
  void readingTheFilesBackGivesTheGeneratedDataset() {
    ClientDataGenerator generator = ClientDataGenerator.create(SMALL, KEY);
    SyntheticDataWriter.write(generator, dir);
    ClientData read = ClientDataReader.readDataset(dir.resolve(SyntheticDataWriter.PAYMENTS_FILE),
        dir.resolve(SyntheticDataWriter.CLIENTS_FILE), KEY, Set.of());
    assertTrue(read.isClean(), () -> read.payments() + " " + read.clients());
    ClientDataset expected = generator.dataset();
    for (Query q : List.of(Query.by(Dimension.LAW, Dimension.YEAR), Query.by(Dimension.REFERRER, Dimension.LEVEL),
        Query.by(Dimension.DELIVERY_FORM, Dimension.AGE_BAND), Query.by(Dimension.PHASE, Dimension.QUALIFICATION),
        Query.by(Dimension.PROVIDER))) {
      assertEquals(expected.aggregate(q), read.dataset().aggregate(q), q.toString());
    }
    assertEquals(expected.stacking().toString(), read.dataset().stacking().toString());
  }

  @Test
  void theSameSeedWritesTheSameBytes(@TempDir Path other) throws IOException {
    SyntheticDataWriter.write(ClientDataGenerator.create(SMALL), dir);
    SyntheticDataWriter.write(ClientDataGenerator.create(SMALL), other);
    for (String file : List.of(SyntheticDataWriter.PAYMENTS_FILE, SyntheticDataWriter.CLIENTS_FILE)) {
      assertArrayEquals(Files.readAllBytes(dir.resolve(file)), Files.readAllBytes(other.resolve(file)), file);
    }
  }

  @Test
  void mainTakesSeedScaleDirectoryAndDensity() throws IOException {
    Path out = dir.resolve("out");
    SyntheticDataWriter.main(new String[] {"7", "0.05", out.toString(), "50"});
    assertTrue(Files.size(out.resolve(SyntheticDataWriter.PAYMENTS_FILE)) > 100_000);
    assertTrue(Files.size(out.resolve(SyntheticDataWriter.CLIENTS_FILE)) > 100_000);
    assertThrows(IllegalArgumentException.class, () -> SyntheticDataWriter.main(new String[] {"7", "0.05"}));
    assertThrows(IllegalArgumentException.class, () -> SyntheticDataWriter.main(new String[] {"7", "0", out.toString()}));
  }

  @Test
  void aDirectoryThatCannotBeMadeIsRefusedWithTheLibrarysExceptionNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> SyntheticDataWriter.write(List.of(), file.resolve("out")));
    assertTrue(e.getMessage().contains(file.resolve("out").toString()), e.getMessage());
  }

  /** What one read of a payment file gave. */
  record Outcome(List<PaymentRecord> records, ReadReport report, List<String> progress) {}

  private static Outcome outcome(ClientDataReader reader, Path file) {
    List<PaymentRecord> records = new ArrayList<>();
    List<String> progress = new ArrayList<>();
    ReadReport report = reader.withProgress(p -> progress.add(p.rowsRead() + "/" + p.accepted() + "/"
        + p.rejected() + (p.done() ? " done " + p.bytesRead() : "")), 7).readPayments(file, records::add);
    return new Outcome(records, report, progress);
  }

  /**
   * Moved from io's ParallelReadProperties with the generator (issue 14). There it read in chunks of
   * 64 KiB, a size io keeps to itself; here the files are larger than io's default chunk instead.
   */
  @Test
  void generatedClientRecordsAndPaymentsReadInChunksAreReadAlike() throws IOException {
    SyntheticDataWriter.write(ClientDataGenerator.create(GeneratorSettings.defaults()), dir);
    Path payments = dir.resolve(SyntheticDataWriter.PAYMENTS_FILE);
    Path clients = dir.resolve(SyntheticDataWriter.CLIENTS_FILE);
    assertTrue(Files.size(payments) > CsvChunks.DEFAULT_CHUNK_BYTES, () -> "payments.csv is one chunk");
    assertTrue(Files.size(clients) > CsvChunks.DEFAULT_CHUNK_BYTES, () -> "clients.csv is one chunk");
    ClientDataReader reader = ClientDataReader.of(KEY);
    ClientDataReader parallel = reader.withThreads(2);
    List<ClientRecord> expected = new ArrayList<>();
    List<ClientRecord> actual = new ArrayList<>();
    ReadReport expectedReport = reader.readClients(clients, expected::add);
    assertTrue(expectedReport.accepted() > 100, expectedReport.toString());
    assertEquals(expectedReport, parallel.readClients(clients, actual::add));
    assertEquals(expected, actual);
    Outcome expectedPayments = outcome(reader, payments);
    assertTrue(expectedPayments.report().accepted() > 1_000, expectedPayments.report().toString());
    assertEquals(expectedPayments, outcome(parallel, payments));
  }
}
