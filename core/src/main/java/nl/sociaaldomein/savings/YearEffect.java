// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.util.Objects;
import nl.sociaaldomein.money.AmountRange;

/**
 * One cell of a jaarschijf, for a year and a domain or all domains: each row an interval,
 * savings and costs as positive magnitudes and the net as savings minus costs.
 */
public record YearEffect(AmountRange structural, AmountRange incidental, AmountRange costs, AmountRange net) {

  /** Rejects a missing component. */
  public YearEffect {
    Objects.requireNonNull(structural, "structural");
    Objects.requireNonNull(incidental, "incidental");
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(net, "net");
  }

  static YearEffect of(AmountRange structural, AmountRange incidental, AmountRange costs) {
    return new YearEffect(structural, incidental, costs, structural.plus(incidental).minus(costs));
  }

  /** The amount of {@code line} in this jaarschijf. */
  public AmountRange line(Line line) {
    switch (Objects.requireNonNull(line, "line")) {
      case STRUCTURAL:
        return structural;
      case INCIDENTAL:
        return incidental;
      case COSTS:
        return costs;
      default:
        return net;
    }
  }
}
