// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code savings} on seed 004's lists: the interview's total, annex 8's claims, the programmaplan's target. */
class SavingsCommandTest {

  private static final String INTERVIEW = "savings/seed-004-hoogeveen-wmo-interview.csv";
  private static final String ANNEX_8 = "savings/seed-004-hoogeveen-bijlage-8.csv";
  private static final String MODELS = "savings/seed-004-hoogeveen-bijlage-8-modellen.csv";
  private static final String PLAN = "savings/seed-004-hoogeveen-programmaplan.csv";

  @Test
  void theInterviewListsPrintedTotalIsTheLowerEnd() {
    Cli run = Cli.run("savings", Cli.seed(INTERVIEW));
    assertThat(run.code()).as(run.err()).isEqualTo(Main.CONSISTENT);
    assertThat(run.out()).contains("totaal als één getal (ondergrens): € 1.473.000, de ondergrens van het interval")
        .contains("12  Beperken dubbele indicaties begeleiding individueel echtparen  p.m.");
  }

  @Test
  void claimsTheCalculationsDoNotGiveAreFindings() {
    Cli run = Cli.run("savings", Cli.seed(ANNEX_8), "--models", Cli.seed(MODELS));
    assertThat(run.code()).isEqualTo(Main.FINDINGS);
    assertThat(run.out()).contains("W1 Lichte vormen van begeleiding            € 300.000  € 267.000  € -33.000  wijkt af");
  }

  @Test
  void claimsAsTheirCalculationsGiveThemAreConsistentAndOneMistypedIsAFinding(@TempDir Path dir) {
    String[] computed = {"Beleidsplan Schuldhulpverlening;claim;;€ 80.000;", "Beleidsplan Schuldhulpverlening;claim;;€ 20.000;",
        "Lichte vormen van begeleiding;claim;;€ 300.000;", "Lichte vormen van begeleiding;claim;;€ 267.000;",
        "Dagontmoeting;claim;;€ 100.000;", "Dagontmoeting;claim;;€ 116.000;",
        "Ombuigen naar collectieve voorzieningen;claim;;€ 100.000;", "Ombuigen naar collectieve voorzieningen;claim;;€ 30.000;",
        "Sturen vanuit de backoffice;claim;;€ 100.000;", "Sturen vanuit de backoffice;claim;;€ 97.500;"};
    Cli agreed = Cli.run("savings", Cli.seed(ANNEX_8), "--models", Cli.changed(dir, MODELS, computed));
    assertThat(agreed.code()).as(agreed.err()).isEqualTo(Main.CONSISTENT);
    assertThat(agreed.out()).contains("J3 Sturen vanuit de backoffice").doesNotContain("wijkt af");
    computed[computed.length - 1] = "Sturen vanuit de backoffice;claim;;€ 95.700;";
    Cli typo = Cli.run("savings", Cli.seed(ANNEX_8), "--models", Cli.changed(dir, MODELS, computed));
    assertThat(typo.code()).isEqualTo(Main.FINDINGS);
    assertThat(typo.out()).contains("€ 95.700").contains("wijkt af");
  }

  @Test
  void aTargetThePlanFallsShortOfIsAFinding() {
    Cli shortfall = Cli.run("savings", Cli.seed(PLAN), "--target", "2025=8.500.000");
    assertThat(shortfall.code()).isEqualTo(Main.FINDINGS);
    assertThat(shortfall.out()).contains("taakstelling (structureel)").contains("€ 8.500.000").contains("€ 6.600.000");
    Cli covered = Cli.run("savings", Cli.seed(PLAN), "--target", "2025=1.900.000");
    assertThat(covered.code()).isEqualTo(Main.CONSISTENT);
  }

  @Test
  void jsonHoldsTheTotalAndTheTarget() {
    Cli run = Cli.run("savings", "--format", "json", Cli.seed(PLAN), "--target", "2025=8.500.000");
    assertThat(run.code()).isEqualTo(Main.FINDINGS);
    assertThat(run.out()).startsWith("{").contains("\"summary\"").contains("\"target\"").contains("8500000.00");
  }

  @Test
  void theReportModulesReportWithTheTargetAndTheModels() {
    Cli html = Cli.run("savings", "--format", "html", Cli.seed(PLAN), "--target", "2025=8.500.000");
    assertThat(html.code()).isEqualTo(Main.FINDINGS);
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("seed-004-hoogeveen-programmaplan.csv")
        .contains("8.500.000").contains("6.600.000").contains("<svg");
    Cli markdown = Cli.run("savings", "--format", "markdown", "--title", "Bijlage 8", Cli.seed(ANNEX_8), "--models",
        Cli.seed(MODELS));
    assertThat(markdown.code()).isEqualTo(Main.FINDINGS);
    assertThat(markdown.out()).contains("Bijlage 8").contains("| ").contains("267.000")
        .contains("seed-004-hoogeveen-bijlage-8-modellen.csv");
  }

  @Test
  void csvIsThePhasing() {
    Cli run = Cli.run("savings", "--format", "csv", "--dialect", "plain", Cli.seed(PLAN), "--target", "2025=8.500.000");
    assertThat(run.code()).isEqualTo(Main.FINDINGS);
    assertThat(run.out()).startsWith("year,domain,line,low,high,pro_memorie").contains("2025,,structural,1900000");
  }

  @Test
  void badInput() {
    assertThat(Cli.run("savings", Cli.seed(PLAN), "--years", "2025-2022").code()).isEqualTo(Main.BAD_INPUT);
    Cli target = Cli.run("savings", Cli.seed(PLAN), "--target", "2025=veel");
    assertThat(target.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(target.err()).contains("--target 2025=\"veel\"");
    assertThat(Cli.run("savings", Cli.seed(PLAN), "--kind", "sometimes").code()).isEqualTo(Main.BAD_INPUT);

  }
}
