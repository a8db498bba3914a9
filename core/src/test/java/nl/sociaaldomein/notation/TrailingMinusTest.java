// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Stream;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Negatives printed with the minus after the digits, as some municipal tables do. No seed prints
 * one, so the figures are the task's examples and seed figures (13.219 is seed 000's lasten of
 * Maatwerkdienstverlening 18-, x € 1.000) with the minus moved behind them. Refusals and their
 * indices are in {@link MalformedNotationTest}.
 */
class TrailingMinusTest {

  static Stream<Arguments> trailingMinusFigures() {
    // input, unit passed in, printed value (its scale is the printed decimals), figure's unit, euro sign, direction
    return Stream.of(
        arguments("4.977-", EuroUnit.EUROS, "-4977", EuroUnit.EUROS, false, null),
        arguments("€ 4.977-", EuroUnit.EUROS, "-4977", EuroUnit.EUROS, true, null),
        arguments("€ 1.234,56-", EuroUnit.EUROS, "-1234.56", EuroUnit.EUROS, true, null),
        arguments("13.219-", EuroUnit.THOUSANDS, "-13219", EuroUnit.THOUSANDS, false, null),
        arguments("  13.219-\t", EuroUnit.THOUSANDS, "-13219", EuroUnit.THOUSANDS, false, null),
        arguments("0,84-", EuroUnit.EUROS, "-0.84", EuroUnit.EUROS, false, null),
        arguments(",84-", EuroUnit.EUROS, "-0.84", EuroUnit.EUROS, false, null),
        // PDF extraction's minus sign and en dash serve after the digits as before them
        arguments("4.977\u2212", EuroUnit.EUROS, "-4977", EuroUnit.EUROS, false, null),
        arguments("4.977\u2013", EuroUnit.EUROS, "-4977", EuroUnit.EUROS, false, null),
        // the minus agrees with N, and a scale word follows it
        arguments("85- N", EuroUnit.THOUSANDS, "-85", EuroUnit.THOUSANDS, false, Direction.UNFAVOURABLE),
        arguments("€ 1,9- miljoen", EuroUnit.EUROS, "-1.9", EuroUnit.MILLIONS, true, null),
        arguments("€ 1,9- miljoen N", EuroUnit.EUROS, "-1.9", EuroUnit.MILLIONS, true, Direction.UNFAVOURABLE),
        // a zero with a minus is zero, as "-0" is
        arguments("0-", EuroUnit.EUROS, "0", EuroUnit.EUROS, false, null));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" reads as {2} {3}")
  @MethodSource("trailingMinusFigures")
  void readsATrailingMinus(
      String input, EuroUnit in, String value, EuroUnit unit, boolean euroSign, Direction direction) {
    Reading.Figure f = assertInstanceOf(Reading.Figure.class, DutchNotation.read(input, in));
    assertAll(
        () -> assertEquals(new BigDecimal(value), f.figure().printedValue(), "printed value with its scale"),
        () -> assertEquals(unit, f.figure().unit(), "unit"),
        () -> assertEquals(euroSign, f.euroSign(), "euro sign"),
        () -> assertEquals(Optional.ofNullable(direction), f.direction(), "direction"),
        () -> assertEquals(Optional.empty(), f.qualifier(), "qualifier"),
        () -> assertEquals(MinusStyle.TRAILING, f.minusStyle(), "minus style"));
  }

  @Test
  void parsesTheTasksExamplesToExactAmounts() {
    assertEquals(PrintedFigure.of(-4977, EuroUnit.EUROS), DutchNotation.parseFigure("4.977-", EuroUnit.EUROS));
    assertEquals(Amount.ofEuros(-4977), DutchNotation.parseAmount("4.977-"));
    assertEquals(Amount.ofEuros(-4977), DutchNotation.parseAmount("€ 4.977-"));
    assertEquals(PrintedFigure.of(-13_219, EuroUnit.THOUSANDS), DutchNotation.parseFigure("13.219-", EuroUnit.THOUSANDS));
    assertEquals(Amount.ofEuros(-13_219_000), DutchNotation.parseAmount("13.219-", EuroUnit.THOUSANDS));
    assertEquals(Amount.ofCents(-123_456), DutchNotation.parseAmount("€ 1.234,56-"));
    assertEquals(DutchNotation.parseAmount("-1.234,56"), DutchNotation.parseAmount("1.234,56-"));
    assertEquals(AmountRange.exactly(Amount.ofEuros(-4977)), DutchNotation.parseRange("4.977-", EuroUnit.EUROS));
  }

  @Test
  void aQualifierMayStandBeforeAFigureWithATrailingMinus() {
    Reading.Figure f = assertInstanceOf(Reading.Figure.class, DutchNotation.read("ruim 4.977-"));
    assertEquals(Optional.of(Qualifier.MORE_THAN), f.qualifier());
    assertEquals(new BigDecimal("-4977"), f.figure().printedValue());
    assertEquals(MinusStyle.TRAILING, f.minusStyle());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" has no trailing minus")
  @ValueSource(strings = {"4.977", "-4.977", "€ -1.234,56", "-€ 4.977", "+85 V", "85 N", "-85 N", "0", "-0"})
  void aLeadingMinusOrNoneReadsAsLeading(String input) {
    assertEquals(MinusStyle.LEADING, assertInstanceOf(Reading.Figure.class, DutchNotation.read(input)).minusStyle());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is whole euros, positive")
  @ValueSource(strings = {"€ 1.473.000,-", "1.473.000,-", "€ 1.473.000,--", "1.473.000,\u2014"})
  void theNoCentsDashStaysPositive(String input) {
    // Seed 004 prints "€ 1.473.000,-"; the dash there is no minus.
    Reading.Figure f = assertInstanceOf(Reading.Figure.class, DutchNotation.read(input));
    assertEquals(new BigDecimal("1473000"), f.figure().printedValue());
    assertEquals(MinusStyle.LEADING, f.minusStyle());
  }

  static Stream<Arguments> rangesAsBefore() {
    AmountRange tenToFifty = AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(50_000));
    return Stream.of(
        arguments("p.m. (10.000 - 50.000)", tenToFifty),
        arguments("p.m. (10.000-50.000)", tenToFifty),
        // a dash directly after the low end is the separator, not a trailing minus
        arguments("p.m. (10.000- 50.000)", tenToFifty),
        arguments("p.m. (10.000 -50.000)", tenToFifty),
        arguments("p.m. (10.000 \u2013 50.000)", tenToFifty),
        arguments("p.m. (0-10.000)", AmountRange.proMemorie(Amount.ZERO, Amount.ofEuros(10_000))),
        arguments("p.m. (-5-10)", AmountRange.proMemorie(Amount.ofEuros(-5), Amount.ofEuros(10))),
        arguments("Tussen de € 20.000,- en € 35.000,-",
            AmountRange.between(Amount.ofEuros(20_000), Amount.ofEuros(35_000))));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("rangesAsBefore")
  void rangesReadAsBefore(String input, AmountRange range) {
    assertEquals(range, DutchNotation.parseRange(input, EuroUnit.EUROS));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is blank")
  @ValueSource(strings = {"-", " - ", "\u2212", "\u2013"})
  void aLoneDashStaysBlank(String input) {
    assertInstanceOf(Reading.Blank.class, DutchNotation.read(input));
  }

  @Test
  void refusalsNameTheTrailingMinus() {
    assertTrue(refusal("-4.977-").why().contains("both before and after"));
    assertTrue(refusal("4.977+").why().contains("plus after the digits"));
    assertTrue(refusal("4.977- V").why().contains("the letter says V"));
    assertTrue(refusal("4.977,---").why().contains("no-cents dash"));
    assertTrue(refusal("10.000-50.000").why().contains("p.m."));
    assertTrue(refusal("4.977- %").why().contains("percentage"));
  }

  private static NotationParseException refusal(String input) {
    return assertThrows(NotationParseException.class, () -> DutchNotation.read(input));
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  static Stream<Arguments> writtenWithATrailingMinus() {
    FigureFormat trailing = FigureFormat.THOUSANDS.withMinusStyle(MinusStyle.TRAILING);
    return Stream.of(
        arguments(trailing, PrintedFigure.of(-13_219, EuroUnit.THOUSANDS), "13.219-", MinusStyle.TRAILING),
        arguments(trailing, PrintedFigure.of(13_219, EuroUnit.THOUSANDS), "13.219", MinusStyle.LEADING),
        arguments(trailing, PrintedFigure.of(0, EuroUnit.THOUSANDS), "0", MinusStyle.LEADING),
        arguments(FigureFormat.EUROS.withMinusStyle(MinusStyle.TRAILING), PrintedFigure.of(-4977, EuroUnit.EUROS), "€ 4.977-", MinusStyle.TRAILING),
        arguments(FigureFormat.CENTS.withMinusStyle(MinusStyle.TRAILING), figure("-1234.56", EuroUnit.EUROS), "€ 1.234,56-", MinusStyle.TRAILING),
        arguments(FigureFormat.CENTS.withMinusStyle(MinusStyle.TRAILING), figure("-0.05", EuroUnit.EUROS), "€ 0,05-", MinusStyle.TRAILING),
        // the no-cents dash gives way to the minus: "4.977,--" would read as no cents, positive
        arguments(FigureFormat.EUROS.withWholeEuroDash(true).withMinusStyle(MinusStyle.TRAILING),
            PrintedFigure.of(-4977, EuroUnit.EUROS), "€ 4.977-", MinusStyle.TRAILING),
        arguments(FigureFormat.EUROS.withWholeEuroDash(true).withMinusStyle(MinusStyle.TRAILING),
            PrintedFigure.of(1_473_000, EuroUnit.EUROS), "€ 1.473.000,-", MinusStyle.LEADING),
        // the minus stands directly after the digits, before a scale word and a letter
        arguments(FigureFormat.MILLIONS.withMinusStyle(MinusStyle.TRAILING), figure("-1.9", EuroUnit.MILLIONS), "1,9- miljoen", MinusStyle.TRAILING),
        arguments(trailing.withDirectionStyle(DirectionStyle.SIGN_AND_LETTER), PrintedFigure.of(-85, EuroUnit.THOUSANDS), "85- N", MinusStyle.TRAILING),
        arguments(trailing.withDirectionStyle(DirectionStyle.SIGN_AND_LETTER), PrintedFigure.of(120, EuroUnit.THOUSANDS), "120 V", MinusStyle.LEADING),
        // a letter alone writes no sign, so the style changes nothing
        arguments(trailing.withDirectionStyle(DirectionStyle.LETTER), PrintedFigure.of(-85, EuroUnit.THOUSANDS), "85 N", MinusStyle.LEADING));
  }

  /** What a reader of a table needs to write it back: the text, and the form it read. */
  @ParameterizedTest(name = "[{index}] {1} is written \"{2}\" and read back with a {3} minus")
  @MethodSource("writtenWithATrailingMinus")
  void writesATrailingMinusAndReadsItBackInItsStyle(
      FigureFormat format, PrintedFigure figure, String text, MinusStyle style) {
    assertEquals(text, format.format(figure));
    Reading.Figure reading = assertInstanceOf(Reading.Figure.class, DutchNotation.read(text, format.unit()));
    assertEquals(figure, reading.figure());
    assertEquals(style, reading.minusStyle());
    assertEquals(text, format.withMinusStyle(reading.minusStyle()).format(reading.figure()));
  }

  @Test
  void formatsWriteALeadingMinusUnlessToldOtherwise() {
    assertEquals(MinusStyle.LEADING, FigureFormat.CENTS.minusStyle());
    assertEquals(MinusStyle.LEADING, FigureFormat.of(EuroUnit.MILLIONS).minusStyle());
    FigureFormat trailing = FigureFormat.CENTS.withMinusStyle(MinusStyle.TRAILING);
    assertEquals(MinusStyle.TRAILING, trailing.minusStyle());
    // the style survives the other with methods
    assertEquals(MinusStyle.TRAILING, trailing.withUnit(EuroUnit.THOUSANDS).withDecimals(0).withEuroSign(false)
        .withScaleWord(true).withWholeEuroDash(true).withDirectionStyle(DirectionStyle.LETTER).minusStyle());
    assertEquals("€ 1.234,56-", trailing.format(Amount.ofCents(-123_456), RoundingMode.UNNECESSARY));
    assertEquals("€ -1.234,56", trailing.withMinusStyle(MinusStyle.LEADING).format(Amount.ofCents(-123_456), RoundingMode.UNNECESSARY));
    assertTrue(trailing.toString().contains("minusStyle=TRAILING"), trailing.toString());
    NullPointerException e = assertThrows(NullPointerException.class, () -> FigureFormat.CENTS.withMinusStyle(null));
    assertEquals("minusStyle", e.getMessage());
  }

  @Test
  void aFigureReadWithATrailingMinusIsNeverPositive() {
    PrintedFigure positive = PrintedFigure.of(4977, EuroUnit.EUROS);
    assertThrows(SociaalDomeinException.class,
        () -> new Reading.Figure(positive, false, Optional.empty(), Optional.empty(), MinusStyle.TRAILING));
    assertEquals(MinusStyle.LEADING,
        new Reading.Figure(positive, false, Optional.empty(), Optional.empty(), MinusStyle.LEADING).minusStyle());
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new Reading.Figure(positive, false, Optional.empty(), Optional.empty(), null));
    assertEquals("minusStyle", e.getMessage());
  }

  private static PrintedFigure figure(String value, EuroUnit unit) {
    return PrintedFigure.of(new BigDecimal(value), unit);
  }
}
