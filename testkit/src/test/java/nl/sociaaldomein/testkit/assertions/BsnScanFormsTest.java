package nl.sociaaldomein.testkit.assertions;

import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;
import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.sociaaldomein.clients.Bsn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void theBsnsOfTheInputAreFoundInAnyGroupingThe333FormIncluded() {
    List<String> input = List.of("123456782", "011111112");
    assertThat(Bsn.isValid("011111112")).isTrue();
    assertThat("totaal 123.456.789; 1.234,56; 12345678; 0111111120").containsNoneOfTheBsns(input);
    for (String leak : List.of("123.456.782", "123 45 6782", "1234.56.782", "123-456-782", "11111112", "BSN:123456782.")) {
      assertThatThrownBy(() -> assertThat("regel\nx " + leak).containsNoneOfTheBsns(input))
          .as(leak).isInstanceOf(AssertionError.class)
          .hasMessageContaining("holds 1 of the given BSNs (not shown): line 2, column " + (3 + leak.indexOf('1')))
          .hasMessageNotContaining("782");
    }
    // Part of a longer number is not the number.
    assertThat("9123.456.782 en 123.456.7820 en 1.123.456.782").containsNoneOfTheBsns(input);
  }

  @Test
  void aFileIsScannedForTheGivenBsnsAsItsBytesSay(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("export.txt"), "\uFEFFnaam\t123.456.782".getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> assertThat(file).containsNoneOfTheBsns(List.of("123456782"))).isInstanceOf(AssertionError.class)
        .hasMessageContaining("export.txt holds 1 of the given BSNs");
    assertThat(file).containsNoneOfTheBsns(List.of("111222333".replace('3', '0')));
  }
}
