// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The same settings give the same data across versions, byte for byte: SHA-256 of the two files
 * {@link SyntheticDataWriter} writes, pinned as the generator wrote them when it moved from core
 * into the testkit (issue 14), as 0.1 did. A change to the draws, the plan or the files fails here
 * first.
 */
class GeneratorFingerprintTest {

  static String fingerprint(GeneratorSettings settings) throws IOException, NoSuchAlgorithmException {
    MessageDigest payments = MessageDigest.getInstance("SHA-256");
    MessageDigest clients = MessageDigest.getInstance("SHA-256");
    try (Writer p = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), payments), StandardCharsets.UTF_8);
        Writer c = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), clients), StandardCharsets.UTF_8)) {
      SyntheticDataWriter.write(ClientDataGenerator.create(settings), p, c);
    }
    return "payments " + HexFormat.of().formatHex(payments.digest()) + ", clients " + HexFormat.of().formatHex(clients.digest());
  }

  @Test
  void theDefaultRunIsTheSameByteForByte() throws Exception {
    assertEquals("payments 4742c13cc8e0734fedf7f3fb3f58553f1d72e51f005d5308d41ea6d3c4906de7, "
        + "clients e06013de457471bdc2e813080ee74553b6b5ffe75b639d65bd3dad715b271dba", fingerprint(GeneratorSettings.defaults()));
  }

  @Test
  void anotherSeedScaleAndDensityAreTheSameByteForByte() throws Exception {
    GeneratorSettings other = GeneratorSettings.defaults().withSeed(42).withScale("0.3").withPaymentDensityPercent(50);
    assertEquals("payments 358593425ac66ccb8e5e7968934a3ad3b449939176fb677e849dccc17205987d, "
        + "clients 6eee7f7fa37b343e03dcb63b3fca6ef07cc3ca6d30aea0e9f88a05768aca9e87", fingerprint(other));
  }
}
