// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values keyed by the codes of a newer list, re-aggregated to the codes of an older list by
 * {@link TaakveldMapping#reaggregate}: the part that could be placed, and the part keyed by codes
 * whose roll-up is undetermined, left as it was rather than put anywhere.
 *
 * @param <V> the values, such as amounts
 */
public final class Reaggregation<V> {

  private final Map<TaakveldCode, V> byOlderCode;
  private final Map<TaakveldCode, V> undetermined;
  private final List<RollUp> undeterminedRollUps;
  private final String context;

  Reaggregation(Map<TaakveldCode, V> byOlderCode, Map<TaakveldCode, V> undetermined,
      List<RollUp> undeterminedRollUps, String context) {
    this.byOlderCode = Collections.unmodifiableMap(new LinkedHashMap<>(byOlderCode));
    this.undetermined = Collections.unmodifiableMap(new LinkedHashMap<>(undetermined));
    this.undeterminedRollUps = List.copyOf(undeterminedRollUps);
    this.context = context;
  }

  /** The values that could be placed, combined per older code, in the older list's order. */
  public Map<TaakveldCode, V> byOlderCode() {
    return byOlderCode;
  }

  /** The values keyed by newer codes that could not be placed, untouched, in the newer list's order. */
  public Map<TaakveldCode, V> undetermined() {
    return undetermined;
  }

  /** Why each code of {@link #undetermined()} could not be placed. */
  public List<RollUp> undeterminedRollUps() {
    return undeterminedRollUps;
  }

  /** Whether every value was placed. */
  public boolean isComplete() {
    return undetermined.isEmpty();
  }

  /**
   * {@link #byOlderCode()}, when every value was placed.
   *
   * @throws UndeterminedMappingException naming every code that was not, with the reason
   */
  public Map<TaakveldCode, V> orThrow() {
    if (!isComplete()) {
      Map<TaakveldCode, String> reasons = new LinkedHashMap<>();
      undeterminedRollUps.forEach(r -> reasons.put(r.newer(), r.explanation()));
      throw new UndeterminedMappingException(context, reasons);
    }
    return byOlderCode;
  }

  @Override
  public String toString() {
    return "Reaggregation[" + byOlderCode + (isComplete() ? "" : ", undetermined " + undetermined) + "]";
  }
}
