// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.iv3.Iv3Code;
import nl.sociaaldomein.iv3.Iv3CodeList;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3Figure;
import nl.sociaaldomein.iv3.Iv3Section;

/**
 * The beleidsindicatoren of an Iv3 delivery as series: one per code and {@link Basis}, named and
 * united by the code list of the delivery's year ({@code bi.1} is "Formatie", per 1.000
 * inhabitants), each value at the year of its verslagperiode ({@code Rek_2024} is the realisation
 * of 2024, {@code Beg_2025} the budget of 2025, {@code MJR_2027} a projection for 2027).
 *
 * <p>Iv3 writes a value as free text. A value with a comma is read in Dutch notation
 * ({@code 35,2}, {@code 1.234,5}); any other in plain decimals, as CBS's examples write them
 * ({@code 35.2}, so {@code 1.039} is 1,039 here, not 1039); both take {@code %},
 * {@code nog niet bekend} and {@code -}.
 */
public final class Iv3Indicators {

  private static final Pattern PERIOD = Pattern.compile("(?i)(Rek|Beg|MJR)_([0-9]{4})");

  /** The heading of a table converted from a delivery. */
  public static final String HEADING = "Beleidsindicatoren";

  private Iv3Indicators() {}

  /** The year and basis of a verslagperiode: {@code Rek_2024}, {@code Beg_2025}, {@code MJR_2027}. */
  public record Period(Basis basis, Year year) {
    /** Rejects a missing component. */
    public Period {
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(year, "year");
    }

    /** Reads {@code Rek_2024}, {@code Beg_2025}, {@code MJR_2027} (prefix case ignored). */
    public static Period parse(CharSequence text) {
      Matcher m = PERIOD.matcher(Objects.requireNonNull(text, "text").toString().strip());
      if (!m.matches()) {
        throw new SociaalDomeinException("verslagperiode", Optional.of(text.toString()),
            "a verslagperiode is Rek_, Beg_ or MJR_ and a year, such as Rek_2024");
      }
      return new Period(Basis.ofIv3Prefix(m.group(1)), Year.of(Integer.parseInt(m.group(2))));
    }

    /** {@code Rek_2024}; {@link #parse} reads it back. */
    @Override
    public String toString() {
      return basis.iv3Prefix() + "_" + year;
    }
  }

  /** Reads an Iv3 {@code waarde}: in Dutch notation when it has a comma, else in plain decimals. */
  public static IndicatorValue value(String waarde) {
    Objects.requireNonNull(waarde, "waarde");
    return waarde.indexOf(',') >= 0 ? IndicatorValue.parse(waarde) : IndicatorValue.parsePlain(waarde);
  }

  /**
   * The indicator a code of {@code beleidsindicatoren} names: its name and unit from the
   * description ({@code Formatie (Fte per 1.000 inwoners)}), the code kept. Throws when the list
   * does not hold the code.
   */
  public static Indicator indicator(String code, Iv3CodeList beleidsindicatoren) {
    Objects.requireNonNull(code, "code");
    Iv3Code entry = Indicator.requireList(beleidsindicatoren).codes().stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new SociaalDomeinException("beleidsindicator", Optional.of(code),
            "not on the list of beleidsindicatoren of the delivery's year"));
    return new Indicator(Indicator.nameOf(entry), Indicator.unitOf(entry), Optional.of(code));
  }

  /**
   * The beleidsindicatoren list of {@code definitions}, which must be those of {@code delivery}'s
   * year. Throws when they are of another year, or of a year before 2020, whose definitions have
   * no such list.
   */
  public static Iv3CodeList beleidsindicatoren(Iv3Delivery delivery, Iv3Definitions definitions) {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(definitions, "definitions");
    if (definitions.boekjaar() != delivery.metadata().boekjaar()) {
      throw new SociaalDomeinException("definitions", Optional.of(Integer.toString(definitions.boekjaar())),
          "the definitions are of another year than the delivery's boekjaar " + delivery.metadata().boekjaar());
    }
    return definitions.codeList(Indicator.IV3_LIST).orElseThrow(() -> new SociaalDomeinException("definitions",
        Optional.of(Integer.toString(definitions.boekjaar())), "the definitions of this year list no beleidsindicatoren"
            + " (CBS lists them from 2020)"));
  }

  /**
   * The beleidsindicatoren of {@code delivery} as series, with the list of {@code definitions}, the
   * definitions of its year; as {@link #table(List, Iv3CodeList)}.
   */
  public static IndicatorTable table(Iv3Delivery delivery, Iv3Definitions definitions) {
    return table(delivery.figures(Iv3Section.BELEIDSINDICATOREN), beleidsindicatoren(delivery, definitions));
  }

  /**
   * The series of {@code figures}, the beleidsindicatoren of a delivery, in the order their codes
   * first appear, realisations before budgets before projections; the table's years ascending.
   * Throws at the first figure that is not a beleidsindicator, names a code the list lacks, has
   * a verslagperiode or value that does not read, or repeats a code and period, naming it by its
   * place in {@code figures}.
   */
  public static IndicatorTable table(List<Iv3Figure> figures, Iv3CodeList beleidsindicatoren) {
    Objects.requireNonNull(figures, "figures");
    Indicator.requireList(beleidsindicatoren);
    Map<String, Map<Basis, TreeMap<Year, IndicatorValue>>> byCode = new LinkedHashMap<>();
    TreeSet<Year> years = new TreeSet<>();
    for (int i = 0; i < figures.size(); i++) {
      Iv3Figure figure = figures.get(i);
      String where = Iv3Section.BELEIDSINDICATOREN.key() + "[" + i + "]";
      if (figure.section() != Iv3Section.BELEIDSINDICATOREN) {
        throw new SociaalDomeinException(where, Optional.of(figure.code()), "a " + figure.section().key()
            + " figure, not a beleidsindicator");
      }
      Period period;
      IndicatorValue value;
      try {
        indicator(figure.code(), beleidsindicatoren);
        period = Period.parse(figure.verslagperiode());
        value = value(figure.waarde());
      } catch (SociaalDomeinException e) {
        throw new SociaalDomeinException(where, e.what(), e.why(), e);
      }
      TreeMap<Year, IndicatorValue> series = byCode.computeIfAbsent(figure.code(), c -> new LinkedHashMap<>())
          .computeIfAbsent(period.basis(), b -> new TreeMap<>());
      if (series.containsKey(period.year())) {
        throw new SociaalDomeinException(where, Optional.of(figure.code() + " " + period),
            "the delivery holds this beleidsindicator for this verslagperiode twice");
      }
      series.put(period.year(), value);
      years.add(period.year());
    }
    List<IndicatorSeries> series = new ArrayList<>();
    for (Basis basis : Basis.values()) {
      byCode.forEach((code, perBasis) -> {
        if (perBasis.containsKey(basis)) {
          series.add(IndicatorSeries.of(indicator(code, beleidsindicatoren), perBasis.get(basis)).withBasis(basis));
        }
      });
    }
    return new IndicatorTable(HEADING, List.copyOf(years), series);
  }
}
