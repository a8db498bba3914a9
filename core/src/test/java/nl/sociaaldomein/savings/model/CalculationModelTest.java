// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import static java.math.RoundingMode.HALF_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;

/** Validation, equality by value and the small print of the model's building blocks. */
class CalculationModelTest {

  private static final Driver PRICE = Driver.euros("prijs per minuut", "0.84");

  @Test
  void driversAreEqualByValueWhateverTheTrailingZeros() {
    assertEquals(PRICE, Driver.euros("prijs per minuut", "0.840"));
    assertEquals(new BigDecimal("1000"), Driver.euros("vast", "1E+3").number());
    assertNotEquals(PRICE, Driver.of("prijs per minuut", "0.84", DriverKind.NUMBER));
  }

  @Test
  void aPercentageMultipliesAsAFraction() {
    assertEquals(new BigDecimal("0.21"), Driver.percentage("overhead", "21").value());
    assertEquals("21 %", Driver.percentage("overhead", "21").formula());
    assertEquals("0,5 %", Driver.percentage("aandeel", "0.5").formula());
  }

  @Test
  void driversRefuseWhatTheirKindCannotBe() {
    SociaalDomeinException negative = assertThrows(SociaalDomeinException.class, () -> Driver.count("cliënten", -1));
    assertTrue(negative.getMessage().contains("cliënten"), negative.getMessage());
    assertThrows(SociaalDomeinException.class, () -> Driver.of("cliënten", "1.5", DriverKind.COUNT));
    assertThrows(SociaalDomeinException.class, () -> Driver.of("weken", "-46", DriverKind.WEEKS));
    assertThrows(SociaalDomeinException.class, () -> Driver.euros(" ", "1"));
    SociaalDomeinException notANumber = assertThrows(SociaalDomeinException.class, () -> Driver.euros("prijs", "0,84"));
    assertTrue(notANumber.getMessage().contains("0,84"), notANumber.getMessage());
    assertEquals(new BigDecimal("-5"), Driver.euros("korting", "-5").value());
    String thirtyOneDigits = "1" + "0".repeat(30);
    assertThrows(SociaalDomeinException.class, () -> Driver.euros("te groot", thirtyOneDigits));
    // 0,000...1 with 30 decimals has 31 digits as written, more than Dutch notation reads back.
    assertThrows(SociaalDomeinException.class, () -> Driver.euros("te klein", "1E-30"));
    assertEquals("999" + ".999".repeat(9), Driver.euros("grootst", "9".repeat(30)).formula());
    assertEquals("0," + "0".repeat(28) + "1", Driver.euros("kleinst", "1E-29").formula());
  }

  @Test
  void productsAndSumsRefuseMeaninglessUnits() {
    Driver perFte = Driver.euros("kosten per fte", "80000");
    assertThrows(SociaalDomeinException.class, () -> Product.of(perFte, PRICE));
    assertThrows(SociaalDomeinException.class, () -> Sum.of(perFte, Driver.count("cliënten", 3)));
    assertThrows(SociaalDomeinException.class, () -> new Product(List.of(perFte)));
    assertThrows(SociaalDomeinException.class, () -> new Sum(List.of(perFte)));
  }

  @Test
  void sumsPrintNestedSumsInParenthesesAndProductsWithout() {
    Sum sum = Sum.of(Product.of(Driver.count("a", 2), PRICE), Sum.of(PRICE, PRICE));
    assertEquals("2 x 0,84 + (0,84 + 0,84)", sum.formula());
    assertEquals(new BigDecimal("3.36"), sum.value());
    assertTrue(sum.isMoney());
  }

  @Test
  void roundingRoundsOnceToTheStatedStep() {
    assertEquals(new BigDecimal("67000"), Rounding.toNearest(1_000, HALF_UP).apply(new BigDecimal("66500")));
    assertEquals(new BigDecimal("66000"), Rounding.toNearest(1_000, RoundingMode.HALF_DOWN).apply(new BigDecimal("66500")));
    assertEquals(new BigDecimal("0.85"), new Rounding(new BigDecimal("0.05"), HALF_UP).apply(new BigDecimal("0.825")));
    assertThrows(SociaalDomeinException.class, () -> Rounding.toNearest(0, HALF_UP));
    SociaalDomeinException unnecessary = assertThrows(SociaalDomeinException.class,
        () -> Rounding.toNearest(1_000, RoundingMode.UNNECESSARY).apply(new BigDecimal("66500")));
    assertTrue(unnecessary.getMessage().contains("66500"), unnecessary.getMessage());
    assertEquals(new BigDecimal("66000"), Rounding.toNearest(1_000, RoundingMode.UNNECESSARY).apply(new BigDecimal("66000")));
  }

  @Test
  void aMoneyResultWithAFractionOfACentNeedsARounding() {
    Result perMinute = Result.of(Product.of(Driver.of("minuten", "0.5", DriverKind.MINUTES), Driver.euros("prijs", "0.01")));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, perMinute::amount);
    assertTrue(e.getMessage().contains("0,5 x 0,01"), e.getMessage());
    assertThrows(SociaalDomeinException.class,
        () -> CalculationModel.of("m", List.of(perMinute), List.of(), Amount.ZERO));
    assertEquals(Amount.ofCents(1),
        perMinute.roundedTo(new Rounding(new BigDecimal("0.01"), HALF_UP)).amount());
    assertThrows(SociaalDomeinException.class, () -> Result.of(Driver.count("cliënten", 3)).amount());
  }

  @Test
  void modelsRefuseWhatCannotBeCompared() {
    Result gain = Result.of(Driver.euros("besparing", "1000"));
    assertThrows(SociaalDomeinException.class, () -> CalculationModel.of("m", List.of(), List.of(), Amount.ZERO));
    assertThrows(SociaalDomeinException.class, () -> CalculationModel.of(" ", List.of(gain), List.of(), Amount.ZERO));
    assertThrows(SociaalDomeinException.class,
        () -> CalculationModel.of("m", List.of(gain), List.of(), Amount.ZERO).withTolerance(Amount.ofEuros(-1)));
    assertThrows(SociaalDomeinException.class, () -> Result.of(gain).withLabel(" per jaar"));
  }

  @Test
  void aResultTooLargeToPrintSaysSoInsteadOfPrintingSomethingElse() {
    Driver large = Driver.count("groot", 999_999_999_999_999L);
    Result result = Result.of(Product.of(large, large, large, Driver.euros("prijs", "1")));
    assertEquals(0, new BigDecimal("999999999999999").pow(3).compareTo(result.value()));
    assertThrows(SociaalDomeinException.class, result::formula);
  }

  @Test
  void aComparisonIsEqualOnlyToTheCent() {
    Comparison c = new Comparison(Amount.ofCents(100_01), Amount.ofEuros(100), Amount.ZERO);
    assertEquals(Comparison.Verdict.DIFFERS, c.verdict());
    assertEquals(Amount.ofCents(1), c.difference());
    assertEquals(Comparison.Verdict.WITHIN, new Comparison(Amount.ofCents(100_01), Amount.ofEuros(100), Amount.ofCents(1)).verdict());
    assertEquals(Comparison.Verdict.EQUAL, new Comparison(Amount.ofEuros(100), Amount.ofEuros(100), Amount.ofCents(1)).verdict());
  }

  @Test
  void aDerivationWithCentsPrintsThem() {
    CalculationModel model = CalculationModel.of("m",
        List.of(Result.of(Product.of(Driver.count("cliënten", 3), PRICE))), List.of(), Amount.ofEuros(3));
    assertEquals(String.join("\n",
        "3 x 0,84 = € 2,52",
        "bruto: € 2,52",
        "geclaimd: € 3, verschil: € -0,48"), model.derivation());
  }

  @Test
  void aModelWhoseIntermediatesCannotBePrintedIsRefusedWhenBuiltNamingTheResult() {
    BigDecimal cent = new BigDecimal("0.01");
    Result gain = Result.of(Product.of(Driver.of("getal", "0.1234567890123456", DriverKind.NUMBER),
        Driver.euros("prijs", "0.1234567890123456"))).withLabel("per jaar").roundedTo(new Rounding(cent, HALF_UP));
    assertEquals(Amount.ofCents(2), gain.amount());
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> CalculationModel.of("m", List.of(gain), List.of(), Amount.ZERO));
    assertTrue(e.getMessage().contains("\"per jaar\"") && e.getMessage().contains("state a rounding"), e.getMessage());
    Result share = Result.of(Product.of(Driver.percentage("aandeel", "0.12345678901234567890123456789"),
        Driver.euros("bedrag", "1"))).roundedTo(new Rounding(cent, HALF_UP));
    assertThrows(SociaalDomeinException.class, () -> CalculationModel.of("m", List.of(share), List.of(), Amount.ZERO));
  }

  @Test
  void anUnprintableResultWithAFractionOfACentKeepsItsOwnReason() {
    Driver large = Driver.of("groot", "0.12345678901234567890123456789", DriverKind.NUMBER);
    Result result = Result.of(Product.of(large, large, Driver.euros("prijs", "1")));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, result::amount);
    assertTrue(e.getMessage().contains("fraction of a cent"), e.getMessage());
  }
}
