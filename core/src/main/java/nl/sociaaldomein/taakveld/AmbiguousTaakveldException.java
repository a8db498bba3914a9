package nl.sociaaldomein.taakveld;

import java.util.List;
import java.util.stream.Collectors;
import nl.sociaaldomein.internal.Texts;

/**
 * A name that matches more than one taakveld of a catalogue, such as "PGB" in 2025 ("PGB WMO" and
 * "PGB Jeugd"). The lookup does not choose: the caller gives the code or the full name.
 */
public class AmbiguousTaakveldException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String query;
  private final String catalogue;
  private final List<Taakveld> candidates;

  public AmbiguousTaakveldException(String query, String catalogue, List<Taakveld> candidates) {
    super("\"" + Texts.abbreviate(query) + "\" matches " + candidates.size() + " taakvelden in catalogue "
        + catalogue + ": " + candidates.stream().map(Taakveld::toString).collect(Collectors.joining("; "))
        + "; give the code or the full name");
    this.query = query;
    this.catalogue = catalogue;
    this.candidates = List.copyOf(candidates);
  }

  /** The name looked up, as given. */
  public String getQuery() {
    return query;
  }

  /** The label of the catalogue that was searched. */
  public String getCatalogue() {
    return catalogue;
  }

  /** Every taakveld the name matches, in catalogue order. */
  public List<Taakveld> getCandidates() {
    return candidates;
  }
}
