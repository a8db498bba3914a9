package nl.sociaaldomein.clients;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

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
  public String toString() {
    StringBuilder out = new StringBuilder("Stacking");
    for (int year : byLaws.keySet()) {
      out.append(System.lineSeparator()).append("  ").append(year).append(": ");
      for (int laws = 1; laws <= 3; laws++) {
        out.append(laws).append(laws == 1 ? " law " : " laws ").append(clientsWithLaws(year, laws)).append(laws < 3 ? ", " : "");
      }
      out.append("; 3+ provisions ").append(clientsWithAtLeastProvisions(year, 3))
          .append(", 7+ provisions ").append(clientsWithAtLeastProvisions(year, 7))
          .append("; households with 3+ provisions ").append(householdsWithAtLeastProvisions(year, 3));
    }
    return out.toString();
  }
}
