// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;

/**
 * Writes figures in Dutch notation so that they read back: for every figure {@code f} in this
 * format's unit, {@code DutchNotation.parseFigure(format(f), unit())} equals {@code f}.
 *
 * <p>Immutable; configure with the {@code with} methods, like
 * {@link java.time.format.DateTimeFormatter}.
 *
 * <pre>{@code
 * FigureFormat.THOUSANDS.format(figure)                    // 13.219
 * FigureFormat.EUROS.format(amount, RoundingMode.HALF_UP)  // € 1.234.567
 * FigureFormat.CENTS.format(amount, RoundingMode.HALF_UP)  // € 1.234,56
 * FigureFormat.MILLIONS.format(amount, RoundingMode.HALF_UP) // 1,9 miljoen
 * FigureFormat.THOUSANDS.withDirectionStyle(DirectionStyle.LETTER) // 85 N
 * FigureFormat.THOUSANDS.withMinusStyle(MinusStyle.TRAILING)      // 4.977-
 * }</pre>
 */
public final class FigureFormat {

  /** Whole thousands without a euro sign, as tables headed "x € 1.000" print them: {@code 1.234}. */
  public static final FigureFormat THOUSANDS = new FigureFormat(EuroUnit.THOUSANDS, 0, false, false, false, DirectionStyle.SIGN, MinusStyle.LEADING);
  /** Whole euros with a euro sign: {@code € 1.234.567}. */
  public static final FigureFormat EUROS = new FigureFormat(EuroUnit.EUROS, 0, true, false, false, DirectionStyle.SIGN, MinusStyle.LEADING);
  /** Euros and cents with a euro sign: {@code € 1.234,56}. */
  public static final FigureFormat CENTS = new FigureFormat(EuroUnit.EUROS, 2, true, false, false, DirectionStyle.SIGN, MinusStyle.LEADING);
  /** Millions with one decimal and the word: {@code 1,9 miljoen}. */
  public static final FigureFormat MILLIONS = new FigureFormat(EuroUnit.MILLIONS, 1, false, true, false, DirectionStyle.SIGN, MinusStyle.LEADING);

  private final EuroUnit unit;
  private final int decimals;
  private final boolean euroSign;
  private final boolean scaleWord;
  private final boolean wholeEuroDash;
  private final DirectionStyle directionStyle;
  private final MinusStyle minusStyle;

  private FigureFormat(
      EuroUnit unit,
      int decimals,
      boolean euroSign,
      boolean scaleWord,
      boolean wholeEuroDash,
      DirectionStyle directionStyle,
      MinusStyle minusStyle) {
    if (decimals < 0 || decimals > PrintedFigure.MAX_DIGITS) {
      throw new SociaalDomeinException("", Optional.of(Integer.toString(decimals)),
          "decimals must lie between 0 and " + PrintedFigure.MAX_DIGITS);
    }
    Objects.requireNonNull(unit, "unit");
    if (scaleWord && unit == EuroUnit.EUROS) {
      throw new SociaalDomeinException("Euros have no scale word");
    }
    this.unit = unit;
    this.decimals = decimals;
    this.euroSign = euroSign;
    this.scaleWord = scaleWord;
    this.wholeEuroDash = wholeEuroDash;
    this.directionStyle = Objects.requireNonNull(directionStyle, "directionStyle");
    this.minusStyle = Objects.requireNonNull(minusStyle, "minusStyle");
  }

  /** Whole {@code unit}s, no euro sign, no scale word, signed. */
  public static FigureFormat of(EuroUnit unit) {
    return new FigureFormat(Objects.requireNonNull(unit, "unit"), 0, false, false, false, DirectionStyle.SIGN, MinusStyle.LEADING);
  }

  /**
   * The format that writes {@code amount} exactly in euros: {@link #EUROS} ({@code € 50.000}) for
   * whole euros, {@link #CENTS} ({@code € 50.000,50}) where it has cents, as documents print an
   * amount; formatting with it never rounds.
   */
  public static FigureFormat exactEuros(Amount amount) {
    return Objects.requireNonNull(amount, "amount").toCents() % 100 == 0 ? EUROS : CENTS;
  }

  /** The unit figures are written in. */
  public EuroUnit unit() {
    return unit;
  }

  /** How many decimals figures are written with. */
  public int decimals() {
    return decimals;
  }

  /** This format in {@code unit}; the scale word is dropped for euros. */
  public FigureFormat withUnit(EuroUnit unit) {
    return new FigureFormat(unit, decimals, euroSign, scaleWord && unit != EuroUnit.EUROS, wholeEuroDash, directionStyle, minusStyle);
  }

  /**
   * How many decimals {@link #format(Amount, RoundingMode)} rounds to: 0 to
   * {@link PrintedFigure#MAX_DIGITS}.
   */
  public FigureFormat withDecimals(int decimals) {
    return new FigureFormat(unit, decimals, euroSign, scaleWord, wholeEuroDash, directionStyle, minusStyle);
  }

  /** This format with or without {@code €} before the number. */
  public FigureFormat withEuroSign(boolean euroSign) {
    return new FigureFormat(unit, decimals, euroSign, scaleWord, wholeEuroDash, directionStyle, minusStyle);
  }

  /** Writes "miljoen" or "miljard" after the number; not for euros. */
  public FigureFormat withScaleWord(boolean scaleWord) {
    return new FigureFormat(unit, decimals, euroSign, scaleWord, wholeEuroDash, directionStyle, minusStyle);
  }

  /** Writes whole figures with {@code ,-} ("no cents"), as in {@code € 1.473.000,-}. */
  public FigureFormat withWholeEuroDash(boolean wholeEuroDash) {
    return new FigureFormat(unit, decimals, euroSign, scaleWord, wholeEuroDash, directionStyle, minusStyle);
  }

  /** Whether a favourable figure shows as a sign, a V/N letter, or both. */
  public FigureFormat withDirectionStyle(DirectionStyle directionStyle) {
    return new FigureFormat(unit, decimals, euroSign, scaleWord, wholeEuroDash, directionStyle, minusStyle);
  }

  /**
   * Where a negative figure's minus stands: before the digits ({@code € -4.977}, the default) or
   * directly after them ({@code € 4.977-}), as some municipal tables print it.
   *
   * <p>A trailing minus stands before a scale word and a letter: {@code 1,9- miljoen},
   * {@code 85- N} with {@link DirectionStyle#SIGN_AND_LETTER}; with {@link DirectionStyle#LETTER}
   * no sign is written, so the style changes nothing. With {@link #withWholeEuroDash} a negative
   * whole figure is written {@code € 4.977-} without the no-cents dash, because {@code 4.977,--}
   * reads as "no cents", positive.
   */
  public FigureFormat withMinusStyle(MinusStyle minusStyle) {
    return new FigureFormat(unit, decimals, euroSign, scaleWord, wholeEuroDash, directionStyle, minusStyle);
  }

  /** Where a negative figure's minus stands. */
  public MinusStyle minusStyle() {
    return minusStyle;
  }

  /**
   * Writes {@code figure} with the decimals it was printed with; throws when it is in another
   * unit than this format's.
   */
  public String format(PrintedFigure figure) {
    Objects.requireNonNull(figure, "figure");
    if (figure.unit() != unit) {
      throw new SociaalDomeinException(
          "Figure " + figure + " is in " + figure.unit() + ", this format writes " + unit);
    }
    return format(figure.printedValue());
  }

  /** Rounds {@code amount} to this format's unit and decimals with {@code mode} and writes it. */
  public String format(Amount amount, RoundingMode mode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(mode, "mode");
    return format(PrintedFigure.rounded(amount, unit, decimals, mode));
  }

  /**
   * Writes {@code euros} in this format's unit without rounding: with this format's decimals, or
   * more where the value needs them to be exact (cents, for euros, are written as two). For the
   * bounds of ranges and the differences that checks report, which lie on halves of a unit.
   */
  public String formatExact(BigDecimal euros) {
    Objects.requireNonNull(euros, "euros");
    BigDecimal units = unit.fromEuros(euros).stripTrailingZeros();
    int decimals = Math.max(decimals(), Math.max(0, units.scale()));
    if (unit == EuroUnit.EUROS && decimals == 1) {
      decimals = 2;
    }
    return format(PrintedFigure.of(units.setScale(decimals, RoundingMode.UNNECESSARY), unit));
  }

  /**
   * How a table of figures in this format's unit heads the unit: {@code € 1.000} as in
   * "x € 1.000", {@code € 1} for euros.
   */
  public String heading() {
    return EUROS.format(PrintedFigure.of(unit.euros(), EuroUnit.EUROS));
  }

  private String format(BigDecimal value) {
    StringBuilder out = new StringBuilder();
    if (euroSign) {
      out.append("€ ");
    }
    boolean letter = directionStyle != DirectionStyle.SIGN && value.signum() != 0;
    boolean minus = value.signum() < 0 && directionStyle != DirectionStyle.LETTER;
    if (minus && minusStyle == MinusStyle.LEADING) {
      out.append('-');
    }
    boolean decimalsWritten = Digits.appendUnsigned(out, value);
    if (minus && minusStyle == MinusStyle.TRAILING) {
      out.append('-');
    } else if (!decimalsWritten && wholeEuroDash) {
      out.append(",-");
    }
    if (scaleWord) {
      out.append(' ').append(unit.dutchName());
    }
    if (letter) {
      out.append(' ').append(Direction.ofSignum(value.signum()).letter());
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "FigureFormat[unit=" + unit + ", decimals=" + decimals + ", euroSign=" + euroSign
        + ", scaleWord=" + scaleWord + ", wholeEuroDash=" + wholeEuroDash
        + ", directionStyle=" + directionStyle + ", minusStyle=" + minusStyle + "]";
  }
}
