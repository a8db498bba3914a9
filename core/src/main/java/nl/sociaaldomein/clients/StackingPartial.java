// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A partial of {@link Stacking} that merges exactly with others, for any partition of the
 * payments (each part built with the client records of its clients): per client and year the
 * laws (a bit mask) and the distinct provisions, and per household and year the distinct
 * provisions of its members. A client's or a household's rows may lie in several parts, so the
 * counts are made only by {@link #result()}, after merging. Provisions are held by name, since
 * each part codes them in its own dictionary.
 *
 * <p>A household is named by the smallest pseudonym of its members, never by its id: the id may
 * be an address or a BSN (see docs/client-data.md, "Partials and personal data"). Every part
 * sees the same members, since every part has all client records, so every part names a
 * household alike.
 *
 * <p>Merging unites masks and provision sets, so it is associative and commutative with
 * {@link #empty()} as identity. Equal partials are equal values.
 */
public final class StackingPartial {

  private static final StackingPartial EMPTY = new StackingPartial(List.of(), Entries.NONE, Entries.NONE);

  /** Provision names, ascending; only those some entry holds, so that one partial has one form. */
  private final List<String> provisions;
  private final Entries clients;
  private final Entries households;

  private StackingPartial(List<String> provisions, Entries clients, Entries households) {
    this.provisions = provisions;
    this.clients = clients;
    this.households = households;
  }

  /** The identity of merging. */
  public static StackingPartial empty() {
    return EMPTY;
  }

  /** The partial of a store's rows. */
  static StackingPartial of(ColumnStore store) {
    boolean[] used = new boolean[store.provisions.size()];
    for (short p : store.provision) {
      used[p] = true;
    }
    TreeSet<String> names = new TreeSet<>();
    for (int p = 0; p < used.length; p++) {
      if (used[p]) {
        names.add(store.provisions.get(p));
      }
    }
    List<String> table = List.copyOf(names);
    int[] index = new int[used.length];
    for (int p = 0; p < used.length; p++) {
      index[p] = used[p] ? Collections.binarySearch(table, store.provisions.get(p)) : -1;
    }
    Entries.Builder clients = new Entries.Builder();
    for (int c = 0; c < store.clients(); c++) {
      clients.add(store.pseudonyms[c], store, index, new int[] {c}, true);
    }
    // Households in the order of their names, so that entries come out ascending.
    ColumnStore.HouseholdIndex members = store.householdIndex();
    int householdCount = store.households - 1;
    Integer[] order = new Integer[householdCount];
    long[] name = new long[householdCount + 1];
    for (int h = 1; h <= householdCount; h++) {
      order[h - 1] = h;
      name[h] = Long.MAX_VALUE;
      for (int m = members.start()[h]; m < members.start()[h + 1]; m++) {
        name[h] = Math.min(name[h], store.pseudonyms[members.members()[m]]);
      }
    }
    Arrays.sort(order, (a, b) -> Long.compare(name[a], name[b]));
    Entries.Builder households = new Entries.Builder();
    for (int h : order) {
      int[] of = Arrays.copyOfRange(members.members(), members.start()[h], members.start()[h + 1]);
      if (of.length > 0) {
        households.add(name[h], store, index, of, false);
      }
    }
    return new StackingPartial(table, clients.build(), households.build());
  }

  /** This merged with {@code other}. */
  public StackingPartial merge(StackingPartial other) {
    Objects.requireNonNull(other, "other");
    TreeSet<String> names = new TreeSet<>(provisions);
    names.addAll(other.provisions);
    List<String> table = List.copyOf(names);
    int[] mine = remap(provisions, table);
    int[] theirs = remap(other.provisions, table);
    return new StackingPartial(table, clients.merge(mine, other.clients, theirs),
        households.merge(mine, other.households, theirs));
  }

  private static int[] remap(List<String> from, List<String> to) {
    return from.stream().mapToInt(name -> Collections.binarySearch(to, name)).toArray();
  }

  /** The stacking of all merged parts. */
  public Stacking result() {
    Map<Integer, long[]> byLaws = new TreeMap<>();
    Map<Integer, long[]> byProvisions = new TreeMap<>();
    Map<Integer, long[]> householdsByProvisions = new TreeMap<>();
    for (int i = 0; i < clients.size(); i++) {
      byLaws.computeIfAbsent(clients.years[i], y -> new long[Law.values().length + 1])[Integer.bitCount(clients.laws[i])]++;
      bucket(byProvisions, clients, i);
    }
    for (int i = 0; i < households.size(); i++) {
      bucket(householdsByProvisions, households, i);
    }
    return new Stacking(byLaws, byProvisions, householdsByProvisions);
  }

  private static void bucket(Map<Integer, long[]> histograms, Entries entries, int i) {
    histograms.computeIfAbsent(entries.years[i], y -> new long[Stacking.PROVISION_BUCKETS + 1])
        [Math.min(entries.provisions[i].length, Stacking.PROVISION_BUCKETS)]++;
  }

  // ---------------------------------------------------------------------------------------------
  // Serialized form (docs/clients.md, "Partials and their serialized form")

  /** The compact serialized form, which {@link #fromBytes(byte[])} reads back to an equal partial. */
  public byte[] toBytes() {
    PartialFormat.Writer out = new PartialFormat.Writer(PartialFormat.Kind.STACKING);
    out.strings(provisions);
    clients.write(out, true);
    households.write(out, false);
    return out.finish();
  }

  /**
   * The partial {@code bytes} hold, as {@link #toBytes()} wrote them; throws naming the byte and
   * what is wrong for a version this library does not read, another kind of partial, or corrupt
   * or truncated bytes.
   */
  public static StackingPartial fromBytes(byte[] bytes) {
    PartialFormat.Reader in = new PartialFormat.Reader(Objects.requireNonNull(bytes, "bytes"), PartialFormat.Kind.STACKING);
    List<String> table = in.strings();
    Entries clients = Entries.read(in, table.size(), "client-year", true);
    Entries households = Entries.read(in, table.size(), "household-year", false);
    in.end();
    boolean[] used = new boolean[table.size()];
    for (Entries e : List.of(clients, households)) {
      for (int[] set : e.provisions) {
        for (int p : set) {
          used[p] = true;
        }
      }
    }
    for (int p = 0; p < used.length; p++) {
      if (!used[p]) {
        throw in.error(PartialFormat.HEADER, "provision " + SociaalDomeinException.quote(table.get(p)) + " of the string table is in no entry");
      }
    }
    return new StackingPartial(table, clients, households);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StackingPartial s && s.provisions.equals(provisions) && s.clients.equals(clients)
        && s.households.equals(households);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provisions, clients, households);
  }

  @Override
  public String toString() {
    return "StackingPartial[" + clients.size() + " client-years, " + households.size() + " household-years, "
        + provisions.size() + " provisions]";
  }

  /** Ascending by pseudonym, then year: per entry the law mask (clients only) and the sorted provision indices. */
  private static final class Entries {
    static final Entries NONE = new Entries(new long[0], new int[0], new byte[0], new int[0][]);

    final long[] ids;
    final int[] years;
    final byte[] laws;
    final int[][] provisions;

    Entries(long[] ids, int[] years, byte[] laws, int[][] provisions) {
      this.ids = ids;
      this.years = years;
      this.laws = laws;
      this.provisions = provisions;
    }

    int size() {
      return ids.length;
    }

    private int compare(int i, Entries other, int j) {
      int byId = Long.compare(ids[i], other.ids[j]);
      return byId != 0 ? byId : Integer.compare(years[i], other.years[j]);
    }

    Entries merge(int[] mine, Entries other, int[] theirs) {
      Builder out = new Builder();
      int i = 0;
      int j = 0;
      while (i < size() || j < other.size()) {
        int c = i == size() ? 1 : j == other.size() ? -1 : compare(i, other, j);
        if (c < 0) {
          out.put(ids[i], years[i], laws[i], map(provisions[i], mine));
          i++;
        } else if (c > 0) {
          out.put(other.ids[j], other.years[j], other.laws[j], map(other.provisions[j], theirs));
          j++;
        } else {
          out.put(ids[i], years[i], (byte) (laws[i] | other.laws[j]),
              union(map(provisions[i], mine), map(other.provisions[j], theirs)));
          i++;
          j++;
        }
      }
      return out.build();
    }

    private static int[] map(int[] set, int[] index) {
      int[] out = new int[set.length];
      for (int k = 0; k < set.length; k++) {
        out[k] = index[set[k]];
      }
      return out;
    }

    private static int[] union(int[] a, int[] b) {
      return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted().distinct().toArray();
    }

    /**
     * Per entry: the pseudonym's distance from the one before (the first from
     * {@link Long#MIN_VALUE}), the year, the law mask (clients only), the count of provisions and
     * each provision's index, the first as itself and each next as its distance from the one
     * before, less one.
     */
    void write(PartialFormat.Writer out, boolean withLaws) {
      out.varint(size());
      long previous = Long.MIN_VALUE;
      for (int i = 0; i < size(); i++) {
        out.varint(ids[i] - previous);
        previous = ids[i];
        out.varint(years[i] - PaymentRecord.FIRST_YEAR);
        if (withLaws) {
          out.u8(laws[i]);
        }
        out.varint(provisions[i].length);
        for (int k = 0; k < provisions[i].length; k++) {
          out.varint(k == 0 ? provisions[i][0] : provisions[i][k] - provisions[i][k - 1] - 1);
        }
      }
    }

    static Entries read(PartialFormat.Reader in, int names, String what, boolean withLaws) {
      int n = in.count(what + "s");
      Builder out = new Builder();
      long previousId = Long.MIN_VALUE;
      int previousYear = -1;
      for (int i = 0; i < n; i++) {
        int start = in.offset();
        long id = in.next(previousId, 0, "the pseudonym of " + what + " " + i);
        int year = PaymentRecord.FIRST_YEAR + in.below(PaymentRecord.LAST_YEAR + 1 - PaymentRecord.FIRST_YEAR,
            "the year of " + what + " " + i + " less " + PaymentRecord.FIRST_YEAR);
        if (i > 0 && id == previousId && year <= previousYear) {
          throw in.error(start, what + " " + i + " does not follow the one before in order");
        }
        byte laws = 0;
        if (withLaws) {
          int mask = in.u8("the laws of " + what + " " + i);
          if (mask == 0 || mask >= 1 << Law.values().length) {
            throw in.error(in.offset() - 1, "the law mask of " + what + " " + i + " is " + mask + ", not 1 to 7");
          }
          laws = (byte) mask;
        }
        int k = in.count("provisions of " + what + " " + i);
        if (k == 0) {
          throw in.error(in.offset() - 1, what + " " + i + " has no provision");
        }
        int[] set = new int[k];
        for (int p = 0; p < k; p++) {
          int value = p == 0 ? 0 : set[p - 1] + 1;
          value += in.below(names - value, "the distance to provision " + p + " of " + what + " " + i);
          set[p] = value;
        }
        out.put(id, year, laws, set);
        previousId = id;
        previousYear = year;
      }
      return out.build();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entries e && Arrays.equals(e.ids, ids) && Arrays.equals(e.years, years)
          && Arrays.equals(e.laws, laws) && Arrays.deepEquals(e.provisions, provisions);
    }

    @Override
    public int hashCode() {
      return Objects.hash(Arrays.hashCode(ids), Arrays.hashCode(years), Arrays.hashCode(laws), Arrays.deepHashCode(provisions));
    }

    /** Collects entries in ascending order. */
    static final class Builder {
      private long[] ids = new long[16];
      private int[] years = new int[16];
      private byte[] laws = new byte[16];
      private int[][] sets = new int[16][];
      private int size;

      void put(long id, int year, byte mask, int[] provisions) {
        if (size == ids.length) {
          ids = Arrays.copyOf(ids, size * 2);
          years = Arrays.copyOf(years, size * 2);
          laws = Arrays.copyOf(laws, size * 2);
          sets = Arrays.copyOf(sets, size * 2);
        }
        ids[size] = id;
        years[size] = year;
        laws[size] = mask;
        sets[size] = provisions;
        size++;
      }

      /**
       * The entries of one client or household named {@code id}: the rows of {@code members}
       * grouped by year, with the law mask when {@code withLaws}.
       */
      void add(long id, ColumnStore store, int[] index, int[] members, boolean withLaws) {
        int rows = 0;
        for (int c : members) {
          rows += store.clientStart[c + 1] - store.clientStart[c];
        }
        // One key per row, year then provision, so that sorting groups a year's provisions.
        long[] keys = new long[rows];
        int n = 0;
        for (int c : members) {
          for (int r = store.clientStart[c]; r < store.clientStart[c + 1]; r++) {
            keys[n++] = ((long) store.year[r] << 40) | ((long) index[store.provision[r]] << 8) | (1 << store.law[r]);
          }
        }
        Arrays.sort(keys);
        int from = 0;
        while (from < n) {
          int year = (int) (keys[from] >>> 40);
          int to = from;
          int mask = 0;
          int[] set = new int[8];
          int distinct = 0;
          while (to < n && (int) (keys[to] >>> 40) == year) {
            mask |= (int) (keys[to] & 0xFF);
            int p = (int) ((keys[to] >>> 8) & 0xFFFF_FFFFL);
            if (distinct == 0 || set[distinct - 1] != p) {
              if (distinct == set.length) {
                set = Arrays.copyOf(set, distinct * 2);
              }
              set[distinct++] = p;
            }
            to++;
          }
          put(id, store.firstYear + year, withLaws ? (byte) mask : 0, Arrays.copyOf(set, distinct));
          from = to;
        }
      }

      Entries build() {
        return new Entries(Arrays.copyOf(ids, size), Arrays.copyOf(years, size), Arrays.copyOf(laws, size),
            Arrays.copyOf(sets, size));
      }
    }
  }
}
