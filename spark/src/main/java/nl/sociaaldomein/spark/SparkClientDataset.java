// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import static nl.sociaaldomein.spark.SparkColumns.AGE_BAND;
import static nl.sociaaldomein.spark.SparkColumns.CENTS;
import static nl.sociaaldomein.spark.SparkColumns.CLIENT;
import static nl.sociaaldomein.spark.SparkColumns.HOUSEHOLD;
import static nl.sociaaldomein.spark.SparkColumns.LAW;
import static nl.sociaaldomein.spark.SparkColumns.PHASE;
import static nl.sociaaldomein.spark.SparkColumns.PROVIDER;
import static nl.sociaaldomein.spark.SparkColumns.PROVISION;
import static nl.sociaaldomein.spark.SparkColumns.QUALIFICATION;
import static nl.sociaaldomein.spark.SparkColumns.SEQ;
import static nl.sociaaldomein.spark.SparkColumns.YEAR;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.grouping_id;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.try_sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.GroupKey;
import nl.sociaaldomein.clients.GroupRow;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.ProviderConcentration;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.clients.Stacking;
import nl.sociaaldomein.money.Amount;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Pseudonymised payments and client records on Spark, analysed as {@code ClientDataset} analyses
 * them, with equal results: the data annex's rules applied as joins and group-bys, each
 * aggregation one group-by with an exact distinct count of clients (Spark plans it in two levels,
 * by group and client, then by group: no approximation), sums of cents in {@code long} that fail
 * on overflow rather than wrap, and the results as the library's own types. Only the groups'
 * figures come back to the driver, never a client.
 *
 * <p>The inputs are the {@code records()} of {@link SparkClientReader}'s reads, or any datasets
 * with the same columns (see {@code docs/spark.md}). Built lazily: nothing runs until an analysis
 * asks; {@link #persist()} keeps the rows the analyses share.
 */
public final class SparkClientDataset implements Quickscan.Analyses {

  private final Dataset<Row> payments;
  private final Dataset<Row> clients;
  private final Dataset<Row> rows;
  private final Dataset<Row> households;
  /**
   * What {@link #unmatched} found, per set of filters it looks at: the records never change, and a
   * quickscan asks the same scope of six tables, each answer a Spark job of its own.
   */
  private final Map<Map<Dimension<?>, Set<?>>, Map<Dimension<?>, Set<?>>> unmatchedByFilters = new ConcurrentHashMap<>();

  private SparkClientDataset(Dataset<Row> payments, Dataset<Row> clients, Set<String> keepWithoutPayment) {
    this.payments = payments.select(SparkColumns.PAYMENTS.fieldNames()[0],
        Arrays.copyOfRange(SparkColumns.PAYMENTS.fieldNames(), 1, SparkColumns.PAYMENTS.size()));
    this.clients = clients.select(SparkColumns.CLIENTS.fieldNames()[0],
        Arrays.copyOfRange(SparkColumns.CLIENTS.fieldNames(), 1, SparkColumns.CLIENTS.size()));
    this.rows = rows(this.payments, this.clients, keepWithoutPayment);
    // A client's household is the first its records name (in the order of the input), as the
    // local engine takes it.
    this.households = this.clients.where(col(HOUSEHOLD).isNotNull()).groupBy(CLIENT)
        .agg(min_by(col(HOUSEHOLD), col(SEQ)).as(HOUSEHOLD));
  }

  /**
   * The analyses of {@code payments} and {@code clients} (the columns of
   * {@link SparkClientReader}'s records), keeping client records without a payment for the
   * provisions in {@code keepWithoutPayment}, as {@code ClientDataset.builder(keepWithoutPayment)}.
   */
  public static SparkClientDataset of(Dataset<Row> payments, Dataset<Row> clients, Set<String> keepWithoutPayment) {
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(clients, "clients");
    requireColumns("payments", payments, SparkRecords.paymentSchema());
    requireColumns("client records", clients, SparkRecords.clientSchema());
    return new SparkClientDataset(payments, clients, Set.copyOf(keepWithoutPayment));
  }

  /**
   * Refuses a frame without the records' columns of their types before anything runs: a
   * {@code cents} of doubles would otherwise fail deep inside a job, and a sum of them would not
   * be exact.
   */
  private static void requireColumns(String what, Dataset<Row> frame, StructType schema) {
    StructType has = frame.schema();
    for (StructField wanted : schema.fields()) {
      Optional<StructField> found = Arrays.stream(has.fields())
          .filter(f -> f.name().equals(wanted.name())).findFirst();
      if (found.isEmpty() || !found.get().dataType().equals(wanted.dataType())) {
        throw new SociaalDomeinException(what, Optional.of(wanted.name()), found.isEmpty()
            ? "no such column; the records' columns are " + schema.simpleString()
                + " (SparkRecords; read them with SparkClientReader)"
            : "a column of " + found.get().dataType().simpleString() + " where the records hold "
                + wanted.dataType().simpleString() + " (SparkRecords; read them with SparkClientReader)");
      }
    }
  }

  /**
   * The records of a local list on Spark in {@code partitions} partitions: for tests and for
   * data already pseudonymised in memory. The client records keep their order for the rules
   * that take the first.
   */
  public static SparkClientDataset of(SparkSession spark, List<PaymentRecord> payments, List<ClientRecord> clients,
      Set<String> keepWithoutPayment, int partitions) {
    return of(SparkRecords.payments(spark, payments).repartition(partitions),
        SparkRecords.clients(spark, clients, 0).repartition(partitions), keepWithoutPayment);
  }

  /**
   * The rows the analyses read: one per payment and per kept client record without payment
   * (cents null), with the characteristics the data annex attaches (null where unknown).
   */
  private static Dataset<Row> rows(Dataset<Row> payments, Dataset<Row> clients, Set<String> keep) {
    // A characteristic attaches where the client's records under the law in the year give one
    // value: the least and the largest value are then the same (nulls, not given, are ignored).
    List<Column> traits = new ArrayList<>();
    for (String t : SparkColumns.TRAITS) {
      traits.add(when(min(col(t)).equalTo(max(col(t))), min(col(t))).as(t));
    }
    Dataset<Row> perLaw = clients.groupBy(CLIENT, YEAR, LAW)
        .agg(traits.get(0), traits.subList(1, traits.size()).toArray(new Column[0]));
    Dataset<Row> paid = payments.select(col(CLIENT), col(YEAR), col(LAW), col(PROVISION), col(PROVIDER), col(CENTS));
    if (!keep.isEmpty()) {
      // A kept record without payment is one row per client, year, law and provision, with the
      // provider of the first such record.
      Dataset<Row> kept = clients.where(col(PROVISION).isin(keep.toArray()))
          .join(payments.select(CLIENT, YEAR, LAW, PROVISION).distinct(), seq(CLIENT, YEAR, LAW, PROVISION), "left_anti")
          .groupBy(CLIENT, YEAR, LAW, PROVISION)
          .agg(min_by(coalesce(col(PROVIDER), lit("")), col(SEQ)).as(PROVIDER))
          .withColumn(CENTS, lit(null).cast(DataTypes.LongType));
      paid = paid.unionByName(kept);
    }
    return paid.join(perLaw, seq(CLIENT, YEAR, LAW), "left");
  }

  private static scala.collection.immutable.Seq<String> seq(String... names) {
    return scalaSeq(List.of(names));
  }

  /** The rows the analyses read, for inspection and export: pseudonyms and codes, no BSN. */
  public Dataset<Row> rows() {
    return rows;
  }

  /** Keeps the rows the analyses share in memory (spilling to disk), so a quickscan reads the input once. */
  public SparkClientDataset persist() {
    rows.persist(StorageLevel.MEMORY_AND_DISK());
    return this;
  }

  /** Drops what {@link #persist()} kept. */
  public SparkClientDataset unpersist() {
    rows.unpersist();
    return this;
  }

  /** The rows {@code query}'s filters keep. */
  private Dataset<Row> filtered(Query query) {
    Dataset<Row> out = rows;
    for (Map.Entry<Dimension<?>, Set<?>> f : query.filters().entrySet()) {
      out = out.where(col(SparkColumns.of(f.getKey())).isin(f.getValue().stream().map(SparkColumns::literal).toArray()));
    }
    return out;
  }

  /**
   * The plan of {@code query}'s group-by, as {@link #aggregate(Query)} runs it (for
   * {@code explain()}): one pass over the filtered rows that groups both by the query's
   * dimensions and by nothing (two grouping sets), so the groups and the unique clients over all
   * groups come in one job. A row per group: the dimensions' columns, {@code clients} (an exact
   * distinct count), {@code payments}, {@code cents} (null only where the sum overflowed or the
   * group has no payment) and {@code total} (1 on the row of all groups together).
   */
  public Dataset<Row> plan(Query query) {
    Objects.requireNonNull(query, "query");
    Column[] keys = query.groupBy().stream().map(d -> col(SparkColumns.of(d))).toArray(Column[]::new);
    Column clients = count_distinct(col(CLIENT)).as("clients");
    Column payments = count(col(CENTS)).as("payments");
    Column cents = try_sum(col(CENTS)).as(CENTS);
    if (keys.length == 0) {
      return filtered(query).groupBy().agg(clients, payments, cents, lit(0).as("total"));
    }
    List<scala.collection.immutable.Seq<Column>> sets = List.of(scalaSeq(List.of(keys)), scalaSeq(List.<Column>of()));
    return filtered(query).groupingSets(scalaSeq(sets), keys)
        .agg(clients, payments, cents, when(grouping_id().equalTo(0), lit(0)).otherwise(lit(1)).as("total"));
  }

  @Override
  public AggregationResult aggregate(Query query) {
    Objects.requireNonNull(query, "query");
    List<GroupRow> groups = new ArrayList<>();
    long total = 0;
    int n = query.groupBy().size();
    for (Row r : plan(query).collectAsList()) {
      long clients = r.getLong(n);
      if (r.getInt(n + 3) == 1) {
        total = clients;
        continue;
      }
      if (clients == 0) {
        continue;  // the one row of a global aggregation over no rows
      }
      Map<Dimension<?>, Object> key = new TreeMap<>((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
      int i = 0;
      for (Dimension<?> d : query.groupBy()) {
        key.put(d, SparkColumns.value(d, r.get(i++)));
      }
      GroupKey groupKey = GroupKey.of(key);
      long payments = r.getLong(n + 1);
      groups.add(new GroupRow(groupKey, clients, payments, Amount.ofCents(cents(r, n + 2, payments, groupKey))));
      if (n == 0) {
        total = clients;
      }
    }
    return AggregationResult.of(query.groupBy(), groups, total, unmatched(query));
  }

  private static <T> scala.collection.immutable.Seq<T> scalaSeq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  /** The group's sum of cents; null is an overflow where it has payments, and no payment where it has none. */
  private static long cents(Row r, int at, long payments, Object where) {
    if (!r.isNullAt(at)) {
      return r.getLong(at);
    }
    if (payments > 0) {
      throw new SociaalDomeinException("cost of group " + where, Optional.empty(),
          "the sum of its cents leaves the range of a long");
    }
    return 0;
  }

  /**
   * The filter values the data does not hold, as the local engine tells them: a year, provision,
   * provider, phase or qualification no record has (client records without payment, dropped or
   * not, included; the empty provider always held).
   */
  private Map<Dimension<?>, Set<?>> unmatched(Query query) {
    Map<Dimension<?>, Set<?>> looked = new HashMap<>();
    query.filters().forEach((d, values) -> {
      if (domain(d).isPresent()) {
        looked.put(d, values);
      }
    });
    return unmatchedByFilters.computeIfAbsent(Map.copyOf(looked), this::unmatched);
  }

  private Map<Dimension<?>, Set<?>> unmatched(Map<Dimension<?>, Set<?>> filters) {
    // One job for every filter: the values of each filtered dimension the records hold, among
    // those the filter asks for, as (dimension, value as text).
    Dataset<Row> held = null;
    for (Map.Entry<Dimension<?>, Set<?>> f : filters.entrySet()) {
      Optional<Dataset<Row>> domain = domain(f.getKey());
      if (domain.isPresent()) {
        Column value = domain.get().col(domain.get().columns()[0]);
        Dataset<Row> found = domain.get().where(value.isin(f.getValue().toArray()))
            .select(lit(f.getKey().name()).as("dimension"), value.cast(DataTypes.StringType).as("value"));
        held = held == null ? found : held.union(found);
      }
    }
    Set<String> found = new java.util.HashSet<>(Set.of(Dimension.PROVIDER.name() + "\u0000"));
    if (held != null) {
      held.distinct().collectAsList().forEach(r -> found.add(r.getString(0) + "\u0000" + r.getString(1)));
    }
    Map<Dimension<?>, Set<?>> out = new HashMap<>();
    for (Map.Entry<Dimension<?>, Set<?>> f : filters.entrySet()) {
      Set<Object> notHeld = new LinkedHashSet<>();
      f.getValue().stream().filter(v -> !found.contains(f.getKey().name() + "\u0000" + v)).forEach(notHeld::add);
      if (!notHeld.isEmpty()) {
        out.put(f.getKey(), notHeld);
      }
    }
    return Map.copyOf(out);
  }

  /** Every value of {@code d} the records hold; empty for the dimensions held as constants, which always match. */
  private Optional<Dataset<Row>> domain(Dimension<?> d) {
    if (d == Dimension.YEAR || d == Dimension.PROVISION) {
      String name = SparkColumns.of(d);
      return Optional.of(payments.select(name).union(clients.select(name)));
    }
    if (d == Dimension.PROVIDER) {
      return Optional.of(payments.select(PROVIDER).union(clients.select(coalesce(col(PROVIDER), lit("")).as(PROVIDER))));
    }
    if (d == Dimension.PHASE || d == Dimension.QUALIFICATION) {
      return Optional.of(clients.select(SparkColumns.of(d)));
    }
    return Optional.empty();
  }

  @Override
  public Stacking stacking() {
    // Per client and year its laws (at most three, so a set) and its distinct provisions: one
    // exact distinct count, then the histogram of both in one group-by.
    Dataset<Row> clientYears = rows.groupBy(CLIENT, YEAR)
        .agg(size(collect_set(col(LAW))).as("laws"), count_distinct(col(PROVISION)).as("provisions"));
    Map<Integer, long[]> byLaws = new TreeMap<>();
    Map<Integer, long[]> byProvisions = new TreeMap<>();
    for (Row r : clientYears.groupBy(col(YEAR), col("laws"), least(col("provisions"), lit(Stacking.PROVISION_BUCKETS)))
        .count().collectAsList()) {
      int year = r.getInt(0);
      byLaws.computeIfAbsent(year, y -> new long[Law.values().length + 1])[r.getInt(1)] += r.getLong(3);
      byProvisions.computeIfAbsent(year, y -> new long[Stacking.PROVISION_BUCKETS + 1])[(int) r.getLong(2)] += r.getLong(3);
    }
    Dataset<Row> householdYears = rows.select(CLIENT, YEAR, PROVISION).join(households, CLIENT)
        .groupBy(HOUSEHOLD, YEAR).agg(count_distinct(col(PROVISION)).as("provisions"));
    Map<Integer, long[]> byHousehold = new TreeMap<>();
    for (Row r : householdYears.groupBy(col(YEAR), least(col("provisions"), lit(Stacking.PROVISION_BUCKETS)))
        .count().collectAsList()) {
      byHousehold.computeIfAbsent(r.getInt(0), y -> new long[Stacking.PROVISION_BUCKETS + 1])[(int) r.getLong(1)] += r.getLong(2);
    }
    return Stacking.of(byLaws, byProvisions, byHousehold);
  }

  @Override
  public ProviderConcentration providerConcentration(Query filter, int percent) {
    Objects.requireNonNull(filter, "filter");
    Query byProvider = Query.by(Dimension.PROVIDER).withFiltersOf(filter);
    AggregationResult perProvider = aggregate(byProvider);
    List<GroupRow> ranked = ProviderConcentration.rank(perProvider.rows());
    int top = ProviderConcentration.topCount(ranked.size(), percent);
    long topClients = 0;
    if (top > 0) {
      Object[] names = ranked.subList(0, top).stream().map(g -> g.key().get(Dimension.PROVIDER).orElseThrow()).toArray();
      topClients = filtered(byProvider).where(col(PROVIDER).isin(names)).agg(count_distinct(col(CLIENT))).first().getLong(0);
    }
    return ProviderConcentration.of(ranked, percent, topClients, perProvider.totalUniqueClients());
  }

  /** Every table of the quickscan within {@code scope}'s filters, as {@code Quickscan.of(dataset, parallelism, scope)}. */
  public Quickscan quickscan(Query scope) {
    return Quickscan.of(this, scope);
  }

  @Override
  public String toString() {
    return "SparkClientDataset[" + String.join(", ", rows.columns()) + "]";
  }
}
