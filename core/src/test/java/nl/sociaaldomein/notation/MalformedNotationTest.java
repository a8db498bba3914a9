// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.function.Function;
import java.util.stream.Stream;
import nl.sociaaldomein.internal.Texts;
import nl.sociaaldomein.money.EuroUnit;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that must be refused rather than guessed at. The expected index is the 0-based position
 * in the original text (not the trimmed one) where the parser can tell the text is wrong, so
 * that a user can find the fault in a long extracted table cell.
 */
class MalformedNotationTest {

  /** 40 digits: more than the parser's limit of 30, and more than any budget has. */
  private static final String FORTY_DIGITS = "1234567890".repeat(4);

  /** Over the 60 characters a message quotes; fails at once, on the first letter. */
  private static final String LONG_GARBAGE =
      "Dit is geen bedrag maar een zin uit een raadsvoorstel over de jeugdzorg in 2024";

  /** Over 60 characters, failing beyond the part of the text a message quotes. */
  private static final String LONG_LATE_FAILURE = "€ 1.234" + " ".repeat(60) + "x";

  static Stream<Arguments> malformed() {
    return Stream.of(
        // English decimals and bad thousands groups: the dot that cannot be a thousands dot
        arguments("1.5", 1),
        arguments("12.34", 2),
        arguments("1,234.56", 5), // the dot after the decimals
        arguments("1.2345", 1),
        arguments("1234.567", 4), // four digits before the first dot
        arguments("1.234.56", 5),
        arguments("1..234", 1),
        arguments("1.234.5678", 5),
        arguments("  1.5  ", 3), // indices count in the untrimmed text
        // leading zeros: reported at the start of the number
        arguments("007", 0),
        arguments("0.123", 1),
        // spaces inside numbers
        arguments("1 234", 1),
        arguments("12 34", 2),
        // decimal comma problems
        arguments("5,", 1),
        arguments("1,23,4", 4),
        arguments("1.234,5.6", 7),
        arguments("5,-,-", 3),
        // signs (a minus after the digits is read: 1.234- is -1.234; a plus there is not)
        arguments("1.234+", 5),
        arguments("--5", 1),
        arguments("- 5", 1),
        arguments("€ -", 3),
        // trailing minus: reported at the trailing minus, or at what contradicts it
        arguments("-4.977-", 6), // a sign before and after
        arguments("+4.977-", 6),
        arguments("€ -4.977-", 8),
        arguments("-€ 4.977-", 8),
        arguments("4.977- V", 7), // the minus says N
        arguments("4.977,---", 8), // ",--" is already "no cents"
        arguments("10.000-50.000", 6), // a range without p.m. or tussen
        arguments("10.000- 50.000", 6),
        arguments("4.977- € 5", 5),
        arguments("4.977 -", 6), // a space before the minus
        arguments("4.977--", 5),
        arguments("4.977-N", 5),
        arguments("4.977-%", 5),
        arguments("4.977- %", 5), // a percentage takes its minus before the digits
        arguments("1,9 miljoen-", 11), // the minus stands directly after the digits
        arguments("tussen 5- en 10", 8), // range ends take a leading minus
        arguments("p.m. (10.000 - 50.000-)", 21),
        // euro signs
        arguments("€ € 5", 2),
        arguments("€-€5", 2),
        arguments("€ 5 €", 4),
        arguments("€", 1),
        // letters
        arguments("abc", 0),
        arguments("12a", 2),
        arguments("120 X", 4),
        arguments("120 Voordelig", 4),
        arguments("85 N N", 5),
        arguments("1,5 miljoenen", 4),
        // a sign that contradicts its letter: reported at the letter
        arguments("-85 V", 4),
        arguments("+85 N", 4),
        // percentages
        arguments("€ 5%", 3),
        arguments("ruim 5%", 6),
        // accounting parentheses
        arguments("(1.234)", 0),
        // p.m. ranges
        arguments("p.m. (50.000 - 10.000)", 15), // at the high end, which lies below the low
        arguments("p.m. (10.000", 12),
        arguments("p.m. (10.000 - 50.000", 21),
        arguments("p.m. 10.000", 5),
        arguments("pm 5", 3),
        // a space then a digit is taken as a space inside the low end's number
        arguments("p.m. (10.000 50.000)", 12),
        arguments("p.m. (5% - 10%)", 6),
        arguments("p.m. (ruim 10.000 - 50.000)", 6),
        arguments("p.m. (10.000 V - 50.000)", 6),
        arguments("p.m. (0,001 - 5)", 6), // a fraction of a cent at the low end
        arguments("10.000 - 50.000", 7), // a range without p.m. or tussen
        // tussen ... en ...
        arguments("tussen 5 of 10", 9),
        arguments("tussen 10 en 5", 13),
        arguments("tussen € 5", 10),
        arguments("tussen de", 9),
        arguments("tussen", 6),
        // a qualifier without its figure
        arguments("ruim", 4),
        arguments("ca.", 3),
        // size
        arguments(Named.of("40 digits", FORTY_DIGITS), 0),
        arguments(Named.of("long garbage", LONG_GARBAGE), 0),
        arguments(Named.of("long text failing at index 67", LONG_LATE_FAILURE), 67));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" fails at index {1}")
  @MethodSource("malformed")
  void refusesMalformedNotation(String input, int index) {
    NotationParseException e =
        assertThrows(NotationParseException.class, () -> DutchNotation.read(input));
    assertReported(e, input, index);
  }

  @Test
  void tableIsLargeEnough() {
    // the brief asks for at least 35 malformed inputs; guard against the table shrinking
    assertTrue(malformed().count() >= 35);
  }

  static Stream<Arguments> malformedForEntryPoint() {
    Function<String, Object> amount = DutchNotation::parseAmount;
    Function<String, Object> figure = s -> DutchNotation.parseFigure(s, EuroUnit.EUROS);
    Function<String, Object> range = s -> DutchNotation.parseRange(s, EuroUnit.EUROS);
    Function<String, Object> percentage = DutchNotation::parsePercentage;
    return Stream.of(
        // whole-text refusals by the narrower entry points are reported at index 0
        arguments(Named.of("parseAmount", amount), "€ 1,234", 2),
        arguments(Named.of("parseAmount", amount), "ruim € 5", 0),
        arguments(Named.of("parseAmount", amount), "p.m.", 0),
        arguments(Named.of("parseFigure", figure), "p.m.", 0),
        arguments(Named.of("parseFigure", figure), "", 0),
        arguments(Named.of("parseFigure", figure), "-", 0),
        arguments(Named.of("parseFigure", figure), "ruim € 3 miljoen", 0),
        arguments(Named.of("parseFigure", figure), "71,3%", 0),
        arguments(Named.of("parseRange", range), "ruim 5", 0),
        arguments(Named.of("parseRange", range), "71,3%", 0),
        arguments(Named.of("parseRange", range), "0,001", 0),
        arguments(Named.of("parsePercentage", percentage), "71,3", 0),
        arguments(Named.of("parsePercentage", percentage), "", 0),
        // errors found while reading keep the reader's index
        arguments(Named.of("parseAmount", amount), "1.5", 1),
        arguments(Named.of("parseFigure", figure), "-85 V", 4),
        arguments(Named.of("parseRange", range), "p.m. (50.000 - 10.000)", 15),
        arguments(Named.of("parsePercentage", percentage), "€ 5%", 3));
  }

  @ParameterizedTest(name = "[{index}] {0} refuses \"{1}\" at index {2}")
  @MethodSource("malformedForEntryPoint")
  void entryPointRefuses(Function<String, Object> entryPoint, String input, int index) {
    NotationParseException e =
        assertThrows(NotationParseException.class, () -> entryPoint.apply(input));
    assertReported(e, input, index);
  }

  @Test
  void exceptionIsAnIllegalArgumentException() {
    // callers that validate arguments generically must catch it without knowing this library
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DutchNotation.read("1.5"));
    NotationParseException parse = assertInstanceOf(NotationParseException.class, e);
    assertEquals("1.5", parse.what().orElseThrow());
    assertEquals(1, parse.errorIndex());
    assertFalse(parse.why().contains("1.5"), "the reason leaves out the text");
  }

  @Test
  void longInputIsCutInTheMessage() {
    NotationParseException e =
        assertThrows(NotationParseException.class, () -> DutchNotation.read(LONG_GARBAGE));
    assertTrue(LONG_GARBAGE.length() > Texts.MAX_QUOTED);
    assertTrue(e.getMessage().contains("..."), e.getMessage());
    assertFalse(e.getMessage().contains(LONG_GARBAGE), e.getMessage());
    assertTrue(e.getMessage().contains(LONG_GARBAGE.substring(0, 40)), e.getMessage());
    // the full text is still there for callers that want it
    assertEquals(LONG_GARBAGE, e.what().orElseThrow());
  }

  @Test
  void nullIsNotAParseError() {
    // null is a programming error, not malformed text
    assertThrows(NullPointerException.class, () -> DutchNotation.read(null));
  }

  private static void assertReported(NotationParseException e, String input, int index) {
    String message = e.getMessage();
    assertEquals(index, e.errorIndex(), () -> "error index; message: " + message);
    assertTrue(message.contains("at index " + index + ":"), () -> "index in message: " + message);
    if (input.length() <= Texts.MAX_QUOTED) {
      assertTrue(message.contains("\"" + input + "\""), () -> "input in message: " + message);
    } else {
      assertTrue(message.contains("..."), () -> "cut input in message: " + message);
      assertFalse(message.contains(input), () -> "whole input in message: " + message);
    }
    assertEquals(input, e.what().orElseThrow());
  }
}
