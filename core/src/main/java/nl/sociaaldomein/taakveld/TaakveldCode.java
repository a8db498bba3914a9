// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;

/**
 * A taakveld code as the BBV rules and the CBS Iv3 files write it: {@code 6.}, {@code 6.71},
 * {@code 6.71a}, {@code 6.711}, {@code 0.10}.
 *
 * <p>Codes are strings, not decimals: {@code 0.10} is not {@code 0.1}, and equality is equality
 * of the canonical text. Two spellings are accepted and normalised, because documents use them
 * for the same code:
 *
 * <ul>
 *   <li>a hoofdtaakveld with or without its dot, {@code "6"} and {@code "6."}; the canonical form
 *       keeps the dot, as the CBS files do;
 *   <li>the letter of a sub-taakveld in either case, {@code "6.71A"}; the canonical form is lower
 *       case.
 * </ul>
 *
 * <p>The accepted shapes, and the level each one means:
 *
 * <table>
 *   <caption>Code shapes</caption>
 *   <tr><th>shape</th><th>example</th><th>level</th><th>implied parent</th></tr>
 *   <tr><td>digit, optional dot</td><td>{@code 6.}</td><td>hoofdtaakveld</td><td>none</td></tr>
 *   <tr><td>digit, dot, 1-2 digits</td><td>{@code 6.71}</td><td>taakveld</td><td>{@code 6.}</td></tr>
 *   <tr><td>taakveld and a letter</td><td>{@code 6.71a}</td><td>sub-taakveld</td><td>{@code 6.71}</td></tr>
 *   <tr><td>digit, dot, 3 digits</td><td>{@code 6.711}</td><td>sub-taakveld</td><td>{@code 6.71}</td></tr>
 * </table>
 *
 * <p>No whitespace is trimmed: {@link #parse} is as strict as {@code java.time}. Tolerant reading
 * of text such as {@code "6.81 Geescaleerde zorg 18+"} is {@link TaakveldCatalogue#byName}.
 */
public final class TaakveldCode {

  private static final Pattern HOOFDTAAKVELD = Pattern.compile("([0-9])\\.?");
  private static final Pattern TAAKVELD = Pattern.compile("[0-9]\\.[0-9]{1,2}");
  private static final Pattern LETTERED = Pattern.compile("([0-9]\\.[0-9]{1,2})([A-Za-z])");
  private static final Pattern THREE_DIGITS = Pattern.compile("([0-9]\\.[0-9]{2})[0-9]");

  private final String text;
  private final TaakveldLevel level;

  private TaakveldCode(String text, TaakveldLevel level) {
    this.text = text;
    this.level = level;
  }

  /** The same as {@link #parse}: {@code TaakveldCode.of("6.71a")}. */
  public static TaakveldCode of(String text) {
    return parse(text);
  }

  /**
   * Reads a code in one of the shapes above.
   *
   * @throws IllegalArgumentException naming the text when it has none of these shapes
   */
  public static TaakveldCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return tryParse(text).orElseThrow(() -> new SociaalDomeinException(
        "\"" + Texts.abbreviate(text) + "\" is not a taakveld code: expected a hoofdtaakveld such as"
            + " \"6.\" or \"6\", a taakveld such as \"6.71\" or \"0.10\", or a sub-taakveld such as"
            + " \"6.71a\" or \"6.711\"" + hint(text.toString())));
  }

  /** The code {@code text} spells, or empty when it spells none; never throws for bad text. */
  public static Optional<TaakveldCode> tryParse(CharSequence text) {
    String s = text.toString();
    Matcher m = HOOFDTAAKVELD.matcher(s);
    if (m.matches()) {
      return Optional.of(new TaakveldCode(m.group(1) + ".", TaakveldLevel.HOOFDTAAKVELD));
    }
    if (TAAKVELD.matcher(s).matches()) {
      return Optional.of(new TaakveldCode(s, TaakveldLevel.TAAKVELD));
    }
    m = LETTERED.matcher(s);
    if (m.matches()) {
      return Optional.of(new TaakveldCode(
          m.group(1) + m.group(2).toLowerCase(Locale.ROOT), TaakveldLevel.SUBTAAKVELD));
    }
    if (THREE_DIGITS.matcher(s).matches()) {
      return Optional.of(new TaakveldCode(s, TaakveldLevel.SUBTAAKVELD));
    }
    return Optional.empty();
  }

  private static String hint(String text) {
    if (text.contains(",")) {
      return " (codes are written with a dot, not a comma)";
    }
    if (!text.equals(text.strip())) {
      return " (remove the surrounding spaces)";
    }
    return "";
  }

  /** The level of the code: hoofdtaakveld ({@code 6.}), taakveld ({@code 6.1}) or sub-taakveld ({@code 6.71a}). */
  public TaakveldLevel level() {
    return level;
  }

  /** Whether the code names one of the nine chapters, such as {@code 6.}. */
  public boolean isHoofdtaakveld() {
    return level == TaakveldLevel.HOOFDTAAKVELD;
  }

  /** The hoofdtaakveld this code belongs to, {@code 6.} for {@code 6.71a}; itself for one. */
  public TaakveldCode hoofdtaakveld() {
    return isHoofdtaakveld() ? this : new TaakveldCode(text.substring(0, 2), TaakveldLevel.HOOFDTAAKVELD);
  }

  /**
   * The parent the code's shape implies: none for a hoofdtaakveld, the hoofdtaakveld for a
   * taakveld, the taakveld it extends for a sub-taakveld ({@code 6.71} for {@code 6.71a} and for
   * {@code 6.711}). A catalogue need not hold that taakveld: the 2025 list has {@code 6.711} but no
   * {@code 6.71}, and there the catalogue's parent is the hoofdtaakveld.
   */
  public Optional<TaakveldCode> impliedParent() {
    return switch (level) {
      case HOOFDTAAKVELD -> Optional.empty();
      case TAAKVELD -> Optional.of(hoofdtaakveld());
      case SUBTAAKVELD -> Optional.of(
          new TaakveldCode(text.substring(0, text.length() - 1), TaakveldLevel.TAAKVELD));
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaakveldCode && ((TaakveldCode) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The canonical text, which {@link #parse} reads back to an equal code. */
  @Override
  public String toString() {
    return text;
  }
}
