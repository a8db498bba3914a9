// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read on several threads is the read on one: the same records in the same order, the same
 * report with the same problems at the same lines and columns, the same progress counts, and in
 * strict mode the same first problem after the same records. The files are generated with bad
 * rows of every kind, quoted values holding separators, quotes and line breaks, irregular quotes,
 * blank lines and both line ends, and cut into chunks of a few bytes, so that chunk edges fall
 * everywhere.
 */
class ParallelReadProperties {

  private static final Pseudonymiser PSEUDONYMISER =
      Pseudonymiser.of("parallel test key of enough bytes".getBytes(StandardCharsets.UTF_8));

  @TempDir
  Path dir;

  /** What one read gave. */
  record Outcome(List<PaymentRecord> records, ReadReport report, List<String> progress) {}

  private static Outcome read(ClientDataReader reader, Path file) {
    List<PaymentRecord> records = new ArrayList<>();
    List<String> progress = new ArrayList<>();
    ReadReport report = reader.withProgress(p -> progress.add(p.rowsRead() + "/" + p.accepted() + "/"
        + p.rejected() + (p.done() ? " done " + p.bytesRead() : "")), 7).readPayments(file, records::add);
    return new Outcome(records, report, progress);
  }

  @Test
  void aParallelReadGivesTheDatasetReportAndProblemsOfASequentialOne() {
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 300), integers().between(2, 4))
        .checkAssert((seed, chunkBytes, threads) -> {
          Path file = write(seed);
          ClientDataReader sequential = ClientDataReader.of(PSEUDONYMISER).withMaxProblems(50);
          Outcome expected = read(sequential, file);
          Outcome actual = read(sequential.withThreads(threads).withChunkBytes(chunkBytes), file);
          assertEquals(expected, actual);
        });
  }

  @Test
  void readingIntoABuilderGivesTheDatasetAndReportOfReadingRecordsIntoIt() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 300), integers().between(1, 3))
        .checkAssert((seed, chunkBytes, threads) -> {
          Path file = write(seed);
          ClientDataReader reader = ClientDataReader.of(PSEUDONYMISER).withMaxProblems(50)
              .withThreads(threads).withChunkBytes(chunkBytes);
          ClientDataset.Builder byRecords = ClientDataset.builder();
          ClientDataset.Builder byParts = ClientDataset.builder();
          assertEquals(reader.readPayments(file, byRecords::add), reader.readPayments(file, byParts));
          assertEquals(rows(byRecords.build()), rows(byParts.build()));
        });
  }

  /** A dataset's rows, as text (clients in pseudonym order, codes in order first seen): the dataset has no equality of its own. */
  private static List<String> rows(ClientDataset dataset) {
    List<String> rows = new ArrayList<>();
    dataset.forEachRow((client, year, law, provision, provider, form, referrer, level, ageBand, phase, qualification,
        cents) -> rows.add(client + " " + year + " " + law + " " + provision + " " + provider
        + " " + cents));
    return rows;
  }

  @Test
  void aParallelStrictReadStopsAtTheSameProblemAfterTheSameRecords() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 300), integers().between(2, 3))
        .checkAssert((seed, chunkBytes, threads) -> {
          Path file = write(seed);
          ClientDataReader strict = ClientDataReader.of(PSEUDONYMISER).withMode(ReadMode.STRICT);
          List<PaymentRecord> expectedRecords = new ArrayList<>();
          List<PaymentRecord> actualRecords = new ArrayList<>();
          String expected = strictOutcome(strict, file, expectedRecords);
          String actual = strictOutcome(strict.withThreads(threads).withChunkBytes(chunkBytes), file, actualRecords);
          assertEquals(expected, actual);
          assertEquals(expectedRecords, actualRecords);
        });
  }

  private static String strictOutcome(ClientDataReader reader, Path file, List<PaymentRecord> records) {
    try {
      return reader.readPayments(file, records::add).toString();
    } catch (ReadException e) {
      return e.problem().toString();
    }
  }

  @Test
  void aLargeRegularFileIsReadInManyChunksAlike() throws IOException {
    // Enough rows that chunks of 1 KiB are parsed apart on every thread, and the cache of each fills.
    Random random = new Random(11);
    StringBuilder text = new StringBuilder("bsn;jaar;wet;voorziening;aanbieder;bedrag\r\n");
    for (int i = 0; i < 20_000; i++) {
      text.append(bsn(random)).append(';').append(2015 + random.nextInt(8)).append(";Wmo;\"Hulp; thuis\";Zorg BV;")
          .append(random.nextInt(100_000)).append(',').append(10 + random.nextInt(90)).append("\r\n");
    }
    Path file = Files.writeString(dir.resolve("large.csv"), text);
    ClientDataReader reader = ClientDataReader.of(PSEUDONYMISER);
    Outcome expected = read(reader, file);
    assertEquals(20_000, expected.report().accepted());
    assertEquals(expected, read(reader.withThreads(3).withChunkBytes(1024), file));
  }

  @Test
  void threadsOutsideOneTo256AreRefused() {
    ClientDataReader reader = ClientDataReader.of(PSEUDONYMISER);
    assertThrows(nl.sociaaldomein.SociaalDomeinException.class, () -> reader.withThreads(0));
    assertThrows(nl.sociaaldomein.SociaalDomeinException.class, () -> reader.withThreads(257));
    assertTrue(reader.withThreads(2).toString().endsWith("2 threads]"));
  }

  // ---------------------------------------------------------------------------------------
  // Files

  private static final String[] BSNS = new String[12];

  static {
    long p = 12_345_000;
    for (int i = 0; i < BSNS.length; p++) {
      String bsn = Bsns.withCheckDigit(p);
      if (bsn != null) {
        BSNS[i++] = bsn;
      }
    }
  }

  private static String bsn(Random random) {
    return BSNS[random.nextInt(BSNS.length)];
  }

  private static final String[] PROVISIONS = {"Huishoudelijke hulp", "Hulp, thuis", "Jeugd; ambulant",
      "Begeleiding \"groep\"", "Twee\nregels", "Drie\r\nregels, en meer"};
  private static final String[] PROVIDERS = {"", "Zorg Thuis BV", "Werk; en meer", "O'Brien & Zn.", "Regel\rterug"};

  private Path write(long seed) {
    Random random = new Random(seed);
    boolean dutch = random.nextBoolean();
    char sep = dutch ? ';' : ',';
    String end = random.nextBoolean() ? "\n" : "\r\n";
    StringBuilder text = new StringBuilder();
    if (random.nextInt(4) == 0) {
      text.append('\uFEFF');
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      text.append(random.nextBoolean() ? "" : " " + sep).append(end);
    }
    text.append(String.join(String.valueOf(sep), "bsn", "year", "law", "provision", "provider", "amount"));
    boolean extraColumn = random.nextInt(4) == 0;
    text.append(extraColumn ? sep + "note" : "").append(end);
    int rows = random.nextInt(60);
    for (int i = 0; i < rows; i++) {
      List<String> fields = new ArrayList<>(List.of(bsn(random), Integer.toString(2000 + random.nextInt(100)),
          List.of("Wmo", "Jeugdwet", "Participatiewet").get(random.nextInt(3)),
          PROVISIONS[random.nextInt(PROVISIONS.length)], PROVIDERS[random.nextInt(PROVIDERS.length)],
          amount(random, dutch)));
      if (extraColumn) {
        fields.add(random.nextBoolean() ? "" : "x");
      }
      int defect = random.nextInt(24);
      switch (defect) {
        case 0 -> fields.set(0, "12345678X");
        case 1 -> fields.set(0, "123456789");
        case 2 -> fields.set(0, "");
        case 3 -> fields.set(5, "12,3.4,5x");
        case 4 -> fields.set(2, "Wet");
        case 5 -> fields.set(1, "1999");
        case 6 -> fields.remove(fields.size() - 1);
        case 7 -> fields.add("extra");
        case 8 -> fields.set(3, "");
        default -> {
          // A valid row.
        }
      }
      if (defect == 9) {
        text.append(end);
        continue;
      }
      if (defect == 10) {
        text.append("  ").append(sep).append(' ').append(end);
        continue;
      }
      for (int f = 0; f < fields.size(); f++) {
        String value = fields.get(f);
        boolean irregular = defect == 11 && f == 4;
        if (irregular) {
          text.append("Zorg \"Thuis\" BV");
        } else if (value.indexOf(sep) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0 || random.nextInt(8) == 0) {
          text.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
          text.append(value);
        }
        text.append(f + 1 < fields.size() ? String.valueOf(sep) : "");
      }
      if (i + 1 < rows || random.nextBoolean()) {
        text.append(end);
      }
    }
    try {
      return Files.writeString(dir.resolve("payments-" + Long.toHexString(seed) + ".csv"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String amount(Random random, boolean dutch) {
    long cents = random.nextInt(2_000_000) - 100_000;
    String sign = cents < 0 ? "-" : "";
    long abs = Math.abs(cents);
    return dutch ? sign + String.format(java.util.Locale.ROOT, "%,d", abs / 100).replace(',', '.') + "," + String.format("%02d", abs % 100)
        : sign + abs / 100 + "." + String.format("%02d", abs % 100);
  }
}
