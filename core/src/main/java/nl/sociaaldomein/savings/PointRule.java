// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;

/**
 * How one number is chosen from an interval where one number must be printed. The rule is
 * applied to each item and the results added, and is shown with the figure ({@link Point}),
 * because a plan's total printed without its rule hides which end it is (seed 004's Wmo list
 * prints its lower end as "totaal").
 */
public enum PointRule {
  /** The lower end of every item; unknown where an item has none. */
  LOWER_END("lower end"),
  /** The upper end of every item; unknown where an item has none (a plain p.m.). */
  UPPER_END("upper end"),
  /**
   * Halfway between the ends of every item, an odd number of cents rounded
   * {@link RoundingMode#HALF_EVEN} so that many midpoints do not drift upward together.
   */
  MIDPOINT("midpoint"),
  /**
   * Every p.m. item as 0, bounded or not, and every other range at its lower end, as documents add
   * up. The only rule that can fall outside the interval: a {@code p.m. (10.000 - 50.000)} counts
   * 0, below its own lower end, just as a printed total that leaves it out does.
   */
  PM_AS_ZERO("p.m. as 0");

  /** The rounding of {@link #MIDPOINT}. */
  public static final RoundingMode MIDPOINT_ROUNDING = RoundingMode.HALF_EVEN;

  private final String label;

  PointRule(String label) {
    this.label = label;
  }

  /** The words printed beside a figure chosen by this rule. */
  public String label() {
    return label;
  }

  /** The number this rule picks from one item, empty where the end it needs is unknown. */
  public Optional<Amount> pick(AmountRange item) {
    Objects.requireNonNull(item, "item");
    switch (this) {
      case LOWER_END:
        return item.low();
      case UPPER_END:
        return item.high();
      case MIDPOINT:
        return item.isBounded()
            ? Optional.of(item.low().get().plus(item.high().get()).dividedBy(2, MIDPOINT_ROUNDING))
            : Optional.empty();
      default:
        return item.isProMemorie() ? Optional.of(Amount.ZERO) : item.low();
    }
  }

  /** The sum of {@link #pick} over {@code items}, empty when any pick is. */
  public Optional<Point> pick(Iterable<AmountRange> items) {
    Objects.requireNonNull(items, "items");
    Amount total = Amount.ZERO;
    for (AmountRange item : items) {
      Optional<Amount> one = pick(item);
      if (one.isEmpty()) {
        return Optional.empty();
      }
      total = total.plus(one.get());
    }
    return Optional.of(new Point(total, this));
  }

  @Override
  public String toString() {
    return label;
  }
}
