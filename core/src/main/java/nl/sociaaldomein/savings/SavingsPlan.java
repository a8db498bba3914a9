// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.AmountRange;

/**
 * A savings programme: its measures and costs, in the order the plan lists them, ids unique.
 *
 * <p>Proposed, decided and realised lines count at their planned amount, dropped ones nowhere
 * (see {@link Status}); {@link #decidedOnly()} narrows to what the council has decided.
 */
public record SavingsPlan(List<Measure> measures) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public SavingsPlan {
    measures = List.copyOf(Objects.requireNonNull(measures, "measures"));
    Set<String> ids = new LinkedHashSet<>();
    for (Measure m : measures) {
      if (!ids.add(m.id())) {
        throw new SociaalDomeinException("The plan lists the measure id " + SociaalDomeinException.quote(m.id())
            + " twice; ids must be unique");
      }
    }
  }

  /** A plan of {@code measures}, in order; two measures with one id are an error. */
  public static SavingsPlan of(Measure... measures) {
    return new SavingsPlan(List.of(measures));
  }

  /** The measure {@code id}, if the plan holds it. */
  public Optional<Measure> measure(String id) {
    Objects.requireNonNull(id, "id");
    return measures.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** This plan with {@code measure} added at the end. */
  public SavingsPlan plus(Measure measure) {
    List<Measure> list = new ArrayList<>(measures);
    list.add(Objects.requireNonNull(measure, "measure"));
    return new SavingsPlan(list);
  }

  /** This plan with the measure {@code id} changed by {@code change}; an unknown id is an error. */
  public SavingsPlan with(String id, UnaryOperator<Measure> change) {
    Objects.requireNonNull(change, "change");
    measure(id).orElseThrow(() -> new SociaalDomeinException(
        "The plan has no measure " + SociaalDomeinException.quote(id)));
    return new SavingsPlan(measures.stream().map(m -> m.id().equals(id) ? change.apply(m) : m).toList());
  }

  /** This plan with the measure {@code id} at {@code status}; an unknown id is an error. */
  public SavingsPlan withStatus(String id, Status status) {
    Objects.requireNonNull(status, "status");
    return with(id, m -> m.withStatus(status));
  }

  /** The lines the plan counts: every one not dropped. */
  public List<Measure> counted() {
    return measures.stream().filter(m -> m.status().counts()).toList();
  }

  /** Only the decided and realised lines: the firm part of the plan. */
  public SavingsPlan decidedOnly() {
    return new SavingsPlan(measures.stream().filter(m -> m.status().isDecided()).toList());
  }

  /** The domains of the counted lines, in the order they first appear. */
  public List<Domain> domains() {
    return counted().stream().map(Measure::domain).distinct().toList();
  }

  /** The interval sum of the counted lines of {@code kind}, a year's worth each. */
  public AmountRange total(Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return AmountRange.sum(counted().stream().filter(m -> m.kind() == kind).map(Measure::effect).toList());
  }

  /** The jaarschijf from {@code first} to {@code last}, both included. */
  public Phasing phasing(Year first, Year last) {
    return Phasing.of(this, first, last);
  }

  /** Planned against realised for every decided or realised line still counted. */
  public List<Realisation> realisation() {
    return counted().stream().filter(m -> m.status().isDecided()).map(Realisation::of).toList();
  }
}
