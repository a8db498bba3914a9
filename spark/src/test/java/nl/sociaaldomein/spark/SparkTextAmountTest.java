// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.io.clients.ClientFields;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * An amount held as text (a CSV read by Spark, a string column of a warehouse) is read as the
 * plain CSV dialect reads it: at most two decimals. {@code 1.500} and {@code 2.000} are how Dutch
 * notation writes fifteen hundred and two thousand euros; taken as 1,50 and 2,00 they would be a
 * thousand times too small. Only a typed decimal's trailing zeros are no decimals.
 */
class SparkTextAmountTest {

  private static final byte[] KEY = "sociaaldomein-spark-test-key-32b".getBytes(StandardCharsets.UTF_8);

  @Test
  void aTextAmountWithThreeDecimalsIsRefusedEvenWhenTheyAreZeros() {
    StructType schema = new StructType().add("bsn", DataTypes.StringType).add("jaar", DataTypes.StringType)
        .add("wet", DataTypes.StringType).add("voorziening", DataTypes.StringType).add("bedrag", DataTypes.StringType);
    List<Row> rows = List.of(RowFactory.create("111222333", "2019", "Wmo", "Hulp", "1.500"),
        RowFactory.create("111222333", "2019", "Wmo", "Hulp", "2.000"),
        RowFactory.create("111222333", "2019", "Wmo", "Hulp", "1234.50"));
    SparkRead read = SparkClientReader.of(SparkSessions.get(), KEY)
        .payments(SparkSessions.get().createDataFrame(rows, schema).coalesce(1), "tabel");
    long client = Pseudonymiser.of(KEY).pseudonymise("111222333").value();
    assertEquals(Set.of(SparkColumns.payment(client, 2019, Law.WMO, "Hulp", "", 123_450)),
        Set.copyOf(read.records().collectAsList()));
    assertEquals(List.of("tabel, column \"amount\": " + ClientFields.notAPlainAmount("1.500"),
            "tabel, column \"amount\": " + ClientFields.notAPlainAmount("2.000")),
        read.problems().orderBy("seq").collectAsList().stream().map(r -> SparkRead.problem(r).toString()).toList());
  }
}
