// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.notation.MinusStyle;

/**
 * Figures in Dutch notation: texts the notation reads, with the figure each must give, and texts
 * it refuses, with the 0-based index at which {@link nl.sociaaldomein.notation.DutchNotation}
 * reports the mistake ({@link nl.sociaaldomein.notation.NotationParseException#errorIndex()}).
 */
public final class Notations {

  private Notations() {}

  /**
   * Texts as documents print figures in {@code unit}: dots between thousands, a leading or
   * trailing minus, with or without a euro sign, and in euros sometimes cents after a comma.
   */
  public static Generator<Valid> valid(EuroUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return draws -> {
      boolean cents = unit == EuroUnit.EUROS && draws.oneIn(3);
      long value = draws.between(-999_999_999_999L, 999_999_999_999L);
      PrintedFigure figure = PrintedFigure.of(cents ? BigDecimal.valueOf(value, 2) : BigDecimal.valueOf(value), unit);
      FigureFormat format = (cents ? FigureFormat.CENTS : FigureFormat.of(unit))
          .withMinusStyle(draws.pick(List.of(MinusStyle.LEADING, MinusStyle.TRAILING)))
          .withEuroSign(draws.oneIn(2));
      return new Valid(format.format(figure), figure);
    };
  }

  /** Texts the notation refuses, one of each {@link Mistake}, with where the mistake is. */
  public static Generator<Invalid> invalid() {
    return draws -> {
      Mistake mistake = draws.pick(List.of(Mistake.values()));
      String sign = draws.oneIn(3) ? "-" : "";
      String euro = draws.oneIn(3) ? "€ " : "";
      String prefix = euro + sign;
      String grouped = grouped(draws.between(1, 999_999_999));
      return switch (mistake) {
        case ENGLISH_DECIMAL -> {
          // A dot followed by anything but three digits: English decimals, or a group too long.
          int digits = draws.pick(List.of(1, 2, 4));
          String decimals = digitsOf(draws, digits);
          String text = prefix + grouped + "." + decimals;
          yield new Invalid(text, prefix.length() + grouped.length(), mistake);
        }
        case LEADING_ZERO -> new Invalid(prefix + "0" + draws.between(1, 999), prefix.length(), mistake);
        case SPACE_INSIDE -> {
          String head = Long.toString(draws.between(1, 999));
          yield new Invalid(prefix + head + " " + digitsOf(draws, 3), prefix.length() + head.length(), mistake);
        }
        case PLUS_AFTER -> new Invalid(prefix + grouped + "+", prefix.length() + grouped.length(), mistake);
        case SIGN_BOTH_SIDES -> new Invalid(euro + "-" + grouped + "-", euro.length() + 1 + grouped.length(), mistake);
        case PARENTHESES -> new Invalid("(" + grouped + ")", 0, mistake);
        case LETTER_AFTER -> new Invalid(prefix + grouped + "x", prefix.length() + grouped.length(), mistake);
      };
    };
  }

  private static String digitsOf(Draws draws, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + draws.between(0, 9)));
    }
    return out.toString();
  }

  /** {@code value} with a dot between groups of three digits. */
  private static String grouped(long value) {
    String digits = Long.toString(value);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('.');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /**
   * A text the notation reads, and the figure it gives.
   *
   * @param text as a document prints it
   * @param figure what {@code DutchNotation.parseFigure(text, figure.unit())} gives
   */
  public record Valid(String text, PrintedFigure figure) {
    public Valid {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(figure, "figure");
    }
  }

  /**
   * A text the notation refuses.
   *
   * @param text the text
   * @param errorIndex the 0-based index the parser reports
   * @param mistake what is wrong with it
   */
  public record Invalid(String text, int errorIndex, Mistake mistake) {
    public Invalid {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(mistake, "mistake");
    }
  }

  /** The ways a figure is misprinted, each refused where the notation says so. */
  public enum Mistake {
    /** A dot not followed by three digits ({@code 1.5}, {@code 12.345.67}): the error is at that dot. */
    ENGLISH_DECIMAL,
    /** A leading zero ({@code 007}): the error is at the zero. */
    LEADING_ZERO,
    /** A space between digits ({@code 1 234}): the error is at the space. */
    SPACE_INSIDE,
    /** A plus after the digits ({@code 4.977+}): the error is at the plus. */
    PLUS_AFTER,
    /** A minus before and after the digits ({@code -4.977-}): the error is at the second minus. */
    SIGN_BOTH_SIDES,
    /** Accounting parentheses ({@code (1.234)}): the error is at the opening parenthesis. */
    PARENTHESES,
    /** A letter after the figure that is no V, N or scale word ({@code 1.234x}): the error is at the letter. */
    LETTER_AFTER
  }
}
