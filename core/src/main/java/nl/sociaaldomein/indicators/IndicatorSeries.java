// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * One indicator's values per year as a table prints them, the national comparison per year
 * where printed, the source ({@code Bron}) and the goal heading it stands under. A year the
 * table leaves empty has no value here; one it prints as {@code -} or {@code nog niet bekend}
 * has that value.
 *
 * @param indicator the indicator
 * @param basis whether the values are realisations (as annual reports print), budgets or projections
 * @param values the value per year
 * @param comparison the national value per year, where printed
 * @param source the source as printed in the {@code Bron} column
 * @param goal the heading (a beleidsdoel) the row stands under in its table
 */
public record IndicatorSeries(
    Indicator indicator,
    Basis basis,
    SortedMap<Year, IndicatorValue> values,
    SortedMap<Year, IndicatorValue> comparison,
    Optional<String> source,
    Optional<String> goal) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public IndicatorSeries {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(basis, "basis");
    values = copy(values, "values");
    comparison = copy(comparison, "comparison");
    source = oneLine(source, "source", indicator);
    goal = oneLine(goal, "goal", indicator);
    if (values.isEmpty() && comparison.isEmpty()) {
      throw new SociaalDomeinException("indicator " + SociaalDomeinException.quote(indicator.name()), Optional.empty(),
          "a series has a value for at least one year");
    }
  }

  /** Realised values of {@code indicator}, without comparison, source or goal. */
  public static IndicatorSeries of(Indicator indicator, Map<Year, IndicatorValue> values) {
    return new IndicatorSeries(indicator, Basis.REALISATION, new TreeMap<>(values), new TreeMap<>(),
        Optional.empty(), Optional.empty());
  }

  /** The value of {@code year}, if the table prints one. */
  public Optional<IndicatorValue> value(Year year) {
    return Optional.ofNullable(values.get(Objects.requireNonNull(year, "year")));
  }

  /** The national value of {@code year}, if the table prints one. */
  public Optional<IndicatorValue> comparison(Year year) {
    return Optional.ofNullable(comparison.get(Objects.requireNonNull(year, "year")));
  }

  /**
   * The kind of the values: the printed unit's kind, else what every value that is known says
   * (all percentages, all whole numbers, all yes/no), else {@link IndicatorUnit.Kind#OTHER}.
   */
  public IndicatorUnit.Kind kind() {
    if (indicator.unit().isPresent()) {
      return indicator.unit().get().kind();
    }
    var known = values.values().stream().filter(IndicatorValue::isKnown).toList();
    if (known.isEmpty()) {
      return IndicatorUnit.Kind.OTHER;
    }
    if (known.stream().allMatch(v -> v instanceof IndicatorValue.Percentage)) {
      return IndicatorUnit.Kind.PERCENTAGE;
    }
    if (known.stream().allMatch(v -> v instanceof IndicatorValue.Word w
        && (w.kind() == IndicatorValue.WordKind.YES || w.kind() == IndicatorValue.WordKind.NO))) {
      return IndicatorUnit.Kind.YES_NO;
    }
    if (known.stream().allMatch(v -> v instanceof IndicatorValue.Figure f && f.value().scale() == 0)) {
      return IndicatorUnit.Kind.COUNT;
    }
    return IndicatorUnit.Kind.OTHER;
  }

  /** This series of {@code indicator}. */
  public IndicatorSeries withIndicator(Indicator indicator) {
    return new IndicatorSeries(indicator, basis, values, comparison, source, goal);
  }

  /** This series on {@code basis}. */
  public IndicatorSeries withBasis(Basis basis) {
    return new IndicatorSeries(indicator, basis, values, comparison, source, goal);
  }

  /** This series with {@code value} for {@code year}, replacing any. */
  public IndicatorSeries withValue(Year year, IndicatorValue value) {
    SortedMap<Year, IndicatorValue> next = new TreeMap<>(values);
    next.put(Objects.requireNonNull(year, "year"), Objects.requireNonNull(value, "value"));
    return new IndicatorSeries(indicator, basis, next, comparison, source, goal);
  }

  /** This series with the national {@code value} for {@code year}, replacing any. */
  public IndicatorSeries withComparison(Year year, IndicatorValue value) {
    SortedMap<Year, IndicatorValue> next = new TreeMap<>(comparison);
    next.put(Objects.requireNonNull(year, "year"), Objects.requireNonNull(value, "value"));
    return new IndicatorSeries(indicator, basis, values, next, source, goal);
  }

  /** This series with {@code source} as its printed source, or with none. */
  public IndicatorSeries withSource(Optional<String> source) {
    return new IndicatorSeries(indicator, basis, values, comparison, source, goal);
  }

  /** This series with {@code goal} as its printed goal, or with none. */
  public IndicatorSeries withGoal(Optional<String> goal) {
    return new IndicatorSeries(indicator, basis, values, comparison, source, goal);
  }

  private static SortedMap<Year, IndicatorValue> copy(Map<Year, IndicatorValue> map, String what) {
    Objects.requireNonNull(map, what);
    SortedMap<Year, IndicatorValue> copy = new TreeMap<>();
    map.forEach((year, value) -> copy.put(Objects.requireNonNull(year, what), Objects.requireNonNull(value, what)));
    return Collections.unmodifiableSortedMap(copy);
  }

  private static Optional<String> oneLine(Optional<String> text, String what, Indicator indicator) {
    Objects.requireNonNull(text, what);
    if (text.isPresent() && (text.get().isBlank() || !text.get().equals(text.get().strip())
        || text.get().contains("\n") || text.get().contains("\r"))) {
      throw new SociaalDomeinException("indicator " + SociaalDomeinException.quote(indicator.name()) + ", " + what,
          text, "one line of text without surrounding spaces; leave it out where none is printed");
    }
    return text;
  }
}
