// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Objects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * How much of the cost the largest providers receive: providers ranked by cost (ties by name),
 * the top {@code percent} of them ({@code floor(providers * percent / 100)}: 17 of 175 for 10 %),
 * their cost and unique clients against all, and the Pareto curve.
 */
public final class ProviderConcentration {

  private final List<GroupRow> ranked;
  private final int percent;
  private final int top;
  private final long topClients;
  private final long allClients;

  ProviderConcentration(List<GroupRow> ranked, int percent, int top, long topClients, long allClients) {
    this.ranked = List.copyOf(ranked);
    this.percent = percent;
    this.top = top;
    this.topClients = topClients;
    this.allClients = allClients;
  }

  /**
   * A concentration from figures computed elsewhere (another engine, such as the Spark module's):
   * the groups by provider alone, in any order (ranked here), the top's unique clients together
   * ({@code topClients}: the clients of the first {@link #topCount} providers of {@link #rank}) and
   * all providers' ({@code allClients}). The top's clients are at most all clients, and at least
   * those of its largest provider; all clients at least those of any provider.
   */
  public static ProviderConcentration of(List<GroupRow> perProvider, int percent, long topClients, long allClients) {
    Objects.requireNonNull(perProvider, "perProvider");
    requirePercent(percent);
    List<GroupRow> ranked = rank(perProvider);
    int top = topCount(ranked.size(), percent);
    long largestTop = ranked.subList(0, top).stream().mapToLong(GroupRow::uniqueClients).max().orElse(0);
    long largest = ranked.stream().mapToLong(GroupRow::uniqueClients).max().orElse(0);
    if (topClients < largestTop || topClients > allClients || allClients < largest) {
      throw new SociaalDomeinException("provider concentration", Optional.of(topClients + " of " + allClients + " clients"),
          "the top's clients must be at least its largest provider's " + largestTop
          + " and at most all clients, and all clients at least any provider's " + largest);
    }
    return new ProviderConcentration(ranked, percent, top, topClients, allClients);
  }

  /**
   * {@code rows} keyed by provider alone, ranked: largest cost first, ties by name. A row keyed
   * otherwise, or a provider twice, is an error.
   */
  public static List<GroupRow> rank(List<GroupRow> rows) {
    List<GroupRow> ranked = new ArrayList<>(rows);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (GroupRow row : ranked) {
      if (!row.key().dimensions().equals(java.util.Set.of(Dimension.PROVIDER))
          || !seen.add(row.key().get(Dimension.PROVIDER).orElseThrow())) {
        throw new SociaalDomeinException("group " + row.key(), Optional.empty(), "is not one provider's, or is given twice");
      }
    }
    ranked.sort((a, b) -> {
      int byCost = b.cost().compareTo(a.cost());
      return byCost != 0 ? byCost : a.key().get(Dimension.PROVIDER).orElseThrow()
          .compareTo(b.key().get(Dimension.PROVIDER).orElseThrow());
    });
    return ranked;
  }

  /** How many of {@code providers} make the top {@code percent}: rounded down (17 of 175 for 10 %). */
  public static int topCount(int providers, int percent) {
    requirePercent(percent);
    return (int) ((long) providers * percent / 100);
  }

  static void requirePercent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new SociaalDomeinException("percent must be 0 to 100, not " + percent);
    }
  }

  /** Providers, largest cost first. */
  public List<GroupRow> ranked() {
    return ranked;
  }

  /** How many providers were paid. */
  public int providers() {
    return ranked.size();
  }

  /** The share of the providers, in percent, that makes the top. */
  public int percent() {
    return percent;
  }

  /** How many providers make the top: {@code floor(providers * percent / 100)}. */
  public int topProviders() {
    return top;
  }

  /** The cost paid to the top providers. */
  public Amount topCost() {
    return ranked.subList(0, top).stream().map(GroupRow::cost).collect(Amount.summing());
  }

  /** The cost paid to all providers. */
  public Amount totalCost() {
    return ranked.stream().map(GroupRow::cost).collect(Amount.summing());
  }

  /** Unique clients of the top providers together. */
  public long topClients() {
    return topClients;
  }

  /** Unique clients of all providers together. */
  public long allClients() {
    return allClients;
  }

  /** The top's share of the cost, in percent, rounded to {@code decimals} with {@code mode}. */
  public BigDecimal costSharePercent(int decimals, RoundingMode mode) {
    return share(topCost().toBigDecimal(), totalCost().toBigDecimal(), decimals, mode);
  }

  /** The top's share of the unique clients, in percent. */
  public BigDecimal clientSharePercent(int decimals, RoundingMode mode) {
    return share(BigDecimal.valueOf(topClients), BigDecimal.valueOf(allClients), decimals, mode);
  }

  /** The top's share of the providers, in percent: 17 of 175 is 9,7 %, printed "10 %" when rounded to whole percents. */
  public BigDecimal providerSharePercent(int decimals, RoundingMode mode) {
    return share(BigDecimal.valueOf(top), BigDecimal.valueOf(ranked.size()), decimals, mode);
  }

  /** The cumulative cost of the largest k providers, for k = 1 to all: the Pareto curve. */
  public List<Amount> paretoCurve() {
    List<Amount> curve = new ArrayList<>();
    Amount running = Amount.ZERO;
    for (GroupRow r : ranked) {
      running = running.plus(r.cost());
      curve.add(running);
    }
    return curve;
  }

  private static BigDecimal share(BigDecimal part, BigDecimal whole, int decimals, RoundingMode mode) {
    if (whole.signum() == 0) {
      return BigDecimal.ZERO.setScale(decimals, RoundingMode.UNNECESSARY);
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, decimals, mode);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProviderConcentration c && c.ranked.equals(ranked) && c.percent == percent && c.top == top
        && c.topClients == topClients && c.allClients == allClients;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ranked, percent, top, topClients, allClients);
  }

  /** A summary for developers; {@code nl.sociaaldomein.text.QuickscanText} writes the table for people. */
  @Override
  public String toString() {
    return "ProviderConcentration[top " + top + " of " + ranked.size() + " providers (" + percent + " %): "
        + topCost() + " of " + totalCost() + ", " + topClients + " of " + allClients + " clients]";
  }
}
