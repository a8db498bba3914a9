// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.util.Objects;
import nl.sociaaldomein.money.Amount;

/**
 * Where a measure stands. Sealed so that only {@link Realised} can carry a realised amount and
 * no status carries a null one.
 *
 * <p>A plan counts proposed, decided and realised measures at their planned amount (the plan is
 * what is intended); dropped ones count nowhere. {@link SavingsPlan#decidedOnly()} keeps the firm
 * part.
 */
public sealed interface Status {

  /** Proposed, not decided yet. */
  Status PROPOSED = new Proposed();
  /** Decided by the council. */
  Status DECIDED = new Decided();
  /** Dropped: counted nowhere. */
  Status DROPPED = new Dropped();

  /** Realised, saving {@code amount} a year (or, for a cost, costing it). */
  static Status realised(Amount amount) {
    return new Realised(amount);
  }

  /** Whether the plan counts the measure at all. */
  default boolean counts() {
    return !(this instanceof Dropped);
  }

  /** Whether the council has decided it (decided or realised): the firm part of a plan. */
  default boolean isDecided() {
    return this instanceof Decided || this instanceof Realised;
  }

  /** The status {@link #PROPOSED}. */
  record Proposed() implements Status {}

  /** The status {@link #DECIDED}. */
  record Decided() implements Status {}

  /** The status {@link #DROPPED}. */
  record Dropped() implements Status {}

  /** @param amount what the measure actually saved (or, for a cost, cost) a year */
  record Realised(Amount amount) implements Status {
    /** Rejects a missing component. */
    public Realised {
      Objects.requireNonNull(amount, "amount");
    }
  }
}
