// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.EuroUnit;

/**
 * The text of a policy-indicator cell as annual reports print it: a number ({@code 906,5},
 * {@code 1.039}), a percentage ({@code 71,3%}), or a {@link Word} in its place
 * ({@code nog niet bekend}, {@code -}, {@code Ja}, {@code Nee}, {@code gereed}), each with an
 * optional footnote marker after it ({@code 306*}). {@link #read} takes Dutch notation,
 * {@link #readPlain} plain decimals ({@code 906.5}, {@code 71.3%}) as comma-separated files and
 * Iv3 deliveries write them; the words and markers are the same in both.
 *
 * <p>This lives here rather than with the indicators because those words are Dutch text, and
 * Dutch text is read and written in this package only.
 */
public final class IndicatorText {

  private static final Pattern MARKER = Pattern.compile("\\*+");
  private static final Pattern PLAIN = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?");

  private IndicatorText() {}

  /** The words a table prints in place of a figure, with whether the word is itself a value. */
  public enum Word {
    /** {@code nog niet bekend}: the source has not published the value yet. */
    NOT_YET_KNOWN("nog niet bekend", false),
    /** {@code -}: no value for the year. */
    MISSING("-", false),
    /** {@code Ja}. */
    YES("Ja", true),
    /** {@code Nee}. */
    NO("Nee", true),
    /** {@code gereed}: done. */
    DONE("gereed", true);

    private final String printed;
    private final boolean known;

    Word(String printed, boolean known) {
      this.printed = printed;
      this.known = known;
    }

    /** The word as this library writes it; reading ignores case. */
    public String printed() {
      return printed;
    }

    /** Whether the word is a value (yes, no, done) rather than saying there is none. */
    public boolean known() {
      return known;
    }
  }

  /** What a cell says: a {@link Numeral} or a {@link Worded} cell. */
  public sealed interface Cell permits Numeral, Worded {
    /** The footnote marker after the value: one or more {@code *}. */
    Optional<String> footnote();
  }

  /** A number, in percent when {@code percent}; with the scale it was printed with. */
  public record Numeral(BigDecimal value, boolean percent, Optional<String> footnote) implements Cell {
    /** Rejects a missing component and puts the others in their normal form. */
    public Numeral {
      Objects.requireNonNull(value, "value");
      footnote = marker(footnote);
    }
  }

  /** A word in place of a number. */
  public record Worded(Word word, Optional<String> footnote) implements Cell {
    /** Rejects a missing component and puts the others in their normal form. */
    public Worded {
      Objects.requireNonNull(word, "word");
      footnote = marker(footnote);
    }
  }

  /** Checks that a footnote, if present, is a marker of one or more {@code *}; returns it. */
  public static Optional<String> marker(Optional<String> footnote) {
    Objects.requireNonNull(footnote, "footnote");
    if (footnote.isPresent() && !MARKER.matcher(footnote.get()).matches()) {
      throw new SociaalDomeinException("footnote", footnote, "a footnote marker is one or more *");
    }
    return footnote;
  }

  /**
   * Reads a cell in Dutch notation: {@code 906,5}, {@code 1.039}, {@code 71,3%}, the words
   * (case-insensitively; an en dash, em dash or minus sign counts as {@code -}), each optionally
   * followed by a footnote marker. Refuses an empty cell, amounts (a euro sign, a scale word),
   * V/N letters, ranges and approximate figures, naming the text and why.
   */
  public static Cell read(CharSequence text) {
    return read(text, true);
  }

  /** Reads a cell in plain decimals ({@code 906.5}, {@code 71.3%}, {@code 1039}); words and markers as {@link #read}. */
  public static Cell readPlain(CharSequence text) {
    return read(text, false);
  }

  /** Writes a number in plain decimals: {@code 906.5}, {@code 71.3%}, with its marker. */
  public static String formatPlain(BigDecimal value, boolean percent, Optional<String> footnote) {
    return value.toPlainString() + (percent ? "%" : "") + marker(footnote).orElse("");
  }

  /** Writes a word with its marker: {@code Ja}, {@code nog niet bekend*}. */
  public static String format(Word word, Optional<String> footnote) {
    return word.printed() + marker(footnote).orElse("");
  }

  private static Cell read(CharSequence text, boolean dutch) {
    String whole = Objects.requireNonNull(text, "text").toString();
    String t = whole.strip();
    int end = t.length();
    while (end > 0 && t.charAt(end - 1) == '*') {
      end--;
    }
    Optional<String> footnote = end < t.length() ? Optional.of(t.substring(end)) : Optional.empty();
    String body = t.substring(0, end).strip();
    if (body.isEmpty()) {
      throw new SociaalDomeinException("", Optional.of(whole), t.isEmpty()
          ? "an empty cell is no value; leave the year out of the series"
          : "a footnote marker needs a value before it");
    }
    String lower = body.toLowerCase(Locale.ROOT);
    for (Word word : Word.values()) {
      if (word.printed().toLowerCase(Locale.ROOT).equals(lower)) {
        return new Worded(word, footnote);
      }
    }
    if (body.length() == 1 && "\u2013\u2014\u2212".indexOf(body.charAt(0)) >= 0) {
      // En dash, em dash and minus sign: a dash as PDF extraction and word processors print it.
      return new Worded(Word.MISSING, footnote);
    }
    return dutch ? dutch(whole, body, footnote) : plain(whole, body, footnote);
  }

  private static Cell dutch(String whole, String body, Optional<String> footnote) {
    Reading reading = DutchNotation.read(body);
    if (reading instanceof Reading.Percentage p) {
      return new Numeral(p.percent(), true, footnote);
    }
    if (reading instanceof Reading.Figure f && !f.euroSign() && f.direction().isEmpty()
        && f.qualifier().isEmpty() && f.figure().unit() == EuroUnit.EUROS) {
      return new Numeral(f.figure().printedValue(), false, footnote);
    }
    throw new SociaalDomeinException("", Optional.of(whole), "an indicator value is a number (906,5;"
        + " 1.039), a percentage (71,3%), nog niet bekend, -, Ja, Nee or gereed, with an optional"
        + " footnote marker (306*); not an amount, a range or an approximate figure");
  }

  private static Cell plain(String whole, String body, Optional<String> footnote) {
    boolean percent = body.endsWith("%");
    String number = percent ? body.substring(0, body.length() - 1).strip() : body;
    if (!PLAIN.matcher(number).matches()) {
      throw new SociaalDomeinException("", Optional.of(whole), "not an indicator value in plain decimals"
          + " (such as 906.5, 71.3%, 1039, nog niet bekend, -, Ja, Nee, gereed; no grouping)");
    }
    return new Numeral(new BigDecimal(number), percent, footnote);
  }
}
