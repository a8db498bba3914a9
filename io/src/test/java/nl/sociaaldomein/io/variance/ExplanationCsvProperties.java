// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.variance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Explanation;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.VarianceClass;
import org.junit.jupiter.api.Test;

class ExplanationCsvProperties {

  /**
   * The statements explanations are written against: the transcribed ones (data/statements), each
   * in every sign convention. (Random statements come from the testkit's generator, which io's
   * tests cannot use; these have every kind of row the targets name.)
   */
  private static final List<Statement> STATEMENTS = statements();

  private static List<Statement> statements() {
    List<Statement> out = new ArrayList<>();
    for (String name : List.of("seed-000-meppel-2022.csv", "seed-002-twenterand-2022.csv", "synthetic-both-positive.csv",
        "synthetic-income-positive.csv", "synthetic-running-text.csv", "synthetic-verschillen-000.csv")) {
      Statement read = StatementCsv.read(Path.of("../data/statements", name)).orElseThrow();
      for (SignConvention convention : SignConvention.values()) {
        out.add(read.withConvention(convention));
      }
    }
    return List.copyOf(out);
  }

  /** One of {@link #STATEMENTS}, picked by {@code seed}. */
  private static Statement statement(long seed) {
    return STATEMENTS.get((int) Math.floorMod(seed, (long) STATEMENTS.size()));
  }

  /** Descriptions a spreadsheet holds: separators of both dialects, quotes, accents, a line break. */
  private static final List<String> DESCRIPTIONS = List.of(
      "Opvang Oekraïne", "Diverse kleine afwijkingen < 50.000", "Jeugdhulp (zie ook product 17)",
      "Inhuur; tijdelijk", "Lasten, baten", "\"Quote\" en ''enkel''", "Regel 1 (lasten)", "#niet metadata",
      "Twee\nregels", "€ 337.000 hoger", "residual", "1", "V", "-");

  /** Every row of {@code statement} an explanation may explain. */
  static List<Place> targets(Statement statement) {
    List<Place> out = new ArrayList<>(statement.lines());
    Set<LineKind> kinds = new HashSet<>();
    for (Group g : statement.groups()) {
      g.lines().stream().map(l -> l.kind()).distinct().forEach(k -> out.add(new Place.GroupKindTotal(g.name(), k)));
      g.lines().forEach(l -> kinds.add(l.kind()));
      if (g.hasResultLines()) {
        out.add(new Place.GroupResult(g.name()));
      }
      if (g.hasReserveLines()) {
        out.add(new Place.GroupReserves(g.name()));
      }
      if (!g.lines().isEmpty()) {
        out.add(new Place.GroupAfterReserves(g.name()));
      }
    }
    kinds.forEach(k -> out.add(new Place.KindTotal(k)));
    if (statement.groups().stream().anyMatch(Group::hasResultLines)) {
      out.add(new Place.ResultBeforeReserves());
    }
    if (statement.groups().stream().anyMatch(Group::hasReserveLines)) {
      out.add(new Place.ReserveTotal());
    }
    out.add(new Place.ResultAfterReserves());
    return out;
  }

  /**
   * Explanations of {@code statement} from {@code seed}: up to eight items and residuals over
   * its rows, sub-items up to three levels deep, amounts in {@code units} with up to three
   * decimals.
   */
  static Explanations explanations(Statement statement, long seed, List<EuroUnit> units) {
    Random random = new Random(seed);
    List<Place> targets = targets(statement);
    Set<Place> withResidual = new HashSet<>();
    List<Explanation> items = new ArrayList<>();
    int n = random.nextInt(9);
    for (int i = 0; i < n; i++) {
      Place target = targets.get(random.nextInt(targets.size()));
      if (random.nextInt(4) == 0 && withResidual.add(target)) {
        items.add(decorate(Explanation.residual(description(random), amount(random, units), target), random));
      } else {
        items.add(item(random, units, target, 1));
      }
    }
    return Explanations.of(items);
  }

  private static Explanation item(Random random, List<EuroUnit> units, Place target, int level) {
    Explanation e = decorate(Explanation.item(description(random), amount(random, units), target), random);
    List<Explanation> parts = new ArrayList<>();
    int n = level < 4 && random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
    for (int i = 0; i < n; i++) {
      parts.add(item(random, units, target, level + 1));
    }
    return e.withParts(parts);
  }

  private static Explanation decorate(Explanation e, Random random) {
    // A residual carries no class: it is what the named items leave.
    Explanation out = e.isResidual() ? e : e.withClass(VarianceClass.values()[random.nextInt(VarianceClass.values().length)]);
    return random.nextBoolean() ? out : out.withStatedDirection(Direction.values()[random.nextInt(2)]);
  }

  private static String description(Random random) {
    return DESCRIPTIONS.get(random.nextInt(DESCRIPTIONS.size()));
  }

  private static PrintedFigure amount(Random random, List<EuroUnit> units) {
    long unscaled = random.nextInt(3) == 0 ? random.nextInt(2_001) - 1_000 : random.nextLong() % 1_000_000_000_000L;
    return PrintedFigure.of(BigDecimal.valueOf(unscaled, random.nextInt(4)), units.get(random.nextInt(units.size())));
  }

  private static void assertRoundTrip(Statement statement, Explanations explanations, CsvDialect dialect) {
    String csv = ExplanationCsv.toCsv(explanations, statement, dialect);
    ReadResult<Explanations> back = ExplanationCsv.read(new StringReader(csv), "written.csv", statement);
    assertTrue(back.isClean(), () -> back.report() + "\n" + csv);
    assertEquals(explanations, back.value().orElseThrow(), csv);
    assertEquals(dialect, back.report().dialect().orElseThrow());
    assertEquals(count(explanations.items()), back.report().rowsRead());
  }

  private static long count(List<Explanation> items) {
    return items.stream().mapToLong(e -> 1 + count(e.parts())).sum();
  }

  @Test
  void whatIsWrittenReadsBackInBothDialects() {
    qt().forAll(longs().all(), longs().all(), arbitrary().enumValues(CsvDialect.class), arbitrary().enumValues(EuroUnit.class))
        .checkAssert((statementSeed, seed, dialect, unit) -> {
          Statement statement = statement(statementSeed);
          assertRoundTrip(statement, explanations(statement, seed, List.of(unit)), dialect);
        });
  }

  @Test
  void amountsInSeveralUnitsReadBackInDutchThroughTheirScaleWords() {
    qt().forAll(longs().all(), longs().all()).checkAssert((statementSeed, seed) -> {
      Statement statement = statement(statementSeed);
      assertRoundTrip(statement, explanations(statement, seed, List.of(EuroUnit.values())), CsvDialect.DUTCH_EXCEL);
    });
  }

  @Test
  void aRowOfAStatementHasOneNameAndAllAreListed() {
    qt().forAll(longs().all()).checkAssert(statementSeed -> {
      Statement statement = statement(statementSeed);
      Targets targets = new Targets(statement);
      for (Place p : targets(statement)) {
        List<String> columns = targets.columns(p);
        assertEquals(p, targets.resolve(columns.get(0), columns.get(1), columns.get(2)));
      }
      assertEquals(Optional.empty(), Targets.type("no such target"));
    });
  }
}
