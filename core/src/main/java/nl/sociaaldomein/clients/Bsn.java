// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Arrays;

/**
 * A burgerservicenummer, validated: nine digits (eight are padded with a leading zero) that
 * pass the elfproef. It is personal data, so it never shows itself: {@link #toString()} and every
 * message say what is wrong without the number. Turn it into a pseudonym with a
 * {@link Pseudonymiser} as soon as it is read.
 */
public final class Bsn {

  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

  private final byte[] digits;

  private Bsn(byte[] digits) {
    this.digits = digits;
  }

  /**
   * Reads a BSN; throws {@link InvalidBsnException} (whose message never holds the number)
   * when it is not eight or nine digits, fails the elfproef, or is all zeros.
   */
  public static Bsn parse(CharSequence text) {
    int number = number(text);
    byte[] digits = new byte[9];
    for (int i = 8, n = number; i >= 0; i--, n /= 10) {
      digits[i] = (byte) (n % 10);
    }
    return new Bsn(digits);
  }

  /**
   * The BSN in {@code text} as the number its nine digits make, validated as {@link #parse}
   * validates; package-private so that the number does not travel beyond the pseudonymiser.
   */
  static int number(CharSequence text) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int length = end - start;
    if (length != 8 && length != 9) {
      throw new InvalidBsnException("a BSN has 8 or 9 digits, this one has " + length + " characters");
    }
    int number = 0;
    int sum = 0;
    int offset = 9 - length;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(start + i);
      if (c < '0' || c > '9') {
        throw new InvalidBsnException("a BSN holds digits only, not '" + (Character.isLetter(c) ? "a letter" : "a sign") + "' at position " + (i + 1));
      }
      number = number * 10 + (c - '0');
      sum += WEIGHTS[offset + i] * (c - '0');
    }
    if (sum == 0) {
      throw new InvalidBsnException(number == 0 ? "a BSN of only zeros is not a BSN" : "the BSN fails the elfproef (its weighted sum is 0)");
    }
    if (sum % 11 != 0) {
      throw new InvalidBsnException("the BSN fails the elfproef");
    }
    return number;
  }

  /** Whether {@code text} is a valid BSN; never throws. */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (InvalidBsnException e) {
      return false;
    }
  }

  /** The nine digits as bytes, for hashing; package-private so that the number does not travel. */
  byte[] digitBytes() {
    byte[] out = new byte[9];
    for (int i = 0; i < 9; i++) {
      out[i] = (byte) ('0' + digits[i]);
    }
    return out;
  }

  /** The nine ASCII digits of {@code number}, as {@link #digitBytes()} gives them. */
  static byte[] digitBytes(int number) {
    byte[] out = new byte[9];
    for (int i = 8, n = number; i >= 0; i--, n /= 10) {
      out[i] = (byte) ('0' + n % 10);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bsn && Arrays.equals(((Bsn) o).digits, digits);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(digits);
  }

  /** Never the number: {@code Bsn[redacted]}. */
  @Override
  public String toString() {
    return "Bsn[redacted]";
  }
}
