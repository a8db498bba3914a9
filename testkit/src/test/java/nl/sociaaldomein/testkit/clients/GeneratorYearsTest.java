// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Query;
import org.junit.jupiter.api.Test;

/** Runs of years other than the quickscan's 2018-2020: the years are data (docs/generator.md, "Years"). */
class GeneratorYearsTest {

  @Test
  void settingsTakeAnyRunOfUpToTenYears() {
    GeneratorSettings d = GeneratorSettings.defaults();
    assertEquals(List.of(2018, 2020), List.of(d.firstYear(), d.lastYear()));
    assertEquals(d, new GeneratorSettings(d.seed(), d.scale(), 100, 2018, 2020));
    GeneratorSettings later = d.withYears(2021, 2030);
    assertEquals(List.of(2021, 2030), List.of(later.firstYear(), later.lastYear()));
    assertEquals(later, later.withScale("1").withSeed(d.seed()));
    assertEquals(2020, d.withYears(2020, 2020).lastYear());
    assertEquals("The years must run forward within 2000 to 2099, at most 10 of them, not 2021 to 2031",
        assertThrows(SociaalDomeinException.class, () -> d.withYears(2021, 2031)).getMessage());
    assertThrows(SociaalDomeinException.class, () -> d.withYears(2020, 2019));
    assertThrows(SociaalDomeinException.class, () -> d.withYears(1999, 2001));
    assertThrows(SociaalDomeinException.class, () -> d.withYears(2098, 2100));
  }

  @Test
  void aYearTheQuickscanDoesNotCoverLooksLikeTheNearestOneItDoes() {
    GenerationPlan plan = ClientDataGenerator.create(GeneratorSettings.defaults().withYears(2016, 2023)).plan();
    assertEquals(List.of(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023), plan.years());
    for (Law law : Law.values()) {
      for (int year = 2018; year <= 2020; year++) {
        assertEquals(QuickscanCalibration.clients(law, year), plan.clients(law, year), law + " " + year);
      }
      assertEquals(plan.clients(law, 2018), plan.clients(law, 2016));
      assertEquals(plan.cost(law, 2018), plan.cost(law, 2017));
      assertEquals(plan.clients(law, 2020), plan.clients(law, 2023));
      assertEquals(plan.cost(law, 2020), plan.cost(law, 2021));
    }
    assertEquals(8_732, plan.uniqueClients(2022));
    assertEquals(plan.twoLawClients(2020), plan.twoLawClients(2021));
    assertEquals(QuickscanCalibration.calibratedYear(2031), 2020);
    assertEquals(QuickscanCalibration.calibratedYear(2011), 2018);
    assertEquals(QuickscanCalibration.calibratedYear(2019), 2019);
  }

  @Test
  void uniqueClientsOverOtherYearsContinueAsOver2018To2020() {
    // Jeugdwet 2018-2020: 5.264 client-years and 2.766 unique clients, so 2.498 of the 3.441 who
    // could continue into the next year (1.751 into 2019, 1.690 into 2020) did. 2021 adds 1.690
    // client-years and 1.690 who could continue: 2.766 + 1.690 - 1.690 x 2.498 / 3.441 = 3.229,14.
    GenerationPlan plan = ClientDataGenerator.create(GeneratorSettings.defaults().withYears(2018, 2021)).plan();
    assertEquals(3_229, plan.uniqueClients(Law.JEUGDWET));
    // One year: every client of the year is a client of the run.
    GenerationPlan one = ClientDataGenerator.create(GeneratorSettings.defaults().withYears(2020, 2020)).plan();
    for (Law law : Law.values()) {
      assertEquals(one.clients(law, 2020), one.uniqueClients(law), law.toString());
    }
  }

  @Test
  void aRunOfOtherYearsGivesItsPlannedClientsAndCostPerLawAndYearAndOverTheYears() {
    ClientDataGenerator g = ClientDataGenerator.create(GeneratorSettings.defaults().withScale("0.25").withYears(2020, 2023));
    ClientDataset data = g.dataset();
    AggregationResult byLawAndYear = data.aggregate(ClientDataGenerator.quickscanScope(Query.by(Dimension.LAW, Dimension.YEAR)));
    AggregationResult byLaw = data.aggregate(ClientDataGenerator.quickscanScope(Query.by(Dimension.LAW)));
    for (Law law : Law.values()) {
      for (int year : g.plan().years()) {
        var row = byLawAndYear.row(Map.of(Dimension.LAW, law, Dimension.YEAR, year)).orElseThrow();
        assertEquals(g.plan().clients(law, year), row.uniqueClients(), law + " " + year);
        assertEquals(g.plan().cost(law, year), row.cost(), law + " " + year);
      }
      assertEquals(g.plan().uniqueClients(law), byLaw.row(Map.of(Dimension.LAW, law)).orElseThrow().uniqueClients(),
          law.toString());
    }
    assertEquals(g.plan().people(), g.stream().count());
    assertTrue(g.stream().flatMap(c -> c.payments().stream()).mapToInt(PaymentRecord::year).allMatch(y -> y >= 2020 && y <= 2023));
  }
}
