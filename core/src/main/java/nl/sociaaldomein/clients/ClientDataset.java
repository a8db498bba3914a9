package nl.sociaaldomein.clients;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * Client and payment records in columns: one row per payment (and per kept client record without
 * a payment), dictionary-encoded into primitive arrays of 18 bytes a row, sorted by client.
 *
 * <p>Because a client's rows are contiguous, unique clients per group are counted in one pass
 * with a mark per group and no allocation per row; and splitting the clients into ranges splits
 * the work over threads, whose counts then simply add.
 *
 * <p>A characteristic of a client (delivery form, referrer, intensity level, age, phase, start
 * qualification) is attached to the client's payments under a law in a year only when the
 * client's records under that law in that year give exactly one value for it, as the quickscan's
 * data annex prescribes (step 3: per law, per BSN and per year); else it is unknown for those
 * payments.
 */
public final class ClientDataset {

  /** The cents value that marks a kept client record without payment. */
  static final long NO_PAYMENT = Long.MIN_VALUE;

  private final byte[] year;
  private final byte[] law;
  private final short[] provision;
  private final short[] provider;
  /** Delivery form (2 bits), referrer (3 bits) and level (3 bits), each 0 when unknown. */
  private final byte[] traits;
  private final byte[] ageBand;
  private final byte[] phase;
  private final byte[] qualification;
  private final long[] cents;

  private final int[] clientStart;
  private final long[] pseudonyms;
  private final int[] householdStart;
  private final int[] householdClients;
  private final int firstYear;
  private final int years;
  private final List<String> provisions;
  private final List<String> providers;
  private final List<String> phases;
  private final List<String> qualifications;
  private final BuildReport report;

  private ClientDataset(Builder b, Columns c) {
    this.year = c.year;
    this.law = c.law;
    this.provision = c.provision;
    this.provider = c.provider;
    this.traits = c.traits;
    this.ageBand = c.ageBand;
    this.phase = c.phase;
    this.qualification = c.qualification;
    this.cents = c.cents;
    this.clientStart = c.clientStart;
    this.pseudonyms = c.pseudonyms;
    this.householdStart = c.householdStart;
    this.householdClients = c.householdClients;
    this.firstYear = c.firstYear;
    this.years = c.years;
    this.provisions = List.copyOf(b.provisions.values);
    this.providers = List.copyOf(b.providers.values);
    this.phases = List.copyOf(b.phases.values);
    this.qualifications = List.copyOf(b.qualifications.values);
    this.report = c.report;
  }

  /** A builder that keeps client records without a payment for no provision. */
  public static Builder builder() {
    return new Builder(Set.of());
  }

  /**
   * A builder that keeps client records without a payment for the provisions in
   * {@code keepWithoutPayment} (those paid per person, whose clients count without a payment
   * record) and drops the others, counting them in the {@link BuildReport}.
   */
  public static Builder builder(Set<String> keepWithoutPayment) {
    return new Builder(Set.copyOf(keepWithoutPayment));
  }

  /** What building did: rows kept, client records dropped, characteristics left unknown. */
  public BuildReport report() {
    return report;
  }

  /** Rows: payments plus kept client records without payment. */
  public int rows() {
    return cents.length;
  }

  public int clients() {
    return pseudonyms.length;
  }

  /** The bytes the columns hold: 18 a row, and 16 a client. */
  public long residentBytes() {
    long perRow = 1L + 1 + 2 + 2 + 1 + 1 + 1 + 1 + 8;
    return perRow * cents.length + 4L * clientStart.length + 8L * pseudonyms.length
        + 4L * householdStart.length + 4L * householdClients.length;
  }

  /**
   * The plain scan of two columns, cost per law ({@link Law#ordinal()}), with no grouping,
   * filtering or client counting: the memory-bandwidth floor that benchmarks hold the
   * aggregations against.
   */
  public long[] costByLawScan() {
    long[] sums = new long[Law.values().length];
    for (int r = 0; r < cents.length; r++) {
      long v = cents[r];
      if (v != NO_PAYMENT) {
        sums[law[r]] += v;
      }
    }
    return sums;
  }

  /** Receives the encoded rows of a dataset, for loading them into another engine. */
  @FunctionalInterface
  public interface RowSink {
    /**
     * One row: the client's index (0 to {@link #clients()} - 1, in pseudonym order), the year,
     * the law, the codes of every other dimension (0 = unknown for characteristics; see
     * {@link #valueOf(Dimension, int)}) and the cents, empty for a kept client record without
     * payment.
     */
    void row(int client, int year, Law law, int provision, int provider, int deliveryForm, int referrer,
        int level, int ageBand, int phase, int qualification, OptionalLong cents);
  }

  /** Every row, in client order, as codes: for exports and cross-checks against other engines. */
  public void forEachRow(RowSink sink) {
    for (int c = 0; c < clients(); c++) {
      for (int r = clientStart[c]; r < clientStart[c + 1]; r++) {
        sink.row(c, firstYear + year[r], Law.values()[law[r]], provision[r], provider[r], traits[r] & 3,
            (traits[r] >> 2) & 7, (traits[r] >> 5) & 7, ageBand[r], phase[r] & 0xFF, qualification[r] & 0xFF,
            cents[r] == NO_PAYMENT ? OptionalLong.empty() : OptionalLong.of(cents[r]));
      }
    }
  }

  /**
   * What code {@code code} of {@code dimension} stands for, as in a {@link GroupKey}:
   * {@link GroupKey#UNKNOWN} for an unknown characteristic.
   */
  public Object valueOf(Dimension dimension, int code) {
    return value(dimension, code - (dimension == Dimension.YEAR ? firstYear : 0));
  }

  // ---------------------------------------------------------------------------------------
  // Aggregation

  /** Runs {@code query} on one thread. */
  public AggregationResult aggregate(Query query) {
    return aggregate(query, 1);
  }

  /** Runs {@code query} with the clients split into {@code threads} ranges. */
  public AggregationResult aggregate(Query query, int threads) {
    Plan plan = new Plan(query);
    List<Counts> parts = overClientRanges(threads, (from, to) -> scan(plan, from, to));
    Counts total = parts.get(0);
    for (int p = 1; p < parts.size(); p++) {
      total.add(parts.get(p));
    }
    return plan.result(total);
  }

  /** Work on one range of clients, {@code [from, to)}. */
  @FunctionalInterface
  private interface RangeWork<T> {
    T run(int from, int to);
  }

  /**
   * Runs {@code work} on {@code threads} ranges of clients at once and returns the parts in
   * range order; their results combine exactly because no client is in two ranges.
   */
  private <T> List<T> overClientRanges(int threads, RangeWork<T> work) {
    int parts = Math.max(1, Math.min(threads, clients()));
    if (parts == 1) {
      return List.of(work.run(0, clients()));
    }
    List<T> results = new ArrayList<>(java.util.Collections.nCopies(parts, null));
    ForkJoinPool pool = new ForkJoinPool(parts);
    try {
      List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        int index = p;
        int from = (int) ((long) clients() * p / parts);
        int to = (int) ((long) clients() * (p + 1) / parts);
        futures.add(pool.submit(() -> results.set(index, work.run(from, to))));
      }
      for (java.util.concurrent.Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
    return results;
  }

  private static void awaitQuietly(ForkJoinPool pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The same query as a partial aggregation that merges exactly with those of other datasets
   * (other files, other partitions of the same records).
   */
  public Aggregation partial(Query query) {
    Plan plan = new Plan(query);
    Counts counts = new Counts(plan.size);
    long[][] clientsOf = new long[plan.size][];
    int[] sizes = new int[plan.size];
    long[] all = new long[clients()];
    int allCount = 0;
    int[] mark = plan.freshMarks();
    int[] keyOf = new int[CHUNK];
    for (int c = 0; c < clients(); c++) {
      int from = clientStart[c];
      int n = clientStart[c + 1] - from;
      if (n > keyOf.length) {
        keyOf = new int[n];
      }
      plan.keys(from, n, keyOf);
      boolean any = false;
      for (int i = 0; i < n; i++) {
        int key = keyOf[i];
        if (key < 0) {
          continue;
        }
        any = true;
        counts.addRow(key, cents[from + i]);
        if (mark[key] != c) {
          mark[key] = c;
          counts.unique[key]++;
          if (clientsOf[key] == null) {
            clientsOf[key] = new long[4];
          } else if (sizes[key] == clientsOf[key].length) {
            clientsOf[key] = Arrays.copyOf(clientsOf[key], sizes[key] * 2);
          }
          clientsOf[key][sizes[key]++] = pseudonyms[c];
        }
      }
      if (any) {
        all[allCount++] = pseudonyms[c];
      }
    }
    Map<GroupKey, Aggregation.Group> groups = new HashMap<>();
    for (int key = 0; key < plan.size; key++) {
      if (clientsOf[key] != null) {
        groups.put(plan.decode(key), new Aggregation.Group(counts.cents[key], counts.payments[key],
            Arrays.copyOf(clientsOf[key], sizes[key])));
      }
    }
    return Aggregation.of(plan.dimensions(), groups, Arrays.copyOf(all, allCount));
  }


  /**
   * Adds a run of one client's rows in one group to the group; returns the overflow flag of the
   * addition (negative when it overflowed). A run key below zero is the empty run before the first.
   */
  private static long flush(Counts counts, int[] mark, int key, int client, long sum, long count) {
    if (key < 0) {
      return 0;
    }
    long s = counts.cents[key];
    long t = s + sum;
    counts.cents[key] = t;
    counts.payments[key] += count;
    if (mark[key] != client) {
      mark[key] = client;
      counts.unique[key]++;
    }
    return (s ^ t) & (sum ^ t);
  }

  /** Rows per chunk: the keys of a chunk fit in the first-level cache. */
  private static final int CHUNK = 1024;

  /**
   * One pass over the clients {@code [fromClient, toClient)}, a chunk of rows at a time: first the
   * group key of every row is built column by column (tight loops over one array each), then the
   * rows are added to their groups. Overflow of a sum is tracked with a flag rather than a check
   * per row, and raised at the end. Nothing is allocated per row.
   */
  private Counts scan(Plan plan, int fromClient, int toClient) {
    Counts counts = new Counts(plan.size);
    int[] mark = plan.freshMarks();
    long[] values = cents;
    int[] keyOf = new int[CHUNK];
    int[] clientOf = new int[CHUNK];
    long overflow = 0;
    long clientsSeen = 0;
    int runKey = -1;
    int runClient = -1;
    long runSum = 0;
    long runCount = 0;
    int c = fromClient;
    int rowEnd = clientStart[toClient];
    for (int r0 = clientStart[fromClient]; r0 < rowEnd; r0 += CHUNK) {
      int n = Math.min(CHUNK, rowEnd - r0);
      plan.keys(r0, n, keyOf);
      // The client of every row of the chunk, a run per client, so the row loop below has no
      // branch on client boundaries.
      for (int i = 0; i < n; ) {
        while (clientStart[c + 1] <= r0 + i) {
          c++;
        }
        int runEnd = Math.min(n, clientStart[c + 1] - r0);
        Arrays.fill(clientOf, i, runEnd, c);
        i = runEnd;
      }
      // A client's rows of one group usually follow each other: add them up in registers and
      // touch the group's counters once per run, not once per row.
      for (int i = 0; i < n; i++) {
        int key = keyOf[i];
        if (key < 0) {
          continue;
        }
        int client = clientOf[i];
        long v = values[r0 + i];
        boolean paid = v != NO_PAYMENT;
        if (key == runKey && client == runClient) {
          if (paid) {
            long t = runSum + v;
            overflow |= (runSum ^ t) & (v ^ t);
            runSum = t;
            runCount++;
          }
          continue;
        }
        overflow |= flush(counts, mark, runKey, runClient, runSum, runCount);
        if (client != runClient) {
          clientsSeen++;
        }
        runKey = key;
        runClient = client;
        runSum = paid ? v : 0;
        runCount = paid ? 1 : 0;
      }
    }
    overflow |= flush(counts, mark, runKey, runClient, runSum, runCount);
    if (overflow < 0) {
      throw new ArithmeticException("A group's cost is out of range of a long of cents");
    }
    counts.clients = clientsSeen;
    return counts;
  }

  // ---------------------------------------------------------------------------------------
  // Stacking and provider concentration

  /** Clients by the number of laws and of provisions they use per year, and households with 3 or more provisions. */
  public Stacking stacking() {
    return stacking(1);
  }

  /** As {@link #stacking()}, with the clients split into {@code threads} ranges. */
  public Stacking stacking(int threads) {
    int p = Math.max(1, provisions.size());
    List<long[][][]> parts = overClientRanges(threads, this::stackClients);
    long[][] byLaws = parts.get(0)[0];
    long[][] byProvisions = parts.get(0)[1];
    for (int i = 1; i < parts.size(); i++) {
      for (int y = 0; y < years; y++) {
        for (int b = 0; b < byLaws[y].length; b++) {
          byLaws[y][b] += parts.get(i)[0][y][b];
        }
        for (int b = 0; b < byProvisions[y].length; b++) {
          byProvisions[y][b] += parts.get(i)[1][y][b];
        }
      }
    }
    long[][] householdsByProvisions = new long[years][Stacking.PROVISION_BUCKETS + 1];
    int[] provisionCount = new int[years];
    int[] mark = new int[years * p];
    // Households: their members are not contiguous rows, so walk them through the index built
    // at load time.
    Arrays.fill(mark, -1);
    for (int h = 1; h < householdStart.length - 1; h++) {
      Arrays.fill(provisionCount, 0);
      for (int m = householdStart[h]; m < householdStart[h + 1]; m++) {
        int c = householdClients[m];
        for (int r = clientStart[c]; r < clientStart[c + 1]; r++) {
          int slot = year[r] * p + provision[r];
          if (mark[slot] != h) {
            mark[slot] = h;
            provisionCount[year[r]]++;
          }
        }
      }
      for (int y = 0; y < years; y++) {
        if (provisionCount[y] > 0) {
          householdsByProvisions[y][Math.min(provisionCount[y], Stacking.PROVISION_BUCKETS)]++;
        }
      }
    }
    return new Stacking(byYear(byLaws), byYear(byProvisions), byYear(householdsByProvisions));
  }

  /** Laws and provisions per client-year for clients {@code [from, to)}: histograms by year. */
  private long[][][] stackClients(int from, int to) {
    int p = Math.max(1, provisions.size());
    long[][] byLaws = new long[years][Law.values().length + 1];
    long[][] byProvisions = new long[years][Stacking.PROVISION_BUCKETS + 1];
    int[] lawMask = new int[years];
    int[] provisionCount = new int[years];
    int[] mark = new int[years * p];
    Arrays.fill(mark, -1);
    for (int c = from; c < to; c++) {
      Arrays.fill(lawMask, 0);
      Arrays.fill(provisionCount, 0);
      for (int r = clientStart[c]; r < clientStart[c + 1]; r++) {
        int y = year[r];
        lawMask[y] |= 1 << law[r];
        int slot = y * p + provision[r];
        if (mark[slot] != c) {
          mark[slot] = c;
          provisionCount[y]++;
        }
      }
      for (int y = 0; y < years; y++) {
        if (lawMask[y] != 0) {
          byLaws[y][Integer.bitCount(lawMask[y])]++;
          byProvisions[y][Math.min(provisionCount[y], Stacking.PROVISION_BUCKETS)]++;
        }
      }
    }
    return new long[][][] {byLaws, byProvisions};
  }

  private Map<Integer, long[]> byYear(long[][] histograms) {
    Map<Integer, long[]> out = new java.util.TreeMap<>();
    for (int y = 0; y < histograms.length; y++) {
      if (Arrays.stream(histograms[y]).anyMatch(n -> n > 0)) {
        out.put(firstYear + y, histograms[y]);
      }
    }
    return out;
  }

  /**
   * The providers of the rows {@code filter} keeps, ranked by cost, and what the top
   * {@code percent} of them received: the top count is {@code floor(providers * percent / 100)},
   * so 10 % of 175 providers is 17.
   */
  public ProviderConcentration providerConcentration(Query filter, int percent) {
    return providerConcentration(filter, percent, 1);
  }

  /** As {@link #providerConcentration(Query, int)}, with the clients split into {@code threads} ranges. */
  public ProviderConcentration providerConcentration(Query filter, int percent, int threads) {
    if (percent < 0 || percent > 100) {
      throw new SociaalDomeinException("percent must be 0 to 100, not " + percent);
    }
    Query byProvider = Query.by(Dimension.PROVIDER);
    for (Map.Entry<Dimension, Set<Object>> f : filter.filters().entrySet()) {
      byProvider = byProvider.where(f.getKey(), f.getValue().toArray());
    }
    AggregationResult perProvider = aggregate(byProvider, threads);
    List<GroupRow> ranked = new ArrayList<>(perProvider.rows());
    ranked.sort((a, b) -> {
      int byCost = b.cost().compareTo(a.cost());
      return byCost != 0 ? byCost : String.valueOf(a.key().get(Dimension.PROVIDER).orElse(""))
          .compareTo(String.valueOf(b.key().get(Dimension.PROVIDER).orElse("")));
    });
    int top = (int) ((long) ranked.size() * percent / 100);
    Object[] topProviders = ranked.subList(0, top).stream()
        .map(r -> r.key().get(Dimension.PROVIDER).orElse("")).toArray();
    Query topQuery = Query.by();
    for (Map.Entry<Dimension, Set<Object>> f : filter.filters().entrySet()) {
      topQuery = topQuery.where(f.getKey(), f.getValue().toArray());
    }
    topQuery = topQuery.where(Dimension.PROVIDER, topProviders);
    long topClients = top == 0 ? 0 : aggregate(topQuery, threads).totalUniqueClients();
    return new ProviderConcentration(ranked, percent, top, topClients, perProvider.totalUniqueClients());
  }

  // ---------------------------------------------------------------------------------------
  // Dimensions

  int cardinality(Dimension d) {
    switch (d) {
      case LAW:
        return Law.values().length;
      case YEAR:
        return years;
      case PROVISION:
        return Math.max(1, provisions.size());
      case PROVIDER:
        return Math.max(1, providers.size());
      case DELIVERY_FORM:
        return 4;
      case REFERRER:
      case LEVEL:
        return 8;
      case AGE_BAND:
        return AgeBand.values().length + 1;
      case PHASE:
        return phases.size() + 1;
      default:
        return qualifications.size() + 1;
    }
  }

  /** The value of code {@code code} in dimension {@code d}, or {@link GroupKey#UNKNOWN}. */
  Object value(Dimension d, int code) {
    switch (d) {
      case LAW:
        return Law.values()[code];
      case YEAR:
        return firstYear + code;
      case PROVISION:
        return provisions.get(code);
      case PROVIDER:
        return providers.get(code);
      case DELIVERY_FORM:
        return code == 0 ? GroupKey.UNKNOWN : DeliveryForm.values()[code - 1];
      case REFERRER:
        return code == 0 ? GroupKey.UNKNOWN : Referrer.values()[code - 1];
      case LEVEL:
        return code == 0 ? GroupKey.UNKNOWN : IntensityLevel.values()[code - 1];
      case AGE_BAND:
        return code == 0 ? GroupKey.UNKNOWN : AgeBand.values()[code - 1];
      case PHASE:
        return code == 0 ? GroupKey.UNKNOWN : phases.get(code - 1);
      default:
        return code == 0 ? GroupKey.UNKNOWN : qualifications.get(code - 1);
    }
  }

  /** The codes of {@code value} in {@code d}; none when the dataset does not hold it. */
  int codeOf(Dimension d, Object value) {
    for (int code = 0; code < cardinality(d); code++) {
      if (Objects.equals(value(d, code), value)) {
        return code;
      }
    }
    return -1;
  }

  /** Reads one dimension's codes; resolved once per query so the row loop holds no switch. */
  private Columns.Access access(Dimension d) {
    switch (d) {
      case LAW:
        return new Columns.Access(law, null, 0, 0xFF);
      case YEAR:
        return new Columns.Access(year, null, 0, 0xFF);
      case PROVISION:
        return new Columns.Access(null, provision, 0, 0xFFFF);
      case PROVIDER:
        return new Columns.Access(null, provider, 0, 0xFFFF);
      case DELIVERY_FORM:
        return new Columns.Access(traits, null, 0, 3);
      case REFERRER:
        return new Columns.Access(traits, null, 2, 7);
      case LEVEL:
        return new Columns.Access(traits, null, 5, 7);
      case AGE_BAND:
        return new Columns.Access(ageBand, null, 0, 0xFF);
      case PHASE:
        return new Columns.Access(phase, null, 0, 0xFF);
      default:
        return new Columns.Access(qualification, null, 0, 0xFF);
    }
  }

  /** A query compiled against this dataset's codes. */
  private final class Plan {
    final Dimension[] dims;
    final Columns.Access[] keyAccess;
    final Columns.Access[] filterAccess;
    final int[] strides;
    final int size;
    final Dimension[] filterDims;
    final boolean[][] allowed;
    final Set<Dimension> dimensionSet;

    Plan(Query query) {
      dimensionSet = query.groupBy();
      dims = query.groupBy().toArray(new Dimension[0]);
      strides = new int[dims.length];
      long s = 1;
      for (int i = 0; i < dims.length; i++) {
        strides[i] = (int) s;
        s *= cardinality(dims[i]);
        if (s > (1 << 24)) {
          throw new SociaalDomeinException("Grouping by " + query.groupBy() + " makes more than 16 million groups");
        }
      }
      size = (int) s;
      filterDims = query.filters().keySet().toArray(new Dimension[0]);
      allowed = new boolean[filterDims.length][];
      for (int i = 0; i < filterDims.length; i++) {
        allowed[i] = new boolean[cardinality(filterDims[i])];
        for (Object v : query.filters().get(filterDims[i])) {
          int code = codeOf(filterDims[i], v);
          if (code >= 0) {
            allowed[i][code] = true;
          }
        }
      }
      keyAccess = new Columns.Access[dims.length];
      for (int i = 0; i < dims.length; i++) {
        keyAccess[i] = access(dims[i]);
      }
      filterAccess = new Columns.Access[filterDims.length];
      for (int i = 0; i < filterDims.length; i++) {
        filterAccess[i] = access(filterDims[i]);
      }
    }

    Set<Dimension> dimensions() {
      return dimensionSet;
    }

    /** The group key of rows {@code [r0, r0 + n)} into {@code out}; -1 for rows the filters drop. */
    void keys(int r0, int n, int[] out) {
      Arrays.fill(out, 0, n, 0);
      for (int k = 0; k < keyAccess.length; k++) {
        keyAccess[k].addCodes(r0, n, strides[k], out);
      }
      for (int f = 0; f < filterAccess.length; f++) {
        filterAccess[f].drop(r0, n, allowed[f], out);
      }
    }

    int[] freshMarks() {
      int[] mark = new int[size];
      Arrays.fill(mark, -1);
      return mark;
    }

    GroupKey decode(int key) {
      EnumMap<Dimension, Object> values = new EnumMap<>(Dimension.class);
      for (int i = dims.length - 1; i >= 0; i--) {
        int code = key / strides[i];
        key -= code * strides[i];
        values.put(dims[i], value(dims[i], code));
      }
      return GroupKey.of(values);
    }

    AggregationResult result(Counts counts) {
      List<GroupRow> rows = new ArrayList<>();
      for (int k = 0; k < size; k++) {
        if (counts.unique[k] > 0) {
          rows.add(new GroupRow(decode(k), counts.unique[k], counts.payments[k], Amount.ofCents(counts.cents[k])));
        }
      }
      return new AggregationResult(dimensionSet, rows, counts.clients);
    }
  }

  /** Per-group counters of one scan; adding two is exact when their clients are disjoint. */
  private static final class Counts {
    final long[] cents;
    final long[] payments;
    final long[] unique;
    long clients;

    Counts(int size) {
      cents = new long[size];
      payments = new long[size];
      unique = new long[size];
    }

    void addRow(int key, long value) {
      if (value != NO_PAYMENT) {
        cents[key] = Math.addExact(cents[key], value);
        payments[key]++;
      }
    }

    void add(Counts other) {
      for (int k = 0; k < cents.length; k++) {
        cents[k] = Math.addExact(cents[k], other.cents[k]);
        payments[k] += other.payments[k];
        unique[k] += other.unique[k];
      }
      clients += other.clients;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Building

  /**
   * Collects records without keeping an object per record, then sorts and encodes them. Not
   * thread-safe; one builder per reader.
   */
  public static final class Builder {
    private final Set<String> keepWithoutPayment;
    private final Map<Long, Integer> clientIndex = new HashMap<>();
    private long[] clientPseudonyms = new long[1024];
    private final Dictionary provisions = new Dictionary("provisions", Short.MAX_VALUE);
    private final Dictionary providers = new Dictionary("providers", Short.MAX_VALUE);
    private final Dictionary phases = new Dictionary("phases", 255);
    private final Dictionary qualifications = new Dictionary("start qualifications", 255);
    private final Dictionary households = new Dictionary("households", Integer.MAX_VALUE);

    private int payments;
    private int[] pClient = new int[1024];
    private byte[] pYear = new byte[1024];
    private byte[] pLaw = new byte[1024];
    private short[] pProvision = new short[1024];
    private short[] pProvider = new short[1024];
    private long[] pCents = new long[1024];

    private int records;
    private int[] rClient = new int[256];
    private byte[] rYear = new byte[256];
    private byte[] rLaw = new byte[256];
    private short[] rProvision = new short[256];
    private short[] rProvider = new short[256];
    private byte[] rForm = new byte[256];
    private byte[] rReferrer = new byte[256];
    private byte[] rLevel = new byte[256];
    private byte[] rAgeBand = new byte[256];
    private byte[] rPhase = new byte[256];
    private byte[] rQualification = new byte[256];
    private int[] rHousehold = new int[256];

    private Builder(Set<String> keepWithoutPayment) {
      this.keepWithoutPayment = keepWithoutPayment;
      providers.index("");
    }

    private int clientIndex(ClientId id) {
      Integer i = clientIndex.get(id.value());
      if (i != null) {
        return i;
      }
      int n = clientIndex.size();
      if (n == clientPseudonyms.length) {
        clientPseudonyms = Arrays.copyOf(clientPseudonyms, n * 2);
      }
      clientPseudonyms[n] = id.value();
      clientIndex.put(id.value(), n);
      return n;
    }

    public Builder add(PaymentRecord p) {
      if (payments == pCents.length) {
        int size = payments * 2;
        pClient = Arrays.copyOf(pClient, size);
        pYear = Arrays.copyOf(pYear, size);
        pLaw = Arrays.copyOf(pLaw, size);
        pProvision = Arrays.copyOf(pProvision, size);
        pProvider = Arrays.copyOf(pProvider, size);
        pCents = Arrays.copyOf(pCents, size);
      }
      if (p.amount().toCents() == NO_PAYMENT) {
        throw new SociaalDomeinException("A payment of " + p.amount() + " cannot be stored");
      }
      pClient[payments] = clientIndex(p.client());
      pYear[payments] = (byte) (p.year() - PaymentRecord.FIRST_YEAR);
      pLaw[payments] = (byte) p.law().ordinal();
      pProvision[payments] = (short) provisions.index(p.provision());
      pProvider[payments] = (short) providers.index(p.provider());
      pCents[payments] = p.amount().toCents();
      payments++;
      return this;
    }

    public Builder add(ClientRecord r) {
      if (records == rClient.length) {
        int size = records * 2;
        rClient = Arrays.copyOf(rClient, size);
        rYear = Arrays.copyOf(rYear, size);
        rLaw = Arrays.copyOf(rLaw, size);
        rProvision = Arrays.copyOf(rProvision, size);
        rProvider = Arrays.copyOf(rProvider, size);
        rForm = Arrays.copyOf(rForm, size);
        rReferrer = Arrays.copyOf(rReferrer, size);
        rLevel = Arrays.copyOf(rLevel, size);
        rAgeBand = Arrays.copyOf(rAgeBand, size);
        rPhase = Arrays.copyOf(rPhase, size);
        rQualification = Arrays.copyOf(rQualification, size);
        rHousehold = Arrays.copyOf(rHousehold, size);
      }
      int i = records;
      rClient[i] = clientIndex(r.client());
      rYear[i] = (byte) (r.year() - PaymentRecord.FIRST_YEAR);
      rLaw[i] = (byte) r.law().ordinal();
      rProvision[i] = (short) provisions.index(r.provision());
      rProvider[i] = (short) providers.index(r.provider().orElse(""));
      rForm[i] = (byte) r.deliveryForm().map(f -> f.ordinal() + 1).orElse(0).intValue();
      rReferrer[i] = (byte) r.referrer().map(f -> f.ordinal() + 1).orElse(0).intValue();
      rLevel[i] = (byte) r.level().map(f -> f.ordinal() + 1).orElse(0).intValue();
      rAgeBand[i] = (byte) (r.age().isPresent() ? AgeBand.of(r.age().getAsInt()).ordinal() + 1 : 0);
      rPhase[i] = (byte) r.phase().map(p -> phases.index(p) + 1).orElse(0).intValue();
      rQualification[i] = (byte) r.qualification().map(q -> qualifications.index(q) + 1).orElse(0).intValue();
      rHousehold[i] = r.household().map(h -> households.index(h) + 1).orElse(0);
      records++;
      return this;
    }

    public ClientDataset build() {
      return new ClientDataset(this, new Columns(this));
    }
  }

  /** Values of one dictionary-encoded column, in first-seen order. */
  private static final class Dictionary {
    final String name;
    final int limit;
    final Map<String, Integer> index = new HashMap<>();
    final List<String> values = new ArrayList<>();

    Dictionary(String name, int limit) {
      this.name = name;
      this.limit = limit;
    }

    int index(String value) {
      Integer i = index.get(value);
      if (i != null) {
        return i;
      }
      if (values.size() >= limit) {
        throw new SociaalDomeinException("More than " + limit + " distinct " + name + " in one dataset");
      }
      index.put(value, values.size());
      values.add(value);
      return values.size() - 1;
    }
  }

  /** The encoded columns, computed once from a builder. */
  private static final class Columns {

    /** One dimension's column: a byte or a short array, and where in it the code sits. */
    static final class Access {
      private final byte[] bytes;
      private final short[] shorts;
      private final int shift;
      private final int mask;

      Access(byte[] bytes, short[] shorts, int shift, int mask) {
        this.bytes = bytes;
        this.shorts = shorts;
        this.shift = shift;
        this.mask = mask;
      }

      int code(int r) {
        return ((bytes != null ? bytes[r] : shorts[r]) >>> shift) & mask;
      }

      /** Adds {@code stride} times the code of each row to {@code out}: one column, one tight loop. */
      void addCodes(int r0, int n, int stride, int[] out) {
        if (bytes != null) {
          byte[] col = bytes;
          for (int i = 0; i < n; i++) {
            out[i] += ((col[r0 + i] >>> shift) & mask) * stride;
          }
        } else {
          short[] col = shorts;
          for (int i = 0; i < n; i++) {
            out[i] += ((col[r0 + i] >>> shift) & mask) * stride;
          }
        }
      }

      /** Sets {@code out} to -1 for each row whose code is not allowed. */
      void drop(int r0, int n, boolean[] allowed, int[] out) {
        for (int i = 0; i < n; i++) {
          if (!allowed[code(r0 + i)]) {
            out[i] = -1;
          }
        }
      }
    }

    byte[] year;
    byte[] law;
    short[] provision;
    short[] provider;
    byte[] traits;
    byte[] ageBand;
    byte[] phase;
    byte[] qualification;
    long[] cents;
    int[] clientStart;
    long[] pseudonyms;
    int[] household;
    int[] householdStart;
    int[] householdClients;
    int firstYear;
    int years;
    BuildReport report;

    Columns(Builder b) {
      int clients = b.clientIndex.size();
      // Rank clients by pseudonym, so that partial results list clients in one global order.
      pseudonyms = Arrays.copyOf(b.clientPseudonyms, clients);
      Arrays.sort(pseudonyms);
      int[] rank = new int[clients];
      for (int i = 0; i < clients; i++) {
        rank[i] = Arrays.binarySearch(pseudonyms, b.clientPseudonyms[i]);
      }
      int minYear = Integer.MAX_VALUE;
      int maxYear = Integer.MIN_VALUE;
      for (int i = 0; i < b.payments; i++) {
        minYear = Math.min(minYear, b.pYear[i]);
        maxYear = Math.max(maxYear, b.pYear[i]);
      }
      for (int i = 0; i < b.records; i++) {
        minYear = Math.min(minYear, b.rYear[i]);
        maxYear = Math.max(maxYear, b.rYear[i]);
      }
      if (minYear == Integer.MAX_VALUE) {
        minYear = 0;
        maxYear = 0;
      }
      firstYear = PaymentRecord.FIRST_YEAR + minYear;
      years = maxYear - minYear + 1;

      // Characteristics per client and year: 0 unset, a value, or -1 when the records disagree.
      Map<Long, int[]> traitsOf = new HashMap<>();
      int[] conflicts = new int[6];
      household = new int[clients];
      for (int i = 0; i < b.records; i++) {
        long key = traitKey(rank[b.rClient[i]], b.rYear[i] - minYear, b.rLaw[i]);
        int[] t = traitsOf.computeIfAbsent(key, k -> new int[6]);
        merge(t, 0, b.rForm[i], conflicts);
        merge(t, 1, b.rReferrer[i], conflicts);
        merge(t, 2, b.rLevel[i], conflicts);
        merge(t, 3, b.rAgeBand[i], conflicts);
        merge(t, 4, b.rPhase[i] & 0xFF, conflicts);
        merge(t, 5, b.rQualification[i] & 0xFF, conflicts);
        if (b.rHousehold[i] != 0 && household[rank[b.rClient[i]]] == 0) {
          household[rank[b.rClient[i]]] = b.rHousehold[i];
        }
      }
      Set<Long> paid = new HashSet<>();
      for (int i = 0; i < b.payments; i++) {
        paid.add(paymentKey(rank[b.pClient[i]], b.pYear[i], b.pLaw[i], b.pProvision[i]));
      }
      Set<Long> keptKeys = new HashSet<>();
      List<Integer> kept = new ArrayList<>();
      int dropped = 0;
      for (int i = 0; i < b.records; i++) {
        long key = paymentKey(rank[b.rClient[i]], b.rYear[i], b.rLaw[i], b.rProvision[i]);
        if (paid.contains(key)) {
          continue;
        }
        if (b.keepWithoutPayment.contains(b.provisions.values.get(b.rProvision[i]))) {
          if (keptKeys.add(key)) {
            kept.add(i);
          }
        } else {
          dropped++;
        }
      }
      int n = b.payments + kept.size();
      int[] rowClient = new int[n];
      for (int i = 0; i < b.payments; i++) {
        rowClient[i] = rank[b.pClient[i]];
      }
      for (int k = 0; k < kept.size(); k++) {
        rowClient[b.payments + k] = rank[b.rClient[kept.get(k)]];
      }
      // Counting sort by client: every client's rows become one contiguous block.
      clientStart = new int[clients + 1];
      for (int i = 0; i < n; i++) {
        clientStart[rowClient[i] + 1]++;
      }
      for (int c = 0; c < clients; c++) {
        clientStart[c + 1] += clientStart[c];
      }
      int[] next = Arrays.copyOf(clientStart, clients);
      year = new byte[n];
      law = new byte[n];
      provision = new short[n];
      provider = new short[n];
      traits = new byte[n];
      ageBand = new byte[n];
      phase = new byte[n];
      qualification = new byte[n];
      cents = new long[n];
      for (int i = 0; i < n; i++) {
        int c = rowClient[i];
        int at = next[c]++;
        int y;
        if (i < b.payments) {
          y = b.pYear[i] - minYear;
          law[at] = b.pLaw[i];
          provision[at] = b.pProvision[i];
          provider[at] = b.pProvider[i];
          cents[at] = b.pCents[i];
        } else {
          int r = kept.get(i - b.payments);
          y = b.rYear[r] - minYear;
          law[at] = b.rLaw[r];
          provision[at] = b.rProvision[r];
          provider[at] = b.rProvider[r];
          cents[at] = NO_PAYMENT;
        }
        year[at] = (byte) y;
        int[] t = traitsOf.get(traitKey(c, y, law[at]));
        if (t != null) {
          traits[at] = (byte) (known(t[0]) | known(t[1]) << 2 | known(t[2]) << 5);
          ageBand[at] = (byte) known(t[3]);
          phase[at] = (byte) known(t[4]);
          qualification[at] = (byte) known(t[5]);
        }
      }
      // Clients by household (0 = none), so stacking can walk a household's members.
      int households = b.households.values.size();
      householdStart = new int[households + 2];
      for (int c = 0; c < clients; c++) {
        householdStart[household[c] + 1]++;
      }
      for (int h = 0; h <= households; h++) {
        householdStart[h + 1] += householdStart[h];
      }
      householdClients = new int[clients];
      int[] fill = Arrays.copyOf(householdStart, households + 1);
      for (int c = 0; c < clients; c++) {
        householdClients[fill[household[c]]++] = c;
      }
      report = new BuildReport(b.payments, b.records, kept.size(), dropped, clients,
          conflicts[0], conflicts[1], conflicts[2], conflicts[3], conflicts[4], conflicts[5]);
    }

    /** Characteristics are looked up per client, year and law, as the data annex enriches each law apart. */
    private static long traitKey(int client, int year, int law) {
      return ((long) client * 128 + year) * 4 + law;
    }

    private static long paymentKey(int client, int year, int law, int provision) {
      return ((long) client << 32) | ((long) year << 24) | ((long) law << 16) | (provision & 0xFFFF);
    }

    private static void merge(int[] t, int slot, int value, int[] conflicts) {
      if (value == 0 || t[slot] == value || t[slot] == -1) {
        return;
      }
      if (t[slot] == 0) {
        t[slot] = value;
      } else {
        t[slot] = -1;
        conflicts[slot]++;
      }
    }

    private static int known(int value) {
      return value < 0 ? 0 : value;
    }
  }
}
