// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.iv3.Iv3CodeList;

/**
 * The indicators one table of a document prints: the heading of its name column
 * ({@code Indicator}, {@code Beleidsdoelen}), its year columns in printed order (seed 000 prints
 * 2019 to 2022, seed 002 2022 down to 2018), and its series in printed order.
 *
 * @param heading the header of the name column, as printed
 * @param years the year columns, in printed order, each once
 * @param series the rows, in printed order
 */
public record IndicatorTable(String heading, List<Year> years, List<IndicatorSeries> series) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public IndicatorTable {
    Objects.requireNonNull(heading, "heading");
    years = List.copyOf(years);
    series = List.copyOf(series);
    if (heading.isBlank() || !heading.equals(heading.strip())) {
      throw new SociaalDomeinException("table", Optional.of(heading),
          "the heading of the name column is text without surrounding spaces");
    }
    Set<Year> columns = new HashSet<>(years);
    if (columns.size() != years.size()) {
      throw new SociaalDomeinException("table " + SociaalDomeinException.quote(heading), Optional.of(years.toString()),
          "a table prints each year once");
    }
    for (IndicatorSeries s : series) {
      for (Year year : s.values().keySet()) {
        requireColumn(columns, s, year);
      }
      for (Year year : s.comparison().keySet()) {
        requireColumn(columns, s, year);
      }
    }
  }

  /** The first series of the indicator named {@code name} (case ignored), of any basis. */
  public Optional<IndicatorSeries> series(String name) {
    Objects.requireNonNull(name, "name");
    return series.stream().filter(s -> s.indicator().name().equalsIgnoreCase(name)).findFirst();
  }

  /** The series of the indicator named {@code name} (case ignored) with {@code basis}. */
  public Optional<IndicatorSeries> series(String name, Basis basis) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
    return series.stream()
        .filter(s -> s.basis() == basis && s.indicator().name().equalsIgnoreCase(name))
        .findFirst();
  }

  /** Whether some series prints a national value for {@code year}. */
  public boolean hasComparison(Year year) {
    return series.stream().anyMatch(s -> s.comparison().containsKey(year));
  }

  /**
   * This table with every indicator matched to {@code beleidsindicatoren}, the code list of the
   * report's year ({@link Indicator#matchedTo}); an indicator the list does not name has no code.
   */
  public IndicatorTable matchedTo(Iv3CodeList beleidsindicatoren) {
    Indicator.requireList(beleidsindicatoren);
    return withSeries(series.stream()
        .map(s -> s.withIndicator(s.indicator().matchedTo(beleidsindicatoren)))
        .toList());
  }

  /** This table with {@code series} in place of its own, checked against its years. */
  public IndicatorTable withSeries(List<IndicatorSeries> series) {
    return new IndicatorTable(heading, years, series);
  }

  private static void requireColumn(Set<Year> columns, IndicatorSeries s, Year year) {
    if (!columns.contains(year)) {
      throw new SociaalDomeinException("indicator " + SociaalDomeinException.quote(s.indicator().name()),
          Optional.of(year.toString()), "the table has no column for this year");
    }
  }
}
