// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.util.SplittableRandom;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Drawing without replacement from slots of a few kinds: each draw takes one slot, so after as
 * many draws as slots every kind has been drawn exactly as often as it had slots. That is how
 * the generator hits published counts exactly while the order stays random.
 */
final class Urn {

  private final long[] remaining;
  private long total;

  Urn(long[] counts) {
    this.remaining = counts.clone();
    for (long c : counts) {
      if (c < 0) {
        throw new SociaalDomeinException("negative count " + c);
      }
      total += c;
    }
  }

  long remaining() {
    return total;
  }

  long remaining(int kind) {
    return remaining[kind];
  }

  int draw(SplittableRandom rng) {
    if (total == 0) {
      throw new IllegalStateException("Drew from an empty urn");
    }
    long r = rng.nextLong(total);
    for (int k = 0; k < remaining.length; k++) {
      if (r < remaining[k]) {
        remaining[k]--;
        total--;
        return k;
      }
      r -= remaining[k];
    }
    throw new AssertionError("urn counts out of step");
  }

  /**
   * Draws {@code preferred} again with probability {@code permille}/1000 when a slot of it is
   * left, else draws at random: clients tend to keep last year's characteristics.
   */
  int drawPreferring(int preferred, int permille, SplittableRandom rng) {
    boolean keep = rng.nextInt(1000) < permille;
    if (keep && preferred >= 0 && remaining[preferred] > 0) {
      remaining[preferred]--;
      total--;
      return preferred;
    }
    return draw(rng);
  }
}
