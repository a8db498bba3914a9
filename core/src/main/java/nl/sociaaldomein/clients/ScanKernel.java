package nl.sociaaldomein.clients;

import java.util.Arrays;

/**
 * The one scan of a compiled query over a range of clients, for both {@code aggregate} (counters)
 * and {@code partial} (counters that keep the clients). Rows are taken a chunk at a time: first
 * the group key of every row, column by column (tight loops over one array each), then the rows
 * are added to their groups. A client's rows in one group usually follow each other, so they are
 * added up in registers and the group's counters are touched once per run. Overflow of a sum is
 * tracked with a flag rather than a check per row, and raised at the end. Nothing is allocated
 * per row.
 */
final class ScanKernel {

  /** Rows per chunk: the keys of a chunk fit in the first-level cache. */
  static final int CHUNK = 1024;

  private ScanKernel() {}

  /** Scans clients {@code [fromClient, toClient)} of {@code store} into {@code counts}. */
  static Counts scan(ColumnStore store, QueryPlan plan, int fromClient, int toClient, Counts counts) {
    int[] clientStart = store.clientStart;
    long[] values = store.cents;
    int[] mark = plan.freshMarks();
    int[] keyOf = new int[CHUNK];
    int[] clientOf = new int[CHUNK];
    long overflow = 0;
    int runKey = -1;
    int runClient = -1;
    long runSum = 0;
    long runCount = 0;
    int c = fromClient;
    int rowEnd = clientStart[toClient];
    for (int r0 = clientStart[fromClient]; r0 < rowEnd; r0 += CHUNK) {
      int n = Math.min(CHUNK, rowEnd - r0);
      plan.keys(r0, n, keyOf);
      // The client of every row of the chunk, a run per client, so the row loop below has no
      // branch on client boundaries.
      for (int i = 0; i < n; ) {
        while (clientStart[c + 1] <= r0 + i) {
          c++;
        }
        int runEnd = Math.min(n, clientStart[c + 1] - r0);
        Arrays.fill(clientOf, i, runEnd, c);
        i = runEnd;
      }
      for (int i = 0; i < n; i++) {
        int key = keyOf[i];
        if (key < 0) {
          continue;
        }
        int client = clientOf[i];
        long v = values[r0 + i];
        boolean paid = v != ColumnStore.NO_PAYMENT;
        if (key == runKey && client == runClient) {
          if (paid) {
            long t = runSum + v;
            overflow |= (runSum ^ t) & (v ^ t);
            runSum = t;
            runCount++;
          }
          continue;
        }
        overflow |= flush(counts, mark, runKey, runClient, runSum, runCount);
        if (client != runClient) {
          counts.clientSeen(client);
        }
        runKey = key;
        runClient = client;
        runSum = paid ? v : 0;
        runCount = paid ? 1 : 0;
      }
    }
    overflow |= flush(counts, mark, runKey, runClient, runSum, runCount);
    if (overflow < 0) {
      throw new ArithmeticException("A group's cost is out of range of a long of cents");
    }
    return counts;
  }

  /**
   * Adds a run of one client's rows in one group to the group; returns the overflow flag of the
   * addition (negative when it overflowed). A run key below zero is the empty run before the first.
   */
  private static long flush(Counts counts, int[] mark, int key, int client, long sum, long count) {
    if (key < 0) {
      return 0;
    }
    long s = counts.cents[key];
    long t = s + sum;
    counts.cents[key] = t;
    counts.payments[key] += count;
    if (mark[key] != client) {
      mark[key] = client;
      counts.newClient(key, client);
    }
    return (s ^ t) & (sum ^ t);
  }
}
