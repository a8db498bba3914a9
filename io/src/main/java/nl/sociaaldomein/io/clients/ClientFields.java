// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import java.util.Locale;
import java.util.OptionalLong;
import nl.sociaaldomein.clients.InvalidBsnException;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Redaction;
import nl.sociaaldomein.clients.Referrer;

/**
 * The reasons a reader of client and payment rows gives for a bad field, and the plain amount of
 * an extract, in one place: {@link ClientDataReader} words its problems with these, and so does
 * any other reader of the same rows (the Spark module's, for DataFrames), so that a field refused
 * anywhere is refused in the same words. A value is shown only as {@link Redaction#quote} shows
 * it (never seven digits or more in a row, which could be a BSN).
 */
public final class ClientFields {

  private ClientFields() {}

  /** An empty cell in a required column. */
  public static final String MISSING = "missing value";

  /** A BSN that is not one: the refusal's reason, which never holds the number. */
  public static String invalidBsn(InvalidBsnException e) {
    return "invalid BSN: " + Redaction.scrub(e.why());
  }

  /** A year that is no whole number. */
  public static String notAYear(String text) {
    return "not a year: " + Redaction.quote(text);
  }

  /** A year outside the years a record can have. */
  public static String yearOutOfRange(String text) {
    return "the year " + Redaction.quote(text) + " is not between " + PaymentRecord.FIRST_YEAR + " and "
        + PaymentRecord.LAST_YEAR;
  }

  /** A law other than the three the files know, with the names they accept. */
  public static String unknownLaw(String text) {
    return "unknown law " + Redaction.quote(text) + "; expected Wmo, Jeugdwet or Participatiewet";
  }

  /** An amount that is no plain decimal of at most two decimals, where the source writes plain decimals. */
  public static String notAPlainAmount(String text) {
    return "not an amount: " + Redaction.quote(text)
        + "; this file writes amounts as plain decimals with at most two decimals, such as 1234.56 or -12.5";
  }

  /** An age that is not a whole number of years. */
  public static String notAnAge(String text) {
    return "not an age in whole years: " + Redaction.quote(text);
  }

  /** An age below 0 or above 150, which no client has. */
  public static String ageOutOfRange(String text) {
    return "the age " + Redaction.quote(text) + " is not between 0 and 150";
  }

  /** A delivery form other than ZIN, PGB or FT. */
  public static String unknownDeliveryForm(String text) {
    return String.format(Locale.ROOT, "unknown delivery form %s; expected ZIN, PGB or FT", Redaction.quote(text));
  }

  /** A referrer the files do not name, with the Dutch names they accept. */
  public static String unknownReferrer(String text) {
    StringBuilder names = new StringBuilder();
    for (Referrer r : Referrer.values()) {
      names.append(names.length() == 0 ? "" : ", ").append(r.dutchName());
    }
    return "unknown referrer " + Redaction.quote(text) + "; expected " + names + " or GI";
  }

  /** An intensity level other than 4 to 8, Aspecifiek or Geen niveau. */
  public static String unknownLevel(String text) {
    return "unknown intensity level " + Redaction.quote(text) + "; expected 4 to 8, Aspecifiek or Geen niveau";
  }

  /**
   * The cents of a plain decimal as the plain dialect writes amounts ({@code 1234.56},
   * {@code -12.5}, {@code 2000}: an optional minus, at most 16 digits, at most two decimals);
   * empty for any other text.
   */
  public static OptionalLong plainCents(CharSequence text) {
    char[] chars = text.toString().toCharArray();
    long cents = ClientDataReader.plainCents(chars, 0, chars.length);
    return cents == ClientDataReader.NOT_CENTS ? OptionalLong.empty() : OptionalLong.of(cents);
  }
}
