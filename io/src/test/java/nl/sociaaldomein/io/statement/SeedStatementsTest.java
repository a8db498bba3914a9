// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.TaakveldRollup;
import nl.sociaaldomein.taakveld.TaakveldCode;
import nl.sociaaldomein.statement.Inconsistency;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Acceptance with real data: the statements of seeds 000 and 002, and synthetic ones in the other conventions. */
class SeedStatementsTest {

  static final String SEED_000 = "seed-000-meppel-2022.csv";
  static final String SEED_002 = "seed-002-twenterand-2022.csv";
  static final String R2022 = "Realisatie 2022";
  static final String VARIANCE_000 = "Begroot - Rekening 2022";

  static String fixture(String name) {
    try (InputStream in = SeedStatementsTest.class.getResourceAsStream("/statements/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The statement in CSV text {@code csv}, which must read without a problem. */
  static Statement csv(String csv, String source) {
    return StatementCsv.read(new java.io.StringReader(csv), source).orElseThrow();
  }

  static Statement read(String name) {
    return csv(fixture(name), name);
  }

  private static Set<String> flagged(ReconciliationReport report) {
    return report.inconsistencies().stream().map(Inconsistency::cell).map(Cell::toString)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The fixture text with the one cell of {@code row} in column {@code index} (0-based among values) replaced. */
  private static String alter(String csv, String rowStart, int index, String replacement) {
    List<String> lines = csv.lines().collect(Collectors.toList());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(rowStart)) {
        String[] fields = lines.get(i).split(";", -1);
        fields[5 + index] = replacement;
        lines.set(i, String.join(";", fields));
        return String.join("\n", lines) + "\n";
      }
    }
    throw new AssertionError("no row " + rowStart);
  }

  @Test
  void seed000IsConsistentInEveryPrintedCell() {
    Statement s = read(SEED_000);
    ReconciliationReport report = s.check();
    assertTrue(report.isConsistent(), report::toString);
    // 11 group totals, 6 group reserve totals, the result and the reserve total, in 5 columns;
    // and the variance of each of the 20 lines of lasten and baten and the 6 of reserves.
    assertEquals((11 + 6 + 2) * 5 + 26, report.checkedCells());
    assertEquals(s.printedDerivedCells().size(), report.checkedCells());
  }

  @Test
  void seed000TotalsAreReproducedWithinTheirBound() {
    Statement s = read(SEED_000);
    // Maatwerkdienstverlening 18-, realised: 13.219 + -6 = 13.213 against a printed 13.212.
    Cell total = new Cell(new Place.GroupResult("Maatwerkdienstverlening 18-"), R2022);
    assertEquals(PrintedFigure.of(13_212, EuroUnit.THOUSANDS), s.printed(total).orElseThrow());
    assertEquals(0, new BigDecimal("13213000").compareTo(s.compute(total).nominal()));
    assertEquals(0, new BigDecimal("1000").compareTo(s.compute(total).halfWidth()));
    // The result of the programme: 37.992 realised, variance 4.988; reserves 90; together 5.078.
    Cell result = new Cell(new Place.ResultBeforeReserves(), VARIANCE_000);
    Cell reserves = new Cell(new Place.ReserveTotal(), VARIANCE_000);
    assertEquals(PrintedFigure.of(4_988, EuroUnit.THOUSANDS), s.printed(result).orElseThrow());
    // From the 26 printed lines the variance after reserves comes to 5.079 thousand, give or take
    // their rounding: the 5.078 of the explanation lies within it.
    var afterReserves = s.compute(new Cell(new Place.ResultAfterReserves(), VARIANCE_000));
    assertEquals(0, new BigDecimal("5079000").compareTo(afterReserves.nominal()), afterReserves::toString);
    assertTrue(afterReserves.contains(new BigDecimal("5078000")), afterReserves::toString);
  }

  @Test
  void seed002IsConsistentInEveryPrintedCell() {
    Statement s = read(SEED_002);
    ReconciliationReport report = s.check();
    assertTrue(report.isConsistent(), report::toString);
    // 5 group results, 2 kind totals, the result, the reserve total and the geraamd resultaat in
    // 4 columns, and the realised-minus-amended line.
    assertEquals((5 + 2 + 3) * 4 + 1, report.checkedCells());
  }

  @Test
  void seed002GeraamdResultaatAndRealisedMinusAmended() {
    Statement s = read(SEED_002);
    String realisation = "Realisatie begrotingsjaar";
    Cell geraamd = new Cell(new Place.ResultAfterReserves(), realisation);
    assertEquals(PrintedFigure.of(35_313_767, EuroUnit.EUROS), s.printed(geraamd).orElseThrow());
    assertEquals(0, new BigDecimal("35313767").compareTo(s.compute(geraamd).nominal()));
    Cell variance = new Cell(new Place.ResultBeforeReserves(), "gerealiseerd totaal saldo van baten en lasten");
    assertEquals(0, new BigDecimal("-1412815").compareTo(s.compute(variance).nominal()));
    Cell incidental = new Cell(new Place.ResultAfterReserves(), "Incidenteel gerealiseerd in boekjaar");
    assertEquals(0, s.compute(incidental).nominal().signum());
  }

  @Test
  void seed000RollsUpByTaakveldAcrossItsGroups() {
    TaakveldRollup rollup = TaakveldRollup.of(List.of(read(SEED_000)), ColumnRole.REALISATION);
    // 6.1 realised: lasten 9.268 and baten 9.152 (x 1.000): an effect of -116 thousand.
    assertEquals(0, new BigDecimal("-116000").compareTo(rollup.total(TaakveldCode.of("6.1")).nominal()));
    assertEquals(0, new BigDecimal("1000").compareTo(rollup.total(TaakveldCode.of("6.1")).halfWidth()));
    // Withdrawals of all groups land on 0.10, Mutaties reserves: 64+276+36+78+91+0 = 545.
    assertEquals(0, new BigDecimal("545000").compareTo(rollup.total(TaakveldCode.of("0.10")).nominal()));
    // "Eigen kracht en individuele ondersteuning" has no taakveld code: its two lines are listed.
    assertEquals(2, rollup.unassigned().size());
    assertEquals(11, rollup.totals().size());
  }

  @Test
  void aCodeOutsideTheStatementsCatalogueIsRefused() {
    String altered = fixture(SEED_000).replace("group;Maatwerkdienstverlening 18+;taakveld;;6.71", "group;Maatwerkdienstverlening 18+;taakveld;;6.71a");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaakveldRollup.of(List.of(csv(altered, "altered")), ColumnRole.REALISATION));
    assertTrue(e.getMessage().contains("6.71a") && e.getMessage().contains("2022"), e.getMessage());
  }

  @Test
  void anAlteredLineIsFlaggedAtTheTotalsThatDependOnItAndNowhereElse() {
    String altered = alter(fixture(SEED_000), "line;Samenkracht en burgerparticipatie;lasten", 3, "9.368");
    ReconciliationReport report = csv(altered, "altered").check();
    String group = "Samenkracht en burgerparticipatie";
    Set<String> expected = new TreeSet<>(Set.of(
        new Cell(new Place.Line(group, LineKind.EXPENSES, "Lasten"), VARIANCE_000).toString(),
        new Cell(new Place.GroupResult(group), R2022).toString(),
        new Cell(new Place.GroupResult(group), VARIANCE_000).toString(),
        new Cell(new Place.ResultBeforeReserves(), R2022).toString(),
        new Cell(new Place.ResultBeforeReserves(), VARIANCE_000).toString()));
    assertEquals(expected, flagged(report));
    Inconsistency at = report.inconsistencies().get(1);
    assertEquals(PrintedFigure.of(116, EuroUnit.THOUSANDS), at.printed());
    assertTrue(at.consistentRange().contains(new BigDecimal("216000")), at::toString);
  }

  @Test
  void anAlteredTotalIsFlaggedAtThatCellAndAtTheVarianceThatComparesIt() {
    String altered = alter(fixture(SEED_000), "group-total;Inkomensregelingen", 3, "3.412");
    ReconciliationReport report = csv(altered, "altered").check();
    Cell total = new Cell(new Place.GroupResult("Inkomensregelingen"), R2022);
    Cell variance = new Cell(new Place.GroupResult("Inkomensregelingen"), VARIANCE_000);
    assertEquals(Set.of(total.toString(), variance.toString()), flagged(report));
    Inconsistency atTotal = report.inconsistencies().stream().filter(i -> i.cell().equals(total)).findFirst().orElseThrow();
    // 3.412 against 14.867 - 11.458 = 3.409: 3 thousand apart where rounding explains 1,5.
    assertEquals(Inconsistency.Source.LINES, atTotal.source());
    assertEquals(0, new BigDecimal("1500").compareTo(atTotal.excess()));
    // The printed variance 1.151 passes its lines (4.560 - 3.409), but against the two printed
    // figures of its own row, 4.560 - 3.412 = 1.148, it is 3 apart where rounding explains 1,5.
    Inconsistency atVariance = report.inconsistencies().stream().filter(i -> i.cell().equals(variance)).findFirst().orElseThrow();
    assertEquals(Inconsistency.Source.COMPARED_COLUMNS, atVariance.source());
    assertEquals(List.of(total, new Cell(new Place.GroupResult("Inkomensregelingen"), "Totaal Begroting 2022 incl. wijzigingen")),
        atVariance.parts());
    assertEquals(0, new BigDecimal("1500").compareTo(atVariance.excess()));
  }

  @Test
  void anAlteredCellOfSeed002IsFlaggedOnlyWhereItCounts() {
    String altered = alter(fixture(SEED_002), "line;Doelenboom jeugd;mutatie", 0, "1.583.644");
    ReconciliationReport report = csv(altered, "altered").check();
    String column = "Realisatie begrotingsjaar";
    assertEquals(new TreeSet<>(Set.of(
        new Cell(new Place.ReserveTotal(), column).toString(),
        new Cell(new Place.ResultAfterReserves(), column).toString())), flagged(report));
  }

  @ParameterizedTest
  @ValueSource(strings = {"synthetic-income-positive.csv", "synthetic-both-positive.csv"})
  void statementsInTheOtherConventionsPassTheSameChecks(String name) {
    Statement s = read(name);
    ReconciliationReport report = s.check();
    assertTrue(report.isConsistent(), report::toString);
    // 9 derived places in 3 columns, and the variance of each of the 6 lines.
    assertEquals(9 * 3 + 6, report.checkedCells(), report::toString);
  }

  @Test
  void theSyntheticStatementsSayTheSameInTheirOwnConventions() {
    Statement incomePositive = read("synthetic-income-positive.csv");
    Statement bothPositive = read("synthetic-both-positive.csv");
    assertEquals(incomePositive, bothPositive.withConvention(SignConvention.INCOME_POSITIVE));
  }

  @ParameterizedTest
  @EnumSource(SignConvention.class)
  void seed000ConvertsToEveryConventionAndBack(SignConvention convention) {
    Statement seed = read(SEED_000);
    Statement converted = seed.withConvention(convention);
    assertTrue(converted.check().isConsistent());
    for (CsvDialect dialect : CsvDialect.values()) {
      StringWriter out = new StringWriter();
      StatementCsv.write(converted, out, dialect);
      Statement reread = csv(out.toString(), "converted");
      assertEquals(converted, reread, out::toString);
      assertEquals(seed, reread.withConvention(SignConvention.EXPENSES_POSITIVE));
    }
  }

  @Test
  void conversionChangesHowLinesArePrinted() {
    Statement seed = read(SEED_000);
    Cell lasten = new Cell(new Place.Line("Samenkracht en burgerparticipatie", LineKind.EXPENSES, "Lasten"), R2022);
    Cell baten = new Cell(new Place.Line("Samenkracht en burgerparticipatie", LineKind.INCOME, "Baten"), R2022);
    Cell total = new Cell(new Place.GroupResult("Samenkracht en burgerparticipatie"), R2022);
    Cell variance = new Cell(new Place.Line("Samenkracht en burgerparticipatie", LineKind.EXPENSES, "Lasten"), VARIANCE_000);
    Statement incomePositive = seed.withConvention(SignConvention.INCOME_POSITIVE);
    Statement bothPositive = seed.withConvention(SignConvention.BOTH_POSITIVE);
    assertEquals(PrintedFigure.of(9_268, EuroUnit.THOUSANDS), seed.printed(lasten).orElseThrow());
    assertEquals(PrintedFigure.of(-9_268, EuroUnit.THOUSANDS), incomePositive.printed(lasten).orElseThrow());
    assertEquals(PrintedFigure.of(9_268, EuroUnit.THOUSANDS), bothPositive.printed(lasten).orElseThrow());
    assertEquals(PrintedFigure.of(-9_152, EuroUnit.THOUSANDS), seed.printed(baten).orElseThrow());
    assertEquals(PrintedFigure.of(9_152, EuroUnit.THOUSANDS), bothPositive.printed(baten).orElseThrow());
    assertEquals(PrintedFigure.of(116, EuroUnit.THOUSANDS), seed.printed(total).orElseThrow());
    assertEquals(PrintedFigure.of(-116, EuroUnit.THOUSANDS), bothPositive.printed(total).orElseThrow());
    // A variance keeps its sign: favourable is positive in every convention here.
    assertEquals(PrintedFigure.of(-5_321, EuroUnit.THOUSANDS), bothPositive.printed(variance).orElseThrow());
  }
}
