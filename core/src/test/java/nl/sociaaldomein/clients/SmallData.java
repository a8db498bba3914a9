// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import nl.sociaaldomein.money.Amount;

/** Small random client data and a brute-force aggregation that follows the rules literally. */
final class SmallData {

  final List<PaymentRecord> payments = new ArrayList<>();
  final List<ClientRecord> records = new ArrayList<>();

  static SmallData random(long seed) {
    Random r = new Random(seed);
    SmallData d = new SmallData();
    int clients = 1 + r.nextInt(30);
    String[] provisions = {"Huishoudelijke hulp", "Begeleiding", "Ambulant", "Bijstand"};
    String[] providers = {"A", "B", "C", "D", "E"};
    for (int i = 0; i < 1 + r.nextInt(120); i++) {
      d.payments.add(new PaymentRecord(new ClientId(r.nextInt(clients)), 2018 + r.nextInt(3),
          Law.values()[r.nextInt(3)], provisions[r.nextInt(4)], providers[r.nextInt(5)],
          Amount.ofCents(r.nextInt(2_000_000) - 100_000)));
    }
    for (int i = 0; i < r.nextInt(60); i++) {
      ClientRecord rec = ClientRecord.of(new ClientId(r.nextInt(clients)), 2018 + r.nextInt(3),
          Law.values()[r.nextInt(3)], provisions[r.nextInt(4)]);
      if (r.nextBoolean()) {
        rec = rec.withReferrer(Referrer.values()[r.nextInt(3)]);
      }
      if (r.nextBoolean()) {
        rec = rec.withDeliveryForm(DeliveryForm.values()[r.nextInt(3)]);
      }
      if (r.nextBoolean()) {
        rec = rec.withAge(r.nextInt(90));
      }
      if (r.nextInt(4) == 0) {
        rec = rec.withLevel(IntensityLevel.values()[r.nextInt(7)]);
      }
      if (r.nextInt(4) == 0) {
        rec = rec.withPhase("Fase " + r.nextInt(3));
      }
      if (r.nextInt(3) == 0) {
        rec = rec.withProvider(providers[r.nextInt(5)]);
      }
      // Households of several clients, from the client alone so that the data drawn is as before.
      long client = rec.client().value();
      if (client % 4 != 3) {
        rec = rec.withHousehold("H-" + client % 5);
      }
      d.records.add(rec);
    }
    return d;
  }

  /**
   * The payments split at random into {@code parts} datasets, each with every client record, as a
   * distributed join broadcasts them, so that characteristics and households attach alike
   * everywhere.
   */
  List<ClientDataset> partition(int parts, Random r) {
    List<ClientDataset.Builder> builders = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      ClientDataset.Builder b = ClientDataset.builder();
      records.forEach(b::add);
      builders.add(b);
    }
    payments.forEach(p -> builders.get(r.nextInt(parts)).add(p));
    return builders.stream().map(ClientDataset.Builder::build).toList();
  }

  ClientDataset dataset(Set<String> keep) {
    ClientDataset.Builder b = ClientDataset.builder(keep);
    payments.forEach(b::add);
    records.forEach(b::add);
    return b.build();
  }

  /** The rows of the dataset as the rules define them, each a map of dimension values plus client and cents. */
  List<Map<Object, Object>> rows(Set<String> keep) {
    Map<List<Object>, Map<Dimension<?>, Set<Object>>> traits = new HashMap<>();
    for (ClientRecord rec : records) {
      Map<Dimension<?>, Set<Object>> t = traits.computeIfAbsent(List.of(rec.client(), rec.year(), rec.law()), k -> new HashMap<>());
      rec.deliveryForm().ifPresent(v -> t.computeIfAbsent(Dimension.DELIVERY_FORM, k -> new HashSet<>()).add(v));
      rec.referrer().ifPresent(v -> t.computeIfAbsent(Dimension.REFERRER, k -> new HashSet<>()).add(v));
      rec.level().ifPresent(v -> t.computeIfAbsent(Dimension.LEVEL, k -> new HashSet<>()).add(v));
      rec.age().ifPresent(v -> t.computeIfAbsent(Dimension.AGE_BAND, k -> new HashSet<>()).add(AgeBand.of(v)));
      rec.phase().ifPresent(v -> t.computeIfAbsent(Dimension.PHASE, k -> new HashSet<>()).add(v));
      rec.qualification().ifPresent(v -> t.computeIfAbsent(Dimension.QUALIFICATION, k -> new HashSet<>()).add(v));
    }
    List<Map<Object, Object>> rows = new ArrayList<>();
    Set<List<Object>> paid = new HashSet<>();
    for (PaymentRecord p : payments) {
      paid.add(List.of(p.client(), p.year(), p.law(), p.provision()));
      rows.add(row(p.client(), p.year(), p.law(), p.provision(), p.provider(), p.amount(), traits));
    }
    Set<List<Object>> kept = new HashSet<>();
    for (ClientRecord rec : records) {
      List<Object> key = List.of(rec.client(), rec.year(), rec.law(), rec.provision());
      if (!paid.contains(key) && keep.contains(rec.provision()) && kept.add(key)) {
        rows.add(row(rec.client(), rec.year(), rec.law(), rec.provision(), rec.provider().orElse(""), null, traits));
      }
    }
    return rows;
  }

  private static Map<Object, Object> row(ClientId client, int year, Law law, String provision, String provider,
      Amount amount, Map<List<Object>, Map<Dimension<?>, Set<Object>>> traits) {
    Map<Object, Object> row = new HashMap<>();
    row.put("client", client);
    row.put("amount", amount);
    row.put(Dimension.LAW, law);
    row.put(Dimension.YEAR, year);
    row.put(Dimension.PROVISION, provision);
    row.put(Dimension.PROVIDER, provider);
    Map<Dimension<?>, Set<Object>> t = traits.getOrDefault(List.of(client, year, law), Map.of());
    for (Dimension<?> d : List.of(Dimension.DELIVERY_FORM, Dimension.REFERRER, Dimension.LEVEL, Dimension.AGE_BAND,
        Dimension.PHASE, Dimension.QUALIFICATION)) {
      Set<Object> values = t.getOrDefault(d, Set.of());
      row.put(d, values.size() == 1 ? values.iterator().next() : null);
    }
    return row;
  }

  /** Brute force: group the rule rows by the query's dimensions after applying its filters. */
  AggregationResult bruteForce(Query q, Set<String> keep) {
    Map<GroupKey, Set<ClientId>> clients = new HashMap<>();
    Map<GroupKey, long[]> sums = new HashMap<>();
    Set<ClientId> all = new HashSet<>();
    for (Map<Object, Object> row : rows(keep)) {
      boolean accepted = q.filters().entrySet().stream().allMatch(f -> f.getValue().contains(row.get(f.getKey())));
      if (!accepted) {
        continue;
      }
      Map<Dimension<?>, Object> values = new HashMap<>();
      for (Dimension<?> d : q.groupBy()) {
        values.put(d, Objects.requireNonNullElse(row.get(d), GroupKey.UNKNOWN));
      }
      GroupKey key = GroupKey.of(values);
      ClientId client = (ClientId) row.get("client");
      clients.computeIfAbsent(key, k -> new HashSet<>()).add(client);
      all.add(client);
      long[] s = sums.computeIfAbsent(key, k -> new long[2]);
      Amount amount = (Amount) row.get("amount");
      if (amount != null) {
        s[0] += amount.toCents();
        s[1]++;
      }
    }
    List<GroupRow> rows = new ArrayList<>();
    clients.forEach((key, set) -> rows.add(new GroupRow(key, set.size(), sums.get(key)[1], Amount.ofCents(sums.get(key)[0]))));
    return new AggregationResult(q.groupBy(), rows, all.size(), unmatched(q));
  }

  /**
   * The filter values no record holds, as the dataset's dictionaries see them: every law and
   * characteristic constant is held, a year any record has, a provision,
   * provider (and the empty provider), phase or qualification that any record names.
   */
  Map<Dimension<?>, Set<?>> unmatched(Query q) {
    Set<Object> years = new HashSet<>();
    Map<Dimension<?>, Set<Object>> held = new HashMap<>();
    held.put(Dimension.PROVIDER, new HashSet<>(Set.of("")));
    for (PaymentRecord p : payments) {
      years.add(p.year());
      held.computeIfAbsent(Dimension.PROVISION, k -> new HashSet<>()).add(p.provision());
      held.computeIfAbsent(Dimension.PROVIDER, k -> new HashSet<>()).add(p.provider());
    }
    for (ClientRecord r : records) {
      years.add(r.year());
      held.computeIfAbsent(Dimension.PROVISION, k -> new HashSet<>()).add(r.provision());
      r.provider().ifPresent(v -> held.computeIfAbsent(Dimension.PROVIDER, k -> new HashSet<>()).add(v));
      r.phase().ifPresent(v -> held.computeIfAbsent(Dimension.PHASE, k -> new HashSet<>()).add(v));
      r.qualification().ifPresent(v -> held.computeIfAbsent(Dimension.QUALIFICATION, k -> new HashSet<>()).add(v));
    }
    Map<Dimension<?>, Set<?>> out = new HashMap<>();
    q.filters().forEach((d, values) -> {
      Set<Object> absent = new HashSet<>();
      for (Object v : values) {
        boolean isHeld = d == Dimension.YEAR ? years.contains(v)
            : d.type().isEnum() || held.getOrDefault(d, Set.of()).contains(v);
        if (!isHeld) {
          absent.add(v);
        }
      }
      if (!absent.isEmpty()) {
        out.put(d, absent);
      }
    });
    return out;
  }
}
