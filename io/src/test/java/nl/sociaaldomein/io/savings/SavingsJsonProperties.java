// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.DriverChange;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Scenario;
import nl.sociaaldomein.savings.model.CalculationModel;
import nl.sociaaldomein.savings.model.CalculationModels;
import nl.sociaaldomein.savings.model.Driver;
import nl.sociaaldomein.savings.model.DriverKind;
import nl.sociaaldomein.savings.model.Expression;
import nl.sociaaldomein.savings.model.Product;
import nl.sociaaldomein.savings.model.Result;
import nl.sociaaldomein.savings.model.Rounding;
import nl.sociaaldomein.savings.model.Sum;
import org.junit.jupiter.api.Test;

/** What SavingsJson writes reads back equal, and what a user breaks is read with every entry accounted for. */
class SavingsJsonProperties {

  /** Names and labels as documents print them, and what JSON must escape. */
  private static final List<String> NAMES = List.of("cliënten", "prijs per minuut", "per week", "fte welzijnswerk",
      "\"aanhalingstekens\"", "back\\slash", "tab\there", "Twee\nregels", "€ 5.040", "x", "1");
  private static final RoundingMode[] MODES =
      {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};
  private static final DriverKind[] NUMBERS = {DriverKind.COUNT, DriverKind.PERCENTAGE, DriverKind.MINUTES,
      DriverKind.HOURS, DriverKind.WEEKS, DriverKind.FTE, DriverKind.NUMBER};

  private static String name(Random random) {
    return NAMES.get(random.nextInt(NAMES.size()));
  }

  /** Up to three decimals, up to a million: 0, 0.84, 60, 12345.678; negative only where the kind allows. */
  private static BigDecimal number(Random random, DriverKind kind) {
    int scale = kind == DriverKind.COUNT ? 0 : random.nextInt(4);
    BigDecimal n = BigDecimal.valueOf(random.nextInt(1_000_000), scale);
    return (kind == DriverKind.NUMBER || kind == DriverKind.EUROS) && random.nextInt(5) == 0 ? n.negate() : n;
  }

  private static Optional<Rounding> rounding(Random random) {
    if (random.nextBoolean()) {
      return Optional.empty();
    }
    BigDecimal step = List.of(new BigDecimal("0.01"), new BigDecimal("0.05"), BigDecimal.ONE, new BigDecimal("1000"),
        new BigDecimal("2.5")).get(random.nextInt(5));
    return Optional.of(new Rounding(step, MODES[random.nextInt(MODES.length)]));
  }

  private static Result result(Expression expression, Random random) {
    String label = random.nextInt(3) == 0 ? "" : name(random).strip();
    return new Result(expression, label, rounding(random));
  }

  /** A number that is not money: a driver, or a product, sum or result of such. */
  private static Expression plain(Random random, int depth) {
    int choice = depth == 0 ? 0 : random.nextInt(4);
    return switch (choice) {
      case 1 -> new Product(List.of(plain(random, depth - 1), plain(random, depth - 1)));
      case 2 -> new Sum(List.of(plain(random, depth - 1), plain(random, depth - 1)));
      case 3 -> result(plain(random, depth - 1), random);
      default -> {
        DriverKind kind = NUMBERS[random.nextInt(NUMBERS.length)];
        yield new Driver(name(random), number(random, kind), kind);
      }
    };
  }

  /** An amount of euros: a euro driver, or a product with one money factor, a sum of money, a result. */
  private static Expression money(Random random, int depth) {
    int choice = depth == 0 ? 0 : random.nextInt(4);
    return switch (choice) {
      case 1 -> {
        List<Expression> factors = new ArrayList<>(List.of(money(random, depth - 1), plain(random, depth - 1)));
        if (random.nextBoolean()) {
          factors.add(0, factors.remove(1));
        }
        yield new Product(factors);
      }
      case 2 -> new Sum(List.of(money(random, depth - 1), money(random, depth - 1)));
      case 3 -> result(money(random, depth - 1), random);
      default -> new Driver(name(random), number(random, DriverKind.EUROS), DriverKind.EUROS);
    };
  }

  /** Larger parts would not fit an amount; the budgets of the sociaal domein are far smaller. */
  private static final BigDecimal LARGEST_PART = new BigDecimal("1000000000000");

  /**
   * A gain or cost: money, rounded to the cent where the exact value has more decimals; a single
   * driver where the random tree grew beyond any budget.
   */
  private static Result part(Random random) {
    Result part = result(money(random, random.nextInt(4)), random);
    if (part.value().stripTrailingZeros().scale() > 2) {
      part = part.roundedTo(new Rounding(new BigDecimal("0.01"), MODES[random.nextInt(MODES.length)]));
    }
    return part.value().abs().compareTo(LARGEST_PART) <= 0 ? part
        : Result.of(new Driver(name(random), BigDecimal.valueOf(random.nextInt(1_000_000), 2), DriverKind.EUROS));
  }

  static CalculationModel model(Random random, String name) {
    List<Result> gains = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      gains.add(part(random));
    }
    List<Result> costs = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      costs.add(part(random));
    }
    return new CalculationModel(name, gains, costs, Amount.ofCents(random.nextInt(100_000_000)),
        Amount.ofCents(random.nextInt(3) == 0 ? random.nextInt(1_000_000) : 0));
  }

  static CalculationModels models(Random random) {
    List<CalculationModel> models = new ArrayList<>();
    Map<String, String> measureIds = new LinkedHashMap<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      CalculationModel model = model(random, i + " " + name(random));
      models.add(model);
      if (random.nextBoolean()) {
        measureIds.put(model.name(), "M" + i);
      }
    }
    return new CalculationModels(models, measureIds);
  }

  /** Scenario numbers as users type them: plain decimals, sometimes with trailing zeros. */
  private static BigDecimal typed(Random random) {
    return new BigDecimal(BigDecimal.valueOf(random.nextInt(2_000_000) - 99_000, random.nextInt(4)).toPlainString());
  }

  static Scenario scenario(Random random) {
    Scenario scenario = Scenario.base(name(random).strip().isEmpty() ? "basis" : name(random));
    for (int i = random.nextInt(4); i > 0; i--) {
      DriverChange change = random.nextBoolean()
          ? new DriverChange.SetTo(name(random), typed(random))
          : new DriverChange.Growth(name(random), typed(random).max(new BigDecimal("-99.999")),
              Year.of(2000 + random.nextInt(40)), random.nextInt(4), RoundingMode.values()[random.nextInt(8)]);
      scenario = scenario.plus(random.nextInt(3) == 0 ? change.inDomain(Domain.of(name(random))) : change);
    }
    return scenario;
  }

  private static <T> void readsBackEqual(T value, String json, Function<StringReader, ReadResult<T>> read) {
    ReadResult<T> back = read.apply(new StringReader(json));
    assertTrue(back.isClean(), () -> back.problems() + " in\n" + json);
    assertEquals(value, back.orElseThrow(), json);
  }

  @Test
  void aWrittenPlanReadsBackEqual() {
    qt().forAll(SavingsCsvProperties.plans()).checkAssert(plan -> {
      readsBackEqual(plan, SavingsJson.toJson(plan), in -> SavingsJson.readPlan(in, "p.json"));
    });
  }

  /** Read back with every computed field checked: what the module writes is what the model computes. */
  @Test
  void aWrittenModelReadsBackEqual() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      CalculationModel model = model(new Random(seed), "model");
      readsBackEqual(model, SavingsJson.toJson(model), in -> SavingsJson.readModel(in, "m.json"));
    });
  }

  @Test
  void writtenModelsReadBackEqual() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      CalculationModels models = models(new Random(seed));
      readsBackEqual(models, SavingsJson.toJson(models), in -> SavingsJson.readModels(in, "m.json"));
    });
  }

  @Test
  void aWrittenScenarioReadsBackEqual() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Scenario scenario = scenario(new Random(seed));
      readsBackEqual(scenario, SavingsJson.toJson(scenario), in -> SavingsJson.readScenario(in, "s.json"));
    });
  }

  /** Pieces that break JSON the ways a hand edit does. */
  private static final List<String> PIECES = List.of("{", "}", "[", "]", ",", ":", "\"", "null", "0", "-1", "\"x\"",
      "1e999", "\"0.845\"", "true", "\"GROWTH\"", "\"kind\"", "{\"driver\": {}}", "[]", "", " ");

  private static String mangled(String json, Random random) {
    StringBuilder text = new StringBuilder(json);
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      int at = random.nextInt(text.length());
      int end = Math.min(text.length(), at + random.nextInt(10));
      text.replace(at, end, PIECES.get(random.nextInt(PIECES.size())));
    }
    return text.toString();
  }

  private static void accountedFor(ReadResult<?> result, String text) {
    ReadReport report = result.report();
    assertEquals(report.rowsRead(), report.accepted() + report.rejected(), text);
    assertTrue(report.problemCount() >= report.rejected(), text);
    if (result.value().isEmpty()) {
      assertTrue(report.problemCount() > 0, text);
    }
  }

  /**
   * The reader contract on mangled documents: a read never throws, every entry is accepted or
   * rejected with its problem, and a plan or model set holds exactly the accepted entries.
   */
  @Test
  void aMangledDocumentIsReadWithEveryEntryAccountedFor() {
    qt().forAll(SavingsCsvProperties.plans(), longs().all()).checkAssert((written, seed) -> {
      Random random = new Random(seed);
      String plan = mangled(SavingsJson.toJson(written), random);
      ReadResult<SavingsPlan> plans = SavingsJson.readPlan(new StringReader(plan), "p.json");
      accountedFor(plans, plan);
      plans.value().ifPresent(p -> assertEquals(plans.report().accepted(), p.measures().size(), plan));
      String models = mangled(SavingsJson.toJson(models(random)), random);
      ReadResult<CalculationModels> read = SavingsJson.readModels(new StringReader(models), "m.json");
      accountedFor(read, models);
      read.value().ifPresent(m -> assertEquals(read.report().accepted(), m.models().size(), models));
      String model = mangled(SavingsJson.toJson(model(random, "m")), random);
      accountedFor(SavingsJson.readModel(new StringReader(model), "m.json"), model);
      String scenario = mangled(SavingsJson.toJson(scenario(random)), random);
      ReadResult<Scenario> scenarios = SavingsJson.readScenario(new StringReader(scenario), "s.json");
      accountedFor(scenarios, scenario);
      scenarios.value().ifPresent(s -> assertEquals(scenarios.report().accepted(), s.changes().size(), scenario));
    });
  }
}
