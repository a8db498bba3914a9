// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.io.clients.ClientDataReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client records read in separate calls and united keep the order they were read in, so the first
 * household a client names is the local engine's (found in review: each read numbered its records
 * from 0, and Spark found a household of three provisions the local engine does not).
 */
class SparkSeparateReadsTest {

  private static final byte[] KEY = "sociaaldomein-spark-test-key-32b".getBytes(StandardCharsets.UTF_8);

  @Test
  void clientFilesReadApartAndUnitedGiveTheLocalHouseholds(@TempDir Path dir) throws IOException {
    Path a = Files.writeString(dir.resolve("a.csv"), "bsn,year,law,provision,household\n"
        + "123456782,2019,Wmo,P1,H-1\n111222333,2019,Wmo,P1,H-1\n");
    Path b = Files.writeString(dir.resolve("b.csv"), "bsn,year,law,provision,household\n"
        + "111222333,2019,Jeugdwet,P2,H-2\n271828183,2019,Participatiewet,P3,H-2\n");
    Path p = Files.writeString(dir.resolve("p.csv"), "bsn,year,law,provision,amount\n"
        + "123456782,2019,Wmo,P1,10\n111222333,2019,Wmo,P1,10\n111222333,2019,Jeugdwet,P2,10\n"
        + "271828183,2019,Participatiewet,P3,10\n");
    SparkClientReader reader = SparkClientReader.of(SparkSessions.get(), KEY);
    SparkClientDataset spark = SparkClientDataset.of(reader.readPayments(p.toString()).records(),
        reader.readClients(a.toString()).records().union(reader.readClients(b.toString()).records()), Set.of());

    ClientDataReader io = ClientDataReader.of(Pseudonymiser.of(KEY));
    ClientDataset.Builder builder = ClientDataset.builder();
    io.readPayments(p, builder);
    io.readClients(a, builder::add);
    io.readClients(b, builder::add);
    assertEquals(builder.build().stacking(), spark.stacking());
  }
}
