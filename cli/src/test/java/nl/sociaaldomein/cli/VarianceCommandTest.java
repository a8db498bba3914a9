// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code variance} on seed 000 and its printed analysis, under the council's rule of € 50.000 as
 * the demo applies it: two products leave a residual above the limit, which are findings.
 */
class VarianceCommandTest {

  private static final String MEPPEL = "statements/seed-000-meppel-2022.csv";
  private static final String ANALYSE = "explanations/seed-000-meppel-2022-analyse.csv";

  @Test
  void theCouncilsRuleFindsTwoResidualsAboveTheLimit() {
    Cli run = Cli.run("variance", Cli.seed(MEPPEL), Cli.seed(ANALYSE));
    assertThat(run.code()).as(run.err()).isEqualTo(Main.FINDINGS);
    assertThat(run.out()).contains("Variances to explain (10)")
        .contains("Samenkracht en burgerparticipatie           3.404 V   98,5%  above € 50.000")
        .contains("Begeleide participatie                         81 N     15 N             66 N");
  }

  @Test
  void aHigherThresholdLeavesNothingToFind() {
    Cli run = Cli.run("variance", "--materiality", "€ 1.000.000", Cli.seed(MEPPEL), Cli.seed(ANALYSE));
    assertThat(run.code()).as(run.err()).isEqualTo(Main.CONSISTENT);
    assertThat(run.out()).contains("above € 1.000.000");
  }

  @Test
  void aMistypedExplanationIsAFinding(@TempDir Path dir) {
    Cli clean = Cli.run("variance", "--materiality", "1.000.000", Cli.seed(MEPPEL), Cli.seed(ANALYSE));
    String typo = Cli.changed(dir, ANALYSE, "1;group-after;Samenkracht en burgerparticipatie;;Mantelzorg;48;;I",
        "1;group-after;Samenkracht en burgerparticipatie;;Mantelzorg;84;;I");
    Cli run = Cli.run("variance", "--materiality", "1.000.000", Cli.seed(MEPPEL), typo);
    assertThat(clean.code()).isEqualTo(Main.CONSISTENT);
    assertThat(run.code()).isEqualTo(Main.FINDINGS);
  }

  @Test
  void markdownHtmlAndJson() {
    Cli markdown = Cli.run("variance", "--format", "markdown", Cli.seed(MEPPEL), Cli.seed(ANALYSE));
    assertThat(markdown.code()).isEqualTo(Main.FINDINGS);
    assertThat(markdown.out()).contains("# ").contains("| ").contains("Samenkracht en burgerparticipatie")
        .contains("seed-000-meppel-2022.csv").contains("seed-000-meppel-2022-analyse.csv").contains("3.404");
    Cli html = Cli.run("variance", "--format", "html", Cli.seed(MEPPEL), Cli.seed(ANALYSE));
    assertThat(html.code()).isEqualTo(Main.FINDINGS);
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("Samenkracht en burgerparticipatie").contains("3.404")
        .contains("<svg");
    Cli json = Cli.run("variance", "--format", "json", Cli.seed(MEPPEL), Cli.seed(ANALYSE));
    assertThat(json.code()).isEqualTo(Main.FINDINGS);
    assertThat(json.out()).startsWith("{").contains("RESIDUAL_ABOVE_LIMIT");
  }

  @Test
  void csvIsTheVariancesOrTheFindings() {
    Cli variances = Cli.run("variance", "--format", "csv", "--dialect", "plain", Cli.seed(MEPPEL), Cli.seed(ANALYSE));
    assertThat(variances.code()).isEqualTo(Main.FINDINGS);
    assertThat(variances.out().lines().findFirst().orElseThrow()).contains("variance,tolerance,direction,budget,actual");
    assertThat(variances.out()).contains("Samenkracht en burgerparticipatie");
    Cli findings = Cli.run("variance", "--format", "csv", "--table", "findings", Cli.seed(MEPPEL), Cli.seed(ANALYSE));
    assertThat(findings.code()).isEqualTo(Main.FINDINGS);
    assertThat(findings.out().lines()).hasSize(1 + 2);
    assertThat(findings.out()).contains("residual-above-limit").contains("Begeleide participatie")
        .contains("Maatwerkdienstverlening 18-");
  }

  @Test
  void badInput(@TempDir Path dir) {
    Cli absent = Cli.run("variance", Cli.seed(MEPPEL), dir.resolve("none.csv").toString());
    assertThat(absent.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(absent.err()).contains("No explanations file");
    Cli materiality = Cli.run("variance", "--materiality", "veel", Cli.seed(MEPPEL), Cli.seed(ANALYSE));
    assertThat(materiality.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(materiality.err()).contains("--materiality \"veel\"");
    assertThat(Cli.run("variance", Cli.seed(MEPPEL)).code()).isEqualTo(Main.BAD_INPUT);
    assertThat(Cli.run("variance", "--format", "csv", "--table", "everything", Cli.seed(MEPPEL), Cli.seed(ANALYSE))
        .code()).isEqualTo(Main.BAD_INPUT);
  }
}
