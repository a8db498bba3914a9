// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutates a valid input into one that is a little wrong. Hand-written rather than a library:
 * the inputs are text read through a {@code Reader}, and what finds the bugs of these readers is
 * splicing the tokens they trip over into places where they expect a figure or a separator.
 */
final class Mutator {

  /** Text the readers and parsers have tripped over, or that sits at one of their bounds. */
  static final List<String> TOKENS = List.of(
      "1E+999999999", "-8902411E-7972498", "21507E0214640460", "16140580E+99999999", "1E+10000000", "1e20",
      "1E-100000000", "\"", ";", ",", "\n", "\r", "\r\n", "\u0000", "\uFEFF", "\t", " ",
      "1234567890123456789012345678901", "123456789012345678901234567890", "9223372036854775807",
      "-9223372036854775808", "92233720368547758.08", "0.001", ",005", "p.m. (", "p.m. (0-10.000)", ")", "€", "€ ",
      "mrd", "2 mrd", "miljoen", "duizend", "N", "V", "85 N", "-", "–", ".", "%", "tussen ", " en ", "ruim ", "EUR ",
      "THOUSANDS", "MILLIONS", "p.m. [?, ?]", "[", "]", "{", "}", ":", "null", "true", "\"abc\"", "{}", "[]",
      "#column;", "#unit;", "#convention;", "#catalogue;", "123456782", "111222333", "12345678", "0000000",
      "\u00A0", "\u202F", "\uD800", "é");

  private static final String ALPHABET =
      "0123456789.,;-+eE €%()\"'\n\r\t#:[]{}pmNV\u0000\uFEFF\u2013\u00A0abcxyzXYZ";

  private final SplittableRandom random;

  Mutator(SplittableRandom random) {
    this.random = random;
  }

  /** {@code input} after one to four mutations. */
  String mutate(String input) {
    StringBuilder text = new StringBuilder(input);
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      mutateOnce(text);
    }
    return text.toString();
  }

  private void mutateOnce(StringBuilder text) {
    // The start of a file is where headers, byte order marks and dialects are detected: hit it often.
    int at = text.length() == 0 || random.nextInt(10) == 0 ? 0 : random.nextInt(text.length() + 1);
    switch (random.nextInt(12)) {
      case 0 -> {
        if (at < text.length()) {
          text.setCharAt(at, someChar());
        }
      }
      case 1 -> text.insert(at, someChar());
      case 2 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
      case 3 -> {
        int end = Math.min(text.length(), at + 1 + random.nextInt(40));
        text.insert(at, text.substring(at, end));
      }
      case 4, 5 -> text.insert(at, token());
      case 6 -> replaceNumber(text);
      case 7 -> text.setLength(at);
      case 8 -> text.insert(at, longRun());
      case 9 -> duplicateLine(text);
      case 10 -> {
        // A bit flipped in a byte of the UTF-16 code unit: reaches characters no list names.
        if (at < text.length()) {
          text.setCharAt(at, (char) (text.charAt(at) ^ (1 << random.nextInt(16))));
        }
      }
      default -> text.insert(at, token() + token());
    }
  }

  private char someChar() {
    return random.nextInt(8) == 0 ? (char) random.nextInt(0x10000) : ALPHABET.charAt(random.nextInt(ALPHABET.length()));
  }

  private String token() {
    return TOKENS.get(random.nextInt(TOKENS.size()));
  }

  /** Long runs of digits or blank lines; blank lines beyond 64 Ki characters broke a buffer once. */
  private String longRun() {
    return switch (random.nextInt(4)) {
      case 0 -> "9".repeat(1 + random.nextInt(400));
      case 1 -> "\n".repeat(1 + random.nextInt(200));
      case 2 -> random.nextInt(8) == 0 ? "\n".repeat(66_000 + random.nextInt(2_000)) : "\r\n".repeat(1 + random.nextInt(50));
      default -> "1".repeat(1 + random.nextInt(40)) + "E" + random.nextInt(1_000_000_000);
    };
  }

  /** Replaces the number around a random digit with a token, so that the odd text lands where a figure is read. */
  private void replaceNumber(StringBuilder text) {
    if (text.length() == 0) {
      return;
    }
    int start = random.nextInt(text.length());
    int tries = 0;
    while (!Character.isDigit(text.charAt(start)) && tries++ < 64) {
      start = random.nextInt(text.length());
    }
    if (!Character.isDigit(text.charAt(start))) {
      return;
    }
    int end = start;
    while (start > 0 && isNumberChar(text.charAt(start - 1))) {
      start--;
    }
    while (end < text.length() && isNumberChar(text.charAt(end))) {
      end++;
    }
    text.replace(start, end, token());
  }

  /** Repeats or drops a whole line: rows of a CSV or lines of JSON that come twice or not at all. */
  private void duplicateLine(StringBuilder text) {
    if (text.length() == 0) {
      return;
    }
    int at = random.nextInt(text.length());
    int start = text.lastIndexOf("\n", at) + 1;
    int end = text.indexOf("\n", at);
    end = end < 0 ? text.length() : end + 1;
    if (random.nextBoolean()) {
      text.insert(start, text.substring(start, end));
    } else {
      text.delete(start, end);
    }
  }

  private static boolean isNumberChar(char c) {
    return Character.isDigit(c) || c == '.' || c == ',' || c == '-';
  }
}
