package nl.sociaaldomein.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

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
    Gen<FigureFormat> base = arbitrary().enumValues(EuroUnit.class)
        .zip(integers().between(0, 3), arbitrary().enumValues(DirectionStyle.class),
            (unit, decimals, style) -> FigureFormat.of(unit).withDecimals(decimals).withDirectionStyle(style));
    return base.zip(booleans().all(), booleans().all(), booleans().all(), (format, euro, word, dash) ->
        format.withEuroSign(euro)
            .withScaleWord(word && format.unit() != EuroUnit.EUROS)
            .withWholeEuroDash(dash));
  }

  @Test
  void parseOfFormatGivesTheFigureBack() {
    qt().forAll(amounts(), formats()).checkAssert((amount, format) -> {
      PrintedFigure figure = PrintedFigure.rounded(amount, format.unit(), format.decimals(), RoundingMode.HALF_EVEN);
      String text = format.format(figure);
      assertEquals(figure, DutchNotation.parseFigure(text, format.unit()), () -> format + " wrote " + text);
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
    qt().forAll(amounts(), booleans().all()).checkAssert((amount, dash) -> {
      FigureFormat format = FigureFormat.CENTS.withWholeEuroDash(dash);
      assertEquals(amount, DutchNotation.parseAmount(format.format(amount, RoundingMode.UNNECESSARY)));
    });
  }
}
