package nl.sociaaldomein.clients;

import java.util.Objects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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

  /** {@code rows} keyed by provider, ranked: largest cost first, ties by name. */
  static List<GroupRow> rank(List<GroupRow> rows) {
    List<GroupRow> ranked = new ArrayList<>(rows);
    ranked.sort((a, b) -> {
      int byCost = b.cost().compareTo(a.cost());
      return byCost != 0 ? byCost : a.key().get(Dimension.PROVIDER).orElseThrow()
          .compareTo(b.key().get(Dimension.PROVIDER).orElseThrow());
    });
    return ranked;
  }

  /** How many of {@code providers} make the top {@code percent}: rounded down. */
  static int topCount(int providers, int percent) {
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

  public int providers() {
    return ranked.size();
  }

  public int percent() {
    return percent;
  }

  /** How many providers make the top: {@code floor(providers * percent / 100)}. */
  public int topProviders() {
    return top;
  }

  public Amount topCost() {
    return ranked.subList(0, top).stream().map(GroupRow::cost).collect(Amount.summing());
  }

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
