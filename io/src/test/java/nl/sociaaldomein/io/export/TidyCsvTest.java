// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.export;

import static nl.sociaaldomein.io.export.TidyTables.assertReadsBack;
import static nl.sociaaldomein.io.export.TidyTables.number;
import static nl.sociaaldomein.io.export.TidyTables.sum;
import static nl.sociaaldomein.io.export.TidyTables.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.export.TidyTable.Value;
import nl.sociaaldomein.io.savings.SavingsCsv;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.io.variance.ExplanationCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.VarianceAnalysis;
import nl.sociaaldomein.variance.VarianceReport;
import nl.sociaaldomein.variance.VarianceRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tidy exports of the seeds' statements, checks, variances and savings: they read back and add up. */
class TidyCsvTest {

  static final Path SEED_000 = Path.of("../data/statements/seed-000-meppel-2022.csv");
  static final Path SEED_002 = Path.of("../data/statements/seed-002-twenterand-2022.csv");
  static final Path VERSCHILLEN = Path.of("../data/statements/synthetic-verschillen-000.csv");

  static Statement statement(Path file) {
    return StatementCsv.read(file).orElseThrow();
  }

  @Test
  void aStatementInLongFormHasEveryPrintedCellOnceAndItsDerivedRowsAddUpToTheirLines() {
    for (Path file : List.of(SEED_000, SEED_002, VERSCHILLEN)) {
      Statement s = statement(file).withConvention(SignConvention.EXPENSES_POSITIVE);
      TidyTable long_ = TidyCsv.of(s);
      assertReadsBack(long_);
      // A line's printed variance is a printed derived cell too: count each cell once.
      java.util.Set<Cell> printed = new java.util.HashSet<>(s.printedDerivedCells());
      s.lines().stream().flatMap(l -> s.columns().stream().map(c -> new Cell(l, c.label())))
          .filter(c -> s.printed(c).isPresent()).forEach(printed::add);
      assertEquals(printed.size(),
          long_.column("origin").stream().filter(v -> v.equals(new Value.Text("printed"))).count(), file.toString());
      for (int r = 0; r < long_.rows().size(); r++) {
        if (text(long_, "row", r).equals("line")) {
          continue;
        }
        Column column = s.column(text(long_, "column", r));
        if (column.isVariance()) {
          continue;
        }
        String group = text(long_, "group", r);
        String kind = text(long_, "kind", r);
        String rowType = text(long_, "row", r);
        // The lines this row covers, found by the long form's own words: a group's rows cover
        // its lines, a total per kind the lines of its kind, the programme's rows every line.
        BigDecimal lines = BigDecimal.ZERO;
        int covered = 0;
        for (int l = 0; l < long_.rows().size(); l++) {
          if (!text(long_, "row", l).equals("line") || !text(long_, "column", l).equals(column.label())) {
            continue;
          }
          String lineKind = text(long_, "kind", l);
          boolean reserve = List.of("storting", "onttrekking", "mutatie").contains(lineKind);
          boolean covers = switch (rowType) {
            case "group-total" -> text(long_, "group", l).equals(group) && !reserve;
            case "group-reserves" -> text(long_, "group", l).equals(group) && reserve;
            case "group-after" -> text(long_, "group", l).equals(group);
            case "group-kind-total" -> text(long_, "group", l).equals(group) && lineKind.equals(kind);
            case "total" -> lineKind.equals(kind);
            case "result" -> !reserve;
            case "reserves" -> reserve;
            default -> true;
          };
          if (covers) {
            lines = lines.add(number(long_.column("value").get(l)));
            covered++;
          }
        }
        BigDecimal value = number(long_.column("value").get(r));
        String where = file + ", " + rowType + " " + group + " " + kind + ", " + column.label();
        if (text(long_, "origin", r).equals("derived")) {
          assertEquals(0, lines.compareTo(value), where + ": " + value + " against lines " + lines);
        } else {
          // Printed: the lines, each rounded to half a unit, and the total itself explain the difference.
          BigDecimal bound = BigDecimal.valueOf(covered + 1).multiply(new BigDecimal("0.5"));
          assertTrue(lines.subtract(value).abs().compareTo(bound) <= 0, where + ": printed " + value + ", lines " + lines);
        }
      }
    }
  }

  @Test
  void aLineOfSeed000IsOneRowPerColumnInTheStatementsOwnNotation() {
    TidyTable long_ = TidyCsv.of(statement(SEED_000));
    String dutch = long_.toCsv(CsvDialect.DUTCH_EXCEL);
    assertTrue(dutch.startsWith("\uFEFFrow;group;kind;label;column;value;unit;origin\r\n"), dutch);
    // The printed figures of seed 000's "Inkomensregelingen" Lasten: 14.350 thousand in 2021's realisation.
    assertTrue(dutch.contains("line;Inkomensregelingen;lasten;Lasten;Realisatie 2022;14.867;THOUSANDS;printed"), dutch);
    String plain = long_.toCsv(CsvDialect.PLAIN);
    assertTrue(plain.contains("line,Inkomensregelingen,lasten,Lasten,Realisatie 2022,14867,THOUSANDS,printed"), plain);
  }

  @Test
  void aCheckGivesOneRowPerInconsistencyWithTheExcessBeyondTheConsistentRange() throws IOException {
    String altered = Files.readString(VERSCHILLEN).replace(";;571 V", ";;581 V");
    Statement s = StatementCsv.read(new java.io.StringReader(altered), "altered").orElseThrow();
    ReconciliationReport report = s.check();
    TidyTable table = TidyCsv.of(report);
    assertReadsBack(table);
    assertEquals(2, table.rows().size());
    assertEquals(List.of("group-after", "result-after"), List.of(text(table, "row", 0), text(table, "row", 1)));
    assertEquals("Maatwerkdienstverlening 18+", text(table, "group", 0));
    assertEquals(List.of("lines", "printed-subtotals"), List.of(text(table, "source", 0), text(table, "source", 1)));
    for (int r = 0; r < 2; r++) {
      BigDecimal printedEuros = number(table.column("printed").get(r)).multiply(s.unit().euros());
      BigDecimal from = number(table.column("consistent_from").get(r));
      BigDecimal to = number(table.column("consistent_to").get(r));
      BigDecimal beyond = printedEuros.compareTo(to) > 0 ? printedEuros.subtract(to) : from.subtract(printedEuros);
      assertEquals(0, beyond.compareTo(number(table.column("excess").get(r))), "row " + r);
      assertTrue(beyond.signum() > 0);
    }
    // A consistent check is the header only.
    TidyTable clean = TidyCsv.of(statement(SEED_000).check());
    assertEquals(List.of(), clean.rows());
    assertEquals("row,group,kind,label,column,printed,unit,computed,tolerance,consistent_from,consistent_to,excess,source,parts\r\n",
        clean.toCsv(CsvDialect.PLAIN));
  }

  @Test
  void eachVarianceIsTheActualLessTheBudgetUpToTheirRounding() {
    VarianceAnalysis analysis = VarianceAnalysis.of(nl.sociaaldomein.variance.Comparison.of(statement(SEED_000)));
    TidyTable table = TidyCsv.of(analysis);
    assertReadsBack(table);
    assertEquals(analysis.rows().size(), table.rows().size());
    int both = 0;
    for (int r = 0; r < table.rows().size(); r++) {
      Value budget = table.column("budget").get(r);
      Value actual = table.column("actual").get(r);
      if (budget instanceof Value.Empty || actual instanceof Value.Empty) {
        continue;
      }
      both++;
      BigDecimal variance = number(table.column("variance").get(r));
      // Where the document prints the variance, it is the printed figure: the difference of the
      // two printed figures up to their rounding (half a thousand each) and its own.
      BigDecimal bound = number(table.column("tolerance").get(r)).add(BigDecimal.valueOf(1_000));
      BigDecimal off = number(actual).subtract(number(budget)).subtract(variance).abs();
      assertTrue(off.compareTo(bound) <= 0, "row " + r + ": off by " + off);
      assertEquals(variance.signum() >= 0 ? "V" : "N", text(table, "direction", r));
    }
    assertEquals(analysis.rows().size(), both);
  }

  @Test
  void theFindingsOfTableOfVariancesWithoutExplanationsAreOneMissingExplanationPerProduct() {
    Statement verschillen = statement(VERSCHILLEN);
    VarianceReport report = VarianceReport.of(verschillen, VarianceRules.above(Amount.ofEuros(50_000)), Explanations.none());
    TidyTable table = TidyCsv.of(report.reconciliation());
    assertReadsBack(table);
    assertEquals(10, table.rows().size());
    assertTrue(table.column("finding").stream().allMatch(v -> v.equals(new Value.Text("missing-explanation"))));
    assertEquals(report.reconciliation().findings().get(0).reason(), text(table, "reason", 0));
    // Seed 000 with its own analysis per product.
    Statement seed = statement(SEED_000);
    Explanations analysis = ExplanationCsv.read(Path.of("../data/explanations/seed-000-meppel-2022-analyse.csv"), seed)
        .orElseThrow();
    VarianceReport full = VarianceReport.of(seed, VarianceRules.above(Amount.ofEuros(50_000)), analysis);
    TidyTable findings = TidyCsv.of(full.reconciliation());
    assertReadsBack(findings);
    assertEquals(full.reconciliation().findings().size(), findings.rows().size());
  }

  @Test
  void aPhasingsDomainsAddUpToItsTotalPerYearAndLine() {
    for (String name : List.of("seed-004-hoogeveen-bijlage-8.csv", "seed-004-hoogeveen-programmaplan.csv")) {
      SavingsPlan plan = SavingsCsv.read(Path.of("../data/savings/" + name)).orElseThrow();
      Phasing phasing = plan.phasing(Year.of(2022), Year.of(2025));
      TidyTable table = TidyCsv.of(phasing);
      assertReadsBack(table);
      List<Domain> domains = phasing.domains();
      assertEquals(4 * (domains.size() + 1) * 4, table.rows().size(), name);
      int bounded = 0;
      for (int r = 0; r < table.rows().size(); r++) {
        if (!text(table, "domain", r).isEmpty()) {
          continue;
        }
        String year = text(table, "year", r);
        String line = text(table, "line", r);
        for (String end : List.of("low", "high")) {
          List<Value> ends = table.column(end);
          boolean allBounded = true;
          BigDecimal domainsSum = BigDecimal.ZERO;
          for (int d = 0; d < table.rows().size(); d++) {
            if (text(table, "year", d).equals(year) && text(table, "line", d).equals(line)
                && !text(table, "domain", d).isEmpty()) {
              allBounded &= !(ends.get(d) instanceof Value.Empty);
              domainsSum = domainsSum.add(number(ends.get(d)));
            }
          }
          if (allBounded) {
            bounded++;
            assertEquals(0, domainsSum.compareTo(number(ends.get(r))), name + " " + year + " " + line + " " + end);
          }
        }
      }
      assertTrue(bounded > 0, name);
    }
  }

  @Test
  void aTableIsWrittenToAFileAsUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("long.csv");
    TidyTable table = TidyCsv.of(statement(SEED_002));
    table.write(file, CsvDialect.DUTCH_EXCEL);
    assertEquals(table.toCsv(CsvDialect.DUTCH_EXCEL), Files.readString(file));
    assertFalse(table.toString().contains("@"), table.toString());
    assertEquals(Optional.of("statement"), Optional.of(table.name()));
  }
}
