package nl.sociaaldomein.indicators;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.indicators.IndicatorValue.Figure;
import nl.sociaaldomein.indicators.IndicatorValue.Percentage;
import nl.sociaaldomein.indicators.IndicatorValue.Word;
import nl.sociaaldomein.indicators.IndicatorValue.WordKind;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.Reading;

/** What the value types share: their checks, and the reading of a cell in either notation. */
final class ValueText {

  private static final Pattern MARKER = Pattern.compile("\\*+");
  private static final Pattern PLAIN = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?");

  private ValueText() {}

  static BigDecimal printable(BigDecimal value) {
    // PrintedFigure bounds the digits (30 before and after the point) and drops a negative scale.
    return PrintedFigure.of(value, EuroUnit.EUROS).printedValue();
  }

  static Optional<String> marker(Optional<String> footnote) {
    Objects.requireNonNull(footnote, "footnote");
    if (footnote.isPresent() && !MARKER.matcher(footnote.get()).matches()) {
      throw new SociaalDomeinException("footnote", footnote, "a footnote marker is one or more *");
    }
    return footnote;
  }

  static IndicatorValue parse(CharSequence text, boolean dutch) {
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
    for (WordKind kind : WordKind.values()) {
      if (kind.printed().toLowerCase(Locale.ROOT).equals(lower)) {
        return new Word(kind, footnote);
      }
    }
    if (body.length() == 1 && "\u2013\u2014\u2212".indexOf(body.charAt(0)) >= 0) {
      // En dash, em dash and minus sign: a dash as PDF extraction and word processors print it.
      return new Word(WordKind.MISSING, footnote);
    }
    return dutch ? dutch(whole, body, footnote) : plain(whole, body, footnote);
  }

  private static IndicatorValue dutch(String whole, String body, Optional<String> footnote) {
    Reading reading = DutchNotation.read(body);
    if (reading instanceof Reading.Percentage p) {
      return new Percentage(p.percent(), footnote);
    }
    if (reading instanceof Reading.Figure f && !f.euroSign() && f.direction().isEmpty()
        && f.qualifier().isEmpty() && f.figure().unit() == EuroUnit.EUROS) {
      return new Figure(f.figure().printedValue(), footnote);
    }
    throw refused(whole);
  }

  private static IndicatorValue plain(String whole, String body, Optional<String> footnote) {
    boolean percent = body.endsWith("%");
    String number = percent ? body.substring(0, body.length() - 1).strip() : body;
    if (!PLAIN.matcher(number).matches()) {
      throw new SociaalDomeinException("", Optional.of(whole), "not an indicator value in plain decimals"
          + " (such as 906.5, 71.3%, 1039, nog niet bekend, -, Ja, Nee, gereed; no grouping)");
    }
    BigDecimal value = new BigDecimal(number);
    return percent ? new Percentage(value, footnote) : new Figure(value, footnote);
  }

  private static SociaalDomeinException refused(String whole) {
    return new SociaalDomeinException("", Optional.of(whole), "an indicator value is a number (906,5;"
        + " 1.039), a percentage (71,3%), nog niet bekend, -, Ja, Nee or gereed, with an optional"
        + " footnote marker (306*); not an amount, a range or an approximate figure");
  }
}
