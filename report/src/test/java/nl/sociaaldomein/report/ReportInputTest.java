// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sociaaldomein.SociaalDomeinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportInputTest {

  /** FIPS 180-2's first example: the SHA-256 of "abc". */
  private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void aFileAndTheSameBytesFromAStreamAreTheSameInput(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("abc.csv"), "abc", StandardCharsets.US_ASCII);
    ReportInput fromStream = ReportInput.of("abc.csv", new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(new ReportInput("abc.csv", ABC), fromStream);
    assertEquals(fromStream, ReportInput.of(file));
  }

  @Test
  void aChecksumThatIsNotSha256HexIsRefusedWithTheFileNamed() {
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> new ReportInput("a.csv", "BA7816BF"));
    assertEquals("The SHA-256 of \"a.csv\" is \"BA7816BF\", not 64 lowercase hexadecimal digits", e.getMessage());
  }
}
