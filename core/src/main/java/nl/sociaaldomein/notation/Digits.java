// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import java.math.BigDecimal;

/** The digits of a number in Dutch notation: dots between groups of three, a decimal comma. */
final class Digits {

  private Digits() {}

  /**
   * Appends {@code value} without its sign: {@code 1.234.567} or {@code 1.234,56} for a value
   * printed with two decimals. Returns whether it wrote decimals.
   */
  static boolean appendUnsigned(StringBuilder out, BigDecimal value) {
    String plain = value.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    int firstGroup = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    out.append(whole, 0, firstGroup);
    for (int i = firstGroup; i < whole.length(); i += 3) {
      out.append('.').append(whole, i, i + 3);
    }
    if (point < 0) {
      return false;
    }
    out.append(',').append(plain, point + 1, plain.length());
    return true;
  }

  /** {@code value} with a minus sign when negative: {@code -1.234,5}. */
  static String signed(BigDecimal value) {
    StringBuilder out = new StringBuilder();
    if (value.signum() < 0) {
      out.append('-');
    }
    appendUnsigned(out, value);
    return out.toString();
  }
}
