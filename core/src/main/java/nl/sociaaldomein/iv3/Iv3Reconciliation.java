// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * A delivery's saldi per taakveld set beside a programme statement's {@code TaakveldRollup}: per
 * taakveld in code order, whether they match within both roundings, differ, or stand on one side
 * only.
 */
public record Iv3Reconciliation(List<Entry> entries) {

  /** Keeps unmodifiable copies of the collections. */
  public Iv3Reconciliation {
    entries = List.copyOf(entries);
  }

  /** How a taakveld's two figures compare. */
  public enum Status {
    /** Both sides have it and their intervals overlap. */
    MATCH,
    /** Both sides have it, further apart than the rounding of both allows. */
    DIFFERENCE,
    /** Only the delivery books on it. */
    ONLY_IN_DELIVERY,
    /** Only the statement has it. */
    ONLY_IN_STATEMENT
  }

  /**
   * One taakveld: the delivery's saldo and the statement's effect on the result, each where
   * present, and how far apart they lie (zero when they overlap or one is absent).
   */
  public record Entry(TaakveldCode taakveld, Optional<Estimate> delivered, Optional<Estimate> stated, Status status,
      BigDecimal distance) {

    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public Entry {
      Objects.requireNonNull(taakveld, "taakveld");
      Objects.requireNonNull(delivered, "delivered");
      Objects.requireNonNull(stated, "stated");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(distance, "distance");
      if (delivered.isEmpty() && stated.isEmpty()) {
        throw new SociaalDomeinException("taakveld", Optional.of(taakveld.toString()), "has neither side");
      }
    }

    static Entry of(TaakveldCode taakveld, Optional<Estimate> delivered, Optional<Estimate> stated) {
      if (delivered.isEmpty()) {
        return new Entry(taakveld, delivered, stated, Status.ONLY_IN_STATEMENT, BigDecimal.ZERO);
      }
      if (stated.isEmpty()) {
        return new Entry(taakveld, delivered, stated, Status.ONLY_IN_DELIVERY, BigDecimal.ZERO);
      }
      BigDecimal distance = delivered.get().distanceTo(stated.get());
      return new Entry(taakveld, delivered, stated, distance.signum() == 0 ? Status.MATCH : Status.DIFFERENCE,
          distance);
    }
  }

  /** The entries of {@code status}, in taakveld order. */
  public List<Entry> entries(Status status) {
    Objects.requireNonNull(status, "status");
    return entries.stream().filter(e -> e.status() == status).toList();
  }

  /** The taakvelden on which delivery and statement agree. */
  public List<Entry> matches() {
    return entries(Status.MATCH);
  }

  /** The taakvelden on which delivery and statement differ, or only one of them has figures. */
  public List<Entry> differences() {
    return entries(Status.DIFFERENCE);
  }

  /** Whether no taakveld on both sides differs; one-sided taakvelden do not count. */
  public boolean isReconciled() {
    return differences().isEmpty();
  }
}
