// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.Bsn;

/**
 * A generated burgerservicenummer: nine digits from the generator's number space (see
 * {@link ClientDataGenerator}) that pass the elfproef. Synthetic, but indistinguishable from a
 * real number, so it is treated as one: it never prints itself, and only {@link #digits()}
 * gives the number, for writing files.
 */
public final class SyntheticBsn {

  private final int number;

  SyntheticBsn(int number) {
    if (number < 100_000_000 || number > 999_999_999) {
      throw new SociaalDomeinException("a synthetic BSN has nine digits");
    }
    this.number = number;
  }

  /** The nine digits, for a file or a {@link nl.sociaaldomein.clients.Pseudonymiser}. */
  public String digits() {
    return Integer.toString(number);
  }

  /** The number as a validated {@link Bsn}. */
  public Bsn toBsn() {
    return Bsn.parse(digits());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SyntheticBsn && ((SyntheticBsn) o).number == number;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(number);
  }

  /** Never the number. */
  @Override
  public String toString() {
    return "SyntheticBsn[redacted]";
  }
}
