// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Household identifiers for some clients: a client either opens a new household or joins the
 * one opened last while it has room, so that households of two to five clients arise.
 */
final class Households {

  private long opened;
  private String open;
  private int members;
  private int room;

  Optional<String> next(SplittableRandom rng) {
    if (rng.nextInt(1000) >= Assumptions.HOUSEHOLD_PERMILLE) {
      return Optional.empty();
    }
    if (open != null && members < room && rng.nextInt(1000) < Assumptions.JOIN_HOUSEHOLD_PERMILLE) {
      members++;
      return Optional.of(open);
    }
    opened++;
    open = String.format("HH%07d", opened);
    members = 1;
    room = 2 + rng.nextInt(4);
    return Optional.of(open);
  }
}
