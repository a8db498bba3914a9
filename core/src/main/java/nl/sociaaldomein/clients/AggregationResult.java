// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * The figures of every group of a query, the unique clients over all groups together (not the sum
 * of the groups' counts when clients fall in more than one group), and the filter values the data
 * did not hold, so that a filter that kept nothing is never a silent empty result.
 */
public final class AggregationResult {

  private final SortedSet<Dimension<?>> dimensions;
  private final Map<GroupKey, GroupRow> rows;
  private final long totalUniqueClients;
  private final Map<Dimension<?>, Set<?>> unmatched;

  AggregationResult(Set<Dimension<?>> dimensions, List<GroupRow> rows, long totalUniqueClients,
      Map<Dimension<?>, Set<?>> unmatched) {
    TreeSet<Dimension<?>> dims = new TreeSet<>(Dimension.ORDER);
    dims.addAll(dimensions);
    this.dimensions = Collections.unmodifiableSortedSet(dims);
    Map<GroupKey, GroupRow> byKey = new LinkedHashMap<>();
    // Each key's text once, not once per comparison: a result of a thousand providers sorted by
    // comparing texts made tens of thousands of strings.
    Map<GroupRow, String> text = new java.util.IdentityHashMap<>();
    rows.forEach(r -> text.put(r, r.key().toString()));
    rows.stream().sorted(Comparator.comparing(text::get)).forEach(r -> byKey.put(r.key(), r));
    this.rows = byKey;
    this.totalUniqueClients = totalUniqueClients;
    Map<Dimension<?>, Set<?>> copy = new TreeMap<>(Dimension.ORDER);
    unmatched.forEach((d, v) -> copy.put(d, Set.copyOf(v)));
    this.unmatched = Collections.unmodifiableMap(copy);
  }

  /**
   * A result from figures computed elsewhere (another engine, such as the Spark module's), held to
   * what the library's own results hold: every row keyed by exactly {@code dimensions}, no key
   * twice, every group with at least one client and no negative payments, the unique clients over
   * all groups at least those of the largest group and at most their sum (none without rows), and
   * each unmatched value of its dimension's type. Rows may come in any order.
   */
  public static AggregationResult of(Set<Dimension<?>> dimensions, List<GroupRow> rows, long totalUniqueClients,
      Map<Dimension<?>, Set<?>> unmatched) {
    Objects.requireNonNull(dimensions, "dimensions");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(unmatched, "unmatched");
    Set<GroupKey> keys = new java.util.HashSet<>();
    long largest = 0;
    long sum = 0;
    for (GroupRow row : rows) {
      Objects.requireNonNull(row, "row");
      if (!row.key().dimensions().equals(dimensions)) {
        throw new SociaalDomeinException("group " + row.key(), Optional.empty(), "is not keyed by " + dimensions);
      }
      if (!keys.add(row.key())) {
        throw new SociaalDomeinException("group " + row.key(), Optional.empty(), "is given twice");
      }
      if (row.uniqueClients() < 1 || row.payments() < 0) {
        throw new SociaalDomeinException("group " + row.key(), Optional.of(row.uniqueClients() + " clients, "
            + row.payments() + " payments"), "a group has at least one client and no negative payments");
      }
      largest = Math.max(largest, row.uniqueClients());
      sum = Math.addExact(sum, row.uniqueClients());
    }
    if (totalUniqueClients < largest || totalUniqueClients > sum) {
      throw new SociaalDomeinException("unique clients over all groups", Optional.of(Long.toString(totalUniqueClients)),
          "must be between the largest group's " + largest + " and the groups' sum " + sum);
    }
    unmatched.forEach((d, values) -> values.forEach(d::cast));
    return new AggregationResult(dimensions, rows, totalUniqueClients, unmatched);
  }

  /** The dimensions the rows are grouped by. */
  public Set<Dimension<?>> dimensions() {
    return dimensions;
  }

  /** The groups that have a client, ordered by their key's text so that equal results list alike. */
  public List<GroupRow> rows() {
    return new ArrayList<>(rows.values());
  }

  /** The group with exactly these values; empty when it has no client. */
  public Optional<GroupRow> row(Map<? extends Dimension<?>, ?> values) {
    return Optional.ofNullable(rows.get(GroupKey.of(values)));
  }

  /** The group of a one-dimensional result by {@code dimension} with value {@code value}. */
  public <T> Optional<GroupRow> row(Dimension<T> dimension, T value) {
    return row(Map.of(dimension, value));
  }

  /** Clients in any group, each counted once. */
  public long totalUniqueClients() {
    return totalUniqueClients;
  }

  /**
   * The values of the query's filters that the data does not hold, per dimension: they kept no
   * rows. Empty when every filter value was found.
   */
  public Map<Dimension<?>, Set<?>> unmatched() {
    return unmatched;
  }

  /** The sum of the groups' unique clients: at least {@link #totalUniqueClients()}. */
  public long sumOfGroupClients() {
    return rows.values().stream().mapToLong(GroupRow::uniqueClients).sum();
  }

  /** The number of payments over all groups. */
  public long totalPayments() {
    return rows.values().stream().mapToLong(GroupRow::payments).sum();
  }

  /** The cost over all groups. */
  public Amount totalCost() {
    return rows.values().stream().map(GroupRow::cost).collect(Amount.summing());
  }

  /** Total cost per unique client over all groups. */
  public Amount averagePerClient(RoundingMode mode) {
    return totalUniqueClients == 0 ? Amount.ZERO : totalCost().dividedBy(totalUniqueClients, mode);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AggregationResult r
        && r.dimensions.equals(dimensions)
        && r.rows.equals(rows)
        && r.totalUniqueClients == totalUniqueClients
        && r.unmatched.equals(unmatched);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimensions, rows, totalUniqueClients, unmatched);
  }

  /** A summary for developers; {@code nl.sociaaldomein.text.QuickscanText} writes tables for people. */
  @Override
  public String toString() {
    return "AggregationResult[by " + dimensions + ", " + rows.size() + " groups, " + totalUniqueClients
        + " unique clients, " + totalCost() + (unmatched.isEmpty() ? "" : ", unmatched " + unmatched) + "]";
  }
}
