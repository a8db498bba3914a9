// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.Place;

/**
 * The variance of one row of a statement: what a variance table prints per row.
 *
 * <p>Every amount is an effect on the result, whatever convention the statement prints in: the
 * variance favourable positive, the budget and the realisation a cost negative and an income
 * positive. Each carries the rounding bound of the printed figures it comes from.
 *
 * @param place the row
 * @param amount the variance, favourable positive
 * @param direction V or N, from the sign of the amount's nominal value (zero is favourable)
 * @param budget the budgeted value, unless the statement prints only variances
 * @param actual the realised value, unless the statement prints only variances
 * @param percentage the variance as a percentage of the absolute budget, or why there is none
 */
public record RowVariance(
    Place place,
    Estimate amount,
    Direction direction,
    Optional<Estimate> budget,
    Optional<Estimate> actual,
    Percentage percentage) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public RowVariance {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(percentage, "percentage");
    // The direction is a function of the amount; a record that could disagree with itself would
    // let a report print 5.321 V for an overrun.
    if (direction != Direction.ofSignum(amount.nominal().signum())) {
      throw new SociaalDomeinException(place.toString(), Optional.of(amount + " " + direction.letter()),
          "the direction of a variance follows its sign: favourable (V) for zero and more, unfavourable (N) below");
    }
    if (budget.isEmpty() != (percentage instanceof Percentage.NoBudget)) {
      throw new SociaalDomeinException(place.toString(), Optional.of(percentage.toString()),
          "a variance has a percentage, or a reason why not, exactly when it has a budget");
    }
  }
}
