// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one scan of a compiled query over a range of clients, for both {@code aggregate} (counters)
 * and {@code partial} (counters that keep the clients). Plain counters of a plan of at most 63
 * groups over byte columns (every query of the quickscan) take {@link #scanFewGroups}, which has
 * no branch per row. Any other plan: rows are taken a chunk at a time: first
 * the group key of every row, column by column (tight loops over one array each), then the rows of
 * each client in the chunk are added to their groups directly, a client counted once per group by
 * a mark that holds the last client counted there. The loop has no branch on runs of rows (a run
 * of one client in one group is about four rows, too short to predict) and no per-row client
 * index to fill. Overflow of a sum is tracked with a flag rather than a check per row, and raised
 * at the end. Nothing is allocated per row.
 */
final class ScanKernel {

  /** Rows per chunk: the keys of a chunk fit in the first-level cache. */
  static final int CHUNK = 1024;

  private ScanKernel() {}

  /** Scans clients {@code [fromClient, toClient)} of {@code store} into {@code counts}. */
  static Counts scan(ColumnStore store, QueryPlan plan, int fromClient, int toClient, Counts counts) {
    if (counts.plain()) {
      Optional<QueryPlan.ByteKeys> byteKeys = plan.byteKeys();
      if (byteKeys.isPresent() && store.sumsFit(store.clientStart[fromClient], store.clientStart[toClient])) {
        return scanFewGroups(store, plan.size, byteKeys.get(), fromClient, toClient, counts);
      }
    }
    int[] clientStart = store.clientStart;
    long[] values = store.cents;
    long[] cents = counts.cents;
    long[] payments = counts.payments;
    int[] mark = plan.freshMarks();
    int[] keyOf = new int[CHUNK];
    long overflow = 0;
    int lastSeen = -1;
    int c = fromClient;
    int rowEnd = clientStart[toClient];
    for (int r0 = clientStart[fromClient]; r0 < rowEnd; r0 += CHUNK) {
      int n = Math.min(CHUNK, rowEnd - r0);
      plan.keys(r0, n, keyOf);
      int i = 0;
      while (i < n) {
        while (clientStart[c + 1] <= r0 + i) {
          c++;
        }
        int end = Math.min(n, clientStart[c + 1] - r0);
        for (; i < end; i++) {
          int key = keyOf[i];
          if (key < 0) {
            continue;
          }
          long v = values[r0 + i];
          boolean paid = v != ColumnStore.NO_PAYMENT;
          long value = paid ? v : 0;
          long s = cents[key];
          long t = s + value;
          overflow |= (s ^ t) & (value ^ t);
          cents[key] = t;
          payments[key] += paid ? 1 : 0;
          if (mark[key] != c) {
            mark[key] = c;
            counts.newClient(key, c);
            if (lastSeen != c) {
              lastSeen = c;
              counts.clientSeen(c);
            }
          }
        }
      }
    }
    if (overflow < 0) {
      throw new ArithmeticException("A group's cost is out of range of a long of cents");
    }
    return counts;
  }

  /**
   * The scan of plain counters for plans of at most 63 groups whose columns are bytes, without a
   * branch per row, when no sum over the range can overflow (so none is checked: the store knows
   * its largest cost). A row's key is the sum of three table lookups ({@link QueryPlan.ByteKeys});
   * the row adds its cost into its group, or into a key from 64 up when a filter drops it (which
   * no result reads and which has no bit), and into a second counter one payment (low half) and,
   * when its group's bit is not yet in the client's mask, one client (high half). The mask is cleared at each client's last row,
   * which a per-chunk array marks, and a client counts once when its groups at that row are any.
   * Rows without payment are added as if paid and taken out afterwards: they are few, and the
   * wrapped sums come out exact because the true sums fit.
   */
  private static Counts scanFewGroups(ColumnStore store, int size, QueryPlan.ByteKeys keys, int fromClient, int toClient, Counts counts) {
    int[] clientStart = store.clientStart;
    long[] values = store.cents;
    byte[] a1 = keys.first();
    byte[] a2 = keys.second();
    byte[] a3 = keys.third();
    int[] t1 = keys.firstTable();
    int[] t2 = keys.secondTable();
    int[] t3 = keys.thirdTable();
    long[] cents = new long[QueryPlan.KEYS];
    long[] both = new long[QueryPlan.KEYS];
    long[] bitOf = new long[QueryPlan.KEYS];
    for (int k = 0; k < size; k++) {
      bitOf[k] = 1L << k;
    }
    long[] keep = new long[CHUNK];
    long[] groupsSoFar = new long[CHUNK];
    long clients = 0;
    long mask = 0;
    int c = fromClient;
    int rowStart = clientStart[fromClient];
    int rowEnd = clientStart[toClient];
    for (int r0 = rowStart; r0 < rowEnd; r0 += CHUNK) {
      int n = Math.min(CHUNK, rowEnd - r0);
      Arrays.fill(keep, 0, n, -1L);
      int firstEnding = c;
      while (c < toClient && clientStart[c + 1] <= r0 + n) {
        int last = clientStart[c + 1] - 1 - r0;
        if (last >= 0) {
          keep[last] = 0;
        }
        c++;
      }
      for (int i = 0; i < n; i++) {
        int r = r0 + i;
        int key = t1[a1[r] & 0xFF] + t2[a2[r] & 0xFF] + t3[a3[r] & 0xFF];
        cents[key] += values[r];
        long bit = bitOf[key];
        // The group's bit when it is new for the client, turned to bit 32: one more client.
        both[key] += 1L | Long.rotateRight(bit & ~mask, key - 32);
        long groups = mask | bit;
        groupsSoFar[i] = groups;
        mask = groups & keep[i];
      }
      // A client counts when it ended in this chunk with a group.
      for (int e = firstEnding; e < c; e++) {
        int last = clientStart[e + 1] - 1 - r0;
        if (last >= 0 && clientStart[e + 1] > clientStart[e] && groupsSoFar[last] != 0) {
          clients++;
        }
      }
    }
    int[] none = store.noPaymentRows;
    for (int at = firstAtOrAfter(none, rowStart); at < none.length && none[at] < rowEnd; at++) {
      int r = none[at];
      int key = t1[a1[r] & 0xFF] + t2[a2[r] & 0xFF] + t3[a3[r] & 0xFF];
      cents[key] -= ColumnStore.NO_PAYMENT;
      both[key] -= 1;
    }
    for (int k = 0; k < size; k++) {
      counts.cents[k] = Math.addExact(counts.cents[k], cents[k]);
      counts.payments[k] += both[k] & 0xFFFF_FFFFL;
      counts.unique[k] += both[k] >>> 32;
    }
    counts.clients += clients;
    return counts;
  }

  private static int firstAtOrAfter(int[] sorted, int row) {
    int at = Arrays.binarySearch(sorted, row);
    return at >= 0 ? at : -at - 1;
  }
}
