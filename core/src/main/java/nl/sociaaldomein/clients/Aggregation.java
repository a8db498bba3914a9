// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
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

  /** The dimensions the payments are grouped by. */
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

  /** Equal when every group has the same cost, payments and clients, and all clients and unmatched values are the same. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Aggregation other) || !other.dimensions.equals(dimensions)
        || !Arrays.equals(other.allClients, allClients) || !other.unmatched.equals(unmatched)
        || !other.groups.keySet().equals(groups.keySet())) {
      return false;
    }
    for (Map.Entry<GroupKey, Group> e : groups.entrySet()) {
      if (!e.getValue().sameAs(other.groups.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimensions, groups.keySet(), Arrays.hashCode(allClients), unmatched);
  }

  @Override
  public String toString() {
    return "Aggregation[by " + dimensions + ", " + groups.size() + " groups, " + allClients.length + " clients]";
  }

  // ---------------------------------------------------------------------------------------------
  // Serialized form (docs/clients.md, "Partials and their serialized form")

  /** The compact serialized form, which {@link #fromBytes(byte[])} reads back to an equal partial. */
  public byte[] toBytes() {
    PartialFormat.Writer out = new PartialFormat.Writer(PartialFormat.Kind.AGGREGATION);
    write(out);
    return out.finish();
  }

  /**
   * The partial {@code bytes} hold, as {@link #toBytes()} wrote them; throws naming the byte and
   * what is wrong for a version this library does not read, another kind of partial, or corrupt
   * or truncated bytes.
   */
  public static Aggregation fromBytes(byte[] bytes) {
    PartialFormat.Reader in = new PartialFormat.Reader(Objects.requireNonNull(bytes, "bytes"), PartialFormat.Kind.AGGREGATION);
    Aggregation a = read(in);
    in.end();
    return a;
  }

  /** The body: strings, dimensions, unmatched values, all clients, groups. */
  void write(PartialFormat.Writer out) {
    List<Dimension<?>> dims = new ArrayList<>(new TreeSet<>(dimensions));
    TreeSet<String> strings = new TreeSet<>();
    dims.forEach(d -> strings.add(d.name()));
    groups.keySet().forEach(k -> dims.forEach(d -> k.get(d).ifPresent(v -> addText(strings, v))));
    unmatched.ifPresent(u -> u.forEach((d, values) -> {
      strings.add(d.name());
      values.forEach(v -> addText(strings, v));
    }));
    List<String> table = List.copyOf(strings);
    out.strings(table);
    out.varint(dims.size());
    dims.forEach(d -> out.varint(Collections.binarySearch(table, d.name())));
    out.u8(unmatched.isPresent() ? 1 : 0);
    unmatched.ifPresent(u -> {
      out.varint(u.size());
      u.forEach((d, values) -> {
        out.varint(Collections.binarySearch(table, d.name()));
        List<Long> codes = new ArrayList<>();
        values.forEach(v -> codes.add(code(table, d, Optional.of(v))));
        Collections.sort(codes);
        out.varint(codes.size());
        codes.forEach(out::varint);
      });
    });
    out.ascending(allClients);
    List<Map.Entry<long[], Group>> coded = new ArrayList<>();
    groups.forEach((key, g) -> coded.add(Map.entry(dims.stream().mapToLong(d -> code(table, d, key.get(d))).toArray(), g)));
    coded.sort((a, b) -> Arrays.compare(a.getKey(), b.getKey()));
    out.varint(coded.size());
    for (Map.Entry<long[], Group> e : coded) {
      for (long code : e.getKey()) {
        out.varint(code);
      }
      out.signed(e.getValue().cents);
      out.varint(e.getValue().payments);
      out.ascending(e.getValue().clients);
    }
  }

  private static void addText(Set<String> strings, Object value) {
    if (!(value instanceof Integer)) {
      strings.add(text(value));
    }
  }

  private static String text(Object value) {
    return value instanceof Enum<?> e ? e.name() : (String) value;
  }

  /**
   * A year as its distance from the first a record can have; any other value as its index in the
   * string table plus one, and an unknown (empty) one as 0.
   */
  private static long code(List<String> table, Dimension<?> d, Optional<?> value) {
    if (value.isEmpty()) {
      return 0;
    }
    Object v = value.get();
    return d == Dimension.YEAR ? (Integer) v - PaymentRecord.FIRST_YEAR : Collections.binarySearch(table, text(v)) + 1;
  }

  /** Reads what {@link #write} wrote. */
  static Aggregation read(PartialFormat.Reader in) {
    List<String> table = in.strings();
    int n = in.count("dimensions");
    List<Dimension<?>> dims = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int start = in.offset();
      Dimension<?> d = dimension(in, table);
      if (!dims.isEmpty() && dims.get(dims.size() - 1).compareTo(d) >= 0) {
        throw in.error(start, "dimension " + d + " does not follow " + dims.get(dims.size() - 1) + " in order");
      }
      dims.add(d);
    }
    Optional<Map<Dimension<?>, Set<?>>> unmatched = Optional.empty();
    int flag = in.u8("the unmatched flag");
    if (flag > 1) {
      throw in.error(in.offset() - 1, "the unmatched flag is " + flag + ", not 0 or 1");
    }
    if (flag == 1) {
      Map<Dimension<?>, Set<?>> values = new TreeMap<>(Dimension.ORDER);
      int m = in.count("unmatched dimensions");
      for (int i = 0; i < m; i++) {
        Dimension<?> d = dimension(in, table);
        int k = in.count("unmatched values of " + d);
        Set<Object> set = new LinkedHashSet<>();
        for (int j = 0; j < k; j++) {
          set.add(value(in, table, d));
        }
        values.put(d, set);
      }
      unmatched = Optional.of(values);
    }
    long[] all = in.ascending("all clients");
    int g = in.count("groups");
    Map<GroupKey, Group> groups = new HashMap<>();
    for (int i = 0; i < g; i++) {
      int start = in.offset();
      Map<Dimension<?>, Object> values = new HashMap<>();
      for (Dimension<?> d : dims) {
        values.put(d, value(in, table, d));
      }
      GroupKey key = GroupKey.of(values);
      Group group = new Group(in.signed("the cents of group " + i), in.varint("the payments of group " + i),
          in.ascending("the clients of group " + i));
      if (groups.put(key, group) != null) {
        throw in.error(start, "group " + i + " repeats the key " + key);
      }
    }
    return new Aggregation(new TreeSet<>(dims), groups, all, unmatched);
  }

  private static Dimension<?> dimension(PartialFormat.Reader in, List<String> table) {
    int start = in.offset();
    String name = table.get(in.below(table.size(), "a dimension's name"));
    try {
      return Dimension.valueOf(name);
    } catch (SociaalDomeinException e) {
      throw in.error(start, SociaalDomeinException.quote(name) + " is not a dimension");
    }
  }

  private static Object value(PartialFormat.Reader in, List<String> table, Dimension<?> d) {
    int start = in.offset();
    if (d == Dimension.YEAR) {
      return PaymentRecord.FIRST_YEAR + in.below(PaymentRecord.LAST_YEAR + 1 - PaymentRecord.FIRST_YEAR,
          "a year less " + PaymentRecord.FIRST_YEAR);
    }
    int code = in.below(table.size() + 1, "a value of " + d);
    if (code == 0) {
      if (!d.isCharacteristic()) {
        throw in.error(start, d + " is never unknown");
      }
      return GroupKey.UNKNOWN;
    }
    String name = table.get(code - 1);
    if (!d.type().isEnum()) {
      return name;
    }
    for (Object constant : d.type().getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw in.error(start, SociaalDomeinException.quote(name) + " is not a " + d.type().getSimpleName());
  }

  // ---------------------------------------------------------------------------------------------

  /** The groups, for the partials built on this one. */
  Map<GroupKey, Group> groups() {
    return groups;
  }

  /** Every client, ascending. */
  long[] allClients() {
    return allClients;
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

    boolean sameAs(Group other) {
      return other != null && cents == other.cents && payments == other.payments && Arrays.equals(clients, other.clients);
    }

    Group merge(Group other) {
      return new Group(Math.addExact(cents, other.cents), payments + other.payments, union(clients, other.clients));
    }
  }
}
