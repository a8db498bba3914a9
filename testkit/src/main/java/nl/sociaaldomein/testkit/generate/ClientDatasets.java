// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.ClientId;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.money.Amount;

/**
 * Client and payment records of any size whose aggregates are known by construction: per law
 * and year the clients, payments and cost, counted here while the records are made, so that a
 * test holds the engine's answer against a count it did not make.
 */
public final class ClientDatasets {

  /** The first year records fall in. */
  public static final int FIRST_YEAR = 2018;
  /** The last year records fall in. */
  public static final int LAST_YEAR = 2021;

  private ClientDatasets() {}

  /** Records of {@code clients} clients, each under one to three laws in one to four years. */
  public static Generator<Known> ofSize(int clients) {
    if (clients < 0) {
      throw new SociaalDomeinException("", Optional.of(Integer.toString(clients)), "a number of clients is not negative");
    }
    return draws -> known(draws, clients);
  }

  /** Records of up to {@code maxClients} clients, shrinking toward none. */
  public static Generator<Known> upTo(int maxClients) {
    return draws -> known(draws, (int) draws.between(0, maxClients));
  }

  private static Known known(Draws draws, int clients) {
    List<ClientRecord> records = new ArrayList<>();
    List<PaymentRecord> payments = new ArrayList<>();
    Map<Key, long[]> counts = new TreeMap<>();
    for (int c = 0; c < clients; c++) {
      ClientId client = new ClientId(1_000 + c);
      for (Law law : Law.values()) {
        if (law != Law.WMO && !draws.oneIn(3)) {
          continue;
        }
        int first = (int) draws.between(FIRST_YEAR, LAST_YEAR, FIRST_YEAR);
        int last = (int) draws.between(first, LAST_YEAR, first);
        for (int year = first; year <= last; year++) {
          String provision = law.dutchName() + " voorziening " + draws.between(1, 3);
          records.add(ClientRecord.of(client, year, law, provision));
          int count = (int) draws.between(1, 4);
          long[] cell = counts.computeIfAbsent(new Key(law, year), k -> new long[3]);
          cell[0]++;
          for (int p = 0; p < count; p++) {
            long cents = draws.between(1, 500_000);
            payments.add(new PaymentRecord(client, year, law, provision, "Aanbieder " + draws.between(1, 5), Amount.ofCents(cents)));
            cell[1]++;
            cell[2] += cents;
          }
        }
      }
    }
    List<Expected> expected = new ArrayList<>();
    counts.forEach((k, v) -> expected.add(new Expected(k.law, k.year, v[0], v[1], Amount.ofCents(v[2]))));
    return new Known(clients, records, payments, expected);
  }

  private record Key(Law law, int year) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byLaw = law.compareTo(other.law);
      return byLaw != 0 ? byLaw : Integer.compare(year, other.year);
    }
  }

  /**
   * Records with their aggregates.
   *
   * @param clients how many clients there are
   * @param records one client record per client, law, year
   * @param payments one to four payments per client record
   * @param expected per law and year (in that order) the unique clients, payments and cost
   */
  public record Known(int clients, List<ClientRecord> records, List<PaymentRecord> payments, List<Expected> expected) {
    public Known {
      records = List.copyOf(records);
      payments = List.copyOf(payments);
      expected = List.copyOf(expected);
    }

    /** The records as the engine holds them. */
    public ClientDataset dataset() {
      ClientDataset.Builder builder = ClientDataset.builder();
      records.forEach(builder::add);
      payments.forEach(builder::add);
      return builder.build();
    }

    /** The total cost of every payment. */
    public Amount totalCost() {
      return Amount.sum(expected.stream().map(Expected::cost).toList());
    }
  }

  /**
   * One law in one year.
   *
   * @param law the law
   * @param year the year
   * @param clients unique clients with a payment
   * @param payments payments
   * @param cost their sum
   */
  public record Expected(Law law, int year, long clients, long payments, Amount cost) {
    public Expected {
      Objects.requireNonNull(law, "law");
      Objects.requireNonNull(cost, "cost");
    }
  }
}
