// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.cli;

import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sociaaldomein.testkit.reference.ReferenceCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in process: exit 0 when conformant, 1 on a difference, 2 on bad input. */
class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      return Main.run(args, o, e);
    }
  }

  @Test
  void theAnswerItselfIsConformant(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("annex8.csv"), ReferenceCases.named("seed-004-annex-8").expected());
    assertThat(run("conformance", "seed-004-annex-8", file.toString())).isEqualTo(Main.CONFORMANT);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("against reference case seed-004-annex-8: conformant, 25 figures compared");
  }

  @Test
  void aDifferenceExitsWithOneAndNamesItsPlace(@TempDir Path dir) throws IOException {
    String changed = ReferenceCases.named("seed-004-annex-8").expected().replace("W1;Wmo;300.000;267.000", "W1;Wmo;300.000;276.000");
    Path file = Files.writeString(dir.resolve("annex8.csv"), changed);
    assertThat(run("conformance", "seed-004-annex-8", file.toString())).isEqualTo(Main.DIFFERENT);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("NOT conformant")
        .contains("DIFFERENT row maatregel=W1, domein=Wmo, column \"berekend\" (line 5): expected 267.000, found 276.000");
  }

  @Test
  void badInputExitsWithTwo(@TempDir Path dir) throws IOException {
    assertThat(run()).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: conformance <case> <file>");
    assertThat(run("conformance", "seed-999", "x.csv")).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("No reference case \"seed-999\"; there are seed-000-statement");
    assertThat(run("conformance", "seed-004-annex-7", dir.resolve("absent.csv").toString())).isEqualTo(Main.BAD_INPUT);
    Path noHeader = Files.writeString(dir.resolve("x.csv"), "a;b\n1;2\n");
    assertThat(run("conformance", "seed-004-annex-7", noHeader.toString())).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("expected the header jaar;");
  }

  @Test
  void casesListsEveryCase() {
    assertThat(run("cases")).isEqualTo(Main.CONFORMANT);
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(ReferenceCases.names().size());
  }
}
