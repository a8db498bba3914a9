// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.money.AmountRange;

/**
 * A list of measures as a document totals it: the interval total a year's worth each, the one
 * number a rule makes of it (the figure the document prints as "totaal"), and the open items,
 * the {@code p.m.} lines the printed figure does not count in full. Seed 004's interview list
 * prints {@code Totaal € 1.473.000,-}: its lower end, with six PM items open.
 *
 * @param kind the kind of line totalled
 * @param measures the counted lines of that kind, in the plan's order
 * @param total the interval sum of their {@link Measure#effect() effects}
 * @param shown the total by the rule, empty where the rule needs an end that is unknown
 * @param rule the rule that made {@code shown}
 * @param open the lines among {@code measures} marked {@code p.m.}
 */
public record PlanSummary(
    Kind kind, List<Measure> measures, AmountRange total, Optional<Point> shown, PointRule rule, List<Measure> open) {

  /** Rejects a missing component and keeps unmodifiable copies of the collections. */
  public PlanSummary {
    Objects.requireNonNull(kind, "kind");
    measures = List.copyOf(Objects.requireNonNull(measures, "measures"));
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(rule, "rule");
    open = List.copyOf(Objects.requireNonNull(open, "open"));
  }

  /** The counted lines of {@code plan} of {@code kind}, totalled and shown by {@code rule}. */
  public static PlanSummary of(SavingsPlan plan, Kind kind, PointRule rule) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    List<Measure> lines = plan.counted().stream().filter(m -> m.kind() == kind).toList();
    List<AmountRange> effects = lines.stream().map(Measure::effect).toList();
    return new PlanSummary(kind, lines, AmountRange.sum(effects), rule.pick(effects), rule,
        lines.stream().filter(m -> m.amount().isProMemorie()).toList());
  }

  /** Where the shown figure lies in the total: an end, inside, or (for "p.m. as 0") below it. */
  public Optional<Position> position() {
    return shown.map(point -> {
      if (total.low().equals(Optional.of(point.amount()))) {
        return total.high().equals(Optional.of(point.amount())) ? Position.EXACT : Position.LOWER_END;
      }
      if (total.high().equals(Optional.of(point.amount()))) {
        return Position.UPPER_END;
      }
      return total.contains(point.amount()) ? Position.INSIDE : Position.OUTSIDE;
    });
  }

  /** Where a shown figure lies in its interval. */
  public enum Position {
    /** The interval is one number. */
    EXACT,
    /** On the interval's low end. */
    LOWER_END,
    /** On the interval's high end. */
    UPPER_END,
    /** Strictly between the ends. */
    INSIDE,
    /** Outside the interval, as "p.m. as 0" can put a bounded p.m. item below its own lower end. */
    OUTSIDE
  }
}
