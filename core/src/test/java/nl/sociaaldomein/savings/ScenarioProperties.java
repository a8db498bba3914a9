// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.savings.model.CalculationModel;
import nl.sociaaldomein.savings.model.Driver;
import nl.sociaaldomein.savings.model.Product;
import nl.sociaaldomein.savings.model.Result;
import org.junit.jupiter.api.Test;

class ScenarioProperties {

  /** A plan of random lines plus one modelled measure: clients x cost per client. */
  private static ModelledPlan modelled(List<List<Long>> lines, long clients, long cents) {
    CalculationModel model = CalculationModel.of("model", List.of(Result.of(Product.of(
        Driver.count("cliënten", clients), Driver.euros("kosten per cliënt", Amount.ofCents(cents).toBigDecimal().toPlainString())))),
        List.of(), Amount.ZERO);
    return ModelledPlan.of(SavingsProperties.planOf(lines),
        Measure.structural("model", "gemodelleerd", Domain.WMO, HoogeveenPlanTest.exactly(0), SavingsProperties.FIRST)
            .withModel(model));
  }

  @Test
  void aScenarioWithUnchangedDriversEqualsTheBase() {
    qt().forAll(SavingsProperties.plans(), longs().between(0, 10_000), longs().between(0, 1_000_000), integers().between(0, 2))
        .checkAssert((lines, clients, cents, which) -> {
          ModelledPlan plan = modelled(lines, clients, cents);
          Scenario unchanged;
          if (which == 0) {
            unchanged = Scenario.base("niets");
          } else if (which == 1) {
            unchanged = Scenario.base("nul groei").growing("cliënten", "0", SavingsProperties.FIRST);
          } else {
            unchanged = Scenario.base("zelfde").setting("cliënten", Long.toString(clients));
          }
          ScenarioComparison comparison =
              ScenarioComparison.of(plan, Scenario.base("basis"), unchanged, SavingsProperties.FIRST, SavingsProperties.LAST);
          List<ScenarioComparison.Row> rows = comparison.rows();
          List<YearEffect> base = new ArrayList<>();
          List<YearEffect> scenario = new ArrayList<>();
          for (ScenarioComparison.Row row : rows) {
            base.add(row.base());
            scenario.add(row.scenario());
            row.lowDifference().ifPresent(d -> assertEquals(Amount.ZERO, d));
            row.highDifference().ifPresent(d -> assertEquals(Amount.ZERO, d));
            assertEquals(row.base().net().low().isPresent(), row.lowDifference().isPresent());
          }
          assertEquals(base, scenario);
          // And the base is the plan's own jaarschijf with the model's net.
          Phasing phasing = plan.computed().phasing(SavingsProperties.FIRST, SavingsProperties.LAST);
          for (ScenarioComparison.Row row : rows) {
            assertEquals(row.domain().map(d -> phasing.of(row.year(), d)).orElseGet(() -> phasing.total(row.year())),
                row.base());
          }
        });
  }
}
