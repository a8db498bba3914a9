// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.io.clients.ClientColumn;
import nl.sociaaldomein.io.clients.ClientDataReader;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads payments and client records into Spark with every BSN validated (the elfproef) and
 * pseudonymised with the library's keyed hash on the executors, as it is read: the key travels as
 * bytes in a broadcast and is never logged; the clear BSN never leaves the task that read it.
 *
 * <p>CSV files are read by the io module's {@code ClientDataReader} itself, one task per file, so
 * the header names and aliases, the dialects, the rules and every problem's place and words are
 * the io reader's. Any other source (Parquet, a table, a CSV read by Spark) is a
 * {@code DataFrame} with the documented column names ({@link ClientColumn}'s headers and aliases),
 * checked row by row on the executors with the same reasons. See {@code docs/spark.md}.
 */
public final class SparkClientReader {

  /** The problems a file keeps by default: all (they are distributed, not held by the driver). */
  public static final int DEFAULT_MAX_PROBLEMS = Integer.MAX_VALUE;

  private final SparkSession spark;
  private final Broadcast<byte[]> key;
  private final int maxProblems;
  /**
   * The files this reader (and those made from it) has read so far: a file's records are
   * numbered after every earlier file's, across separate reads too, so the rules that take a
   * client's first record (its household, the provider of a kept record) see records from reads
   * united afterwards in the order they were read, as the local engine does.
   */
  private final AtomicLong filesRead;

  private SparkClientReader(SparkSession spark, Broadcast<byte[]> key, int maxProblems, AtomicLong filesRead) {
    this.spark = spark;
    this.key = key;
    this.maxProblems = maxProblems;
    this.filesRead = filesRead;
  }

  /**
   * A reader on {@code spark} that pseudonymises with {@code key} (at least 16 bytes, not all
   * zero: {@code Pseudonymiser.of(key)}'s checks, made here before anything runs).
   */
  public static SparkClientReader of(SparkSession spark, byte[] key) {
    Objects.requireNonNull(spark, "spark");
    Pseudonymiser.of(key);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return new SparkClientReader(spark, context.broadcast(key.clone()), DEFAULT_MAX_PROBLEMS, new AtomicLong());
  }

  /**
   * This reader, keeping the first {@code max} problems of each file, and of each partition of a
   * DataFrame, which is checked partition by partition without a count shared between them (all
   * problems are counted; a report holds the first 1.000 of its source).
   */
  public SparkClientReader withMaxProblems(int max) {
    if (max < 0) {
      throw new SociaalDomeinException("The problems kept cannot be negative: " + max);
    }
    return new SparkClientReader(spark, key, max, filesRead);
  }

  /**
   * Payment files (paths, directories or globs that Spark's file systems know: local, HDFS, S3),
   * one task each, in the order given (a directory's or glob's files by name).
   */
  public SparkRead readPayments(String... paths) {
    return readFiles(true, paths);
  }

  /** Client record files, as {@link #readPayments(String...)}; their records keep the order of the files and lines. */
  public SparkRead readClients(String... paths) {
    return readFiles(false, paths);
  }

  /** Payments from any DataFrame whose columns carry the documented names; {@code source} names it in problems. */
  public SparkRead payments(Dataset<Row> frame, String source) {
    return readFrame(true, frame, source);
  }

  /** Client records from any DataFrame whose columns carry the documented names, in the frame's order. */
  public SparkRead clients(Dataset<Row> frame, String source) {
    return readFrame(false, frame, source);
  }

  // ---------------------------------------------------------------------------------------------
  // Files, by the io reader

  private SparkRead readFiles(boolean payments, String... paths) {
    if (paths.length == 0) {
      throw new SociaalDomeinException("Read which files? No path was given");
    }
    Map<String, String> shown = new HashMap<>();
    Map<String, Long> order = new HashMap<>();
    List<String> files = new ArrayList<>();
    for (String p : paths) {
      for (FileStatus f : list(p)) {
        String qualified = f.getPath().toString();
        if (!order.containsKey(qualified)) {
          order.put(qualified, (long) files.size());
          files.add(qualified);
          // A file named as such is named as the user named it; a glob's or directory's by its path.
          shown.put(qualified, f.getPath().equals(new Path(p)) || isSameFile(f, p) ? p : qualified);
        }
      }
    }
    long first = filesRead.getAndAdd(files.size());
    order.replaceAll((file, index) -> first + index);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<byte[]> k = key;
    int max = maxProblems;
    JavaRDD<Row> out = context.binaryFiles(String.join(",", files), files.size()).flatMap(file -> {
      String name = shown.getOrDefault(file._1(), file._1());
      long index = order.getOrDefault(file._1(), 0L);
      return readFile(payments, name, index, file._2(), k.value(), max).iterator();
    });
    return new SparkRead(persisted(spark.createDataFrame(out, Envelope.of(payments ? SparkColumns.PAYMENTS : SparkColumns.CLIENTS))));
  }

  private static boolean isSameFile(FileStatus f, String given) {
    return !given.contains("*") && !given.contains("?") && f.getPath().toUri().getPath().equals(new Path(given).toUri().getPath());
  }

  private List<FileStatus> list(String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] matches = fs.globStatus(p);
      if (matches == null || matches.length == 0) {
        throw new SociaalDomeinException(path, Optional.empty(), "no such file");
      }
      List<FileStatus> files = new ArrayList<>();
      Arrays.sort(matches);
      for (FileStatus m : matches) {
        if (m.isDirectory()) {
          FileStatus[] inside = fs.listStatus(m.getPath());
          Arrays.sort(inside);
          Arrays.stream(inside).filter(FileStatus::isFile).forEach(files::add);
        } else {
          files.add(m);
        }
      }
      return files;
    } catch (IOException e) {
      throw new SociaalDomeinException(path, Optional.empty(), "cannot be listed: " + e.getMessage(), e);
    }
  }

  /** One file read by the io reader on an executor: its records, its problems and its counts. */
  private static List<Row> readFile(boolean payments, String source, long fileIndex, PortableDataStream stream,
      byte[] key, int maxProblems) {
    ClientDataReader reader = ClientDataReader.of(Pseudonymiser.of(key)).withMaxProblems(maxProblems);
    List<Row> out = new ArrayList<>();
    long[] next = {fileIndex << 40};
    try (Reader in = new InputStreamReader(stream.open(), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
      ReadReport report = payments
          ? reader.readPayments(in, source, r -> out.add(Envelope.record(SparkColumns.payment(r))))
          : reader.readClients(in, source, r -> out.add(Envelope.record(SparkColumns.client(r, next[0]++))));
      for (int i = 0; i < report.problems().size(); i++) {
        out.add(Envelope.problem(report.problems().get(i), i));
      }
      out.add(Envelope.report(report));
      return out;
    } catch (IOException e) {
      throw new SociaalDomeinException(source, Optional.empty(), "cannot be read: " + e.getMessage(), e);
    }
  }

  private static Dataset<Row> persisted(Dataset<Row> envelope) {
    return envelope.persist(StorageLevel.MEMORY_AND_DISK());
  }

  // ---------------------------------------------------------------------------------------------
  // DataFrames, checked row by row

  private SparkRead readFrame(boolean payments, Dataset<Row> frame, String source) {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(source, "source");
    Map<ClientColumn, String> found = new EnumMap<>(ClientColumn.class);
    for (String name : frame.columns()) {
      Optional<ClientColumn> c = ClientColumn.ofHeader(name);
      if (c.isPresent() && found.put(c.get(), name) != null) {
        throw new SociaalDomeinException(source, Optional.of(name), "the column " + described(c.get()) + " is given twice");
      }
    }
    List<ClientColumn> read = FrameRows.columns(payments);
    for (ClientColumn c : FrameRows.required(payments)) {
      if (!found.containsKey(c)) {
        throw new SociaalDomeinException(source, Optional.empty(), "missing column " + described(c) + " in this "
            + (payments ? "payments" : "client records") + " source; it has " + String.join(", ", frame.columns()));
      }
    }
    // Every column read as text (a number of a typed column as Spark writes it), in FrameRows' order,
    // and the row's place in the frame for the rules that take the first record.
    List<Column> columns = new ArrayList<>();
    for (ClientColumn c : read) {
      columns.add(found.containsKey(c) ? functions.col("`" + found.get(c) + "`").cast(DataTypes.StringType).as(c.header())
          : functions.lit(null).cast(DataTypes.StringType).as(c.header()));
    }
    columns.add(functions.monotonically_increasing_id().as(SparkColumns.SEQ));
    Dataset<Row> text = frame.select(columns.toArray(new Column[0]));
    Broadcast<byte[]> k = key;
    int max = maxProblems;
    boolean decimalAmount = payments && frame.schema().apply(found.get(ClientColumn.AMOUNT)).dataType() instanceof DecimalType;
    JavaRDD<Row> out = text.javaRDD().mapPartitions(rows -> FrameRows.check(payments, source, rows, k.value(), max,
        decimalAmount));
    return new SparkRead(persisted(spark.createDataFrame(out, Envelope.of(payments ? SparkColumns.PAYMENTS : SparkColumns.CLIENTS))));
  }

  /** A column's header and aliases, for messages: {@code "amount" (or "bedrag")}. */
  static String described(ClientColumn c) {
    StringBuilder out = new StringBuilder("\"").append(c.header()).append('"');
    for (int i = 0; i < c.aliases().size(); i++) {
      out.append(i == 0 ? " (or " : ", ").append('"').append(c.aliases().get(i)).append('"');
    }
    return out.append(c.aliases().isEmpty() ? "" : ")").toString();
  }

  @Override
  public String toString() {
    return "SparkClientReader[key hidden, " + (maxProblems == Integer.MAX_VALUE ? "all" : maxProblems) + " problems kept]";
  }
}
