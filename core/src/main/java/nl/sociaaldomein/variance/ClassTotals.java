// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.Place;

/**
 * The explanation items of a group or of the programme totalled per class: how much of the
 * explained variance is incidental, how much recurs, and how much carries no class.
 *
 * <p>Only items count, at the top level: a sub-item is a part of its item and counts with it,
 * and a residual carries no class (the reconciliation row gives it).
 *
 * @param scope the group after its reserve movements, or the programme (the result after reserve movements)
 * @param byClass every class, each with the sum of its items (nil when it has none)
 */
public record ClassTotals(Place scope, Map<VarianceClass, Estimate> byClass) {

  /** Rejects a missing component and puts the others in their normal form. */
  public ClassTotals {
    Objects.requireNonNull(scope, "scope");
    EnumMap<VarianceClass, Estimate> all = new EnumMap<>(VarianceClass.class);
    for (VarianceClass c : VarianceClass.values()) {
      all.put(c, Objects.requireNonNull(byClass.getOrDefault(c, Estimate.ZERO), "total of " + c));
    }
    byClass = Maps.immutableEnumMap(all);
  }

  /** The totals of {@code items} per class, at the top level. */
  public static ClassTotals of(Place scope, List<Explanation> items) {
    EnumMap<VarianceClass, Estimate> sums = new EnumMap<>(VarianceClass.class);
    for (Explanation item : items) {
      sums.merge(item.varianceClass(), item.amount().toEstimate(), Estimate::plus);
    }
    return new ClassTotals(scope, sums);
  }

  /** The items of class {@code c} added up. */
  public Estimate total(VarianceClass c) {
    return byClass.get(Objects.requireNonNull(c, "c"));
  }

  /** The incidental items (I). */
  public Estimate incidental() {
    return total(VarianceClass.INCIDENTAL);
  }

  /** The items that recur, wholly or in part: S, S* and I/S (see {@link VarianceClass#recurs()}). */
  public Estimate structural() {
    Estimate sum = Estimate.ZERO;
    for (VarianceClass c : VarianceClass.values()) {
      if (c.recurs()) {
        sum = sum.plus(total(c));
      }
    }
    return sum;
  }

  /** The items without a class, such as seed 000's personnel lines. */
  public Estimate unclassified() {
    return total(VarianceClass.NONE);
  }

  /** All items: incidental, structural and unclassified together. */
  public Estimate sum() {
    return incidental().plus(structural()).plus(unclassified());
  }
}
