// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Arrays;
import java.util.List;

/**
 * The whole quickscan in one pass over the clients: every table of {@link Quickscan} from one
 * read of each row, instead of a scan per table. Per client it keeps bit masks (laws and years in
 * scope, youth care per year and delivery form, referrer and level, the laws and the provisions of
 * every year) and adds each row's cost to the finest table it belongs to; at the client's end the
 * masks count the client once in each group (a popcount), and the coarser tables are sums of the
 * finer. Households take the OR of their members' provision masks. Nothing is allocated per row
 * or per client.
 *
 * <p>It applies when the masks fit a {@code long}: at most {@value #MAX_YEARS} years and
 * {@value #MAX_PROVISIONS} provisions; {@link Quickscan} falls back to one scan per table
 * otherwise. Both give equal results (a property test holds them to it).
 */
final class QuickscanKernel {

  /** Years that fit the masks of eight referrer or level codes a year in 64 bits. */
  static final int MAX_YEARS = 8;
  /** Provisions that fit a provision mask in 64 bits. */
  static final int MAX_PROVISIONS = 64;

  private static final int LAWS = 3;
  /** Household updates batched before they are applied. */
  private static final int PENDING = 256;
  private static final int FORMS = PackedTraits.FORM_MASK + 1;
  private static final int REFERRERS = PackedTraits.REFERRER_MASK + 1;
  private static final int LEVELS = PackedTraits.LEVEL_MASK + 1;
  private static final int YOUTH_CELLS = FORMS * REFERRERS * LEVELS;

  private final ColumnStore store;
  private final int years;
  /** The scope's filters, checked per row: a column and its allowed codes each. */
  private final Column[] scopeColumns;
  private final boolean[][] scopeAllowed;
  private final int youth = Law.JEUGDWET.ordinal();
  private final int inKind = DeliveryForm.ZIN.ordinal() + 1;
  /** Client c's household, 0 for none. */
  private final int[] householdOf;
  private final int households;
  /** Per year, the bits of that year in a mask indexed law * years + year. */
  private final long[] yearBits;

  private QuickscanKernel(ColumnStore store, QueryPlan scope) {
    this.store = store;
    this.years = store.years;
    this.scopeColumns = scope.filterColumns();
    this.scopeAllowed = scope.allowed();
    this.households = store.households;
    this.yearBits = new long[years];
    for (int y = 0; y < years; y++) {
      for (int law = 0; law < LAWS; law++) {
        yearBits[y] |= 1L << (law * years + y);
      }
    }
    this.householdOf = store.householdOf;
  }

  /** Whether the masks fit this store. */
  static boolean applies(ColumnStore store) {
    return store.years <= MAX_YEARS && store.provisions.size() <= MAX_PROVISIONS;
  }

  /** What one range of clients adds up to; parts of disjoint ranges add exactly. */
  private final class Part {
    /** By law and year in scope: index law * years + year. */
    final long[] lawYearCents = new long[LAWS * years];
    final long[] lawYearPayments = new long[LAWS * years];
    final long[] lawYearClients = new long[LAWS * years];
    final long[] yearClients = new long[years];
    long scopedClients;
    /** Youth care in scope per year and (form, referrer, level): index year * YOUTH_CELLS + cell. */
    final long[] youthCents = new long[years * YOUTH_CELLS];
    final long[] youthPayments = new long[years * YOUTH_CELLS];
    final long[] formClients = new long[years * FORMS];
    final long[] referrerClients = new long[years * REFERRERS];
    final long[] levelClients = new long[years * LEVELS];
    long youthClients;
    /** Youth care in kind in scope, per provider. */
    final long[] providerCents = new long[Math.max(1, store.providers.size())];
    final long[] providerPayments = new long[providerCents.length];
    final long[] providerClients = new long[providerCents.length];
    final int[] providerMark = new int[providerCents.length];
    /** Each client's providers of youth care in kind, one run per client, for the top's unique clients. */
    int[] clientProviders = store.scratch.ints(256);
    int clientProviderCount;
    int[] clientRunEnds = store.scratch.ints(256);
    int clientRuns;
    /** Stacking, never scoped: per year the clients by laws and by distinct provisions. */
    final long[] byLaws = new long[years * (LAWS + 1)];
    final long[] byProvisions = new long[years * (Stacking.PROVISION_BUCKETS + 1)];
    /** Per household and year, the OR of its members' provision masks; borrowed from the store. */
    final long[] householdProvisions = store.scratch.longs(households * years);
    /** Members' provision masks not yet ORed into their households: see {@link #flushHouseholds}. */
    final int[] pendingHousehold = new int[PENDING];
    final long[] pendingProvisions = new long[PENDING * years];
    int pendingHouseholds;
    long overflow;

    Part() {
      Arrays.fill(providerMark, -1);
    }
  }

  /** The tables of the quickscan of {@code store} within {@code scope}'s filters. */
  static Quickscan run(ColumnStore store, Query scope, Parallelism parallelism, int percent) {
    QueryPlan scopePlan = new QueryPlan(store, Query.by().withFiltersOf(scope));
    QuickscanKernel kernel = new QuickscanKernel(store, scopePlan);
    List<Part> results = parallelism.overRanges(store.clients(), kernel::scan);
    return kernel.result(results, scope, percent);
  }

  private boolean inScope(int r) {
    for (int f = 0; f < scopeColumns.length; f++) {
      if (!scopeAllowed[f][scopeColumns[f].code(r)]) {
        return false;
      }
    }
    return true;
  }

  private Part scan(int fromClient, int toClient) {
    Part part = new Part();
    int[] clientStart = store.clientStart;
    byte[] yearColumn = store.year;
    byte[] lawColumn = store.law;
    short[] provisionColumn = store.provision;
    short[] providerColumn = store.provider;
    byte[] traitColumn = store.traits;
    long[] centsColumn = store.cents;
    long[] provisionsOf = new long[years];
    long overflow = 0;
    for (int c = fromClient; c < toClient; c++) {
      long lawYears = 0;
      long stackLaws = 0;
      long forms = 0;
      long referrers = 0;
      long levels = 0;
      boolean inKindSeen = false;
      Arrays.fill(provisionsOf, 0);
      for (int r = clientStart[c]; r < clientStart[c + 1]; r++) {
        int y = yearColumn[r];
        int law = lawColumn[r];
        int lawYear = law * years + y;
        stackLaws |= 1L << lawYear;
        provisionsOf[y] |= 1L << provisionColumn[r];
        if (!inScope(r)) {
          continue;
        }
        long v = centsColumn[r];
        boolean paid = v != ColumnStore.NO_PAYMENT;
        long value = paid ? v : 0;
        int count = paid ? 1 : 0;
        lawYears |= 1L << lawYear;
        long s = part.lawYearCents[lawYear];
        long t = s + value;
        overflow |= (s ^ t) & (value ^ t);
        part.lawYearCents[lawYear] = t;
        part.lawYearPayments[lawYear] += count;
        if (law != youth) {
          continue;
        }
        byte traits = traitColumn[r];
        int form = PackedTraits.form(traits);
        int referrer = PackedTraits.referrer(traits);
        int level = PackedTraits.level(traits);
        int cell = y * YOUTH_CELLS + (form * REFERRERS + referrer) * LEVELS + level;
        s = part.youthCents[cell];
        t = s + value;
        overflow |= (s ^ t) & (value ^ t);
        part.youthCents[cell] = t;
        part.youthPayments[cell] += count;
        forms |= 1L << (y * FORMS + form);
        referrers |= 1L << (y * REFERRERS + referrer);
        levels |= 1L << (y * LEVELS + level);
        if (form == inKind) {
          inKindSeen = true;
          int provider = providerColumn[r];
          s = part.providerCents[provider];
          t = s + value;
          overflow |= (s ^ t) & (value ^ t);
          part.providerCents[provider] = t;
          part.providerPayments[provider] += count;
          if (part.providerMark[provider] != c) {
            part.providerMark[provider] = c;
            part.providerClients[provider]++;
            addProvider(part, provider);
          }
        }
      }
      countClient(part, c, lawYears, stackLaws, forms, referrers, levels, inKindSeen, provisionsOf);
    }
    flushHouseholds(part);
    part.overflow = overflow;
    return part;
  }

  private void addProvider(Part part, int provider) {
    if (part.clientProviderCount == part.clientProviders.length) {
      part.clientProviders = store.scratch.grow(part.clientProviders, part.clientProviderCount);
    }
    part.clientProviders[part.clientProviderCount++] = provider;
  }

  /** Counts client {@code c} once in every group its masks hold. */
  private void countClient(Part part, int c, long lawYears, long stackLaws, long forms, long referrers, long levels,
      boolean inKindSeen, long[] provisionsOf) {
    if (lawYears != 0) {
      part.scopedClients++;
      for (long bits = lawYears; bits != 0; bits &= bits - 1) {
        part.lawYearClients[Long.numberOfTrailingZeros(bits)]++;
      }
      for (int y = 0; y < years; y++) {
        if ((lawYears & yearBits[y]) != 0) {
          part.yearClients[y]++;
        }
      }
    }
    if (forms != 0) {
      part.youthClients++;
      countBits(forms, part.formClients);
      countBits(referrers, part.referrerClients);
      countBits(levels, part.levelClients);
    }
    if (inKindSeen) {
      if (part.clientRuns == part.clientRunEnds.length) {
        part.clientRunEnds = store.scratch.grow(part.clientRunEnds, part.clientRuns);
      }
      part.clientRunEnds[part.clientRuns++] = part.clientProviderCount;
    }
    for (int y = 0; y < years; y++) {
      long laws = stackLaws & yearBits[y];
      if (laws != 0) {
        part.byLaws[y * (LAWS + 1) + Long.bitCount(laws)]++;
        part.byProvisions[y * (Stacking.PROVISION_BUCKETS + 1)
            + Math.min(Long.bitCount(provisionsOf[y]), Stacking.PROVISION_BUCKETS)]++;
      }
    }
    int household = householdOf[c];
    if (household != 0) {
      int at = part.pendingHouseholds * years;
      part.pendingHousehold[part.pendingHouseholds++] = household;
      for (int y = 0; y < years; y++) {
        part.pendingProvisions[at + y] = (stackLaws & yearBits[y]) != 0 ? provisionsOf[y] : 0;
      }
      if (part.pendingHouseholds == PENDING) {
        flushHouseholds(part);
      }
    }
  }

  /**
   * ORs the pending members' provision masks into their households. Households lie at random in
   * a large array, so each OR misses the cache; done in a batch, in a loop of nothing else, the
   * processor overlaps the misses, which it cannot between clients' long row loops.
   */
  private void flushHouseholds(Part part) {
    long[] into = part.householdProvisions;
    for (int i = 0; i < part.pendingHouseholds; i++) {
      int base = part.pendingHousehold[i] * years;
      for (int y = 0; y < years; y++) {
        into[base + y] |= part.pendingProvisions[i * years + y];
      }
    }
    part.pendingHouseholds = 0;
  }

  private static void countBits(long mask, long[] counts) {
    for (long bits = mask; bits != 0; bits &= bits - 1) {
      counts[Long.numberOfTrailingZeros(bits)]++;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Results

  private Quickscan result(List<Part> parts, Query scope, int percent) {
    Part total = parts.get(0);
    for (int p = 1; p < parts.size(); p++) {
      add(total, parts.get(p));
      store.scratch.release(parts.get(p).householdProvisions);
    }
    if (total.overflow < 0) {
      throw new ArithmeticException("A group's cost is out of range of a long of cents");
    }
    return new Quickscan(
        byLawAndYear(total, Quickscan.within(Query.by(Dimension.LAW, Dimension.YEAR), scope)),
        byYear(total, Quickscan.within(Query.by(Dimension.YEAR), scope)),
        youthBy(total, Quickscan.within(Query.by(Dimension.YEAR, Dimension.DELIVERY_FORM)
            .where(Dimension.LAW, Law.JEUGDWET), scope), Dimension.DELIVERY_FORM, total.formClients, FORMS),
        youthBy(total, Quickscan.within(Query.by(Dimension.YEAR, Dimension.REFERRER)
            .where(Dimension.LAW, Law.JEUGDWET), scope), Dimension.REFERRER, total.referrerClients, REFERRERS),
        youthBy(total, Quickscan.within(Query.by(Dimension.YEAR, Dimension.LEVEL)
            .where(Dimension.LAW, Law.JEUGDWET), scope), Dimension.LEVEL, total.levelClients, LEVELS),
        stacking(total),
        concentration(parts, total, Quickscan.within(Quickscan.YOUTH_IN_KIND, scope), percent));
  }

  private static void add(Part into, Part other) {
    addAll(into.lawYearCents, other.lawYearCents);
    addAll(into.lawYearPayments, other.lawYearPayments);
    addAll(into.lawYearClients, other.lawYearClients);
    addAll(into.yearClients, other.yearClients);
    into.scopedClients += other.scopedClients;
    addAll(into.youthCents, other.youthCents);
    addAll(into.youthPayments, other.youthPayments);
    addAll(into.formClients, other.formClients);
    addAll(into.referrerClients, other.referrerClients);
    addAll(into.levelClients, other.levelClients);
    into.youthClients += other.youthClients;
    addAll(into.providerCents, other.providerCents);
    addAll(into.providerPayments, other.providerPayments);
    addAll(into.providerClients, other.providerClients);
    addAll(into.byLaws, other.byLaws);
    addAll(into.byProvisions, other.byProvisions);
    for (int i = 0; i < into.householdProvisions.length; i++) {
      into.householdProvisions[i] |= other.householdProvisions[i];
    }
    into.overflow |= other.overflow;
  }

  private static void addAll(long[] into, long[] other) {
    for (int i = 0; i < into.length; i++) {
      into[i] = Math.addExact(into[i], other[i]);
    }
  }

  private AggregationResult byLawAndYear(Part total, Query query) {
    QueryPlan plan = new QueryPlan(store, query);
    Counts counts = Counts.of(plan.size);
    for (int law = 0; law < LAWS; law++) {
      for (int y = 0; y < years; y++) {
        int key = law * plan.stride(Dimension.LAW) + y * plan.stride(Dimension.YEAR);
        counts.cents[key] = total.lawYearCents[law * years + y];
        counts.payments[key] = total.lawYearPayments[law * years + y];
        counts.unique[key] = total.lawYearClients[law * years + y];
      }
    }
    counts.clients = total.scopedClients;
    return plan.result(counts);
  }

  private AggregationResult byYear(Part total, Query query) {
    QueryPlan plan = new QueryPlan(store, query);
    Counts counts = Counts.of(plan.size);
    for (int law = 0; law < LAWS; law++) {
      for (int y = 0; y < years; y++) {
        counts.cents[y] = Math.addExact(counts.cents[y], total.lawYearCents[law * years + y]);
        counts.payments[y] += total.lawYearPayments[law * years + y];
      }
    }
    for (int y = 0; y < years; y++) {
      counts.unique[y] = total.yearClients[y];
    }
    counts.clients = total.scopedClients;
    return plan.result(counts);
  }

  /** Youth care by year and one of form, referrer or level: sums of the finest cells. */
  private AggregationResult youthBy(Part total, Query query, Dimension<?> dimension, long[] clients, int codes) {
    QueryPlan plan = new QueryPlan(store, query);
    Counts counts = Counts.of(plan.size);
    for (int y = 0; y < years; y++) {
      for (int form = 0; form < FORMS; form++) {
        for (int referrer = 0; referrer < REFERRERS; referrer++) {
          for (int level = 0; level < LEVELS; level++) {
            int cell = y * YOUTH_CELLS + (form * REFERRERS + referrer) * LEVELS + level;
            int code = dimension == Dimension.DELIVERY_FORM ? form : dimension == Dimension.REFERRER ? referrer : level;
            int key = y * plan.stride(Dimension.YEAR) + code * plan.stride(dimension);
            counts.cents[key] = Math.addExact(counts.cents[key], total.youthCents[cell]);
            counts.payments[key] += total.youthPayments[cell];
          }
        }
      }
      for (int code = 0; code < codes; code++) {
        counts.unique[y * plan.stride(Dimension.YEAR) + code * plan.stride(dimension)] = clients[y * codes + code];
      }
    }
    counts.clients = total.youthClients;
    return plan.result(counts);
  }

  private Stacking stacking(Part total) {
    long[][] byLaws = new long[years][];
    long[][] byProvisions = new long[years][];
    long[][] byHouseholds = new long[years][Stacking.PROVISION_BUCKETS + 1];
    for (int y = 0; y < years; y++) {
      byLaws[y] = Arrays.copyOfRange(total.byLaws, y * (LAWS + 1), (y + 1) * (LAWS + 1));
      byProvisions[y] = Arrays.copyOfRange(total.byProvisions, y * (Stacking.PROVISION_BUCKETS + 1),
          (y + 1) * (Stacking.PROVISION_BUCKETS + 1));
    }
    for (int h = 1; h < households; h++) {
      for (int y = 0; y < years; y++) {
        long provisions = total.householdProvisions[h * years + y];
        if (provisions != 0) {
          byHouseholds[y][Math.min(Long.bitCount(provisions), Stacking.PROVISION_BUCKETS)]++;
        }
      }
    }
    store.scratch.release(total.householdProvisions);
    return new Stacking(StackingKernel.byYear(store, byLaws), StackingKernel.byYear(store, byProvisions),
        StackingKernel.byYear(store, byHouseholds));
  }

  private ProviderConcentration concentration(List<Part> parts, Part total, Query filter, int percent) {
    QueryPlan plan = new QueryPlan(store, Query.by(Dimension.PROVIDER).withFiltersOf(filter));
    Counts counts = Counts.of(plan.size);
    long allClients = 0;
    for (Part part : parts) {
      allClients += part.clientRuns;
    }
    for (int v = 0; v < total.providerCents.length; v++) {
      counts.cents[v] = total.providerCents[v];
      counts.payments[v] = total.providerPayments[v];
      counts.unique[v] = total.providerClients[v];
    }
    counts.clients = allClients;
    AggregationResult perProvider = plan.result(counts);
    List<GroupRow> ranked = ProviderConcentration.rank(perProvider.rows());
    int top = ProviderConcentration.topCount(ranked.size(), percent);
    boolean[] isTop = new boolean[total.providerCents.length];
    for (GroupRow row : ranked.subList(0, top)) {
      isTop[store.providers.indexOf(row.key().get(Dimension.PROVIDER).orElseThrow())] = true;
    }
    long topClients = 0;
    for (Part part : parts) {
      int start = 0;
      for (int run = 0; run < part.clientRuns; run++) {
        int end = part.clientRunEnds[run];
        for (int i = start; i < end; i++) {
          if (isTop[part.clientProviders[i]]) {
            topClients++;
            break;
          }
        }
        start = end;
      }
      store.scratch.release(part.clientProviders);
      store.scratch.release(part.clientRunEnds);
    }
    return new ProviderConcentration(ranked, percent, top, topClients, perProvider.totalUniqueClients());
  }
}
