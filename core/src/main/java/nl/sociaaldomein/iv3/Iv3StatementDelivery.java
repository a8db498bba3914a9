// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.statement.Cell;

/**
 * A delivery built from programme statements ({@link Iv3DeliveryGenerator#fromStatements}), with
 * the statement cells it left out because neither their line nor their group has a taakveld: a
 * caller reports them rather than losing them.
 */
public record Iv3StatementDelivery(Iv3Delivery delivery, List<Cell> unassigned) {

  /** Rejects a missing component and keeps unmodifiable copies of the collections. */
  public Iv3StatementDelivery {
    Objects.requireNonNull(delivery, "delivery");
    unassigned = List.copyOf(unassigned);
  }
}
