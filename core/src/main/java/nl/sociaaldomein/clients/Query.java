package nl.sociaaldomein.clients;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An aggregation to run: the dimensions to group by, and for any dimension the values to keep.
 * Immutable: {@code Query.by(LAW, YEAR).where(LAW, Law.JEUGDWET)}.
 */
public final class Query {

  private final EnumSet<Dimension> groupBy;
  private final Map<Dimension, Set<Object>> filters;

  private Query(EnumSet<Dimension> groupBy, Map<Dimension, Set<Object>> filters) {
    this.groupBy = groupBy;
    this.filters = filters;
  }

  /** Group by {@code dimensions}; none gives one group of everything. */
  public static Query by(Dimension... dimensions) {
    EnumSet<Dimension> set = EnumSet.noneOf(Dimension.class);
    set.addAll(List.of(dimensions));
    return new Query(set, Collections.emptyMap());
  }

  /** Keeps only rows whose {@code dimension} has one of {@code values} (see {@link GroupKey} for their types). */
  public Query where(Dimension dimension, Object... values) {
    Objects.requireNonNull(dimension, "dimension");
    EnumMap<Dimension, Set<Object>> copy = new EnumMap<>(Dimension.class);
    copy.putAll(filters);
    copy.put(dimension, Collections.unmodifiableSet(new LinkedHashSet<>(List.of(values))));
    return new Query(groupBy, Collections.unmodifiableMap(copy));
  }

  public Set<Dimension> groupBy() {
    return Collections.unmodifiableSet(groupBy);
  }

  public Map<Dimension, Set<Object>> filters() {
    return filters;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query && ((Query) o).groupBy.equals(groupBy) && ((Query) o).filters.equals(filters);
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
