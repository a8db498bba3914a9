// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.assertions;

import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;
import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.sociaaldomein.clients.Bsn;
import org.junit.jupiter.api.Test;

/** A BSN as letters and exports write it: in its groups, and in Excel's UTF-16 "Unicode text". */
class BsnScanFormsTest {

  @Test
  void aBsnWrittenInItsGroupsIsFoundWithItsPlace() {
    assertThat(Bsn.isValid("123456782")).isTrue();
    assertThatThrownBy(() -> assertThat("client\nBSN: 1234.56.782").containsNoBsn()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("line 2, column 6 (9 digits)").hasMessageNotContaining("782");
    assertThatThrownBy(() -> assertThat("BSN 1234 56 782").containsNoBsn()).isInstanceOf(AssertionError.class);
  }

  @Test
  void anAmountInThousandsGroupsIsNoBsn() {
    // 123.456.782 passes the elfproef as nine digits, but it is how an amount is written.
    assertThat("totaal 123.456.782 en 1.234,56; 1234.56.7820; 1234.56-782").containsNoBsn();
  }

  @Test
  void aBsnInAUtf16ExportWithItsByteOrderMarkIsFound() {
    byte[] utf16 = "\uFEFFbsn\tbedrag\r\n123456782\t12,50\r\n".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> assertThat(utf16).containsNoBsn()).isInstanceOf(AssertionError.class);
    byte[] bigEndian = "\uFEFF123456782".getBytes(StandardCharsets.UTF_16BE);
    assertThatThrownBy(() -> assertThat(bigEndian).containsNoBsn()).isInstanceOf(AssertionError.class);
  }
}
