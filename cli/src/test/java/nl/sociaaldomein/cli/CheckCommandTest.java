// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.io.statement.StatementWorkbook;
import nl.sociaaldomein.statement.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} on seed 000 (Meppel 2022): consistent as printed, inconsistent with one figure mistyped. */
class CheckCommandTest {

  private static final String MEPPEL = "statements/seed-000-meppel-2022.csv";

  @Test
  void theSeedStatementIsConsistent() {
    Cli run = Cli.run("check", Cli.seed(MEPPEL));
    assertThat(run.code()).as(run.err()).isEqualTo(Main.CONSISTENT);
    assertThat(run.out()).contains("Programma 3 Sociaal domein").contains("Samenkracht en burgerparticipatie")
        .contains("13.219").contains("121 derived cells checked, 0 inconsistent");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aMistypedFigureIsAFinding(@TempDir Path dir) {
    // The realised total of product 10, printed 116, typed 161.
    String typo = Cli.changed(dir, MEPPEL, ";3.506;116;3.390", ";3.506;161;3.390");
    Cli run = Cli.run("check", typo);
    assertThat(run.code()).isEqualTo(Main.FINDINGS);
    assertThat(run.out()).contains("Totaal Samenkracht en burgerparticipatie").contains("column \"Realisatie 2022\": printed 161, its lines give 116 ± 1")
        .contains("121 derived cells checked, 3 inconsistent");
  }

  @Test
  void aWorkbookIsReadByItsMapping(@TempDir Path dir) throws IOException {
    Statement meppel = StatementCsv.read(Path.of(Cli.seed(MEPPEL))).orElseThrow();
    Path workbook = dir.resolve("meppel.xlsx");
    StatementWorkbook.write(meppel, workbook);
    Path mapping = Files.writeString(dir.resolve("mapping.csv"), StatementWorkbook.mappingFor(meppel).toText());
    Cli run = Cli.run("check", workbook.toString(), "--mapping", mapping.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(Main.CONSISTENT);
    assertThat(run.out()).contains("121 derived cells checked, 0 inconsistent");
  }

  @Test
  void markdownAndHtmlAreTheReportModulesReport() {
    Cli markdown = Cli.run("check", "--format", "markdown", Cli.seed(MEPPEL));
    assertThat(markdown.code()).isEqualTo(Main.CONSISTENT);
    assertThat(markdown.out()).contains("| ").contains("seed-000-meppel-2022.csv").contains("13.219");
    Cli html = Cli.run("check", "--format=HTML", Cli.seed(MEPPEL));
    assertThat(html.code()).isEqualTo(Main.CONSISTENT);
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("13.219");
  }

  @Test
  void jsonSaysWhetherItIsConsistent() {
    Cli run = Cli.run("check", "--format", "json", Cli.seed(MEPPEL));
    assertThat(run.code()).isEqualTo(Main.CONSISTENT);
    assertThat(run.out()).contains("\"consistent\" : true")
        .contains("\"checkedCells\" : 121");
  }

  @Test
  void aRejectedRowIsAFindingAndStrictMakesItBadInput(@TempDir Path dir) {
    String broken = Cli.changed(dir, MEPPEL, ";3.820;3.920;3.947;9.268;-5.321", ";3.820;3.920;3.947;9.2x68;-5.321");
    Cli lenient = Cli.run("check", broken);
    assertThat(lenient.code()).isEqualTo(Main.FINDINGS);
    assertThat(lenient.err()).contains("seed-000-meppel-2022.csv").contains("9.2x68");
    Cli strict = Cli.run("check", "--strict", broken);
    assertThat(strict.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(strict.err()).contains("9.2x68");
    assertThat(strict.out()).isEmpty();
  }

  @Test
  void badInputExitsWithTwo(@TempDir Path dir) throws IOException {
    Cli absent = Cli.run("check", dir.resolve("absent.csv").toString());
    assertThat(absent.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(absent.err()).contains("No statement file").contains("absent.csv");
    assertThat(Cli.run("check", "--colour", Cli.seed(MEPPEL)).code()).isEqualTo(Main.BAD_INPUT);
    assertThat(Cli.run("check").code()).isEqualTo(Main.BAD_INPUT);
    assertThat(Cli.run("check", "--format", "pdf", Cli.seed(MEPPEL)).code()).isEqualTo(Main.BAD_INPUT);
    Path workbook = Files.writeString(dir.resolve("begroting.xlsx"), "not a workbook");
    Cli noMapping = Cli.run("check", workbook.toString());
    assertThat(noMapping.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(noMapping.err()).contains("needs --mapping");
  }

  @Test
  void csvIsTheInconsistentCellsOrTheStatementInLongForm(@TempDir Path dir) {
    Cli consistent = Cli.run("check", "--format", "csv", "--dialect", "plain", Cli.seed(MEPPEL));
    assertThat(consistent.code()).isEqualTo(Main.CONSISTENT);
    assertThat(consistent.out().lines()).hasSize(1);
    assertThat(consistent.out()).contains("column,printed");
    String typo = Cli.changed(dir, MEPPEL, ";3.506;116;3.390", ";3.506;161;3.390");
    Cli inconsistent = Cli.run("check", "--format", "csv", typo);
    assertThat(inconsistent.code()).isEqualTo(Main.FINDINGS);
    assertThat(inconsistent.out().lines()).hasSize(4);
    assertThat(inconsistent.out()).contains("Samenkracht en burgerparticipatie").contains(";Realisatie 2022;161;");
    Cli longForm = Cli.run("check", "--format", "csv", "--table", "statement", "--dialect", "plain", Cli.seed(MEPPEL));
    assertThat(longForm.code()).isEqualTo(Main.CONSISTENT);
    assertThat(longForm.out().lines()).hasSize(1 + 245);
    assertThat(longForm.out()).contains("Realisatie 2022,13219,").contains(",derived");
  }

  @Test
  void helpAndVersion() {
    Cli help = Cli.run("check", "--help");
    assertThat(help.code()).isEqualTo(Main.CONSISTENT);
    assertThat(help.out()).contains("Usage: sociaaldomein check").contains("--format").contains("--strict");
    Cli top = Cli.run("--help");
    assertThat(top.out()).contains("check").contains("variance").contains("savings").contains("quickscan")
        .contains("iv3").contains("generate").contains("conformance").contains("Exit codes");
    assertThat(Cli.run("--version").out()).startsWith("sociaaldomein ").doesNotContain("${");
    Cli none = Cli.run();
    assertThat(none.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(none.err()).contains("Name a command");
  }
}
