// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sociaaldomein.testkit.reference.ReferenceCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conformance}: the testkit's check, with the testkit's own command line's exit codes. */
class ConformanceCommandTest {

  @Test
  void theAnswerItselfIsConformant(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("annex8.csv"), ReferenceCases.named("seed-004-annex-8").expected());
    Cli run = Cli.run("conformance", "seed-004-annex-8", file.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(Main.CONSISTENT);
    assertThat(run.out()).contains("against reference case seed-004-annex-8: conformant, 25 figures compared");
  }

  @Test
  void aMistypedFigureIsADifference(@TempDir Path dir) throws IOException {
    String changed = ReferenceCases.named("seed-004-annex-8").expected().replace("W1;Wmo;300.000;267.000", "W1;Wmo;300.000;276.000");
    Path file = Files.writeString(dir.resolve("annex8.csv"), changed);
    Cli run = Cli.run("conformance", "seed-004-annex-8", file.toString());
    assertThat(run.code()).isEqualTo(Main.FINDINGS);
    assertThat(run.out()).contains("NOT conformant")
        .contains("row maatregel=W1, domein=Wmo, column \"berekend\" (line 5): expected 267.000, found 276.000");
    Cli json = Cli.run("conformance", "--format", "json", "seed-004-annex-8", file.toString());
    assertThat(json.code()).isEqualTo(Main.FINDINGS);
    assertThat(json.out()).contains("\"conformant\" : false").contains("\"expected\" : \"267.000\"");
    Cli csv = Cli.run("conformance", "--format", "csv", "seed-004-annex-8", file.toString());
    assertThat(csv.code()).isEqualTo(Main.FINDINGS);
    assertThat(csv.out()).contains("kind;place;expected;actual;detail")
        .contains("DIFFERENT;\"row maatregel=W1, domein=Wmo, column \"\"berekend\"\" (line 5)\";267.000;276.000;");
  }

  @Test
  void listNamesEveryCase() {
    Cli run = Cli.run("conformance", "list");
    assertThat(run.code()).isEqualTo(Main.CONSISTENT);
    assertThat(run.out().lines()).hasSize(ReferenceCases.names().size());
  }

  @Test
  void badInput(@TempDir Path dir) throws IOException {
    Cli unknown = Cli.run("conformance", "seed-999", "x.csv");
    assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(unknown.err()).contains("No reference case \"seed-999\"; there are seed-000-statement");
    assertThat(Cli.run("conformance", "seed-004-annex-7", dir.resolve("absent.csv").toString()).code())
        .isEqualTo(Main.BAD_INPUT);
    Path noHeader = Files.writeString(dir.resolve("x.csv"), "a;b\n1;2\n");
    Cli shape = Cli.run("conformance", "seed-004-annex-7", noHeader.toString());
    assertThat(shape.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(shape.err()).contains("expected the header jaar;");
  }
}
