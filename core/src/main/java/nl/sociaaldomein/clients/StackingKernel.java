package nl.sociaaldomein.clients;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stacking over a store: per client and year the laws (a bit mask, counted by popcount) and the
 * distinct provisions, over ranges of clients in parallel; then households, whose members are
 * walked through the store's household index.
 */
final class StackingKernel {

  private StackingKernel() {}

  static Stacking run(ColumnStore store, Parallelism parallelism) {
    int years = store.years;
    int parts = parallelism.parts(store.clients());
    List<long[][][]> results = parallelism.run(parts, p -> clients(store,
        (int) ((long) store.clients() * p / parts), (int) ((long) store.clients() * (p + 1) / parts)));
    long[][] byLaws = results.get(0)[0];
    long[][] byProvisions = results.get(0)[1];
    for (int i = 1; i < results.size(); i++) {
      for (int y = 0; y < years; y++) {
        for (int b = 0; b < byLaws[y].length; b++) {
          byLaws[y][b] += results.get(i)[0][y][b];
        }
        for (int b = 0; b < byProvisions[y].length; b++) {
          byProvisions[y][b] += results.get(i)[1][y][b];
        }
      }
    }
    return new Stacking(byYear(store, byLaws), byYear(store, byProvisions), byYear(store, households(store)));
  }

  /** Laws and provisions per client-year for clients {@code [from, to)}: histograms by year. */
  private static long[][][] clients(ColumnStore store, int from, int to) {
    int years = store.years;
    int p = Math.max(1, store.provisions.size());
    long[][] byLaws = new long[years][Law.values().length + 1];
    long[][] byProvisions = new long[years][Stacking.PROVISION_BUCKETS + 1];
    int[] lawMask = new int[years];
    int[] provisionCount = new int[years];
    int[] mark = new int[years * p];
    Arrays.fill(mark, -1);
    for (int c = from; c < to; c++) {
      Arrays.fill(lawMask, 0);
      Arrays.fill(provisionCount, 0);
      for (int r = store.clientStart[c]; r < store.clientStart[c + 1]; r++) {
        int y = store.year[r];
        lawMask[y] |= 1 << store.law[r];
        int slot = y * p + store.provision[r];
        if (mark[slot] != c) {
          mark[slot] = c;
          provisionCount[y]++;
        }
      }
      for (int y = 0; y < years; y++) {
        if (lawMask[y] != 0) {
          byLaws[y][Integer.bitCount(lawMask[y])]++;
          byProvisions[y][Math.min(provisionCount[y], Stacking.PROVISION_BUCKETS)]++;
        }
      }
    }
    return new long[][][] {byLaws, byProvisions};
  }

  /** Households by the distinct provisions of their members, per year. */
  private static long[][] households(ColumnStore store) {
    int years = store.years;
    int p = Math.max(1, store.provisions.size());
    long[][] householdsByProvisions = new long[years][Stacking.PROVISION_BUCKETS + 1];
    int[] provisionCount = new int[years];
    int[] mark = new int[years * p];
    Arrays.fill(mark, -1);
    for (int h = 1; h < store.householdStart.length - 1; h++) {
      Arrays.fill(provisionCount, 0);
      for (int m = store.householdStart[h]; m < store.householdStart[h + 1]; m++) {
        int c = store.householdClients[m];
        for (int r = store.clientStart[c]; r < store.clientStart[c + 1]; r++) {
          int slot = store.year[r] * p + store.provision[r];
          if (mark[slot] != h) {
            mark[slot] = h;
            provisionCount[store.year[r]]++;
          }
        }
      }
      for (int y = 0; y < years; y++) {
        if (provisionCount[y] > 0) {
          householdsByProvisions[y][Math.min(provisionCount[y], Stacking.PROVISION_BUCKETS)]++;
        }
      }
    }
    return householdsByProvisions;
  }

  private static Map<Integer, long[]> byYear(ColumnStore store, long[][] histograms) {
    Map<Integer, long[]> out = new TreeMap<>();
    for (int y = 0; y < histograms.length; y++) {
      if (Arrays.stream(histograms[y]).anyMatch(n -> n > 0)) {
        out.put(store.firstYear + y, histograms[y]);
      }
    }
    return out;
  }
}
