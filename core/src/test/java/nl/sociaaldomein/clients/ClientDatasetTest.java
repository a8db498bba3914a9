package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import nl.sociaaldomein.SociaalDomeinException;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;

class ClientDatasetTest {

  private static ClientId c(long n) {
    return new ClientId(n);
  }

  private static PaymentRecord pay(long client, int year, Law law, String provision, String provider, long euros) {
    return new PaymentRecord(c(client), year, law, provision, provider, Amount.ofEuros(euros));
  }

  /** Three clients: one in two laws, one with a conflicting referrer, one client record without payment. */
  static ClientDataset small(Set<String> keep) {
    ClientDataset.Builder builder = ClientDataset.builder(keep);
    smallPayments().forEach(builder::add);
    smallClientRecords().forEach(builder::add);
    return builder.build();
  }

  /** The payments of {@link #small}, for other engines' tests (the Spark module's). */
  static List<PaymentRecord> smallPayments() {
    return List.of(
        pay(1, 2018, Law.WMO, "Huishoudelijke hulp", "Thuiszorg A", 1_000),
        pay(1, 2018, Law.WMO, "Huishoudelijke hulp", "Thuiszorg A", 500),
        pay(1, 2018, Law.PARTICIPATIEWET, "Bijstand", "Gemeente", 9_000),
        pay(2, 2018, Law.JEUGDWET, "Ambulant", "Jeugdzorg B", 3_000),
        pay(2, 2019, Law.JEUGDWET, "Ambulant", "Jeugdzorg B", 4_000),
        pay(3, 2018, Law.JEUGDWET, "Verblijf", "Jeugdzorg C", 20_000));
  }

  /** The client records of {@link #small}, in their order. */
  static List<ClientRecord> smallClientRecords() {
    return List.of(
        ClientRecord.of(c(2), 2018, Law.JEUGDWET, "Ambulant").withReferrer(Referrer.GENERAL_PRACTITIONER).withAge(12)
            .withDeliveryForm(DeliveryForm.ZIN).withLevel(IntensityLevel.LEVEL_5),
        ClientRecord.of(c(2), 2019, Law.JEUGDWET, "Ambulant").withReferrer(Referrer.GENERAL_PRACTITIONER).withAge(13),
        ClientRecord.of(c(3), 2018, Law.JEUGDWET, "Verblijf").withReferrer(Referrer.MUNICIPALITY),
        ClientRecord.of(c(3), 2018, Law.JEUGDWET, "Verblijf").withReferrer(Referrer.CERTIFIED_INSTITUTION),
        ClientRecord.of(c(4), 2018, Law.WMO, "Hulpmiddelen").withAge(80));
  }

  @Test
  void showsItsSizeAndNoClient() {
    // Six payments, four clients (the kept client record of client 4 is a seventh row).
    ClientDataset data = small(Set.of("Hulpmiddelen"));
    assertEquals("ClientDataset[payments=6, clients=4, rows=7, years=2018\u20132019]", data.toString());
    assertEquals("ClientDataset[payments=0, clients=0, rows=0, years=none]", ClientDataset.builder().build().toString());
    ClientDataset.Builder many = ClientDataset.builder();
    for (int client = 1; client <= 1_234; client++) {
      many.add(pay(client, 2020, Law.WMO, "Huishoudelijke hulp", "Thuiszorg A", 10));
    }
    assertEquals("ClientDataset[payments=1.234, clients=1.234, rows=1.234, years=2020]", many.build().toString());
  }

  @Test
  void countsUniqueClientsCostAndPaymentsPerGroup() {
    AggregationResult byLawYear = small(Set.of()).aggregate(Query.by(Dimension.LAW, Dimension.YEAR));
    GroupRow wmo = byLawYear.row(Map.of(Dimension.LAW, Law.WMO, Dimension.YEAR, 2018)).orElseThrow();
    assertEquals(1, wmo.uniqueClients());
    assertEquals(2, wmo.payments());
    assertEquals(Amount.ofEuros(1_500), wmo.cost());
    GroupRow jeugd = byLawYear.row(Map.of(Dimension.LAW, Law.JEUGDWET, Dimension.YEAR, 2018)).orElseThrow();
    assertEquals(2, jeugd.uniqueClients());
    assertEquals(Amount.ofEuros(11_500), jeugd.averagePerClient(RoundingMode.HALF_UP));
    assertEquals(3, byLawYear.totalUniqueClients());
    assertEquals(5, byLawYear.sumOfGroupClients());
  }

  @Test
  void uniqueClientsAcrossLawsDoNotAddUp() {
    AggregationResult byLaw = small(Set.of()).aggregate(Query.by(Dimension.LAW).where(Dimension.YEAR, 2018));
    assertEquals(1 + 1 + 2, byLaw.sumOfGroupClients());
    assertEquals(3, byLaw.totalUniqueClients());
  }

  @Test
  void attachesACharacteristicOnlyWhenTheClientHasExactlyOneValueThatYear() {
    ClientDataset d = small(Set.of());
    AggregationResult byReferrer = d.aggregate(Query.by(Dimension.REFERRER).where(Dimension.LAW, Law.JEUGDWET));
    assertEquals(1, byReferrer.row(Dimension.REFERRER, Referrer.GENERAL_PRACTITIONER).orElseThrow().uniqueClients());
    assertEquals(Amount.ofEuros(7_000), byReferrer.row(Dimension.REFERRER, Referrer.GENERAL_PRACTITIONER).orElseThrow().cost());
    // Client 3 has two referrers in 2018: unknown, not counted under either.
    Map<Dimension<?>, Object> unknown = new java.util.HashMap<>();
    unknown.put(Dimension.REFERRER, GroupKey.UNKNOWN);
    assertEquals(Amount.ofEuros(20_000), byReferrer.row(unknown).orElseThrow().cost());
    assertEquals(1, d.report().referrerConflicts());
  }

  @Test
  void characteristicsAttachPerLawAsTheAnnexEnrichesEachLawApart() {
    ClientDataset d = ClientDataset.builder()
        .add(pay(7, 2020, Law.JEUGDWET, "Ambulant", "B", 100))
        .add(pay(7, 2020, Law.WMO, "Begeleiding", "", 50))
        .add(ClientRecord.of(c(7), 2020, Law.JEUGDWET, "Ambulant").withDeliveryForm(DeliveryForm.ZIN))
        .add(ClientRecord.of(c(7), 2020, Law.WMO, "Begeleiding").withDeliveryForm(DeliveryForm.PGB))
        .build();
    AggregationResult byForm = d.aggregate(Query.by(Dimension.LAW, Dimension.DELIVERY_FORM));
    assertEquals(Amount.ofEuros(100), byForm.row(Map.of(Dimension.LAW, Law.JEUGDWET, Dimension.DELIVERY_FORM, DeliveryForm.ZIN)).orElseThrow().cost());
    assertEquals(Amount.ofEuros(50), byForm.row(Map.of(Dimension.LAW, Law.WMO, Dimension.DELIVERY_FORM, DeliveryForm.PGB)).orElseThrow().cost());
    assertEquals(0, d.report().deliveryFormConflicts());
  }

  @Test
  void clientRecordsWithoutPaymentAreKeptOrDroppedPerProvision() {
    ClientDataset dropped = small(Set.of());
    assertEquals(1, dropped.report().clientRecordsDropped());
    assertEquals(3, dropped.aggregate(Query.by()).totalUniqueClients());
    ClientDataset kept = small(Set.of("Hulpmiddelen"));
    assertEquals(1, kept.report().clientRecordsKept());
    AggregationResult wmo = kept.aggregate(Query.by(Dimension.PROVISION).where(Dimension.LAW, Law.WMO));
    GroupRow aids = wmo.row(Dimension.PROVISION, "Hulpmiddelen").orElseThrow();
    assertEquals(1, aids.uniqueClients());
    assertEquals(0, aids.payments());
    assertEquals(Amount.ZERO, aids.cost());
    assertEquals(4, kept.aggregate(Query.by()).totalUniqueClients());
  }

  @Test
  void stacksLawsAndProvisions() {
    Stacking s = small(Set.of()).stacking();
    assertEquals(2, s.clientsWithLaws(2018, 1));
    assertEquals(1, s.clientsWithLaws(2018, 2));
    assertEquals(1, s.clientsWithMoreThanOneLaw(2018));
    assertEquals(1, s.clientsWithLaws(2019, 1));
    assertEquals(1, s.clientsWithProvisions(2018, 2));
  }

  @Test
  void householdsWithThreeOrMoreProvisions() {
    ClientDataset d = ClientDataset.builder()
        .add(pay(1, 2020, Law.WMO, "Huishoudelijke hulp", "A", 10))
        .add(pay(1, 2020, Law.WMO, "Begeleiding", "A", 10))
        .add(pay(2, 2020, Law.JEUGDWET, "Ambulant", "B", 10))
        .add(pay(3, 2020, Law.JEUGDWET, "Ambulant", "B", 10))
        .add(ClientRecord.of(c(1), 2020, Law.WMO, "Begeleiding").withHousehold("H1"))
        .add(ClientRecord.of(c(2), 2020, Law.JEUGDWET, "Ambulant").withHousehold("H1"))
        .add(ClientRecord.of(c(3), 2020, Law.JEUGDWET, "Ambulant").withHousehold("H2"))
        .build();
    Stacking s = d.stacking();
    assertEquals(1, s.householdsWithAtLeastProvisions(2020, 3));
    assertEquals(2, s.householdsWithAtLeastProvisions(2020, 1));
  }

  @Test
  void providerConcentrationTakesTheFlooredTopShare() {
    ClientDataset.Builder b = ClientDataset.builder();
    for (int p = 1; p <= 175; p++) {
      b.add(pay(p, 2019, Law.JEUGDWET, "Ambulant", String.format("Aanbieder %03d", p), p <= 17 ? 100_000 : 1_000));
    }
    ProviderConcentration pc = b.build().providerConcentration(Query.by().where(Dimension.LAW, Law.JEUGDWET), 10);
    assertEquals(175, pc.providers());
    assertEquals(17, pc.topProviders());
    assertEquals(Amount.ofEuros(1_700_000), pc.topCost());
    assertEquals(Amount.ofEuros(1_858_000), pc.totalCost());
    assertEquals(17, pc.topClients());
    assertEquals(new java.math.BigDecimal("10"), pc.providerSharePercent(0, RoundingMode.HALF_UP));
    assertEquals(new java.math.BigDecimal("91.5"), pc.costSharePercent(1, RoundingMode.HALF_UP));
    List<Amount> curve = pc.paretoCurve();
    assertEquals(175, curve.size());
    assertEquals(pc.totalCost(), curve.get(174));
  }

  @Test
  void threadsGiveTheSameResult() {
    ClientDataset d = small(Set.of("Hulpmiddelen"));
    for (Query q : List.of(Query.by(Dimension.LAW), Query.by(Dimension.YEAR, Dimension.PROVIDER), Query.by())) {
      assertEquals(d.aggregate(q, 1), d.aggregate(q, 2));
      assertEquals(d.aggregate(q, 1), d.aggregate(q, 7));
      assertEquals(d.aggregate(q), d.partial(q).result());
    }
    assertEquals(d.stacking(), d.stacking(3));
    assertEquals(d.stacking().hashCode(), d.stacking(3).hashCode());
    Query youth = Query.by().where(Dimension.LAW, Law.JEUGDWET);
    assertEquals(d.providerConcentration(youth, 50), d.providerConcentration(youth, 50, 2));
    assertEquals(d.providerConcentration(youth, 50).hashCode(), d.providerConcentration(youth, 50, 2).hashCode());
    // Values: a different dataset or percentage is a different result.
    assertNotEquals(d.stacking(), ClientDataset.builder().build().stacking());
    assertNotEquals(d.providerConcentration(youth, 50), d.providerConcentration(youth, 100));
    assertTrue(d.residentBytes() > 0);
  }

  @Test
  void exportsItsRowsAndScansCostPerLaw() {
    ClientDataset d = small(Set.of("Hulpmiddelen"));
    long[] byLaw = d.costByLawScan();
    assertEquals(Amount.ofEuros(1_500).toCents(), byLaw[Law.WMO.ordinal()]);
    assertEquals(Amount.ofEuros(27_000).toCents(), byLaw[Law.JEUGDWET.ordinal()]);
    long[] rows = new long[2];
    java.util.List<Object> referrers = new java.util.ArrayList<>();
    d.forEachRow((client, year, law, provision, provider, form, referrer, level, age, phase, qualification, cents) -> {
      rows[0]++;
      if (cents.isEmpty()) {
        rows[1]++;
      }
      if (law == Law.JEUGDWET && year == 2019) {
        referrers.add(d.valueOf(Dimension.REFERRER, referrer).orElseThrow());
        assertEquals(Optional.of("Ambulant"), d.valueOf(Dimension.PROVISION, provision));
        assertEquals(Optional.of(2019), d.valueOf(Dimension.YEAR, year));
      }
    });
    assertEquals(d.rows(), rows[0]);
    assertEquals(1, rows[1]);
    assertEquals(List.of(Referrer.GENERAL_PRACTITIONER), referrers);
  }

  @Test
  void aFilterValueTheDataDoesNotHoldKeepsNothingAndTheResultNamesIt() {
    ClientDataset d = small(Set.of());
    AggregationResult result = d.aggregate(Query.by(Dimension.LAW)
        .where(Dimension.PROVISION, "Ambulant", "Geen voorziening").where(Dimension.YEAR, 2019, 2031));
    assertEquals(Map.of(Dimension.PROVISION, Set.of("Geen voorziening"), Dimension.YEAR, Set.of(2031)), result.unmatched());
    assertEquals(d.aggregate(Query.by(Dimension.LAW).where(Dimension.PROVISION, "Ambulant").where(Dimension.YEAR, 2019))
        .rows(), result.rows());
    assertEquals(Map.of(), d.aggregate(Query.by(Dimension.LAW).where(Dimension.YEAR, 2019)).unmatched());
    assertEquals(d.aggregate(Query.by(Dimension.LAW).where(Dimension.PROVISION, "Geen voorziening")).rows(), List.of());
  }

  @Test
  void aYearNoRecordCanHaveIsAnErrorNamingIt() {
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> Query.by().where(Dimension.YEAR, 1850));
    assertTrue(e.getMessage().contains("1850") && e.getMessage().contains("YEAR"), e.getMessage());
  }

  @Test
  void keysHandTheirValuesOutTypedAndRefuseAValueOfAnotherType() {
    GroupKey key = GroupKey.of(Map.of(Dimension.YEAR, 2019, Dimension.LAW, Law.WMO));
    int year = key.get(Dimension.YEAR).orElseThrow();
    assertEquals(2019, year);
    assertEquals(Optional.of(Law.WMO), key.get(Dimension.LAW));
    assertThrows(SociaalDomeinException.class, () -> GroupKey.of(Map.of(Dimension.YEAR, "2019")));
    assertThrows(SociaalDomeinException.class, () -> GroupKey.of(Map.of(Dimension.LAW, GroupKey.UNKNOWN)));
    assertEquals(Dimension.YEAR, Dimension.valueOf("YEAR"));
    assertEquals(List.of("LAW", "YEAR", "PROVISION", "DELIVERY_FORM", "REFERRER", "LEVEL", "AGE_BAND", "PHASE",
        "QUALIFICATION", "PROVIDER"), Dimension.values().stream().map(Dimension::name).toList());
  }

  private static ClientDataset onePayment(long client) {
    return ClientDataset.builder().add(new PaymentRecord(new ClientId(client), 2019, Law.WMO, "P", "X", Amount.ofCents(5)))
        .build();
  }

  @Test
  void partialsOfTheSameCountsButOtherClientsAreNotEqual() {
    Aggregation a = onePayment(1).partial(Query.by(Dimension.LAW));
    Aggregation b = onePayment(2).partial(Query.by(Dimension.LAW));
    assertEquals(a.result(), b.result());
    assertNotEquals(a, b);
    assertEquals(1, a.merge(a).result().totalUniqueClients());
    assertEquals(2, b.merge(a).result().totalUniqueClients());
    assertEquals(a, onePayment(1).partial(Query.by(Dimension.LAW)));
    assertEquals(a.hashCode(), onePayment(1).partial(Query.by(Dimension.LAW)).hashCode());
  }

  @Test
  void partsRunOnABusyOrRefusingExecutorAndAFailureIsThrownHere() throws Exception {
    ClientDataset d = small(Set.of());
    AggregationResult expected = d.aggregate(Query.by(Dimension.LAW));
    java.util.concurrent.ExecutorService one = java.util.concurrent.Executors.newFixedThreadPool(1);
    try {
      // Called on the executor's only thread: the caller runs the parts no pool thread can start.
      AggregationResult onItsOwnPool = one.submit(() -> d.aggregate(Query.by(Dimension.LAW), Parallelism.of(3, one)))
          .get(30, java.util.concurrent.TimeUnit.SECONDS);
      assertEquals(expected, onItsOwnPool);
    } finally {
      one.shutdownNow();
    }
    assertEquals(expected, d.aggregate(Query.by(Dimension.LAW), Parallelism.of(3, one)));
    SociaalDomeinException failure = assertThrows(SociaalDomeinException.class, () -> Parallelism.of(3).run(3, p -> {
      if (p == 2) {
        throw new SociaalDomeinException("part " + p + " fails");
      }
      return p;
    }));
    assertEquals("part 2 fails", failure.getMessage());
  }

  @Test
  void aCodeTheDatasetDoesNotHaveIsAnError() {
    ClientDataset d = small(Set.of());
    assertThrows(SociaalDomeinException.class, () -> d.valueOf(Dimension.LAW, 7));
    assertThrows(SociaalDomeinException.class, () -> d.valueOf(Dimension.YEAR, 1500));
    assertThrows(SociaalDomeinException.class, () -> d.valueOf(Dimension.PROVIDER, 999));
    assertEquals(Optional.of(Law.WMO), d.valueOf(Dimension.LAW, Law.WMO.ordinal()));
  }

  @Test
  void stackingOverManyYearsWalksHouseholdsInsteadOfMaskingThem() {
    ClientDataset d = ClientDataset.builder()
        .add(new PaymentRecord(new ClientId(1), 2000, Law.WMO, "A", "X", Amount.ofCents(5)))
        .add(new PaymentRecord(new ClientId(2), 2099, Law.WMO, "B", "X", Amount.ofCents(5)))
        .add(new PaymentRecord(new ClientId(3), 2099, Law.JEUGDWET, "C", "X", Amount.ofCents(5)))
        .add(ClientRecord.of(new ClientId(2), 2099, Law.WMO, "B").withHousehold("H"))
        .add(ClientRecord.of(new ClientId(3), 2099, Law.JEUGDWET, "C").withHousehold("H"))
        .build();
    Stacking s = d.stacking();
    assertEquals(1, s.householdsWithAtLeastProvisions(2099, 2));
    assertEquals(s, d.stacking(2));
  }

  /**
   * Sums near the range of a long: the unchecked kernel applies only where no sum can overflow,
   * so a group that does overflow throws, and one whose rows cancel out is exact.
   */
  @Test
  void aGroupCostOutOfRangeThrowsAndLargeCostsThatFitAreExact() {
    long big = Long.MAX_VALUE / 2 + 1;
    ClientDataset.Builder overflowing = ClientDataset.builder();
    ClientDataset.Builder cancelling = ClientDataset.builder();
    for (int c = 1; c <= 2; c++) {
      overflowing.add(new PaymentRecord(new ClientId(c), 2019, Law.WMO, "P", "X", Amount.ofCents(big)));
      cancelling.add(new PaymentRecord(new ClientId(c), 2019, Law.WMO, "P", "X", Amount.ofCents(c == 1 ? big : -big)));
      cancelling.add(new PaymentRecord(new ClientId(c), 2019, Law.JEUGDWET, "P", "X", Amount.ofCents(big - 1)));
    }
    for (Query q : List.of(Query.by(Dimension.YEAR), Query.by(Dimension.PROVIDER), Query.by(Dimension.LAW, Dimension.YEAR))) {
      ClientDataset over = overflowing.build();
      assertThrows(ArithmeticException.class, () -> over.aggregate(q), q::toString);
    }
    AggregationResult byLaw = cancelling.build().aggregate(Query.by(Dimension.LAW));
    assertEquals(Amount.ofCents(0), byLaw.row(Dimension.LAW, Law.WMO).orElseThrow().cost());
    assertEquals(Amount.ofCents(Long.MAX_VALUE - 1),
        cancelling.build().aggregate(Query.by(Dimension.YEAR)).row(Dimension.YEAR, 2019).orElseThrow().cost());
  }
}
