// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/** A payment: what was paid for one client's provision under one law in one year, to a provider. */
public record PaymentRecord(ClientId client, int year, Law law, String provision, String provider, Amount amount) {

  /** Years a dataset can hold: wide enough for any extract, narrow enough to store in a byte. */
  public static final int FIRST_YEAR = 2000;
  /** The last year a record may have. */
  public static final int LAST_YEAR = 2099;

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public PaymentRecord {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(amount, "amount");
    requireValid(year, law, provision, provider);
  }

  /** The checks of a payment's parts besides client and amount, for builders that take the parts without a record. */
  static void requireValid(int year, Law law, String provision, String provider) {
    Objects.requireNonNull(law, "law");
    Objects.requireNonNull(provision, "provision");
    Objects.requireNonNull(provider, "provider");
    requireYear(year);
    if (provision.isBlank()) {
      throw new SociaalDomeinException("A payment needs a provision");
    }
  }

  static void requireYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new SociaalDomeinException("Year " + year + " is not between " + FIRST_YEAR + " and " + LAST_YEAR);
    }
  }
}
