// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.reference;

import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;
import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.testkit.reference.Difference.Kind;
import org.junit.jupiter.api.Test;

/** Another tool's output against each case: the answer itself conforms, rounding is no error, a changed figure is. */
class ConformanceTest {

  @Test
  void everyAnswerConformsToItselfWithNoDifference() {
    for (ReferenceCase c : ReferenceCases.all()) {
      ConformanceReport report = Conformance.check(c, c.expected(), c.name() + ".csv");
      assertThat(report.isConformant()).as(report.toString()).isTrue();
      assertThat(report.differences()).as(c.name()).isEmpty();
      assertThat(report.compared()).as(c.name()).isPositive();
    }
  }

  @Test
  void aStatementPrintedInAnotherConventionAndDialectConforms() {
    ReferenceCase meppel = ReferenceCases.named("seed-000-statement");
    Statement incomePositive = meppel.expectedStatement().withConvention(SignConvention.INCOME_POSITIVE);
    ConformanceReport report = Conformance.check(meppel, StatementCsv.toCsv(incomePositive, CsvDialect.PLAIN), "tool.csv");
    assertThat(report.differences()).isEmpty();
  }

  @Test
  void aStatementWithEveryTotalPrintedInEurosConformsUpToRounding() {
    // A tool that prints every derived cell, its own rounding of the lines: the cells the document
    // leaves blank are held against what its figures give.
    ReferenceCase twenterand = ReferenceCases.named("seed-002-statement");
    Statement everyTotal = twenterand.expectedStatement().roundEach(EuroUnit.EUROS, RoundingMode.HALF_UP);
    ConformanceReport report = Conformance.check(twenterand, StatementCsv.toCsv(everyTotal, CsvDialect.DUTCH_EXCEL), "tool.csv");
    assertThat(report.isConformant()).as(report.toString()).isTrue();
    assertThat(report.compared()).isGreaterThan(twenterand.expectedStatement().printedDerivedCells().size());
  }

  @Test
  void aChangedStatementFigureIsADifferenceAtItsCell() {
    ReferenceCase meppel = ReferenceCases.named("seed-000-statement");
    String changed = meppel.expected().replace("line;Inkomensregelingen;lasten;Lasten;;14.350;", "line;Inkomensregelingen;lasten;Lasten;;14.305;");
    ConformanceReport report = Conformance.check(meppel, changed, "tool.csv");
    assertThat(report.isConformant()).isFalse();
    assertThat(report.errors()).first().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.DIFFERENT);
      assertThat(d.place()).isEqualTo("group \"Inkomensregelingen\", line \"Lasten\" (lasten), column \"Realisatie 2021\"");
      assertThat(d.toString()).isEqualTo("DIFFERENT group \"Inkomensregelingen\", line \"Lasten\" (lasten), column"
          + " \"Realisatie 2021\": expected -14.350 (x € 1.000), found -14.305 (x € 1.000)"
          + " (difference € 45.000,00, rounding allows € 1.000,00)");
    });
  }

  @Test
  void aStatementWithoutALineMissesItsFiguresAndOneWithAnotherLineHasThemUnexpected() {
    ReferenceCase meppel = ReferenceCases.named("seed-000-statement");
    String renamed = meppel.expected().replace("line;Arbeidsparticipatie;baten;Baten;", "line;Arbeidsparticipatie;baten;Opbrengsten;");
    ConformanceReport report = Conformance.check(meppel, renamed, "tool.csv");
    assertThat(report.errors()).extracting(Difference::kind)
        .containsOnly(Kind.MISSING, Kind.UNEXPECTED).contains(Kind.MISSING, Kind.UNEXPECTED);
    assertThat(report.errors()).filteredOn(d -> d.kind() == Kind.MISSING).first().extracting(Difference::place)
        .isEqualTo("group \"Arbeidsparticipatie\", line \"Baten\" (baten), column \"Realisatie 2021\"");
    assertThat(report.errors()).filteredOn(d -> d.kind() == Kind.UNEXPECTED).first().extracting(Difference::place)
        .isEqualTo("group \"Arbeidsparticipatie\", line \"Opbrengsten\" (baten), column \"Realisatie 2021\"");
  }

  @Test
  void aQuickscanInThousandsConformsUpToRoundingAndAWrongCountDoesNot() {
    ReferenceCase quickscan = ReferenceCases.named("seed-004-quickscan");
    List<String> lines = new ArrayList<>(quickscan.expected().lines().toList());
    lines.set(0, "wet;jaar;cliënten;betalingen;kosten (x 1.000)");
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(";");
      BigDecimal euros = new BigDecimal(f[4].replace(".", ""));
      f[4] = euros.movePointLeft(3).setScale(0, RoundingMode.HALF_UP).toPlainString();
      lines.set(i, String.join(";", f));
    }
    String thousands = String.join("\n", lines);
    ConformanceReport report = Conformance.check(quickscan, thousands, "scan.csv");
    assertThat(report.isConformant()).as(report.toString()).isTrue();
    assertThat(report.roundings()).hasSize(lines.size() - 1);
    assertThat(report.roundings().get(1).toString()).isEqualTo("ROUNDING row wet=Jeugdwet, jaar=2018, column \"kosten\""
        + " (line 3): expected 16.924.704, found 16.925 (x € 1.000) (difference € 296,00, rounding allows € 500,00)");

    // A tool that quotes every name of its header says the same.
    String quoted = thousands.replaceFirst("wet;jaar;cliënten;betalingen;kosten \\(x 1.000\\)",
        "\"wet\";\"jaar\";\"cliënten\";\"betalingen\";\"kosten (x 1.000)\"");
    assertThat(quoted).startsWith("\"wet\"");
    assertThat(Conformance.check(quickscan, quoted, "quoted.csv").isConformant()).isTrue();

    ConformanceReport wrong = Conformance.check(quickscan, thousands.replace("Jeugdwet;2018;1.751;", "Jeugdwet;2018;1.752;"), "scan.csv");
    assertThat(wrong.errors()).extracting(Difference::toString).containsExactly("DIFFERENT row wet=Jeugdwet, jaar=2018,"
        + " column \"cliënten\" (line 3): expected 1.751, found 1.752 (difference € 1,00, rounding allows € 0,50)");
  }

  @Test
  void missingAndUnexpectedRowsAndUnreadableCellsAreDifferences() {
    ReferenceCase annex7 = ReferenceCases.named("seed-004-annex-7");
    String output = annex7.expected().replaceAll("(?m)^2018;.*\\R", "") + "2021;1;1;1;3;1;1;2;1\n";
    output = output.replace("2020;81.406.225;", "2020;81.406.22x;");
    ConformanceReport report = Conformance.check(annex7, output, "funding.csv");
    assertThat(report.errors()).extracting(Difference::kind).containsExactly(Kind.MISSING, Kind.UNREADABLE, Kind.UNEXPECTED);
    assertThat(report.errors().get(0).place()).isEqualTo("row jaar=2018");
    assertThat(report.errors().get(1).place()).startsWith("row jaar=2020, column \"deel gemeentefonds sociaal domein\"");
    assertThat(report.errors().get(2).place()).isEqualTo("line 5, row jaar=2021");
  }

  @Test
  void aRowTheReaderRefusesIsReportedAndItsRowMissing() {
    ReferenceCase annex7 = ReferenceCases.named("seed-004-annex-7");
    String output = annex7.expected().replace("2019;77.333.685;", "2019;77.333.685;1;");
    ConformanceReport report = Conformance.check(annex7, output, "funding.csv");
    assertThat(report.errors()).extracting(Difference::kind).containsExactly(Kind.UNREADABLE, Kind.MISSING);
    assertThat(report.errors().get(0).place()).contains("funding.csv, line 4").contains("more fields than the header has columns");
  }

  @Test
  void anOutputWithoutTheHeaderOrNoStatementAtAllIsRefused() {
    assertThatThrownBy(() -> Conformance.check(ReferenceCases.named("seed-004-annex-8"), "id,claim\nW1,300000\n", "x.csv"))
        .isInstanceOf(Conformance.UnreadableOutputException.class)
        .hasMessageContaining("x.csv")
        .hasMessageContaining("expected the header maatregel;domein;claim;berekend;verschil");
    assertThatThrownBy(() -> Conformance.check(ReferenceCases.named("seed-000-statement"), "hello", "x.csv"))
        .isInstanceOf(Conformance.UnreadableOutputException.class)
        .hasMessageContaining("not a statement CSV");
  }
}
