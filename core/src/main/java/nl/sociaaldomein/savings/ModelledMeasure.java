// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.savings.model.CalculationModel;
import nl.sociaaldomein.savings.model.Comparison;

/**
 * A measure with the calculation behind it. The measure keeps its printed amount as the claim;
 * {@link #computed()} is the same measure at the model's exact net, which a plan adds up instead.
 * The net may be negative (a risk scenario can turn a measure loss-making); the computed line is
 * then a cost of that size, so that the phasing stays exact and shows the loss where it falls.
 *
 * @param measure the measure as the plan prints it
 * @param model the calculation behind it
 */
public record ModelledMeasure(Measure measure, CalculationModel model) {

  /** Rejects a missing component. */
  public ModelledMeasure {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(model, "model");
  }

  /**
   * The measure at the model's net, exactly. A negative net is a cost of its size in the same
   * years: from the first year to the last for an incidental line, from the first year on (to
   * {@link Measure#LAST_YEAR}) for a structural one, since a measure's amount is a magnitude and
   * its kind gives the direction (a modelled cost with a negative net is an incidental saving). Id, description, domain, status and tags stay.
   */
  public Measure computed() {
    Amount net = model.net();
    if (!net.isNegative()) {
      return measure.withAmount(AmountRange.exactly(net));
    }
    // A modelled cost that comes out negative saves money in its years: an incidental saving.
    Kind opposite = measure.kind() == Kind.COST ? Kind.INCIDENTAL : Kind.COST;
    return new Measure(measure.id(), measure.description(), measure.domain(), opposite,
        AmountRange.exactly(net.negated()), measure.firstYear(), Optional.of(measure.lastYear().orElse(Measure.LAST_YEAR)),
        measure.status(), measure.tags());
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
