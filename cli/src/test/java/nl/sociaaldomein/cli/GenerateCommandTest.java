// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate}: the testkit's generator to files, reporting counts only. */
class GenerateCommandTest {

  @Test
  void writesBothFilesAndPrintsTheirCounts(@TempDir Path dir) {
    Cli run = Cli.run("generate", "--scale", "0.05", "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(Main.CONSISTENT);
    assertThat(run.out()).contains("Wrote 588 people, 5.220 client records and 19.575 payments").containsNoBsn();
    assertThat(dir.resolve("payments.csv")).isRegularFile();
    assertThat(dir.resolve("clients.csv")).isRegularFile();
    Cli json = Cli.run("generate", "--format", "json", "--scale", "0.05", "--out", dir.toString());
    assertThat(json.out()).contains("\"payments\" : 19575").containsNoBsn();
  }

  @Test
  void badInput(@TempDir Path dir) {
    assertThat(Cli.run("generate", "--scale", "0", "--out", dir.toString()).err()).contains("The scale must be between");
    assertThat(Cli.run("generate", "--scale", "0", "--out", dir.toString()).code()).isEqualTo(Main.BAD_INPUT);
    assertThat(Cli.run("generate", "--scale", "veel", "--out", dir.toString()).code()).isEqualTo(Main.BAD_INPUT);
    assertThat(Cli.run("generate", "--scale", "1").code()).isEqualTo(Main.BAD_INPUT);
    assertThat(Cli.run("generate", "--scale", "1", "--years", "2020", "--out", dir.toString()).code())
        .isEqualTo(Main.BAD_INPUT);
    assertThat(Cli.run("generate", "--format", "csv", "--scale", "1", "--out", dir.toString()).code())
        .isEqualTo(Main.BAD_INPUT);
  }
}
