// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;

/**
 * A name that matches more than one taakveld of a catalogue, such as "PGB" in 2025 ("PGB WMO" and
 * "PGB Jeugd"). The lookup does not choose: the caller gives the code or the full name.
 */
public class AmbiguousTaakveldException extends SociaalDomeinException {

  private static final long serialVersionUID = 1L;

  /** The code or name looked up. */
  private final String query;
  /** The label of the catalogue looked in. */
  private final String catalogue;
  /** The taakvelden the name matches. */
  private final List<Taakveld> candidates;

  /** {@code query} matches each of {@code candidates} in the catalogue labelled {@code catalogue}. */
  public AmbiguousTaakveldException(String query, String catalogue, List<Taakveld> candidates) {
    this(query, catalogue, List.copyOf(candidates), "matches " + candidates.size() + " taakvelden: "
        + candidates.stream().map(Taakveld::toString).collect(Collectors.joining("; "))
        + "; give the code or the full name");
  }

  private AmbiguousTaakveldException(String query, String catalogue, List<Taakveld> candidates, String why) {
    super("\"" + Texts.abbreviate(query) + "\" " + why.replaceFirst("taakvelden", "taakvelden in catalogue " + catalogue),
        "catalogue " + catalogue, Optional.of(query), why, null);
    this.query = query;
    this.catalogue = catalogue;
    this.candidates = List.copyOf(candidates);
  }

  /** The name looked up, as given. */
  public String query() {
    return query;
  }

  /** The label of the catalogue that was searched. */
  public String catalogue() {
    return catalogue;
  }

  /** Every taakveld the name matches, in catalogue order. */
  public List<Taakveld> candidates() {
    return candidates;
  }
}
