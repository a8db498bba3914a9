// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.notation.IndicatorText;
import nl.sociaaldomein.notation.PercentageFormat;

/**
 * One cell of an indicator table: a number ({@code 906,5}, {@code 1.039}), a percentage
 * ({@code 71,3%}), or a {@link Word} in its place: {@code nog niet bekend}, a missing value
 * ({@code -}), {@code Ja}, {@code Nee} or {@code gereed}; each with the footnote marker printed
 * after it, if any ({@code 306*}).
 *
 * <p>Numbers keep the scale they were printed with: {@code 5,0%} is not {@code 5%}. A cell left
 * empty is no value: the series simply has none for that year.
 *
 * <p>Every value's {@code toString()} writes it in Dutch notation and {@link #parse} reads it back;
 * {@link #toPlainString()} and {@link #parsePlain} do the same with plain decimals
 * ({@code 906.5}, {@code 71.3%}) for the comma-separated dialect and for Iv3 values.
 */
public sealed interface IndicatorValue {

  /** What a table prints for a value the source has not published yet. */
  String NOT_YET_KNOWN = IndicatorText.Word.NOT_YET_KNOWN.printed();

  /** The footnote marker printed after the value: one or more {@code *}. */
  Optional<String> footnote();

  /** This value with {@code footnote} as its marker, or none. */
  IndicatorValue withFootnote(Optional<String> footnote);

  /** The number of a {@link Figure} or {@link Percentage}; empty for the others. */
  default Optional<BigDecimal> number() {
    return Optional.empty();
  }

  /** Whether the cell holds a number or a word that is a value (yes, no, done), rather than saying there is none. */
  default boolean isKnown() {
    return true;
  }

  /** The value in plain decimals, as the comma-separated dialect writes it: {@code 906.5}, {@code 71.3%}. */
  String toPlainString();

  /** A number printed without a percent sign: {@code 906,5}, {@code 1.039}, {@code 790}. */
  record Figure(BigDecimal value, Optional<String> footnote) implements IndicatorValue {
    /** Rejects a missing component and puts the others in their normal form. */
    public Figure {
      value = ValueText.printable(Objects.requireNonNull(value, "value"));
      footnote = ValueText.marker(footnote);
    }

    @Override
    public Optional<BigDecimal> number() {
      return Optional.of(value);
    }

    @Override
    public Figure withFootnote(Optional<String> footnote) {
      return new Figure(value, footnote);
    }

    @Override
    public String toPlainString() {
      return IndicatorText.formatPlain(value, false, footnote);
    }

    @Override
    public String toString() {
      return FigureFormat.of(EuroUnit.EUROS).format(PrintedFigure.of(value, EuroUnit.EUROS)) + footnote.orElse("");
    }
  }

  /** A percentage, in percent: {@code 71,3%} holds 71.3. */
  record Percentage(BigDecimal percent, Optional<String> footnote) implements IndicatorValue {
    /** Rejects a missing component and puts the others in their normal form. */
    public Percentage {
      percent = ValueText.printable(Objects.requireNonNull(percent, "percent"));
      footnote = ValueText.marker(footnote);
    }

    @Override
    public Optional<BigDecimal> number() {
      return Optional.of(percent);
    }

    @Override
    public Percentage withFootnote(Optional<String> footnote) {
      return new Percentage(percent, footnote);
    }

    @Override
    public String toPlainString() {
      return IndicatorText.formatPlain(percent, true, footnote);
    }

    @Override
    public String toString() {
      // UNNECESSARY: the format has exactly the printed decimals, so nothing is rounded.
      return PercentageFormat.of(percent.scale(), RoundingMode.UNNECESSARY).format(percent) + footnote.orElse("");
    }
  }

  /** The words a table prints in place of a figure. */
  enum WordKind {
    /** {@code nog niet bekend}: the source has not published the value yet. */
    NOT_YET_KNOWN(IndicatorText.Word.NOT_YET_KNOWN),
    /** {@code -}: the table prints a dash, no value for the year. */
    MISSING(IndicatorText.Word.MISSING),
    /** {@code Ja}, for an indicator that says whether something was done. */
    YES(IndicatorText.Word.YES),
    /** {@code Nee}. */
    NO(IndicatorText.Word.NO),
    /**
     * {@code gereed}: done (seed 002 prints it in the last year column of "Een overzicht van vrij
     * toegankelijke voorzieningen per kern").
     */
    DONE(IndicatorText.Word.DONE);

    private final IndicatorText.Word word;

    WordKind(IndicatorText.Word word) {
      this.word = word;
    }

    /** The word as this library writes it; reading ignores case. */
    public String printed() {
      return word.printed();
    }

    static WordKind of(IndicatorText.Word word) {
      // The two enums name the same words alike.
      return valueOf(word.name());
    }
  }

  /** A word in place of a figure: {@code nog niet bekend}, {@code -}, {@code Ja}, {@code Nee}, {@code gereed}. */
  record Word(WordKind kind, Optional<String> footnote) implements IndicatorValue {
    /** Rejects a missing component and puts the others in their normal form. */
    public Word {
      Objects.requireNonNull(kind, "kind");
      footnote = ValueText.marker(footnote);
    }

    @Override
    public boolean isKnown() {
      return kind.word.known();
    }

    @Override
    public Word withFootnote(Optional<String> footnote) {
      return new Word(kind, footnote);
    }

    @Override
    public String toPlainString() {
      return toString();
    }

    @Override
    public String toString() {
      return IndicatorText.format(kind.word, footnote);
    }
  }

  /** A number without a footnote. */
  static Figure of(BigDecimal value) {
    return new Figure(value, Optional.empty());
  }

  /** A percentage without a footnote, in percent (71.3 for 71,3%). */
  static Percentage ofPercent(BigDecimal percent) {
    return new Percentage(percent, Optional.empty());
  }

  /** {@code nog niet bekend}, without a footnote. */
  static Word notYetKnown() {
    return new Word(WordKind.NOT_YET_KNOWN, Optional.empty());
  }

  /** {@code -}, without a footnote. */
  static Word missing() {
    return new Word(WordKind.MISSING, Optional.empty());
  }

  /** {@code Ja} or {@code Nee}, without a footnote. */
  static Word ofYes(boolean yes) {
    return new Word(yes ? WordKind.YES : WordKind.NO, Optional.empty());
  }

  /** {@code gereed}, without a footnote. */
  static Word done() {
    return new Word(WordKind.DONE, Optional.empty());
  }

  /**
   * Reads a cell in Dutch notation: {@code 906,5}, {@code 1.039} (one thousand thirty-nine),
   * {@code 71,3%}, {@code nog niet bekend}, {@code -}, {@code Ja}, {@code Nee}, {@code gereed}
   * (words case-insensitively), each optionally followed by a footnote marker ({@code 306*}).
   * Refuses an empty cell, amounts (a euro sign, a scale word), V/N letters, ranges and
   * approximate figures, naming the text and why.
   */
  static IndicatorValue parse(CharSequence text) {
    return ValueText.parse(text, true);
  }

  /**
   * Reads a cell in plain decimals ({@code 906.5}, {@code 71.3%}, {@code 1039}), the words and
   * footnote markers as {@link #parse} reads them.
   */
  static IndicatorValue parsePlain(CharSequence text) {
    return ValueText.parse(text, false);
  }
}
