// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.Bsn;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;

class GeneratorTest {

  private static final GeneratorSettings SMALL = GeneratorSettings.defaults().withScale("0.25");

  @Test
  void theSameSeedAndScaleGiveExactlyTheSameData() {
    Iterator<SyntheticClient> a = ClientDataGenerator.create(SMALL).iterator();
    Iterator<SyntheticClient> b = ClientDataGenerator.create(SMALL).iterator();
    long people = 0;
    while (a.hasNext()) {
      assertTrue(b.hasNext());
      assertEquals(a.next(), b.next());
      people++;
    }
    assertFalse(b.hasNext());
    assertTrue(people > 2_000, "people " + people);
  }

  @Test
  void iteratingAgainStartsFromTheSeed() {
    ClientDataGenerator generator = ClientDataGenerator.create(SMALL);
    assertEquals(generator.stream().limit(200).toList(), generator.stream().limit(200).toList());
  }

  @Test
  void aPseudonymiserGivesTheReadersPseudonymsOfTheBsns() {
    Pseudonymiser key = Pseudonymiser.of("a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8));
    ClientDataGenerator generator = ClientDataGenerator.create(SMALL, key);
    for (SyntheticClient c : generator.stream().limit(100).toList()) {
      assertEquals(key.pseudonymise(c.bsn().toBsn()), c.id());
      c.clientRecords().forEach(r -> assertEquals(c.id(), r.client()));
      c.payments().forEach(p -> assertEquals(c.id(), p.client()));
    }
  }

  @Test
  void aDifferentSeedGivesDifferentDataWithTheSamePublishedTotals() {
    ClientDataset one = ClientDataGenerator.create(SMALL).dataset();
    ClientDataGenerator otherGenerator = ClientDataGenerator.create(SMALL.withSeed(SMALL.seed() + 1));
    ClientDataset other = otherGenerator.dataset();
    Query byLawYear = ClientDataGenerator.quickscanScope(Query.by(Dimension.LAW, Dimension.YEAR));
    assertEquals(one.aggregate(byLawYear).rows().stream().map(r -> r.uniqueClients() + " " + r.cost()).toList(),
        other.aggregate(byLawYear).rows().stream().map(r -> r.uniqueClients() + " " + r.cost()).toList());
    assertNotEquals(one.aggregate(Query.by(Dimension.PROVIDER)), other.aggregate(Query.by(Dimension.PROVIDER)));
    Set<SyntheticBsn> first = new HashSet<>();
    ClientDataGenerator.create(SMALL).stream().limit(500).forEach(c -> first.add(c.bsn()));
    long shared = otherGenerator.stream().limit(500).filter(c -> first.contains(c.bsn())).count();
    assertTrue(shared < 50, "BSNs shared by two seeds: " + shared);
  }

  @Test
  void everyGeneratedBsnPassesTheElfproefAndIsUsedOnce() {
    Set<String> seen = new HashSet<>();
    for (SyntheticClient c : ClientDataGenerator.create(GeneratorSettings.defaults())) {
      String digits = c.bsn().digits();
      assertTrue(Bsn.isValid(digits), "fails the elfproef");
      assertTrue(seen.add(digits), "BSN handed out twice");
      assertFalse(c.toString().contains(digits), "a SyntheticClient prints its BSN");
    }
    assertEquals(11_745, seen.size());
  }

  @Test
  void scaleMultipliesCountsAndCost() {
    ClientDataGenerator one = ClientDataGenerator.create(GeneratorSettings.defaults());
    ClientDataGenerator two = ClientDataGenerator.create(GeneratorSettings.defaults().withScale("2"));
    for (Law law : Law.values()) {
      for (int year = 2018; year <= 2020; year++) {
        assertEquals(2 * one.plan().clients(law, year), two.plan().clients(law, year));
        assertEquals(one.plan().cost(law, year).multipliedBy(2), two.plan().cost(law, year));
      }
    }
    long[] a = count(one);
    long[] b = count(two);
    for (int i = 0; i < a.length; i++) {
      assertTrue(Math.abs(b[i] - 2 * a[i]) <= a[i] / 50, "counts at scale 2 " + b[i] + " against 2 x " + a[i]);
    }
    AggregationResult byYear = two.dataset().aggregate(Query.by(Dimension.YEAR));
    assertEquals(2 * 8_070, byYear.row(Dimension.YEAR, 2018).orElseThrow().uniqueClients());
    assertEquals(2 * 8_732, byYear.row(Dimension.YEAR, 2020).orElseThrow().uniqueClients());
  }

  /** People, client records and payments. */
  private static long[] count(ClientDataGenerator g) {
    long[] n = new long[3];
    for (SyntheticClient c : g) {
      n[0]++;
      n[1] += c.clientRecords().size();
      n[2] += c.payments().size();
    }
    return n;
  }

  @Test
  void paymentDensityChangesPaymentsButNoClientOrCost() {
    ClientDataGenerator half = ClientDataGenerator.create(SMALL.withPaymentDensityPercent(50));
    long[] full = count(ClientDataGenerator.create(SMALL));
    long[] halved = count(half);
    assertEquals(full[0], halved[0]);
    assertTrue(halved[2] < full[2] * 6 / 10 && halved[2] > full[2] * 4 / 10, halved[2] + " against " + full[2]);
    Query byLawYear = ClientDataGenerator.quickscanScope(Query.by(Dimension.LAW, Dimension.YEAR));
    assertEquals(ClientDataGenerator.create(SMALL).dataset().aggregate(byLawYear).totalCost(),
        half.dataset().aggregate(byLawYear).totalCost());
  }

  @Test
  void theRecordsLookLikeTheirLaw() {
    long jeugdwetRecords = 0;
    long jeugdwetAdults = 0;
    for (SyntheticClient c : ClientDataGenerator.create(SMALL)) {
      for (ClientRecord r : c.clientRecords()) {
        int age = r.age().orElseThrow();
        switch (r.law()) {
          case JEUGDWET:
            jeugdwetRecords++;
            jeugdwetAdults += age >= 18 ? 1 : 0;
            assertTrue(age <= 22, "youth care up to prolonged care at 22");
            assertTrue(r.referrer().isPresent() && r.level().isPresent());
            assertTrue(r.phase().isEmpty() && r.qualification().isEmpty());
            assertTrue(r.deliveryForm().orElseThrow().name().matches("ZIN|PGB"));
            break;
          case WMO:
            assertTrue(r.referrer().isEmpty() && r.level().isEmpty() && r.phase().isEmpty());
            assertTrue(r.deliveryForm().isPresent());
            break;
          default:
            assertTrue(age >= 18 && age <= 66, "Participatiewet age " + age);
            assertTrue(r.referrer().isEmpty() && r.level().isEmpty() && r.deliveryForm().isEmpty());
            assertEquals(QuickscanCalibration.WERK.equals(r.provision()), r.phase().isPresent());
            assertEquals(r.phase().isPresent(), r.qualification().isPresent());
        }
        assertTrue(r.provider().isPresent());
      }
      for (PaymentRecord p : c.payments()) {
        assertTrue(p.amount().isPositive(), "payment " + p.amount());
        assertTrue(ClientDataGenerator.provisions().contains(p.provision()));
      }
    }
    assertTrue(jeugdwetAdults * 20 < jeugdwetRecords, "almost all youth-care clients are 0-17");
  }

  @Test
  void thePaymentsOfAClientAddUpToTheCostOfTheirCell() {
    // The plan fixes every cell's cost; the payments of all people together must give it to the cent.
    ClientDataGenerator g = ClientDataGenerator.create(SMALL);
    Amount total = g.stream().flatMap(c -> c.payments().stream()).map(PaymentRecord::amount).collect(Amount.summing());
    Amount planned = Amount.ZERO;
    for (GenerationPlan.CostCell cell : g.plan().cells()) {
      planned = planned.plus(Amount.ofCents(cell.cents()));
    }
    assertEquals(planned, total);
  }

  @Test
  void anExhaustedIteratorSaysSo() {
    Iterator<SyntheticClient> it = ClientDataGenerator.create(GeneratorSettings.defaults().withScale("0.05")).iterator();
    while (it.hasNext()) {
      it.next();
    }
    assertThrows(NoSuchElementException.class, it::next);
  }

  @Test
  void settingsRefuseScalesAndDensitiesOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.defaults().withScale("0"));
    assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.defaults().withScale("0.01"));
    assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.defaults().withScale("501"));
    assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.defaults().withPaymentDensityPercent(0));
    assertEquals(GeneratorSettings.defaults().withScale("2.0"), GeneratorSettings.defaults().withScale(BigDecimal.valueOf(2)));
  }

  @Test
  void aSyntheticBsnNeverPrintsItself() {
    SyntheticBsn bsn = new BsnSpace(1).next();
    assertFalse(bsn.toString().matches(".*\\d{5}.*"));
    assertEquals(bsn.digits(), bsn.digits().trim());
    assertEquals(9, bsn.digits().length());
  }
}
