// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.sociaaldomein.io.CsvDialect;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementCsvTest {

  private static final String HEAD = String.join("\n",
      "#unit;THOUSANDS",
      "#convention;EXPENSES_POSITIVE",
      "#column;Begroting;AMENDED_BUDGET",
      "#column;Realisatie;REALISATION",
      "row;group;kind;label;taakveld;Begroting;Realisatie",
      "group;Wmo;product;;",
      "line;Wmo;lasten;Lasten;;1.000;1.100") + "\n";

  /** The strict read's exception; the lenient read of the same text must report the same problem first. */
  private static ReadException refused(String csv) {
    ReadException e = assertThrows(ReadException.class,
        () -> StatementCsv.read(new StringReader(csv), "wmo.csv", ReadMode.STRICT));
    assertEquals(e.problem(), lenient(csv).problems().get(0));
    return e;
  }

  private static ReadResult<Statement> lenient(String csv) {
    return StatementCsv.read(new StringReader(csv), "wmo.csv");
  }

  private static Statement read(String csv, String source) {
    return StatementCsv.read(new StringReader(csv), source).orElseThrow();
  }

  @Test
  void aBadFigureNamesFileLineColumnAndText() {
    ReadException e = refused(HEAD + "line;Wmo;baten;Baten;;-1.5;-200\n");
    assertEquals("wmo.csv", e.problem().where().source());
    assertEquals(8, e.problem().where().line().getAsLong());
    assertEquals("Begroting", e.problem().where().column().orElseThrow());
    assertEquals("-1.5", e.what().orElseThrow());
    assertTrue(e.getMessage().startsWith("wmo.csv, line 8, column \"Begroting\": \"-1.5\": Cannot read"), e.getMessage());
  }

  @Test
  void anUnknownRowOrKindIsNamed() {
    ReadException row = refused(HEAD + "subtotaal;Wmo;;;;1;1\n");
    assertEquals(8, row.problem().where().line().getAsLong());
    assertEquals("subtotaal", row.what().orElseThrow());
    ReadException kind = refused(HEAD + "line;Wmo;uitgaven;Uitgaven;;1;1\n");
    assertEquals("kind", kind.problem().where().column().orElseThrow());
    assertEquals("uitgaven", kind.what().orElseThrow());
  }

  @Test
  void duplicatesNameBothLines() {
    ReadException e = refused(HEAD + "line;Wmo;lasten;Lasten;;5;5\n");
    assertTrue(e.getMessage().contains("line 7") && e.getMessage().contains("line 8"), e.getMessage());
  }

  @Test
  void missingMetadataAndHeaderMistakesAreExplained() {
    assertTrue(refused("row;group;kind;label;taakveld;Begroting\n").getMessage().contains("#unit and #convention"));
    assertTrue(refused("#unit;EUROS\n#convention;EXPENSES_POSITIVE\nrij;groep\n").getMessage().contains("the header must start with"));
    ReadException noRole = refused("#unit;EUROS\n#convention;EXPENSES_POSITIVE\nrow;group;kind;label;taakveld;Begroting\n");
    assertEquals("Begroting", noRole.problem().where().column().orElseThrow());
    assertTrue(refused("#unit;DUIZENDEN\n").getMessage().contains("line 1"));
    assertTrue(refused(HEAD + "line;Jeugd;lasten;Lasten;;1;1\n").getMessage().contains("\"Jeugd\""));
    assertTrue(refused(HEAD + "line;Wmo;baten;Baten;;1;1;1\n").getMessage().contains("more fields than the header"));
  }

  @Test
  void readsWithAByteOrderMarkAndFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("wmo.csv");
    Files.write(file, ("\uFEFF" + HEAD).getBytes(StandardCharsets.UTF_8));
    Statement s = StatementCsv.read(file).orElseThrow();
    assertEquals(read(HEAD, file.toString()), s);
  }

  @Test
  void readsAndWritesThePlainDialect() {
    Statement seed = SeedStatementsTest.read(SeedStatementsTest.SEED_002);
    StringWriter out = new StringWriter();
    StatementCsv.write(seed, out, CsvDialect.PLAIN);
    String plain = out.toString();
    assertTrue(plain.contains("line,Doelenboom sociale zaken,lasten,Lasten,,18971249,18274274,20583845,51453,"), plain);
    assertEquals(seed, read(plain, "plain"));
  }

  @Test
  void writesTheDutchDialectAsItReadsIt() {
    Statement seed = SeedStatementsTest.read(SeedStatementsTest.SEED_000);
    StringWriter out = new StringWriter();
    StatementCsv.write(seed, out, CsvDialect.DUTCH_EXCEL);
    assertTrue(out.toString().contains("line;Samenkracht en burgerparticipatie;lasten;Lasten;;3.820;3.920;3.947;9.268;-5.321"), out::toString);
  }

  @Test
  void everyBadRowIsReportedWithItsPlaceAndTheGoodRowsAreRead() {
    String csv = HEAD
        + "line;Wmo;baten;Baten;;-1.5;-200\n"          // line 8: a figure in English notation
        + "line;Wmo;uitgaven;Uitgaven;;1;1\n"          // line 9: an unknown kind
        + "line;Wmo;storting;Storting;6,71;10;12\n"     // line 10: a bad taakveld code
        + "line;Jeugd;lasten;Lasten;;3;4\n"            // line 11: a group never declared
        + "line;Wmo;onttrekking;Onttrekking;;20;25\n"  // line 12: good
        + "result;;;;;1.000;1.100\n";                  // line 13: good, a printed result
    ReadResult<Statement> result = lenient(csv);

    List<Problem> problems = result.problems();
    assertEquals(4, problems.size(), problems::toString);
    assertEquals(new Problem(Location.atCell("wmo.csv", 8, "Begroting"), Optional.of("-1.5"),
        problems.get(0).why()), problems.get(0));
    assertTrue(problems.get(0).why().contains("a dot separates thousands"), problems.get(0).why());
    assertEquals(Problem.of(Location.atCell("wmo.csv", 9, "kind"), "uitgaven",
        "Unknown line kind \"uitgaven\"; expected lasten, baten, storting, onttrekking, mutatie or saldo"), problems.get(1));
    assertEquals(Location.atCell("wmo.csv", 10, "taakveld"), problems.get(2).where());
    assertEquals(Optional.of("6,71"), problems.get(2).what());
    assertEquals(Location.atLine("wmo.csv", 11), problems.get(3).where());
    assertTrue(problems.get(3).why().contains("\"Jeugd\", which is not declared"), problems.get(3).why());

    // The group row, two good lines and the result are taken; the four bad rows are rejected.
    assertEquals(8, result.report().rowsRead());
    assertEquals(4, result.report().accepted());
    assertEquals(4, result.report().rejected());
    Statement s = result.value().orElseThrow();
    assertEquals(2, s.lines().size());
    assertEquals(Optional.of(PrintedFigure.of(25, EuroUnit.THOUSANDS)),
        s.printed(new Cell(new Place.Line("Wmo", LineKind.RESERVE_WITHDRAWAL, "Onttrekking"), "Realisatie")));
    assertTrue(s.check().isConsistent(), () -> s.check().toString());

    ReadException strict = assertThrows(ReadException.class,
        () -> StatementCsv.read(new StringReader(csv), "wmo.csv", ReadMode.STRICT));
    assertEquals(problems.get(0), strict.problem());
    assertThrows(ReadException.class, result::orElseThrow);
  }

  @Test
  void aFileWithoutAHeaderHasNoStatementAndLosesNoRow() {
    ReadResult<Statement> result = lenient("#unit;MILJOENEN\n#convention;EXPENSES_POSITIVE\n"
        + "row;group;kind;label;taakveld;Begroting\ngroup;Wmo;product;;\n");
    assertTrue(result.value().isEmpty());
    assertEquals(Location.atLine("wmo.csv", 1), result.problems().get(0).where());
    assertEquals(1, result.report().rejected(), "the group row is reported, not dropped");
    assertEquals(Location.atLine("wmo.csv", 4), result.problems().get(result.problems().size() - 1).where());
  }

  private static final String PLAIN_HEAD = String.join("\n",
      "#unit,THOUSANDS",
      "#convention,EXPENSES_POSITIVE",
      "#column,Begroting,AMENDED_BUDGET",
      "#column,Realisatie,REALISATION",
      "row,group,kind,label,taakveld,Begroting,Realisatie",
      "group,Wmo,product,,",
      "line,Wmo,lasten,Lasten,,1000,1100") + "\n";

  @ParameterizedTest
  @ValueSource(strings = {"1E+999999999", "21507E0214640460", "16140580E+99999999", "-8902411E-7972498", "1e3",
      "1234567890123456789012345678901", "0.1234567890123456789012345678901", "12.", ".5", "\u0661\u0662", "--1", "0x10", "1 000"})
  void aPlainFigureIsPlainDecimalNotationOfAtMostThirtyDigits(String figure) {
    String csv = PLAIN_HEAD + "line,Wmo,baten,Baten,," + figure + ",-200\n";
    ReadResult<Statement> result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> lenient(csv));
    assertEquals(1, result.problems().size(), result.problems()::toString);
    Problem p = result.problems().get(0);
    assertEquals(Location.atCell("wmo.csv", 8, "Begroting"), p.where());
    assertEquals(Optional.of(figure), p.what());
    assertEquals(1, result.report().rejected());
    Statement s = result.value().orElseThrow();
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertTrue(s.check().isConsistent()));
  }

  @Test
  void plainFiguresUpToThirtyDigitsAndSignsAreRead() {
    Statement s = read(PLAIN_HEAD + "line,Wmo,baten,Baten,,-123456789012345678901234.567890,+0.84\n", "plain");
    Place.Line baten = new Place.Line("Wmo", LineKind.INCOME, "Baten");
    assertEquals(Optional.of(PrintedFigure.of(new java.math.BigDecimal("-123456789012345678901234.567890"), EuroUnit.THOUSANDS)),
        s.printed(new Cell(baten, "Begroting")));
    assertEquals(Optional.of(PrintedFigure.of(new java.math.BigDecimal("0.84"), EuroUnit.THOUSANDS)),
        s.printed(new Cell(baten, "Realisatie")));
  }

  @Test
  void aPrintedCellAtAPlaceTheStatementDoesNotHaveIsRejectedWithItsLine() {
    // "Totaal stortingen" without a storting line: nothing to check it against.
    ReadException total = refused(HEAD + "total;;storting;Totaal stortingen;;5;5\n");
    assertEquals(Location.atLine("wmo.csv", 8), total.problem().where());
    assertTrue(total.getMessage().contains("total storting"), total.getMessage());
    // The saldo of a group with only reserve lines.
    String reserves = HEAD + "group;Reserves;other;;\n"
        + "line;Reserves;storting;Storting;;10;12\n"
        + "group-total;Reserves;;Totaal;;10;12\n";
    ReadResult<Statement> result = lenient(reserves);
    assertEquals(List.of(Location.atLine("wmo.csv", 10)),
        result.problems().stream().map(Problem::where).toList(), result.problems()::toString);
    assertEquals(1, result.report().rejected());
    assertEquals(4, result.report().accepted());
    Statement s = result.value().orElseThrow();
    assertTrue(s.printedDerivedCells().isEmpty(), s.printedDerivedCells()::toString);
    // What is read is written back.
    assertEquals(s, read(StatementCsv.toCsv(s, CsvDialect.DUTCH_EXCEL), "wmo.csv"));
  }

  @Test
  void aGroupRowWithFiguresIsRejected() {
    ReadException e = refused(HEAD + "group;Jeugd;product;;;1;\n");
    assertEquals(Location.atLine("wmo.csv", 8), e.problem().where());
    assertTrue(e.getMessage().contains("a group row holds no figures"), e.getMessage());
    ReadResult<Statement> result = lenient(HEAD + "group;Jeugd;product;;;1;\n");
    assertEquals(1, result.report().rejected());
    assertTrue(result.value().orElseThrow().groups().stream().noneMatch(g -> g.name().equals("Jeugd")));
  }

  @Test
  void anUnclosedQuoteIsReportedAsTheRegionItTakesInAndItsLinesAreCounted() {
    String csv = HEAD
        + "line;Wmo;baten;\"Baten;;-100;-120\n"      // line 8: the quote is never closed
        + "line;Wmo;storting;Storting;;10;12\n"      // line 9
        + "\n"                                        // line 10: blank, no row
        + "result;;;;;900;980\n";                    // line 11
    ReadResult<Statement> result = lenient(csv);
    assertEquals(List.of(Location.atLine("wmo.csv", 8), Location.atLine("wmo.csv", 9), Location.atLine("wmo.csv", 11)),
        result.problems().stream().map(Problem::where).toList(), result.problems()::toString);
    Problem p = result.problems().get(0);
    assertTrue(p.why().contains("an unclosed quote from line 8 takes in lines 8 to 11"), p.why());
    assertEquals("not read: taken in by the unclosed quote from line 8", result.problems().get(2).why());
    // The group row and line 7 are taken; lines 8, 9 and 11 are rows, rejected with the region.
    assertEquals(5, result.report().rowsRead());
    assertEquals(2, result.report().accepted());
    assertEquals(3, result.report().rejected());
    assertEquals(1, result.value().orElseThrow().lines().size());
    assertEquals(p, refused(csv).problem());
  }

  @Test
  void anUnclosedQuoteBeforeTheHeaderLeavesNoHeader() {
    ReadResult<Statement> result = lenient("#source;\"Wmo 2022\n" + HEAD);
    assertTrue(result.value().isEmpty());
    assertEquals(List.of(Location.atLine("wmo.csv", 1)), result.problems().stream().map(Problem::where).toList(),
        result.problems()::toString);
    assertTrue(result.problems().get(0).why().contains("an unclosed quote from line 1 takes in lines 1 to 8"));
    assertEquals(0, result.report().rowsRead());
  }

  @Test
  void aMultiLineQuotedFieldThatIsClosedIsNoRegion() {
    String csv = "#note;\"two\nlines\"\n" + HEAD;
    ReadResult<Statement> result = lenient(csv);
    assertTrue(result.problems().isEmpty(), result.problems()::toString);
    assertEquals(2, result.report().accepted());
  }

  @Test
  void aSecondColumnRowForOneLabelIsRefusedNamingTheFirst() {
    String csv = "#unit;THOUSANDS\n#convention;EXPENSES_POSITIVE\n"
        + "#column;Begroting;AMENDED_BUDGET\n"
        + "#column;Begroting;REALISATION\n"
        + "row;group;kind;label;taakveld;Begroting\n";
    ReadException e = refused(csv);
    assertEquals(Location.atLine("wmo.csv", 4), e.problem().where());
    assertEquals(Optional.of("Begroting"), e.what());
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    assertTrue(lenient(csv).value().isEmpty());
  }

  @Test
  void aDuplicateHeaderLabelIsAProblemAtItsCell() {
    String csv = "#unit;THOUSANDS\n#convention;EXPENSES_POSITIVE\n#column;Begroting;AMENDED_BUDGET\n"
        + "row;group;kind;label;taakveld;Begroting;Begroting\ngroup;Wmo;product;;\n";
    ReadException e = refused(csv);
    assertEquals(Location.atCell("wmo.csv", 4, "Begroting"), e.problem().where());
    assertEquals(Optional.of("Begroting"), e.what());
    ReadResult<Statement> result = lenient(csv);
    assertTrue(result.value().isEmpty());
    assertEquals(1, result.report().rejected(), "the group row after the bad header is rejected, not lost");
  }

  @Test
  void aCsvSyntaxErrorNamesItsLine() {
    ReadException e = refused(HEAD + "line;Wmo;baten;\"Baten\"x;;1;1\n");
    assertEquals(Location.atLine("wmo.csv", 8), e.problem().where());
    assertTrue(e.getMessage().startsWith("wmo.csv, line 8: not valid CSV"), e.getMessage());
  }
}
