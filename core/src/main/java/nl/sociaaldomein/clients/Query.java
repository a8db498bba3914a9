// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * An aggregation to run: the dimensions to group by, and for any dimension the values to keep.
 * Immutable, and typed: {@code Query.by(LAW, YEAR).where(LAW, Law.JEUGDWET).where(YEAR, 2019)};
 * a value of the wrong type ({@code where(YEAR, "2019")}) does not compile. A year no record can
 * have (before {@link PaymentRecord#FIRST_YEAR} or after {@link PaymentRecord#LAST_YEAR}) is an
 * error; any other value the data does not hold keeps no rows, and the result says which values
 * those were ({@link AggregationResult#unmatched()}).
 */
public final class Query {

  private final SortedSet<Dimension<?>> groupBy;
  private final SortedMap<Dimension<?>, Set<?>> filters;

  private Query(SortedSet<Dimension<?>> groupBy, SortedMap<Dimension<?>, Set<?>> filters) {
    this.groupBy = groupBy;
    this.filters = filters;
  }

  /** Group by {@code dimensions}; none gives one group of everything. */
  public static Query by(Dimension<?>... dimensions) {
    SortedSet<Dimension<?>> set = new TreeSet<>(Dimension.ORDER);
    for (Dimension<?> d : dimensions) {
      set.add(Objects.requireNonNull(d, "dimension"));
    }
    return new Query(Collections.unmodifiableSortedSet(set), Collections.unmodifiableSortedMap(new TreeMap<>(Dimension.ORDER)));
  }

  /** Keeps only rows whose {@code dimension} has {@code value} or one of {@code more}. */
  @SafeVarargs
  public final <T> Query where(Dimension<T> dimension, T value, T... more) {
    Set<T> values = new LinkedHashSet<>();
    values.add(value);
    values.addAll(Arrays.asList(more));
    return where(dimension, values);
  }

  /** Keeps only rows whose {@code dimension} has one of {@code values}; none keeps no rows. */
  public <T> Query where(Dimension<T> dimension, Collection<? extends T> values) {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(values, "values");
    Set<T> copy = new LinkedHashSet<>();
    for (T v : values) {
      T checked = dimension.cast(Objects.requireNonNull(v, () -> "a value of " + dimension));
      if (dimension == Dimension.YEAR) {
        int year = (Integer) checked;
        if (year < PaymentRecord.FIRST_YEAR || year > PaymentRecord.LAST_YEAR) {
          throw new SociaalDomeinException("query on " + dimension, Optional.of(Integer.toString(year)),
              "no record can have this year; years are " + PaymentRecord.FIRST_YEAR + " to " + PaymentRecord.LAST_YEAR);
        }
      }
      copy.add(checked);
    }
    SortedMap<Dimension<?>, Set<?>> map = new TreeMap<>(Dimension.ORDER);
    map.putAll(filters);
    map.put(dimension, Collections.unmodifiableSet(copy));
    return new Query(groupBy, Collections.unmodifiableSortedMap(map));
  }

  /**
   * Keeps only rows whose {@code dimension} has one of {@code values}, each checked against the
   * dimension's type when the query is built: for code that holds a dimension of unknown type.
   */
  public Query whereAny(Dimension<?> dimension, Collection<?> values) {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(values, "values");
    return whereChecked(dimension, values);
  }

  private <T> Query whereChecked(Dimension<T> dimension, Collection<?> values) {
    List<T> typed = new ArrayList<>();
    for (Object v : values) {
      typed.add(dimension.cast(Objects.requireNonNull(v, () -> "a value of " + dimension)));
    }
    return where(dimension, typed);
  }

  /** This query with the filters of {@code other} added (a filter of the same dimension replaced). */
  public Query withFiltersOf(Query other) {
    SortedMap<Dimension<?>, Set<?>> map = new TreeMap<>(Dimension.ORDER);
    map.putAll(filters);
    map.putAll(other.filters);
    return new Query(groupBy, Collections.unmodifiableSortedMap(map));
  }

  /** The dimensions grouped by, in their order. */
  public Set<Dimension<?>> groupBy() {
    return groupBy;
  }

  /** The values kept per filtered dimension, dimensions in their order. */
  public Map<Dimension<?>, Set<?>> filters() {
    return filters;
  }

  /** The values {@code dimension} keeps; empty when the query does not filter on it. */
  @SuppressWarnings("unchecked")
  public <T> Optional<Set<T>> filter(Dimension<T> dimension) {
    return Optional.ofNullable((Set<T>) filters.get(dimension));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query q && q.groupBy.equals(groupBy) && q.filters.equals(filters);
  }

  @Override
  public int hashCode() {
    return groupBy.hashCode() * 31 + filters.hashCode();
  }

  @Override
  public String toString() {
    return "Query[by " + groupBy + (filters.isEmpty() ? "" : " where " + filters) + "]";
  }
}
