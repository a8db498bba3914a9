// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.util.SplittableRandom;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Knuth's selection sampling: of {@code population} candidates seen one at a time, picks exactly
 * {@code wanted}, each set of that size equally likely, without holding the candidates.
 */
final class Selection {

  private long wanted;
  private long left;

  Selection(long wanted, long population) {
    if (wanted < 0 || wanted > population) {
      throw new SociaalDomeinException("Cannot select " + wanted + " of " + population);
    }
    this.wanted = wanted;
    this.left = population;
  }

  /** Whether the next candidate is picked. */
  boolean next(SplittableRandom rng) {
    if (left <= 0) {
      throw new IllegalStateException("More candidates than the population announced");
    }
    boolean pick = wanted > 0 && rng.nextLong(left) < wanted;
    left--;
    if (pick) {
      wanted--;
    }
    return pick;
  }
}
