// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Parallelism;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.io.clients.ClientDataReader;
import nl.sociaaldomein.io.clients.ClientFields;
import nl.sociaaldomein.io.clients.ClientResultsJson;
import nl.sociaaldomein.text.QuickscanText;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Reading on Spark gives what the io reader gives: the same records, the same problems at the
 * same places with the same words, rows read = accepted + rejected; and no BSN of the input
 * appears in anything the module writes, shows, logs or throws.
 */
class SparkReadTest {

  private static final byte[] KEY = "sociaaldomein-spark-test-key-32b".getBytes(StandardCharsets.UTF_8);
  /** The io module's test files, read in place. */
  private static final Path FILES = Path.of("..", "io", "src", "test", "resources", "clients").toAbsolutePath().normalize();
  private static final Set<String> KEEP = Set.of("Huishoudelijke hulp");

  private static String file(String name) {
    return FILES.resolve(name).toString();
  }

  @Test
  void theBadRowsFileGivesTheIoReadersProblemsAndRecords() {
    List<PaymentRecord> local = new ArrayList<>();
    ReadReport expected = ClientDataReader.of(Pseudonymiser.of(KEY)).readPayments(Path.of(file("payments-bad.csv")), local::add);
    SparkRead read = SparkClientReader.of(SparkSessions.get(), KEY).readPayments(file("payments-bad.csv"));

    assertEquals(List.of(expected), read.reports());
    assertEquals(7, expected.problems().size(), "the io test's seven problems");
    assertEquals(expected.problems(), read.problems().orderBy("seq").collectAsList().stream().map(SparkRead::problem).toList());
    ReadReport report = read.reports().get(0);
    assertEquals(report.rowsRead(), report.accepted() + report.rejected());
    assertEquals(report.accepted(), read.records().count());
    assertEquals(local.stream().map(SparkColumns::payment).collect(Collectors.toSet()),
        Set.copyOf(read.records().collectAsList()));
  }

  @Test
  void aDataFrameWithTheDocumentedColumnsGivesTheSameReasonsWithoutLines() {
    ReadReport expected = ClientDataReader.of(Pseudonymiser.of(KEY)).readPayments(Path.of(file("payments-bad.csv")), p -> { });
    Dataset<Row> frame = SparkSessions.get().read().option("header", "true").csv(file("payments-bad.csv"));
    SparkRead read = SparkClientReader.of(SparkSessions.get(), KEY).payments(frame, "betalingen");

    List<String> reasons = read.problems().orderBy("seq").collectAsList().stream()
        .map(r -> SparkRead.problem(r).where().column().orElseThrow() + ": " + SparkRead.problem(r).why()).toList();
    assertEquals(expected.problems().stream().map(p -> p.where().column().orElseThrow() + ": " + p.why()).toList(), reasons);
    ReadReport report = read.reports().get(0);
    assertEquals(expected.rowsRead(), report.rowsRead(), "the line of commas is no row here either");
    assertEquals(expected.accepted(), report.accepted());
    assertEquals(expected.rejected(), report.rejected());
    assertEquals(report.accepted(), read.records().count());
  }

  @Test
  void aTypedDataFrameGivesExactCentsAndRefusesAThirdDecimal() {
    StructType schema = new StructType().add("BSN", DataTypes.LongType).add("jaar", DataTypes.IntegerType)
        .add("Wet", DataTypes.StringType).add("voorziening", DataTypes.StringType)
        .add("bedrag", DataTypes.createDecimalType(18, 4));
    List<Row> rows = List.of(RowFactory.create(111222333L, 2019, "Wmo", "Hulp", new BigDecimal("1234.5000")),
        RowFactory.create(12345672L, 2020, "jeugd", "Ambulant", new BigDecimal("-0.1000")),
        RowFactory.create(271828183L, 2020, "Participatiewet", "Werk", new BigDecimal("0.1250")));
    SparkRead read = SparkClientReader.of(SparkSessions.get(), KEY)
        .payments(SparkSessions.get().createDataFrame(rows, schema), "tabel");
    Pseudonymiser p = Pseudonymiser.of(KEY);
    assertEquals(Set.of(SparkColumns.payment(p.pseudonymise("111222333").value(), 2019, nl.sociaaldomein.clients.Law.WMO,
            "Hulp", "", 123_450),
        SparkColumns.payment(p.pseudonymise("12345672").value(), 2020, nl.sociaaldomein.clients.Law.JEUGDWET, "Ambulant", "", -10)),
        Set.copyOf(read.records().collectAsList()));
    assertEquals(List.of("tabel, column \"amount\": " + ClientFields.notAPlainAmount("0.1250")),
        read.problems().collectAsList().stream().map(r -> SparkRead.problem(r).toString()).toList());
  }

  @Test
  void aReportHoldsTheFirstThousandProblemsAndCountsThemAll() {
    StructType schema = new StructType().add("bsn", DataTypes.StringType).add("year", DataTypes.IntegerType)
        .add("law", DataTypes.StringType).add("provision", DataTypes.StringType).add("amount", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < SparkRead.REPORTED_PROBLEMS + 5; i++) {
      rows.add(RowFactory.create(null, 2019, "Wmo", "Hulp", "1.00"));
    }
    SparkRead read = SparkClientReader.of(SparkSessions.get(), KEY)
        .payments(SparkSessions.get().createDataFrame(rows, schema).repartition(3), "tabel");
    ReadReport report = read.reports().get(0);
    assertEquals(List.of(1005L, 0L, 1005L, 1005L, 1000),
        List.of(report.rowsRead(), report.accepted(), report.rejected(), report.problemCount(), report.problems().size()));
    assertEquals(1005, read.problems().count());
  }

  @Test
  void aDataFrameWithoutARequiredColumnIsRefusedNamingIt() {
    Dataset<Row> frame = SparkSessions.get().read().option("header", "true").csv(file("payments-bad.csv")).drop("amount");
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> SparkClientReader.of(SparkSessions.get(), KEY).payments(frame, "betalingen"));
    assertTrue(e.getMessage().contains("missing column \"amount\" (or \"bedrag\")"), e.getMessage());
  }

  @Test
  void filesReadOnSparkGiveTheLocalQuickscanAndNoBsnAppearsAnywhere() throws IOException {
    SparkSession spark = SparkSessions.get();
    SparkClientReader reader = SparkClientReader.of(spark, KEY);
    SparkRead payments = reader.readPayments(file("payments-dutch.csv"), file("payments-bad.csv"));
    SparkRead clients = reader.readClients(file("clients.csv"));
    SparkClientDataset onSpark = SparkClientDataset.of(payments.records(), clients.records(), KEEP).persist();

    ClientDataReader local = ClientDataReader.of(Pseudonymiser.of(KEY));
    ClientDataset.Builder builder = ClientDataset.builder(KEEP);
    local.readPayments(Path.of(file("payments-dutch.csv")), builder);
    local.readPayments(Path.of(file("payments-bad.csv")), builder);
    local.readClients(Path.of(file("clients.csv")), builder::add);
    ClientDataset dataset = builder.build();
    Quickscan expected = Quickscan.of(dataset, Parallelism.of(1), Query.by());
    Quickscan actual = onSpark.quickscan(Query.by());
    assertEquals(expected, actual);

    // Everything the module hands out, shows or logs, and what it throws.
    List<String> out = new ArrayList<>();
    for (SparkRead read : List.of(payments, clients)) {
      read.records().collectAsList().forEach(r -> out.add(r.toString()));
      read.problems().collectAsList().forEach(r -> out.add(r.toString()));
      read.reports().forEach(r -> out.add(r.toString() + r.problems()));
    }
    onSpark.rows().collectAsList().forEach(r -> out.add(r.toString()));
    out.add(onSpark.plan(Query.by(Dimension.LAW)).queryExecution().toString());
    out.add(actual.toString());
    out.add(QuickscanText.format(actual));
    Path json = Files.createTempFile("quickscan", ".json");
    ClientResultsJson.write(java.util.Map.of("byLaw", actual.byLawAndYear(), "payments", payments.reports().get(0)), json);
    out.add(Files.readString(json));
    Files.delete(json);
    out.add(reader.toString());
    out.add(assertThrows(SociaalDomeinException.class, () -> SparkClientReader.of(spark, new byte[8])).getMessage());
    out.add(assertThrows(SociaalDomeinException.class, () -> reader.readPayments(file("no-such-file.csv"))).getMessage());
    out.addAll(SparkSessions.log());

    List<String> bsns = bsns(List.of("payments-dutch.csv", "payments-bad.csv", "clients.csv"));
    assertTrue(bsns.size() >= 10, "the inputs' numbers were found: " + bsns.size());
    assertTrue(containsAny(List.of(Files.readString(Path.of(file("clients.csv")))), bsns),
        "the scan finds a number where there is one");
    assertFalse(containsAny(out, bsns), "a BSN of the input appears in the output");
  }

  /** Every run of seven to nine digits in the files: each BSN, valid or not, as written. */
  private static List<String> bsns(List<String> names) throws IOException {
    List<String> out = new ArrayList<>();
    Pattern digits = Pattern.compile("(?<![0-9])[0-9]{7,9}(?![0-9])");
    for (String name : names) {
      Matcher m = digits.matcher(Files.readString(Path.of(file(name))));
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static boolean containsAny(List<String> texts, List<String> numbers) {
    return texts.stream().anyMatch(t -> numbers.stream().anyMatch(t::contains));
  }

  @Test
  void aGlobReadsEveryFileAsTheIoReaderReadsEach() {
    SparkRead read = SparkClientReader.of(SparkSessions.get(), KEY).readPayments(file("payments-*.csv"));
    List<ReadReport> reports = read.reports();
    assertEquals(3, reports.size(), reports.toString());
    ClientDataReader local = ClientDataReader.of(Pseudonymiser.of(KEY));
    for (ReadReport r : reports) {
      // A glob's files are named by their full path, with the file system's scheme.
      Path path = Path.of(java.net.URI.create(r.source()));
      ReadReport expected = local.readPayments(path, p -> { });
      assertEquals(expected.problems().stream().map(p -> p.toString().replace(path.toString(), r.source())).toList(),
          r.problems().stream().map(Problem::toString).toList());
      assertEquals(List.of(expected.rowsRead(), expected.accepted(), expected.rejected(), expected.problemCount()),
          List.of(r.rowsRead(), r.accepted(), r.rejected(), r.problemCount()), r.toString());
      assertEquals(r.rowsRead(), r.accepted() + r.rejected(), r.toString());
    }
    assertEquals(reports.stream().mapToLong(ReadReport::accepted).sum(), read.records().count());
    assertEquals(reports.stream().mapToLong(ReadReport::problemCount).sum(), read.problems().count());
  }
}
