// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.time.Year;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * A taakstelling: the saving a council requires, per year. Years the target does not name have
 * no target (not a target of zero), because councils set them for the years of a budget only.
 *
 * @param perYear the required saving a year, positive or zero
 */
public record Target(NavigableMap<Year, Amount> perYear) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Target {
    Objects.requireNonNull(perYear, "perYear");
    TreeMap<Year, Amount> copy = new TreeMap<>();
    for (Map.Entry<Year, Amount> e : perYear.entrySet()) {
      Year year = Objects.requireNonNull(e.getKey(), "year");
      Amount amount = Objects.requireNonNull(e.getValue(), "amount");
      if (amount.isNegative()) {
        throw new SociaalDomeinException("The target for " + year + " is negative: " + amount);
      }
      copy.put(year, amount);
    }
    perYear = Collections.unmodifiableNavigableMap(copy);
  }

  /** A target of the amounts of {@code perYear}; a negative amount is an error. */
  public static Target of(Map<Year, Amount> perYear) {
    return new Target(new TreeMap<>(perYear));
  }

  /** The same {@code amount} in every year from {@code first} to {@code last}. */
  public static Target constant(Year first, Year last, Amount amount) {
    checkSpan(first, last);
    TreeMap<Year, Amount> map = new TreeMap<>();
    for (Year y = first; !y.isAfter(last); y = y.plusYears(1)) {
      map.put(y, amount);
    }
    return new Target(map);
  }

  /**
   * A target that rises in equal steps to {@code full} in {@code last}: with n years, year i
   * (from 1) requires the sum of the first i of n equal shares of {@code full}, the shares split
   * by largest remainder so that they are whole cents and add up to {@code full} exactly.
   */
  public static Target ramp(Year first, Year last, Amount full) {
    checkSpan(first, last);
    Objects.requireNonNull(full, "full");
    int years = last.getValue() - first.getValue() + 1;
    long[] ratios = new long[years];
    Arrays.fill(ratios, 1);
    List<Amount> shares = full.allocate(ratios);
    TreeMap<Year, Amount> map = new TreeMap<>();
    Amount sofar = Amount.ZERO;
    for (int i = 0; i < years; i++) {
      sofar = sofar.plus(shares.get(i));
      map.put(first.plusYears(i), sofar);
    }
    return new Target(map);
  }

  private static void checkSpan(Year first, Year last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new SociaalDomeinException("A target from " + first + " to " + last + " ends before it starts");
    }
  }

  /** The amount to save in {@code year}, if the target sets one. */
  public Optional<Amount> in(Year year) {
    return Optional.ofNullable(perYear.get(Objects.requireNonNull(year, "year")));
  }
}
