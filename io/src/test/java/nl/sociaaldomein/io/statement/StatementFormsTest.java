// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.statement;

import static nl.sociaaldomein.io.statement.SeedStatementsTest.R2022;
import static nl.sociaaldomein.io.statement.SeedStatementsTest.SEED_000;
import static nl.sociaaldomein.io.statement.SeedStatementsTest.SEED_002;
import static nl.sociaaldomein.io.statement.SeedStatementsTest.csv;
import static nl.sociaaldomein.io.statement.SeedStatementsTest.fixture;
import static nl.sociaaldomein.io.statement.SeedStatementsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.MinusStyle;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Inconsistency;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.VarianceNotation;
import nl.sociaaldomein.text.StatementText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The forms real statements take (issue 9, section 0): each is read into the one canonical
 * meaning, checked, and written back as printed.
 */
class StatementFormsTest {

  private static final String VARIANCE_002 = "gerealiseerd totaal saldo van baten en lasten";
  private static final String VERSCHILLEN = "synthetic-verschillen-000.csv";

  private static ReadResult<Statement> lenient(String text) {
    return StatementCsv.read(new StringReader(text), "s.csv");
  }

  /** Written in {@code dialect} and read back. */
  private static Statement roundTrip(Statement s, CsvDialect dialect) {
    return csv(StatementCsv.toCsv(s, dialect), "written");
  }

  @ParameterizedTest
  @EnumSource(SignConvention.class)
  void seed002sFavourableNegativeVarianceStaysFavourableInEveryConvention(SignConvention convention) {
    Statement converted = read(SEED_002).withConvention(convention);
    Cell result = new Cell(new Place.ResultBeforeReserves(), VARIANCE_002);
    assertEquals(Optional.of(Direction.FAVOURABLE), converted.printedDirection(result));
    // The column prints realisation minus budget of a net cost, so favourable is negative, as printed.
    assertEquals(Optional.of(PrintedFigure.of(-1_412_815, EuroUnit.EUROS)), converted.printed(result));
    for (CsvDialect dialect : CsvDialect.values()) {
      Statement back = roundTrip(converted, dialect);
      assertEquals(converted, back);
      assertTrue(back.check().isConsistent(), () -> back.check().toString());
    }
  }

  @Test
  void aLetteredVarianceMeansWhatItsLetterSaysInAFavourableNegativeColumn() {
    String text = fixture(SEED_002).replace(";;;;;-1.412.815", ";;;;;1.412.815 V");
    Statement s = csv(text, "lettered");
    Cell result = new Cell(new Place.ResultBeforeReserves(), VARIANCE_002);
    assertEquals(Optional.of(Direction.FAVOURABLE), s.printedDirection(result));
    assertEquals(read(SEED_002).printed(result), s.printed(result));
    assertTrue(s.check().isConsistent(), () -> s.check().toString());
  }

  @Test
  void aSignedLetteredVarianceIsHeldAgainstTheSignInItsColumnsOwnNotation() {
    // In seed 002's favourable-negative column a minus means V: "-1.412.815 V" agrees with itself.
    Statement signed = csv(fixture(SEED_002).replace(";;;;;-1.412.815", ";;;;;-1.412.815 V"), "signed");
    Cell result = new Cell(new Place.ResultBeforeReserves(), VARIANCE_002);
    assertEquals(Optional.of(Direction.FAVOURABLE), signed.printedDirection(result));
    assertEquals(read(SEED_002).printed(result), signed.printed(result));
    // "-1.412.815 N" there says two things: refused at its cell, with what to write.
    for (String contradiction : List.of("-1.412.815 N", "1.412.815- N")) {
      ReadResult<Statement> refused = lenient(fixture(SEED_002).replace(";;;;;-1.412.815", ";;;;;" + contradiction));
      Problem p = refused.problems().get(0);
      assertEquals(Optional.of("-1412815 N"), p.what(), p::toString);
      assertTrue(p.why().contains("(favourable-negative) a minus means V, but the letter says N"), p.why());
      assertEquals(1, refused.report().rejected());
    }
    // In seed 000's favourable-positive column a minus means N, as it does to DutchNotation.
    String seed000 = fixture(SEED_000);
    assertTrue(lenient(seed000.replace(";7.608;-81", ";7.608;-81 N")).problems().isEmpty());
    String why = lenient(seed000.replace(";7.608;-81", ";7.608;-81 V")).problems().get(0).why();
    assertTrue(why.contains("(favourable-positive) a minus means N, but the letter says V"), why);
  }

  @Test
  void aVOrNInAColumnOfFiguresIsRefusedSayingWhatToWrite() {
    String text = SeedStatementsTest.fixture(SEED_000).replace(
        "line;Inkomensregelingen;lasten;Lasten;;14.350;13.235;15.961;14.867;1.094",
        "line;Inkomensregelingen;lasten;Lasten;;14.350;13.235;15.961;33.221 N;1.094");
    ReadResult<Statement> result = lenient(text);
    Problem p = result.problems().get(0);
    assertEquals(Location.atCell("s.csv", 22, R2022), p.where());
    assertEquals(Optional.of("33.221 N"), p.what());
    assertTrue(p.why().contains("carry no V or N: write the figure with its sign"), p.why());
    assertEquals(1, result.report().rejected());
    assertEquals(1, result.problems().size(), result.problems()::toString);
  }

  @Test
  void aTableOfVariancesOnlyIsReadCheckedAndWrittenBackWhole() {
    Statement s = read(VERSCHILLEN);
    ReconciliationReport report = s.check();
    // Every printed derived cell is checked: 11 saldo na bestemming, 3 programme rows.
    assertEquals(14, report.checkedCells());
    assertTrue(report.isConsistent(), report::toString);
    Cell product17 = new Cell(new Place.GroupAfterReserves("Maatwerkdienstverlening 18-"), "Verschil");
    assertEquals(Optional.of(PrintedFigure.of(-1_749, EuroUnit.THOUSANDS)), s.printedEffect(product17));
    assertEquals(Optional.of(Direction.UNFAVOURABLE), s.printedDirection(product17));
    for (CsvDialect dialect : CsvDialect.values()) {
      Statement back = roundTrip(s, dialect);
      assertEquals(s, back);
    }
    // Written as printed: unsigned with a letter.
    assertTrue(StatementCsv.toCsv(s, CsvDialect.DUTCH_EXCEL)
        .contains("group-after;Maatwerkdienstverlening 18-;;Saldo na bestemming;;1.749 N"));
  }

  @Test
  void aWrongFigureInATableOfVariancesIsFound() {
    Statement s = csv(fixture(VERSCHILLEN).replace(";;571 V", ";;581 V"), "altered");
    ReconciliationReport report = s.check();
    // Against its lines (543 + 28), and the programme's 5.078 against the printed saldi na bestemming.
    assertEquals(List.of(new Cell(new Place.GroupAfterReserves("Maatwerkdienstverlening 18+"), "Verschil"),
            new Cell(new Place.ResultAfterReserves(), "Verschil")),
        report.inconsistencies().stream().map(Inconsistency::cell).toList());
    assertEquals(List.of(Inconsistency.Source.LINES, Inconsistency.Source.PRINTED_SUBTOTALS),
        report.inconsistencies().stream().map(Inconsistency::source).toList());
  }

  @Test
  void aVarianceOverColumnsThatPrintNothingIsNoFalseAllClearAndNothingIsLost() {
    String text = """
        #unit;THOUSANDS
        #convention;EXPENSES_POSITIVE
        #column;Begroting;AMENDED_BUDGET
        #column;Realisatie;REALISATION
        #column;Verschil;VARIANCE;Begroting;Realisatie;favourable-positive
        row;group;kind;label;taakveld;Begroting;Realisatie;Verschil
        group;Wmo;product;;
        line;Wmo;lasten;Lasten;;;;120
        line;Wmo;baten;Baten;;;;-20
        group-total;Wmo;;Totaal Wmo;;;;100
        """;
    Statement s = csv(text, "empty-bases");
    ReconciliationReport report = s.check();
    assertEquals(3, report.checkedCells());
    assertEquals(3, report.inconsistencies().size(), report::toString);
    assertEquals(3, s.printedDerivedCells().size());
    assertEquals(s, roundTrip(s, CsvDialect.DUTCH_EXCEL));
  }

  @Test
  void printedLabelsOfTotalsAndResultsAreKeptAndWrittenBack() {
    Statement s002 = read(SEED_002);
    assertEquals(Optional.of("Geraamd resultaat"), s002.label(new Place.ResultAfterReserves()));
    assertEquals(Optional.of("Totaal saldo van baten en lasten"), s002.label(new Place.ResultBeforeReserves()));
    assertEquals(Optional.of(VARIANCE_002), s002.label(new Cell(new Place.ResultBeforeReserves(), VARIANCE_002)));
    assertTrue(StatementText.format(s002).contains("Geraamd resultaat"));
    Statement s000 = read(SEED_000);
    assertEquals(Optional.of("Totaal Samenkracht en burgerparticipatie"),
        s000.label(new Place.GroupResult("Samenkracht en burgerparticipatie")));
    for (String seed : List.of(SEED_000, SEED_002)) {
      Statement s = read(seed);
      String written = StatementCsv.toCsv(s, CsvDialect.DUTCH_EXCEL);
      assertEquals(s, csv(written, "written"));
    }
    // Seed 002 prints its result twice, the second time with only the variance and a label of its own.
    assertTrue(StatementCsv.toCsv(s002, CsvDialect.DUTCH_EXCEL).contains("result;;;" + VARIANCE_002 + ";;;;;;-1.412.815"));
  }

  @Test
  void aProgrammeTotalWithinTheBoundOfItsLinesButNotOfItsPrintedSubtotalsIsFound() {
    // 38.000 against the 20 printed lines (37.992, ±10,5 with its own rounding) passes; against
    // the 11 printed group results (37.991, ±6 with its own) it is 3 thousand beyond.
    String text = fixture(SEED_000).replace("result;;;Totaal Sociale zekerheid en werkgelegenheid;;38.657;38.254;42.981;37.992;4.988",
        "result;;;Totaal Sociale zekerheid en werkgelegenheid;;38.657;38.254;42.981;38.000;4.988");
    ReconciliationReport report = csv(text, "altered").check();
    Inconsistency found = report.inconsistencies().stream()
        .filter(i -> i.cell().equals(new Cell(new Place.ResultBeforeReserves(), R2022))).findFirst().orElseThrow();
    assertEquals(Inconsistency.Source.PRINTED_SUBTOTALS, found.source());
    assertEquals(0, new BigDecimal("3000").compareTo(found.excess()), found::toString);
    assertEquals(11, found.parts().size());
  }

  @Test
  void bothPositiveWithANetCostSaldoReadsAsTheOtherConventions() {
    Statement seed = read(SEED_000);
    Statement netCost = seed.withConvention(SignConvention.BOTH_POSITIVE_NET_COST);
    String group = "Samenkracht en burgerparticipatie";
    assertEquals(Optional.of(PrintedFigure.of(441, EuroUnit.THOUSANDS)),
        netCost.printed(new Cell(new Place.Line(group, LineKind.INCOME, "Baten"), "Totaal Begroting 2022 incl. wijzigingen")));
    // Saldo = lasten - baten: a net cost prints positive.
    assertEquals(Optional.of(PrintedFigure.of(3_506, EuroUnit.THOUSANDS)),
        netCost.printed(new Cell(new Place.GroupResult(group), "Totaal Begroting 2022 incl. wijzigingen")));
    String written = StatementCsv.toCsv(netCost, CsvDialect.DUTCH_EXCEL);
    assertTrue(written.contains(";BOTH_POSITIVE_NET_COST"), written);
    assertEquals(netCost, csv(written, "net-cost"));
    assertEquals(seed, csv(written, "net-cost").withConvention(SignConvention.EXPENSES_POSITIVE));
  }

  @Test
  void aPlainDifferenceOfTheTwoPrintedColumnsIsFavourableOnExpensesAndUnfavourableOnIncome() {
    String text = """
        #unit;THOUSANDS
        #convention;BOTH_POSITIVE
        #column;Begroting;AMENDED_BUDGET
        #column;Rekening;REALISATION
        #column;Begroot - Rekening;VARIANCE;Begroting;Rekening;budget-minus-actual
        row;group;kind;label;taakveld;Begroting;Rekening;Begroot - Rekening
        group;Inkomensregelingen;product;;
        line;Inkomensregelingen;lasten;Lasten;;15.961;14.867;1.094
        line;Inkomensregelingen;baten;Baten;;11.401;11.458;-57
        """;
    Statement s = csv(text, "difference");
    assertTrue(s.check().isConsistent(), () -> s.check().toString());
    Cell lasten = new Cell(new Place.Line("Inkomensregelingen", LineKind.EXPENSES, "Lasten"), "Begroot - Rekening");
    Cell baten = new Cell(new Place.Line("Inkomensregelingen", LineKind.INCOME, "Baten"), "Begroot - Rekening");
    assertEquals(Optional.of(Direction.FAVOURABLE), s.printedDirection(lasten));
    // 57 more income than budgeted prints as -57, and is favourable.
    assertEquals(Optional.of(Direction.FAVOURABLE), s.printedDirection(baten));
    assertEquals(Optional.of(PrintedFigure.of(57, EuroUnit.THOUSANDS)), s.printedEffect(baten));
    assertEquals(s, roundTrip(s, CsvDialect.DUTCH_EXCEL));
    // In seed 000's convention the same variance prints as seed 000 prints it.
    assertEquals(Optional.of(PrintedFigure.of(57, EuroUnit.THOUSANDS)),
        s.withConvention(SignConvention.EXPENSES_POSITIVE).printed(baten));
  }

  @Test
  void unsignedFiguresWithLettersAndATrailingMinusReadAndWriteBack() {
    String text = """
        #unit;THOUSANDS
        #convention;EXPENSES_POSITIVE
        #column;Begroting;AMENDED_BUDGET
        #column;Rekening;REALISATION
        #column;Afwijking;VARIANCE;Begroting;Rekening;letter
        row;group;kind;label;taakveld;Begroting;Rekening;Afwijking
        group;Samenkracht en burgerparticipatie;product;;
        line;Samenkracht en burgerparticipatie;lasten;Lasten;;3.947;9.268;5.321 N
        line;Samenkracht en burgerparticipatie;baten;Baten;;441-;9.152-;8.711 V
        group-total;Samenkracht en burgerparticipatie;;Totaal;;3.506;116;3.390 V
        """;
    Statement s = csv(text, "letters");
    assertTrue(s.check().isConsistent(), () -> s.check().toString());
    assertEquals(MinusStyle.TRAILING, s.minusStyle());
    assertEquals(Optional.of(PrintedFigure.of(-9_152, EuroUnit.THOUSANDS)),
        s.printed(new Cell(new Place.Line("Samenkracht en burgerparticipatie", LineKind.INCOME, "Baten"), "Rekening")));
    String written = StatementCsv.toCsv(s, CsvDialect.DUTCH_EXCEL);
    assertTrue(written.contains(";441-;9.152-;8.711 V"), written);
    assertTrue(written.contains(";3.947;9.268;5.321 N"), written);
    assertEquals(s, csv(written, "written"));
    assertEquals(VarianceNotation.LETTER, s.column("Afwijking").variance().orElseThrow().notation());
  }

  @Test
  void aCheckIsJsonWithEachRowNamedAsTheFormatsNameIt() throws Exception {
    String text = fixture(SEED_000).replace("4.560;3.409;1.151", "4.560;3.412;1.151");
    com.fasterxml.jackson.databind.JsonNode json = nl.sociaaldomein.io.json.SociaalDomeinJson.mapper()
        .valueToTree(csv(text, "altered").check());
    com.fasterxml.jackson.databind.JsonNode first = json.get("inconsistencies").get(0);
    assertEquals("group-total", first.at("/cell/place/row").asText());
    assertEquals("Inkomensregelingen", first.at("/cell/place/group").asText());
    assertEquals("LINES", first.get("source").asText());
    assertEquals("line", first.at("/parts/0/place/row").asText());
    assertEquals("EXPENSES", first.at("/parts/0/place/kind").asText());
    assertEquals("COMPARED_COLUMNS", json.get("inconsistencies").get(1).get("source").asText());
  }

  @Test
  void anUnknownOrRepeatedMetadataRowIsAProblemNotSilence() {
    String base = fixture(SEED_000);
    ReadResult<Statement> unknown = lenient(base.replace("#name;", "#naam;Programma 3\n#name;"));
    assertEquals(List.of("s.csv, line 4: \"#naam\": an unknown metadata row, not read; expected #unit, #convention,"
        + " #name, #catalogue, #minus, #column, #source or #note"), unknown.problems().stream().map(Problem::toString).toList());
    // The rows are read all the same.
    assertEquals(read(SEED_000), unknown.value().orElseThrow());
    ReadResult<Statement> twice = lenient(base.replace("#unit;THOUSANDS", "#unit;THOUSANDS\n#Unit;MILLIONS"));
    assertTrue(twice.problems().get(0).why().contains("a second #unit row; the first is at line 3"), twice.problems()::toString);
    assertTrue(twice.value().isEmpty());
  }

  @Test
  void everyMetadataErrorNamesItsRowAndShowsAValidOne() {
    String header = "row;group;kind;label;taakveld;Realisatie\n";
    assertProblem("#unit;THOUSANDS\n" + header, 2, "as in #unit;THOUSANDS and #convention;EXPENSES_POSITIVE");
    assertProblem("#unit;DUIZENDEN\n#convention;EXPENSES_POSITIVE\n" + header, 1, "as in #unit;THOUSANDS");
    assertProblem("#unit;THOUSANDS\n#convention;BOTH\n" + header, 2, "as in #convention;EXPENSES_POSITIVE");
    assertProblem("#unit;THOUSANDS\n#convention;EXPENSES_POSITIVE\n#catalogue;99999\n#column;Realisatie;REALISATION\n"
        + header, 3, "as in #catalogue;2022");
    assertProblem("#unit;THOUSANDS\n#convention;EXPENSES_POSITIVE\n" + header, 3,
        "add one before the header, as in #column;Realisatie;REALISATION");
    assertProblem("#unit;THOUSANDS\n#convention;EXPENSES_POSITIVE\n#column;Realisatie;REALISED\n" + header, 3,
        "as in #column;Realisatie 2022;REALISATION");
  }

  private static void assertProblem(String text, long line, String shows) {
    Problem p = lenient(text).problems().get(0);
    assertEquals(java.util.OptionalLong.of(line), p.where().line(), p::toString);
    assertTrue(p.why().contains(shows), p::toString);
  }

  @Test
  void aBadVarianceColumnRowNamesItsLineAndShowsAValidOne() {
    String text = """
        #unit;THOUSANDS
        #convention;EXPENSES_POSITIVE
        #column;Verschil;VARIANCE;;Realisatie;favourable-positive
        row;group;kind;label;taakveld;Verschil
        """;
    Problem p = lenient(text).problems().get(0);
    assertEquals(Location.atLine("s.csv", 3), p.where());
    assertTrue(p.why().contains("names both the budget column and the actual column"), p.why());
    assertTrue(p.why().contains("#column;Begroot - Rekening 2022;VARIANCE;Begroting 2022 na wijziging;Realisatie 2022;"
        + "favourable-positive"), p.why());
    Problem same = lenient(text.replace(";;Realisatie;", ";Realisatie;Realisatie;")).problems().get(0);
    assertTrue(same.why().contains("not \"Realisatie\" with itself"), same.why());
    Problem notation = lenient(text.replace(";;Realisatie;favourable-positive", ";;;voordelig")).problems().get(0);
    assertTrue(notation.why().contains("letter"), notation.why());
  }
}
