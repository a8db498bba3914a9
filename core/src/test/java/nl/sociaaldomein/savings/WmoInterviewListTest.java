// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.notation.DutchNotation;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's interview annex (Wmo, 12-8-2021): 14 bezuinigingsmaatregelen with their "Beoogde
 * besparing" as printed, and "Totaal € 1.473.000,-". The list names no years; 2022 is the year of
 * the budget it was proposed for ("Afschaffen meerkostenregeling per 2022").
 */
public class WmoInterviewListTest {

  static final String[][] LIST = {
    {"1", "Korten budget Wmo-begeleiding met 2 ton en het aanleggen van een wachtlijst", "€ 200.000,-"},
    {"2", "Het algemeen gebruikelijk maken van bepaalde woonvoorzieningen", "€ 5.000,-"},
    {"3", "Het innemen van niet gebruikte scootmobielen", "PM"},
    {"4", "Het maken van een tilliften pool", "PM"},
    {"5", "Check op rechtmatigheid 100% facturaties", "PM"},
    {"6", "Toepassen 5% boeteclausule bij late facturatie aanbieders", "PM"},
    {"7", "Het afschaffen van Mantelzorg Vitaal en de mantelzorgwaardering minimaal vormgeven",
        "Tussen de € 20.000,- en € 35.000,-"},
    {"8", "Het voordeel Wmo beschermd wonen vanuit Assen terug laten vloeien in de reguliere Wmo-budgetten",
        "€ 725.000,-"},
    {"9", "Stoppen dubbele vervoersindicaties dagbesteding", "€ 13.000,-"},
    {"10", "Maandlonen omzetten in uurlonen", "€ 13.000,-"},
    {"11", "Aanpassen werkprocessen toegang", "PM"},
    {"12", "Beperken dubbele indicaties begeleiding individueel echtparen", "PM"},
    {"13", "pgb-tussentarief ZZP-aanbieders begeleiding individueel", "€ 65.000,-"},
    {"14", "Afschaffen meerkostenregeling per 2022", "€ 432.000,-"},
  };

  public static SavingsPlan plan() {
    List<Measure> measures = new ArrayList<>();
    for (String[] row : LIST) {
      measures.add(Measure.structural(row[0], row[1], Domain.WMO, DutchNotation.parseRange(row[2], EuroUnit.EUROS),
          Year.of(2022)));
    }
    return new SavingsPlan(measures);
  }

  @Test
  void thePrintedTotalIsTheLowerEndOfTheIntervalAndTheUpperEndIsOpen() {
    AmountRange total = plan().total(Kind.STRUCTURAL);
    Amount printed = DutchNotation.parseAmount("€ 1.473.000,-");
    assertEquals(Optional.of(printed), total.low());
    assertEquals(Optional.empty(), total.high());
    assertTrue(total.isProMemorie());
    assertEquals(AmountRange.atLeast(printed).withProMemorie(true), total);
  }

  @Test
  void withTheRangeAtItsUpperEndTheTotalIs15000More() {
    Phasing phasing = plan().phasing(Year.of(2022), Year.of(2022));
    Optional<Domain> wmo = Optional.of(Domain.WMO);
    assertEquals(Optional.of(new Point(Amount.ofEuros(1_473_000), PointRule.LOWER_END)),
        phasing.point(Year.of(2022), wmo, Line.STRUCTURAL, PointRule.LOWER_END));
    assertEquals(Optional.of(new Point(Amount.ofEuros(1_473_000), PointRule.PM_AS_ZERO)),
        phasing.point(Year.of(2022), wmo, Line.STRUCTURAL, PointRule.PM_AS_ZERO));
    assertEquals(Optional.empty(), phasing.point(Year.of(2022), wmo, Line.STRUCTURAL, PointRule.UPPER_END));
    assertEquals(Optional.empty(), phasing.point(Year.of(2022), wmo, Line.STRUCTURAL, PointRule.MIDPOINT));
    SavingsPlan known = new SavingsPlan(plan().measures().stream().filter(m -> !m.amount().isProMemorie()).toList());
    assertEquals(Optional.of(new Point(Amount.ofEuros(1_488_000), PointRule.UPPER_END)),
        known.phasing(Year.of(2022), Year.of(2022)).point(Year.of(2022), wmo, Line.STRUCTURAL, PointRule.UPPER_END));
    assertEquals(Optional.of(new Point(Amount.ofEuros(1_480_500), PointRule.MIDPOINT)),
        known.phasing(Year.of(2022), Year.of(2022)).point(Year.of(2022), wmo, Line.STRUCTURAL, PointRule.MIDPOINT));
  }

  @Test
  void thePmItemsAreTheOpenOnes() {
    List<String> open = plan().measures().stream()
        .filter(m -> m.amount().isProMemorie())
        .map(Measure::id)
        .toList();
    assertEquals(List.of("3", "4", "5", "6", "11", "12"), open);
    assertEquals("EUR 1473000.00 (lower end)", new Point(Amount.ofEuros(1_473_000), PointRule.LOWER_END).toString());
  }

  @Test
  void theSummarySaysThePrintedTotalIsTheLowerEndAndListsTheOpenItems() {
    PlanSummary summary = PlanSummary.of(plan(), Kind.STRUCTURAL, PointRule.LOWER_END);
    assertEquals(Optional.of(new Point(Amount.ofEuros(1_473_000), PointRule.LOWER_END)), summary.shown());
    assertEquals(Optional.of(PlanSummary.Position.LOWER_END), summary.position());
    assertEquals(List.of("3", "4", "5", "6", "11", "12"), summary.open().stream().map(Measure::id).toList());
    assertEquals(14, summary.measures().size());
    assertEquals(Optional.empty(), PlanSummary.of(plan(), Kind.STRUCTURAL, PointRule.MIDPOINT).position());
    assertEquals(List.of(), PlanSummary.of(plan(), Kind.COST, PointRule.LOWER_END).measures());
    SavingsPlan bounded = plan().plus(Measure.structural("15", "", Domain.WMO,
        AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(50_000)), Year.of(2022)));
    assertEquals(Optional.of(PlanSummary.Position.OUTSIDE),
        PlanSummary.of(bounded, Kind.STRUCTURAL, PointRule.PM_AS_ZERO).position());
  }
}
