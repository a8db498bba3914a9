// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.ClientId;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.money.Amount;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** A frame that is not the records' columns is refused when the dataset is made, naming the column (found in review). */
class SparkDatasetColumnsTest {

  @Test
  void centsAsDoublesAreRefusedNamingTheColumn() {
    Dataset<Row> payments = SparkRecords.payments(SparkSessions.get(), List.of(
        new PaymentRecord(new ClientId(1), 2019, Law.WMO, "Begeleiding", "", Amount.ofEuros(10))));
    Dataset<Row> clients = SparkRecords.clients(SparkSessions.get(), List.of(), 0);
    SparkClientDataset.of(payments, clients, Set.of());
    SociaalDomeinException refused = assertThrows(SociaalDomeinException.class,
        () -> SparkClientDataset.of(payments.withColumn("cents", col("cents").cast("double")), clients, Set.of()));
    assertEquals(Optional.of("cents"), refused.what());
    assertTrue(refused.getMessage().contains("double"), refused::getMessage);
    assertThrows(SociaalDomeinException.class, () -> SparkClientDataset.of(payments.drop("law"), clients, Set.of()));
  }
}
