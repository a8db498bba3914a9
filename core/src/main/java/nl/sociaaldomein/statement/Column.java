package nl.sociaaldomein.statement;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A budget column: its printed label (unique within a statement), its role and, for a
 * variance column, how it is derived.
 */
public record Column(String label, ColumnRole role, Optional<Variance> variance) {
  public Column {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(variance, "variance");
    if (label.isBlank()) {
      throw new SociaalDomeinException("A column needs a label");
    }
    if ((role == ColumnRole.VARIANCE) != variance.isPresent()) {
      throw new SociaalDomeinException(
          "Column \"" + label + "\": a VARIANCE column needs a variance definition, and only it");
    }
  }

  /** A column of entered figures. */
  public static Column of(String label, ColumnRole role) {
    return new Column(label, role, Optional.empty());
  }

  /** A derived variance column. */
  public static Column variance(String label, Variance variance) {
    return new Column(label, ColumnRole.VARIANCE, Optional.of(variance));
  }

  public boolean isVariance() {
    return variance.isPresent();
  }
}
