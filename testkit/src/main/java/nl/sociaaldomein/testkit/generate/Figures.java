// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.generate;

import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;

/**
 * Amounts and printed figures: exact amounts in cents, figures printed in whole units of each
 * {@link EuroUnit}, and exact amounts with the figure a document prints for them.
 */
public final class Figures {

  /** Amounts run up to a billion euros either way, as budgets do. */
  private static final long LIMIT_CENTS = 100_000_000_000L;

  private Figures() {}

  /** Amounts in cents between minus and plus a billion euros, shrinking toward zero. */
  public static Generator<Amount> amounts() {
    return amounts(Amount.ofCents(-LIMIT_CENTS), Amount.ofCents(LIMIT_CENTS));
  }

  /** Amounts in cents from {@code min} to {@code max}, shrinking toward the one nearest zero. */
  public static Generator<Amount> amounts(Amount min, Amount max) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    long low = min.toCents();
    long high = max.toCents();
    return draws -> Amount.ofCents(draws.between(low, high));
  }

  /** Figures printed in whole {@code unit}s, up to a million units either way, shrinking toward 0. */
  public static Generator<PrintedFigure> printed(EuroUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return draws -> PrintedFigure.of(draws.between(-1_000_000, 1_000_000), unit);
  }

  /** Figures printed in whole units of any unit, shrinking toward 0 euros. */
  public static Generator<PrintedFigure> printed() {
    return draws -> printed(draws.pick(List.of(EuroUnit.values()))).generate(draws);
  }

  /**
   * Exact amounts with the figure printed for them in whole {@code unit}s, rounded half up, as
   * documents print: every one {@link PrintedFigure#isConsistentWith(Amount) consistent} with its
   * amount by construction.
   */
  public static Generator<Rounded> rounded(EuroUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return draws -> {
      Amount exact = amounts().generate(draws);
      return new Rounded(exact, PrintedFigure.rounded(exact, unit, RoundingMode.HALF_UP));
    };
  }

  /**
   * An exact amount and the figure a document prints for it.
   *
   * @param exact the amount in cents
   * @param printed the figure, rounded half up to whole units
   */
  public record Rounded(Amount exact, PrintedFigure printed) {
    public Rounded {
      Objects.requireNonNull(exact, "exact");
      Objects.requireNonNull(printed, "printed");
    }
  }
}
