// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * What a client-level aggregation can group and filter by, typed by the values it holds, as
 * java.time's {@code TemporalField} is by its unit: {@code Query.where(YEAR, 2019)} compiles and
 * {@code Query.where(YEAR, "2019")} does not, and {@code GroupKey.get(YEAR)} is an
 * {@code Optional<Integer>}. The constants are the only instances; they order as listed.
 *
 * @param <T> the type of the dimension's values
 */
public final class Dimension<T> implements Comparable<Dimension<?>> {

  // The indices the store's switches use; the constants below are built with them, in this order.
  static final int I_LAW = 0;
  static final int I_YEAR = 1;
  static final int I_PROVISION = 2;
  static final int I_DELIVERY_FORM = 3;
  static final int I_REFERRER = 4;
  static final int I_LEVEL = 5;
  static final int I_AGE_BAND = 6;
  static final int I_PHASE = 7;
  static final int I_QUALIFICATION = 8;
  static final int I_PROVIDER = 9;

  /** The law: Wmo, Jeugdwet, Participatiewet. */
  public static final Dimension<Law> LAW = new Dimension<>("LAW", I_LAW, Law.class, false);
  /** The year, such as 2019. */
  public static final Dimension<Integer> YEAR = new Dimension<>("YEAR", I_YEAR, Integer.class, false);
  /** The provision (voorziening) as the records name it. */
  public static final Dimension<String> PROVISION = new Dimension<>("PROVISION", I_PROVISION, String.class, false);
  /** The delivery form (in kind, PGB, ...); may be unknown. */
  public static final Dimension<DeliveryForm> DELIVERY_FORM =
      new Dimension<>("DELIVERY_FORM", I_DELIVERY_FORM, DeliveryForm.class, true);
  /** Who referred the client; may be unknown. */
  public static final Dimension<Referrer> REFERRER = new Dimension<>("REFERRER", I_REFERRER, Referrer.class, true);
  /** The intensity level; may be unknown. */
  public static final Dimension<IntensityLevel> LEVEL = new Dimension<>("LEVEL", I_LEVEL, IntensityLevel.class, true);
  /** The client's age band; may be unknown. */
  public static final Dimension<AgeBand> AGE_BAND = new Dimension<>("AGE_BAND", I_AGE_BAND, AgeBand.class, true);
  /** The phase of a participation route; may be unknown. */
  public static final Dimension<String> PHASE = new Dimension<>("PHASE", I_PHASE, String.class, true);
  /** The start qualification; may be unknown. */
  public static final Dimension<String> QUALIFICATION =
      new Dimension<>("QUALIFICATION", I_QUALIFICATION, String.class, true);
  /** The provider paid; the empty name for client records that name none. */
  public static final Dimension<String> PROVIDER = new Dimension<>("PROVIDER", I_PROVIDER, String.class, false);

  private static final List<Dimension<?>> VALUES = List.of(LAW, YEAR, PROVISION, DELIVERY_FORM, REFERRER, LEVEL,
      AGE_BAND, PHASE, QUALIFICATION, PROVIDER);

  /** Dimensions in their order. */
  static final Comparator<Dimension<?>> ORDER = Comparator.comparingInt(Dimension::ordinal);

  private final String name;
  private final int ordinal;
  private final Class<T> type;
  private final boolean characteristic;

  private Dimension(String name, int ordinal, Class<T> type, boolean characteristic) {
    this.name = name;
    this.ordinal = ordinal;
    this.type = type;
    this.characteristic = characteristic;
  }

  /** Every dimension, in order. */
  public static List<Dimension<?>> values() {
    return VALUES;
  }

  /** The dimension called {@code name} ({@code "YEAR"}); throws for any other text. */
  public static Dimension<?> valueOf(String name) {
    Objects.requireNonNull(name, "name");
    return VALUES.stream().filter(d -> d.name.equals(name)).findFirst().orElseThrow(() -> new SociaalDomeinException(
        "dimension", Optional.of(name), "not a dimension; the dimensions are " + VALUES));
  }

  /** The constant's name, such as {@code YEAR}. */
  public String name() {
    return name;
  }

  /** The position in {@link #values()}. */
  public int ordinal() {
    return ordinal;
  }

  /** The type of the values. */
  public Class<T> type() {
    return type;
  }

  /**
   * Whether the value can be unknown for a row: a characteristic the data annex attaches only
   * where a client's records agree on it ({@link GroupKey#UNKNOWN} in a key).
   */
  public boolean isCharacteristic() {
    return characteristic;
  }

  /** {@code value} as this dimension's type; throws naming the dimension when it is not. */
  T cast(Object value) {
    if (!type.isInstance(value)) {
      throw new SociaalDomeinException("dimension " + name, Optional.of(String.valueOf(value)),
          "is not a " + type.getSimpleName());
    }
    return type.cast(value);
  }

  @Override
  public int compareTo(Dimension<?> other) {
    return Integer.compare(ordinal, other.ordinal);
  }

  /** The constants are the only instances: equal when the same. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  /** Its position, so that hashes of keys and queries are the same in every run. */
  @Override
  public int hashCode() {
    return ordinal;
  }

  @Override
  public String toString() {
    return name;
  }
}
