package nl.sociaaldomein.clients;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.notation.CountFormat;

/**
 * Client and payment records of one municipality (or one partition of them), held in columns and
 * analysed: grouped aggregations ({@link #aggregate}), their mergeable form ({@link #partial}),
 * stacking and provider concentration. Immutable once built, so any number of analyses may run on
 * it at once.
 *
 * <p>The records are encoded into a column store (see {@code docs/clients.md}, "Engine"): one row
 * per payment, 18 bytes, sorted by client, so a client's rows are one block. Unique clients per
 * group are then counted in one pass with a mark per group and no allocation per row, and
 * splitting the clients into ranges splits the work over threads, whose counts simply add.
 *
 * <p>A characteristic of a client (delivery form, referrer, intensity level, age, phase, start
 * qualification) is attached to the client's payments under a law in a year only when the
 * client's records under that law in that year give exactly one value for it, as the quickscan's
 * data annex prescribes (step 3: per law, per BSN and per year); else it is unknown for those
 * payments.
 */
public final class ClientDataset {

  private final ColumnStore store;

  private ClientDataset(ColumnStore store) {
    this.store = store;
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
    return store.report;
  }

  /** Rows: payments plus kept client records without payment. */
  public int rows() {
    return store.rows();
  }

  public int clients() {
    return store.clients();
  }

  /**
   * The size of the dataset for a developer or a JShell session, counts in Dutch notation:
   * {@code ClientDataset[payments=1.234.567, clients=45.678, rows=1.240.102, years=2018–2020]}.
   * It names no client (pseudonym or BSN), and does not parse back: a dataset is built from
   * records, not from text.
   */
  @Override
  public String toString() {
    String years = rows() == 0 ? "none"
        : store.years == 1 ? Integer.toString(store.firstYear)
        : store.firstYear + "\u2013" + (store.firstYear + store.years - 1);
    return "ClientDataset[payments=" + CountFormat.format(store.report.payments()) + ", clients="
        + CountFormat.format(clients()) + ", rows=" + CountFormat.format(rows()) + ", years=" + years + "]";
  }

  /** The bytes the columns hold: 18 a row, and 16 a client. */
  public long residentBytes() {
    return store.residentBytes();
  }

  /**
   * The plain scan of two columns, cost per law ({@link Law#ordinal()}), with no grouping,
   * filtering or client counting: the floor that benchmarks hold the aggregations against.
   */
  public long[] costByLawScan() {
    return costByLawScan(Parallelism.SINGLE);
  }

  /** The scan floor, with the clients split as {@code parallelism} says, as the aggregations are. */
  public long[] costByLawScan(Parallelism parallelism) {
    List<long[]> results = parallelism.overRanges(clients(), (from, to) -> {
      long[] sums = new long[Law.values().length];
      long[] cents = store.cents;
      byte[] law = store.law;
      int end = store.clientStart[to];
      for (int r = store.clientStart[from]; r < end; r++) {
        long v = cents[r];
        if (v != ColumnStore.NO_PAYMENT) {
          sums[law[r]] += v;
        }
      }
      return sums;
    });
    long[] total = new long[Law.values().length];
    for (long[] part : results) {
      for (int l = 0; l < total.length; l++) {
        total[l] += part[l];
      }
    }
    return total;
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
    ColumnStore s = store;
    for (int c = 0; c < clients(); c++) {
      for (int r = s.clientStart[c]; r < s.clientStart[c + 1]; r++) {
        sink.row(c, s.firstYear + s.year[r], Law.values()[s.law[r]], s.provision[r], s.provider[r],
            PackedTraits.form(s.traits[r]), PackedTraits.referrer(s.traits[r]), PackedTraits.level(s.traits[r]),
            s.ageBand[r], s.phase[r] & 0xFF, s.qualification[r] & 0xFF,
            s.cents[r] == ColumnStore.NO_PAYMENT ? OptionalLong.empty() : OptionalLong.of(s.cents[r]));
      }
    }
  }

  /**
   * What code {@code code} of {@code dimension} stands for, as in a {@link GroupKey}; empty for
   * an unknown characteristic (code 0). Years are given as themselves, not as codes. A code the
   * dataset does not have (a year outside its first to last year) is an error naming it.
   */
  public <T> Optional<T> valueOf(Dimension<T> dimension, int code) {
    Objects.requireNonNull(dimension, "dimension");
    int index = code - (dimension == Dimension.YEAR ? store.firstYear : 0);
    if (index < 0 || index >= store.cardinality(dimension) || dimension == Dimension.PROVISION && store.provisions.isEmpty()) {
      throw new SociaalDomeinException("code of " + dimension, Optional.of(Integer.toString(code)),
          "the dataset has no such " + (dimension == Dimension.YEAR ? "year" : "code"));
    }
    Object value = store.value(dimension, index);
    return value == GroupKey.UNKNOWN ? Optional.empty() : Optional.of(dimension.type().cast(value));
  }

  /**
   * Every value of {@code dimension} the dataset's payments and client records name, in code order
   * (the provisions as the data names them, the years from first to last); an unknown
   * characteristic is not a value.
   */
  public <T> List<T> values(Dimension<T> dimension) {
    Objects.requireNonNull(dimension, "dimension");
    if (dimension == Dimension.PROVISION && store.provisions.isEmpty()) {
      return List.of();
    }
    List<T> values = new ArrayList<>();
    for (int index = 0; index < store.cardinality(dimension); index++) {
      Object value = store.value(dimension, index);
      if (value != GroupKey.UNKNOWN) {
        values.add(dimension.type().cast(value));
      }
    }
    return List.copyOf(values);
  }

  // ---------------------------------------------------------------------------------------------
  // Aggregation

  /** Runs {@code query} on one thread. */
  public AggregationResult aggregate(Query query) {
    return aggregate(query, Parallelism.SINGLE);
  }

  /** Runs {@code query} with the clients split into {@code threads} ranges on the shared pool. */
  public AggregationResult aggregate(Query query, int threads) {
    return aggregate(query, Parallelism.of(threads));
  }

  /** Runs {@code query} with the clients split as {@code parallelism} says. */
  public AggregationResult aggregate(Query query, Parallelism parallelism) {
    QueryPlan plan = new QueryPlan(store, query);
    List<Counts> results = parallelism.overRanges(clients(),
        (from, to) -> ScanKernel.scan(store, plan, from, to, Counts.of(plan.size)));
    Counts total = results.get(0);
    for (int p = 1; p < results.size(); p++) {
      total.add(results.get(p));
    }
    return plan.result(total);
  }

  /**
   * The same query as a partial aggregation that merges exactly with those of other datasets
   * (other files, other partitions of the same records).
   */
  public Aggregation partial(Query query) {
    QueryPlan plan = new QueryPlan(store, query);
    Counts counts = ScanKernel.scan(store, plan, 0, clients(), Counts.collecting(plan.size, store));
    Map<GroupKey, Aggregation.Group> groups = new HashMap<>();
    for (int key = 0; key < plan.size; key++) {
      if (counts.unique[key] > 0) {
        groups.put(plan.decode(key), new Aggregation.Group(counts.cents[key], counts.payments[key], counts.clientsOf(key)));
      }
    }
    return Aggregation.of(plan.dimensions(), groups, counts.allClients(), plan.unmatched());
  }

  // ---------------------------------------------------------------------------------------------
  // Stacking and provider concentration

  /** Clients by the number of laws and of provisions they use per year, and households with 3 or more provisions. */
  public Stacking stacking() {
    return stacking(Parallelism.SINGLE);
  }

  /** As {@link #stacking()}, with the clients split into {@code threads} ranges. */
  public Stacking stacking(int threads) {
    return stacking(Parallelism.of(threads));
  }

  /** As {@link #stacking()}, with the clients split as {@code parallelism} says. */
  public Stacking stacking(Parallelism parallelism) {
    return StackingKernel.run(store, parallelism);
  }

  /**
   * The providers of the rows {@code filter} keeps, ranked by cost, and what the top
   * {@code percent} of them received: the top count is {@code floor(providers * percent / 100)},
   * so 10 % of 175 providers is 17.
   */
  public ProviderConcentration providerConcentration(Query filter, int percent) {
    return providerConcentration(filter, percent, Parallelism.SINGLE);
  }

  /** As {@link #providerConcentration(Query, int)}, with the clients split into {@code threads} ranges. */
  public ProviderConcentration providerConcentration(Query filter, int percent, int threads) {
    return providerConcentration(filter, percent, Parallelism.of(threads));
  }

  /** As {@link #providerConcentration(Query, int)}, with the clients split as {@code parallelism} says. */
  public ProviderConcentration providerConcentration(Query filter, int percent, Parallelism parallelism) {
    Objects.requireNonNull(filter, "filter");
    ProviderConcentration.requirePercent(percent);
    // One scan: per provider its counters, and which providers each client counts under, so that
    // the top's unique clients follow from the ranking without a second scan.
    QueryPlan plan = new QueryPlan(store, Query.by(Dimension.PROVIDER).withFiltersOf(filter));
    List<Counts> results = parallelism.overRanges(clients(),
        (from, to) -> ScanKernel.scan(store, plan, from, to, Counts.keepingEntries(plan.size, store)));
    Counts total = Counts.of(plan.size);
    results.forEach(total::add);
    AggregationResult perProvider = plan.result(total);
    List<GroupRow> ranked = ProviderConcentration.rank(perProvider.rows());
    int top = ProviderConcentration.topCount(ranked.size(), percent);
    boolean[] isTop = new boolean[plan.size];
    for (GroupRow row : ranked.subList(0, top)) {
      isTop[store.providers.indexOf(row.key().get(Dimension.PROVIDER).orElseThrow())] = true;
    }
    long topClients = 0;
    for (Counts part : results) {
      topClients += part.clientsInAny(isTop);
      part.releaseEntries();
    }
    return new ProviderConcentration(ranked, percent, top, topClients, perProvider.totalUniqueClients());
  }

  /**
   * The whole quickscan within {@code scope}'s filters: in one pass over the clients where its
   * masks fit (at most eight years and 64 provisions), else one scan per table.
   */
  Quickscan quickscan(Query scope, Parallelism parallelism) {
    return QuickscanKernel.applies(store) ? QuickscanKernel.run(store, scope, parallelism, Quickscan.TOP_PERCENT)
        : Quickscan.separately(this, parallelism, scope);
  }

  // ---------------------------------------------------------------------------------------------
  // Mergeable partials of stacking and provider concentration (issue 11, section 3)

  /**
   * Stacking as a partial that merges exactly with those of other partitions of the payments
   * (each part built with all client records of its clients): {@code result()} of the merge is
   * the {@link #stacking()} of the whole.
   */
  public StackingPartial stackingPartial() {
    return StackingPartial.of(store);
  }

  /**
   * Provider concentration of the rows {@code filter} keeps as a partial that merges exactly with
   * those of other partitions: {@code result(percent)} of the merge is the
   * {@link #providerConcentration(Query, int)} of the whole.
   */
  public ConcentrationPartial concentrationPartial(Query filter) {
    Objects.requireNonNull(filter, "filter");
    return ConcentrationPartial.of(partial(Query.by(Dimension.PROVIDER).withFiltersOf(filter)));
  }

  // ---------------------------------------------------------------------------------------------
  // Building

  /**
   * Collects records without keeping an object per record, then sorts and encodes them into the
   * dataset's columns. Not thread-safe; one builder per reader.
   */
  public static final class Builder {
    private final RecordBuffer buffer;

    private Builder(Set<String> keepWithoutPayment) {
      buffer = new RecordBuffer(keepWithoutPayment);
    }

    public Builder add(PaymentRecord p) {
      buffer.add(p);
      return this;
    }

    /**
     * Adds the payment {@code new PaymentRecord(new ClientId(client), year, law, provision,
     * provider, Amount.ofCents(cents))}, checked as that record is, without making the record:
     * for readers that add millions of them.
     */
    public Builder addPayment(long client, int year, Law law, String provision, String provider, long cents) {
      buffer.addPayment(client, year, law, provision, provider, cents);
      return this;
    }

    public Builder add(ClientRecord r) {
      buffer.add(r);
      return this;
    }

    public ClientDataset build() {
      return new ClientDataset(ColumnStore.encode(buffer));
    }
  }
}
