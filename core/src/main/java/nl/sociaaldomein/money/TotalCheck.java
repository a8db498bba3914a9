// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Whether a printed total and its printed parts can both be true, given that each was rounded
 * on its own.
 *
 * <p>Each printed figure stands for an interval of half its resolution either side. The true
 * parts add up to somewhere in the sum of their intervals; the printed total is consistent
 * when its own interval meets that sum. For {@code n} parts and a total all printed in whole
 * units the printed total may therefore differ from the sum of printed parts by at most
 * {@code (n + 1) / 2} units: 1 for two parts in thousands, 2 for three parts in euros. Anything
 * further is an error, and {@link #excess()} says by how much.
 */
public final class TotalCheck {

  private final ImmutableList<PrintedFigure> parts;
  private final PrintedFigure total;
  private final Estimate sumOfParts;

  private TotalCheck(ImmutableList<PrintedFigure> parts, PrintedFigure total) {
    this.parts = parts;
    this.total = total;
    this.sumOfParts = Estimate.sum(parts);
  }

  /** Checks the printed {@code total} against the printed {@code parts}. */
  public static TotalCheck of(List<PrintedFigure> parts, PrintedFigure total) {
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(total, "total");
    for (PrintedFigure part : parts) {
      Objects.requireNonNull(part, "parts");
    }
    return new TotalCheck(ImmutableList.copyOf(parts), total);
  }

  /** Checks the printed {@code total} against the printed {@code parts}. */
  public static TotalCheck of(PrintedFigure total, PrintedFigure... parts) {
    return of(Arrays.asList(Objects.requireNonNull(parts, "parts")), total);
  }

  /** The printed parts, in order. */
  public List<PrintedFigure> parts() {
    return parts;
  }

  /** The printed total the parts are checked against. */
  public PrintedFigure total() {
    return total;
  }

  /** The sum of the printed parts, with the tolerance their rounding leaves. */
  public Estimate sumOfParts() {
    return sumOfParts;
  }

  /** Printed total minus the sum of the printed parts, in euros. */
  public BigDecimal difference() {
    return total.nominal().subtract(sumOfParts.nominal());
  }

  /** The largest difference rounding can explain, in euros: the half-widths of every figure. */
  public BigDecimal tolerance() {
    return sumOfParts.halfWidth().add(total.halfWidth());
  }

  /** Whether some true values of the parts add up to a true value of the total. */
  public boolean isConsistent() {
    return excess().signum() == 0;
  }

  /** How far, in euros, the difference goes beyond what rounding explains; zero if consistent. */
  public BigDecimal excess() {
    return difference().abs().subtract(tolerance()).max(BigDecimal.ZERO);
  }

  /**
   * The printed totals that would have been consistent with the parts, as euros: every total
   * whose nominal value lies within this estimate.
   */
  public Estimate consistentTotals() {
    return Estimate.of(sumOfParts.nominal(), tolerance());
  }

  @Override
  public String toString() {
    return (isConsistent() ? "consistent" : "inconsistent by EUR " + excess().toPlainString())
        + ": total " + total + ", parts " + parts + ", difference EUR "
        + difference().toPlainString() + ", tolerance EUR " + tolerance().toPlainString();
  }
}
