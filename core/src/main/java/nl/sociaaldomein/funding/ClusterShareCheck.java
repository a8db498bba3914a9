// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Whether a printed column of percentages (seed 004 annex 7 table 2: "Algemene uitkering
 * procentuele verdeling") can be the rounded shares of the clusters in euros (table 3), and
 * whether its printed total fits.
 *
 * <p>Each printed percentage stands for an interval ({@link PrintedPercentage}); a cluster is
 * consistent when its exact share lies in it. The comparison is exact, so a mismatch is a real
 * disagreement between the two tables, never an artefact of how the share was rounded.
 *
 * <p>The printed total gets two checks, because it can be wrong in two ways. Against the
 * printed parts, with the tolerance their rounding leaves (as {@link
 * nl.sociaaldomein.money.TotalCheck} does for amounts): a column of percentages each rounded
 * on its own rarely adds up to 100, so a total of 100,1% can be an honest sum. And against the
 * exact total of the shares, which is always 100%: whether the printed total is the rounding of
 * the truth.
 */
public final class ClusterShareCheck {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * One cluster: its exact share and the printed percentage.
   *
   * @param cluster the cluster
   * @param share its exact share in the general grant
   * @param printed the percentage printed for it
   */
  public record Comparison(Cluster cluster, Share share, PrintedPercentage printed) {
    /** Rejects a missing component. */
    public Comparison {
      Objects.requireNonNull(cluster, "cluster");
      Objects.requireNonNull(share, "share");
      Objects.requireNonNull(printed, "printed");
    }

    /** Whether the exact share rounds to the printed percentage. */
    public boolean isConsistent() {
      return printed.contains(share);
    }

    /** The share rounded as the printed figure was (to its decimals), with {@code mode}. */
    public BigDecimal computedPercent(RoundingMode mode) {
      return share.percent(printed.decimals(), mode);
    }

    @Override
    public String toString() {
      return cluster + ": printed " + printed + ", share " + share.percent(printed.decimals() + 3, RoundingMode.HALF_EVEN)
          + "% (" + (isConsistent() ? "consistent" : "inconsistent") + ")";
    }
  }

  private final GeneralGrantClusters clusters;
  private final ImmutableList<Comparison> comparisons;
  private final PrintedPercentage printedTotal;

  private ClusterShareCheck(
      GeneralGrantClusters clusters, ImmutableList<Comparison> comparisons, PrintedPercentage printedTotal) {
    this.clusters = clusters;
    this.comparisons = comparisons;
    this.printedTotal = printedTotal;
  }

  /**
   * Checks the {@code printed} percentage of every cluster, and the {@code printedTotal} of the
   * column, against {@code clusters}. Throws when {@code printed} misses a cluster or names one
   * that {@code clusters} lacks: a column that does not line up is not a column to check.
   */
  public static ClusterShareCheck of(
      GeneralGrantClusters clusters, Map<Cluster, PrintedPercentage> printed, PrintedPercentage printedTotal) {
    Objects.requireNonNull(clusters, "clusters");
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(printedTotal, "printedTotal");
    Set<Cluster> missing = clusters.clusters().stream()
        .filter(c -> !printed.containsKey(c)).collect(Collectors.toCollection(LinkedHashSet::new));
    if (!missing.isEmpty()) {
      throw new SociaalDomeinException(
          "printed has no percentage for the clusters " + missing + " of " + clusters.year());
    }
    Set<Cluster> extra = printed.keySet().stream()
        .filter(c -> !clusters.clusters().contains(c)).collect(Collectors.toCollection(LinkedHashSet::new));
    if (!extra.isEmpty()) {
      throw new SociaalDomeinException(
          "printed names clusters " + extra + " that are not among the clusters of " + clusters.year());
    }
    ImmutableList.Builder<Comparison> comparisons = ImmutableList.builder();
    clusters.shares().forEach((c, s) -> comparisons.add(new Comparison(c, s, printed.get(c))));
    return new ClusterShareCheck(clusters, comparisons.build(), printedTotal);
  }

  /** The clusters of the general grant the printed percentages are checked against. */
  public GeneralGrantClusters clusters() {
    return clusters;
  }

  /** One comparison per cluster, in the clusters' order. */
  public List<Comparison> comparisons() {
    return comparisons;
  }

  /** The clusters whose printed percentage cannot be their share. */
  public List<Comparison> mismatches() {
    return comparisons.stream().filter(c -> !c.isConsistent()).collect(ImmutableList.toImmutableList());
  }

  /** Whether every cluster's printed percentage can be its share. */
  public boolean sharesConsistent() {
    return comparisons.stream().allMatch(Comparison::isConsistent);
  }

  /** The total percentage the document prints, or a blank cell. */
  public PrintedPercentage printedTotal() {
    return printedTotal;
  }

  /** The printed percentages added up as printed (blanks as zero). */
  public BigDecimal sumOfPrinted() {
    return comparisons.stream().map(c -> c.printed().percentOrZero()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The largest difference between the printed total and {@link #sumOfPrinted()} that rounding
   * explains: the half-widths of every printed part and of the total.
   */
  public BigDecimal totalTolerance() {
    return comparisons.stream().map(c -> c.printed().halfWidth())
        .reduce(printedTotal.halfWidth(), BigDecimal::add);
  }

  /** Whether some true values of the printed parts add up to a true value of the printed total. */
  public boolean isTotalConsistentWithPrintedParts() {
    if (printedTotal.isBlank()) {
      return false;
    }
    return printedTotal.percent().subtract(sumOfPrinted()).abs().compareTo(totalTolerance()) <= 0;
  }

  /** Whether the printed total is the rounding of the exact total of the shares: 100%. */
  public boolean isTotalConsistentWithShares() {
    return printedTotal.contains(HUNDRED);
  }

  @Override
  public String toString() {
    return "ClusterShareCheck[" + clusters.year() + ", " + (sharesConsistent() ? "shares consistent" : "mismatches " + mismatches())
        + ", printed total " + printedTotal + " against printed parts " + sumOfPrinted().toPlainString()
        + " ± " + totalTolerance().toPlainString() + "]";
  }
}
