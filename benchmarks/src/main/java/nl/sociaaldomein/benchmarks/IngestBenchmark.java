// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.io.clients.ClientDataReader;
import nl.sociaaldomein.io.clients.CsvChunks;
import nl.sociaaldomein.testkit.clients.ClientDataGenerator;
import nl.sociaaldomein.testkit.clients.GeneratorSettings;
import nl.sociaaldomein.testkit.clients.SyntheticDataWriter;
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

/**
 * Reading a payments file of about a million rows: the whole ingest (tokenize, validate and
 * pseudonymise the BSN, parse the amount, encode into a dataset) against FastCSV alone walking
 * every field, the floor of any reader built on it, both at the same number of threads. Divide
 * the rows by the time for rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
// AlwaysPreTouch: the heap's pages are touched when the JVM starts, not by the first objects put
// on them. Where touching a page costs much (this project's 2-vCPU machine), a read of a million
// payments allocating about 100 MB took twice as long in every iteration before the first
// collection (JMH's short warm-up ends well before it) as after, which measured the operating
// system, and unequally: the tokenizer's many small strings bring a collection sooner.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class IngestBenchmark {

  /** Threads of both the reader and the tokenizer: at 2 and more each parses the file's chunks on a pool. */
  @Param({"1", "2"})
  public int threads;

  private Path payments;
  private Pseudonymiser pseudonymiser;

  @Setup(Level.Trial)
  public void write() throws IOException {
    Path dir = Files.createTempDirectory("ingest");
    GeneratorSettings settings = GeneratorSettings.defaults().withScale(System.getProperty("sociaaldomein.ingestScale", "2.6"));
    SyntheticDataWriter.write(ClientDataGenerator.create(settings), dir);
    payments = dir.resolve(SyntheticDataWriter.PAYMENTS_FILE);
    pseudonymiser = Pseudonymiser.of("benchmark key of enough bytes".getBytes(StandardCharsets.UTF_8));
    long rows;
    try (var lines = Files.lines(payments)) {
      rows = lines.count() - 1;
    }
    System.out.printf("%n[ingest] %,d payment rows, %,d bytes%n", rows, Files.size(payments));
  }

  @Benchmark
  public ClientDataset readPaymentsIntoDataset() {
    ClientDataset.Builder builder = ClientDataset.builder();
    ReadReport report = ClientDataReader.of(pseudonymiser).withThreads(threads).readPayments(payments, builder);
    if (report.rejected() != 0) {
      throw new IllegalStateException("Generated rows were rejected: " + report);
    }
    return builder.build();
  }

  @Benchmark
  public long tokenizeOnly() {
    if (threads == 1) {
      try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(payments)) {
        return walk(csv);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // The reader's chunks, read on this thread and tokenized on a pool of the reader's size,
    // without the check of their quoting that the reader adds: the floor stays a floor.
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (FileChannel channel = FileChannel.open(payments)) {
      long size = channel.size();
      CsvChunks chunks = CsvChunks.of(channel, 0, size, CsvChunks.DEFAULT_CHUNK_BYTES);
      Deque<Future<Long>> pending = new ArrayDeque<>();
      long chars = 0;
      while (chunks.hasNext() || !pending.isEmpty()) {
        while (pending.size() < 2 * threads && chunks.hasNext()) {
          CsvChunks.Chunk chunk = chunks.next();
          pending.add(pool.submit(() -> {
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(chunk.reader())) {
              return walk(csv);
            } finally {
              // Its buffer is filled with a later chunk, as the reader's are.
              chunk.release();
            }
          }));
        }
        chars += pending.poll().get();
      }
      return chars;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long walk(CsvReader<CsvRecord> csv) {
    long chars = 0;
    for (CsvRecord record : csv) {
      for (int i = 0; i < record.getFieldCount(); i++) {
        chars += record.getField(i).length();
      }
    }
    return chars;
  }
}
