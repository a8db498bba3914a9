package nl.sociaaldomein.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NotationProperties {

  private static Gen<Amount> amounts() {
    return longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
        .mix(longs().between(-100_000, 100_000), 40)
        .map(Amount::ofCents);
  }

  private static Gen<FigureFormat> formats() {
    return formats(arbitrary().enumValues(DirectionStyle.class))
        .zip(arbitrary().enumValues(MinusStyle.class), FigureFormat::withMinusStyle);
  }

  /** Formats in every unit, decimals, euro sign, scale word and dash, with a direction style of {@code styles}. */
  private static Gen<FigureFormat> formats(Gen<DirectionStyle> styles) {
    Gen<FigureFormat> base = arbitrary().enumValues(EuroUnit.class)
        .zip(integers().between(0, 3), styles,
            (unit, decimals, style) -> FigureFormat.of(unit).withDecimals(decimals).withDirectionStyle(style));
    return base.zip(booleans().all(), booleans().all(), booleans().all(), (format, euro, word, dash) ->
        format.withEuroSign(euro)
            .withScaleWord(word && format.unit() != EuroUnit.EUROS)
            .withWholeEuroDash(dash));
  }

  private static PrintedFigure rounded(Amount amount, FigureFormat format) {
    return PrintedFigure.rounded(amount, format.unit(), format.decimals(), RoundingMode.HALF_EVEN);
  }

  @Test
  void formatExactLosesNothing() {
    qt().forAll(amounts(), formats()).checkAssert((amount, format) -> {
      String text = format.formatExact(amount.toBigDecimal());
      BigDecimal read = DutchNotation.parseFigure(text, format.unit()).nominal();
      assertEquals(0, amount.toBigDecimal().compareTo(read), () -> format + " wrote " + text + " for " + amount);
    });
  }

  @Test
  void parseOfFormatGivesTheFigureBack() {
    qt().forAll(amounts(), formats()).checkAssert((amount, format) -> {
      PrintedFigure figure = rounded(amount, format);
      String text = format.format(figure);
      assertEquals(figure, DutchNotation.parseFigure(text, format.unit()), () -> format + " wrote " + text);
    });
  }

  @Test
  void everyMinusStyleReadsBackToTheFigure() {
    qt().forAll(amounts(), formats(), arbitrary().enumValues(MinusStyle.class)).checkAssert((amount, format, style) -> {
      FigureFormat styled = format.withMinusStyle(style);
      PrintedFigure figure = rounded(amount, styled);
      String text = styled.format(figure);
      assertEquals(figure, DutchNotation.parseFigure(text, styled.unit()), () -> styled + " wrote " + text);
    });
  }

  @Test
  void aNegativeFigureWrittenWithASignReadsBackWithItsMinusStyle() {
    Gen<DirectionStyle> signed = arbitrary().pick(DirectionStyle.SIGN, DirectionStyle.SIGN_AND_LETTER);
    qt().forAll(amounts(), formats(signed), arbitrary().enumValues(MinusStyle.class)).checkAssert((amount, format, style) -> {
      FigureFormat styled = format.withMinusStyle(style);
      PrintedFigure figure = rounded(amount, styled);
      String text = styled.format(figure);
      Reading.Figure reading = assertInstanceOf(Reading.Figure.class, DutchNotation.read(text, styled.unit()));
      MinusStyle expected = figure.printedValue().signum() < 0 ? style : MinusStyle.LEADING;
      assertEquals(expected, reading.minusStyle(), () -> styled + " wrote " + text);
    });
  }

  @Test
  void aFigureWrittenWithALetterAloneHasNoMinusToReport() {
    qt().forAll(amounts(), formats(arbitrary().pick(DirectionStyle.LETTER)), arbitrary().enumValues(MinusStyle.class))
        .checkAssert((amount, format, style) -> {
          String text = format.withMinusStyle(style).format(amount, RoundingMode.HALF_UP);
          Reading.Figure reading = assertInstanceOf(Reading.Figure.class, DutchNotation.read(text, format.unit()));
          assertEquals(MinusStyle.LEADING, reading.minusStyle(), text);
        });
  }

  @Test
  void readingWhatWasWrittenKeepsTheEuroSign() {
    qt().forAll(amounts(), formats()).checkAssert((amount, format) -> {
      String text = format.format(amount, RoundingMode.HALF_UP);
      Reading reading = DutchNotation.read(text, format.unit());
      assertTrue(reading instanceof Reading.Figure, text);
      assertEquals(text.startsWith("€"), ((Reading.Figure) reading).euroSign());
    });
  }

  @Test
  void wholeEuroAmountsReadBackExactly() {
    qt().forAll(amounts(), booleans().all(), arbitrary().enumValues(MinusStyle.class)).checkAssert((amount, dash, style) -> {
      FigureFormat format = FigureFormat.CENTS.withWholeEuroDash(dash).withMinusStyle(style);
      assertEquals(amount, DutchNotation.parseAmount(format.format(amount, RoundingMode.UNNECESSARY)));
    });
  }
}
