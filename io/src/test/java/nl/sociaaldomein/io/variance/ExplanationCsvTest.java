// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.variance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Explanation;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.VarianceClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplanationCsvTest {

  private static final Statement SEED_000 = ExplanationFixturesTest.statement(ExplanationFixturesTest.SEED_000);
  private static final String HEADER = "level;target;group;line;description;amount;direction;class\n";
  private static final Place SAMENKRACHT = new Place.GroupAfterReserves("Samenkracht en burgerparticipatie");
  private static final Place BEGELEID = new Place.GroupAfterReserves("Begeleide participatie");

  private static ReadResult<Explanations> read(String csv) {
    return read(csv, SEED_000);
  }

  private static ReadResult<Explanations> read(String csv, Statement statement) {
    return ExplanationCsv.read(new StringReader(csv), "toelichting.csv", statement);
  }

  private static PrintedFigure thousands(long printed) {
    return PrintedFigure.of(printed, EuroUnit.THOUSANDS);
  }

  private static List<String> problems(ReadResult<?> result) {
    return result.problems().stream().map(Problem::toString).toList();
  }

  private static void assertCounts(ReadReport report, long accepted, long rejected) {
    assertEquals(accepted, report.accepted(), report.toString());
    assertEquals(rejected, report.rejected(), report.toString());
    assertEquals(accepted + rejected, report.rowsRead());
  }

  /** A group "G" with two lines labelled "Regel", one of lasten and one of baten, and an onttrekking. */
  private static Statement twoLinesOneLabel() {
    Statement.Builder b = Statement.builder("P", EuroUnit.EUROS, SignConvention.EXPENSES_POSITIVE)
        .column("Begroting", ColumnRole.AMENDED_BUDGET).column("Realisatie", ColumnRole.REALISATION)
        .group("G", GroupKind.PRODUCT);
    b.line("G", LineKind.EXPENSES, "Regel").line("G", LineKind.INCOME, "Regel")
        .line("G", LineKind.RESERVE_WITHDRAWAL, "Onttrekkingen");
    return b.build();
  }

  @Test
  void aGroupThatIsNoGroupOfTheStatementIsNamedWithTheGroupsMostLikeItFirst() {
    ReadResult<Explanations> result = read(HEADER
        + "1;group-after;Product 10 - Samenkracht en burgerparticipatie;;Mantelzorg;48;;I\n");
    assertCounts(result.report(), 0, 1);
    Problem p = result.problems().get(0);
    assertEquals("toelichting.csv, line 2, column \"group\"", p.where().toString());
    assertEquals(Optional.of("Product 10 - Samenkracht en burgerparticipatie"), p.what());
    assertTrue(p.why().startsWith("the statement has no group called so; the groups are \"Samenkracht en "
        + "burgerparticipatie\", \"Eigen kracht en individuele ondersteuning\""), p.why());
    // Eleven groups: ten are listed, the eleventh counted.
    assertTrue(p.why().endsWith("\"Geëscaleerde zorg 18-\" and 1 more"), p.why());
  }

  @Test
  void aLabelOfTwoLinesListsThemAndTheKindInBracketsSettlesIt() {
    Statement statement = twoLinesOneLabel();
    ReadResult<Explanations> result = read(HEADER
        + "1;line;G;Regel;Meer uitgaven;-10;;\n"
        + "1;line;G;Regel (baten);Meer ontvangen;12;;\n"
        + "1;line;G;Lasten;Meer uitgaven;-10;;\n"
        + "1;line;G;Onttrekkingen;Minder onttrokken;-3;;\n", statement);
    assertCounts(result.report(), 2, 2);
    assertEquals(List.of(
        "toelichting.csv, line 2, column \"line\": \"Regel\": 2 lines of group \"G\" are labelled so: "
            + "\"Regel (lasten)\", \"Regel (baten)\"; write the one meant with its kind in brackets, as in Regel (lasten)",
        "toelichting.csv, line 4, column \"line\": \"Lasten\": group \"G\" has no line labelled so; the lines of the "
            + "group are \"Regel (lasten)\", \"Regel (baten)\", \"Onttrekkingen\""),
        problems(result));
    assertEquals(List.of(new Place.Line("G", LineKind.INCOME, "Regel"),
        new Place.Line("G", LineKind.RESERVE_WITHDRAWAL, "Onttrekkingen")),
        result.value().orElseThrow().items().stream().map(Explanation::target).toList());
  }

  @Test
  void everyRowIsTakenOrRejectedAndASubItemGoesWithItsItem() {
    ReadResult<Explanations> result = read(HEADER
        + "1;group-after;Samenkracht en burgerparticipatie;;Opvang Oekraïne;3.061;;I\n"  // 2 taken
        + "2;;;;Lagere kosten per plaats;2.000;;\n"                                        // 3 taken, under line 2
        + "2;;;;Vergoeding initiële kosten;1.061;;\n"                                      // 4 taken
        + "1;group-after;Begeleide participatie;;Personeelslasten;-15x;;\n"               // 5 bad amount
        + "2;;;;Inhuur;-10;;\n"                                                            // 6 goes with line 5
        + "3;;;;Inhuur ziekte;-10;;\n"                                                     // 7 goes with line 6
        + "1;group-after;Begeleide participatie;;Vervoer;5;;I\n"                           // 8 taken
        + "3;;;;Te diep;5;;\n"                                                             // 9 no level 2 above
        + "4;;;;Nog dieper;5;;\n"                                                          // 10 goes with line 9
        + "residual;group-after;Begeleide participatie;;Diverse kleine afwijkingen;-66;;\n" // 11 taken
        + "2;;;;Onder de rest;-66;;\n"                                                     // 12 a residual has none
        + "een;group-after;Begeleide participatie;;Welk niveau?;1;;\n"                     // 13 bad level
        + "2;;;;Onbekend item;1;;\n"                                                       // 14 item not known
        + "1;group-after;Volksgezondheid;;Personeelslasten;24;;\n");                       // 15 taken
    assertCounts(result.report(), 6, 8);
    List<String> problems = problems(result);
    assertEquals(List.of(
        "toelichting.csv, line 5, column \"amount\"",
        "toelichting.csv, line 6, column \"level\": \"2\": not read: its item at line 5 is rejected",
        "toelichting.csv, line 7, column \"level\": \"3\": not read: its item at line 6 is rejected",
        "toelichting.csv, line 9, column \"level\": \"3\": a level-3 row is a sub-item of the nearest level-2 row "
            + "above it, and there is none since the level-1 row at line 8",
        "toelichting.csv, line 10, column \"level\": \"4\": not read: its item at line 9 is rejected",
        "toelichting.csv, line 12, column \"level\": \"2\": the row above at line 11 is a residual, which has no "
            + "sub-items; make it an item (level 1) to give it sub-items",
        "toelichting.csv, line 13, column \"level\"",
        "toelichting.csv, line 14, column \"level\": \"2\": not read: which item this sub-item belongs to is not "
            + "known, because the level at line 13 could not be read"),
        problems.stream().map(p -> p.startsWith("toelichting.csv, line 5,") || p.startsWith("toelichting.csv, line 13,")
            ? p.substring(0, p.indexOf('"', p.indexOf("column \"") + 8) + 1) : p).toList());

    Explanation oekraine = Explanation.item("Opvang Oekraïne", thousands(3_061), SAMENKRACHT)
        .withClass(VarianceClass.INCIDENTAL).withParts(List.of(
            Explanation.item("Lagere kosten per plaats", thousands(2_000), SAMENKRACHT),
            Explanation.item("Vergoeding initiële kosten", thousands(1_061), SAMENKRACHT)));
    assertEquals(Explanations.of(List.of(oekraine,
        Explanation.item("Vervoer", thousands(5), BEGELEID).withClass(VarianceClass.INCIDENTAL),
        Explanation.residual("Diverse kleine afwijkingen", thousands(-66), BEGELEID),
        Explanation.item("Personeelslasten", thousands(24), new Place.GroupAfterReserves("Volksgezondheid")))),
        result.value().orElseThrow());
  }

  @Test
  void anItemNamesItsTargetAndALevelGoesNoDeeperThan99() {
    ReadResult<Explanations> result = read(HEADER
        + "1;;;;Zonder doel;5;;\n"
        + "100;;;;Te diep;5;;\n");
    assertCounts(result.report(), 0, 2);
    assertEquals("toelichting.csv, line 2, column \"target\": an item names the row of the statement it explains: a "
        + "target is one of line, group-side, group, group-reserves, group-after, total, result, reserves, programme",
        problems(result).get(0));
    assertTrue(problems(result).get(1).startsWith("toelichting.csv, line 3, column \"level\": \"100\": a level is 1 "
        + "for an item, 2 for a sub-item of the nearest level-1 row above, n + 1 (up to 99)"), problems(result).get(1));
  }

  @Test
  void strictModeThrowsTheFirstProblem() {
    String csv = HEADER + "1;group-after;Samenkracht en burgerparticipatie;;Mantelzorg;48;;I\n"
        + "1;group-after;Samenkracht en burgerparticipatie;;Vervoer;90;;X\n"
        + "1;group-after;Nergens;;Inburgering;59;;I\n";
    ReadException e = assertThrows(ReadException.class,
        () -> ExplanationCsv.read(new StringReader(csv), "toelichting.csv", SEED_000, ReadMode.STRICT));
    assertEquals("toelichting.csv, line 3, column \"class\"", e.problem().where().toString());
    assertEquals(Optional.of("X"), e.problem().what());
    ReadResult<Explanations> lenient = read(csv);
    assertCounts(lenient.report(), 1, 2);
    assertThrows(ReadException.class, lenient::orElseThrow);
  }

  @Test
  void aSecondResidualOfATargetIsRejectedNamingTheFirst() {
    ReadResult<Explanations> result = read(HEADER
        + "residual;group-after;Begeleide participatie;;Diverse kleine afwijkingen;-66;;\n"
        + "residual;group-after;Begeleide participatie;;Overige verschillen;-1;;\n"
        + "residual;group-after;Volksgezondheid;;Diverse kleine afwijkingen;5;;\n");
    assertCounts(result.report(), 2, 1);
    assertEquals(List.of("toelichting.csv, line 3, column \"level\": \"Overige verschillen\": a second residual for "
        + "group \"Begeleide participatie\", saldo na mutaties reserves; the first is at line 2: a target has one "
        + "residual, what its items leave"), problems(result));
  }

  @Test
  void aSubItemMayRepeatTheTargetOfItsItemButNameNoOther() {
    ReadResult<Explanations> result = read(HEADER
        + "1;group-after;Begeleide participatie;;Personeelslasten;-15;;\n"
        + "2;group-after;Begeleide participatie;;Inhuur;-10;;\n"
        + "2;group;Begeleide participatie;;Opleiding;-5;;\n");
    assertCounts(result.report(), 2, 1);
    assertEquals(List.of("toelichting.csv, line 4, column \"target\": \"group\": a sub-item explains what its item "
        + "explains, group \"Begeleide participatie\", saldo na mutaties reserves (line 2), not group \"Begeleide "
        + "participatie\", saldo van baten en lasten; leave target, group and line blank"), problems(result));
    assertEquals(List.of(BEGELEID), result.value().orElseThrow().items().get(0).parts().stream()
        .map(Explanation::target).toList());
  }

  @Test
  void everyTargetTypeNamesItsRowAndOnlyRowsTheStatementHas() {
    ReadResult<Explanations> result = read(HEADER
        + "1;line;Inkomensregelingen;Onttrekkingen;Minder onttrokken;-79;;\n"
        + "1;group-side;Inkomensregelingen;lasten;Lagere uitkeringen;1.094;;\n"
        + "1;group;Inkomensregelingen;;Saldo;1.151;;\n"
        + "1;group-reserves;Inkomensregelingen;;Reserves;-79;;\n"
        + "1;group-after;Inkomensregelingen;;Na reserves;1.072;;\n"
        + "1;total;;baten;Hogere baten;9.652;;\n"
        + "1;result;;;Saldo;4.988;;\n"
        + "1;reserves;;;Reserves;90;;\n"
        + "1;programme;;;Saldo programma;5.078;;\n"
        + "1;Group-Total;Volksgezondheid;;Statement CSV's name;28;;\n"
        + "1;result-after;;;Statement CSV's name;5.078;;\n"
        + "1;group-kind-total;Volksgezondheid;baten;Statement CSV's name;26;;\n");
    assertTrue(result.isClean(), result.report().toString());
    assertEquals(List.of(new Place.Line("Inkomensregelingen", LineKind.RESERVE_WITHDRAWAL, "Onttrekkingen"),
        new Place.GroupKindTotal("Inkomensregelingen", LineKind.EXPENSES), new Place.GroupResult("Inkomensregelingen"),
        new Place.GroupReserves("Inkomensregelingen"), new Place.GroupAfterReserves("Inkomensregelingen"),
        new Place.KindTotal(LineKind.INCOME), new Place.ResultBeforeReserves(), new Place.ReserveTotal(),
        new Place.ResultAfterReserves(), new Place.GroupResult("Volksgezondheid"), new Place.ResultAfterReserves(),
        new Place.GroupKindTotal("Volksgezondheid", LineKind.INCOME)),
        result.orElseThrow().items().stream().map(Explanation::target).toList());

    ReadResult<Explanations> bad = read(HEADER
        + "1;group-reserves;Begeleide participatie;;Reserves;0;;\n"
        + "1;group-side;Begeleide participatie;baten;Baten;0;;\n"
        + "1;group-side;Begeleide participatie;inkomsten;Baten;0;;\n"
        + "1;result;Begeleide participatie;;Saldo;0;;\n"
        + "1;group-after;Begeleide participatie;Lasten;Lasten;0;;\n"
        + "1;line;Begeleide participatie;;Lasten;0;;\n"
        + "1;saldo;;;Saldo;0;;\n"
        + ";;;;Geen niveau;0;;\n");
    assertCounts(bad.report(), 0, 8);
    assertEquals(List.of(
        "toelichting.csv, line 2, column \"target\": \"Begeleide participatie\": the group has no reserve movements; "
            + "use group or group-after",
        "toelichting.csv, line 3, column \"line\": \"baten\": group \"Begeleide participatie\" has no baten lines; "
            + "its kinds are lasten",
        "toelichting.csv, line 4, column \"line\": \"inkomsten\": a group-side target names a kind in the line column: "
            + "lasten, baten, storting, onttrekking, mutatie, saldo",
        "toelichting.csv, line 5, column \"group\": \"Begeleide participatie\": a result target names no group; leave "
            + "the column blank, or choose another target (line, group-side, group, group-reserves, group-after, "
            + "total, result, reserves, programme)",
        "toelichting.csv, line 6, column \"line\": \"Lasten\": a group-after target names no line; leave the column "
            + "blank, or choose another target (line, group-side, group, group-reserves, group-after, total, result, "
            + "reserves, programme)",
        "toelichting.csv, line 7, column \"line\": a line target names the line by its label; the lines of group "
            + "\"Begeleide participatie\" are \"Lasten\"",
        "toelichting.csv, line 8, column \"target\": \"saldo\": a target is one of line, group-side, group, "
            + "group-reserves, group-after, total, result, reserves, programme"),
        problems(bad).subList(0, 7));
    assertTrue(problems(bad).get(7).startsWith("toelichting.csv, line 9, column \"level\": a row needs a level: a level is 1 for an item"),
        problems(bad).get(7));
  }

  @Test
  void aStructureelColumnOfJAndNGivesStructuralAndIncidental() {
    ReadResult<Explanations> result = read(HEADER.replace("class", "Structureel")
        + "1;group-after;Begeleide participatie;;Ja;1;;J\n"
        + "1;group-after;Begeleide participatie;;Nee, niet nadelig;-1;;n\n"
        + "1;group-after;Begeleide participatie;;Niets;1;;\n"
        + "1;group-after;Begeleide participatie;;Een klasse;1;;S\n");
    assertCounts(result.report(), 3, 1);
    assertEquals(List.of(VarianceClass.STRUCTURAL, VarianceClass.INCIDENTAL, VarianceClass.NONE),
        result.value().orElseThrow().items().stream().map(Explanation::varianceClass).toList());
    assertEquals(List.of("toelichting.csv, line 5, column \"structureel\": \"S\": a Structureel column holds J (ja: "
        + "structural), N (nee: incidental; not nadelig) or nothing"), problems(result));
  }

  @Test
  void theDirectionMayBeWrittenInWordsAResidualHasNoClassAndJOrNUnderClassSaysWhatToDo() {
    ReadResult<Explanations> result = read(HEADER
        + "1;group-after;Begeleide participatie;;In woorden;-15;nadelig;\n"
        + "1;group-after;Begeleide participatie;;Als zelfstandig naamwoord;10;Voordeel;I\n"
        + "residual;group-after;Begeleide participatie;;Diverse kleine afwijkingen < 50.000;-66;;S\n"
        + "1;group-after;Arbeidsparticipatie;;Leer Werk Centrum;143;;J\n");
    assertCounts(result.report(), 2, 2);
    assertEquals(List.of(Optional.of(Direction.UNFAVOURABLE), Optional.of(Direction.FAVOURABLE)),
        result.value().orElseThrow().items().stream().map(Explanation::statedDirection).toList());
    List<String> problems = problems(result);
    assertEquals("toelichting.csv, line 4, column \"class\": \"S\": a residual carries no class: it is what the named"
        + " items leave, of any kind; leave the class blank", problems.get(0));
    assertTrue(problems.get(1).endsWith("name the column structureel in the header"), problems.get(1));
  }

  @Test
  void aLetterOfTheAmountGivesItsSignAndStatesItsDirection() {
    ReadResult<Explanations> result = read(HEADER
        + "1;group-after;Begeleide participatie;;Letter N;85 N;;\n"
        + "1;group-after;Begeleide participatie;;Letter en kolom;85 V;v;\n"
        + "1;group-after;Begeleide participatie;;Teken tegen richting;-85;V;\n"
        + "1;group-after;Begeleide participatie;;Letter tegen kolom;85 V;N;\n"
        + "1;group-after;Begeleide participatie;;Geen richting;85;X;\n"
        + "1;group-after;Begeleide participatie;;Leeg;;;\n"
        + "1;group-after;Begeleide participatie;;Streepje;-;;\n"
        + "1;group-after;Begeleide participatie;;Ongeveer;ruim 85;;\n");
    assertCounts(result.report(), 3, 5);
    List<Explanation> items = result.value().orElseThrow().items();
    assertEquals(List.of(thousands(-85), thousands(85), thousands(-85)), items.stream().map(Explanation::amount).toList());
    // A sign against the stated direction is read as written: reconciliation reports it, the reader does not guess.
    assertEquals(List.of(Optional.of(Direction.UNFAVOURABLE), Optional.of(Direction.FAVOURABLE),
        Optional.of(Direction.FAVOURABLE)), items.stream().map(Explanation::statedDirection).toList());
    List<String> problems = problems(result);
    assertEquals("toelichting.csv, line 5, column \"direction\": \"N\": the amount carries V and this column says N; "
        + "give the direction once", problems.get(0));
    assertEquals("toelichting.csv, line 6, column \"direction\": \"X\": the direction is V (voordelig, voordeel), N "
        + "(nadelig, nadeel) or blank", problems.get(1));
    assertEquals("toelichting.csv, line 7, column \"amount\": an explanation needs an amount: favourable positive, "
        + "or with V or N", problems.get(2));
    assertEquals("toelichting.csv, line 8, column \"amount\": \"-\": no figure: an explanation needs an amount, "
        + "favourable positive or with V or N", problems.get(3));
    assertTrue(problems.get(4).startsWith("toelichting.csv, line 9, column \"amount\": \"ruim 85\": "), problems.get(4));
  }

  @Test
  void amountsAreInTheStatementsUnitUnlessAUnitRowOrAScaleWordSaysOtherwise() {
    String row = "1;group-after;Begeleide participatie;;Personeelslasten;-15.000;;\n";
    assertEquals(thousands(-15_000), read(HEADER + row).orElseThrow().items().get(0).amount());
    assertEquals(PrintedFigure.of(-15_000, EuroUnit.EUROS),
        read("#unit;EUROS\n" + HEADER + row).orElseThrow().items().get(0).amount());
    assertEquals(PrintedFigure.of(new java.math.BigDecimal("-1.5"), EuroUnit.MILLIONS),
        read("#unit;EUROS\n" + HEADER + row.replace("-15.000", "€ -1,5 miljoen")).orElseThrow().items().get(0).amount());

    ReadResult<Explanations> badUnit = read("#unit;DUIZENDEN\n" + HEADER + row + row);
    assertEquals(Optional.empty(), badUnit.value());
    assertCounts(badUnit.report(), 0, 2);
    assertEquals("toelichting.csv, line 1: \"DUIZENDEN\": the unit of the amounts is one of EUROS, THOUSANDS, "
        + "MILLIONS, BILLIONS, as in #unit;THOUSANDS", problems(badUnit).get(0));
    assertEquals("toelichting.csv, line 3: not read: the metadata or header above is wrong", problems(badUnit).get(1));

    ReadResult<Explanations> twoUnits = read("#unit;EUROS\n#unit;THOUSANDS\n" + HEADER + row);
    assertEquals(List.of("toelichting.csv, line 2: \"THOUSANDS\": a second #unit row; the first is at line 1",
        "toelichting.csv, line 4: not read: the metadata or header above is wrong"), problems(twoUnits));
  }

  @Test
  void metadataAndHeaderFaultsAreReportedAndNoRowIsLost() {
    String row = "1;group-after;Begeleide participatie;;Personeelslasten;-15;;\n";
    ReadResult<Explanations> unknownMetadata = read("#bron;Meppel\n#source;Meppel\n#note;n\n" + HEADER + row);
    assertCounts(unknownMetadata.report(), 1, 0);
    assertEquals(List.of("toelichting.csv, line 1: \"#bron\": unknown metadata row; expected #unit, #source or #note"),
        problems(unknownMetadata));

    ReadResult<Explanations> noHeader = read("#unit;THOUSANDS\n");
    assertEquals(Optional.empty(), noHeader.value());
    assertEquals(List.of("toelichting.csv, line 1: no header row (level;target;group;line;description;amount;"
        + "direction;class)"), problems(noHeader));

    ReadResult<Explanations> badHeader = read("level;target;group;line;description;amount;class\n" + row + row);
    assertEquals(Optional.empty(), badHeader.value());
    assertCounts(badHeader.report(), 0, 2);
    assertEquals("toelichting.csv, line 1: \"level;target;group;line;description;amount;class\": the header is "
        + "level;target;group;line;description;amount;direction;class, or with structureel in place of class for a "
        + "column of J and N", problems(badHeader).get(0));
  }

  @Test
  void blankRowsAreNoRowsAndBlankColumnsBesideTheTableAreNone() {
    ReadResult<Explanations> result = read("\uFEFF#unit;THOUSANDS\n;;;;;;;\n"
        + HEADER.replace("\n", ";;\n")
        + "1;group-after;Begeleide participatie;;Personeelslasten;-15;;;;\n"
        + ";;;;;;;;;\n\n  \n"
        + "1;group-after;Begeleide participatie;;Te veel;-15;;;;x\n");
    assertCounts(result.report(), 1, 1);
    assertEquals(List.of("toelichting.csv, line 8: \"x\": more fields than the header has columns"), problems(result));
    assertEquals(CsvDialect.DUTCH_EXCEL, result.report().dialect().orElseThrow());
  }

  @Test
  void thePlainDialectReadsPlainDecimals() {
    ReadResult<Explanations> result = read("#unit,EUROS\n" + HEADER.replace(';', ',')
        + "1,group-after,Begeleide participatie,,\"Inhuur, tijdelijk\",-15000.50,N,I\n"
        + "1,group-after,Begeleide participatie,,Plain: fifteen,-15.000,,\n"
        + "1,group-after,Begeleide participatie,,Nederlands,\"-15.000,5\",,\n");
    assertEquals(CsvDialect.PLAIN, result.report().dialect().orElseThrow());
    assertCounts(result.report(), 2, 1);
    assertEquals(PrintedFigure.of(new java.math.BigDecimal("-15.000"), EuroUnit.EUROS),
        result.value().orElseThrow().items().get(1).amount());
    assertTrue(problems(result).get(0).startsWith("toelichting.csv, line 5, column \"amount\": \"-15.000,5\": not a "
        + "decimal number in plain notation"), problems(result).get(0));
    assertEquals(Explanation.item("Inhuur, tijdelijk", PrintedFigure.of(new java.math.BigDecimal("-15000.50"),
        EuroUnit.EUROS), BEGELEID).withStatedDirection(Direction.UNFAVOURABLE).withClass(VarianceClass.INCIDENTAL),
        result.value().orElseThrow().items().get(0));
  }

  @Test
  void anUnclosedQuoteRejectsEachLineItTakesIn() {
    ReadResult<Explanations> result = read(HEADER
        + "1;group-after;Begeleide participatie;;Personeelslasten;-15;;\n"
        + "1;group-after;Begeleide participatie;;\"Inhuur;-15;;\n"
        + "1;group-after;Volksgezondheid;;Personeelslasten;24;;\n");
    assertCounts(result.report(), 1, 2);
    assertEquals("toelichting.csv, line 4: not read: taken in by the unclosed quote from line 3", problems(result).get(1));
  }

  @Test
  void readsAndWritesFiles(@TempDir Path dir) throws IOException {
    Explanations explanations = Explanations.of(List.of(
        Explanation.item("Opvang Oekraïne", thousands(3_061), SAMENKRACHT).withClass(VarianceClass.INCIDENTAL),
        Explanation.residual("Diverse kleine afwijkingen < 50.000", thousands(47), SAMENKRACHT)));
    Path file = dir.resolve("analyse.csv");
    ExplanationCsv.write(explanations, SEED_000, file, CsvDialect.DUTCH_EXCEL);
    assertEquals("\uFEFF\"#unit\";THOUSANDS\r\n" + HEADER.replace("\n", "\r\n")
        + "1;group-after;Samenkracht en burgerparticipatie;;Opvang Oekraïne;3.061;;I\r\n"
        + "residual;group-after;Samenkracht en burgerparticipatie;;Diverse kleine afwijkingen < 50.000;47;;\r\n",
        Files.readString(file, StandardCharsets.UTF_8));
    ReadResult<Explanations> back = ExplanationCsv.read(file, SEED_000);
    assertEquals(file.toString(), back.report().source());
    assertEquals(explanations, back.orElseThrow());
    assertEquals(explanations, ExplanationCsv.read(file, SEED_000, ReadMode.STRICT).orElseThrow());
  }

  @Test
  void theWriterRefusesWhatWouldNotReadBack() {
    Explanations elsewhere = Explanations.of(List.of(
        Explanation.item("Elders", thousands(1), new Place.GroupAfterReserves("Wmo"))));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> ExplanationCsv.toCsv(elsewhere, SEED_000, CsvDialect.DUTCH_EXCEL));
    assertTrue(e.getMessage().contains("the statement has no group called so"), e.getMessage());

    Explanations mixed = Explanations.of(List.of(
        Explanation.item("In duizenden", thousands(1), BEGELEID),
        Explanation.item("In miljoenen", PrintedFigure.of(new java.math.BigDecimal("1.9"), EuroUnit.MILLIONS), BEGELEID)));
    assertThrows(SociaalDomeinException.class, () -> ExplanationCsv.toCsv(mixed, SEED_000, CsvDialect.PLAIN));
    String dutch = ExplanationCsv.toCsv(mixed, SEED_000, CsvDialect.DUTCH_EXCEL);
    assertTrue(dutch.contains(";In miljoenen;1,9 miljoen;;"), dutch);
    assertEquals(mixed, read(dutch).orElseThrow());

    Explanation deep = Explanation.item("Niveau 99", thousands(1), BEGELEID);
    for (int level = 98; level >= 1; level--) {
      deep = Explanation.item("Niveau " + level, thousands(1), BEGELEID).withParts(List.of(deep));
    }
    Explanations ninetyNine = Explanations.of(List.of(deep));
    assertEquals(ninetyNine, read(ExplanationCsv.toCsv(ninetyNine, SEED_000, CsvDialect.DUTCH_EXCEL)).orElseThrow());
    Explanations hundred = Explanations.of(List.of(Explanation.item("Niveau 0", thousands(1), BEGELEID)
        .withParts(List.of(deep))));
    assertThrows(SociaalDomeinException.class, () -> ExplanationCsv.toCsv(hundred, SEED_000, CsvDialect.PLAIN));
  }

  @Test
  void textThatIsNotUtf8IsAProblemAtItsLineAndCharacter(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("analyse.csv");
    Files.write(file, (HEADER + "1;group-after;Geëscaleerde zorg 18+;;Beschermd wonen;778;;I\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    ReadResult<Explanations> result = ExplanationCsv.read(file, SEED_000);
    assertEquals(Optional.empty(), result.value());
    assertEquals(nl.sociaaldomein.io.Location.atCharacter(file.toString(), 2, 17), result.problems().get(0).where());
  }

  /** The examples of docs/formats.md, "Explanation CSV", read clean against their statements. */
  @Test
  void theExamplesOfTheFormatDocumentRead() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "formats.md"), StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("## Explanation CSV"), doc.indexOf("## Statement JSON"));
    List<String> blocks = new java.util.ArrayList<>();
    for (int at = section.indexOf("```\n"); at >= 0; at = section.indexOf("```\n", section.indexOf("```\n", at + 4) + 4)) {
      blocks.add(section.substring(at + 4, section.indexOf("```\n", at + 4)));
    }
    assertEquals(2, blocks.size());
    ReadResult<Explanations> seed000 = read(blocks.get(0));
    assertTrue(seed000.isClean(), seed000.report().toString());
    assertEquals(9, seed000.report().accepted());
    Statement runningText = ExplanationFixturesTest.statement(ExplanationFixturesTest.RUNNING_TEXT);
    ReadResult<Explanations> running = read(blocks.get(1), runningText);
    assertTrue(running.isClean(), running.report().toString());
    assertEquals(8, running.report().accepted());
  }
}
