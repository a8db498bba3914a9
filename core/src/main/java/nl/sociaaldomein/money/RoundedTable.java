// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Exact amounts rounded for publication so that the rounded parts add up to the rounded total.
 *
 * <p>Rounding each figure on its own makes printed totals disagree with their parts. Like
 * statistical offices, this rounds the total with the chosen mode, then gives every part the
 * whole units below its exact value and hands out the units still missing from the total, one
 * each, to the parts with the largest remainders (the earlier part first on a tie). Every part
 * ends at most one unit from its own rounding; {@link #adjusted()} names the parts that moved.
 */
public final class RoundedTable {

  private final ImmutableList<Amount> exactParts;
  private final Amount exactTotal;
  private final ImmutableList<PrintedFigure> parts;
  private final PrintedFigure total;
  private final ImmutableSortedSet<Integer> adjusted;

  private RoundedTable(
      ImmutableList<Amount> exactParts,
      Amount exactTotal,
      ImmutableList<PrintedFigure> parts,
      PrintedFigure total,
      ImmutableSortedSet<Integer> adjusted) {
    this.exactParts = exactParts;
    this.exactTotal = exactTotal;
    this.parts = parts;
    this.total = total;
    this.adjusted = adjusted;
  }

  /**
   * Rounds {@code exactParts} and their sum to whole {@code unit}s; {@code mode} rounds the
   * total and defines each part's "own" rounding against which moves are reported.
   */
  public static RoundedTable publish(List<Amount> exactParts, EuroUnit unit, RoundingMode mode) {
    Objects.requireNonNull(exactParts, "exactParts");
    return publish(exactParts, Amount.sum(exactParts), unit, mode);
  }

  /**
   * As {@link #publish(List, EuroUnit, RoundingMode)}, with the exact total given; throws when
   * the parts do not add up to it.
   */
  public static RoundedTable publish(
      List<Amount> exactParts, Amount exactTotal, EuroUnit unit, RoundingMode mode) {
    Objects.requireNonNull(exactParts, "exactParts");
    Objects.requireNonNull(exactTotal, "exactTotal");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(mode, "mode");
    Amount sum = Amount.sum(exactParts);
    if (!sum.equals(exactTotal)) {
      throw new SociaalDomeinException(
          "The parts add up to " + sum + ", not to the total " + exactTotal);
    }
    return publishTo(exactParts, exactTotal.toWhole(unit, mode), unit, mode);
  }

  /**
   * Rounds {@code exactParts} to whole {@code unit}s so that they add up to {@code roundedTotal},
   * a total already published elsewhere (a subtotal of a larger table, say); it must be the
   * exact sum rounded down or up. {@code mode} defines each part's own rounding, against which
   * moves are reported.
   */
  public static RoundedTable publishTo(
      List<Amount> exactParts, long roundedTotal, EuroUnit unit, RoundingMode mode) {
    Objects.requireNonNull(exactParts, "exactParts");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(mode, "mode");
    ImmutableList<Amount> parts = ImmutableList.copyOf(exactParts);
    Amount exactTotal = Amount.sum(parts);
    long below = exactTotal.toWhole(unit, RoundingMode.FLOOR);
    long above = exactTotal.toWhole(unit, RoundingMode.CEILING);
    if (roundedTotal < below || roundedTotal > above) {
      throw new SociaalDomeinException("A total of " + roundedTotal + " " + unit
          + " is not a rounding of the parts' sum " + exactTotal);
    }
    int n = parts.size();
    long[] rounded = new long[n];
    BigDecimal[] remainders = new BigDecimal[n];
    long floorSum = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal inUnit = parts.get(i).toUnit(unit);
      BigDecimal floor = inUnit.setScale(0, RoundingMode.FLOOR);
      rounded[i] = floor.longValueExact();
      remainders[i] = inUnit.subtract(floor);
      floorSum = Math.addExact(floorSum, rounded[i]);
    }
    // floor(x) <= x < floor(x) + 1 for every part, and the total is an integer in
    // [floor(total), ceil(total)], so between 0 and n units are missing: each part gets at most one.
    LargestRemainder.handOut(rounded, remainders, roundedTotal - floorSum);
    ImmutableList.Builder<PrintedFigure> figures = ImmutableList.builder();
    ImmutableSortedSet.Builder<Integer> moved = ImmutableSortedSet.naturalOrder();
    for (int i = 0; i < n; i++) {
      figures.add(PrintedFigure.of(rounded[i], unit));
      if (rounded[i] != parts.get(i).toWhole(unit, mode)) {
        moved.add(i);
      }
    }
    return new RoundedTable(
        parts, exactTotal, figures.build(), PrintedFigure.of(roundedTotal, unit), moved.build());
  }

  /** The exact parts the table was rounded from, in order. */
  public List<Amount> exactParts() {
    return exactParts;
  }

  /** The exact total the table was rounded from. */
  public Amount exactTotal() {
    return exactTotal;
  }

  /** The rounded parts, in the order given; they add up to {@link #total()}. */
  public List<PrintedFigure> parts() {
    return parts;
  }

  /** The rounded total. */
  public PrintedFigure total() {
    return total;
  }

  /** Indexes of the parts printed differently from their own rounding, in ascending order. */
  public Set<Integer> adjusted() {
    return adjusted;
  }

  @Override
  public String toString() {
    return "RoundedTable" + parts + " total " + total + " adjusted " + adjusted;
  }
}
