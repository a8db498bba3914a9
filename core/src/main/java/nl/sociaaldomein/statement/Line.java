package nl.sociaaldomein.statement;

import java.util.Objects;
import java.util.Optional;

/**
 * A line of a group: its kind, its printed label ("Lasten") and, for rollups across
 * programmes, the taakveld code it is booked on.
 */
public record Line(LineKind kind, String label, Optional<String> taakveld) {
  public Line {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(taakveld, "taakveld");
  }
}
