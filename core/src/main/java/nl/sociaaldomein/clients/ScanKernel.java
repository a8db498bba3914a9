package nl.sociaaldomein.clients;

/**
 * The one scan of a compiled query over a range of clients, for both {@code aggregate} (counters)
 * and {@code partial} (counters that keep the clients). Rows are taken a chunk at a time: first
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
}
