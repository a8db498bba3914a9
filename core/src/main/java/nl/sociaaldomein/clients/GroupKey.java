package nl.sociaaldomein.clients;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * The values of one group: for each dimension grouped by, a value ({@link Law}, an
 * {@link Integer} year, a {@link String} provision, provider, phase or qualification, a
 * {@link DeliveryForm}, {@link Referrer}, {@link IntensityLevel} or {@link AgeBand}), or
 * {@link #UNKNOWN} where the characteristic is unknown for the payments in the group.
 */
public final class GroupKey {

  /** The value of a dimension whose characteristic is unknown for the group. */
  public static final Object UNKNOWN = Unknown.INSTANCE;

  private final Map<Dimension, Object> values;

  private GroupKey(Map<Dimension, Object> values) {
    this.values = values;
  }

  /** A key from its values; {@link #UNKNOWN} for a characteristic that is unknown. */
  public static GroupKey of(Map<Dimension, ?> values) {
    Objects.requireNonNull(values, "values");
    EnumMap<Dimension, Object> copy = new EnumMap<>(Dimension.class);
    values.forEach((d, v) -> copy.put(d, Objects.requireNonNull(v,
        () -> "the value of " + d + " must not be null; write GroupKey.UNKNOWN for an unknown one")));
    return new GroupKey(Collections.unmodifiableMap(copy));
  }

  /** The value of {@code dimension}; empty when unknown. Throws when the key does not group by it. */
  public Optional<Object> get(Dimension dimension) {
    if (!values.containsKey(dimension)) {
      throw new SociaalDomeinException("This group is not keyed by " + dimension + ", only by " + values.keySet());
    }
    Object v = values.get(dimension);
    return v == Unknown.INSTANCE ? Optional.empty() : Optional.of(v);
  }

  public java.util.Set<Dimension> dimensions() {
    return values.keySet();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupKey && ((GroupKey) o).values.equals(values);
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
    if (value instanceof Referrer) {
      return ((Referrer) value).code();
    }
    if (value instanceof IntensityLevel) {
      return ((IntensityLevel) value).code();
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
