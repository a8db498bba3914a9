// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.List;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * A query compiled against one store's codes: a group key per row from the codes of the
 * dimensions grouped by (mixed radix, one stride per dimension), -1 for rows a filter drops.
 */
final class QueryPlan {

  /** At most this many groups: the counters of a plan stay in memory a few times over. */
  static final int MAX_GROUPS = 1 << 24;

  private final ColumnStore store;
  private final Set<Dimension<?>> dimensions;
  private final Dimension<?>[] dims;
  private final Column[] keyColumns;
  private final int[] strides;
  private final Column[] filterColumns;
  private final boolean[][] allowed;
  /** The filter values the store does not hold, which keep no rows. */
  private final Map<Dimension<?>, Set<?>> unmatched;
  final int size;
  /** The plan's keys as table lookups, made once for every range a query scans; see {@link #byteKeys()}. */
  private final Optional<ByteKeys> byteKeys;

  QueryPlan(ColumnStore store, Query query) {
    this.store = store;
    dimensions = query.groupBy();
    dims = query.groupBy().toArray(new Dimension<?>[0]);
    strides = new int[dims.length];
    long s = 1;
    for (int i = 0; i < dims.length; i++) {
      strides[i] = (int) s;
      s *= store.cardinality(dims[i]);
      if (s > MAX_GROUPS) {
        throw new SociaalDomeinException("Grouping by " + query.groupBy() + " makes more than " + MAX_GROUPS + " groups");
      }
    }
    size = (int) s;
    Dimension<?>[] filterDims = query.filters().keySet().toArray(new Dimension<?>[0]);
    allowed = new boolean[filterDims.length][];
    filterColumns = new Column[filterDims.length];
    Map<Dimension<?>, Set<?>> absent = new TreeMap<>(Dimension.ORDER);
    for (int i = 0; i < filterDims.length; i++) {
      allowed[i] = new boolean[store.cardinality(filterDims[i])];
      Set<Object> notHeld = new LinkedHashSet<>();
      for (Object v : query.filters().get(filterDims[i])) {
        int code = store.codeOf(filterDims[i], v);
        if (code >= 0) {
          allowed[i][code] = true;
        } else {
          notHeld.add(v);
        }
      }
      if (!notHeld.isEmpty()) {
        absent.put(filterDims[i], Collections.unmodifiableSet(notHeld));
      }
      filterColumns[i] = store.column(filterDims[i]);
    }
    unmatched = Collections.unmodifiableMap(absent);
    keyColumns = new Column[dims.length];
    for (int i = 0; i < dims.length; i++) {
      keyColumns[i] = store.column(dims[i]);
    }
    byteKeys = makeByteKeys();
  }

  Set<Dimension<?>> dimensions() {
    return dimensions;
  }

  /** The stride of {@code d} in a group key: the key is the sum of each dimension's code times its stride. */
  int stride(Dimension<?> d) {
    for (int i = 0; i < dims.length; i++) {
      if (dims[i] == d) {
        return strides[i];
      }
    }
    throw new IllegalStateException("The plan does not group by " + d);
  }

  /** The columns of the filters, for kernels that check them row by row. */
  Column[] filterColumns() {
    return filterColumns.clone();
  }

  /** Per filter, the codes it keeps. */
  boolean[][] allowed() {
    return allowed.clone();
  }

  Map<Dimension<?>, Set<?>> unmatched() {
    return unmatched;
  }

  /** The bit a table entry of {@link ByteKeys} sets for a value a filter drops: past every group of such a plan. */
  static final int DROPPED = 64;

  /**
   * The key of a row, for a plan of at most 63 groups, as the sum of three table lookups, one per
   * byte array the plan reads (the three packed characteristics share one): a table holds, for
   * each of the 256 values of its array, the strides times the codes of the dimensions grouped by
   * in it, with bit {@link #DROPPED} set when a filter drops the value (or the value holds no
   * code). So a key below 64 is a group and a key from 64 to {@link #KEYS} a dropped row. Unused
   * slots repeat the first array with a table of zeros.
   */
  record ByteKeys(byte[] first, int[] firstTable, byte[] second, int[] secondTable, byte[] third, int[] thirdTable) {}

  /** Every key of {@link ByteKeys} is below this: three entries of at most 127. */
  static final int KEYS = 3 * 2 * DROPPED;

  /** The byte keys of this plan, or empty when it has 64 groups or more, a column is not of bytes or more than three arrays are read. */
  Optional<ByteKeys> byteKeys() {
    return byteKeys;
  }

  private Optional<ByteKeys> makeByteKeys() {
    if (size >= DROPPED) {
      return Optional.empty();
    }
    List<byte[]> arrays = new ArrayList<>();
    List<int[]> tables = new ArrayList<>();
    for (int i = 0; i < keyColumns.length + filterColumns.length; i++) {
      Column column = i < keyColumns.length ? keyColumns[i] : filterColumns[i - keyColumns.length];
      Optional<byte[]> bytes = column.byteArray();
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      int at = 0;
      while (at < arrays.size() && arrays.get(at) != bytes.get()) {
        at++;
      }
      if (at == arrays.size()) {
        arrays.add(bytes.get());
        tables.add(new int[256]);
      }
      int[] table = tables.get(at);
      for (int u = 0; u < 256; u++) {
        int code = column.codeOfByte(u);
        if (i < keyColumns.length) {
          int codes = (i + 1 < strides.length ? strides[i + 1] : size) / strides[i];
          table[u] = code < codes ? table[u] + code * strides[i] : table[u] | DROPPED;
        } else if (code >= allowed[i - keyColumns.length].length || !allowed[i - keyColumns.length][code]) {
          table[u] |= DROPPED;
        }
      }
    }
    if (arrays.size() > 3) {
      return Optional.empty();
    }
    if (arrays.isEmpty()) {
      arrays.add(store.year);
      tables.add(new int[256]);
    }
    while (arrays.size() < 3) {
      arrays.add(arrays.get(0));
      tables.add(new int[256]);
    }
    return Optional.of(new ByteKeys(arrays.get(0), tables.get(0), arrays.get(1), tables.get(1), arrays.get(2), tables.get(2)));
  }

  /** The group key of rows {@code [r0, r0 + n)} into {@code out}; -1 for rows the filters drop. */
  void keys(int r0, int n, int[] out) {
    if (keyColumns.length == 0) {
      Arrays.fill(out, 0, n, 0);
    } else {
      keyColumns[0].setCodes(r0, n, strides[0], out);
    }
    for (int k = 1; k < keyColumns.length; k++) {
      keyColumns[k].addCodes(r0, n, strides[k], out);
    }
    for (int f = 0; f < filterColumns.length; f++) {
      filterColumns[f].drop(r0, n, allowed[f], out);
    }
  }

  /** A mark per group, none set: -1. */
  int[] freshMarks() {
    int[] mark = new int[size];
    Arrays.fill(mark, -1);
    return mark;
  }

  GroupKey decode(int key) {
    Map<Dimension<?>, Object> values = new TreeMap<>(Dimension.ORDER);
    for (int i = dims.length - 1; i >= 0; i--) {
      int code = key / strides[i];
      key -= code * strides[i];
      values.put(dims[i], store.value(dims[i], code));
    }
    return GroupKey.of(values);
  }

  AggregationResult result(Counts counts) {
    List<GroupRow> rows = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      if (counts.unique[k] > 0) {
        rows.add(new GroupRow(decode(k), counts.unique[k], counts.payments[k], Amount.ofCents(counts.cents[k])));
      }
    }
    return new AggregationResult(dimensions, rows, counts.clients, unmatched);
  }
}
