// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.notation.NotationParseException;

/**
 * One thing a reader could not take: where it is, the offending text (where it may be shown)
 * and why. A lenient read collects these and goes on; a strict read throws the first as a
 * {@link ReadException}, whose message is this problem's {@link #toString()}.
 *
 * <p>A problem never holds a BSN: readers of personal data leave {@link #what()} empty for a bad
 * BSN and keep numbers that could be one out of the reason.
 *
 * @param where the place in the source
 * @param what the offending text as read, where it may be shown
 * @param why the reason, one sentence without a full stop
 */
public record Problem(Location where, Optional<String> what, String why) {

  /** Checks that no part is missing and that the reason is not blank. */
  public Problem {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(why, "why");
    if (why.isBlank()) {
      throw new SociaalDomeinException("A problem needs a reason");
    }
  }

  /** A problem without a value to show. */
  public static Problem of(Location where, String why) {
    return new Problem(where, Optional.empty(), why);
  }

  /** A problem with the offending text. */
  public static Problem of(Location where, String what, String why) {
    return new Problem(where, Optional.of(what), why);
  }

  /**
   * The reason a refusal gives, for a problem: the library's own words ({@code why()}) where the
   * place is the reader's to add; a notation error's whole message, which names the position in
   * the text; else the message.
   */
  public static String reasonOf(IllegalArgumentException e) {
    return e instanceof SociaalDomeinException && !(e instanceof NotationParseException)
        ? ((SociaalDomeinException) e).why()
        : e.getMessage();
  }

  /** This problem as the exception a strict read throws. */
  public ReadException toException() {
    return new ReadException(this, null);
  }

  /** {@code p.csv, line 7, column "year": "20x9": not a year}. */
  @Override
  public String toString() {
    return SociaalDomeinException.messageOf(where.toString(), what, why);
  }
}
