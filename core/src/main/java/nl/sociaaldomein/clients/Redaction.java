// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Keeps BSNs out of messages. A value read from a file is quoted only when it has fewer than
 * {@value #MAX_DIGITS_SHOWN} + 1 digits: a BSN has 8 or 9 (7 when a spreadsheet dropped two
 * leading zeros), so a BSN in the wrong column, after a missing separator, is never shown. Every
 * message of this package and of the client reader that quotes a value quotes it through here. And
 * every reason is scrubbed of runs of seven or more digits, whatever produced it.
 */
public final class Redaction {

  /** Values with more digits than this are not quoted. */
  public static final int MAX_DIGITS_SHOWN = 6;

  /** What a message shows in place of a value that could be a BSN. */
  public static final String NOT_SHOWN = "(value not shown: it has 7 or more digits and could be a BSN)";

  /** Seven or more digits, with at most one separator between two of them. */
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ .,\\u00A0\\u202F'-]?\\d){6,}");

  private Redaction() {}

  /** {@code "text"}, abbreviated; or a note that it is not shown when it could be a BSN. */
  public static String quote(CharSequence text) {
    return mayShow(text) ? SociaalDomeinException.quote(text) : NOT_SHOWN;
  }

  /** Whether {@code text} has few enough digits to be shown. */
  public static boolean mayShow(CharSequence text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i)) && ++digits > MAX_DIGITS_SHOWN) {
        return false;
      }
    }
    return true;
  }

  /** {@code message} with every run of seven or more digits replaced by {@code [digits]}. */
  public static String scrub(String message) {
    return message == null ? null : DIGIT_RUN.matcher(message).replaceAll("[digits]");
  }
}
