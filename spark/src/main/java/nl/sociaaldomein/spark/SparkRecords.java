// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.PaymentRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Records already pseudonymised in memory as Spark datasets in the columns
 * {@link SparkClientDataset} reads (those of {@link SparkRead#records()}): for tests, and for
 * loading generated data in batches (write each batch to Parquet, read them all back).
 */
public final class SparkRecords {

  private SparkRecords() {}

  /** The columns of payments: {@code client, year, law, provision, provider, cents}. */
  public static StructType paymentSchema() {
    return SparkColumns.PAYMENTS;
  }

  /**
   * The columns of client records: {@code client, year, law, provision, delivery_form, referrer,
   * level, age_band, phase, qualification, provider, household, seq}.
   */
  public static StructType clientSchema() {
    return SparkColumns.CLIENTS;
  }

  public static Dataset<Row> payments(SparkSession spark, List<PaymentRecord> payments) {
    Objects.requireNonNull(spark, "spark");
    List<Row> rows = new ArrayList<>(payments.size());
    payments.forEach(p -> rows.add(SparkColumns.payment(p)));
    return spark.createDataFrame(rows, SparkColumns.PAYMENTS);
  }

  /**
   * Client records, the first at place {@code firstSeq} of the input and each next one after it:
   * where a rule takes a client's first record (its household, a kept record's provider), the
   * least place wins, so batches of one input continue each other's places.
   */
  public static Dataset<Row> clients(SparkSession spark, List<ClientRecord> clients, long firstSeq) {
    Objects.requireNonNull(spark, "spark");
    List<Row> rows = new ArrayList<>(clients.size());
    for (int i = 0; i < clients.size(); i++) {
      rows.add(SparkColumns.client(clients.get(i), firstSeq + i));
    }
    return spark.createDataFrame(rows, SparkColumns.CLIENTS);
  }
}
