package nl.sociaaldomein.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regression tests of issue 8: the notation at its limits. */
class NotationEdgeTest {

  private static final String THIRTY_DIGITS = "123.456.789.012.345.678.901.234.567.890";
  private static final String THIRTY_ONE_DIGITS = "1." + THIRTY_DIGITS;
  private static final String TWENTY_EIGHT_DIGITS_TWO_DECIMALS = "1.234.567.890.123.456.789.012.345.678,12";
  private static final String TWENTY_NINE_DIGITS_TWO_DECIMALS = "12.345.678.901.234.567.890.123.456.789,12";

  @Test
  void thirtyDigitsAreAFigureAndThirtyOneAreNot() {
    assertEquals(new BigDecimal("123456789012345678901234567890"),
        DutchNotation.parseFigure(THIRTY_DIGITS, EuroUnit.EUROS).printedValue());
    assertEquals(new BigDecimal("-123456789012345678901234567890"),
        DutchNotation.parseFigure("-" + THIRTY_DIGITS, EuroUnit.EUROS).printedValue());
    NotationParseException e = assertThrows(NotationParseException.class,
        () -> DutchNotation.parseFigure(THIRTY_ONE_DIGITS, EuroUnit.EUROS));
    assertTrue(e.why().contains("more than 30 digits"), e.getMessage());
    assertEquals(0, e.errorIndex());
  }

  @Test
  void thirtyDigitsWithDecimalsAreAFigureAndThirtyOneAreNot() {
    assertEquals(new BigDecimal("1234567890123456789012345678.12"),
        DutchNotation.parseFigure(TWENTY_EIGHT_DIGITS_TWO_DECIMALS, EuroUnit.EUROS).printedValue());
    assertEquals(new BigDecimal("0.12345678901234567890123456789"),
        DutchNotation.parseFigure("0,12345678901234567890123456789", EuroUnit.EUROS).printedValue());
    NotationParseException e = assertThrows(NotationParseException.class,
        () -> DutchNotation.parseFigure(TWENTY_NINE_DIGITS_TWO_DECIMALS, EuroUnit.EUROS));
    assertTrue(e.why().contains("more than 30 digits"), e.getMessage());
    assertThrows(NotationParseException.class,
        () -> DutchNotation.parseFigure("0,123456789012345678901234567890", EuroUnit.EUROS));
  }

  @Test
  void thirtyDigitsAreTooLargeForAnAmountAndSaySoNotAFractionOfACent() {
    NotationParseException e = assertThrows(NotationParseException.class, () -> DutchNotation.parseAmount(THIRTY_DIGITS));
    assertFalse(e.why().contains("fraction"), e.getMessage());
    assertTrue(e.why().contains("too large for an amount"), e.getMessage());
    assertTrue(e.why().contains("92233720368547758.07"), e.getMessage());
    NotationParseException negative = assertThrows(NotationParseException.class,
        () -> DutchNotation.parseAmount("€ -" + THIRTY_DIGITS));
    assertTrue(negative.why().contains("-92233720368547758.08"), negative.getMessage());
    NotationParseException inRange = assertThrows(NotationParseException.class,
        () -> DutchNotation.parseRange("p.m. (0 - 99.999.999.999.999.999)", EuroUnit.EUROS));
    assertTrue(inRange.why().contains("too large for an amount"), inRange.getMessage());
    assertEquals(10, inRange.errorIndex());
    NotationParseException billions = assertThrows(NotationParseException.class,
        () -> DutchNotation.parseAmount("100.000.000 miljard"));
    assertTrue(billions.why().contains("too large for an amount"), billions.getMessage());
    // Still a fraction of a cent where it is one.
    NotationParseException fraction = assertThrows(NotationParseException.class, () -> DutchNotation.parseAmount("0,001"));
    assertTrue(fraction.why().contains("fraction of a cent"), fraction.getMessage());
    assertEquals(Amount.ofCents(Long.MAX_VALUE), DutchNotation.parseAmount("92.233.720.368.547.758,07"));
    assertEquals(Amount.ofCents(Long.MIN_VALUE), DutchNotation.parseAmount("-92.233.720.368.547.758,08"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {
    "p.m. ( 10.000 - 50.000 )", "p.m.(10.000-50.000)", "p.m.  (  10.000  tot  50.000  )",
    "p.m. (\t10.000 - 50.000\u00A0)", "  p.m. ( 10.000 - 50.000 )  "
  })
  void readsSpacesInsideAProMemorieRange(String text) {
    assertEquals(AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(50_000)),
        DutchNotation.parseRange(text, EuroUnit.EUROS));
  }

  @Test
  void refusesSpacesInsideTheNumbersOfAProMemorieRange() {
    NotationParseException e = assertThrows(NotationParseException.class,
        () -> DutchNotation.parseRange("p.m. ( 10 000 - 50.000 )", EuroUnit.EUROS));
    assertEquals(9, e.errorIndex());
  }

  @Test
  void withDecimalsOfAHundredMillionIsRefusedAtOnce() {
    SociaalDomeinException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(SociaalDomeinException.class, () -> FigureFormat.CENTS.withDecimals(100_000_000)));
    assertTrue(e.getMessage().contains("100000000"), e.getMessage());
    assertThrows(SociaalDomeinException.class, () -> FigureFormat.CENTS.withDecimals(31));
    assertThrows(SociaalDomeinException.class, () -> FigureFormat.CENTS.withDecimals(-1));
    assertEquals("€ 1,000000000000000000000000000000",
        FigureFormat.CENTS.withDecimals(30).format(Amount.ofEuros(1), RoundingMode.UNNECESSARY));
    assertThrows(SociaalDomeinException.class, () -> PercentageFormat.of(100_000_000, RoundingMode.HALF_UP));
    assertEquals("33,333333333333333333333333333333%", PercentageFormat.of(30, RoundingMode.HALF_UP).format(1, 3));
  }

  @Test
  void nullArgumentsAreNamed() {
    assertNamed("text", () -> DutchNotation.read(null));
    assertNamed("unit", () -> DutchNotation.read("1", null));
    assertNamed("text", () -> DutchNotation.parseFigure(null, EuroUnit.EUROS));
    assertNamed("unit", () -> DutchNotation.parseFigure("1", null));
    assertNamed("text", () -> DutchNotation.parseAmount(null));
    assertNamed("unit", () -> DutchNotation.parseAmount("1", null));
    assertNamed("text", () -> DutchNotation.parseRange(null, EuroUnit.EUROS));
    assertNamed("unit", () -> DutchNotation.parseRange("1", null));
    assertNamed("text", () -> DutchNotation.parsePercentage(null));
    assertNamed("unit", () -> FigureFormat.CENTS.withUnit(null));
    assertNamed("directionStyle", () -> FigureFormat.CENTS.withDirectionStyle(null));
    assertNamed("mode", () -> FigureFormat.CENTS.format(Amount.ZERO, null));
    assertNamed("amount", () -> FigureFormat.CENTS.format(null, RoundingMode.HALF_UP));
    assertNamed("figure", () -> FigureFormat.CENTS.format((PrintedFigure) null));
    assertNamed("mode", () -> PercentageFormat.of(1, null));
    assertNamed("percent", () -> PercentageFormat.of(1, RoundingMode.HALF_UP).format(null));
    assertNamed("text", () -> new NotationParseException(null, 0, "why"));
    assertNamed("reason", () -> new NotationParseException("x", 0, null));
  }

  private static void assertNamed(String name, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertEquals(name, e.getMessage());
  }

  @Test
  void formatExactWritesHalvesOfAUnitAndCentsAsTheyAre() {
    assertEquals("13.211,5", FigureFormat.THOUSANDS.formatExact(new BigDecimal("13211500")));
    assertEquals("13.212", FigureFormat.THOUSANDS.formatExact(new BigDecimal("13212000.00")));
    assertEquals("0,001", FigureFormat.THOUSANDS.formatExact(BigDecimal.ONE));
    assertEquals("€ 121,50", FigureFormat.EUROS.formatExact(new BigDecimal("121.5")));
    assertEquals("€ -24.694.975,50", FigureFormat.EUROS.formatExact(new BigDecimal("-24694975.5")));
    assertEquals("€ 7", FigureFormat.EUROS.formatExact(new BigDecimal("7.000")));
  }
}
