// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quickscan} on the generated Hoogeveen the quickscan of seed 004 is calibrated to (written
 * by {@code generate}): annex 5b's figures, progress on standard error, and never a BSN, not even
 * of a rejected row.
 */
class QuickscanCommandTest {

  /** A BSN that passes the elfproef (docs/client-data.md's example). */
  private static final String BSN = "111222333";

  @TempDir
  static Path dir;

  private static String payments;
  private static String clients;
  private static String key;
  /** Every BSN the generated files hold: none may be printed. */
  private static Set<String> bsns;

  @BeforeAll
  static void generate() throws IOException {
    Cli run = Cli.run("generate", "--scale", "1", "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(Main.CONSISTENT);
    payments = dir.resolve("payments.csv").toString();
    clients = dir.resolve("clients.csv").toString();
    key = Files.writeString(dir.resolve("key.txt"), "sociaaldomein pseudonym test key\n").toString();
    try (Stream<String> lines = Files.lines(Path.of(payments))) {
      bsns = lines.skip(1).map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toCollection(HashSet::new));
    }
    bsns.add(BSN);
    bsns.add("123456789");
  }

  /** Neither stream holds a BSN of the input, in any grouping: the precise test, where an amount may pass the elfproef by chance. */
  private static void noBsnIn(Cli run) {
    assertThat(run.out()).containsNoneOfTheBsns(bsns);
    assertThat(run.err()).containsNoneOfTheBsns(bsns);
  }

  @Test
  void annex5bsFiguresWithoutTheWmoMeerkosten() {
    Cli run = Cli.run("quickscan", payments, clients, "--key-file", key, "--exclude-provision", "Meerkosten");
    assertThat(run.code()).as(run.err()).isEqualTo(Main.CONSISTENT);
    assertThat(run.out()).contains("2018   Wmo                  4.479    € 17.061.830")
        .contains("2018   Jeugdwet             1.751    € 16.924.704")
        .contains("2018   Participatiewet      2.626    € 21.806.877").containsNoBsn();
    noBsnIn(run);
    assertThat(run.err()).contains("payments.csv: 100.000 rows read").contains("clients.csv: ").contains("done")
        .containsNoBsn();
  }

  @Test
  void aRejectedRowIsAFindingAndItsBsnIsNeverPrinted(@TempDir Path copy) throws IOException {
    Path bad = Files.copy(Path.of(payments), copy.resolve("payments.csv"));
    Files.writeString(bad, BSN + ",2019,Wmo,Huishoudelijke hulp,Zorg Thuis BV,12x4\n"
        + "123456789,2019,Wmo,Huishoudelijke hulp,Zorg Thuis BV,10.00\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Cli run = Cli.run("quickscan", bad.toString(), clients, "--key-file", key);
    assertThat(run.code()).isEqualTo(Main.FINDINGS);
    assertThat(run.err()).contains("rejected").doesNotContain(BSN).doesNotContain("123456789").containsNoBsn();
    assertThat(run.out()).doesNotContain(BSN).containsNoBsn();
    noBsnIn(run);
    Cli strict = Cli.run("quickscan", "--strict", bad.toString(), clients, "--key-file", key);
    assertThat(strict.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(strict.err()).doesNotContain(BSN).doesNotContain("123456789").containsNoBsn();
    assertThat(strict.out()).isEmpty();
    noBsnIn(strict);
  }

  @Test
  void aFileOfWhichNoRowIsTakenIsBadInputNotAFinding() {
    Cli swapped = Cli.run("quickscan", clients, payments, "--key-file", key);
    assertThat(swapped.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(swapped.err()).contains("clients.csv gives nothing to work with").contains("missing column \"amount\"");
    assertThat(swapped.out()).isEmpty();
    noBsnIn(swapped);
  }

  @Test
  void jsonIsTheClientResultsModules() {
    Cli run = Cli.run("quickscan", "--format", "json", payments, clients, "--key-file", key);
    assertThat(run.code()).isEqualTo(Main.CONSISTENT);
    assertThat(run.out()).startsWith("{").contains("\"byLawAndYear\"").contains("\"16924704.00\"");
    // Amounts such as 42285444.29 pass the elfproef by chance: here only the input's own BSNs are looked for.
    noBsnIn(run);
  }

  @Test
  void markdownAndHtmlAreTheReportModulesQuickscanReport() {
    Cli markdown = Cli.run("quickscan", "--format", "markdown", payments, clients, "--key-file", key,
        "--exclude-provision", "Meerkosten");
    assertThat(markdown.code()).as(markdown.err()).isEqualTo(Main.CONSISTENT);
    assertThat(markdown.out()).contains("# Quickscan").contains("| ").contains("16.924.704").contains("payments.csv")
        .contains("clients.csv");
    noBsnIn(markdown);
    Cli html = Cli.run("quickscan", "--format", "html", "--title", "Hoogeveen (gegenereerd)", payments, clients,
        "--key-file", key, "--exclude-provision", "Meerkosten");
    assertThat(html.code()).isEqualTo(Main.CONSISTENT);
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("Hoogeveen (gegenereerd)").contains("16.924.704")
        .contains("<svg");
    noBsnIn(html);
  }

  @Test
  void csvIsATidyTableOfAnnex5b() {
    Cli byLaw = Cli.run("quickscan", "--format", "csv", "--dialect", "plain", payments, clients, "--key-file", key,
        "--exclude-provision", "Meerkosten");
    assertThat(byLaw.code()).isEqualTo(Main.CONSISTENT);
    assertThat(byLaw.out()).startsWith("law,year,unique_clients,payments,cost,average_per_client")
        .contains("JEUGDWET,2018,1751,").contains(",16924704.00,");
    noBsnIn(byLaw);
    Cli concentration = Cli.run("quickscan", "--format", "csv", "--table", "concentration", payments, clients,
        "--key-file", key);
    assertThat(concentration.code()).isEqualTo(Main.CONSISTENT);
    assertThat(concentration.out()).contains("rank;provider;").contains(";true");
    noBsnIn(concentration);
  }

  @Test
  void badInput() throws IOException {
    Cli noKey = Cli.run("quickscan", payments, clients);
    assertThat(noKey.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(noKey.err()).contains("--key-file");
    Path shortKey = Files.writeString(dir.resolve("short.txt"), "too short\n");
    Cli weak = Cli.run("quickscan", payments, clients, "--key-file", shortKey.toString());
    assertThat(weak.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(weak.err()).contains("at least 16 bytes, not 9");
    assertThat(Cli.run("quickscan", payments, dir.resolve("none.csv").toString(), "--key-file", key).code())
        .isEqualTo(Main.BAD_INPUT);
    assertThat(Cli.run("quickscan", payments, clients, "--key-file", key, "--threads", "0").code())
        .isEqualTo(Main.BAD_INPUT);
    Cli unknown = Cli.run("quickscan", payments, clients, "--key-file", key, "--exclude-provision", "Meerkostn");
    assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(unknown.err()).contains("\"Meerkostn\"");
  }
}
