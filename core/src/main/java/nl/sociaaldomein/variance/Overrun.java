// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;

/**
 * Lasten realised above their amended budget, for a group or the programme, and whether that is
 * accepted. Amounts are costs (a cost positive), each with the rounding bound of its printed
 * figures.
 *
 * @param place the lasten row: a group's lasten side or the programme's total lasten
 * @param budgeted the budgeted lasten, unless the statement prints only variances
 * @param realised the realised lasten, unless the statement prints only variances
 * @param amount how far the realisation exceeds the budget, its nominal value positive
 * @param ownIncomeAboveBudget how far the row's own baten (the group's, or the programme's)
 *     exceed their budget, negative when they fall short; zero without baten
 * @param acceptance the accepted category, or {@link Acceptance.NotAccepted}
 */
public record Overrun(
    Place place,
    Optional<Estimate> budgeted,
    Optional<Estimate> realised,
    Estimate amount,
    Estimate ownIncomeAboveBudget,
    Acceptance acceptance) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Overrun {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(budgeted, "budgeted");
    Objects.requireNonNull(realised, "realised");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(ownIncomeAboveBudget, "ownIncomeAboveBudget");
    Objects.requireNonNull(acceptance, "acceptance");
    if (place.lineKind().orElse(null) != LineKind.EXPENSES || place.isLine()) {
      throw new SociaalDomeinException("", Optional.of(place.toString()),
          "an overrun is of a group's lasten or the programme's total lasten");
    }
    if (amount.nominal().signum() <= 0) {
      throw new SociaalDomeinException(place.toString(), Optional.of(amount.toString()),
          "an overrun is realised lasten above the budget, a positive amount");
    }
  }

  /** The group overrun, or empty for the programme's. */
  public Optional<String> group() {
    return place.groupName();
  }
}
