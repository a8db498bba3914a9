// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadReport;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One row of a read's output on the executors: a record, a problem or a source's counts, so that
 * one pass over the input gives all three (see {@link SparkRead}).
 */
final class Envelope {

  private Envelope() {}

  static final String KIND = "kind";
  static final String RECORD = "record";
  static final String PROBLEM = "problem";
  static final String REPORT = "report";

  static final StructType PROBLEMS = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, true)
      .add("character", DataTypes.IntegerType, true)
      .add("column", DataTypes.StringType, true)
      .add("what", DataTypes.StringType, true)
      .add("why", DataTypes.StringType, false)
      .add("seq", DataTypes.LongType, false);

  static final StructType REPORTS = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("dialect", DataTypes.StringType, true)
      .add("rowsRead", DataTypes.LongType, false)
      .add("accepted", DataTypes.LongType, false)
      .add("rejected", DataTypes.LongType, false)
      .add("problemCount", DataTypes.LongType, false);

  static StructType of(StructType records) {
    return new StructType()
        .add(KIND, DataTypes.StringType, false)
        .add(RECORD, records, true)
        .add(PROBLEM, PROBLEMS, true)
        .add(REPORT, REPORTS, true);
  }

  static Row record(Row record) {
    return RowFactory.create(RECORD, record, null, null);
  }

  static Row problem(Problem p, long seq) {
    return RowFactory.create(PROBLEM, null, RowFactory.create(p.where().source(),
        p.where().line().isPresent() ? p.where().line().getAsLong() : null,
        p.where().character().isPresent() ? p.where().character().getAsInt() : null,
        p.where().column().orElse(null), p.what().orElse(null), p.why(), seq), null);
  }

  static Row report(ReadReport r) {
    return RowFactory.create(REPORT, null, null, RowFactory.create(r.source(), r.dialect().map(Enum::name).orElse(null),
        r.rowsRead(), r.accepted(), r.rejected(), r.problemCount()));
  }
}
