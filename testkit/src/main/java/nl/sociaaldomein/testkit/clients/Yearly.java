// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * One figure for each year of a run of consecutive years, as a table prints them: the years are
 * data, so a figure may cover any span (the quickscan's tables cover 2018 to 2020). Zero means the
 * figure does not exist that year, as in the quickscan's tables (the intensity level "Aspecifiek"
 * before 2020, a figure the text prints for some years only).
 */
public final class Yearly {

  private final SortedMap<Integer, Long> figures;

  private Yearly(SortedMap<Integer, Long> figures) {
    this.figures = figures;
  }

  /** The figures of {@code firstYear} and the years after it, in order; at least one. */
  public static Yearly of(int firstYear, long... figures) {
    Objects.requireNonNull(figures, "figures");
    if (figures.length == 0) {
      throw new SociaalDomeinException("A yearly figure needs at least one year, from " + firstYear);
    }
    SortedMap<Integer, Long> map = new TreeMap<>();
    for (int i = 0; i < figures.length; i++) {
      map.put(Math.addExact(firstYear, i), figures[i]);
    }
    return new Yearly(Collections.unmodifiableSortedMap(map));
  }

  /** The figures of {@code figures}, whose years must follow each other without a gap. */
  public static Yearly of(SortedMap<Integer, Long> figures) {
    Objects.requireNonNull(figures, "figures");
    if (figures.isEmpty()) {
      throw new SociaalDomeinException("A yearly figure needs at least one year");
    }
    int expected = figures.firstKey();
    for (Integer year : figures.keySet()) {
      if (year != expected) {
        throw new SociaalDomeinException("The years of a yearly figure follow each other: " + year + " after " + (expected - 1));
      }
      Objects.requireNonNull(figures.get(year), "the figure of " + year);
      expected++;
    }
    return new Yearly(Collections.unmodifiableSortedMap(new TreeMap<>(figures)));
  }

  /** The figure of {@code year}. */
  public long in(int year) {
    Long figure = figures.get(year);
    if (figure == null) {
      throw new SociaalDomeinException("The figure covers " + firstYear() + " to " + lastYear() + ", not " + year);
    }
    return figure;
  }

  /** The figures by year, in order; unmodifiable. */
  public SortedMap<Integer, Long> figures() {
    return figures;
  }

  /** The years covered, in order. */
  public List<Integer> years() {
    return List.copyOf(new ArrayList<>(figures.keySet()));
  }

  public int firstYear() {
    return figures.firstKey();
  }

  public int lastYear() {
    return figures.lastKey();
  }

  /** The figures added. */
  public long total() {
    long sum = 0;
    for (long figure : figures.values()) {
      sum = Math.addExact(sum, figure);
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Yearly && ((Yearly) o).figures.equals(figures);
  }

  @Override
  public int hashCode() {
    return figures.hashCode();
  }

  /** The figures by year, {@code Yearly{2018=4479, 2019=4674, 2020=4734}}. */
  @Override
  public String toString() {
    return "Yearly" + figures;
  }
}
