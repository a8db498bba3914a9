// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.math.RoundingMode;
import java.util.Objects;
import nl.sociaaldomein.money.Amount;

/**
 * One group's figures: unique clients, payments and total cost.
 *
 * @param key the group
 * @param uniqueClients clients with at least one payment or kept client record in the group
 * @param payments the number of payments
 * @param cost the total of the payments
 */
public record GroupRow(GroupKey key, long uniqueClients, long payments, Amount cost) {
  /** Rejects a missing component. */
  public GroupRow {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(cost, "cost");
  }

  /** Cost per unique client of the group, rounded to cents with {@code mode}; zero for no clients. */
  public Amount averagePerClient(RoundingMode mode) {
    return uniqueClients == 0 ? Amount.ZERO : cost.dividedBy(uniqueClients, mode);
  }
}
