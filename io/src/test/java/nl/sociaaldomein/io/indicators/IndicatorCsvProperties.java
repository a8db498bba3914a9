// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.StringReader;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.indicators.Indicator;
import nl.sociaaldomein.indicators.IndicatorFixtures;
import nl.sociaaldomein.indicators.IndicatorSeries;
import nl.sociaaldomein.indicators.IndicatorTable;
import nl.sociaaldomein.indicators.IndicatorUnit;
import nl.sociaaldomein.indicators.IndicatorValue;
import nl.sociaaldomein.io.CsvDialect;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IndicatorCsvProperties {

  private static final List<String> NAMES = List.of("Banen", "% kinderen in uitkeringsgezin", "Wmo-cliënten",
      "Aantal; met puntkomma", "Naam, met komma", "Naam met \"aanhalingstekens\"", "Aantal uitkeringsgerechtigden*");
  private static final List<String> UNITS = List.of("%", "per 1.000 inwoners van 15-64 jaar", "aantal", "kosten per inwoner");
  private static final List<String> TEXTS = List.of("CIV", "-", "SZT/GGD", "Stichting Evenmens", "Naar vermogen; participerend");

  private static <T> Optional<T> maybe(Gen<T> gen, org.quicktheories.core.RandomnessSource in) {
    return booleans().all().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  /** Tables of 1 to 5 years in either order, with every optional column, goals after the ungrouped rows. */
  private static Gen<IndicatorTable> tables() {
    return in -> {
      int first = integers().between(2015, 2022).generate(in);
      int count = integers().between(1, 5).generate(in);
      boolean ascending = booleans().all().generate(in);
      List<Year> years = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        years.add(Year.of(ascending ? first + i : first + count - 1 - i));
      }
      Gen<IndicatorValue> values = IndicatorFixtures.values();
      Gen<String> texts = arbitrary().pick(TEXTS);
      List<IndicatorSeries> series = new ArrayList<>();
      int rows = integers().between(0, 6).generate(in);
      int ungrouped = integers().between(0, rows).generate(in);
      for (int r = 0; r < rows; r++) {
        TreeMap<Year, IndicatorValue> row = new TreeMap<>();
        TreeMap<Year, IndicatorValue> national = new TreeMap<>();
        row.put(years.get(integers().between(0, count - 1).generate(in)), values.generate(in));
        for (Year year : years) {
          maybe(values, in).ifPresent(v -> row.put(year, v));
          if (integers().between(0, 3).generate(in) == 0) {
            national.put(year, values.generate(in));
          }
        }
        Indicator indicator = new Indicator(arbitrary().pick(NAMES).generate(in),
            maybe(arbitrary().pick(UNITS), in).map(IndicatorUnit::parse), maybe(arbitrary().pick(List.of("bi.1", "bi.5")), in));
        series.add(new IndicatorSeries(indicator, IndicatorFixtures.bases().generate(in), row, national,
            maybe(texts, in), r < ungrouped ? Optional.empty() : Optional.of(texts.generate(in))));
      }
      return new IndicatorTable(arbitrary().pick(List.of("Indicator", "Beleidsdoelen")).generate(in), years, series);
    };
  }

  @Test
  void writeThenReadGivesTheTableBackInBothDialects() {
    qt().forAll(tables(), arbitrary().enumValues(CsvDialect.class)).checkAssert((table, dialect) -> {
      String csv = IndicatorCsv.toCsv(table, dialect);
      assertEquals(table, IndicatorCsv.read(new StringReader(csv), "p.csv").orElseThrow(), csv);
    });
  }
}
