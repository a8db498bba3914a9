// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Stream;
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
 * Examples of Dutch municipal notation, as printed in the seed documents, and the exact values
 * they must read to. Every assertion on a number uses {@link BigDecimal#equals}, which compares
 * the scale too, because the printed decimals carry the figure's precision.
 */
class DutchNotationTest {

  private static final Direction V = Direction.FAVOURABLE;
  private static final Direction N = Direction.UNFAVOURABLE;

  // ---------------------------------------------------------------------------------------------
  // Figures

  static Stream<Arguments> figures() {
    // input, printed value (its scale is the printed decimals), unit, euro sign, direction, qualifier
    return Stream.of(
        arguments("3.820", "3820", EuroUnit.EUROS, false, null, null),
        arguments("-5.321", "-5321", EuroUnit.EUROS, false, null, null),
        arguments("€ -26.760", "-26760", EuroUnit.EUROS, true, null, null),
        arguments("18.971.249", "18971249", EuroUnit.EUROS, false, null, null),
        arguments("-1.412.815", "-1412815", EuroUnit.EUROS, false, null, null),
        // ",-" means "no cents": the figure is whole euros, so scale 0, not 2
        arguments("€ 1.473.000,-", "1473000", EuroUnit.EUROS, true, null, null),
        arguments("€ 5.040,-", "5040", EuroUnit.EUROS, true, null, null),
        arguments("0,84", "0.84", EuroUnit.EUROS, false, null, null),
        arguments("€100.000", "100000", EuroUnit.EUROS, true, null, null),
        arguments("€ 1,9 miljoen", "1.9", EuroUnit.MILLIONS, true, null, null),
        arguments("€1,314 miljard", "1.314", EuroUnit.BILLIONS, true, null, null),
        arguments("ruim € 3 miljoen", "3", EuroUnit.MILLIONS, true, null, Qualifier.MORE_THAN),
        arguments("120 V", "120", EuroUnit.EUROS, false, V, null),
        arguments("-85 N", "-85", EuroUnit.EUROS, false, N, null),
        // the letter decides the sign: N without a minus is still unfavourable, so negative
        arguments("85 N", "-85", EuroUnit.EUROS, false, N, null),
        // letters are read case-insensitively
        arguments("120 v", "120", EuroUnit.EUROS, false, V, null),
        arguments("+85 V", "85", EuroUnit.EUROS, false, V, null),
        // PDF extraction leaves no-break spaces and typographic minus signs
        arguments("€\u00A01.234", "1234", EuroUnit.EUROS, true, null, null),
        arguments("€\u00A0-1.234", "-1234", EuroUnit.EUROS, true, null, null),
        arguments("\u22125.321", "-5321", EuroUnit.EUROS, false, null, null),
        arguments("€ \u221226.760", "-26760", EuroUnit.EUROS, true, null, null),
        arguments("\u20135.321", "-5321", EuroUnit.EUROS, false, null, null),
        // the euro sign may also stand after the sign
        arguments("-€ 26.760", "-26760", EuroUnit.EUROS, true, null, null),
        arguments("€ 1,9 mln", "1.9", EuroUnit.MILLIONS, true, null, null),
        arguments("€ 1,9 mln.", "1.9", EuroUnit.MILLIONS, true, null, null),
        arguments("2 mld", "2", EuroUnit.BILLIONS, false, null, null),
        arguments("€ 1,3 mrd", "1.3", EuroUnit.BILLIONS, true, null, null),
        arguments("€ 500 duizend", "500", EuroUnit.THOUSANDS, true, null, null),
        arguments("circa € 250.000", "250000", EuroUnit.EUROS, true, null, Qualifier.ABOUT),
        arguments("ca. 5", "5", EuroUnit.EUROS, false, null, Qualifier.ABOUT),
        arguments("ongeveer 5", "5", EuroUnit.EUROS, false, null, Qualifier.ABOUT),
        arguments("zo'n 5", "5", EuroUnit.EUROS, false, null, Qualifier.ABOUT),
        arguments("bijna € 2 miljoen", "2", EuroUnit.MILLIONS, true, null, Qualifier.LESS_THAN),
        // surrounding whitespace of a table cell is not part of the figure
        arguments("  3.820\t", "3820", EuroUnit.EUROS, false, null, null),
        arguments("0", "0", EuroUnit.EUROS, false, null, null));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" reads as {1} {2}")
  @MethodSource("figures")
  void readsFigure(
      String input,
      String value,
      EuroUnit unit,
      boolean euroSign,
      Direction direction,
      Qualifier qualifier) {
    assertFigure(
        DutchNotation.read(input), new BigDecimal(value), unit, euroSign, direction, qualifier);
  }

  @Test
  void readsSharesBelowOneWithoutALeadingZero() {
    // Seed 004, annex 7 table 2: "volksgezondheid ,4%" and an empty "%" cell.
    assertEquals(new BigDecimal("0.4"), DutchNotation.parsePercentage(",4%"));
    assertEquals(new BigDecimal("0.84"), DutchNotation.parseFigure(",84", EuroUnit.EUROS).printedValue());
    assertInstanceOf(Reading.Blank.class, DutchNotation.read("%"));
    assertThrows(NotationParseException.class, () -> DutchNotation.read(",%"));
    assertThrows(NotationParseException.class, () -> DutchNotation.read(",.4"));
  }

  @Test
  void approximateFigureSaysSo() {
    Reading.Figure figure =
        assertInstanceOf(Reading.Figure.class, DutchNotation.read("ruim € 3 miljoen"));
    assertTrue(figure.isApproximate());
    assertFalse(
        assertInstanceOf(Reading.Figure.class, DutchNotation.read("€ 3 miljoen")).isApproximate());
  }

  @Test
  void figureInThousandsStandsForThousandsOfEuros() {
    Reading reading = DutchNotation.read("3.820", EuroUnit.THOUSANDS);
    assertFigure(reading, new BigDecimal("3820"), EuroUnit.THOUSANDS, false, null, null);
    PrintedFigure figure = ((Reading.Figure) reading).figure();
    assertAll(
        () -> assertEquals(0, new BigDecimal("3820000").compareTo(figure.nominal()),
            () -> "nominal " + figure.nominal()),
        // a whole thousand is printed, so the true amount lies within 500 euros of it
        () -> assertEquals(0, new BigDecimal("500").compareTo(figure.halfWidth()),
            () -> "halfWidth " + figure.halfWidth()));
  }

  @Test
  void scaleWordOverridesTheUnitPassedIn() {
    // a table "x € 1.000" may still carry a figure written out in millions in a footnote
    assertFigure(
        DutchNotation.read("€ 1,9 miljoen", EuroUnit.THOUSANDS),
        new BigDecimal("1.9"), EuroUnit.MILLIONS, true, null, null);
  }

  @Test
  void readsAFigureInTheUnitGiven() {
    // Moved from PrintedFigureTest when PrintedFigure.parse(text, unit) gave way to this method.
    assertEquals(PrintedFigure.of(3_820, EuroUnit.THOUSANDS), DutchNotation.parseFigure("3.820", EuroUnit.THOUSANDS));
  }

  @Test
  void headsATableWithItsUnit() {
    assertEquals("€ 1", FigureFormat.EUROS.heading());
    assertEquals("€ 1.000", FigureFormat.THOUSANDS.heading());
    assertEquals("€ 1.000.000", FigureFormat.MILLIONS.heading());
    assertEquals("€ 1.000.000.000", FigureFormat.of(EuroUnit.BILLIONS).heading());
  }

  @Test
  void oneDecimalOfMillionsIsPreciseToAHundredThousand() {
    PrintedFigure figure = DutchNotation.parseFigure("1,9 miljoen", EuroUnit.EUROS);
    assertAll(
        () -> assertEquals(PrintedFigure.of(new BigDecimal("1.9"), EuroUnit.MILLIONS), figure),
        () -> assertEquals(1, figure.decimals()),
        () -> assertEquals(0, new BigDecimal("1850000").compareTo(figure.lowerBound()),
            () -> "lowerBound " + figure.lowerBound()),
        () -> assertEquals(0, new BigDecimal("1950000").compareTo(figure.upperBound()),
            () -> "upperBound " + figure.upperBound()));
  }

  @Test
  void letterFigureInThousands() {
    assertFigure(
        DutchNotation.read("85 N", EuroUnit.THOUSANDS),
        new BigDecimal("-85"), EuroUnit.THOUSANDS, false, N, null);
  }

  // ---------------------------------------------------------------------------------------------
  // p.m. items and ranges

  @ParameterizedTest(name = "[{index}] \"{0}\" is an open p.m. item")
  @ValueSource(strings = {"p.m.", "PM", "pm", "P.M.", "p.m", " p.m. "})
  void readsOpenProMemorie(String input) {
    AmountRange range = assertRange(DutchNotation.read(input));
    assertAll(
        () -> assertTrue(range.isProMemorie(), "p.m. flag"),
        () -> assertEquals(Optional.empty(), range.low()),
        () -> assertEquals(Optional.empty(), range.high()),
        () -> assertEquals(AmountRange.proMemorie(), range));
  }

  @Test
  void readsProMemorieWithRange() {
    AmountRange range = assertRange(DutchNotation.read("p.m. (10.000 - 50.000)"));
    assertAll(
        () -> assertTrue(range.isProMemorie(), "p.m. flag"),
        () -> assertEquals(Optional.of(Amount.ofEuros(10_000)), range.low()),
        () -> assertEquals(Optional.of(Amount.ofEuros(50_000)), range.high()));
  }

  @Test
  void readsProMemorieWithRangeFromZeroWithoutSpaces() {
    AmountRange range = assertRange(DutchNotation.read("p.m. (0-10.000)"));
    assertAll(
        () -> assertTrue(range.isProMemorie(), "p.m. flag"),
        () -> assertEquals(Optional.of(Amount.ZERO), range.low()),
        () -> assertEquals(Optional.of(Amount.ofEuros(10_000)), range.high()));
  }

  @Test
  void readsProMemorieRangeWithTotAndEnDash() {
    AmountRange expected = AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(50_000));
    assertEquals(expected, assertRange(DutchNotation.read("p.m. (10.000 tot 50.000)")));
    assertEquals(expected, assertRange(DutchNotation.read("p.m. (10.000 \u2013 50.000)")));
  }

  @Test
  void proMemorieRangeEndsAreInTheUnitPassedIn() {
    AmountRange range = assertRange(DutchNotation.read("p.m. (10 - 50)", EuroUnit.THOUSANDS));
    assertEquals(AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(50_000)), range);
  }

  @Test
  void readsBetween() {
    AmountRange range = assertRange(DutchNotation.read("Tussen de € 20.000,- en € 35.000,-"));
    assertAll(
        () -> assertFalse(range.isProMemorie(), "p.m. flag"),
        () -> assertEquals(Optional.of(Amount.ofEuros(20_000)), range.low()),
        () -> assertEquals(Optional.of(Amount.ofEuros(35_000)), range.high()));
  }

  @Test
  void readsBetweenWithoutDe() {
    assertEquals(
        AmountRange.between(Amount.ofEuros(5), Amount.ofEuros(10)),
        assertRange(DutchNotation.read("tussen 5 en 10")));
  }

  static Stream<Arguments> rangesWithScaleWords() {
    return Stream.of(
        arguments("tussen € 1 miljoen en € 2 miljoen", 1_000_000L, 2_000_000L),
        arguments("Tussen de € 1,5 mln en € 2 mln", 1_500_000L, 2_000_000L));
  }

  /**
   * A scale word on the low end once broke the range: the parser swallowed the spaces after
   * "miljoen" and then found "en" where it required a space.
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rangesWithScaleWords")
  void readsBetweenWithScaleWords(String input, long low, long high) {
    AmountRange range = assertRange(DutchNotation.read(input));
    assertEquals(AmountRange.between(Amount.ofEuros(low), Amount.ofEuros(high)), range);
  }

  @Test
  void readsProMemorieRangeWithScaleWords() {
    assertEquals(
        AmountRange.proMemorie(Amount.ofEuros(1_000_000), Amount.ofEuros(2_000_000)),
        assertRange(DutchNotation.read("p.m. (1 mln - 2 mln)")));
  }

  // ---------------------------------------------------------------------------------------------
  // Percentages and blanks

  @Test
  void readsPercentageWithItsDecimals() {
    Reading.Percentage percentage =
        assertInstanceOf(Reading.Percentage.class, DutchNotation.read("71,3%"));
    assertEquals(new BigDecimal("71.3"), percentage.percent());
  }

  @Test
  void parsesPercentageWithSpaceBeforeTheSign() {
    assertEquals(new BigDecimal("71.3"), DutchNotation.parsePercentage("71,3 %"));
  }

  @Test
  void parsePercentageRefusesAPlainFigure() {
    assertThrows(NotationParseException.class, () -> DutchNotation.parsePercentage("71,3"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is blank")
  @ValueSource(strings = {"-", "\u2013", "\u2014", "\u2212", "", " ", "   ", "\t", "\u00A0", " - "})
  void readsBlank(String input) {
    assertInstanceOf(Reading.Blank.class, DutchNotation.read(input));
  }

  // ---------------------------------------------------------------------------------------------
  // The narrower entry points

  @Test
  void parseAmountReadsEurosAndCents() {
    assertEquals(Amount.ofCents(123456), DutchNotation.parseAmount("€ 1.234,56"));
  }

  @Test
  void parseAmountReadsScaleWordsAndUnits() {
    assertEquals(Amount.ofEuros(1_900_000), DutchNotation.parseAmount("€ 1,9 miljoen"));
    assertEquals(Amount.ofEuros(13_219_000), DutchNotation.parseAmount("13.219", EuroUnit.THOUSANDS));
  }

  @Test
  void parseAmountRefusesAFractionOfACent() {
    NotationParseException e =
        assertThrows(NotationParseException.class, () -> DutchNotation.parseAmount("€ 1,234"));
    assertTrue(e.getMessage().contains("€ 1,234"), e.getMessage());
    assertEquals("€ 1,234", e.what().orElseThrow());
  }

  @ParameterizedTest(name = "[{index}] parseFigure refuses \"{0}\"")
  @ValueSource(strings = {"p.m.", "", "  ", "-", "ruim € 3 miljoen", "71,3%", "tussen 5 en 10"})
  void parseFigureRefusesWhatIsNotOneExactFigure(String input) {
    NotationParseException e =
        assertThrows(NotationParseException.class,
            () -> DutchNotation.parseFigure(input, EuroUnit.EUROS));
    assertTrue(e.getMessage().contains("\"" + input + "\""), e.getMessage());
  }

  @Test
  void parseFigureReturnsThePrintedFigure() {
    assertEquals(
        PrintedFigure.of(-26_760, EuroUnit.THOUSANDS),
        DutchNotation.parseFigure("€ -26.760", EuroUnit.THOUSANDS));
  }

  @Test
  void parseRangeOfASingleFigureIsExact() {
    AmountRange range = DutchNotation.parseRange("3.820", EuroUnit.THOUSANDS);
    assertAll(
        () -> assertEquals(AmountRange.exactly(Amount.ofEuros(3_820_000)), range),
        () -> assertTrue(range.isExact()),
        () -> assertFalse(range.isProMemorie()));
  }

  @Test
  void parseRangeReadsProMemorie() {
    assertEquals(
        AmountRange.proMemorie(Amount.ZERO, Amount.ofEuros(10_000)),
        DutchNotation.parseRange("p.m. (0-10.000)", EuroUnit.EUROS));
  }

  @Test
  void parseRangeRefusesAnApproximateFigure() {
    // "ruim 5" is no exact range; silently treating it as exactly 5 would lose the qualifier
    assertThrows(
        NotationParseException.class, () -> DutchNotation.parseRange("ruim 5", EuroUnit.EUROS));
  }

  // ---------------------------------------------------------------------------------------------
  // FigureFormat

  @Test
  void formatsThousands() {
    assertEquals(
        "1.234", FigureFormat.THOUSANDS.format(PrintedFigure.of(1234, EuroUnit.THOUSANDS)));
  }

  @Test
  void formatsEuros() {
    assertEquals(
        "€ 1.234.567", FigureFormat.EUROS.format(Amount.ofEuros(1_234_567), RoundingMode.HALF_UP));
  }

  @Test
  void formatsCents() {
    assertEquals(
        "€ 1.234,56", FigureFormat.CENTS.format(Amount.ofCents(123456), RoundingMode.HALF_UP));
  }

  @Test
  void formatsMillions() {
    assertEquals(
        "1,9 miljoen",
        FigureFormat.MILLIONS.format(Amount.ofEuros(1_900_000), RoundingMode.HALF_UP));
  }

  @Test
  void formatsNegative() {
    assertEquals("€ -1.234", FigureFormat.EUROS.format(Amount.ofEuros(-1234), RoundingMode.HALF_UP));
  }

  @Test
  void formatsWholeEuroDash() {
    assertEquals(
        "€ 1.473.000,-",
        FigureFormat.EUROS.withWholeEuroDash(true)
            .format(Amount.ofEuros(1_473_000), RoundingMode.HALF_UP));
  }

  @Test
  void refusesFigureInAnotherUnit() {
    assertThrows(
        IllegalArgumentException.class,
        () -> FigureFormat.THOUSANDS.format(PrintedFigure.of(1234, EuroUnit.EUROS)));
    assertThrows(
        IllegalArgumentException.class,
        () -> FigureFormat.EUROS.format(PrintedFigure.of(new BigDecimal("1.9"), EuroUnit.MILLIONS)));
  }

  static Stream<Arguments> roundTrips() {
    FigureFormat letter = FigureFormat.THOUSANDS.withDirectionStyle(DirectionStyle.LETTER);
    FigureFormat signAndLetter =
        FigureFormat.THOUSANDS.withDirectionStyle(DirectionStyle.SIGN_AND_LETTER);
    FigureFormat dash = FigureFormat.EUROS.withWholeEuroDash(true);
    return Stream.of(
        arguments(FigureFormat.THOUSANDS, PrintedFigure.of(1234, EuroUnit.THOUSANDS), "1.234"),
        arguments(FigureFormat.THOUSANDS, PrintedFigure.of(0, EuroUnit.THOUSANDS), "0"),
        arguments(FigureFormat.EUROS, PrintedFigure.of(1_234_567, EuroUnit.EUROS), "€ 1.234.567"),
        arguments(FigureFormat.EUROS, PrintedFigure.of(-1234, EuroUnit.EUROS), "€ -1.234"),
        arguments(FigureFormat.CENTS, figure("1234.56", EuroUnit.EUROS), "€ 1.234,56"),
        arguments(FigureFormat.CENTS, figure("-0.05", EuroUnit.EUROS), "€ -0,05"),
        arguments(FigureFormat.MILLIONS, figure("1.9", EuroUnit.MILLIONS), "1,9 miljoen"),
        arguments(FigureFormat.MILLIONS, figure("-1.9", EuroUnit.MILLIONS), "-1,9 miljoen"),
        arguments(letter, PrintedFigure.of(-85, EuroUnit.THOUSANDS), "85 N"),
        arguments(letter, PrintedFigure.of(120, EuroUnit.THOUSANDS), "120 V"),
        // zero is neither favourable nor unfavourable, so no letter
        arguments(letter, PrintedFigure.of(0, EuroUnit.THOUSANDS), "0"),
        arguments(signAndLetter, PrintedFigure.of(-85, EuroUnit.THOUSANDS), "-85 N"),
        arguments(signAndLetter, PrintedFigure.of(120, EuroUnit.THOUSANDS), "120 V"),
        arguments(dash, PrintedFigure.of(1_473_000, EuroUnit.EUROS), "€ 1.473.000,-"),
        arguments(dash, PrintedFigure.of(-5040, EuroUnit.EUROS), "€ -5.040,-"),
        arguments(
            FigureFormat.of(EuroUnit.BILLIONS).withScaleWord(true).withEuroSign(true),
            figure("1.314", EuroUnit.BILLIONS), "€ 1,314 miljard"),
        arguments(
            FigureFormat.MILLIONS.withEuroSign(true).withDirectionStyle(DirectionStyle.LETTER),
            figure("-1.9", EuroUnit.MILLIONS), "€ 1,9 miljoen N"),
        arguments(FigureFormat.of(EuroUnit.EUROS), figure("0.84", EuroUnit.EUROS), "0,84"));
  }

  @ParameterizedTest(name = "[{index}] {1} is written \"{2}\" and read back")
  @MethodSource("roundTrips")
  void writesAndReadsBack(FigureFormat format, PrintedFigure figure, String text) {
    assertEquals(text, format.format(figure));
    assertEquals(figure, DutchNotation.parseFigure(text, format.unit()));
  }

  @Test
  void readsBackWhatItRoundedFromAnAmount() {
    Amount amount = Amount.ofCents(190_012_345);
    String text = FigureFormat.MILLIONS.format(amount, RoundingMode.HALF_UP);
    assertEquals("1,9 miljoen", text);
    assertEquals(
        PrintedFigure.rounded(amount, EuroUnit.MILLIONS, 1, RoundingMode.HALF_UP),
        DutchNotation.parseFigure(text, EuroUnit.MILLIONS));
  }

  @Test
  void thousandsWithScaleWordReadsBack() {
    // FigureFormat accepts a scale word for thousands, so the parser must know "duizend" too
    FigureFormat format = FigureFormat.THOUSANDS.withScaleWord(true);
    PrintedFigure figure = PrintedFigure.of(500, EuroUnit.THOUSANDS);
    String text = format.format(figure);
    assertEquals("500 duizend", text);
    assertEquals(figure, DutchNotation.parseFigure(text, format.unit()));
    assertEquals(figure, DutchNotation.parseFigure("500 Duizend", format.unit()));
  }

  // ---------------------------------------------------------------------------------------------

  private static PrintedFigure figure(String value, EuroUnit unit) {
    return PrintedFigure.of(new BigDecimal(value), unit);
  }

  private static void assertFigure(
      Reading reading,
      BigDecimal value,
      EuroUnit unit,
      boolean euroSign,
      Direction direction,
      Qualifier qualifier) {
    Reading.Figure f = assertInstanceOf(Reading.Figure.class, reading);
    assertAll(
        // BigDecimal.equals so that "0,84" and "0,840" differ: decimals are precision
        () -> assertEquals(value, f.figure().printedValue(), "printed value with its scale"),
        () -> assertEquals(value.scale(), f.figure().decimals(), "decimals"),
        () -> assertEquals(unit, f.figure().unit(), "unit"),
        () -> assertEquals(euroSign, f.euroSign(), "euro sign"),
        () -> assertEquals(Optional.ofNullable(direction), f.direction(), "direction"),
        () -> assertEquals(Optional.ofNullable(qualifier), f.qualifier(), "qualifier"),
        () -> assertEquals(qualifier != null, f.isApproximate(), "approximate"));
  }

  private static AmountRange assertRange(Reading reading) {
    return assertInstanceOf(Reading.Range.class, reading).range();
  }
}
