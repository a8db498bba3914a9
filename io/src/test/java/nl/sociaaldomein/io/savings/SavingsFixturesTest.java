// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Kind;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.SavingsPlan;
import org.junit.jupiter.api.Test;

/** Seed 004's lists of bezuinigingsmaatregelen, read from data/savings with every row accepted. */
class SavingsFixturesTest {

  static String resource(String name) {
    try (InputStream in = SavingsFixturesTest.class.getResourceAsStream("/savings/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static SavingsPlan plan(String name) {
    ReadResult<SavingsPlan> result = SavingsCsv.read(new StringReader(resource(name)), name);
    assertEquals(List.of(), result.problems());
    assertEquals(0, result.report().rejected());
    assertEquals(Optional.of(CsvDialect.DUTCH_EXCEL), result.report().dialect());
    assertEquals(result.report().accepted(), result.orElseThrow().measures().size());
    return result.orElseThrow();
  }

  private static Optional<Amount> euros(long euros) {
    return Optional.of(Amount.ofEuros(euros));
  }

  private static long openItems(SavingsPlan plan) {
    return plan.measures().stream().filter(m -> m.amount().isProMemorie()).count();
  }

  @Test
  void chapter6sProgrammaplanNetsItsTranchesLessTheImplementationCostPerYear() {
    SavingsPlan plan = plan("seed-004-hoogeveen-programmaplan.csv");
    Phasing phasing = plan.phasing(java.time.Year.of(2022), java.time.Year.of(2025));
    List<Long> structural = new java.util.ArrayList<>();
    List<Long> net = new java.util.ArrayList<>();
    for (java.time.Year year : phasing.years()) {
      structural.add(phasing.total(year).structural().low().orElseThrow().toCents() / 100);
      net.add(phasing.total(year).net().low().orElseThrow().toCents() / 100);
    }
    assertEquals(List.of(250_000L, 750_000L, 1_750_000L, 1_900_000L), structural);
    assertEquals(List.of(-100_000L, 400_000L, 1_400_000L, 1_550_000L), net);
  }

  @Test
  void jeugdwetHasTwelveMeasuresOfWhichTwoPmAndAnOpenUpperEnd() {
    SavingsPlan plan = plan("seed-004-hoogeveen-jeugdwet.csv");
    assertEquals(12, plan.measures().size());
    assertEquals(2, openItems(plan));
    AmountRange total = plan.total(Kind.STRUCTURAL);
    assertEquals(euros(1_535_000), total.low());
    assertEquals(Optional.empty(), total.high());
    assertTrue(total.isProMemorie());
    assertEquals(List.of(Domain.JEUGD), plan.domains());
  }

  @Test
  void wmoHasTwentyThreeMeasuresWhoseRangedPmItemsBoundTheTotal() {
    SavingsPlan plan = plan("seed-004-hoogeveen-wmo.csv");
    assertEquals(23, plan.measures().size());
    assertEquals(6, openItems(plan));
    AmountRange total = plan.total(Kind.STRUCTURAL);
    // 2.753.001 exact, plus six p.m. items ranged 40.000 to 220.000 together.
    assertEquals(euros(2_793_001), total.low());
    assertEquals(euros(2_973_001), total.high());
    // Item 3 is printed with an en dash: "p.m. (10.000 – 50.000)".
    assertEquals(AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(50_000)),
        plan.measure("W3").orElseThrow().amount());
  }

  @Test
  void participatiewetHasFourteenMeasures() {
    SavingsPlan plan = plan("seed-004-hoogeveen-participatiewet.csv");
    assertEquals(14, plan.measures().size());
    assertEquals(2, openItems(plan));
    AmountRange total = plan.total(Kind.STRUCTURAL);
    assertEquals(euros(1_121_008), total.low());
    assertEquals(euros(1_171_008), total.high());
    assertEquals(List.of(Domain.PARTICIPATIE), plan.domains());
  }

  @Test
  void theInterviewListsPrintedTotalIsTheLowerEndOfItsInterval() {
    SavingsPlan plan = plan("seed-004-hoogeveen-wmo-interview.csv");
    assertEquals(14, plan.measures().size());
    AmountRange total = plan.total(Kind.STRUCTURAL);
    // "Totaal € 1.473.000,-": item 7 at its low end, the PM items at nothing.
    assertEquals(euros(1_473_000), total.low());
    assertEquals(Optional.empty(), total.high());
    List<String> open = plan.measures().stream().filter(m -> m.amount().isProMemorie()).map(Measure::id).toList();
    assertEquals(List.of("3", "4", "5", "6", "11", "12"), open);
    assertEquals(AmountRange.between(Amount.ofEuros(20_000), Amount.ofEuros(35_000)),
        plan.measure("7").orElseThrow().amount());
  }

  @Test
  void everyFixtureWritesAndReadsBackInBothDialects() {
    for (String name : List.of("seed-004-hoogeveen-jeugdwet.csv", "seed-004-hoogeveen-wmo.csv",
        "seed-004-hoogeveen-participatiewet.csv", "seed-004-hoogeveen-wmo-interview.csv")) {
      SavingsPlan plan = plan(name);
      for (CsvDialect dialect : CsvDialect.values()) {
        String csv = SavingsCsv.toCsv(plan, dialect);
        assertEquals(plan, SavingsCsv.read(new StringReader(csv), name).orElseThrow(), name + " in " + dialect);
      }
    }
  }
}
