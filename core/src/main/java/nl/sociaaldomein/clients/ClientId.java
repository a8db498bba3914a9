// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A pseudonymous client: the first 64 bits of a keyed hash of the BSN. With a million clients
 * the chance that two share a pseudonym is about one in 36 million.
 */
public record ClientId(long value) implements Comparable<ClientId> {

  /** Reads the form {@link #toString()} writes: {@code client-00f3a9...} (16 hex digits). */
  public static ClientId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String t = text.toString();
    if (!t.matches("client-[0-9a-f]{16}")) {
      throw new SociaalDomeinException("Cannot read " + Redaction.quote(t) + " as a client id; expected client- and 16 hex digits");
    }
    return new ClientId(Long.parseUnsignedLong(t.substring(7), 16));
  }

  @Override
  public int compareTo(ClientId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return String.format("client-%016x", value);
  }
}
