// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import org.junit.jupiter.api.Test;

class MeasureTest {

  static final AmountRange TWO_TON = AmountRange.exactly(Amount.ofEuros(200_000));

  @Test
  void aLastYearBeforeTheFirstIsAnErrorNamingTheMeasure() {
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> Measure.incidental("W7", "Mantelzorg Vitaal", Domain.WMO, TWO_TON, Year.of(2023), Year.of(2022)));
    assertTrue(e.getMessage().contains("W7"), e.getMessage());
    assertTrue(e.getMessage().contains("2022"), e.getMessage());
  }

  @Test
  void badMeasuresAreRefused() {
    assertThrows(SociaalDomeinException.class,
        () -> Measure.structural(" ", "x", Domain.WMO, TWO_TON, Year.of(2022)));
    assertThrows(SociaalDomeinException.class, () -> Measure.structural("N", "negative", Domain.WMO,
        AmountRange.between(Amount.ofEuros(-1), Amount.ofEuros(5)), Year.of(2022)));
    assertThrows(SociaalDomeinException.class, () -> new Measure("S", "structural with an end", Domain.WMO,
        Kind.STRUCTURAL, TWO_TON, Year.of(2022), Optional.of(Year.of(2023)), Status.PROPOSED, Set.of()));
    assertThrows(SociaalDomeinException.class, () -> new Measure("I", "incidental without an end", Domain.WMO,
        Kind.INCIDENTAL, TWO_TON, Year.of(2022), Optional.empty(), Status.PROPOSED, Set.of()));
    assertThrows(SociaalDomeinException.class, () -> Domain.of(""));
    Measure m = Measure.structural("1", "x", Domain.WMO, TWO_TON, Year.of(2022));
    assertThrows(SociaalDomeinException.class, () -> SavingsPlan.of(m, m));
    assertThrows(SociaalDomeinException.class, () -> SavingsPlan.of(m).withStatus("2", Status.DECIDED));
  }

  @Test
  void measuresAreValuesAndTheUsersOwnDomainIsOne() {
    Measure a = Measure.structural("1", "x", Domain.of("Wijk Noord"), TWO_TON, Year.of(2022))
        .withTags(Set.of("wachtlijst", "begeleiding"));
    Measure b = Measure.structural("1", "x", new Domain("Wijk Noord"), TWO_TON, Year.of(2022))
        .withTags(Set.of("begeleiding", "wachtlijst"));
    assertEquals(a, b);
    assertEquals(List.of("begeleiding", "wachtlijst"), List.copyOf(a.tags()));
    assertFalse(a.equals(b.withStatus(Status.DECIDED)));
    assertEquals(Status.realised(Amount.ofEuros(5)), Status.realised(Amount.ofEuros(5)));
  }

  @Test
  void aStructuralSavingCountsFromItsFirstYearAnIncidentalOneUntilItsLast() {
    Measure s = Measure.structural("S", "x", Domain.JEUGD, TWO_TON, Year.of(2023));
    Measure i = Measure.incidental("I", "x", Domain.JEUGD, TWO_TON, Year.of(2023), Year.of(2024));
    assertFalse(s.isActiveIn(Year.of(2022)));
    assertTrue(s.isActiveIn(Year.of(2040)));
    assertTrue(i.isActiveIn(Year.of(2024)));
    assertFalse(i.isActiveIn(Year.of(2025)));
    Phasing p = SavingsPlan.of(s, i).phasing(Year.of(2022), Year.of(2025));
    assertEquals(AmountRange.exactly(Amount.ZERO), p.of(Year.of(2022), Domain.JEUGD).net());
    assertEquals(AmountRange.exactly(Amount.ofEuros(400_000)), p.of(Year.of(2024), Domain.JEUGD).net());
    assertEquals(TWO_TON, p.of(Year.of(2025), Domain.JEUGD).net());
    assertEquals(AmountRange.exactly(Amount.ZERO), p.of(Year.of(2025), Domain.WMO).net());
    assertThrows(SociaalDomeinException.class, () -> p.total(Year.of(2026)));
  }

  @Test
  void droppedMeasuresCountNowhereAndDecidedOnlyKeepsTheFirmPart() {
    SavingsPlan plan = SavingsPlan.of(
        Measure.structural("A", "x", Domain.WMO, TWO_TON, Year.of(2022)),
        Measure.structural("B", "x", Domain.WMO, TWO_TON, Year.of(2022)).withStatus(Status.DECIDED),
        Measure.structural("C", "x", Domain.WMO, TWO_TON, Year.of(2022)).withStatus(Status.DROPPED));
    assertEquals(AmountRange.exactly(Amount.ofEuros(400_000)), plan.total(Kind.STRUCTURAL));
    assertEquals(TWO_TON, plan.decidedOnly().total(Kind.STRUCTURAL));
    assertEquals(List.of("A", "B"), plan.counted().stream().map(Measure::id).toList());
  }

  @Test
  void realisedIsSetAgainstPlanned() {
    AmountRange ranged = AmountRange.between(Amount.ofEuros(20_000), Amount.ofEuros(35_000));
    SavingsPlan plan = SavingsPlan.of(
        Measure.structural("7", "Mantelzorg Vitaal", Domain.WMO, ranged, Year.of(2022)),
        Measure.structural("14", "Meerkostenregeling", Domain.WMO, AmountRange.exactly(Amount.ofEuros(432_000)),
            Year.of(2022)).withStatus(Status.DECIDED),
        Measure.structural("1", "Wachtlijst", Domain.WMO, TWO_TON, Year.of(2022)))
        .withStatus("7", Status.realised(Amount.ofEuros(30_000)))
        .withStatus("1", Status.realised(Amount.ofEuros(150_000)));
    List<Realisation> r = plan.realisation();
    assertEquals(List.of("7", "14", "1"), r.stream().map(x -> x.measure().id()).toList());
    assertEquals(Optional.of(AmountRange.between(Amount.ofEuros(-5_000), Amount.ofEuros(10_000))),
        r.get(0).difference());
    assertEquals(Optional.of(true), r.get(0).withinPlan());
    assertEquals(Optional.empty(), r.get(1).difference());
    assertEquals(Optional.of(AmountRange.exactly(Amount.ofEuros(-50_000))), r.get(2).difference());
    assertEquals(Optional.of(false), r.get(2).withinPlan());
  }

  @Test
  void aGapThatStraddlesZeroIsPossiblyCovered() {
    SavingsPlan plan = SavingsPlan.of(Measure.structural("7", "x", Domain.WMO,
        AmountRange.between(Amount.ofEuros(20_000), Amount.ofEuros(35_000)), Year.of(2022)));
    Phasing p = plan.phasing(Year.of(2022), Year.of(2022));
    TargetComparison.Row row =
        TargetComparison.of(p, Target.constant(Year.of(2022), Year.of(2022), Amount.ofEuros(25_000)), Line.NET)
            .rows().get(0);
    assertEquals(AmountRange.between(Amount.ofEuros(-10_000), Amount.ofEuros(5_000)), row.gap());
    assertEquals(Coverage.POSSIBLY_COVERED, row.coverage());
    assertEquals(AmountRange.between(Amount.ofEuros(20_000), Amount.ofEuros(25_000)), row.covered());
    SavingsPlan open = plan.plus(Measure.structural("3", "scootmobielen", Domain.WMO, AmountRange.proMemorie(),
        Year.of(2022)));
    TargetComparison.Row openRow = TargetComparison.of(open.phasing(Year.of(2022), Year.of(2022)),
        Target.constant(Year.of(2022), Year.of(2022), Amount.ofEuros(10_000)), Line.NET).rows().get(0);
    assertEquals(Coverage.COVERED, openRow.coverage());
    assertEquals(AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(10_000)), openRow.covered());
  }

  @Test
  void theMidpointOfAnOddNumberOfCentsRoundsHalfEven() {
    AmountRange odd = AmountRange.between(Amount.ofCents(0), Amount.ofCents(3));
    assertEquals(Optional.of(Amount.ofCents(2)), PointRule.MIDPOINT.pick(odd));
    AmountRange odd2 = AmountRange.between(Amount.ofCents(0), Amount.ofCents(1));
    assertEquals(Optional.of(Amount.ofCents(0)), PointRule.MIDPOINT.pick(odd2));
    assertEquals(Optional.of(Amount.ZERO),
        PointRule.PM_AS_ZERO.pick(AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(50_000))));
    assertEquals(Optional.of(Amount.ofEuros(10_000)),
        PointRule.LOWER_END.pick(AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(50_000))));
  }

  @Test
  void theNetPointTakesTheOppositeEndOfTheCosts() {
    AmountRange costs = AmountRange.between(Amount.ofEuros(100), Amount.ofEuros(300));
    SavingsPlan plan = SavingsPlan.of(
        Measure.structural("s", "x", Domain.WMO, AmountRange.between(Amount.ofEuros(1_000), Amount.ofEuros(2_000)),
            Year.of(2022)),
        Measure.cost("c", "invoering", Domain.WMO, costs, Year.of(2022), Year.of(2022)));
    Phasing p = plan.phasing(Year.of(2022), Year.of(2022));
    assertEquals(Optional.of(new Point(Amount.ofEuros(700), PointRule.LOWER_END)),
        p.point(Year.of(2022), Optional.empty(), Line.NET, PointRule.LOWER_END));
    assertEquals(Optional.of(new Point(Amount.ofEuros(1_900), PointRule.UPPER_END)),
        p.point(Year.of(2022), Optional.empty(), Line.NET, PointRule.UPPER_END));
    assertEquals(AmountRange.between(Amount.ofEuros(700), Amount.ofEuros(1_900)), p.total(Year.of(2022)).net());
  }

  @Test
  void yearsHaveFourDigitsSoThatEveryMeasureCanBeWrittenAndReadBack() {
    for (int year : new int[] {999, 10_000, -5}) {
      SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
          () -> Measure.structural("W1", "", Domain.WMO, TWO_TON, Year.of(year)));
      assertTrue(e.getMessage().contains("\"W1\"") && e.getMessage().contains(Integer.toString(year)), e.getMessage());
    }
    assertThrows(SociaalDomeinException.class,
        () -> Measure.incidental("W1", "", Domain.WMO, TWO_TON, Year.of(2022), Year.of(10_000)));
    assertEquals(Year.of(9999), Measure.structural("W1", "", Domain.WMO, TWO_TON, Year.of(9999)).firstYear());
  }

  @Test
  void messagesNameTheKindInWordsNotAsAnEnumConstant() {
    SociaalDomeinException incidental = assertThrows(SociaalDomeinException.class, () -> new Measure("W1", "",
        Domain.WMO, Kind.INCIDENTAL, TWO_TON, Year.of(2022), Optional.empty(), Status.PROPOSED, Set.of()));
    assertTrue(incidental.getMessage().contains("an incidental line needs a last year"), incidental.getMessage());
    SociaalDomeinException negative = assertThrows(SociaalDomeinException.class,
        () -> Measure.structural("W1", "", Domain.WMO, AmountRange.exactly(Amount.ofEuros(-5)), Year.of(2022)));
    assertFalse(negative.getMessage().contains("STRUCTURAL"), negative.getMessage());
    assertTrue(negative.getMessage().contains("(structural)"), negative.getMessage());
  }

  @Test
  void theKnownDomainsAreMatchedWhateverTheCaseAndTheUsersOwnStaysAsWritten() {
    assertEquals(Domain.WMO, Domain.of("wmo"));
    assertEquals(Domain.WMO, new Domain("WMO"));
    assertEquals(Domain.PARTICIPATIE, Domain.of("participatie/shv"));
    assertEquals(Domain.SOCIAAL_BREED, Domain.of("Sociaal Breed"));
    assertEquals("wijk Noord", Domain.of("wijk Noord").name());
    assertEquals(List.of(Domain.WMO), SavingsPlan.of(
        Measure.structural("a", "", Domain.of("wmo"), TWO_TON, Year.of(2022)),
        Measure.structural("b", "", Domain.of("Wmo"), TWO_TON, Year.of(2022))).domains());
  }
}
