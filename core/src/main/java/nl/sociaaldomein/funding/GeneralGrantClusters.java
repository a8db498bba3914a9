// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * The general grant (algemene uitkering) of one year, split over the clusters of the
 * gemeentefonds, as tools such as Findo report it: the table "Algemene uitkering verdeling in
 * euro's".
 *
 * <p>The general grant is not earmarked, so no part of it belongs to the social domain by law.
 * The usual approximation, and the one seed 004 annex 7 uses, counts the clusters whose
 * distribution models were built on social-domain costs: {@link #SOCIAL_DOMAIN}. Since it is
 * an approximation that reasonable analysts vary (some add public health), every method that
 * uses it has an overload taking another set.
 *
 * <p>The total is the sum of the clusters, never a separately supplied figure: a printed
 * "TOTAAL" is checked against it, not trusted. Shares are exact ({@link Share}) and rounded only
 * when a percentage is asked for. Clusters keep the order they were given in, so a table comes
 * out as it went in. Immutable.
 */
public final class GeneralGrantClusters {

  /**
   * The clusters counted as social domain: inkomen en participatie, samenkracht en
   * burgerparticipatie, jeugd and maatschappelijke ondersteuning. Seed 004 annex 7 table 3 adds
   * exactly these four (2017: 7.543.856 + 1.872.934 + 2.132.283 + 79.332.818 = 90.881.891); they
   * match hoofdtaakveld 6 of the expenditure side, whereas volksgezondheid matches hoofdtaakveld
   * 7 and is left out.
   */
  public static final Set<Cluster> SOCIAL_DOMAIN = ImmutableSet.of(
      Cluster.INCOME_AND_PARTICIPATION,
      Cluster.COMMUNITY_AND_CIVIC_PARTICIPATION,
      Cluster.YOUTH,
      Cluster.SOCIAL_SUPPORT);

  private final Year year;
  private final ImmutableMap<Cluster, Amount> amounts;
  private final Amount total;

  private GeneralGrantClusters(Year year, ImmutableMap<Cluster, Amount> amounts) {
    this.year = year;
    this.amounts = amounts;
    this.total = Amount.sum(amounts.values());
  }

  /**
   * The general grant of {@code year} per cluster, in the iteration order of {@code amounts}.
   * A cluster a table prints as blank or {@code -} is given as {@link Amount#ZERO}, so that it
   * can still be named. Throws when {@code amounts} is empty or holds a null.
   */
  public static GeneralGrantClusters of(Year year, Map<Cluster, Amount> amounts) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(amounts, "amounts");
    if (amounts.isEmpty()) {
      throw new SociaalDomeinException("amounts of " + year + " must name at least one cluster: " + amounts);
    }
    ImmutableMap.Builder<Cluster, Amount> copy = ImmutableMap.builderWithExpectedSize(amounts.size());
    for (Map.Entry<Cluster, Amount> e : amounts.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new NullPointerException("amounts of " + year + " must not hold a null cluster or amount: "
            + e.getKey() + "=" + e.getValue());
      }
      copy.put(e.getKey(), e.getValue());
    }
    return new GeneralGrantClusters(year, copy.build());
  }

  /** The year whose general grant is split. */
  public Year year() {
    return year;
  }

  /** The amount per cluster, in the order given. */
  public Map<Cluster, Amount> amounts() {
    return amounts;
  }

  /** The clusters, in the order they were given in. */
  public Set<Cluster> clusters() {
    return amounts.keySet();
  }

  /** The amount of {@code cluster}; throws when this year has no such cluster. */
  public Amount amount(Cluster cluster) {
    Amount amount = amounts.get(Objects.requireNonNull(cluster, "cluster"));
    if (amount == null) {
      throw unknown(cluster);
    }
    return amount;
  }

  /** A copy with {@code cluster} set to {@code amount}: replaced in place, or added at the end. */
  public GeneralGrantClusters with(Cluster cluster, Amount amount) {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(amount, "amount");
    Map<Cluster, Amount> copy = new LinkedHashMap<>(amounts);
    copy.put(cluster, amount);
    return of(year, copy);
  }

  /**
   * A copy without {@code cluster}, and so with a smaller total: the split a table made before
   * that cluster was added. Throws when this year has no such cluster, or only that one.
   */
  public GeneralGrantClusters without(Cluster cluster) {
    amount(cluster);
    Map<Cluster, Amount> copy = new LinkedHashMap<>(amounts);
    copy.remove(cluster);
    if (copy.isEmpty()) {
      throw new SociaalDomeinException(
          "cluster \"" + cluster + "\" is the only cluster of " + year + "; nothing would be left");
    }
    return of(year, copy);
  }

  /** The whole general grant: the sum of all clusters, with the negative ones deducted. */
  public Amount total() {
    return total;
  }

  /** The part attributed to the social domain: the sum of the {@link #SOCIAL_DOMAIN} clusters. */
  public Amount socialDomainPart() {
    return socialDomainPart(SOCIAL_DOMAIN);
  }

  /**
   * The sum of {@code socialDomain}'s clusters. Throws when one of them is not in this year, so
   * that a misspelt or renamed cluster is not silently counted as zero.
   */
  public Amount socialDomainPart(Set<Cluster> socialDomain) {
    Objects.requireNonNull(socialDomain, "socialDomain");
    Amount sum = Amount.ZERO;
    for (Cluster c : socialDomain) {
      sum = sum.plus(amount(c));
    }
    return sum;
  }

  /** The share of {@code cluster} in the total. */
  public Share share(Cluster cluster) {
    return shareOf(amount(cluster));
  }

  /** The share of the social domain ({@link #SOCIAL_DOMAIN}) in the total. */
  public Share socialDomainShare() {
    return socialDomainShare(SOCIAL_DOMAIN);
  }

  /** The share of {@code socialDomain}'s clusters in the total. */
  public Share socialDomainShare(Set<Cluster> socialDomain) {
    return shareOf(socialDomainPart(socialDomain));
  }

  /** Every cluster's share in the total, in order; together they are exactly the whole. */
  public Map<Cluster, Share> shares() {
    ImmutableMap.Builder<Cluster, Share> shares = ImmutableMap.builderWithExpectedSize(amounts.size());
    amounts.forEach((c, a) -> shares.put(c, shareOf(a)));
    return shares.build();
  }

  /**
   * Every cluster's share in percent, rounded to {@code decimals} with {@code mode}, in order.
   * Rounded on their own, they need not add up to 100.
   */
  public Map<Cluster, BigDecimal> percentages(int decimals, RoundingMode mode) {
    ImmutableMap.Builder<Cluster, BigDecimal> percentages = ImmutableMap.builderWithExpectedSize(amounts.size());
    shares().forEach((c, s) -> percentages.put(c, s.percent(decimals, mode)));
    return percentages.build();
  }

  private Share shareOf(Amount part) {
    if (total.isZero()) {
      throw new SociaalDomeinException(
          "The clusters of " + year + " add up to " + total + ", so they have no shares: " + amounts);
    }
    return Share.of(part, total);
  }

  private IllegalArgumentException unknown(Cluster cluster) {
    return new SociaalDomeinException(
        "cluster \"" + cluster + "\" is not among the clusters of " + year + ": " + amounts.keySet());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneralGrantClusters
        && ((GeneralGrantClusters) o).year.equals(year)
        && ((GeneralGrantClusters) o).amounts.equals(amounts);
  }

  @Override
  public int hashCode() {
    return year.hashCode() * 31 + amounts.hashCode();
  }

  @Override
  public String toString() {
    return "GeneralGrantClusters[" + year + ", total " + total + ", " + amounts + "]";
  }
}
