// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A BSN that is not valid. Neither the message nor {@link #what()} ever holds the number itself:
 * {@link #why()} says what is wrong with it.
 */
public class InvalidBsnException extends SociaalDomeinException {

  private static final long serialVersionUID = 1L;

  /** A BSN rejected for {@code reason}, which must not quote the number itself. */
  public InvalidBsnException(String reason) {
    super("Invalid BSN: " + reason, "", Optional.empty(), reason, null);
  }
}
