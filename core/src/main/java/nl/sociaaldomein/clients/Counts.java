// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Arrays;

/**
 * Per-group counters of one scan: cost, payments and unique clients per group, and the clients
 * with any row kept. Adding two is exact when their clients are disjoint. A collecting instance
 * also keeps each group's clients and all clients as pseudonyms, in ascending order (the store
 * ranks clients by pseudonym), which a mergeable {@link Aggregation} needs.
 */
final class Counts {

  final long[] cents;
  final long[] payments;
  final long[] unique;
  long clients;

  private final long[] pseudonyms;
  private final long[][] clientsOf;
  private final int[] sizes;
  private long[] all;
  private int allCount;
  /** When entries are kept: each (client, group) the first time the client counts in the group, in client order. */
  private int[] entryClients;
  private int[] entryGroups;
  private int entries;

  /** Where the entry lists are borrowed from, when entries are kept. */
  private final Scratch scratch;

  private Counts(int size, long[] pseudonyms, Scratch scratch) {
    cents = new long[size];
    payments = new long[size];
    unique = new long[size];
    this.pseudonyms = pseudonyms;
    clientsOf = pseudonyms == null ? null : new long[size][];
    sizes = pseudonyms == null ? null : new int[size];
    all = pseudonyms == null ? null : new long[16];
    this.scratch = scratch;
    entryClients = scratch != null ? scratch.ints(64) : null;
    entryGroups = scratch != null ? scratch.ints(64) : null;
  }

  /** Counters for {@code size} groups. */
  static Counts of(int size) {
    return new Counts(size, null, null);
  }

  /**
   * Counters that also keep which groups each client counts in, so that the unique clients of any
   * union of groups can be counted afterwards without another scan (the top providers). The
   * lists are borrowed from {@code store}'s scratch until {@link #releaseEntries()}.
   */
  static Counts keepingEntries(int size, ColumnStore store) {
    return new Counts(size, null, store.scratch);
  }

  /** Gives the entry lists back; {@link #clientsInAny} must not be called after. */
  void releaseEntries() {
    scratch.release(entryClients);
    scratch.release(entryGroups);
    entryClients = null;
    entryGroups = null;
  }

  /** The clients counted in any of the groups {@code in} marks, each once. */
  long clientsInAny(boolean[] in) {
    long count = 0;
    int last = -1;
    for (int e = 0; e < entries; e++) {
      if (in[entryGroups[e]] && entryClients[e] != last) {
        last = entryClients[e];
        count++;
      }
    }
    return count;
  }

  /** Counters that also keep the clients of every group, as the pseudonyms of {@code store}. */
  static Counts collecting(int size, ColumnStore store) {
    return new Counts(size, store.pseudonyms, null);
  }

  /** Whether these counters keep only the figures, not which clients count where. */
  boolean plain() {
    return pseudonyms == null && entryClients == null;
  }

  boolean collects() {
    return pseudonyms != null;
  }

  /** Client {@code client} counts once more in group {@code key}. */
  void newClient(int key, int client) {
    unique[key]++;
    if (entryClients != null) {
      if (entries == entryClients.length || entries == entryGroups.length) {
        entryClients = scratch.grow(entryClients, entries);
        entryGroups = scratch.grow(entryGroups, entries);
      }
      entryClients[entries] = client;
      entryGroups[entries++] = key;
    }
    if (pseudonyms != null) {
      long[] list = clientsOf[key];
      if (list == null) {
        list = clientsOf[key] = new long[4];
      } else if (sizes[key] == list.length) {
        list = clientsOf[key] = Arrays.copyOf(list, list.length * 2);
      }
      list[sizes[key]++] = pseudonyms[client];
    }
  }

  /** Client {@code client} has a row kept by the query. */
  void clientSeen(int client) {
    clients++;
    if (pseudonyms != null) {
      if (allCount == all.length) {
        all = Arrays.copyOf(all, all.length * 2);
      }
      all[allCount++] = pseudonyms[client];
    }
  }

  /** The clients of group {@code key}, ascending; collecting counters only. */
  long[] clientsOf(int key) {
    return clientsOf[key] == null ? new long[0] : Arrays.copyOf(clientsOf[key], sizes[key]);
  }

  /** Every client seen, ascending; collecting counters only. */
  long[] allClients() {
    return Arrays.copyOf(all, allCount);
  }

  /** Adds {@code other}, whose clients are none of these. */
  void add(Counts other) {
    for (int k = 0; k < cents.length; k++) {
      cents[k] = Math.addExact(cents[k], other.cents[k]);
      payments[k] += other.payments[k];
      unique[k] += other.unique[k];
    }
    clients += other.clients;
  }
}
