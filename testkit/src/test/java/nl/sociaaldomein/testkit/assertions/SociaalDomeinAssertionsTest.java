package nl.sociaaldomein.testkit.assertions;

import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;
import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThatThrownBy;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.money.RoundedTable;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.testkit.generate.Bsns;
import nl.sociaaldomein.testkit.generate.Statements;
import nl.sociaaldomein.testkit.generate.VarianceExplanations;
import nl.sociaaldomein.testkit.reference.ReferenceCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each assertion passes on right input and fails, with its documented message, on wrong input. */
class SociaalDomeinAssertionsTest {

  private static final Statement MEPPEL = ReferenceCases.named("seed-000-statement").expectedStatement();

  @Test
  void aReconcilingStatementReconcilesAndAnAlteredOneDoesNotNamingTheCell() {
    assertThat(MEPPEL).reconciles();
    Statements.Injected injected = Statements.withInconsistency().seeded(5).next();
    assertThatThrownBy(() -> assertThat(injected.statement()).reconciles())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not reconcile")
        .hasMessageContaining(" inconsistent" + System.lineSeparator())
        .hasMessageContaining(injected.cell() + ": printed "
            + FigureFormat.of(injected.printed().unit()).format(injected.printed()))
        .hasMessageContaining(", consistent from ")
        .hasMessageContaining(", off by ");
  }

  @Test
  void anInconsistencyIsFoundAtItsCellAndNowhereElse() {
    Statements.Injected injected = Statements.withInconsistency().seeded(8).next();
    Statement s = injected.statement();
    assertThat(s).hasInconsistencyAt(injected.cell());
    assertThat(s).hasInconsistencyAt(injected.cell().place(), injected.cell().column());
    assertThat(s).hasInconsistencyAt(injected.cell().place().groupName().orElse(""), injected.cell().place().toString(),
        injected.cell().column());
    assertThatThrownBy(() -> assertThat(MEPPEL).hasInconsistencyAt(new Place.GroupResult("Inkomensregelingen"), "Realisatie 2022"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("has no inconsistency at group \"Inkomensregelingen\", saldo van baten en lasten, column"
            + " \"Realisatie 2022\", printed 3.409 (x € 1.000), its lines give 3.408 to 3.410 (x € 1.000)");
    assertThatThrownBy(() -> assertThat(MEPPEL).hasInconsistencyAt("Inkomensregelingen", "Lasten", "Realisatie 2022"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("has no inconsistency at group \"Inkomensregelingen\", row \"Lasten\", column \"Realisatie 2022\"")
        .hasMessageContaining("121 derived cells checked, 0 inconsistent");
  }

  @Test
  void aSeedStatementWithOneFigureMistypedFailsAtThatTotal() {
    // Meppel's "Totaal Inkomensregelingen" realisation printed 3.490 instead of 3.409.
    String csv = StatementCsv.toCsv(MEPPEL, CsvDialect.DUTCH_EXCEL)
        .replace("Totaal Inkomensregelingen;;1.833;2.304;4.560;3.409;", "Totaal Inkomensregelingen;;1.833;2.304;4.560;3.490;");
    Statement mistyped = StatementCsv.read(new java.io.StringReader(csv), "mistyped").orElseThrow();
    assertThat(mistyped).hasInconsistencyAt("Inkomensregelingen", "Totaal Inkomensregelingen", "Realisatie 2022");
    assertThatThrownBy(() -> assertThat(mistyped).reconciles())
        .hasMessageContaining("group \"Inkomensregelingen\"")
        // Both sides in the printed unit and in Dutch notation: the group's lines 14.867 and -11.458
        // give 3.409 ± 1, so 3.490 misses the range 3.407,5 to 3.410,5 by 79,5.
        .hasMessageContaining("printed 3.490, its lines give 3.409 ± 1, consistent from 3.407,5 to 3.410,5,"
            + " off by 79,5 (x € 1.000)");
  }

  @Test
  void aPublishedTableAddsUpToItsTotalAndATamperedOneFailsNamingThePart() {
    List<Amount> exact = List.of(Amount.ofEuros(1_400), Amount.ofEuros(1_400), Amount.ofEuros(1_400));
    RoundedTable table = RoundedTable.publish(exact, EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
    assertThat(table).addsUpTo(Amount.ofEuros(4_200));
    assertThatThrownBy(() -> assertThat(table).addsUpTo(Amount.ofEuros(4_300)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not add up to € 4.300,00")
        .hasMessageContaining("exact total € 4.200,00, not € 4.300,00; difference € -100,00");
  }

  @Test
  void aToolsTableEachPartRoundedOnItsOwnDoesNotAddUp() {
    // 1.400 three times, each rounded on its own to 1 (x 1.000), printed with the total 4: the parts give 3.
    PrintedFigure one = PrintedFigure.of(1, EuroUnit.THOUSANDS);
    PrintedTable own = PrintedTable.of(List.of(one, one, one), PrintedFigure.of(4, EuroUnit.THOUSANDS));
    assertThatThrownBy(() -> assertThat(own).addsUpTo(Amount.ofEuros(4_200)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the printed parts add up to 3 (x € 1.000), the printed total is 4 (x € 1.000); difference 1 (x € 1.000)");
    PrintedTable shortTotal = PrintedTable.of(List.of(one, one, one), PrintedFigure.of(3, EuroUnit.THOUSANDS));
    assertThatThrownBy(() -> assertThat(shortTotal).addsUpTo(Amount.ofEuros(4_200)))
        .hasMessageContaining("total: printed 3 (x € 1.000), exact € 4.200,00, allowed from € 3.200,01 to € 5.199,99"
            + " (less than one unit away), difference € -1.200,00");
    assertThat(PrintedTable.of(RoundedTable.publish(List.of(Amount.ofEuros(1_400), Amount.ofEuros(1_400), Amount.ofEuros(1_400)),
        EuroUnit.THOUSANDS, RoundingMode.HALF_UP))).addsUpTo(Amount.ofEuros(4_200));
  }

  @Test
  void aPrintedFigureIsConsistentWithItsRoundingAndNotBeyond() {
    PrintedFigure lasten = DutchNotation.parseFigure("13.219", EuroUnit.THOUSANDS);
    assertThat(lasten).isConsistentWith(Amount.ofEuros(13_219_400));
    assertThatThrownBy(() -> assertThat(lasten).isConsistentWith(Amount.ofCents(1_322_010_400L)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("printed 13.219 (x € 1.000) is not consistent with € 13.220.104,00: it stands for € 13.218.500,00"
            + " to € 13.219.500,00; difference € 1.104,00, € 604,00 beyond the rounding bound of € 500,00");
  }

  @Test
  void explanationsExplainTheirVarianceOrFailWithTheLibrarysFinding() {
    VarianceExplanations.Explained complete = VarianceExplanations.complete().seeded(2).next();
    assertThat(complete.explanations()).explain(complete.comparison());
    assertThat(complete.explanations()).explain(complete.statement());
    VarianceExplanations.Explained gap = VarianceExplanations.withGap().seeded(2).next();
    assertThatThrownBy(() -> assertThat(gap.explanations()).explain(gap.comparison()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the explanations do not explain the variances of statement")
        .hasMessageContaining(gap.target() + ": the items (")
        .hasMessageContaining("is unexplained, beyond the rounding bound of");
  }

  @Test
  void aReportWithoutBsnsPassesAndOneWithAValidBsnFailsWithoutShowingIt() {
    String bsn = Bsns.valid().seeded(4).next();
    assertThat("cliënt 4711, IBAN NL91ABNA0417164300, bedrag 123456789012").containsNoBsn();
    assertThat("nummer " + Bsns.invalid().seeded(4).next()).containsNoBsn();
    String report = "Rapport\nregel twee: client " + bsn + " kreeg zorg";
    assertThatThrownBy(() -> assertThat(report).containsNoBsn())
        .isInstanceOf(AssertionError.class)
        .hasMessage("the text holds 1 number(s) that pass the elfproef, each possibly a BSN (not shown): line 2, column 20 (9 digits)")
        .message().doesNotContain(bsn);
    // An eight-digit BSN, its leading zero dropped by a spreadsheet, is found too.
    String eight = "0" + bsn.substring(1);
    if (Bsns.passesElfproef(eight)) {
      assertThatThrownBy(() -> assertThat("x;" + eight.substring(1) + ";y").containsNoBsn()).hasMessageContaining("(8 digits)");
    }
    assertThatThrownBy(() -> assertThat(report.getBytes(StandardCharsets.UTF_8)).containsNoBsn())
        .hasMessageContaining("the bytes holds 1 number(s)");
  }

  @Test
  void aFileIsCheckedForBsnsAndParsedAsAStatement(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("meppel.csv");
    StatementCsv.write(MEPPEL, csv, CsvDialect.DUTCH_EXCEL);
    assertThat(csv).containsNoBsn().parsesAs(MEPPEL);
    Files.writeString(csv, "id;bsn\n1;111222333\n");
    assertThatThrownBy(() -> assertThat(csv).containsNoBsn()).hasMessageContaining("line 2, column 3 (9 digits)");
  }

  @Test
  void csvOutputParsesAsItsStatementOrFailsNamingTheCell() {
    String written = StatementCsv.toCsv(MEPPEL, CsvDialect.PLAIN);
    assertThat(written).parsesAs(MEPPEL);
    String changed = written.replace("line,Inkomensregelingen,lasten,Lasten,,14350", "line,Inkomensregelingen,lasten,Lasten,,14351");
    assertThatThrownBy(() -> assertThat(changed).parsesAs(MEPPEL))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("reads as a statement other than \"Programma 3 Sociaal domein\"")
        .hasMessageContaining("group \"Inkomensregelingen\", line \"Lasten\" (lasten), column \"Realisatie 2021\": expected -14.350 (x € 1.000), read -14.351 (x € 1.000)");
    assertThatThrownBy(() -> assertThat("not;a;statement").parsesAs(MEPPEL))
        .hasMessageContaining("does not read as a statement CSV");
  }
}
