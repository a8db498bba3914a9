// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.DeliveryForm;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Referrer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of docs/generator.md ("Per person and year") that every generated record keeps. */
class GeneratedRecordsTest {

  private static List<SyntheticClient> people;

  @BeforeAll
  static void generate() {
    people = ClientDataGenerator.create(GeneratorSettings.defaults().withScale("0.25")).stream().toList();
  }

  private static String key(int year, String provision) {
    return year + " " + provision;
  }

  @Test
  void agesFitTheLawsAndRiseByOneAYear() {
    int jeugdwetYoungAdults = 0;
    for (SyntheticClient c : people) {
      Map<Integer, Integer> ageIn = new TreeMap<>();
      Map<Integer, Set<Law>> lawsIn = new HashMap<>();
      for (ClientRecord r : c.clientRecords()) {
        int age = r.age().getAsInt();
        Integer earlier = ageIn.putIfAbsent(r.year(), age);
        assertTrue(earlier == null || earlier == age, "one age a year");
        lawsIn.computeIfAbsent(r.year(), y -> new HashSet<>()).add(r.law());
        switch (r.law()) {
          case WMO -> assertTrue(age >= 0 && age <= 99, "Wmo age " + age);
          case PARTICIPATIEWET -> assertTrue(age >= 18 && age <= 66, "Participatiewet age " + age);
          default -> { }
        }
      }
      for (ClientRecord r : c.clientRecords()) {
        if (r.law() == Law.JEUGDWET) {
          int age = r.age().getAsInt();
          if (lawsIn.get(r.year()).contains(Law.PARTICIPATIEWET)) {
            // Prolonged youth care.
            assertTrue(age >= 18 && age <= 22, "young adult age " + age);
            jeugdwetYoungAdults++;
          } else {
            assertTrue(age >= 0 && age <= 17, "Jeugdwet age " + age);
          }
        }
      }
      Integer firstYear = null;
      for (Map.Entry<Integer, Integer> e : ageIn.entrySet()) {
        if (firstYear == null) {
          firstYear = e.getKey();
        }
        assertEquals(ageIn.get(firstYear) + e.getKey() - firstYear, e.getValue(), "age in " + e.getKey());
      }
    }
    assertTrue(jeugdwetYoungAdults > 0);
  }

  @Test
  void youthCareProvisionFollowsTheLevelAndReferrer() {
    Set<String> seen = new HashSet<>();
    for (SyntheticClient c : people) {
      for (ClientRecord r : c.clientRecords()) {
        if (r.law() != Law.JEUGDWET || r.provision().equals(Engine.DIAGNOSTIEK)) {
          continue;
        }
        IntensityLevel level = r.level().orElseThrow();
        Referrer referrer = r.referrer().orElseThrow();
        String expected = switch (level) {
          case LEVEL_7 -> "Daghulp";
          case LEVEL_8 -> "Verblijf";
          case NONE -> referrer == Referrer.CERTIFIED_INSTITUTION || referrer == Referrer.COURT ? "Jeugdbescherming" : "Overige jeugdhulp";
          default -> "Ambulante jeugdhulp";
        };
        assertEquals(expected, r.provision(), level + " " + referrer);
        seen.add(r.provision());
        assertEquals(r.deliveryForm().orElseThrow() == DeliveryForm.PGB, r.provider().orElseThrow().equals(Assumptions.PGB_PROVIDER));
        if (r.deliveryForm().orElseThrow() == DeliveryForm.ZIN) {
          assertTrue(r.provider().orElseThrow().startsWith("Jeugdhulpaanbieder "), r.provider().orElseThrow());
        }
      }
    }
    assertEquals(Set.of("Daghulp", "Verblijf", "Jeugdbescherming", "Overige jeugdhulp", "Ambulante jeugdhulp"), seen);
  }

  @Test
  void wmoPayeesFollowTheDeliveryForm() {
    Map<String, String> poolOf = Map.of("Begeleiding", "Wmo-zorgaanbieder ", "Hulp bij Huishouden", "Wmo-zorgaanbieder ",
        "Woon", "Woningaanpasser ", "Vervoer", "Vervoerder ");
    Set<String> seen = new HashSet<>();
    for (SyntheticClient c : people) {
      for (ClientRecord r : c.clientRecords()) {
        if (r.law() != Law.WMO) {
          continue;
        }
        DeliveryForm form = r.deliveryForm().orElseThrow();
        String provider = r.provider().orElseThrow();
        seen.add(r.provision() + " " + form);
        if (r.provision().equals("Meerkosten")) {
          assertEquals(DeliveryForm.FT, form);
        }
        if (form == DeliveryForm.FT) {
          assertTrue(Set.of("Woon", "Vervoer", "Meerkosten").contains(r.provision()), r.provision());
          assertEquals(Assumptions.PAID_TO_CLIENT, provider);
        } else if (form == DeliveryForm.PGB) {
          assertEquals(Assumptions.PGB_PROVIDER, provider);
        } else {
          assertTrue(provider.startsWith(poolOf.get(r.provision())), r.provision() + " by " + provider);
        }
      }
    }
    assertTrue(seen.containsAll(Set.of("Begeleiding ZIN", "Begeleiding PGB", "Hulp bij Huishouden ZIN", "Hulp bij Huishouden PGB",
        "Woon ZIN", "Woon FT", "Vervoer ZIN", "Vervoer FT", "Meerkosten FT")), seen.toString());
  }

  @Test
  void onlyWerkRecordsCarryPhaseAndQualification() {
    Map<String, String> payee = Map.of("Werk", "Re-integratiebedrijf ", "Schuldhulpverlening", "Schuldhulpverlener ",
        "Uitkering", "Gemeente", "Bijzondere bijstand", "Gemeente", "Minima", "Gemeente");
    for (SyntheticClient c : people) {
      for (ClientRecord r : c.clientRecords()) {
        if (r.law() != Law.PARTICIPATIEWET) {
          assertTrue(r.phase().isEmpty() && r.qualification().isEmpty());
          continue;
        }
        boolean werk = r.provision().equals("Werk");
        assertEquals(werk, r.phase().isPresent(), r.provision());
        assertEquals(werk, r.qualification().isPresent(), r.provision());
        if (werk) {
          assertTrue(List.of(Assumptions.PHASES).contains(r.phase().get()));
          assertTrue(Set.of(Assumptions.WITH_QUALIFICATION, Assumptions.WITHOUT_QUALIFICATION).contains(r.qualification().get()));
        }
        assertTrue(r.provider().orElseThrow().startsWith(payee.get(r.provision())), r.provision() + " by " + r.provider());
        assertTrue(r.deliveryForm().isEmpty() && r.referrer().isEmpty() && r.level().isEmpty());
      }
    }
  }

  @Test
  void paymentAndRecordCountsPerProvisionYear() {
    Map<Integer, Integer> uitkeringCounts = new TreeMap<>();
    for (SyntheticClient c : people) {
      Map<String, List<PaymentRecord>> payments = new HashMap<>();
      for (PaymentRecord p : c.payments()) {
        payments.computeIfAbsent(key(p.year(), p.provision()), k -> new ArrayList<>()).add(p);
        assertTrue(p.amount().toCents() >= 1, "every payment at least one cent");
      }
      Map<String, Integer> records = new HashMap<>();
      for (ClientRecord r : c.clientRecords()) {
        records.merge(key(r.year(), r.provision()), 1, Integer::sum);
      }
      assertEquals(records.keySet(), payments.keySet());
      for (Map.Entry<String, List<PaymentRecord>> e : payments.entrySet()) {
        String provision = e.getKey().substring(5);
        int n = e.getValue().size();
        Set<String> providers = new HashSet<>();
        e.getValue().forEach(p -> providers.add(p.provider()));
        assertTrue(providers.size() <= 2, "at most one change of provider a year");
        // One to four records per provider period (at most two, perhaps with the same provider): one per 3,8 months or so.
        assertTrue(records.get(e.getKey()) >= 1 && records.get(e.getKey()) <= 8,
            e.getKey() + ": " + records.get(e.getKey()) + " records");
        switch (provision) {
          case "Meerkosten" -> assertEquals(1, n, "meerkosten is paid once");
          case "Uitkering" -> {
            assertEquals(1, providers.size());
            uitkeringCounts.merge(n, 1, Integer::sum);
          }
          case "Woon", "Vervoer", "Werk", "Bijzondere bijstand", "Minima", "Diagnostiek" ->
              assertTrue(n >= 1 && n <= 6, provision + ": " + n);
          default -> assertTrue(n >= 1 && n <= 24, provision + ": " + n + " payments");
        }
      }
    }
    // One a month, and from six months on the holiday allowance as well: 5 months give 5, 6 give 7.
    assertEquals(Set.of(1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13), uitkeringCounts.keySet(), uitkeringCounts.toString());
    assertNotEquals(null, uitkeringCounts.get(13));
  }

  @Test
  void oneDeliveryFormAndOnePhasePerClientAndYear() {
    for (SyntheticClient c : people) {
      Map<Integer, DeliveryForm> formIn = new HashMap<>();
      Map<Integer, String> phaseIn = new HashMap<>();
      Map<Integer, String> qualificationIn = new HashMap<>();
      for (ClientRecord r : c.clientRecords()) {
        // A child's Wmo provision follows its youth care: one form a year across the laws.
        r.deliveryForm().ifPresent(f -> assertEquals(f, formIn.merge(r.year(), f, (a, b) -> a), "delivery form " + r.year()));
        r.phase().ifPresent(f -> assertEquals(f, phaseIn.merge(r.year(), f, (a, b) -> a)));
        r.qualification().ifPresent(f -> assertEquals(f, qualificationIn.merge(r.year(), f, (a, b) -> a)));
      }
    }
  }

  @Test
  void meerkostenClientsAreOtherwiseInTheParticipatiewetOnly() {
    int withMeerkosten = 0;
    for (SyntheticClient c : people) {
      if (c.clientRecords().stream().noneMatch(r -> r.provision().equals("Meerkosten"))) {
        continue;
      }
      withMeerkosten++;
      for (ClientRecord r : c.clientRecords()) {
        assertTrue(r.provision().equals("Meerkosten") || r.law() == Law.PARTICIPATIEWET, r.law() + " " + r.provision());
      }
    }
    assertTrue(withMeerkosten > 0);
  }

  @Test
  void aYouthCareBudgetIsTheClientsFirstYouthCareYear() {
    int budgets = 0;
    for (SyntheticClient c : people) {
      int first = c.clientRecords().stream().filter(r -> r.law() == Law.JEUGDWET).mapToInt(ClientRecord::year).min().orElse(0);
      for (ClientRecord r : c.clientRecords()) {
        if (r.law() == Law.JEUGDWET && r.deliveryForm().orElseThrow() == DeliveryForm.PGB) {
          assertEquals(first, r.year());
          budgets++;
        }
      }
    }
    assertTrue(budgets > 0);
  }
}
