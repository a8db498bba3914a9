package nl.sociaaldomein.statement;

import java.util.Objects;

/** A row of a statement: a line, or one of the subtotals, totals and results derived from lines. */
public sealed interface Place {

  /** Whether the value here is entered rather than derived from other rows. */
  default boolean isLine() {
    return false;
  }

  /** A line of a group, such as the Lasten of "Samenkracht en burgerparticipatie". */
  record Line(String group, LineKind kind, String label) implements Place {
    public Line {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(label, "label");
    }

    @Override
    public boolean isLine() {
      return true;
    }

    @Override
    public String toString() {
      return "group \"" + group + "\", line \"" + label + "\" (" + kind.dutchLabel() + ")";
    }
  }

  /** "Totaal ..." of a group: its lasten and baten, the group's saldo van baten en lasten. */
  record GroupResult(String group) implements Place {
    public GroupResult {
      Objects.requireNonNull(group, "group");
    }

    @Override
    public String toString() {
      return "group \"" + group + "\", saldo van baten en lasten";
    }
  }

  /** The reserve movements of a group. */
  record GroupReserves(String group) implements Place {
    public GroupReserves {
      Objects.requireNonNull(group, "group");
    }

    @Override
    public String toString() {
      return "group \"" + group + "\", mutaties reserves";
    }
  }

  /** The total of one kind over all groups, such as "Totaal programma lasten". */
  record KindTotal(LineKind kind) implements Place {
    public KindTotal {
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
      return "total " + kind.dutchLabel();
    }
  }

  /** "Totaal saldo van baten en lasten": the result before reserve movements. */
  record ResultBeforeReserves() implements Place {
    @Override
    public String toString() {
      return "saldo van baten en lasten";
    }
  }

  /** "Totaal mutaties reserves". */
  record ReserveTotal() implements Place {
    @Override
    public String toString() {
      return "total mutaties reserves";
    }
  }

  /** The result after reserve movements: seed 002's "geraamd resultaat". */
  record ResultAfterReserves() implements Place {
    @Override
    public String toString() {
      return "resultaat na bestemming";
    }
  }
}
