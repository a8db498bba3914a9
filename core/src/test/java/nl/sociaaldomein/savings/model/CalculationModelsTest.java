// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import org.junit.jupiter.api.Test;

class CalculationModelsTest {

  private static final CalculationModel LICHT = Annex8Models.lichteBegeleiding();
  private static final CalculationModel DAG = Annex8Models.dagontmoeting();

  @Test
  void tiesModelsToMeasuresInTheModelsOrder() {
    CalculationModels models = CalculationModels.of(LICHT).plus(DAG, "W2");
    assertEquals(Map.of(DAG.name(), "W2"), models.measureIds());
    assertEquals(Optional.empty(), models.measureId(LICHT));
    assertEquals(Optional.of(DAG), models.model("Dagontmoeting"));
    assertEquals(List.of("W2"), List.copyOf(models.byMeasureId().keySet()));
    Map<String, String> reversed = new LinkedHashMap<>();
    reversed.put(DAG.name(), "W2");
    reversed.put(LICHT.name(), "W1");
    assertEquals(new CalculationModels(List.of(LICHT, DAG), Map.of(LICHT.name(), "W1", DAG.name(), "W2")),
        new CalculationModels(List.of(LICHT, DAG), reversed));
    assertEquals(List.of("W1", "W2"), List.copyOf(new CalculationModels(List.of(LICHT, DAG), reversed).byMeasureId().keySet()));
  }

  @Test
  void refusesTwoModelsOfOneNameOrOneMeasureTwiceOrAnUnknownName() {
    SociaalDomeinException twice = assertThrows(SociaalDomeinException.class, () -> CalculationModels.of(LICHT, LICHT));
    assertTrue(twice.getMessage().contains("Lichte vormen van begeleiding"), twice.getMessage());
    SociaalDomeinException sameMeasure = assertThrows(SociaalDomeinException.class,
        () -> CalculationModels.of().plus(LICHT, "W1").plus(DAG, "W1"));
    assertTrue(sameMeasure.getMessage().contains("W1"), sameMeasure.getMessage());
    SociaalDomeinException unknown = assertThrows(SociaalDomeinException.class,
        () -> new CalculationModels(List.of(LICHT), Map.of("Dagontmoeting", "W2")));
    assertTrue(unknown.getMessage().contains("Dagontmoeting"), unknown.getMessage());
  }
}
