// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.iv3.Iv3Figure;
import nl.sociaaldomein.iv3.Iv3Section;
import org.junit.jupiter.api.Test;

class Iv3IndicatorsTest {

  private static Iv3Figure bi(String code, String period, String waarde) {
    return new Iv3Figure(Iv3Section.BELEIDSINDICATOREN, code, period, waarde);
  }

  @Test
  void aVerslagperiodeIsABasisAndAYear() {
    assertEquals(new Iv3Indicators.Period(Basis.REALISATION, Year.of(2024)), Iv3Indicators.Period.parse("Rek_2024"));
    assertEquals(new Iv3Indicators.Period(Basis.BUDGET, Year.of(2025)), Iv3Indicators.Period.parse("Beg_2025"));
    assertEquals(new Iv3Indicators.Period(Basis.PROJECTION, Year.of(2027)), Iv3Indicators.Period.parse("MJR_2027"));
    assertEquals("MJR_2027", Iv3Indicators.Period.parse("mjr_2027").toString());
    for (String bad : new String[] {"Rek2024", "Rek_24", "Jaar_2024", "", "Rek_2024 x"}) {
      assertThrows(SociaalDomeinException.class, () -> Iv3Indicators.Period.parse(bad), bad);
    }
  }

  @Test
  void aWaardeWithACommaIsDutchElsePlain() {
    assertEquals(IndicatorValue.of(new BigDecimal("35.2")), Iv3Indicators.value("35.2"));
    assertEquals(IndicatorValue.of(new BigDecimal("35.2")), Iv3Indicators.value("35,2"));
    assertEquals(IndicatorValue.of(new BigDecimal("1234.5")), Iv3Indicators.value("1.234,5"));
    assertEquals(IndicatorValue.of(new BigDecimal("1.039")), Iv3Indicators.value("1.039"));
    assertEquals(IndicatorValue.ofPercent(new BigDecimal("12.5")), Iv3Indicators.value("12,5%"));
    assertEquals(IndicatorValue.notYetKnown(), Iv3Indicators.value("nog niet bekend"));
    assertThrows(SociaalDomeinException.class, () -> Iv3Indicators.value("veel"));
  }

  @Test
  void theBeleidsindicatorenOfADeliveryAreSeriesPerCodeAndBasis() {
    IndicatorTable table = Iv3Indicators.table(List.of(
        bi("bi.5", "Rek_2024", "11.3"),
        bi("bi.1", "Rek_2024", "7.82"),
        bi("bi.5", "Beg_2024", "10.9"),
        bi("bi.5", "Rek_2023", "11.0")), IndicatorFixtures.beleidsindicatoren());
    assertEquals(Iv3Indicators.HEADING, table.heading());
    assertEquals(List.of(Year.of(2023), Year.of(2024)), table.years());
    Indicator overhead = new Indicator("Overhead", Optional.of(IndicatorUnit.parse("% van totale lasten")), Optional.of("bi.5"));
    Indicator formatie = new Indicator("Formatie", Optional.of(IndicatorUnit.parse("Fte per 1.000 inwoners")), Optional.of("bi.1"));
    assertEquals(List.of(
        IndicatorSeries.of(overhead, Map.of(Year.of(2023), Iv3Indicators.value("11.0"), Year.of(2024), Iv3Indicators.value("11.3"))),
        IndicatorSeries.of(formatie, Map.of(Year.of(2024), Iv3Indicators.value("7.82"))),
        IndicatorSeries.of(overhead, Map.of(Year.of(2024), Iv3Indicators.value("10.9"))).withBasis(Basis.BUDGET)),
        table.series());
    assertEquals(IndicatorUnit.Kind.PERCENTAGE, table.series("Overhead").orElseThrow().kind());
  }

  @Test
  void refusesAFigureNamingItsPlace() {
    var list = IndicatorFixtures.beleidsindicatoren();
    SociaalDomeinException unknown = assertThrows(SociaalDomeinException.class,
        () -> Iv3Indicators.table(List.of(bi("bi.1", "Rek_2024", "1"), bi("bi.6", "Rek_2024", "1")), list));
    assertEquals("beleidsindicatoren[1]", unknown.where());
    assertEquals(Optional.of("bi.6"), unknown.what());
    SociaalDomeinException twice = assertThrows(SociaalDomeinException.class,
        () -> Iv3Indicators.table(List.of(bi("bi.1", "Rek_2024", "1"), bi("bi.1", "Rek_2024", "2")), list));
    assertEquals("beleidsindicatoren[1]", twice.where());
    assertThrows(SociaalDomeinException.class,
        () -> Iv3Indicators.table(List.of(new Iv3Figure(Iv3Section.KENGETALLEN, "fk.1", "Rek_2024", "1")), list));
    SociaalDomeinException value = assertThrows(SociaalDomeinException.class,
        () -> Iv3Indicators.table(List.of(bi("bi.1", "Rek_2024", "veel")), list));
    assertEquals(Optional.of("veel"), value.what());
  }

  @Test
  void takesTheListFromTheDefinitionsOfTheDeliverysYear() {
    var delivery = IndicatorFixtures.delivery(2024, bi("bi.5", "Rek_2024", "11.3"),
        new Iv3Figure(Iv3Section.KENGETALLEN, "fk.3", "Rek_2024", "35.2"));
    IndicatorTable table = Iv3Indicators.table(delivery, IndicatorFixtures.definitions(2024));
    assertEquals(List.of("Overhead"), table.series().stream().map(s -> s.indicator().name()).toList());
    SociaalDomeinException otherYear = assertThrows(SociaalDomeinException.class,
        () -> Iv3Indicators.table(delivery, IndicatorFixtures.definitions(2023)));
    assertEquals(Optional.of("2023"), otherYear.what());
    assertThrows(SociaalDomeinException.class,
        () -> Iv3Indicators.table(IndicatorFixtures.delivery(2019), IndicatorFixtures.definitions(2019)));
  }
}
