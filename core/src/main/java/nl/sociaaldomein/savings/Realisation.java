// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;

/**
 * A decided or realised line's planned amount a year beside what it realised, if it has; the
 * difference is an interval because the plan may have been one.
 */
public record Realisation(Measure measure, AmountRange planned, Optional<Amount> realised) {

  /** Rejects a missing component. */
  public Realisation {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(realised, "realised");
  }

  static Realisation of(Measure measure) {
    Optional<Amount> realised = measure.status() instanceof Status.Realised r ? Optional.of(r.amount()) : Optional.empty();
    return new Realisation(measure, measure.effect(), realised);
  }

  /** Realised minus planned: positive where the line came out larger than planned: better for a saving, worse for a cost. */
  public Optional<AmountRange> difference() {
    return realised.map(r -> AmountRange.exactly(r).minus(planned));
  }

  /** Whether the realised amount lies within the planned interval; empty while not realised. */
  public Optional<Boolean> withinPlan() {
    return realised.map(planned::contains);
  }
}
