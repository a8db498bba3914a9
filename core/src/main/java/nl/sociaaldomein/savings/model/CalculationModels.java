// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * The calculation models of one document (seed 004's annex 8), in the document's order, each
 * optionally tied to the id of the measure whose claimed amount it backs. This is what a models
 * file holds; a plan takes the tied models with {@code ModelledPlan.of(plan, models)}.
 *
 * @param models the models; names unique, since the names tie the rows of a file together
 * @param measureIds measure id by model name, for the models that back a measure of a plan; each
 *     key is the name of one of {@code models}, and no measure has two models
 */
public record CalculationModels(List<CalculationModel> models, Map<String, String> measureIds) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public CalculationModels {
    models = List.copyOf(Objects.requireNonNull(models, "models"));
    Objects.requireNonNull(measureIds, "measureIds");
    Set<String> names = new HashSet<>();
    for (CalculationModel model : models) {
      if (!names.add(model.name())) {
        throw new SociaalDomeinException("model " + SociaalDomeinException.quote(model.name()), Optional.empty(),
            "two models have this name; a name identifies one model");
      }
    }
    Set<String> ids = new HashSet<>();
    Map<String, String> copy = new LinkedHashMap<>();
    // In the models' order, so that equal sets are equal however the map was built.
    for (CalculationModel model : models) {
      String id = measureIds.get(model.name());
      if (id != null) {
        if (id.isBlank() || !ids.add(id)) {
          throw new SociaalDomeinException("model " + SociaalDomeinException.quote(model.name()), Optional.of(id),
              id.isBlank() ? "a measure id is not blank" : "another model backs the same measure");
        }
        copy.put(model.name(), id);
      }
    }
    for (String name : measureIds.keySet()) {
      if (!names.contains(name)) {
        throw new SociaalDomeinException("measure ids", Optional.of(name), "no model has this name");
      }
    }
    measureIds = Collections.unmodifiableMap(copy);
  }

  /** Models that back no measure. */
  public static CalculationModels of(CalculationModel... models) {
    return new CalculationModels(List.of(models), Map.of());
  }

  /** These models with {@code model} added, backing the measure {@code measureId}. */
  public CalculationModels plus(CalculationModel model, String measureId) {
    Objects.requireNonNull(measureId, "measureId");
    List<CalculationModel> list = new ArrayList<>(models);
    list.add(Objects.requireNonNull(model, "model"));
    Map<String, String> ids = new LinkedHashMap<>(measureIds);
    ids.put(model.name(), measureId);
    return new CalculationModels(list, ids);
  }

  /** The model called {@code name}. */
  public Optional<CalculationModel> model(String name) {
    return models.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The id of the measure {@code model} backs, if it backs one. */
  public Optional<String> measureId(CalculationModel model) {
    return Optional.ofNullable(measureIds.get(model.name()));
  }

  /** The model backing each measure, by measure id, in the models' order. */
  public Map<String, CalculationModel> byMeasureId() {
    Map<String, CalculationModel> result = new LinkedHashMap<>();
    for (CalculationModel model : models) {
      measureId(model).ifPresent(id -> result.put(id, model));
    }
    return Collections.unmodifiableMap(result);
  }
}
