package nl.sociaaldomein.money;

import java.math.BigDecimal;

/**
 * The unit a figure is printed in: euros, or the thousands ({@code x € 1.000}), millions and
 * billions that budgets and reports use.
 */
public enum EuroUnit {
  EUROS(0, null),
  THOUSANDS(3, "duizend"),
  MILLIONS(6, "miljoen"),
  BILLIONS(9, "miljard");

  private final int exponent;
  private final String dutchWord;

  EuroUnit(int exponent, String dutchWord) {
    this.exponent = exponent;
    this.dutchWord = dutchWord;
  }

  /** The number of euros in one unit, as a power of ten: 3 for thousands. */
  public int exponent() {
    return exponent;
  }

  /** The number of euros in one unit. */
  public BigDecimal euros() {
    return BigDecimal.ONE.scaleByPowerOfTen(exponent).setScale(0, java.math.RoundingMode.UNNECESSARY);
  }

  /** The Dutch word written after a figure in this unit ("miljoen"), or null for euros. */
  public String dutchWord() {
    return dutchWord;
  }

  /** {@code value} units in euros, exactly. */
  public BigDecimal toEuros(BigDecimal value) {
    return value.scaleByPowerOfTen(exponent);
  }

  /** {@code euros} in this unit, exactly. */
  public BigDecimal fromEuros(BigDecimal euros) {
    return euros.scaleByPowerOfTen(-exponent);
  }
}
