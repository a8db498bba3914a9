// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * Income against expenditure in the social domain over several years: seed 004 annex 7 table 7
 * as a whole. At most one {@link FundingYear} per year, kept in year order. Immutable; {@link
 * #withAddedYear(FundingYear)} and {@link #with(FundingYear)} return a new series.
 *
 * <p>The years need not be consecutive: a series may skip a year whose figures are not known.
 * It must hold at least one year, because a series of none has no first or last year and its
 * zero gap would look like a balanced budget.
 *
 * <p>The totals over all years are the sums of the yearly inputs, source by source, so the gap
 * of the totals equals the sum of the yearly gaps.
 */
public final class FundingConfrontation {

  private final ImmutableSortedMap<Year, FundingYear> years;

  private FundingConfrontation(ImmutableSortedMap<Year, FundingYear> years) {
    this.years = years;
  }

  /** The series of {@code years}; throws when it is empty, holds a null or repeats a year. */
  public static FundingConfrontation of(Collection<FundingYear> years) {
    Objects.requireNonNull(years, "years");
    if (years.isEmpty()) {
      throw new SociaalDomeinException("years must hold at least one year: " + years);
    }
    TreeMap<Year, FundingYear> byYear = new TreeMap<>();
    for (FundingYear y : years) {
      Objects.requireNonNull(y, "years must not hold null");
      FundingYear earlier = byYear.put(y.year(), y);
      if (earlier != null) {
        throw new SociaalDomeinException("years must not repeat " + y.year() + ": " + earlier + " and " + y);
      }
    }
    return new FundingConfrontation(ImmutableSortedMap.copyOfSorted(byYear));
  }

  /** The series of {@code years}; throws when there are none, or one is null or repeated. */
  public static FundingConfrontation of(FundingYear... years) {
    return of(List.of(Objects.requireNonNull(years, "years")));
  }

  /** This series with {@code year} added; throws when the series already has that year. */
  public FundingConfrontation withAddedYear(FundingYear year) {
    Objects.requireNonNull(year, "year");
    return of(ImmutableList.<FundingYear>builder().addAll(years.values()).add(year).build());
  }

  /** This series with {@code year} added, or in place of the one it already has for that year. */
  public FundingConfrontation with(FundingYear year) {
    Objects.requireNonNull(year, "year");
    TreeMap<Year, FundingYear> copy = new TreeMap<>(years);
    copy.put(year.year(), year);
    return new FundingConfrontation(ImmutableSortedMap.copyOfSorted(copy));
  }

  /** The years in the series, in order. */
  public SortedSet<Year> years() {
    return new TreeSet<>(years.keySet());
  }

  /** The first year confronted. */
  public Year firstYear() {
    return years.firstKey();
  }

  /** The last year confronted. */
  public Year lastYear() {
    return years.lastKey();
  }

  /** The rows, in year order. */
  public List<FundingYear> rows() {
    return years.values().asList();
  }

  /** Whether the series has {@code year}. */
  public boolean contains(Year year) {
    return years.containsKey(Objects.requireNonNull(year, "year"));
  }

  /** The row of {@code year}; throws when the series does not have it. */
  public FundingYear year(Year year) {
    FundingYear row = years.get(Objects.requireNonNull(year, "year"));
    if (row == null) {
      throw new SociaalDomeinException("year " + year + " is not in the series " + years.keySet());
    }
    return row;
  }

  /** The gap of {@code year}; throws when the series does not have it. */
  public Amount gap(Year year) {
    return year(year).gap();
  }

  /** The gap of every year, in year order. */
  public Map<Year, Amount> gaps() {
    ImmutableSortedMap.Builder<Year, Amount> gaps = ImmutableSortedMap.naturalOrder();
    years.forEach((y, row) -> gaps.put(y, row.gap()));
    return gaps.build();
  }

  /** The income of all years together, source by source. */
  public SocialDomainIncome totalIncome() {
    return years.values().stream().map(FundingYear::income).reduce(SocialDomainIncome.ZERO, SocialDomainIncome::plus);
  }

  /** The expenditure of all years together, part by part. */
  public SocialDomainExpenditure totalExpenditure() {
    return years.values().stream()
        .map(FundingYear::expenditure).reduce(SocialDomainExpenditure.ZERO, SocialDomainExpenditure::plus);
  }

  /** The gap over all years: total income minus total expenditure, the sum of the yearly gaps. */
  public Amount totalGap() {
    return totalIncome().total().minus(totalExpenditure().total());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FundingConfrontation && ((FundingConfrontation) o).years.equals(years);
  }

  @Override
  public int hashCode() {
    return years.hashCode();
  }

  @Override
  public String toString() {
    return "FundingConfrontation" + rows();
  }
}
