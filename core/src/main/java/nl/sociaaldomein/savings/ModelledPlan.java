// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.savings.model.CalculationModels;

/**
 * A plan some of whose measures have their calculation: the plan as printed (the claims), and
 * the models that replace the printed amounts by their exact nets in {@link #computed()}.
 *
 * @param plan the plan as printed
 * @param modelled the measures with a model; each one of the plan's measures, ids unique
 */
public record ModelledPlan(SavingsPlan plan, List<ModelledMeasure> modelled) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public ModelledPlan {
    Objects.requireNonNull(plan, "plan");
    modelled = List.copyOf(Objects.requireNonNull(modelled, "modelled"));
    Set<String> ids = new HashSet<>();
    for (ModelledMeasure m : modelled) {
      String id = m.measure().id();
      if (!ids.add(id)) {
        throw new SociaalDomeinException("The plan has two models for the measure " + SociaalDomeinException.quote(id));
      }
      if (!plan.measure(id).equals(Optional.of(m.measure()))) {
        throw new SociaalDomeinException("The modelled measure " + SociaalDomeinException.quote(id)
            + " is not a measure of the plan as it stands");
      }
    }
  }

  /** The plan with each of {@code modelled} in it (added where its id is new) and backed by its model. */
  public static ModelledPlan of(SavingsPlan plan, ModelledMeasure... modelled) {
    SavingsPlan full = plan;
    for (ModelledMeasure m : modelled) {
      full = full.measure(m.measure().id()).isPresent()
          ? full.with(m.measure().id(), old -> m.measure())
          : full.plus(m.measure());
    }
    return new ModelledPlan(full, List.of(modelled));
  }

  /**
   * The plan with each of {@code models} that backs a measure tied to that measure of
   * {@code plan}; a model naming a measure the plan does not have is an error naming both, as a
   * typo would otherwise leave a measure unchecked. Models that back no measure are left out.
   */
  public static ModelledPlan of(SavingsPlan plan, CalculationModels models) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(models, "models");
    List<ModelledMeasure> modelled = new ArrayList<>();
    models.byMeasureId().forEach((id, model) -> modelled.add(new ModelledMeasure(plan.measure(id).orElseThrow(
        () -> new SociaalDomeinException("model " + SociaalDomeinException.quote(model.name()), Optional.of(id),
            "the plan has no measure with this id")), model)));
    return new ModelledPlan(plan, modelled);
  }

  /** The plan with every modelled measure at its model's exact net instead of its printed amount. */
  public SavingsPlan computed() {
    SavingsPlan result = plan;
    for (ModelledMeasure m : modelled) {
      result = result.with(m.measure().id(), old -> m.computed());
    }
    return result;
  }

  /** Claimed against computed for each modelled measure, in the order given. */
  public List<ModelledMeasure> modelComparisons() {
    return modelled;
  }

  /**
   * This plan with every model's drivers as {@code scenario} sets them for {@code year}, each
   * change made to the models of the measures of the domains it applies in. A change naming a
   * driver no model it applies to has is an error, as a typo would otherwise change nothing
   * silently.
   */
  public ModelledPlan under(Scenario scenario, Year year) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(year, "year");
    for (DriverChange change : scenario.changes()) {
      boolean known = modelled.stream().filter(m -> change.appliesIn(m.measure().domain()))
          .flatMap(m -> m.model().drivers().stream()).anyMatch(d -> d.name().equals(change.driver()));
      if (!known) {
        String where = change instanceof DriverChange.InDomain in ? " of a measure of " + in.domain().name() : "";
        throw new SociaalDomeinException("scenario " + SociaalDomeinException.quote(scenario.name()),
            Optional.of(change.driver()), "no model" + where + " of the plan has a driver of that name");
      }
    }
    return new ModelledPlan(plan, modelled.stream()
        .map(m -> m.withModel(scenario.applyTo(m.model(), m.measure().domain(), year))).toList());
  }
}
