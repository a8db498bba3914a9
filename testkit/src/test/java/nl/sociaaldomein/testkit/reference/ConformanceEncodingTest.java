// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.reference;

import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;
import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sociaaldomein.SociaalDomeinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output saved by a Windows tool in windows-1252 ("cliënten" in the quickscan's header) is the
 * file's fault, not the machine's: refused as the library refuses a file, naming the line and
 * character of the first byte that is not UTF-8.
 */
class ConformanceEncodingTest {

  @Test
  void anOutputThatIsNotUtf8IsRefusedAtItsFirstBadByte(@TempDir Path dir) throws IOException {
    ReferenceCase quickscan = ReferenceCases.named("seed-004-quickscan");
    Path file = dir.resolve("scan.csv");
    Files.write(file, quickscan.expected().getBytes(Charset.forName("windows-1252")));
    assertThatThrownBy(() -> Conformance.check(quickscan, file))
        .isInstanceOf(SociaalDomeinException.class)
        .hasMessageContaining("scan.csv").hasMessageContaining("line 1");
  }
}
