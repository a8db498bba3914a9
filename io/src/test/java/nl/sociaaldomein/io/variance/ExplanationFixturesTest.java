// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.variance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Explanation;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.VarianceClass;
import org.junit.jupiter.api.Test;

/** Acceptance with real data: seed 000's analysis per product, and the synthetic running-text fixture. */
class ExplanationFixturesTest {

  static final String SEED_000 = "seed-000-meppel-2022";
  static final String RUNNING_TEXT = "synthetic-running-text";
  private static final String VARIANCE_000 = "Begroot - Rekening 2022";
  private static final String VARIANCE_SYNTHETIC = "Verschil";

  static String resource(String name) {
    try (InputStream in = ExplanationFixturesTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Statement statement(String name) {
    return StatementCsv.read(new StringReader(resource("statements/" + name + ".csv")), name + ".csv").orElseThrow();
  }

  static ReadResult<Explanations> explanations(String file, Statement statement) {
    return ExplanationCsv.read(new StringReader(resource("explanations/" + file)), file, statement);
  }

  /** The printed amounts of the items and residual of {@code target}, added up. */
  private static BigDecimal explained(Explanations explanations, Place target) {
    BigDecimal sum = explanations.itemsFor(target).stream().map(e -> e.amount().printedValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.add(explanations.residualFor(target).map(e -> e.amount().printedValue()).orElse(BigDecimal.ZERO));
  }

  private static BigDecimal printedVariance(Statement statement, Place place, String column) {
    return statement.printedEffect(new Cell(place, column)).orElseThrow().printedValue();
  }

  @Test
  void seed000sAnalysisIsReadWholeAgainstItsStatement() {
    Statement statement = statement(SEED_000);
    ReadResult<Explanations> result = explanations(SEED_000 + "-analyse.csv", statement);
    assertTrue(result.isClean(), result.report().toString());
    assertEquals(43, result.report().rowsRead());
    assertEquals(43, result.report().accepted());
    assertEquals(CsvDialect.DUTCH_EXCEL, result.report().dialect().orElseThrow());
    Explanations analysis = result.orElseThrow();

    // Products 10 to 20 are the statement's groups in order, each explained after its reserve movements.
    List<Place> products = statement.groups().stream().map(g -> (Place) new Place.GroupAfterReserves(g.name())).toList();
    assertEquals(products, List.copyOf(analysis.targets()));
    assertEquals(new Place.GroupAfterReserves("Volksgezondheid"), products.get(10));

    Map<String, Integer> items = new LinkedHashMap<>();
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    for (Place p : products) {
      String group = p.groupName().orElseThrow();
      items.put(group, analysis.itemsFor(p).size());
      sums.put(group, explained(analysis, p));
      assertTrue(analysis.residualFor(p).isPresent(), group);
      assertEquals("Diverse kleine afwijkingen < 50.000", analysis.residualFor(p).orElseThrow().description());
    }
    assertEquals(List.of(5, 2, 7, 1, 3, 2, 6, 3, 1, 1, 1), List.copyOf(items.values()));
    assertEquals(List.of(3404, 250, 1072, -81, 377, 192, 571, -1750, 782, 232, 29),
        sums.values().stream().map(BigDecimal::intValueExact).toList());
    assertEquals(5078, sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).intValueExact());

    // Against the statement: 48 + 90 + 59 + 3.061 + 99 + 47 = 3.404 = 3.390 + 14, and so on; the
    // printed figures differ by a unit twice (products 17 and 20), within their rounding.
    Map<String, Integer> variances = new LinkedHashMap<>();
    for (Group g : statement.groups()) {
      BigDecimal v = printedVariance(statement, new Place.GroupResult(g.name()), VARIANCE_000);
      if (g.hasReserveLines()) {
        v = v.add(printedVariance(statement, new Place.GroupReserves(g.name()), VARIANCE_000));
      }
      variances.put(g.name(), v.intValueExact());
    }
    assertEquals(List.of(3404, 250, 1072, -81, 377, 192, 571, -1749, 782, 232, 28), List.copyOf(variances.values()));

    Explanation oekraine = analysis.itemsFor(products.get(0)).get(3);
    assertEquals(Explanation.item("Opvang Oekraïne", PrintedFigure.of(3_061, EuroUnit.THOUSANDS), products.get(0))
        .withClass(VarianceClass.INCIDENTAL), oekraine);
    assertEquals(Explanation.item("Jeugdhulp", PrintedFigure.of(-1_726, EuroUnit.THOUSANDS), products.get(7))
        .withClass(VarianceClass.STRUCTURAL), analysis.itemsFor(products.get(7)).get(0));
  }

  @Test
  void seed000sClassesPersonnelLinesAndLargeResidualsAreAsPrinted() {
    Statement statement = statement(SEED_000);
    Explanations analysis = explanations(SEED_000 + "-analyse.csv", statement).orElseThrow();
    List<Explanation> all = analysis.items();
    Map<VarianceClass, Long> classes = all.stream().filter(e -> !e.isResidual())
        .collect(Collectors.groupingBy(Explanation::varianceClass, LinkedHashMap::new, Collectors.counting()));
    assertEquals(Map.of(VarianceClass.INCIDENTAL, 14L, VarianceClass.STRUCTURAL, 5L,
        VarianceClass.STRUCTURAL_PROCESSED, 3L, VarianceClass.INCIDENTAL_AND_STRUCTURAL, 1L, VarianceClass.NONE, 9L),
        classes);
    List<Explanation> personnel = all.stream().filter(e -> e.description().equals("Personeelslasten")).toList();
    assertEquals(9, personnel.size());
    assertTrue(personnel.stream().allMatch(e -> e.varianceClass() == VarianceClass.NONE && e.parts().isEmpty()));
    // The residuals a 50.000 threshold would flag: something material went unexplained there.
    assertEquals(Map.of("Begeleide participatie", -66, "Maatwerkdienstverlening 18-", -91),
        all.stream().filter(e -> e.isResidual() && e.amount().printedValue().abs().intValueExact() > 50)
            .collect(Collectors.toMap(e -> e.target().groupName().orElseThrow(),
                e -> e.amount().printedValue().intValueExact())));
    assertTrue(all.stream().allMatch(e -> e.statedDirection().isEmpty()));
  }

  @Test
  void theRunningTextFixtureExplainsEveryLineButOneGapOf65000() {
    Statement statement = statement(RUNNING_TEXT);
    assertTrue(statement.check().isConsistent(), statement.check().toString());
    ReadResult<Explanations> result = explanations(RUNNING_TEXT + ".csv", statement);
    assertTrue(result.isClean(), result.report().toString());
    assertEquals(18, result.report().rowsRead());
    Explanations explanations = result.orElseThrow();
    assertEquals(10, explanations.items().stream().filter(e -> !e.isResidual()).count());

    // Every target is a line of the statement, and every line with a variance is explained.
    assertEquals(statement.lines(), List.copyOf(explanations.targets()));
    Map<String, Integer> gaps = new LinkedHashMap<>();
    for (Place.Line line : statement.lines()) {
      BigDecimal gap = printedVariance(statement, line, VARIANCE_SYNTHETIC).subtract(explained(explanations, line));
      if (gap.signum() != 0) {
        gaps.put(line.label(), gap.intValueExact());
      }
    }
    assertEquals(Map.of("Re-integratie", 65_000), gaps);
  }

  @Test
  void theRunningTextFixtureNestsThreeLevelsThatAddUp() {
    Statement statement = statement(RUNNING_TEXT);
    Explanations explanations = explanations(RUNNING_TEXT + ".csv", statement).orElseThrow();
    Place.Line jeugdLasten = statement.lines().get(0);
    Explanation jeugdzorg = explanations.itemsFor(jeugdLasten).get(0);
    assertEquals("Jeugdzorg € 337.000 hoger dan begroot", jeugdzorg.description());
    assertEquals(PrintedFigure.of(-337_000, EuroUnit.EUROS), jeugdzorg.amount());
    // The N of "€ 337.000 N" is the stated direction and the sign; J in the Structureel column is structural.
    assertEquals(Optional.of(Direction.UNFAVOURABLE), jeugdzorg.statedDirection());
    assertEquals(VarianceClass.STRUCTURAL, jeugdzorg.varianceClass());
    assertEquals(List.of("Niet gecontracteerde zorg", "Zorg in natura", "Solidaire kosten"),
        jeugdzorg.parts().stream().map(Explanation::description).toList());
    Explanation inNatura = jeugdzorg.parts().get(1);
    assertEquals(List.of(PrintedFigure.of(-112_000, EuroUnit.EUROS), PrintedFigure.of(-60_000, EuroUnit.EUROS)),
        inNatura.parts().stream().map(Explanation::amount).toList());
    assertTrue(inNatura.parts().stream().allMatch(p -> p.target().equals(jeugdLasten) && p.parts().isEmpty()));
    assertEquals(VarianceClass.NONE, inNatura.varianceClass());
    assertEquals(Optional.empty(), inNatura.statedDirection());
    // Each item with sub-items is their sum, at every depth.
    explanations.items().forEach(ExplanationFixturesTest::assertPartsAddUp);

    Place.Line jeugdBaten = statement.lines().get(1);
    assertEquals(VarianceClass.INCIDENTAL, explanations.itemsFor(jeugdBaten).get(0).varianceClass());
    assertEquals(Optional.of(Explanation.residual("Overige verschillen", PrintedFigure.of(25_000, EuroUnit.EUROS),
        jeugdBaten)), explanations.residualFor(jeugdBaten));
  }

  private static void assertPartsAddUp(Explanation e) {
    if (!e.parts().isEmpty()) {
      assertEquals(e.amount().printedValue(), e.parts().stream().map(p -> p.amount().printedValue())
          .reduce(BigDecimal.ZERO, BigDecimal::add), e.description());
      e.parts().forEach(ExplanationFixturesTest::assertPartsAddUp);
    }
  }

  @Test
  void bothFixturesWriteBackToWhatWasRead() {
    for (String[] fixture : new String[][] {{SEED_000, SEED_000 + "-analyse.csv"}, {RUNNING_TEXT, RUNNING_TEXT + ".csv"}}) {
      Statement statement = statement(fixture[0]);
      Explanations read = explanations(fixture[1], statement).orElseThrow();
      for (CsvDialect dialect : CsvDialect.values()) {
        String csv = ExplanationCsv.toCsv(read, statement, dialect);
        assertEquals(read, ExplanationCsv.read(new StringReader(csv), "written.csv", statement).orElseThrow(), csv);
      }
    }
  }
}
