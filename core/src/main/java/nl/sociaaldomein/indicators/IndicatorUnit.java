// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.notation.DutchNotation;

/**
 * The unit of an indicator as a table prints it ({@code %}, {@code per 1.000 inwoners van 15-64
 * jaar}, {@code % van alle jongeren tot 18 jaar}, {@code Fte per 1.000 inwoners}), and the kind
 * that text names. The printed text is kept whole: it is what the reader of a report sees, and
 * the population a rate is for ("inwoners van 15-64 jaar") has no closed list.
 *
 * @param kind what the text names, derived from it
 * @param printed the unit as printed, trimmed
 */
public record IndicatorUnit(Kind kind, String printed) {

  /** What a unit measures in. */
  public enum Kind {
    /** A percentage: the text holds {@code %}. */
    PERCENTAGE,
    /** A rate per a number of people: the text holds {@code per 1.000} or {@code per 10.000}. */
    RATE,
    /** A count: the text is {@code aantal}. */
    COUNT,
    /** Yes or no: the text is {@code ja/nee}. */
    YES_NO,
    /** Any other printed unit, such as {@code kosten per inwoner}. */
    OTHER
  }

  private static final Pattern RATE = Pattern.compile("(?:^|\\s)per\\s+(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?=\\s|$)");

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public IndicatorUnit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(printed, "printed");
    if (printed.isBlank() || !printed.equals(printed.trim())) {
      throw new SociaalDomeinException("unit", Optional.of(printed),
          "a printed unit is text without surrounding spaces; leave the unit out where none is printed");
    }
    if (kindOf(printed) != kind) {
      throw new SociaalDomeinException("unit", Optional.of(printed),
          "the text names a unit of kind " + kindOf(printed) + ", not " + kind);
    }
  }

  /** The unit {@code text} prints, its kind derived from it; surrounding spaces dropped. */
  public static IndicatorUnit parse(CharSequence text) {
    String t = Objects.requireNonNull(text, "text").toString().trim();
    if (t.isEmpty()) {
      throw new SociaalDomeinException("unit", Optional.of(text.toString()),
          "a unit needs its text; leave the unit out where none is printed");
    }
    return new IndicatorUnit(kindOf(t), t);
  }

  /**
   * For a rate, the number of people it is per: 1000 for {@code per 1.000 inwoners}, read in
   * Dutch notation; empty for other kinds.
   */
  public Optional<BigDecimal> per() {
    Matcher m = RATE.matcher(printed.toLowerCase(Locale.ROOT));
    return kind == Kind.RATE && m.find()
        ? Optional.of(DutchNotation.parseFigure(m.group(1), EuroUnit.EUROS).printedValue())
        : Optional.empty();
  }

  private static Kind kindOf(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (RATE.matcher(t).find()) {
      return Kind.RATE;
    }
    if (t.contains("%")) {
      return Kind.PERCENTAGE;
    }
    if (t.equals("aantal")) {
      return Kind.COUNT;
    }
    if (t.equals("ja/nee")) {
      return Kind.YES_NO;
    }
    return Kind.OTHER;
  }

  /** The printed text; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return printed;
  }
}
