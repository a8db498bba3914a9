package nl.sociaaldomein.clients;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * A partial aggregation that merges exactly with others: per group its cost, its payments and
 * its clients (as sorted pseudonyms), plus all clients together. Merging adds costs and counts
 * and unites client sets, so it is associative and commutative with {@link #empty} as identity:
 * work can be split over threads, files or machines in any way and merged in any order.
 *
 * <p>For one dataset, {@link ClientDataset#aggregate(Query)} is the fast path; this type carries
 * the client sets that merging across arbitrary partitions needs.
 */
public final class Aggregation {

  private final Set<Dimension<?>> dimensions;
  private final Map<GroupKey, Group> groups;
  private final long[] allClients;
  /** Filter values none of the merged parts held; absent in the identity, which holds everything. */
  private final Optional<Map<Dimension<?>, Set<?>>> unmatched;

  private Aggregation(Set<Dimension<?>> dimensions, Map<GroupKey, Group> groups, long[] allClients,
      Optional<Map<Dimension<?>, Set<?>>> unmatched) {
    this.dimensions = Set.copyOf(dimensions);
    this.groups = groups;
    this.allClients = allClients;
    this.unmatched = unmatched;
  }

  /** The identity of merging: no groups, no clients. */
  public static Aggregation empty(Set<Dimension<?>> dimensions) {
    return new Aggregation(dimensions, Map.of(), new long[0], Optional.empty());
  }

  static Aggregation of(Set<Dimension<?>> dimensions, Map<GroupKey, Group> groups, long[] allClients,
      Map<Dimension<?>, Set<?>> unmatched) {
    return new Aggregation(dimensions, groups, allClients, Optional.of(unmatched));
  }

  public Set<Dimension<?>> dimensions() {
    return dimensions;
  }

  /** This merged with {@code other}; both must group by the same dimensions. */
  public Aggregation merge(Aggregation other) {
    if (!other.dimensions.equals(dimensions)) {
      throw new SociaalDomeinException("Cannot merge an aggregation by " + dimensions + " with one by " + other.dimensions);
    }
    Map<GroupKey, Group> merged = new HashMap<>(groups);
    other.groups.forEach((key, g) -> merged.merge(key, g, Group::merge));
    return new Aggregation(dimensions, merged, union(allClients, other.allClients),
        unmatched.isEmpty() ? other.unmatched : other.unmatched.isEmpty() ? unmatched
            : Optional.of(bothUnmatched(unmatched.get(), other.unmatched.get())));
  }

  /** The values unmatched in both: a value one part holds is matched in the whole. */
  private static Map<Dimension<?>, Set<?>> bothUnmatched(Map<Dimension<?>, Set<?>> a, Map<Dimension<?>, Set<?>> b) {
    Map<Dimension<?>, Set<?>> out = new TreeMap<>(Dimension.ORDER);
    a.forEach((d, values) -> {
      Set<Object> common = new LinkedHashSet<>(values);
      common.retainAll(b.getOrDefault(d, Set.of()));
      if (!common.isEmpty()) {
        out.put(d, common);
      }
    });
    return out;
  }

  /** The figures of every group. */
  public AggregationResult result() {
    List<GroupRow> rows = new ArrayList<>();
    groups.forEach((key, g) -> rows.add(new GroupRow(key, g.clients.length, g.payments, Amount.ofCents(g.cents))));
    return new AggregationResult(dimensions, rows, allClients.length, unmatched.orElse(Map.of()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Aggregation && ((Aggregation) o).result().equals(result());
  }

  @Override
  public int hashCode() {
    return result().hashCode();
  }

  @Override
  public String toString() {
    return "Aggregation[by " + dimensions + ", " + groups.size() + " groups, " + allClients.length + " clients]";
  }

  /** Sorted union of two sorted arrays of distinct values. */
  static long[] union(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        out[n++] = a[i++];
      } else if (a[i] > b[j]) {
        out[n++] = b[j++];
      } else {
        out[n++] = a[i++];
        j++;
      }
    }
    while (i < a.length) {
      out[n++] = a[i++];
    }
    while (j < b.length) {
      out[n++] = b[j++];
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** One group of a partial aggregation. */
  static final class Group {
    final long cents;
    final long payments;
    final long[] clients;

    Group(long cents, long payments, long[] clients) {
      this.cents = cents;
      this.payments = payments;
      this.clients = Objects.requireNonNull(clients);
    }

    Group merge(Group other) {
      return new Group(Math.addExact(cents, other.cents), payments + other.payments, union(clients, other.clients));
    }
  }
}
