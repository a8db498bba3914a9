package nl.sociaaldomein.clients;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.money.Amount;

/**
 * The figures of every group of a query, and the unique clients over all groups together, which
 * is not the sum of the groups' counts when clients fall in more than one group.
 */
public final class AggregationResult {

  private final Set<Dimension> dimensions;
  private final Map<GroupKey, GroupRow> rows;
  private final long totalUniqueClients;

  AggregationResult(Set<Dimension> dimensions, List<GroupRow> rows, long totalUniqueClients) {
    this.dimensions = Set.copyOf(dimensions);
    Map<GroupKey, GroupRow> byKey = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparing(r -> r.key().toString())).forEach(r -> byKey.put(r.key(), r));
    this.rows = byKey;
    this.totalUniqueClients = totalUniqueClients;
  }

  public Set<Dimension> dimensions() {
    return dimensions;
  }

  /** The groups that have a client, ordered by their key's text so that equal results list alike. */
  public List<GroupRow> rows() {
    return new ArrayList<>(rows.values());
  }

  /** The group with exactly these values; empty when it has no client. */
  public Optional<GroupRow> row(Map<Dimension, ?> values) {
    return Optional.ofNullable(rows.get(GroupKey.of(values)));
  }

  /** The group of a one-dimensional result with value {@code value}. */
  public Optional<GroupRow> row(Object value) {
    if (dimensions.size() != 1) {
      throw new IllegalStateException("row(value) needs a result of one dimension, this has " + dimensions);
    }
    return row(Map.of(dimensions.iterator().next(), value));
  }

  /** Clients in any group, each counted once. */
  public long totalUniqueClients() {
    return totalUniqueClients;
  }

  /** The sum of the groups' unique clients: at least {@link #totalUniqueClients()}. */
  public long sumOfGroupClients() {
    return rows.values().stream().mapToLong(GroupRow::uniqueClients).sum();
  }

  public long totalPayments() {
    return rows.values().stream().mapToLong(GroupRow::payments).sum();
  }

  public Amount totalCost() {
    return rows.values().stream().map(GroupRow::cost).collect(Amount.summing());
  }

  /** Total cost per unique client over all groups. */
  public Amount averagePerClient(RoundingMode mode) {
    return totalUniqueClients == 0 ? Amount.ZERO : totalCost().dividedBy(totalUniqueClients, mode);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AggregationResult
        && ((AggregationResult) o).dimensions.equals(dimensions)
        && ((AggregationResult) o).rows.equals(rows)
        && ((AggregationResult) o).totalUniqueClients == totalUniqueClients;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimensions, rows, totalUniqueClients);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("AggregationResult by " + dimensions + ": " + rows.size()
        + " groups, " + totalUniqueClients + " unique clients, " + totalCost());
    for (GroupRow r : rows.values()) {
      out.append(System.lineSeparator()).append("  ").append(r.key()).append(": ").append(r.uniqueClients())
          .append(" clients, ").append(r.payments()).append(" payments, ").append(r.cost());
    }
    return out.toString();
  }
}
