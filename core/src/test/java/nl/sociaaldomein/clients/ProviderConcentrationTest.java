// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;

class ProviderConcentrationTest {

  private static PaymentRecord pay(long client, String provider, long euros) {
    return new PaymentRecord(new ClientId(client), 2019, Law.JEUGDWET, "Ambulant", provider, Amount.ofEuros(euros));
  }

  /**
   * D 500, A and B 300 each (a tie, broken by name), C 100, no provider 50, E -20 (a correction
   * larger than its payment); added in an order unlike the ranking, so that the ranking is the
   * sort's work.
   */
  private static ClientDataset providers() {
    return ClientDataset.builder()
        .add(pay(5, "C", 100))
        .add(pay(6, "", 50))
        .add(pay(1, "A", 100))
        .add(pay(7, "E", 10))
        .add(pay(3, "B", 300))
        .add(pay(2, "A", 200))
        .add(pay(4, "D", 500))
        .add(pay(7, "E", -30))
        .build();
  }

  private static List<String> names(ProviderConcentration pc) {
    return pc.ranked().stream().map(r -> r.key().get(Dimension.PROVIDER).orElseThrow()).toList();
  }

  @Test
  void providersAreRankedByCostLargestFirstTiesByName() {
    ProviderConcentration pc = providers().providerConcentration(Query.by(), 50);
    assertEquals(List.of("D", "A", "B", "C", "", "E"), names(pc));
    assertEquals(List.of(Amount.ofEuros(500), Amount.ofEuros(300), Amount.ofEuros(300), Amount.ofEuros(100),
        Amount.ofEuros(50), Amount.ofEuros(-20)), pc.ranked().stream().map(GroupRow::cost).toList());
    assertEquals(List.of(Amount.ofEuros(500), Amount.ofEuros(800), Amount.ofEuros(1_100), Amount.ofEuros(1_200),
        Amount.ofEuros(1_250), Amount.ofEuros(1_230)), pc.paretoCurve());
  }

  @Test
  void theTopIsTheMostExpensiveProvidersAndATieIsBrokenByName() {
    ClientDataset d = providers();
    ProviderConcentration half = d.providerConcentration(Query.by(), 50);
    assertEquals(3, half.topProviders());
    assertEquals(Amount.ofEuros(1_100), half.topCost());
    assertEquals(4, half.topClients(), "clients 4 (D), 1 and 2 (A) and 3 (B)");
    assertEquals(7, half.allClients());

    // Two of six: D and, of the tied A and B, A by name; A has two clients, B one.
    ProviderConcentration third = d.providerConcentration(Query.by(), 34);
    assertEquals(2, third.topProviders());
    assertEquals(Amount.ofEuros(800), third.topCost());
    assertEquals(3, third.topClients());
    assertEquals(new BigDecimal("65.0"), third.costSharePercent(1, RoundingMode.HALF_UP));

    ProviderConcentration one = d.providerConcentration(Query.by(), 20);
    assertEquals(1, one.topProviders());
    assertEquals(Amount.ofEuros(500), one.topCost());
    assertEquals(1, one.topClients());
    assertEquals(new BigDecimal("40.7"), one.costSharePercent(1, RoundingMode.HALF_UP));
  }
}
