// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.iv3.Iv3CodeList;
import org.junit.jupiter.api.Test;

class IndicatorTableTest {

  private static final Year Y2021 = Year.of(2021);
  private static final Year Y2022 = Year.of(2022);

  private static IndicatorSeries series(String name, Map<Year, IndicatorValue> values) {
    return IndicatorSeries.of(Indicator.of(name), values);
  }

  @Test
  void aSeriesHoldsWhatTheTablePrintsPerYear() {
    IndicatorSeries jobs = IndicatorSeries.of(Indicator.of("Banen", "per 1.000 inwoners van 15-64 jaar"),
        Map.of(Y2021, IndicatorValue.parse("906,4"), Y2022, IndicatorValue.notYetKnown()));
    assertEquals(Optional.of(IndicatorValue.of(new BigDecimal("906.4"))), jobs.value(Y2021));
    assertEquals(Optional.empty(), jobs.value(Year.of(2018)));
    assertEquals(IndicatorUnit.Kind.RATE, jobs.kind());
    IndicatorSeries compared = jobs.withComparison(Y2021, IndicatorValue.parse("812,3"));
    assertEquals(Optional.of(IndicatorValue.parse("812,3")), compared.comparison(Y2021));
    assertEquals(jobs.values(), compared.values());
    assertEquals(jobs.indicator(), compared.indicator());
    assertEquals(Optional.empty(), jobs.comparison(Y2021));
  }

  @Test
  void theKindOfAnUnprintedUnitComesFromTheValues() {
    assertEquals(IndicatorUnit.Kind.COUNT, series("Aantal personen met een loonkostensubsidie (nieuwe indicator 2021)",
        Map.of(Y2022, IndicatorValue.parse("135"), Year.of(2019), IndicatorValue.missing())).kind());
    assertEquals(IndicatorUnit.Kind.PERCENTAGE, series("Mate van acceptatie hulpverlening bij tijdelijk huisverbod (%)",
        Map.of(Y2022, IndicatorValue.parse("100%"))).kind());
    assertEquals(IndicatorUnit.Kind.YES_NO, series("Er is een expertisecentrum duurzame gezinsvormen gerealiseerd",
        Map.of(Y2022, IndicatorValue.parse("Nee"))).kind());
    assertEquals(IndicatorUnit.Kind.OTHER, series("Een overzicht van vrij toegankelijke voorzieningen per kern.",
        Map.of(Y2022, IndicatorValue.parse("1"), Year.of(2018), IndicatorValue.done())).kind());
  }

  @Test
  void refusesASeriesWithoutValuesAndSpacesAroundText() {
    assertThrows(SociaalDomeinException.class, () -> series("Banen", Map.of()));
    assertThrows(SociaalDomeinException.class, () -> Indicator.of(" Banen"));
    assertThrows(SociaalDomeinException.class, () -> Indicator.of("Banen\nen meer"));
    IndicatorSeries s = series("Banen", Map.of(Y2022, IndicatorValue.missing()));
    assertThrows(SociaalDomeinException.class, () -> s.withSource(Optional.of(" CIV")));
    assertThrows(SociaalDomeinException.class, () -> s.withGoal(Optional.of("")));
  }

  @Test
  void aTableHasAColumnForEveryYearItsSeriesHold() {
    IndicatorSeries s = series("Banen", Map.of(Y2022, IndicatorValue.missing()));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> new IndicatorTable("Indicator", List.of(Y2021), List.of(s)));
    assertTrue(e.getMessage().contains("2022"), e.getMessage());
    assertThrows(SociaalDomeinException.class,
        () -> new IndicatorTable("Indicator", List.of(Y2021), List.of(s.withComparison(Y2022, IndicatorValue.missing()))));
    assertThrows(SociaalDomeinException.class, () -> new IndicatorTable("Indicator", List.of(Y2022, Y2022), List.of()));
    IndicatorTable table = new IndicatorTable("Indicator", List.of(Y2022, Y2021), List.of(s));
    assertEquals(Optional.of(s), table.series("banen"));
    assertEquals(Optional.empty(), table.series("Banen", Basis.BUDGET));
  }

  @Test
  void matchesNamesToTheIv3ListOfTheYear() {
    Iv3CodeList list = IndicatorFixtures.beleidsindicatoren();
    assertEquals(Optional.of("bi.1"), Indicator.of("Formatie").matchedTo(list).iv3Code());
    assertEquals(Optional.of("bi.5"), Indicator.of("overhead", "% van totale lasten").matchedTo(list).iv3Code());
    assertEquals(Optional.of("bi.2"), Indicator.of("Bezetting (Fte per 1.000 inwoners)").matchedTo(list).iv3Code());
    // Seed 000's indicators of the sociaal domein are not on the Iv3 list.
    assertEquals(Optional.empty(), Indicator.of("Banen").matchedTo(list).iv3Code());
    IndicatorTable table = new IndicatorTable("Indicator", List.of(Y2022), List.of(
        series("Formatie", Map.of(Y2022, IndicatorValue.parse("7,2"))),
        series("Banen", Map.of(Y2022, IndicatorValue.notYetKnown()))));
    IndicatorTable matched = table.matchedTo(list);
    assertEquals(Optional.of("bi.1"), matched.series("Formatie").orElseThrow().indicator().iv3Code());
    assertEquals(Optional.empty(), matched.series("Banen").orElseThrow().indicator().iv3Code());
    assertThrows(SociaalDomeinException.class, () -> table.matchedTo(new Iv3CodeList("kengetallen", List.of())));
  }
}
