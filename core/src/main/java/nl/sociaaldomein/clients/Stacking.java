// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Arrays;
import java.util.Objects;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Stapeling: per year, clients by the number of laws they receive provisions under (1, 2 or 3),
 * clients by the number of distinct provisions (1 to {@value #PROVISION_BUCKETS}, the last
 * bucket "or more"), and households by the number of distinct provisions of their members.
 */
public final class Stacking {

  /** The last bucket of provision counts: this many or more. */
  public static final int PROVISION_BUCKETS = 7;

  private final Map<Integer, long[]> byLaws;
  private final Map<Integer, long[]> byProvisions;
  private final Map<Integer, long[]> householdsByProvisions;

  Stacking(Map<Integer, long[]> byLaws, Map<Integer, long[]> byProvisions, Map<Integer, long[]> householdsByProvisions) {
    this.byLaws = Collections.unmodifiableMap(new TreeMap<>(byLaws));
    this.byProvisions = Collections.unmodifiableMap(new TreeMap<>(byProvisions));
    this.householdsByProvisions = Collections.unmodifiableMap(new TreeMap<>(householdsByProvisions));
  }

  /**
   * Stacking from histograms computed elsewhere (another engine, such as the Spark module's): per
   * year, clients by the number of laws (an array of 4, index 1 to 3), clients by the number of
   * distinct provisions and households by the distinct provisions of their members (arrays of
   * {@value #PROVISION_BUCKETS} + 1, the last "or more"); index 0 is no count and must be 0. Every
   * year counts the same clients by laws as by provisions. Years whose counts are all 0 are left
   * out, as the library's own stacking leaves them out. The arrays are copied.
   */
  public static Stacking of(Map<Integer, long[]> clientsByLaws, Map<Integer, long[]> clientsByProvisions,
      Map<Integer, long[]> householdsByProvisions) {
    Map<Integer, long[]> laws = checked("clients by laws", clientsByLaws, Law.values().length + 1);
    Map<Integer, long[]> provisions = checked("clients by provisions", clientsByProvisions, PROVISION_BUCKETS + 1);
    Map<Integer, long[]> households = checked("households by provisions", householdsByProvisions, PROVISION_BUCKETS + 1);
    if (!laws.keySet().equals(provisions.keySet())) {
      throw new SociaalDomeinException("stacking", Optional.of(laws.keySet() + " and " + provisions.keySet()),
          "clients by laws and by provisions must have the same years");
    }
    laws.forEach((year, counts) -> {
      if (Arrays.stream(counts).sum() != Arrays.stream(provisions.get(year)).sum()) {
        throw new SociaalDomeinException("stacking in " + year, Optional.empty(),
            "counts other clients by laws than by provisions");
      }
    });
    return new Stacking(laws, provisions, households);
  }

  private static Map<Integer, long[]> checked(String what, Map<Integer, long[]> histograms, int length) {
    Objects.requireNonNull(histograms, what);
    Map<Integer, long[]> out = new TreeMap<>();
    histograms.forEach((year, counts) -> {
      PaymentRecord.requireYear(Objects.requireNonNull(year, "year"));
      Objects.requireNonNull(counts, what);
      if (counts.length != length || counts[0] != 0 || Arrays.stream(counts).anyMatch(n -> n < 0)) {
        throw new SociaalDomeinException(what + " in " + year, Optional.of(Arrays.toString(counts)),
            "must be " + length + " counts, none negative, the first 0");
      }
      if (Arrays.stream(counts).anyMatch(n -> n > 0)) {
        out.put(year, counts.clone());
      }
    });
    return out;
  }

  /** The years with at least one client counted. */
  public java.util.Set<Integer> years() {
    return byLaws.keySet();
  }

  /** Clients in {@code year} with provisions under exactly {@code laws} laws (1 to 3). */
  public long clientsWithLaws(int year, int laws) {
    long[] h = byLaws.get(year);
    return h == null || laws < 0 || laws >= h.length ? 0 : h[laws];
  }

  /** Clients in {@code year} with provisions under two or more laws. */
  public long clientsWithMoreThanOneLaw(int year) {
    return clientsWithLaws(year, 2) + clientsWithLaws(year, 3);
  }

  /** Clients in {@code year} with exactly {@code count} distinct provisions ({@value #PROVISION_BUCKETS}: that many or more). */
  public long clientsWithProvisions(int year, int count) {
    long[] h = byProvisions.get(year);
    return h == null || count < 0 || count >= h.length ? 0 : h[count];
  }

  /** Clients in {@code year} with at least {@code count} distinct provisions. */
  public long clientsWithAtLeastProvisions(int year, int count) {
    long total = 0;
    for (int c = Math.max(count, 1); c <= PROVISION_BUCKETS; c++) {
      total += clientsWithProvisions(year, c);
    }
    return total;
  }

  /** Households in {@code year} whose members have at least {@code count} distinct provisions; 0 without household ids. */
  public long householdsWithAtLeastProvisions(int year, int count) {
    long[] h = householdsByProvisions.get(year);
    if (h == null) {
      return 0;
    }
    long total = 0;
    for (int c = Math.max(count, 1); c <= PROVISION_BUCKETS; c++) {
      total += h[c];
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Stacking other && equal(byLaws, other.byLaws) && equal(byProvisions, other.byProvisions)
        && equal(householdsByProvisions, other.householdsByProvisions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hash(byLaws), hash(byProvisions), hash(householdsByProvisions));
  }

  private static boolean equal(Map<Integer, long[]> a, Map<Integer, long[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<Integer, long[]> e : a.entrySet()) {
      if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static int hash(Map<Integer, long[]> histograms) {
    int h = 0;
    for (Map.Entry<Integer, long[]> e : histograms.entrySet()) {
      h += e.getKey() ^ Arrays.hashCode(e.getValue());
    }
    return h;
  }

  /** A summary for developers; {@code nl.sociaaldomein.text.QuickscanText} writes the table for people. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Stacking[");
    for (int year : byLaws.keySet()) {
      out.append(out.length() > 9 ? "; " : "").append(year).append(": laws ");
      for (int laws = 1; laws <= 3; laws++) {
        out.append(laws > 1 ? "/" : "").append(clientsWithLaws(year, laws));
      }
      out.append(", 3+ provisions ").append(clientsWithAtLeastProvisions(year, 3))
          .append(", households 3+ ").append(householdsWithAtLeastProvisions(year, 3));
    }
    return out.append(']').toString();
  }
}
