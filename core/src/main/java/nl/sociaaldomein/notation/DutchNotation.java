// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;

/**
 * Reads figures as Dutch municipal documents print them.
 *
 * <p>Accepted, case-insensitively where letters are involved:
 *
 * <ul>
 *   <li>numbers with a dot between groups of three digits and a decimal comma: {@code 3.820},
 *       {@code -1.412.815}, {@code 0,84}, {@code 18.971.249};
 *   <li>a euro sign before or after the sign: {@code € -26.760}, {@code €100.000};
 *   <li>a minus directly after the last digit, as some tables print negatives: {@code 4.977-},
 *       {@code € 1.234,56-}, {@code 4.977- N}, {@code 1,9- miljoen}; the reading says so in
 *       {@link Reading.Figure#minusStyle()};
 *   <li>{@code ,-} (or {@code ,--}) for "no cents": {@code € 1.473.000,-}, always positive;
 *   <li>a scale word, which sets the unit: {@code € 1,9 miljoen}, {@code €1,314 miljard}
 *       ({@code duizend}, {@code mln}, {@code mld}, {@code mrd} too);
 *   <li>a qualifier before it: {@code ruim}, {@code circa}, {@code ca.}, {@code ongeveer},
 *       {@code zo'n}, {@code bijna};
 *   <li>a V or N letter after it: {@code 120 V}, {@code -85 N}, {@code 85 N};
 *   <li>a percentage: {@code 71,3%}, and {@code ,4%} for 0,4% as tables print it;
 *   <li>p.m. items and ranges: {@code p.m.}, {@code PM}, {@code p.m. (10.000 - 50.000)},
 *       {@code Tussen de € 20.000,- en € 35.000,-};
 *   <li>an empty cell, or one with only {@code -}, {@code –}, {@code —} or {@code %}: no figure.
 * </ul>
 *
 * <p>Where notation could mean two things it is refused, never guessed:
 *
 * <ul>
 *   <li>a dot is always a thousands separator, so it must stand between groups of exactly
 *       three digits: {@code 1.5} and {@code 12.34} are refused (English decimals?);
 *   <li>a comma is always the decimal separator, so {@code 1,234.56} is refused;
 *   <li>spaces inside a number ({@code 1 234}) and leading zeros ({@code 007}) are refused;
 *   <li>a sign that contradicts its letter ({@code -85 V}, {@code 85- V}) is refused;
 *   <li>a sign both before and after the digits ({@code -4.977-}) and a plus after them
 *       ({@code 4.977+}) are refused;
 *   <li>a dash after the no-cents dash ({@code 4.977,---}) is refused: {@code ,--} already means
 *       "no cents", so a trailing minus after it could not be told from it;
 *   <li>a dash between two numbers ({@code 10.000-50.000}, {@code 10.000- 50.000}) is refused: a
 *       range is read only after p.m. or "tussen", and there a dash after the low end always
 *       separates the ends, never makes it negative;
 *   <li>accounting parentheses ({@code (1.234)}) are refused: the seeds never use them.
 * </ul>
 *
 * <p>The unit passed in applies to every figure without a scale word, so {@code 13.219} read in
 * {@link EuroUnit#THOUSANDS} is 13.219.000 euros. The letter of a V/N figure decides its sign
 * (favourable positive), so {@code 85 N} reads as -85.
 */
public final class DutchNotation {

  private static final Amount SMALLEST = Amount.ofCents(Long.MIN_VALUE);
  private static final Amount LARGEST = Amount.ofCents(Long.MAX_VALUE);

  private DutchNotation() {}

  /** Reads {@code text} with figures in euros. */
  public static Reading read(CharSequence text) {
    return read(text, EuroUnit.EUROS);
  }

  /** Reads {@code text}; figures without a scale word are in {@code unit}. */
  public static Reading read(CharSequence text, EuroUnit unit) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    return new Parser(text, unit, true).readAll();
  }

  /**
   * Reads a stated direction as documents write it beside a figure or in a column of its own:
   * {@code V}, {@code voordelig}, {@code voordeel} or {@code N}, {@code nadelig}, {@code nadeel}
   * (case and surrounding spaces ignored). Throws for anything else, naming what is accepted.
   */
  public static Direction parseDirection(CharSequence text) {
    String t = Objects.requireNonNull(text, "text").toString().trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "v", "voordelig", "voordeel":
        return Direction.FAVOURABLE;
      case "n", "nadelig", "nadeel":
        return Direction.UNFAVOURABLE;
      default:
        throw new NotationParseException(text, 0, "a direction is V (voordelig, voordeel) or N (nadelig, nadeel)");
    }
  }

  /**
   * Reads {@code text} as {@link #read(CharSequence, EuroUnit)} does, except that a V or N letter
   * neither sets the figure's sign nor is held against it: the figure is signed as printed
   * ({@code -1.412.815 V} reads as -1.412.815 with the letter V). For a variance column whose sign
   * means something other than "favourable positive" (seed 002 prints a favourable variance
   * negative): the caller holds the letter against the sign in the column's own notation.
   */
  public static Reading readAsPrinted(CharSequence text, EuroUnit unit) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    return new Parser(text, unit, false).readAll();
  }

  /**
   * Reads a single figure in {@code unit}; throws for anything else, including blanks, ranges,
   * percentages and figures qualified as approximate.
   */
  public static PrintedFigure parseFigure(CharSequence text, EuroUnit unit) {
    Reading reading = read(text, unit);
    if (reading instanceof Reading.Figure) {
      Reading.Figure f = (Reading.Figure) reading;
      if (f.qualifier().isPresent()) {
        throw new NotationParseException(
            text, 0, "the figure is qualified as approximate (" + f.qualifier().get().dutchName()
                + "); use DutchNotation.read to keep that");
      }
      return f.figure();
    }
    throw new NotationParseException(text, 0, "expected a figure, found " + describe(reading));
  }

  /**
   * Reads an exact amount in euros ({@code € 1.234,56}); throws when the text is not a figure,
   * or names a fraction of a cent.
   */
  public static Amount parseAmount(CharSequence text) {
    return parseAmount(text, EuroUnit.EUROS);
  }

  /** Reads the printed value of a figure in {@code unit} as an exact amount in euros. */
  public static Amount parseAmount(CharSequence text, EuroUnit unit) {
    return toAmount(text, parseFigure(text, unit), firstDigit(text));
  }

  /**
   * Reads a range: {@code p.m.}, {@code p.m. (0-10.000)}, {@code tussen ... en ...}, or a single
   * figure as an exact range.
   */
  public static AmountRange parseRange(CharSequence text, EuroUnit unit) {
    Reading reading = read(text, unit);
    if (reading instanceof Reading.Range) {
      return ((Reading.Range) reading).range();
    }
    if (reading instanceof Reading.Figure && !((Reading.Figure) reading).isApproximate()) {
      return AmountRange.exactly(toAmount(text, ((Reading.Figure) reading).figure(), firstDigit(text)));
    }
    throw new NotationParseException(text, 0, "expected a range or p.m., found " + describe(reading));
  }

  /** Reads a percentage ({@code 71,3%}) as percent: 71.3. */
  public static BigDecimal parsePercentage(CharSequence text) {
    Reading reading = read(text);
    if (reading instanceof Reading.Percentage) {
      return ((Reading.Percentage) reading).percent();
    }
    throw new NotationParseException(text, 0, "expected a percentage, found " + describe(reading));
  }

  private static Amount toAmount(CharSequence text, PrintedFigure figure, int index) {
    BigDecimal nominal = figure.nominal();
    // At most 30 digits and a scale word of 10^9: comparing is cheap, and tells the two
    // reasons apart before Amount.of sees either.
    if (nominal.compareTo(SMALLEST.toBigDecimal()) < 0 || nominal.compareTo(LARGEST.toBigDecimal()) > 0) {
      throw new NotationParseException(text, index, "the amount " + nominal.toPlainString()
          + " is too large for an amount, which lies between " + SMALLEST + " and " + LARGEST);
    }
    try {
      return Amount.of(nominal);
    } catch (ArithmeticException e) {
      throw new NotationParseException(text, index, "the amount "
          + nominal.toPlainString() + " has a fraction of a cent; an amount is exact to the cent");
    }
  }

  /** Where the first digit stands, to point at a figure that is wrong as a whole. */
  private static int firstDigit(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  private static String describe(Reading reading) {
    if (reading instanceof Reading.Blank) {
      return "no figure";
    }
    if (reading instanceof Reading.Range) {
      return ((Reading.Range) reading).range().isProMemorie() ? "a p.m. item" : "a range";
    }
    if (reading instanceof Reading.Percentage) {
      return "a percentage";
    }
    return "an approximate figure";
  }

  /** A one-pass reader over the text; every error carries the index where it was found. */
  private static final class Parser {
    private static final int MAX_DIGITS = 30;

    private final CharSequence text;
    private final String lower;
    private final EuroUnit defaultUnit;
    /** Whether a V/N letter gives the sign (favourable positive), or the figure stays as printed. */
    private final boolean letterSigns;
    private int pos;
    private final int end;

    Parser(CharSequence text, EuroUnit defaultUnit, boolean letterSigns) {
      this.text = text;
      this.letterSigns = letterSigns;
      this.lower = text.toString().toLowerCase(Locale.ROOT);
      this.defaultUnit = defaultUnit;
      int start = 0;
      int stop = text.length();
      while (start < stop && isSpace(text.charAt(start))) {
        start++;
      }
      while (stop > start && isSpace(text.charAt(stop - 1))) {
        stop--;
      }
      this.pos = start;
      this.end = stop;
    }

    Reading readAll() {
      if (pos == end) {
        return new Reading.Blank();
      }
      if (end - pos == 1 && (isDash(text.charAt(pos)) || text.charAt(pos) == '%')) {
        // A lone "%" is an empty cell in a column of percentages (seed 004, annex 7 table 2).
        return new Reading.Blank();
      }
      Reading reading;
      if (atProMemorie()) {
        reading = proMemorie();
      } else if (atWord("tussen")) {
        reading = between();
      } else {
        reading = figureOrPercentage(true);
      }
      skipSpaces();
      if (pos != end) {
        throw error(pos, "unexpected '" + text.charAt(pos) + "' after the " + what(reading));
      }
      return reading;
    }

    private static String what(Reading reading) {
      return reading instanceof Reading.Percentage
          ? "percentage"
          : reading instanceof Reading.Range ? "range" : "figure";
    }

    // p.m. | pm | p.m | P.M. followed by the end or a parenthesised range
    private boolean atProMemorie() {
      int p = pos;
      if (p < end && lower.charAt(p) == 'p') {
        p++;
        if (p < end && lower.charAt(p) == '.') {
          p++;
        }
        if (p < end && lower.charAt(p) == 'm') {
          p++;
          if (p < end && lower.charAt(p) == '.') {
            p++;
          }
          if (p == end || isSpace(lower.charAt(p)) || lower.charAt(p) == '(') {
            pos = p;
            return true;
          }
        }
      }
      return false;
    }

    private Reading proMemorie() {
      skipSpaces();
      if (pos == end) {
        return new Reading.Range(AmountRange.proMemorie());
      }
      int open = pos;
      expect('(', "expected '(' and a range after p.m.");
      skipSpaces();
      int lowAt = pos;
      PrintedFigure low = plainFigure();
      skipSpaces();
      if (pos < end && isDash(text.charAt(pos))) {
        pos++;
      } else if (atWord("tot")) {
        pos += 3;
      } else {
        throw error(pos, "expected '-' or 'tot' between the ends of the range");
      }
      skipSpaces();
      int highAt = pos;
      PrintedFigure high = plainFigure();
      skipSpaces();
      expect(')', "expected ')' to close the range opened at index " + open);
      return new Reading.Range(range(low, lowAt, high, highAt, true));
    }

    private Reading between() {
      pos += "tussen".length();
      requireSpace("expected the low end of the range after 'tussen'");
      if (atWord("de")) {
        pos += 2;
        requireSpace("expected the low end of the range after 'tussen de'");
      }
      int lowAt = pos;
      PrintedFigure low = plainFigure();
      requireSpace("expected 'en' and the high end of the range");
      if (!atWord("en")) {
        throw error(pos, "expected 'en' between the ends of the range");
      }
      pos += 2;
      requireSpace("expected the high end of the range after 'en'");
      int highAt = pos;
      PrintedFigure high = plainFigure();
      return new Reading.Range(range(low, lowAt, high, highAt, false));
    }

    private AmountRange range(
        PrintedFigure low, int lowAt, PrintedFigure high, int highAt, boolean proMemorie) {
      Amount lowAmount = toAmount(text, low, lowAt);
      Amount highAmount = toAmount(text, high, highAt);
      if (lowAmount.isGreaterThan(highAmount)) {
        throw error(highAt, "the high end of the range lies below its low end");
      }
      return proMemorie
          ? AmountRange.proMemorie(lowAmount, highAmount)
          : AmountRange.between(lowAmount, highAmount);
    }

    /**
     * A figure inside a range: no qualifier, no letter, no percentage, and no trailing minus, so
     * that the dash in {@code 10.000- 50.000} stays the range's separator.
     */
    private PrintedFigure plainFigure() {
      int start = pos;
      Reading reading = figureOrPercentage(false);
      if (!(reading instanceof Reading.Figure)) {
        throw error(start, "a range end must be an amount, not a percentage");
      }
      Reading.Figure f = (Reading.Figure) reading;
      if (f.direction().isPresent() || f.qualifier().isPresent()) {
        throw error(start, "a range end must be a plain amount");
      }
      return f.figure();
    }

    /** Reads a figure or a percentage; {@code trailingMinus} says whether {@code 4.977-} may stand here. */
    private Reading figureOrPercentage(boolean trailingMinus) {
      Optional<Qualifier> qualifier = qualifier();
      boolean euro = false;
      boolean negative = false;
      int signAt = -1;
      if (pos < end && text.charAt(pos) == '€') {
        euro = true;
        pos++;
        skipSpaces();
      }
      if (pos < end && (isDash(text.charAt(pos)) || text.charAt(pos) == '+')) {
        negative = text.charAt(pos) != '+';
        signAt = pos;
        pos++;
        if (pos < end && isSpace(text.charAt(pos))) {
          throw error(pos, "a space between a sign and its number");
        }
      }
      if (pos < end && text.charAt(pos) == '€') {
        if (euro) {
          throw error(pos, "a second euro sign");
        }
        euro = true;
        pos++;
        skipSpaces();
      }
      BigDecimal number = number();
      int minusAt = trailingMinus ? trailingMinus(signAt) : -1;
      if (minusAt >= 0) {
        negative = true;
        signAt = minusAt;
      }
      if (negative) {
        number = number.negate();
      }
      int afterNumber = pos;
      skipSpaces();
      if (pos < end && text.charAt(pos) == '%') {
        if (euro || qualifier.isPresent()) {
          throw error(pos, "a percentage cannot have a euro sign or a qualifier");
        }
        if (minusAt >= 0) {
          throw error(minusAt, "a percentage takes its minus before the digits");
        }
        pos++;
        return new Reading.Percentage(number);
      }
      EuroUnit unit = defaultUnit;
      Optional<EuroUnit> scale = scaleWord();
      int afterFigure = afterNumber;
      if (scale.isPresent()) {
        unit = scale.get();
        afterFigure = pos;
        skipSpaces();
      }
      Optional<Direction> direction = Optional.empty();
      if (pos < end && isLetter(pos) && (pos + 1 == end || !Character.isLetter(text.charAt(pos + 1)))) {
        int letterAt = pos;
        char letter = text.charAt(pos);
        if (letter == 'V' || letter == 'v' || letter == 'N' || letter == 'n') {
          Direction d = Direction.ofLetter(letter);
          if (letterSigns && signAt >= 0 && number.signum() != 0 && Direction.ofSignum(number.signum()) != d) {
            throw error(letterAt, "the sign says " + Direction.ofSignum(number.signum()).letter()
                + " but the letter says " + d.letter());
          }
          if (letterSigns && d == Direction.UNFAVOURABLE && number.signum() > 0) {
            number = number.negate();
          }
          direction = Optional.of(d);
          pos++;
        }
      }
      if (direction.isEmpty()) {
        // Give back the spaces: what follows (such as "en" in a range) may need them.
        pos = afterFigure;
      }
      MinusStyle style = minusAt >= 0 ? MinusStyle.TRAILING : MinusStyle.LEADING;
      return new Reading.Figure(PrintedFigure.of(number, unit), euro, direction, qualifier, style);
    }

    /**
     * Reads the minus that some tables print directly after the last digit ({@code 4.977-}) and
     * returns where it stood, or -1 when there is none. Only the end of the text or a space may
     * follow it, so that {@code 4.977- N} and {@code 1,9- miljoen} read; a number after it
     * ({@code 10.000-50.000}) would make it a range's dash, which only p.m. and "tussen" give.
     */
    private int trailingMinus(int leadingSignAt) {
      if (pos < end && text.charAt(pos) == '+') {
        throw error(pos, "a plus after the digits; a positive figure needs no sign");
      }
      if (pos >= end || !isDash(text.charAt(pos))) {
        return -1;
      }
      int minusAt = pos;
      if (!isDigit(minusAt - 1)) {
        // ",-" and ",--" say "no cents"; one more dash would make ",--" mean two things.
        throw error(minusAt, "a dash after the no-cents dash; a negative whole figure is written"
            + " 4.977- or -4.977,-");
      }
      int next = minusAt + 1;
      while (next < end && isSpace(text.charAt(next))) {
        next++;
      }
      if (next < end && (isDigit(next) || text.charAt(next) == '€')) {
        throw error(minusAt, "a dash between two figures; a range is written p.m. (10.000 - 50.000)"
            + " or tussen 10.000 en 50.000");
      }
      if (next < end && next == minusAt + 1) {
        return -1; // something other than a space follows; refused as unexpected after the figure
      }
      if (leadingSignAt >= 0) {
        throw error(minusAt, "a sign both before and after the digits");
      }
      pos = minusAt + 1;
      return minusAt;
    }

    private Optional<Qualifier> qualifier() {
      String[][] words = {
        {"ruim", "MORE_THAN"}, {"circa", "ABOUT"}, {"ca.", "ABOUT"}, {"ongeveer", "ABOUT"},
        {"zo'n", "ABOUT"}, {"zo’n", "ABOUT"}, {"bijna", "LESS_THAN"}
      };
      for (String[] w : words) {
        if (lower.startsWith(w[0], pos)) {
          int after = pos + w[0].length();
          if (after == end) {
            throw error(after, "expected a figure after '" + w[0] + "'");
          }
          if (isSpace(text.charAt(after))) {
            pos = after;
            skipSpaces();
            return Optional.of(Qualifier.valueOf(w[1]));
          }
        }
      }
      return Optional.empty();
    }

    private Optional<EuroUnit> scaleWord() {
      String[][] words = {
        {"duizend", "THOUSANDS"},
        {"miljoen", "MILLIONS"}, {"mln.", "MILLIONS"}, {"mln", "MILLIONS"},
        {"miljard", "BILLIONS"}, {"mld.", "BILLIONS"}, {"mld", "BILLIONS"},
        {"mrd.", "BILLIONS"}, {"mrd", "BILLIONS"}
      };
      for (String[] w : words) {
        if (lower.startsWith(w[0], pos)) {
          int after = pos + w[0].length();
          if (after == end || !Character.isLetter(text.charAt(after))) {
            pos = after;
            return Optional.of(EuroUnit.valueOf(w[1]));
          }
        }
      }
      return Optional.empty();
    }

    /** Digits in groups of three between dots, then a decimal comma with digits or a dash. */
    private BigDecimal number() {
      int start = pos;
      if (pos == end) {
        throw error(pos, "expected a number, found the end of the text");
      }
      // Tables print shares below one as ",4%": unambiguous, since a comma is always decimal.
      boolean bareFraction = text.charAt(pos) == ',' && pos + 1 < end && isDigit(pos + 1);
      if (!isDigit(pos) && !bareFraction) {
        if (text.charAt(pos) == '(') {
          throw error(pos, "accounting parentheses are not read; write a minus sign");
        }
        throw error(pos, "expected a digit, found '" + text.charAt(pos) + "'");
      }
      StringBuilder digits = new StringBuilder(bareFraction ? "0" : "");
      int group = 0;
      boolean grouped = false;
      while (pos < end) {
        char c = text.charAt(pos);
        if (isDigit(pos)) {
          digits.append(c);
          group++;
          pos++;
        } else if (c == '.') {
          if (!grouped && digits.length() == 1 && digits.charAt(0) == '0') {
            throw error(pos, "a dot after a lone 0 is a decimal point; Dutch writes a decimal comma");
          }
          if (!grouped && group > 3) {
            throw error(pos, "a dot separates thousands, but " + group + " digits stand before it");
          }
          if (grouped && group != 3) {
            throw error(pos, "a dot separates thousands, so groups between dots have three digits");
          }
          int digitsAfter = countDigits(pos + 1);
          if (digitsAfter != 3) {
            throw error(pos, "a dot separates thousands and must be followed by three digits"
                + " (a decimal is written with a comma)");
          }
          grouped = true;
          group = 0;
          pos++;
        } else {
          break;
        }
      }
      if (grouped && group != 3) {
        throw error(pos, "the last group after a thousands dot must have three digits");
      }
      if (digits.length() > 1 && digits.charAt(0) == '0') {
        throw error(start, "a leading zero");
      }
      if (pos < end && isSpace(text.charAt(pos)) && pos + 1 < end && isDigit(pos + 1)) {
        throw error(pos, "a space inside a number (thousands are separated by dots)");
      }
      String fraction = "";
      if (pos < end && text.charAt(pos) == ',') {
        int comma = pos;
        pos++;
        if (pos < end && isDash(text.charAt(pos))) {
          pos++;
          if (pos < end && isDash(text.charAt(pos))) {
            pos++;
          }
        } else {
          int n = countDigits(pos);
          if (n == 0) {
            throw error(comma, "a decimal comma must be followed by digits or by '-'");
          }
          fraction = text.subSequence(pos, pos + n).toString();
          pos += n;
          if (pos < end && (text.charAt(pos) == '.' || text.charAt(pos) == ',')) {
            throw error(pos, "a separator after the decimals; a comma is the decimal separator"
                + " and a dot the thousands separator");
          }
        }
      }
      if (digits.length() + fraction.length() > MAX_DIGITS) {
        throw error(start, "more than " + MAX_DIGITS + " digits");
      }
      return new BigDecimal(fraction.isEmpty() ? digits.toString() : digits + "." + fraction);
    }

    private int countDigits(int from) {
      int p = from;
      while (p < end && isDigit(p)) {
        p++;
      }
      return p - from;
    }

    private boolean atWord(String word) {
      if (!lower.startsWith(word, pos)) {
        return false;
      }
      int after = pos + word.length();
      return after == end || !Character.isLetter(text.charAt(after));
    }

    private void expect(char c, String reason) {
      if (pos >= end || text.charAt(pos) != c) {
        throw error(pos, reason);
      }
      pos++;
    }

    private void requireSpace(String reason) {
      if (pos >= end || !isSpace(text.charAt(pos))) {
        throw error(pos, reason);
      }
      skipSpaces();
    }

    private void skipSpaces() {
      while (pos < end && isSpace(text.charAt(pos))) {
        pos++;
      }
    }

    private boolean isDigit(int p) {
      char c = text.charAt(p);
      return c >= '0' && c <= '9';
    }

    private boolean isLetter(int p) {
      return Character.isLetter(text.charAt(p));
    }

    private NotationParseException error(int index, String reason) {
      return new NotationParseException(text, index, reason);
    }
  }

  /** Spaces, tabs and the no-break spaces that PDF extraction leaves. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  /** Hyphen-minus, minus sign, en dash and em dash: all serve as minus or as "no figure". */
  static boolean isDash(char c) {
    return c == '-' || c == '\u2212' || c == '\u2013' || c == '\u2014';
  }
}
