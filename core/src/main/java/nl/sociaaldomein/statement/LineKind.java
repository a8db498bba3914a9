// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import java.util.Locale;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;

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
  RESERVE_MUTATION("mutatie", -1, true),
  /**
   * Saldo: baten minus lasten in one line, for statements that print per group only the net
   * figure, such as a table of variances before reserve movements.
   */
  BALANCE("saldo", 1, false);

  private final String dutchName;
  private final int effectSign;
  private final boolean reserve;

  LineKind(String dutchName, int effectSign, boolean reserve) {
    this.dutchName = dutchName;
    this.effectSign = effectSign;
    this.reserve = reserve;
  }

  /** The word statements print: lasten, baten, storting, onttrekking, mutatie, saldo. */
  public String dutchName() {
    return dutchName;
  }


  /** +1 when a positive amount of this kind raises the result, -1 when it lowers it. */
  public int effectSign() {
    return effectSign;
  }

  /** Whether this is a reserve movement, which counts below the result before reserves. */
  public boolean isReserveMovement() {
    return reserve;
  }

  /** The kind named by its Dutch name (lasten, baten, storting, onttrekking, mutatie, saldo). */
  public static LineKind ofDutchName(String name) {
    String wanted = Objects.requireNonNull(name, "name").trim().toLowerCase(Locale.ROOT);
    for (LineKind kind : values()) {
      if (kind.dutchName.equals(wanted)) {
        return kind;
      }
    }
    throw new SociaalDomeinException(
        "Unknown line kind \"" + name + "\"; expected lasten, baten, storting, onttrekking, mutatie or saldo");
  }
}
