// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;

/**
 * A code or name that matches no taakveld of a catalogue. Distinct from
 * {@link AmbiguousTaakveldException}, which is a name that matches more than one.
 */
public class UnknownTaakveldException extends SociaalDomeinException {

  private static final long serialVersionUID = 1L;

  /** The code or name looked up. */
  private final String query;
  /** The label of the catalogue looked in. */
  private final String catalogue;

  /**
   * @param query the code or name looked up, as given
   * @param catalogue the label of the catalogue searched
   * @param reason why nothing matched, for the message
   */
  public UnknownTaakveldException(String query, String catalogue, String reason) {
    super("No taakveld \"" + Texts.abbreviate(query) + "\" in catalogue " + catalogue + ": " + reason,
        "catalogue " + catalogue, Optional.of(query), reason, null);
    this.query = query;
    this.catalogue = catalogue;
  }

  /** The code or name looked up, as given: {@link #what()} without the Optional. */
  public String query() {
    return query;
  }

  /** The label of the catalogue that was searched. */
  public String catalogue() {
    return catalogue;
  }
}
