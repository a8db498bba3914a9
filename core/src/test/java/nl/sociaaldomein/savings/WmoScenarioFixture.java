// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import static nl.sociaaldomein.savings.HoogeveenPlanTest.exactly;

import java.time.Year;
import nl.sociaaldomein.savings.model.Annex8Models;

/** Seed 004's two Wmo measures of annex 8 with their models, from 2022, as a modelled plan. */
public final class WmoScenarioFixture {

  private WmoScenarioFixture() {}

  public static ModelledPlan annex8Wmo() {
    return ModelledPlan.of(SavingsPlan.of(),
        Measure.structural("W-licht", "Lichte vormen van begeleiding", Domain.WMO, exactly(300_000), Year.of(2022))
            .withModel(Annex8Models.lichteBegeleiding()),
        Measure.structural("W-dag", "Dagontmoeting", Domain.WMO, exactly(100_000), Year.of(2022))
            .withModel(Annex8Models.dagontmoeting()));
  }

  /** "Wmo-cliënten +7 % per jaar", the risk seed 004 names, from 2022 on. */
  public static Scenario wmoGrowth() {
    return Scenario.base("Wmo-cliënten +7 % per jaar").growing("cliënten", "7", Year.of(2022));
  }
}
