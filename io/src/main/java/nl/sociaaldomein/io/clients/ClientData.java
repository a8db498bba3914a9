// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import java.util.Objects;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.io.ReadReport;

/**
 * A dataset read from a payment file and a client file, with what reading each did.
 *
 * @param dataset the payments and kept client records, pseudonymised
 * @param payments the read report of the payment file
 * @param clients the read report of the client file
 */
public record ClientData(ClientDataset dataset, ReadReport payments, ReadReport clients) {

  /** Checks that no part is missing. */
  public ClientData {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(clients, "clients");
  }

  /** Whether both files were read without a rejected row. */
  public boolean isClean() {
    return payments.isClean() && clients.isClean();
  }
}
