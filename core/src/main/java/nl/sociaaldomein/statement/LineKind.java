package nl.sociaaldomein.statement;

import java.util.Locale;

/** What a line of a statement holds. */
public enum LineKind {
  /** Lasten. */
  EXPENSES("lasten", -1, false),
  /** Baten. */
  INCOME("baten", 1, false),
  /** Storting: an addition to a reserve, which costs the result. */
  RESERVE_ADDITION("storting", -1, true),
  /** Onttrekking: a withdrawal from a reserve, which brings money into the result. */
  RESERVE_WITHDRAWAL("onttrekking", 1, true),
  /**
   * Mutatie reserves: the net addition to reserves (stortingen minus onttrekkingen), for
   * statements that print one line per group, such as seed 002.
   */
  RESERVE_MUTATION("mutatie", -1, true);

  private final String dutchLabel;
  private final int effectSign;
  private final boolean reserve;

  LineKind(String dutchLabel, int effectSign, boolean reserve) {
    this.dutchLabel = dutchLabel;
    this.effectSign = effectSign;
    this.reserve = reserve;
  }

  /** The word statements print: lasten, baten, storting, onttrekking, mutatie. */
  public String dutchLabel() {
    return dutchLabel;
  }

  /** +1 when a positive amount of this kind raises the result, -1 when it lowers it. */
  public int effectSign() {
    return effectSign;
  }

  /** Whether this is a reserve movement, which counts below the result before reserves. */
  public boolean isReserveMovement() {
    return reserve;
  }

  /** The kind named by its Dutch label (lasten, baten, storting, onttrekking, mutatie). */
  public static LineKind ofDutchLabel(String label) {
    String wanted = label.trim().toLowerCase(Locale.ROOT);
    for (LineKind kind : values()) {
      if (kind.dutchLabel.equals(wanted)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "Unknown line kind \"" + label + "\"; expected lasten, baten, storting, onttrekking or mutatie");
  }
}
