// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.indicators.Basis;
import nl.sociaaldomein.indicators.IndicatorFixtures;
import nl.sociaaldomein.indicators.IndicatorTable;
import nl.sociaaldomein.indicators.IndicatorValue;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3Figure;
import nl.sociaaldomein.iv3.Iv3Section;
import org.junit.jupiter.api.Test;

class Iv3IndicatorReaderTest {

  private static Iv3Delivery delivery(Iv3Figure... figures) {
    return IndicatorFixtures.delivery(2024, figures);
  }

  private static Iv3Figure bi(String code, String period, String waarde) {
    return new Iv3Figure(Iv3Section.BELEIDSINDICATOREN, code, period, waarde);
  }

  private static ReadResult<IndicatorTable> read(Iv3Delivery delivery, ReadMode mode) {
    return Iv3IndicatorReader.read(delivery, IndicatorFixtures.beleidsindicatoren(), "d.json", mode);
  }

  @Test
  void readsTheBeleidsindicatorenAndLeavesTheKengetallen() {
    Iv3Delivery delivery = delivery(
        new Iv3Figure(Iv3Section.KENGETALLEN, "fk.3", "Rek_2024", "35.2"),
        bi("bi.5", "Rek_2024", "11.3"),
        bi("bi.5", "Beg_2024", "10,9"),
        bi("bi.1", "Rek_2023", "7.82"));
    ReadResult<IndicatorTable> result = read(delivery, ReadMode.LENIENT);
    assertEquals(List.of(), result.problems());
    assertEquals(3, result.report().accepted());
    IndicatorTable table = result.orElseThrow();
    assertEquals(Optional.of(IndicatorValue.of(new BigDecimal("11.3"))),
        table.series("Overhead", Basis.REALISATION).orElseThrow().value(Year.of(2024)));
    assertEquals(Optional.of(IndicatorValue.of(new BigDecimal("10.9"))),
        table.series("Overhead", Basis.BUDGET).orElseThrow().value(Year.of(2024)));
    assertEquals(Optional.of("bi.1"), table.series("Formatie").orElseThrow().indicator().iv3Code());
    // A converted table writes to CSV and reads back equal, its codes and bases in columns of their own.
    assertEquals(table, IndicatorCsv.read(new StringReader(IndicatorCsv.toCsv(table, CsvDialect.DUTCH_EXCEL)),
        "c.csv").orElseThrow());
  }

  @Test
  void aBadFigureIsAProblemAtItsJsonPath() {
    Iv3Delivery delivery = delivery(
        bi("bi.5", "Rek_2024", "11.3"),
        bi("bi.9", "Rek_2024", "1"),
        bi("bi.1", "Jaar_2024", "veel"),
        bi("bi.5", "Rek_2024", "12"));
    ReadResult<IndicatorTable> result = read(delivery, ReadMode.LENIENT);
    assertEquals(4, result.report().rowsRead());
    assertEquals(1, result.report().accepted());
    assertEquals(List.of(
            Location.atPath("d.json", "$.data.beleidsindicatoren[1].beleidsindicator"),
            Location.atPath("d.json", "$.data.beleidsindicatoren[2].verslagperiode"),
            Location.atPath("d.json", "$.data.beleidsindicatoren[2].waarde"),
            Location.atPath("d.json", "$.data.beleidsindicatoren[3]")),
        result.problems().stream().map(p -> p.where()).toList());
    assertEquals(1, result.value().orElseThrow().series().size());
    assertThrows(ReadException.class, () -> read(delivery, ReadMode.STRICT));
  }

  @Test
  void definitionsOfAnotherYearAreAProblemOfTheSource() {
    Iv3Delivery delivery = delivery(bi("bi.5", "Rek_2024", "11.3"));
    ReadResult<IndicatorTable> other = Iv3IndicatorReader.read(delivery, IndicatorFixtures.definitions(2022), "d.json",
        ReadMode.LENIENT);
    assertEquals(Optional.empty(), other.value());
    assertEquals(Location.of("d.json"), other.problems().get(0).where());
    assertEquals(1, Iv3IndicatorReader.read(delivery, IndicatorFixtures.definitions(2024), "d.json", ReadMode.LENIENT)
        .orElseThrow().series().size());
  }
}
