// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.PrintedFigure;

/**
 * A named input of a calculation model: "clients" 100, "price per minute" € 0,84, "share
 * affected" 10 %. Kept exact, with trailing zeros dropped so that equal numbers make equal
 * drivers (0,840 and 0,84 are one price).
 *
 * @param name what the number is, as the user calls it; not blank
 * @param number the number as given: percent for a {@link DriverKind#PERCENTAGE} (25 for 25 %)
 * @param kind what the number measures
 */
public record Driver(String name, BigDecimal number, DriverKind kind) implements Expression {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Driver {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(kind, "kind");
    if (name.isBlank()) {
      throw new SociaalDomeinException("driver name", Optional.of(name), "a driver needs a name");
    }
    number = Figures.canonical(number);
    if (!Figures.isReadable(number)) {
      // The derivation must print every driver it names, and a file written must read back.
      throw new SociaalDomeinException("driver " + SociaalDomeinException.quote(name),
          Optional.of(number.toPlainString()), "a driver has at most " + PrintedFigure.MAX_DIGITS
              + " digits in all, as Dutch notation writes and reads it");
    }
    if (number.signum() < 0 && !kind.allowsNegative()) {
      throw new SociaalDomeinException("driver " + SociaalDomeinException.quote(name),
          Optional.of(number.toPlainString()), "a " + kind + " cannot be negative");
    }
    if (kind == DriverKind.COUNT && number.scale() > 0) {
      throw new SociaalDomeinException("driver " + SociaalDomeinException.quote(name),
          Optional.of(number.toPlainString()), "a count is a whole number");
    }
  }

  /** A driver of {@code kind}; {@code number} is read exactly from its plain decimal string. */
  public static Driver of(String name, String number, DriverKind kind) {
    Objects.requireNonNull(number, "number");
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(number);
    } catch (NumberFormatException e) {
      throw new SociaalDomeinException("driver " + SociaalDomeinException.quote(name),
          Optional.of(number), "not a plain decimal number such as 0.84", e);
    }
    return new Driver(name, parsed, kind);
  }

  /** A count: {@code count("clients", 120)}. */
  public static Driver count(String name, long count) {
    return new Driver(name, BigDecimal.valueOf(count), DriverKind.COUNT);
  }

  /** A percentage given as percent: {@code percentage("share affected", "10")} is 10 %. */
  public static Driver percentage(String name, String percent) {
    return of(name, percent, DriverKind.PERCENTAGE);
  }

  /** An amount of euros, as a plain decimal: {@code euros("tariff per hour", "64.50")}. */
  public static Driver euros(String name, String euros) {
    return of(name, euros, DriverKind.EUROS);
  }

  @Override
  public BigDecimal value() {
    return kind == DriverKind.PERCENTAGE ? Figures.canonical(number.movePointLeft(2)) : number;
  }

  @Override
  public boolean isMoney() {
    return kind == DriverKind.EUROS;
  }

  /** The number alone, without a euro sign, as documents print factors: {@code 0,84}, {@code 10 %}. */
  @Override
  public String formula() {
    return kind == DriverKind.PERCENTAGE ? Figures.percentage(number) : Figures.plain(number);
  }
}
