// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.DriverChange;
import nl.sociaaldomein.savings.Kind;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.savings.Scenario;
import nl.sociaaldomein.savings.SavingsPlan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ScenarioCsvTest {

  static final String SCENARIOS = "seed-004-hoogeveen-scenarios.csv";

  private static ReadResult<List<Scenario>> read(String csv) {
    return ScenarioCsv.read(new StringReader(csv), "scenarios.csv");
  }

  private static List<String> problems(ReadResult<?> result) {
    return result.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  static List<Scenario> seed004() {
    ReadResult<List<Scenario>> result = read(SavingsFixturesTest.resource(SCENARIOS));
    assertEquals(List.of(), result.problems());
    return result.orElseThrow();
  }

  @Test
  void seed004sRiskReadsAsTheScenarioBuiltInCode() {
    assertEquals(List.of(Scenario.base("basis"),
            Scenario.base("Wmo-cliënten +7 % per jaar").growing(Domain.WMO, "cliënten", "7", Year.of(2022))),
        seed004());
  }

  @Test
  void wmoClientsGrowingLeaveTheJeugdModelsOfAnnex8Alone() {
    SavingsPlan plan = SavingsFixturesTest.plan("seed-004-hoogeveen-bijlage-8.csv");
    ModelledPlan modelled = ModelledPlan.of(plan, CalculationModelCsvTest.annex8());
    Scenario growth = seed004().get(1);
    // 2025 after three years of +7 %: 100 -> 122,5 -> 123 and 140 -> 171,5 -> 172 clients:
    // 123 x 2.318,40 = 285.163,20 -> 285.000 and 172 x 2.318,40 = 398.764,80 -> 399.000, less
    // 290.000 of costs: 394.000 for lichte begeleiding (as the two-measure Wmo plan has it); Jeugd's clients stay.
    ModelledPlan in2025 = modelled.under(growth, Year.of(2025));
    assertEquals(Amount.ofEuros(394_000), in2025.computed().measure("W1").orElseThrow().amount().low().orElseThrow());
    assertEquals(Amount.ofEuros(97_500), in2025.computed().measure("J3").orElseThrow().amount().low().orElseThrow());
    assertEquals(Amount.ofEuros(1_750_500 + 127_000), in2025.computed().total(Kind.STRUCTURAL).low().orElseThrow());
  }

  @Test
  void writesWhatReadsBackEqualInBothDialects() {
    List<Scenario> scenarios = List.of(Scenario.base("basis"),
        Scenario.base("mix").plus(new DriverChange.Growth("prijs per minuut", new BigDecimal("2.5"), Year.of(2023), 2,
            RoundingMode.HALF_EVEN)).plus(new DriverChange.SetTo("groepen", new BigDecimal("3")).inDomain(Domain.WMO))
            .plus(new DriverChange.SetTo("aandeel", new BigDecimal("12.5"))));
    for (CsvDialect dialect : CsvDialect.values()) {
      String csv = ScenarioCsv.toCsv(scenarios, dialect);
      assertEquals(scenarios, read(csv).orElseThrow(), csv);
    }
    String dutch = ScenarioCsv.toCsv(scenarios, CsvDialect.DUTCH_EXCEL);
    assertTrue(dutch.contains("basis;;;;;;;\r\n") || dutch.contains("basis;;;;;;;\n"), dutch);
    assertTrue(dutch.contains("mix;;prijs per minuut;groei;2,5;2023;2;HALF_EVEN"), dutch);
    assertTrue(dutch.contains("mix;Wmo;groepen;waarde;3;;;"), dutch);
  }

  @Test
  void anyScenarioReadsBackEqual() {
    Gen<DriverChange> changes = integers().between(0, 5).zip(integers().between(-99, 500), integers().between(2018, 2030),
        (kind, number, year) -> {
          BigDecimal value = BigDecimal.valueOf(number, kind % 3);
          DriverChange change = kind % 2 == 0 ? new DriverChange.SetTo("n" + kind, value)
              : new DriverChange.Growth("n" + kind, value, Year.of(year), kind, RoundingMode.values()[kind]);
          return kind >= 4 ? change.inDomain(Domain.JEUGD) : change;
        });
    qt().forAll(lists().of(changes).ofSizeBetween(0, 4)).checkAssert(list -> {
      List<Scenario> scenarios = List.of(new Scenario("s", new ArrayList<>(list)), Scenario.base("basis"));
      for (CsvDialect dialect : CsvDialect.values()) {
        assertEquals(scenarios, read(ScenarioCsv.toCsv(scenarios, dialect)).orElseThrow());
      }
    });
  }

  private static final String HEAD = "scenario;domain;driver;change;value;base year;decimals;rounding\n";

  @Test
  void aWrongRowIsRejectedAtItsCellAndItsScenarioKeepsTheChangesThatRead() {
    ReadResult<List<Scenario>> result = read(HEAD
        + "goed;;groepen;waarde;3;;;\n"
        + "fout;;cliënten;groei;7 %;;;\n"
        + "fout;;groepen;waarde;3;;;\n");
    assertEquals(List.of(Scenario.base("goed").setting("groepen", "3"), Scenario.base("fout").setting("groepen", "3")),
        result.value().orElseThrow());
    assertEquals(2, result.report().accepted());
    assertEquals(1, result.report().rejected());
    assertEquals(List.of(
        "scenarios.csv, line 3, column \"base year\": a growth needs its base year, four digits, such as 2022"),
        problems(result));
    assertThrows(nl.sociaaldomein.io.ReadException.class, result::orElseThrow);
  }

  @Test
  void reportsEachFaultAtItsCell() {
    assertEquals(List.of("scenarios.csv, line 2, column \"change\": \"verdubbelen\": the change is waarde (set to a value) "
        + "or groei (a percentage a year), or the English set or growth"), problems(read(HEAD + "s;;n;verdubbelen;3;;;\n")));
    assertEquals(List.of("scenarios.csv, line 2, column \"base year\": \"2022\": a change to a value has no base year"),
        problems(read(HEAD + "s;;n;waarde;3;2022;;\n")));
    assertEquals(List.of("scenarios.csv, line 2, column \"value\": \"-100 %\": a yearly change must be above -100 %"),
        problems(read(HEAD + "s;;n;groei;-100 %;2022;;\n")));
    assertEquals(List.of("scenarios.csv, line 2, column \"rounding\": \"half\": the rounding is one of UP, DOWN, CEILING, "
        + "FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY"), problems(read(HEAD + "s;;n;groei;7;2022;;half\n")));
    assertEquals(List.of("scenarios.csv, line 2, column \"value\": \"7\": a row without driver and change names a "
        + "scenario that changes nothing"), problems(read(HEAD + "s;;;;7;;;\n")));
  }

  @Test
  void refusesToWriteWhatWouldNotReadBack() {
    SociaalDomeinException twice = assertThrows(SociaalDomeinException.class,
        () -> ScenarioCsv.toCsv(List.of(Scenario.base("s"), Scenario.base("s")), CsvDialect.PLAIN));
    assertTrue(twice.getMessage().contains("two scenarios"), twice.getMessage());
    assertThrows(SociaalDomeinException.class,
        () -> ScenarioCsv.toCsv(List.of(Scenario.base("s").setting(" n", "1")), CsvDialect.PLAIN));
  }

  @Test
  void theExtremesAChangeCanBeBuiltWithReadBackFromEveryWriter() {
    Scenario extreme = new Scenario("uiterst", List.of(
        new DriverChange.Growth("prijs", new BigDecimal("0.12345678901234567890123456789"), Year.of(9999), 30,
            RoundingMode.HALF_EVEN),
        new DriverChange.Growth("prijs", BigDecimal.ONE, Year.of(1000), 0, RoundingMode.HALF_UP),
        new DriverChange.SetTo("c", new BigDecimal("123456789012345678901234567890"))));
    for (CsvDialect dialect : CsvDialect.values()) {
      String csv = ScenarioCsv.toCsv(List.of(extreme), dialect);
      ReadResult<List<Scenario>> back = read(csv);
      assertEquals(List.of(), problems(back), csv);
      assertEquals(List.of(extreme), back.orElseThrow(), csv);
    }
    ReadResult<Scenario> json = SavingsJson.readScenario(new StringReader(SavingsJson.toJson(extreme)), "s.json");
    assertEquals(List.of(), json.problems());
    assertEquals(extreme, json.orElseThrow());
  }
}
