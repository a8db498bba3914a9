// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The unit a figure is printed in: euros, or the thousands ({@code x € 1.000}), millions and
 * billions that budgets and reports use.
 */
public enum EuroUnit {
  /** Euros: the printed number is the amount itself. */
  EUROS(0, "euro"),
  /** Thousands of euros ({@code x € 1.000}), the unit of most budgets and annual accounts. */
  THOUSANDS(3, "duizend"),
  /** Millions of euros ({@code x € 1 mln}). */
  MILLIONS(6, "miljoen"),
  /** Billions of euros ({@code miljard}). */
  BILLIONS(9, "miljard");

  private final int exponent;
  private final String dutchName;

  EuroUnit(int exponent, String dutchName) {
    this.exponent = exponent;
    this.dutchName = dutchName;
  }

  /** The number of euros in one unit, as a power of ten: 3 for thousands. */
  public int exponent() {
    return exponent;
  }

  /** The number of euros in one unit. */
  public BigDecimal euros() {
    return BigDecimal.ONE.scaleByPowerOfTen(exponent).setScale(0, RoundingMode.UNNECESSARY);
  }

  /**
   * The Dutch name of the unit: "euro", "duizend", "miljoen", "miljard". Written after a figure
   * as its scale word for every unit but euros, which have none.
   */
  public String dutchName() {
    return dutchName;
  }

  /** {@code value} units in euros, exactly. */
  public BigDecimal toEuros(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return value.scaleByPowerOfTen(exponent);
  }

  /** {@code euros} in this unit, exactly. */
  public BigDecimal fromEuros(BigDecimal euros) {
    Objects.requireNonNull(euros, "euros");
    return euros.scaleByPowerOfTen(-exponent);
  }
}
