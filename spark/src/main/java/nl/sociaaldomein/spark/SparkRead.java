// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadReport;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * What a read on Spark gave: the accepted records (pseudonymised; no BSN), the problems of the
 * rejected rows (file, line where the source has lines, column, reason: the io reader's), and per
 * source the counts, where rows read = accepted + rejected. The read's output is kept by Spark
 * (memory, spilling to disk) so records and problems come from one pass over the input; it holds
 * nothing a BSN could be read from.
 */
public final class SparkRead {

  private final Dataset<Row> envelope;

  SparkRead(Dataset<Row> envelope) {
    this.envelope = Objects.requireNonNull(envelope, "envelope");
  }

  /** The accepted records, in the columns {@link SparkClientDataset#of} takes (see {@code docs/spark.md}). */
  public Dataset<Row> records() {
    return envelope.where(col(Envelope.KIND).equalTo(Envelope.RECORD)).select(Envelope.RECORD + ".*");
  }

  /**
   * The problems: {@code source}, {@code line} (null without lines), {@code character} (null
   * but for a fault in the text itself), {@code column} (null for the whole row), {@code what}
   * (null unless the problem names the offending text), {@code why}, and {@code seq}, its place
   * in the source.
   */
  public Dataset<Row> problems() {
    return envelope.where(col(Envelope.KIND).equalTo(Envelope.PROBLEM)).select(Envelope.PROBLEM + ".*");
  }

  /** The problems a source's report holds: the first 1.000, as the io reader keeps by default. */
  public static final int REPORTED_PROBLEMS = 1_000;

  /**
   * Per source its report, as the io reader's {@code ReadReport}: rows read, accepted, rejected,
   * the count of all problems and the first {@value #REPORTED_PROBLEMS} of them (in the order of
   * the source), collected to the driver; {@link #problems()} holds them all.
   */
  public List<ReadReport> reports() {
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, Optional<CsvDialect>> dialects = new LinkedHashMap<>();
    for (Row r : envelope.where(col(Envelope.KIND).equalTo(Envelope.REPORT)).select(Envelope.REPORT + ".*")
        .orderBy("source").collectAsList()) {
      long[] c = counts.computeIfAbsent(r.getString(0), s -> new long[4]);
      for (int i = 0; i < 4; i++) {
        c[i] += r.getLong(2 + i);
      }
      dialects.merge(r.getString(0), Optional.ofNullable(r.getString(1)).map(CsvDialect::valueOf),
          (a, b) -> a.isPresent() ? a : b);
    }
    Map<String, List<Problem>> problems = new LinkedHashMap<>();
    Dataset<Row> first = problems()
        .withColumn("rank", row_number().over(Window.partitionBy(col("source")).orderBy(col("seq"))))
        .where(col("rank").leq(REPORTED_PROBLEMS)).drop("rank");
    for (Row r : first.orderBy(col("source"), col("seq")).collectAsList()) {
      problems.computeIfAbsent(r.getString(0), s -> new ArrayList<>()).add(problem(r));
    }
    List<ReadReport> out = new ArrayList<>();
    counts.forEach((source, c) -> out.add(new ReadReport(source, dialects.get(source), c[0], c[1], c[2], c[3],
        problems.getOrDefault(source, List.of()))));
    return out;
  }

  /** Rows read over all sources. */
  public long rowsRead() {
    return reports().stream().mapToLong(ReadReport::rowsRead).sum();
  }

  /** The problem of a row of {@link #problems()}, as the io reader makes it. */
  static Problem problem(Row r) {
    Location where = new Location(r.getString(0), r.isNullAt(1) ? OptionalLong.empty() : OptionalLong.of(r.getLong(1)),
        r.isNullAt(2) ? OptionalInt.empty() : OptionalInt.of(r.getInt(2)), Optional.ofNullable(r.getString(3)),
        Optional.empty());
    return new Problem(where, Optional.ofNullable(r.getString(4)), r.getString(5));
  }

  @Override
  public String toString() {
    return "SparkRead[" + String.join(", ", envelope.columns()) + "]";
  }
}
