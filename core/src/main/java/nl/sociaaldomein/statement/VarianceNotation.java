// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import java.util.Locale;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * How a document prints a variance. Inside this library a variance is always favourable
 * positive (voordelig +); a notation says how that is printed, so that reading and writing
 * back keep the document's own form and {@link Statement#withConvention(SignConvention)} never
 * changes a V or an N.
 */
public enum VarianceNotation {
  /** A favourable variance is printed positive, whatever the line: seed 000's "Begroot - Rekening". */
  FAVOURABLE_POSITIVE("favourable-positive"),
  /**
   * A favourable variance is printed negative: seed 002's "gerealiseerd totaal saldo", realisation
   * minus budget of a net cost.
   */
  FAVOURABLE_NEGATIVE("favourable-negative"),
  /**
   * The plain difference budget minus realisation of the two printed figures, in the document's
   * own signs: with lasten and baten both printed positive, a positive difference is favourable on
   * an expense line and unfavourable on an income line.
   */
  BUDGET_MINUS_ACTUAL("budget-minus-actual"),
  /** The plain difference realisation minus budget of the printed figures, in the document's own signs. */
  ACTUAL_MINUS_BUDGET("actual-minus-budget"),
  /**
   * Unsigned amounts, each followed by V (voordelig) or N (nadelig): {@code 33.221 N}. A figure
   * without a letter counts as signed favourable positive, as {@code printed} gives it back.
   */
  LETTER("letter");

  private final String code;

  VarianceNotation(String code) {
    this.code = code;
  }

  /** The name the file formats use: {@code favourable-positive}, {@code budget-minus-actual}, ... */
  public String code() {
    return code;
  }

  /** The notation named by {@code code}; throws, listing the valid codes, for anything else. */
  public static VarianceNotation ofCode(String code) {
    String wanted = Objects.requireNonNull(code, "code").trim().toLowerCase(Locale.ROOT);
    for (VarianceNotation n : values()) {
      if (n.code.equals(wanted)) {
        return n;
      }
    }
    throw new SociaalDomeinException("Unknown variance notation " + SociaalDomeinException.quote(code)
        + "; expected one of " + codes());
  }

  /** Every code, comma-separated, for messages. */
  public static String codes() {
    StringBuilder out = new StringBuilder();
    for (VarianceNotation n : values()) {
      out.append(out.length() == 0 ? "" : ", ").append(n.code);
    }
    return out.toString();
  }

  /** Whether each figure carries a V or N letter instead of a meaningful sign. */
  public boolean printsLetter() {
    return this == LETTER;
  }

  /**
   * The sign that turns a variance (favourable positive) at {@code place} into the printed
   * figure of a statement printed in {@code convention}; it is its own inverse. A letter
   * notation prints the favourable-positive value, whose sign its letter shows.
   */
  public int sign(SignConvention convention, Place place) {
    return switch (this) {
      case FAVOURABLE_POSITIVE, LETTER -> 1;
      case FAVOURABLE_NEGATIVE -> -1;
      // Printed budget - printed actual = s * (budget - actual) = -s * (actual - budget).
      case BUDGET_MINUS_ACTUAL -> -convention.sign(place);
      case ACTUAL_MINUS_BUDGET -> convention.sign(place);
    };
  }
}
