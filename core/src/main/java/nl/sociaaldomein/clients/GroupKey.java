// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * The values of one group: for each dimension grouped by, a value of the dimension's type
 * ({@link Law}, an {@link Integer} year, a {@link String} provision, provider, phase or
 * qualification, a {@link DeliveryForm}, {@link Referrer}, {@link IntensityLevel} or
 * {@link AgeBand}), or {@link #UNKNOWN} where a characteristic is unknown for the payments in the
 * group. {@link #get(Dimension)} hands a value out typed.
 */
public final class GroupKey {

  /** The value of a characteristic that is unknown for the group. */
  public static final Object UNKNOWN = Unknown.INSTANCE;

  private final SortedMap<Dimension<?>, Object> values;

  private GroupKey(SortedMap<Dimension<?>, Object> values) {
    this.values = values;
  }

  /**
   * A key from its values; {@link #UNKNOWN} for a characteristic that is unknown. A value of the
   * wrong type, or unknown for a dimension that is always known, is an error naming it.
   */
  public static GroupKey of(Map<? extends Dimension<?>, ?> values) {
    Objects.requireNonNull(values, "values");
    SortedMap<Dimension<?>, Object> copy = new TreeMap<>(Dimension.ORDER);
    values.forEach((d, v) -> {
      Objects.requireNonNull(v, () -> "the value of " + d + " must not be null; write GroupKey.UNKNOWN for an unknown one");
      if (v == UNKNOWN) {
        if (!d.isCharacteristic()) {
          throw new SociaalDomeinException("group key", Optional.of(d.name()), "is never unknown");
        }
        copy.put(d, v);
      } else {
        copy.put(d, d.cast(v));
      }
    });
    return new GroupKey(Collections.unmodifiableSortedMap(copy));
  }

  /** The value of {@code dimension}; empty when unknown. Throws when the key does not group by it. */
  public <T> Optional<T> get(Dimension<T> dimension) {
    if (!values.containsKey(dimension)) {
      throw new SociaalDomeinException("This group is not keyed by " + dimension + ", only by " + values.keySet());
    }
    Object v = values.get(dimension);
    return v == UNKNOWN ? Optional.empty() : Optional.of(dimension.type().cast(v));
  }

  /** The dimensions of the key, in their order. */
  public Set<Dimension<?>> dimensions() {
    return values.keySet();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupKey k && k.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    values.forEach((d, v) -> out.append(out.length() > 1 ? ", " : "").append(d).append('=').append(text(v)));
    return out.append('}').toString();
  }

  /**
   * A value as keys print it. Referrers and levels print their stable code, so that the text,
   * and the order of results sorted by it, did not change when their constants became English.
   */
  private static Object text(Object value) {
    if (value instanceof Referrer r) {
      return r.code();
    }
    if (value instanceof IntensityLevel l) {
      return l.code();
    }
    return value;
  }

  /** The marker of an unknown value, so that keys can hold it in a map. */
  private enum Unknown {
    INSTANCE;

    @Override
    public String toString() {
      return "unknown";
    }
  }
}
