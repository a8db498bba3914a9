// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import org.junit.jupiter.api.Test;

/**
 * Seed 004, chapter 6 ("Financiële vertaling"). The chapter splits the 1.900.000 per domain only
 * as the structural saving reached in 2025, and phases it in four tranches without a domain; so
 * the tranches are lines of the plan's own domain "programmaplan", as the table prints them
 * ("Effect van maatregelen via programmaplan"), and the domain split is a second plan whose lines
 * start in 2025.
 */
public class HoogeveenPlanTest {

  public static final Domain PROGRAMMAPLAN = Domain.of("programmaplan");

  public static Amount euros(long euros) {
    return Amount.ofEuros(euros);
  }

  public static AmountRange exactly(long euros) {
    return AmountRange.exactly(euros(euros));
  }

  /** The jaarschijf's tranches and the invoeringskosten of 350.000 a year, 2022 to 2025. */
  public static SavingsPlan tranches() {
    return SavingsPlan.of(
        Measure.structural("2022", "Effect van maatregelen via programmaplan", PROGRAMMAPLAN, exactly(250_000),
            Year.of(2022)),
        Measure.structural("2023", "Effect van maatregelen via programmaplan", PROGRAMMAPLAN, exactly(500_000),
            Year.of(2023)),
        Measure.structural("2024", "Effect van maatregelen via programmaplan", PROGRAMMAPLAN, exactly(1_000_000),
            Year.of(2024)),
        Measure.structural("2025", "Effect van maatregelen via programmaplan", PROGRAMMAPLAN, exactly(150_000),
            Year.of(2025)),
        Measure.cost("invoering", "Invoeringskosten uitvoeringsprogramma sociaal domein", PROGRAMMAPLAN,
            exactly(350_000), Year.of(2022), Year.of(2025)));
  }

  /** "Hoe is de verdeling van de besparing van het programmaplan binnen het sociaal domein?" */
  public static SavingsPlan perDomain() {
    Year full = Year.of(2025);
    return SavingsPlan.of(
        Measure.structural("P", "Participatie/SHV", Domain.PARTICIPATIE, exactly(200_000), full),
        Measure.structural("W", "Wmo", Domain.WMO, exactly(650_000), full),
        Measure.structural("J", "Jeugd", Domain.JEUGD, exactly(450_000), full),
        Measure.structural("S", "sociaal breed", Domain.SOCIAAL_BREED, exactly(600_000), full));
  }

  @Test
  void theTranchesGiveThePrintedTotalPerYear() {
    Phasing phasing = tranches().phasing(Year.of(2022), Year.of(2025));
    List<Long> printed = List.of(250_000L, 750_000L, 1_750_000L, 1_900_000L);
    for (int i = 0; i < 4; i++) {
      assertEquals(exactly(printed.get(i)), phasing.total(Year.of(2022 + i)).structural(), "year " + (2022 + i));
    }
  }

  @Test
  void theNetPerYearIsTheSavingLessTheImplementationCost() {
    Phasing phasing = tranches().phasing(Year.of(2022), Year.of(2025));
    List<Long> net = List.of(-100_000L, 400_000L, 1_400_000L, 1_550_000L);
    for (int i = 0; i < 4; i++) {
      YearEffect year = phasing.total(Year.of(2022 + i));
      assertEquals(exactly(350_000), year.costs());
      assertEquals(exactly(0), year.incidental());
      assertEquals(exactly(net.get(i)), year.net(), "year " + (2022 + i));
    }
  }

  @Test
  void afterTheImplementationYearsTheCostStops() {
    Phasing phasing = tranches().phasing(Year.of(2025), Year.of(2026));
    assertEquals(exactly(0), phasing.total(Year.of(2026)).costs());
    assertEquals(exactly(1_900_000), phasing.total(Year.of(2026)).net());
  }

  @Test
  void theDomainsAddUpToThe1900000OfTheTranchesIn2025() {
    Phasing domains = perDomain().phasing(Year.of(2022), Year.of(2025));
    assertEquals(exactly(200_000), domains.of(Year.of(2025), Domain.PARTICIPATIE).structural());
    assertEquals(exactly(650_000), domains.of(Year.of(2025), Domain.WMO).structural());
    assertEquals(exactly(450_000), domains.of(Year.of(2025), Domain.JEUGD).structural());
    assertEquals(exactly(600_000), domains.of(Year.of(2025), Domain.SOCIAAL_BREED).structural());
    assertEquals(exactly(1_900_000), domains.total(Year.of(2025)).structural());
    assertEquals(tranches().phasing(Year.of(2025), Year.of(2025)).total(Year.of(2025)).structural(),
        domains.total(Year.of(2025)).structural());
    assertEquals(List.of(Domain.PARTICIPATIE, Domain.WMO, Domain.JEUGD, Domain.SOCIAAL_BREED), domains.domains());
  }

  @Test
  void againstThe85MillionTaakstellingThePlanLeavesAGapOf66Million() {
    Phasing phasing = tranches().phasing(Year.of(2022), Year.of(2025));
    Target target = Target.of(Map.of(Year.of(2025), euros(8_500_000)));
    TargetComparison structural = TargetComparison.of(phasing, target, Line.STRUCTURAL);
    assertEquals(1, structural.rows().size());
    TargetComparison.Row row = structural.in(Year.of(2025)).orElseThrow();
    assertEquals(exactly(6_600_000), row.gap());
    assertEquals(exactly(-6_600_000), row.surplus());
    assertEquals(Coverage.GAP, row.coverage());
    assertEquals(exactly(1_900_000), row.covered());
    TargetComparison net = TargetComparison.of(phasing, target, Line.NET);
    assertEquals(exactly(6_950_000), net.in(Year.of(2025)).orElseThrow().gap());
    Target yearly = Target.constant(Year.of(2022), Year.of(2025), euros(8_500_000));
    TargetComparison.Row first = TargetComparison.of(phasing, yearly, Line.NET).in(Year.of(2022)).orElseThrow();
    assertEquals(exactly(8_600_000), first.gap());
    assertEquals(exactly(0), first.covered());
  }

  @Test
  void aTargetPerDomainIsComparedWithThatDomainOnly() {
    Phasing domains = perDomain().phasing(Year.of(2025), Year.of(2025));
    Target wmo = Target.of(Map.of(Year.of(2025), euros(600_000)));
    TargetComparison.Row row =
        TargetComparison.of(domains, wmo, Line.STRUCTURAL, Optional.of(Domain.WMO)).rows().get(0);
    assertEquals(exactly(-50_000), row.gap());
    assertEquals(Coverage.COVERED, row.coverage());
    assertEquals(exactly(600_000), row.covered());
    assertEquals(exactly(50_000), row.surplus());
  }

  @Test
  void aRampRisesInEqualStepsToItsFullAmount() {
    Target ramp = Target.ramp(Year.of(2022), Year.of(2025), euros(8_500_000));
    assertEquals(Optional.of(euros(2_125_000)), ramp.in(Year.of(2022)));
    assertEquals(Optional.of(euros(4_250_000)), ramp.in(Year.of(2023)));
    assertEquals(Optional.of(euros(8_500_000)), ramp.in(Year.of(2025)));
    assertEquals(Optional.empty(), ramp.in(Year.of(2026)));
    Target odd = Target.ramp(Year.of(2022), Year.of(2024), Amount.ofCents(100));
    assertEquals(List.of(Amount.ofCents(34), Amount.ofCents(67), Amount.ofCents(100)),
        List.copyOf(odd.perYear().values()));
  }
}
