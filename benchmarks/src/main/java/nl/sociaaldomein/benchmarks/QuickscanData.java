// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.DeliveryForm;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.GroupKey;
import nl.sociaaldomein.clients.GroupRow;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.Parallelism;
import nl.sociaaldomein.clients.ProviderConcentration;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.clients.Stacking;
import nl.sociaaldomein.testkit.clients.ClientDataGenerator;
import nl.sociaaldomein.testkit.clients.GeneratorSettings;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The quickscan's data at national scale, loaded once into each engine: our columnar dataset,
 * DuckDB (an in-memory table of the same encoded rows) and Tablesaw. Every query is run in both
 * our engine and DuckDB before measuring, and a difference stops the run: a fast wrong answer is
 * worth nothing.
 */
final class QuickscanData {

  /** Scale 85.2 at 28 % payment density: about 1 million clients and 10 million payments. */
  static final BigDecimal SCALE_PER_TEN_MILLION = new BigDecimal(System.getProperty("sociaaldomein.scale", "85.2"));
  static final int DENSITY = Integer.getInteger("sociaaldomein.density", 28);

  static final Query BY_LAW_YEAR = Query.by(Dimension.LAW, Dimension.YEAR);
  static final Query BY_YEAR = Query.by(Dimension.YEAR);
  static final Query YOUTH_BY_FORM = Query.by(Dimension.YEAR, Dimension.DELIVERY_FORM).where(Dimension.LAW, Law.JEUGDWET);
  static final Query YOUTH_BY_REFERRER = Query.by(Dimension.YEAR, Dimension.REFERRER).where(Dimension.LAW, Law.JEUGDWET);
  static final Query YOUTH_BY_LEVEL = Query.by(Dimension.YEAR, Dimension.LEVEL).where(Dimension.LAW, Law.JEUGDWET);
  static final Query YOUTH_IN_KIND = Query.by().where(Dimension.LAW, Law.JEUGDWET).where(Dimension.DELIVERY_FORM, DeliveryForm.ZIN);

  final ClientDataset dataset;
  final Connection duck;
  final Table tablesaw;
  final long payments;

  private QuickscanData(ClientDataset dataset, Connection duck, Table tablesaw, long payments) {
    this.dataset = dataset;
    this.duck = duck;
    this.tablesaw = tablesaw;
    this.payments = payments;
  }

  private static QuickscanData shared;
  private static int sharedMillions;

  /**
   * The data of about {@code millions} million payments for this JVM, loaded on first use and kept
   * until another size is asked for: generating, building and loading ten million payments three
   * ways takes about a minute, so a run of every benchmark in one JVM ({@code -f 0}) loads each
   * size once. The DuckDB thread count is set per trial.
   */
  static synchronized QuickscanData shared(int millions, int duckThreads) {
    if (shared == null || sharedMillions != millions) {
      if (shared != null) {
        shared.close();
        shared = null;
      }
      shared = load(millions, duckThreads);
      sharedMillions = millions;
    }
    try (Statement s = shared.duck.createStatement()) {
      s.execute("SET threads TO " + duckThreads);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return shared;
  }

  private void close() {
    try {
      duck.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The generator's settings for about {@code millions} million payments. */
  static GeneratorSettings settings(int millions) {
    String scale = SCALE_PER_TEN_MILLION.multiply(BigDecimal.valueOf(millions)).divide(BigDecimal.TEN).toPlainString();
    return GeneratorSettings.defaults().withScale(scale).withPaymentDensityPercent(DENSITY);
  }

  static QuickscanData load(int millions, int duckThreads) {
    long start = System.nanoTime();
    GeneratorSettings settings = settings(millions);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    ClientDataset dataset = ClientDataGenerator.create(settings).dataset();
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    long payments = dataset.report().payments();
    System.out.printf("%n[data] %,d rows (%,d payments) of %,d clients generated and built in %.1f s%n",
        dataset.rows(), payments, dataset.clients(), (System.nanoTime() - start) / 1e9);
    System.out.printf("[data] resident: %,d bytes in columns = %.2f bytes per payment; heap grew %,d bytes = %.2f per payment%n",
        dataset.residentBytes(), dataset.residentBytes() / (double) payments, after - before, (after - before) / (double) payments);
    Connection duck = loadDuck(dataset, duckThreads);
    Table tablesaw = loadTablesaw(dataset);
    QuickscanData data = new QuickscanData(dataset, duck, tablesaw, payments);
    data.crossCheck();
    return data;
  }

  private static Connection loadDuck(ClientDataset dataset, int threads) {
    long start = System.nanoTime();
    try {
      Path csv = Files.createTempFile("quickscan-rows", ".csv");
      try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        out.write("client,year,law,provision,provider,form,referrer,level,cents,paid\n");
        dataset.forEachRow((client, year, law, provision, provider, form, referrer, level, age, phase, qualification, cents) -> {
          try {
            out.write(client + "," + year + "," + law.ordinal() + "," + provision + "," + provider + "," + form + ","
                + referrer + "," + level + "," + cents.orElse(0) + "," + cents.isPresent() + "\n");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
      Connection conn = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = conn.createStatement()) {
        s.execute("SET threads TO " + threads);
        s.execute("CREATE TABLE payments AS SELECT * FROM read_csv('" + csv + "', header = true, columns = {"
            + "'client': 'INTEGER', 'year': 'SMALLINT', 'law': 'TINYINT', 'provision': 'SMALLINT', 'provider': 'SMALLINT',"
            + " 'form': 'TINYINT', 'referrer': 'TINYINT', 'level': 'TINYINT', 'cents': 'BIGINT', 'paid': 'BOOLEAN'})");
      }
      Files.delete(csv);
      System.out.printf("[duckdb] loaded with %d thread(s) in %.1f s%n", threads, (System.nanoTime() - start) / 1e9);
      return conn;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Table loadTablesaw(ClientDataset dataset) {
    int n = dataset.rows();
    int[] client = new int[n];
    int[] year = new int[n];
    int[] law = new int[n];
    long[] cents = new long[n];
    int[] at = {0};
    dataset.forEachRow((c, y, l, provision, provider, form, referrer, level, age, phase, qualification, v) -> {
      int i = at[0]++;
      client[i] = c;
      year[i] = y;
      law[i] = l.ordinal();
      cents[i] = v.orElse(0);
    });
    return Table.create("payments", IntColumn.create("client", client), IntColumn.create("year", year),
        IntColumn.create("law", law), LongColumn.create("cents", cents));
  }

  // ------------------------------------------------------------------------------------------
  // The same queries in DuckDB

  /** Group query in SQL: unique clients, payments and cost per group of the given columns. */
  static String sql(Query q) {
    List<String> columns = new ArrayList<>();
    for (Dimension<?> d : q.groupBy()) {
      columns.add(column(d));
    }
    List<String> where = new ArrayList<>();
    q.filters().forEach((d, values) -> {
      List<String> codes = new ArrayList<>();
      for (Object v : values) {
        codes.add(Integer.toString(code(d, v)));
      }
      where.add(column(d) + " IN (" + String.join(",", codes) + ")");
    });
    String select = columns.isEmpty() ? "" : String.join(", ", columns) + ", ";
    return "SELECT " + select + "COUNT(DISTINCT client), COUNT(*) FILTER (WHERE paid), SUM(cents) FROM payments"
        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
        + (columns.isEmpty() ? "" : " GROUP BY " + String.join(", ", columns));
  }

  /** The DuckDB column of each dimension loaded into it. */
  private static final Map<Dimension<?>, String> COLUMNS = Map.of(Dimension.LAW, "law", Dimension.YEAR, "year",
      Dimension.DELIVERY_FORM, "form", Dimension.REFERRER, "referrer", Dimension.LEVEL, "level",
      Dimension.PROVIDER, "provider", Dimension.PROVISION, "provision");

  private static String column(Dimension<?> d) {
    String column = COLUMNS.get(d);
    if (column == null) {
      throw new IllegalArgumentException("Not loaded into DuckDB: " + d);
    }
    return column;
  }

  private static int code(Dimension<?> d, Object value) {
    if (value instanceof Law) {
      return ((Law) value).ordinal();
    }
    if (value instanceof Enum) {
      return ((Enum<?>) value).ordinal() + 1;
    }
    return (Integer) value;
  }

  /** Runs a group query in DuckDB and returns it keyed as ours: decoded values, unique clients, payments, cents. */
  Map<GroupKey, long[]> duckGroups(Query q) {
    Map<GroupKey, long[]> out = new HashMap<>();
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql(q))) {
      List<Dimension<?>> dims = new ArrayList<>(q.groupBy());
      while (rs.next()) {
        Map<Dimension<?>, Object> values = new HashMap<>();
        for (int i = 0; i < dims.size(); i++) {
          values.put(dims.get(i), dataset.valueOf(dims.get(i), rs.getInt(i + 1)).map(v -> (Object) v).orElse(GroupKey.UNKNOWN));
        }
        out.put(GroupKey.of(values), new long[] {rs.getLong(dims.size() + 1), rs.getLong(dims.size() + 2), rs.getLong(dims.size() + 3)});
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** Clients per year by number of laws, from DuckDB: year → counts by laws (index 1 to 3). */
  Map<Integer, long[]> duckStacking() {
    Map<Integer, long[]> out = new HashMap<>();
    String sql = "SELECT year, laws, COUNT(*) FROM (SELECT client, year, COUNT(DISTINCT law) AS laws FROM payments"
        + " GROUP BY client, year) GROUP BY year, laws";
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getInt(1), k -> new long[4])[rs.getInt(2)] = rs.getLong(3);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** The top 10 % of youth-care providers in kind, from DuckDB: {top cost, top clients}. */
  long[] duckConcentration() {
    String inKind = "law = 1 AND form = 1";
    try (Statement s = duck.createStatement()) {
      long providers;
      try (ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT provider) FROM payments WHERE " + inKind)) {
        rs.next();
        providers = rs.getLong(1);
      }
      long top = providers * 10 / 100;
      String topProviders = "SELECT provider FROM (SELECT provider, SUM(cents) AS c FROM payments WHERE " + inKind
          + " GROUP BY provider ORDER BY c DESC LIMIT " + top + ")";
      try (ResultSet rs = s.executeQuery("SELECT SUM(cents), COUNT(DISTINCT client) FROM payments WHERE " + inKind
          + " AND provider IN (" + topProviders + ")")) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every query of the suite in DuckDB: what our {@code Quickscan} computes. */
  long duckSuite() {
    long sink = 0;
    for (Query q : List.of(BY_LAW_YEAR, BY_YEAR, YOUTH_BY_FORM, YOUTH_BY_REFERRER, YOUTH_BY_LEVEL)) {
      sink += duckGroups(q).size();
    }
    sink += duckStacking().size();
    sink += duckConcentration()[1];
    return sink;
  }

  private void crossCheck() {
    for (Query q : List.of(BY_LAW_YEAR, BY_YEAR, YOUTH_BY_FORM, YOUTH_BY_REFERRER, YOUTH_BY_LEVEL)) {
      AggregationResult ours = dataset.aggregate(q);
      Map<GroupKey, long[]> theirs = duckGroups(q);
      if (theirs.size() != ours.rows().size()) {
        throw new IllegalStateException(q + ": DuckDB has " + theirs.size() + " groups, we have " + ours.rows().size());
      }
      for (GroupRow row : ours.rows()) {
        long[] t = theirs.get(row.key());
        if (t == null || t[0] != row.uniqueClients() || t[1] != row.payments() || t[2] != row.cost().toCents()) {
          throw new IllegalStateException(q + " differs at " + row + ": DuckDB " + java.util.Arrays.toString(t));
        }
      }
    }
    Stacking stacking = dataset.stacking();
    duckStacking().forEach((year, counts) -> {
      for (int laws = 1; laws <= 3; laws++) {
        if (counts[laws] != stacking.clientsWithLaws(year, laws)) {
          throw new IllegalStateException("Stacking differs in " + year + " for " + laws + " laws");
        }
      }
    });
    ProviderConcentration pc = dataset.providerConcentration(YOUTH_IN_KIND, 10);
    long[] duckTop = duckConcentration();
    if (duckTop[0] != pc.topCost().toCents() || duckTop[1] != pc.topClients()) {
      throw new IllegalStateException("Concentration differs: DuckDB " + java.util.Arrays.toString(duckTop) + ", ours " + pc);
    }
    Quickscan fused = Quickscan.of(dataset, Parallelism.of(2), Query.by());
    if (!fused.byLawAndYear().equals(dataset.aggregate(BY_LAW_YEAR)) || !fused.byYear().equals(dataset.aggregate(BY_YEAR))
        || !fused.youthByDeliveryForm().equals(dataset.aggregate(YOUTH_BY_FORM))
        || !fused.youthByReferrer().equals(dataset.aggregate(YOUTH_BY_REFERRER))
        || !fused.youthByLevel().equals(dataset.aggregate(YOUTH_BY_LEVEL)) || !fused.stacking().equals(stacking)
        || !fused.youthCareInKind().equals(pc)) {
      throw new IllegalStateException("The quickscan in one pass differs from its queries one by one");
    }
    System.out.println("[check] every query of the suite gives the same result in DuckDB and in sociaaldomein,"
        + " and the suite in one pass equals its queries one by one");
  }
}
