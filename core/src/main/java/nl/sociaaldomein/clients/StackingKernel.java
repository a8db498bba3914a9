// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stacking over a store, in parallel over ranges of clients, households included: per client and
 * year the laws (a bit mask, counted by popcount) and the distinct provisions; each household
 * takes the OR of its members' provision masks in the part that holds them, and the parts' masks
 * are ORed together, so a household split over parts is counted once. Where the provisions do not
 * fit a 64-bit mask, distinct provisions are counted with marks and households are walked through
 * the store's household index on one thread; so are households where the data spans more than
 * eight years (a stray record decades away would make the masks gigabytes).
 */
final class StackingKernel {

  private StackingKernel() {}

  /** One range's histograms, and its households' provision masks (index household * years + year). */
  private record Part(long[][] byLaws, long[][] byProvisions, long[] householdProvisions) {}

  static Stacking run(ColumnStore store, Parallelism parallelism) {
    int years = store.years;
    // The household masks are households x years longs a part: only where the years are few.
    boolean masks = store.provisions.size() <= QuickscanKernel.MAX_PROVISIONS && store.years <= QuickscanKernel.MAX_YEARS;
    int[] householdOf = masks ? store.householdOf : null;
    List<Part> results = parallelism.overRanges(store.clients(), (from, to) -> clients(store, householdOf, from, to));
    long[][] byLaws = results.get(0).byLaws();
    long[][] byProvisions = results.get(0).byProvisions();
    for (int i = 1; i < results.size(); i++) {
      for (int y = 0; y < years; y++) {
        for (int b = 0; b < byLaws[y].length; b++) {
          byLaws[y][b] += results.get(i).byLaws()[y][b];
        }
        for (int b = 0; b < byProvisions[y].length; b++) {
          byProvisions[y][b] += results.get(i).byProvisions()[y][b];
        }
      }
    }
    long[][] households = masks ? households(store, results) : households(store);
    return new Stacking(byYear(store, byLaws), byYear(store, byProvisions), byYear(store, households));
  }

  /** Laws and provisions per client-year for clients {@code [from, to)}: histograms by year. */
  private static Part clients(ColumnStore store, int[] householdOf, int from, int to) {
    int years = store.years;
    int p = Math.max(1, store.provisions.size());
    long[][] byLaws = new long[years][Law.values().length + 1];
    long[][] byProvisions = new long[years][Stacking.PROVISION_BUCKETS + 1];
    long[] householdProvisions = householdOf == null ? null : store.scratch.longs(store.households * years);
    int[] lawMask = new int[years];
    long[] provisionMask = new long[years];
    int[] provisionCount = new int[years];
    int[] mark = householdOf == null ? new int[years * p] : null;
    if (mark != null) {
      Arrays.fill(mark, -1);
    }
    for (int c = from; c < to; c++) {
      Arrays.fill(lawMask, 0);
      for (int r = store.clientStart[c]; r < store.clientStart[c + 1]; r++) {
        lawMask[store.year[r]] |= 1 << store.law[r];
      }
      if (householdOf != null) {
        Arrays.fill(provisionMask, 0);
        for (int r = store.clientStart[c]; r < store.clientStart[c + 1]; r++) {
          provisionMask[store.year[r]] |= 1L << store.provision[r];
        }
        for (int y = 0; y < years; y++) {
          provisionCount[y] = Long.bitCount(provisionMask[y]);
        }
        int h = householdOf[c];
        if (h != 0) {
          for (int y = 0; y < years; y++) {
            householdProvisions[h * years + y] |= provisionMask[y];
          }
        }
      } else {
        Arrays.fill(provisionCount, 0);
        for (int r = store.clientStart[c]; r < store.clientStart[c + 1]; r++) {
          int slot = store.year[r] * p + store.provision[r];
          if (mark[slot] != c) {
            mark[slot] = c;
            provisionCount[store.year[r]]++;
          }
        }
      }
      for (int y = 0; y < years; y++) {
        if (lawMask[y] != 0) {
          byLaws[y][Integer.bitCount(lawMask[y])]++;
          byProvisions[y][Math.min(provisionCount[y], Stacking.PROVISION_BUCKETS)]++;
        }
      }
    }
    return new Part(byLaws, byProvisions, householdProvisions);
  }

  /** Households by the distinct provisions of their members, per year, from the parts' masks. */
  private static long[][] households(ColumnStore store, List<Part> parts) {
    int years = store.years;
    long[] masks = parts.get(0).householdProvisions();
    for (int i = 1; i < parts.size(); i++) {
      long[] other = parts.get(i).householdProvisions();
      for (int k = 0; k < masks.length; k++) {
        masks[k] |= other[k];
      }
    }
    for (int i = 1; i < parts.size(); i++) {
      store.scratch.release(parts.get(i).householdProvisions());
    }
    long[][] histogram = new long[years][Stacking.PROVISION_BUCKETS + 1];
    for (int h = 1; h < store.households; h++) {
      for (int y = 0; y < years; y++) {
        long provisions = masks[h * years + y];
        if (provisions != 0) {
          histogram[y][Math.min(Long.bitCount(provisions), Stacking.PROVISION_BUCKETS)]++;
        }
      }
    }
    store.scratch.release(masks);
    return histogram;
  }

  /** Households by the distinct provisions of their members, walking each household's members. */
  private static long[][] households(ColumnStore store) {
    int years = store.years;
    int p = Math.max(1, store.provisions.size());
    long[][] householdsByProvisions = new long[years][Stacking.PROVISION_BUCKETS + 1];
    int[] provisionCount = new int[years];
    int[] mark = new int[years * p];
    Arrays.fill(mark, -1);
    ColumnStore.HouseholdIndex index = store.householdIndex();
    for (int h = 1; h < store.households; h++) {
      Arrays.fill(provisionCount, 0);
      for (int m = index.start()[h]; m < index.start()[h + 1]; m++) {
        int c = index.members()[m];
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

  /** Histograms by calendar year, the years without any count left out. */
  static Map<Integer, long[]> byYear(ColumnStore store, long[][] histograms) {
    Map<Integer, long[]> out = new TreeMap<>();
    for (int y = 0; y < histograms.length; y++) {
      if (Arrays.stream(histograms[y]).anyMatch(n -> n > 0)) {
        out.put(store.firstYear + y, histograms[y]);
      }
    }
    return out;
  }
}
