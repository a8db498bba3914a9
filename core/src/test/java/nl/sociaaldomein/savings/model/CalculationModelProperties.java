// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.notation.DutchNotation;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Models are exact until their stated rounding, and their derivations say in Dutch notation
 * exactly the numbers they computed with.
 */
class CalculationModelProperties {

  private static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.CEILING};

  /** Non-negative decimals with up to four decimals, as drivers are given: 0, 0,84, 12.345,6789. */
  private static Gen<BigDecimal> decimals() {
    return longs().between(0, 9_999_999_999L).zip(integers().between(0, 4), BigDecimal::valueOf);
  }

  private static Gen<Long> counts() {
    return longs().between(0, 1_000_000);
  }

  private static Gen<Rounding> roundings() {
    return integers().between(0, 6).zip(integers().between(0, MODES.length - 1),
        (power, mode) -> new Rounding(BigDecimal.TEN.pow(power), MODES[mode]));
  }

  /** The shape of annex 8's "lichte begeleiding": clients x (minutes x price) per week x weeks. */
  private static Result perYear(long clients, BigDecimal minutes, BigDecimal price, long weeks) {
    Result perWeek = Result.of(Product.of(Driver.count("cliënten", clients),
        Product.of(new Driver("minuten", minutes, DriverKind.MINUTES), new Driver("prijs", price, DriverKind.EUROS))))
        .withLabel("per week");
    return Result.of(Product.of(perWeek, Driver.count("weken", weeks))).withLabel("per jaar");
  }

  private static BigDecimal direct(long clients, BigDecimal minutes, BigDecimal price, long weeks) {
    return BigDecimal.valueOf(clients).multiply(minutes).multiply(price).multiply(BigDecimal.valueOf(weeks));
  }

  @Test
  void aModelWithoutRoundingIsTheDirectProduct() {
    qt().forAll(counts(), decimals(), decimals(), longs().between(0, 53)).checkAssert((clients, minutes, price, weeks) ->
        assertEquals(0, direct(clients, minutes, price, weeks).compareTo(perYear(clients, minutes, price, weeks).value())));
  }

  @Test
  void percentagesEnterTheProductAsFractions() {
    qt().forAll(counts(), decimals(), decimals(), decimals()).checkAssert((clients, share, cost, reduction) -> {
      Product product = Product.of(Driver.count("cliënten", clients), new Driver("aandeel", share, DriverKind.PERCENTAGE),
          new Driver("kosten", cost, DriverKind.EUROS), new Driver("daling", reduction, DriverKind.PERCENTAGE));
      BigDecimal direct = BigDecimal.valueOf(clients).multiply(share).multiply(cost).multiply(reduction)
          .divide(BigDecimal.valueOf(10_000));
      assertEquals(0, direct.compareTo(product.value()));
    });
  }

  /**
   * Checked against what a rounding must be, not against the implementation's own formula: the
   * value is a whole number of steps, less than one step from the exact value, on the side the
   * mode says, and no nearer multiple exists for the half modes.
   */
  @Test
  void aStatedRoundingRoundsOnlyTheResultItNames() {
    qt().forAll(counts(), decimals(), decimals(), roundings()).checkAssert((clients, minutes, price, rounding) -> {
      Result rounded = perYear(clients, minutes, price, 46).roundedTo(rounding);
      BigDecimal exact = direct(clients, minutes, price, 46);
      BigDecimal value = rounded.value();
      BigDecimal step = rounding.step();
      assertEquals(0, exact.compareTo(rounded.exact()));
      assertEquals(0, value.remainder(step).signum(), value + " in steps of " + step);
      BigDecimal distance = value.subtract(exact).abs();
      assertTrue(distance.compareTo(step) < 0);
      switch (rounding.mode()) {
        case DOWN:
          assertTrue(value.abs().compareTo(exact.abs()) <= 0);
          break;
        case CEILING:
          assertTrue(value.compareTo(exact) >= 0);
          break;
        default:
          assertTrue(distance.multiply(BigDecimal.valueOf(2)).compareTo(step) <= 0, value + " for " + exact);
      }
    });
  }

  /** Drivers of up to 29 decimals: long enough that products pass the 30 digits a figure prints. */
  private static Gen<BigDecimal> longDecimals() {
    return longs().between(1, Long.MAX_VALUE).zip(integers().between(0, 11), integers().between(0, 29),
        (unscaled, power, scale) -> Figures.canonical(new BigDecimal(java.math.BigInteger.valueOf(unscaled)
            .multiply(java.math.BigInteger.TEN.pow(power)), scale)))
        .assuming(Figures::isReadable);
  }

  /**
   * Every model that can be built can print its derivation: one whose results the notation could
   * not print is refused when built, with the library's exception, rounding or no rounding.
   */
  @Test
  void everyModelThatCanBeBuiltPrintsItsDerivation() {
    qt().forAll(longDecimals(), longDecimals(), roundings()).checkAssert((number, price, rounding) -> {
      Result gain = Result.of(Product.of(new Driver("getal", number, DriverKind.NUMBER),
          new Driver("prijs", price, DriverKind.EUROS))).withLabel("per jaar")
          .roundedTo(new Rounding(new BigDecimal("0.01"), rounding.mode()));
      CalculationModel model;
      try {
        model = CalculationModel.of("m", List.of(gain), List.of(), nl.sociaaldomein.money.Amount.ZERO);
      } catch (nl.sociaaldomein.SociaalDomeinException refused) {
        assertTrue(refused.getMessage().contains("\"per jaar\""), refused.getMessage());
        return;
      }
      assertTrue(model.derivation().contains("\ngeclaimd: € 0, verschil: "), model.derivation());
    });
  }

  @Test
  void theDerivationReadsBackToTheNumbersUsed() {
    qt().forAll(counts(), decimals(), decimals(), roundings()).checkAssert((clients, minutes, price, rounding) -> {
      Result result = perYear(clients, minutes, price, 46).roundedTo(rounding);
      BigDecimal perWeek = BigDecimal.valueOf(clients).multiply(minutes).multiply(price);
      List<BigDecimal> expected = new ArrayList<>(List.of(BigDecimal.valueOf(clients), minutes, price, perWeek,
          BigDecimal.valueOf(46), result.exact()));
      if (result.value().compareTo(result.exact()) != 0) {
        expected.add(result.value());
      }
      List<BigDecimal> read = new ArrayList<>();
      String text = result.formula().replace(" per week", "").replace(" per jaar", "").replace("(", "").replace(")", "");
      for (String figure : text.split(" x | = |, afgerond ")) {
        read.add(DutchNotation.parseFigure(figure, EuroUnit.EUROS).nominal());
      }
      assertEquals(expected.size(), read.size(), result.formula());
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(0, expected.get(i).compareTo(read.get(i)), result.formula() + ": figure " + i);
      }
    });
  }

  @Test
  void percentagesInTheDerivationReadBack() {
    qt().forAll(counts(), decimals(), decimals()).checkAssert((clients, share, cost) -> {
      Result result = Result.of(Product.of(Driver.count("cliënten", clients),
          new Driver("aandeel", share, DriverKind.PERCENTAGE), new Driver("kosten", cost, DriverKind.EUROS)));
      String[] figures = result.formula().split(" x | = ");
      assertEquals(clients.longValue(), DutchNotation.parseFigure(figures[0], EuroUnit.EUROS).nominal().longValueExact());
      assertEquals(0, share.compareTo(DutchNotation.parsePercentage(figures[1])), result.formula());
      assertEquals(0, cost.compareTo(DutchNotation.parseFigure(figures[2], EuroUnit.EUROS).nominal()));
      assertEquals(0, result.value().compareTo(DutchNotation.parseFigure(figures[3], EuroUnit.EUROS).nominal()));
    });
  }
}
