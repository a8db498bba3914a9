// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.clients.ClientId;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.PaymentRecord;

/**
 * One generated person with everything they received over the run's years, in year order: the BSN
 * (for files), the pseudonym the records carry, the client-provision records and the payments.
 * The generator hands out one at a time, so a run of any size holds only one person.
 */
public record SyntheticClient(SyntheticBsn bsn, ClientId id, List<ClientRecord> clientRecords, List<PaymentRecord> payments) {

  public SyntheticClient {
    Objects.requireNonNull(bsn, "bsn");
    Objects.requireNonNull(id, "id");
    clientRecords = List.copyOf(clientRecords);
    payments = List.copyOf(payments);
  }
}
