// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Large arrays a store's kernels borrow for one call and give back, so that an analysis run again
 * and again (a dashboard, a benchmark) does not allocate its per-household masks each time: at a
 * million clients they are megabytes, which G1 allocates as humongous regions. Safe for any number
 * of threads; an array is zeroed when it is lent, so a result never depends on an earlier call.
 */
final class Scratch {

  /** At most this many arrays are kept, so a burst of parallel calls cannot keep memory forever. */
  private static final int KEPT = 8;

  private final ConcurrentLinkedQueue<long[]> longs = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<int[]> ints = new ConcurrentLinkedQueue<>();

  /** A zeroed array of {@code size} longs. */
  long[] longs(int size) {
    for (int tries = 0; tries < KEPT; tries++) {
      long[] kept = longs.poll();
      if (kept == null) {
        break;
      }
      if (kept.length == size) {
        Arrays.fill(kept, 0);
        return kept;
      }
    }
    return new long[size];
  }

  /** Gives {@code array} back for a later call; it must not be used after. */
  void release(long[] array) {
    if (longs.size() < KEPT) {
      longs.offer(array);
    }
  }

  /**
   * An array of at least {@code atLeast} ints whose contents are unspecified, for a list that
   * keeps its own count: a list grown in one call starts at its grown size in the next.
   */
  int[] ints(int atLeast) {
    for (int tries = 0; tries < KEPT; tries++) {
      int[] kept = ints.poll();
      if (kept == null) {
        break;
      }
      if (kept.length >= atLeast) {
        return kept;
      }
    }
    return new int[atLeast];
  }

  /** A larger array for a list of {@code count} ints in {@code full}, which is given back. */
  int[] grow(int[] full, int count) {
    int[] larger = ints(Math.max(16, full.length * 2));
    System.arraycopy(full, 0, larger, 0, count);
    release(full);
    return larger;
  }

  /** Gives {@code array} back for a later call; it must not be used after. */
  void release(int[] array) {
    if (ints.size() < KEPT) {
      ints.offer(array);
    }
  }
}
