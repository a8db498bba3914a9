package nl.sociaaldomein.savings;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.savings.model.CalculationModel;
import nl.sociaaldomein.savings.model.Comparison;

/**
 * A measure with the calculation behind it. The measure keeps its printed amount as the claim;
 * {@link #computed()} is the same measure at the model's exact net, which a plan adds up instead.
 *
 * @param measure the measure as the plan prints it
 * @param model the calculation behind it
 */
public record ModelledMeasure(Measure measure, CalculationModel model) {

  public ModelledMeasure {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(model, "model");
    if (model.net().isNegative()) {
      // A measure's amount is a magnitude; a model that costs more than it saves is no saving.
      throw new SociaalDomeinException("measure " + SociaalDomeinException.quote(measure.id()),
          Optional.of(model.net().toString()), "the model " + SociaalDomeinException.quote(model.name())
              + " gives a negative net");
    }
  }

  /** The measure at the model's net, exactly. */
  public Measure computed() {
    return measure.withAmount(AmountRange.exactly(model.net()));
  }

  /** The model's net against the amount its document claims. */
  public Comparison comparison() {
    return model.comparison();
  }

  /** The same measure under another model (a scenario's drivers). */
  public ModelledMeasure withModel(CalculationModel newModel) {
    return new ModelledMeasure(measure, newModel);
  }
}
