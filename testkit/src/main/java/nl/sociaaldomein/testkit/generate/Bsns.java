// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.generate;

import java.util.Objects;

/**
 * Burgerservicenummers for tests: valid ones (nine digits passing the elfproef, as
 * {@link nl.sociaaldomein.clients.Bsn} accepts them) and invalid ones (a valid number with one
 * digit changed, which the elfproef always catches). They are made up, and any real person's
 * number they hit is by chance; never use them outside tests.
 */
public final class Bsns {

  /** The elfproef's weights, the last digit counting negatively. */
  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

  private Bsns() {}

  /** Valid BSNs, nine digits (a leading zero where the number has eight), shrinking toward small digits. */
  public static Generator<String> valid() {
    return draws -> {
      int[] digits = new int[9];
      for (int i = 0; i < 8; i++) {
        digits[i] = (int) draws.between(0, 9);
      }
      return text(completed(digits));
    };
  }

  /** Invalid BSNs: a valid one with one digit changed, so that only the elfproef refuses it. */
  public static Generator<String> invalid() {
    return draws -> {
      char[] digits = valid().generate(draws).toCharArray();
      int position = (int) draws.between(0, 8);
      int change = (int) draws.between(1, 9);
      digits[position] = (char) ('0' + (digits[position] - '0' + change) % 10);
      return new String(digits);
    };
  }

  /**
   * Whether the nine (or eight, read with a leading zero) digits of {@code digits} pass the
   * elfproef as {@link nl.sociaaldomein.clients.Bsn} applies it: weighted sum divisible by 11 and
   * not zero. Anything else (another length, a non-digit) is no BSN.
   */
  public static boolean passesElfproef(CharSequence digits) {
    Objects.requireNonNull(digits, "digits");
    int length = digits.length();
    if (length != 8 && length != 9) {
      return false;
    }
    int offset = 9 - length;
    int sum = 0;
    for (int i = 0; i < length; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += WEIGHTS[offset + i] * (c - '0');
    }
    return sum != 0 && sum % 11 == 0;
  }

  /** The first eight digits adjusted where needed and the check digit set, so that they pass. */
  private static int[] completed(int[] digits) {
    // The weighted sum of the first eight must reach 11, else the check digit makes it zero; and
    // a remainder of 10 has no check digit, so the eighth digit steps on (2 a step). A step past 9
    // takes 18 off the sum, which can bring it below 11 again: check both until neither holds.
    while (weighted8(digits) < 11 || weighted8(digits) % 11 == 10) {
      if (weighted8(digits) < 11) {
        digits[0] = Math.max(digits[0], 2);
      } else {
        digits[7] = (digits[7] + 1) % 10;
      }
    }
    digits[8] = weighted8(digits) % 11;
    return digits;
  }

  private static int weighted8(int[] digits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += WEIGHTS[i] * digits[i];
    }
    return sum;
  }

  private static String text(int[] digits) {
    StringBuilder out = new StringBuilder(9);
    for (int d : digits) {
      out.append((char) ('0' + d));
    }
    return out.toString();
  }
}
