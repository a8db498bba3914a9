// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.export;

import static nl.sociaaldomein.io.export.TidyTables.assertReadsBack;
import static nl.sociaaldomein.io.export.TidyTables.number;
import static nl.sociaaldomein.io.export.TidyTables.sum;
import static nl.sociaaldomein.io.export.TidyTables.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.ClientId;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.ProviderConcentration;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.clients.Referrer;
import nl.sociaaldomein.clients.Stacking;
import nl.sociaaldomein.io.export.TidyTable.Value;
import org.junit.jupiter.api.Test;

/**
 * The tidy tables of the client-level results, on random datasets: the rows add up to the
 * result's totals and read back in both dialects.
 */
class ClientResultsTidyProperties {

  private static final List<String> PROVISIONS = List.of("Huishoudelijke hulp", "Begeleiding", "Ambulant", "Verblijf",
      "Bijstand", "Re-integratie", "Hulpmiddelen", "Vervoer", "Dagbesteding");
  private static final List<String> PROVIDERS = List.of("Thuiszorg A", "Zorg; en welzijn", "Jeugdzorg \"B\"",
      "Gemeente", "Stichting, C", "D", "E", "F", "G", "H", "I", "J");

  /** Up to 40 clients with up to 12 payments each, some with a referrer and a household. */
  static ClientDataset dataset(long seed) {
    Random random = new Random(seed);
    ClientDataset.Builder builder = ClientDataset.builder();
    int clients = 1 + random.nextInt(40);
    for (int c = 1; c <= clients; c++) {
      int payments = 1 + random.nextInt(12);
      for (int p = 0; p < payments; p++) {
        int year = 2018 + random.nextInt(3);
        Law law = Law.values()[random.nextInt(Law.values().length)];
        builder.addPayment(c, year, law, PROVISIONS.get(random.nextInt(PROVISIONS.size())),
            PROVIDERS.get(random.nextInt(PROVIDERS.size())), random.nextInt(2_000_000) - 100_000);
        if (random.nextInt(3) == 0) {
          builder.add(ClientRecord.of(new ClientId(c), year, law, PROVISIONS.get(0))
              .withReferrer(Referrer.values()[random.nextInt(Referrer.values().length)])
              .withHousehold("h" + (c / 3)));
        }
      }
    }
    return builder.build();
  }

  @Test
  void anAggregationsRowsAddUpToItsTotals() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      ClientDataset data = dataset(seed);
      for (Query query : List.of(Query.by(Dimension.LAW, Dimension.YEAR), Query.by(Dimension.PROVIDER),
          Query.by(Dimension.REFERRER, Dimension.YEAR))) {
        AggregationResult result = data.aggregate(query);
        TidyTable table = TidyCsv.of(result);
        assertReadsBack(table);
        assertEquals(result.rows().size(), table.rows().size());
        assertEquals(0, sum(table, "cost", i -> true).compareTo(result.totalCost().toBigDecimal()), query.toString());
        assertEquals(BigDecimal.valueOf(result.totalPayments()), sum(table, "payments", i -> true));
        assertEquals(BigDecimal.valueOf(result.sumOfGroupClients()), sum(table, "unique_clients", i -> true));
      }
    });
  }

  @Test
  void perYearTheClientsByLawsAndByProvisionsAreTheSameClients() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Stacking stacking = dataset(seed).stacking();
      TidyTable table = TidyCsv.of(stacking);
      assertReadsBack(table);
      for (int year : stacking.years()) {
        String y = Integer.toString(year);
        BigDecimal byLaws = sum(table, "count", i -> text(table, "year", i).equals(y)
            && text(table, "counted", i).equals("clients") && text(table, "by", i).equals("laws"));
        BigDecimal byProvisions = sum(table, "count", i -> text(table, "year", i).equals(y)
            && text(table, "counted", i).equals("clients") && text(table, "by", i).equals("provisions"));
        assertEquals(byLaws, byProvisions, y);
        assertEquals(BigDecimal.valueOf(stacking.clientsWithAtLeastProvisions(year, 1)), byProvisions, y);
        BigDecimal households = sum(table, "count", i -> text(table, "year", i).equals(y)
            && text(table, "counted", i).equals("households"));
        assertEquals(BigDecimal.valueOf(stacking.householdsWithAtLeastProvisions(year, 1)), households, y);
      }
    });
  }

  @Test
  void theParetoCurveEndsAtTheTotalAndTheTopAddsUpToTheTopCost() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      ProviderConcentration c = dataset(seed).providerConcentration(Query.by(), 10 + (int) Math.floorMod(seed, 41L));
      TidyTable table = TidyCsv.of(c);
      assertReadsBack(table);
      assertEquals(c.providers(), table.rows().size());
      BigDecimal running = BigDecimal.ZERO;
      for (int r = 0; r < table.rows().size(); r++) {
        running = running.add(number(table.column("cost").get(r)));
        assertEquals(0, running.compareTo(number(table.column("cumulative_cost").get(r))), "rank " + (r + 1));
        assertEquals(new Value.Count(r + 1), table.column("rank").get(r));
      }
      assertEquals(0, running.compareTo(c.totalCost().toBigDecimal()));
      List<Value> inTop = table.column("in_top");
      assertEquals(0, sum(table, "cost", i -> inTop.get(i).equals(new Value.Flag(true)))
          .compareTo(c.topCost().toBigDecimal()));
      assertEquals(c.topProviders(), inTop.stream().filter(v -> v.equals(new Value.Flag(true))).count());
    });
  }
}
