package nl.sociaaldomein.money;

import java.math.BigDecimal;

/**
 * The unit a figure is printed in: euros, or the thousands ({@code x € 1.000}), millions and
 * billions that budgets and reports use.
 */
public enum EuroUnit {
  EUROS(0, "€ 1", null),
  THOUSANDS(3, "€ 1.000", "duizend"),
  MILLIONS(6, "€ 1.000.000", "miljoen"),
  BILLIONS(9, "€ 1.000.000.000", "miljard");

  private final int exponent;
  private final String label;
  private final String dutchWord;

  EuroUnit(int exponent, String label, String dutchWord) {
    this.exponent = exponent;
    this.label = label;
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

  /** How tables head the unit: {@code € 1.000} as in "x € 1.000". */
  public String label() {
    return label;
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
