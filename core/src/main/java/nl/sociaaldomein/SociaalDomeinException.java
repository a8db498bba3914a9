// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.internal.Texts;

/**
 * The root of every exception this library defines: input that is not what it claims to be, a
 * figure that cannot be read, a file row that cannot be taken, a lookup that finds nothing or
 * too much.
 *
 * <p>Every such exception answers three questions in the same words:
 *
 * <ul>
 *   <li>{@link #where()}: where the fault was found, as precisely as known: {@code "index 3"},
 *       {@code "seed-000.csv, line 12, column \"Realisatie\""}, {@code "$.cells[4].printed"},
 *       {@code "catalogue Iv3 Gemeente 2022"}; empty when the value stands on its own;
 *   <li>{@link #what()}: the offending text or value as given, where it may be shown (never a
 *       BSN);
 *   <li>{@link #why()}: the reason, one sentence without a full stop.
 * </ul>
 *
 * <p>It is unchecked, and an {@link IllegalArgumentException}, because it always means that a
 * caller passed (or a file held) something the library refuses.
 */
public class SociaalDomeinException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Where the refused value came from; serialised, as the message is. */
  private final String where;
  /** The refused value where it may be shown, else null; serialised, as the message is. */
  private final String what;
  /** The reason; serialised, as the message is. */
  private final String why;

  /**
   * A value refused on its own, where the reason says all: {@code why} is the message, naming
   * the value (through {@link #quote}) where it may be shown.
   */
  public SociaalDomeinException(String why) {
    this("", Optional.empty(), why, null);
  }

  /** As {@link #SociaalDomeinException(String)}, with the underlying cause. */
  public SociaalDomeinException(String why, Throwable cause) {
    this("", Optional.empty(), why, cause);
  }

  /**
   * An exception whose message is {@code where: "what": why}, leaving out what is empty.
   *
   * @param where where the fault was found; empty when unknown or not applicable
   * @param what the offending text, if it may be shown (it is cut in the message when long)
   * @param why the reason
   */
  public SociaalDomeinException(String where, Optional<String> what, String why) {
    this(where, what, why, null);
  }

  /** As {@link #SociaalDomeinException(String, Optional, String)}, with the underlying cause. */
  public SociaalDomeinException(String where, Optional<String> what, String why, Throwable cause) {
    this(messageOf(where, what, why), where, what, why, cause);
  }

  /**
   * For subclasses whose message reads better in its own words; the three parts are kept for
   * the accessors all the same.
   */
  protected SociaalDomeinException(
      String message, String where, Optional<String> what, String why, Throwable cause) {
    super(message, cause);
    this.where = Objects.requireNonNull(where, "where");
    this.what = Objects.requireNonNull(what, "what").orElse(null);
    this.why = Objects.requireNonNull(why, "why");
  }

  /** Where the fault was found; empty when the value stands on its own. */
  public String where() {
    return where;
  }

  /** The offending text or value as given, where it may be shown; never a BSN. */
  public Optional<String> what() {
    return Optional.ofNullable(what);
  }

  /** Why it is refused, without the place or the value. */
  public String why() {
    return why;
  }

  /**
   * The one form of every message of this library: {@code where: "what": why}, with the parts
   * that are empty left out and {@code what} {@linkplain #quote quoted}. Readers use it for the
   * problems they collect, so that a problem and the exception of a strict read read alike.
   */
  public static String messageOf(String where, Optional<String> what, String why) {
    StringBuilder out = new StringBuilder();
    if (!where.isEmpty()) {
      out.append(where).append(": ");
    }
    what.ifPresent(w -> out.append(quote(w)).append(": "));
    return out.append(why).toString();
  }

  /**
   * How a message shows a value: in double quotes, control characters written as
   * {@code \u0009}, cut to 60 characters with an ellipsis, so that a bad line of a megabyte
   * does not bury the reason.
   */
  public static String quote(CharSequence value) {
    return "\"" + Texts.abbreviate(Texts.visible(value)) + "\"";
  }
}
