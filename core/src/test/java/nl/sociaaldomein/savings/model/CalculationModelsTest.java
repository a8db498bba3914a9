package nl.sociaaldomein.savings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.savings.SavingsPlan;
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

  @Test
  void aPlanTakesTheModelsOfItsMeasuresAndRefusesAModelOfAMeasureItLacks() {
    Measure w1 = Measure.structural("W1", "Lichte vormen van begeleiding", Domain.WMO,
        AmountRange.exactly(Amount.ofEuros(300_000)), Year.of(2022));
    SavingsPlan plan = SavingsPlan.of(w1);
    ModelledPlan modelled = ModelledPlan.of(plan, CalculationModels.of(DAG).plus(LICHT, "W1"));
    assertEquals(1, modelled.modelled().size());
    assertEquals(Amount.ofEuros(267_000), modelled.computed().measure("W1").orElseThrow().amount().low().orElseThrow());
    SociaalDomeinException missing = assertThrows(SociaalDomeinException.class,
        () -> ModelledPlan.of(plan, CalculationModels.of().plus(DAG, "W2")));
    assertTrue(missing.getMessage().contains("W2") && missing.getMessage().contains("Dagontmoeting"), missing.getMessage());
  }
}
