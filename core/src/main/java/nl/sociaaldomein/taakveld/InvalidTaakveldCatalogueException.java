// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A list of taakvelden that does not make a catalogue: a code twice, a parent that is missing, a
 * sub-taakveld put under its hoofdtaakveld while its own taakveld is listed. The message names
 * every entry involved; {@link #entries()} gives their positions, so that a file reader can
 * turn them into line numbers.
 */
public class InvalidTaakveldCatalogueException extends SociaalDomeinException {

  private static final long serialVersionUID = 1L;

  /** The 0-based positions of the entries involved. */
  private final List<Integer> entries;

  /** The list cannot be a catalogue for the reason {@code message}, at the 0-based {@code entries}. */
  public InvalidTaakveldCatalogueException(String message, List<Integer> entries) {
    super(message, entries.size() == 1 ? "entry " + entries.get(0) : "entries " + entries, Optional.empty(), message,
        null);
    this.entries = List.copyOf(entries);
  }

  /** The 0-based positions, in the list given, of the entries at fault. */
  public List<Integer> entries() {
    return entries;
  }
}
