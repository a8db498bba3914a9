// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.util.SplittableRandom;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Providers of one kind with synthetic names ("Jeugdhulpaanbieder 001"): a top group of large
 * providers and a tail, each with weights falling as 1/(rank + offset), so that a few providers
 * get most of the clients and the top-group share is set by the caller. The first choices go
 * round the providers once, so that every provider of the pool has a client.
 */
final class ProviderPool {

  private static final long WEIGHT_SCALE = 1_000_000_000L;

  private final String[] names;
  private final int top;
  private final WeightTable topWeights;
  private final WeightTable tailWeights;
  private int nextTop;
  private int nextTail;

  ProviderPool(String prefix, int count, int top) {
    if (count < 1 || top < 0 || top > count) {
      throw new SociaalDomeinException("a pool of " + count + " providers cannot have a top of " + top);
    }
    this.top = top;
    this.names = new String[count];
    int width = Integer.toString(count).length();
    for (int i = 0; i < count; i++) {
      names[i] = prefix + " " + String.format("%0" + width + "d", i + 1);
    }
    topWeights = top == 0 ? null : harmonic(top, 2);
    tailWeights = top == count ? null : harmonic(count - top, 5);
  }

  private static WeightTable harmonic(int n, int offset) {
    long[] w = new long[n];
    for (int i = 0; i < n; i++) {
      w[i] = WEIGHT_SCALE / (i + 1 + offset);
    }
    return new WeightTable(w);
  }

  /** A provider; from the top group with probability {@code topPermille}/1000. */
  String choose(SplittableRandom rng, int topPermille) {
    boolean fromTop = tailWeights == null || (topWeights != null && rng.nextInt(1000) < topPermille);
    if (fromTop) {
      return names[nextTop < top ? nextTop++ : topWeights.draw(rng)];
    }
    int tail = names.length - top;
    return names[top + (nextTail < tail ? nextTail++ : tailWeights.draw(rng))];
  }
}
