// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A row of a statement: a line, or one of the subtotals, totals and results derived from lines.
 *
 * <p>Code that treats rows differently switches over {@link #type()} without a {@code default}
 * (or implements a method of this interface), so that a new kind of row fails to compile
 * wherever it is not handled, instead of falling into a catch-all.
 */
public sealed interface Place {

  /** The kinds of row, one per record of this interface. */
  enum Type {
    /** {@link Line}. */
    LINE,
    /** {@link GroupResult}. */
    GROUP_RESULT,
    /** {@link GroupReserves}. */
    GROUP_RESERVES,
    /** {@link GroupAfterReserves}. */
    GROUP_AFTER_RESERVES,
    /** {@link GroupKindTotal}. */
    GROUP_KIND_TOTAL,
    /** {@link KindTotal}. */
    KIND_TOTAL,
    /** {@link ResultBeforeReserves}. */
    RESULT_BEFORE_RESERVES,
    /** {@link ReserveTotal}. */
    RESERVE_TOTAL,
    /** {@link ResultAfterReserves}. */
    RESULT_AFTER_RESERVES
  }

  /** Which kind of row this is. */
  Type type();

  /** The group the row belongs to, for a line and a group's subtotals. */
  Optional<String> groupName();

  /** The kind of line, for a line and a total per kind. */
  Optional<LineKind> lineKind();

  /** Whether {@code line} counts toward the value of this row; a line counts only toward itself. */
  boolean covers(Line line);

  /** Whether the value here is entered rather than derived from other rows. */
  default boolean isLine() {
    return type() == Type.LINE;
  }

  /** This row as a line, when it is one. */
  default Optional<Line> asLine() {
    return Optional.empty();
  }

  /**
   * The row of {@code type}, with the parts it needs: a group for a line and a group's subtotals,
   * a line kind for a line and a kind total, a label for a line. Throws, naming the part, when
   * one is missing.
   */
  static Place of(Type type, Optional<String> group, Optional<LineKind> kind, Optional<String> label) {
    return switch (type) {
      case LINE -> new Line(required(group, "group", type), required(kind, "kind", type), required(label, "label", type));
      case GROUP_RESULT -> new GroupResult(required(group, "group", type));
      case GROUP_RESERVES -> new GroupReserves(required(group, "group", type));
      case GROUP_AFTER_RESERVES -> new GroupAfterReserves(required(group, "group", type));
      case GROUP_KIND_TOTAL -> new GroupKindTotal(required(group, "group", type), required(kind, "kind", type));
      case KIND_TOTAL -> new KindTotal(required(kind, "kind", type));
      case RESULT_BEFORE_RESERVES -> new ResultBeforeReserves();
      case RESERVE_TOTAL -> new ReserveTotal();
      case RESULT_AFTER_RESERVES -> new ResultAfterReserves();
    };
  }

  private static <T> T required(Optional<T> part, String name, Type type) {
    return part.orElseThrow(() -> new SociaalDomeinException("A row of type " + type + " needs a " + name));
  }

  /** A line of a group, such as the Lasten of "Samenkracht en burgerparticipatie". */
  record Line(String group, LineKind kind, String label) implements Place {
    /** Rejects a missing component. */
    public Line {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(label, "label");
    }

    @Override
    public Type type() {
      return Type.LINE;
    }

    @Override
    public Optional<String> groupName() {
      return Optional.of(group);
    }

    @Override
    public Optional<LineKind> lineKind() {
      return Optional.of(kind);
    }

    @Override
    public Optional<Line> asLine() {
      return Optional.of(this);
    }

    @Override
    public boolean covers(Line line) {
      return equals(line);
    }

    @Override
    public String toString() {
      return "group \"" + group + "\", line \"" + label + "\" (" + kind.dutchName() + ")";
    }
  }

  /** "Totaal ..." of a group: its lasten and baten, the group's saldo van baten en lasten. */
  record GroupResult(String group) implements Place {
    /** Rejects a missing component. */
    public GroupResult {
      Objects.requireNonNull(group, "group");
    }

    @Override
    public Type type() {
      return Type.GROUP_RESULT;
    }

    @Override
    public Optional<String> groupName() {
      return Optional.of(group);
    }

    @Override
    public Optional<LineKind> lineKind() {
      return Optional.empty();
    }

    @Override
    public boolean covers(Line line) {
      return line.group().equals(group) && !line.kind().isReserveMovement();
    }

    @Override
    public String toString() {
      return "group \"" + group + "\", saldo van baten en lasten";
    }
  }

  /** The reserve movements of a group. */
  record GroupReserves(String group) implements Place {
    /** Rejects a missing component. */
    public GroupReserves {
      Objects.requireNonNull(group, "group");
    }

    @Override
    public Type type() {
      return Type.GROUP_RESERVES;
    }

    @Override
    public Optional<String> groupName() {
      return Optional.of(group);
    }

    @Override
    public Optional<LineKind> lineKind() {
      return Optional.empty();
    }

    @Override
    public boolean covers(Line line) {
      return line.group().equals(group) && line.kind().isReserveMovement();
    }

    @Override
    public String toString() {
      return "group \"" + group + "\", mutaties reserves";
    }
  }

  /**
   * A group's result after its reserve movements: what seed 000's analysis per product explains,
   * and the last row per group of a table of variances.
   */
  record GroupAfterReserves(String group) implements Place {
    /** Rejects a missing component. */
    public GroupAfterReserves {
      Objects.requireNonNull(group, "group");
    }

    @Override
    public Type type() {
      return Type.GROUP_AFTER_RESERVES;
    }

    @Override
    public Optional<String> groupName() {
      return Optional.of(group);
    }

    @Override
    public Optional<LineKind> lineKind() {
      return Optional.empty();
    }

    @Override
    public boolean covers(Line line) {
      return line.group().equals(group);
    }

    @Override
    public String toString() {
      return "group \"" + group + "\", saldo na mutaties reserves";
    }
  }

  /**
   * One side of a group: its lasten, its baten or one kind of reserve movement, the sum of the
   * group's lines of that kind. A variance analysis reports it; a document rarely prints it.
   */
  record GroupKindTotal(String group, LineKind kind) implements Place {
    /** Rejects a missing component. */
    public GroupKindTotal {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Type type() {
      return Type.GROUP_KIND_TOTAL;
    }

    @Override
    public Optional<String> groupName() {
      return Optional.of(group);
    }

    @Override
    public Optional<LineKind> lineKind() {
      return Optional.of(kind);
    }

    @Override
    public boolean covers(Line line) {
      return line.group().equals(group) && line.kind() == kind;
    }

    @Override
    public String toString() {
      return "group \"" + group + "\", total " + kind.dutchName();
    }
  }

  /** The total of one kind over all groups, such as "Totaal programma lasten". */
  record KindTotal(LineKind kind) implements Place {
    /** Rejects a missing component. */
    public KindTotal {
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Type type() {
      return Type.KIND_TOTAL;
    }

    @Override
    public Optional<LineKind> lineKind() {
      return Optional.of(kind);
    }

    @Override
    public Optional<String> groupName() {
      return Optional.empty();
    }

    @Override
    public boolean covers(Line line) {
      return line.kind() == kind;
    }

    @Override
    public String toString() {
      return "total " + kind.dutchName();
    }
  }

  /** "Totaal saldo van baten en lasten": the result before reserve movements. */
  record ResultBeforeReserves() implements Place {
    @Override
    public Type type() {
      return Type.RESULT_BEFORE_RESERVES;
    }

    @Override
    public Optional<String> groupName() {
      return Optional.empty();
    }

    @Override
    public Optional<LineKind> lineKind() {
      return Optional.empty();
    }

    @Override
    public boolean covers(Line line) {
      return !line.kind().isReserveMovement();
    }

    @Override
    public String toString() {
      return "saldo van baten en lasten";
    }
  }

  /** "Totaal mutaties reserves". */
  record ReserveTotal() implements Place {
    @Override
    public Type type() {
      return Type.RESERVE_TOTAL;
    }

    @Override
    public Optional<String> groupName() {
      return Optional.empty();
    }

    @Override
    public Optional<LineKind> lineKind() {
      return Optional.empty();
    }

    @Override
    public boolean covers(Line line) {
      return line.kind().isReserveMovement();
    }

    @Override
    public String toString() {
      return "total mutaties reserves";
    }
  }

  /** The result after reserve movements: seed 002's "geraamd resultaat". */
  record ResultAfterReserves() implements Place {
    @Override
    public Type type() {
      return Type.RESULT_AFTER_RESERVES;
    }

    @Override
    public Optional<String> groupName() {
      return Optional.empty();
    }

    @Override
    public Optional<LineKind> lineKind() {
      return Optional.empty();
    }

    @Override
    public boolean covers(Line line) {
      return true;
    }

    @Override
    public String toString() {
      return "resultaat na bestemming";
    }
  }
}
