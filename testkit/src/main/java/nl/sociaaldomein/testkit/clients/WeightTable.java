// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.util.SplittableRandom;
import nl.sociaaldomein.SociaalDomeinException;

/** A discrete distribution given by whole-number weights, drawn with one random long. */
final class WeightTable {

  private final long[] cumulative;

  WeightTable(long... weights) {
    if (weights.length == 0) {
      throw new SociaalDomeinException("no weights");
    }
    cumulative = new long[weights.length];
    long sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new SociaalDomeinException("negative weight " + weights[i]);
      }
      sum = Math.addExact(sum, weights[i]);
      cumulative[i] = sum;
    }
    if (sum == 0) {
      throw new SociaalDomeinException("weights all zero");
    }
  }

  int size() {
    return cumulative.length;
  }

  int draw(SplittableRandom rng) {
    long r = rng.nextLong(cumulative[cumulative.length - 1]);
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (r < cumulative[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
