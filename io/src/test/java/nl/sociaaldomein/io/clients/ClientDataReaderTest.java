// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.DeliveryForm;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.clients.Redaction;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.clients.Referrer;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.io.TextInput;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientDataReaderTest {

  private static final Pseudonymiser PSEUDONYMISER = Pseudonymiser.of("a test key of 32 bytes, no more!".getBytes(StandardCharsets.UTF_8));
  private static final ClientDataReader READER = ClientDataReader.of(PSEUDONYMISER);
  private static final ClientDataReader STRICT = READER.withMode(ReadMode.STRICT);

  /** Every text in the bsn column of payments-bad.csv, valid or not. */
  private static final List<String> BAD_FILE_BSNS = List.of("111222333", "111222334", "1234567", "12345A782",
      "234567892", "987654329", "555444338", "314159265", "12345672", "271828183");

  /** Every BSN-like text in payments-misaligned.csv, wherever it stands. */
  private static final List<String> MISALIGNED_BSNS = List.of("111222333", "123456782", "234567892", "987654329",
      "314159265", "271828183", "161803398");

  private static final List<String> CLIENT_FILE_BSNS = List.of("111222333", "123456782", "234567892", "987654329",
      "555444338", "314159265");

  @TempDir
  Path dir;

  static Path resource(String name) {
    try {
      return Path.of(ClientDataReaderTest.class.getResource("/clients/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every string a read produces: the report, its problems, its JSON and the records' toString. */
  private static List<String> strings(ReadReport report, List<?> records) {
    List<String> out = new ArrayList<>();
    out.add(report.toString());
    for (Problem p : report.problems()) {
      out.add(p.toString());
      out.add(p.why());
      out.add(p.where().column().orElse(""));
    }
    out.add(ClientResultsJson.toJson(report));
    records.forEach(r -> out.add(r.toString()));
    return out;
  }

  /** A problem of a client file: whole row when {@code column} is null, else one cell. */
  static Problem problem(String source, long line, String column, String reason) {
    return Problem.of(column == null ? Location.atLine(source, line) : Location.atCell(source, line, column), reason);
  }

  private static List<String> strings(Throwable e) {
    List<String> out = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.add(t.toString());
      out.add(t.getMessage());
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------
  // The acceptance file

  @Test
  void badRowsYieldExactlyTheirProblemsAndTheCountsAddUp() {
    List<PaymentRecord> payments = new ArrayList<>();
    ReadReport report = READER.readPayments(resource("payments-bad.csv"), payments::add);

    assertEquals(List.of(
        problem(report.source(), 3, "bsn", "invalid BSN: the BSN fails the elfproef"),
        problem(report.source(), 4, "bsn", "invalid BSN: a BSN has 8 or 9 digits, this one has 7 characters"),
        problem(report.source(), 5, "bsn", "invalid BSN: a BSN holds digits only, not 'a letter' at position 6"),
        problem(report.source(), 6, "amount", "not an amount: \"twaalf\"; this file writes amounts as plain decimals with at most"
            + " two decimals, such as 1234.56 or -12.5"),
        problem(report.source(), 7, "provision", "missing value"),
        problem(report.source(), 8, "law", "unknown law \"Wet langdurige zorg\"; expected Wmo, Jeugdwet or Participatiewet"),
        problem(report.source(), 9, "year", "not a year: \"20x9\"")), report.problems());
    assertEquals(10, report.rowsRead(), "the blank line and the line of commas are not rows");
    assertEquals(3, report.accepted());
    assertEquals(7, report.rejected());
    assertEquals(report.rowsRead(), report.accepted() + report.rejected());
    assertEquals(7, report.problemCount());
    assertFalse(report.problemsTruncated());
    assertEquals(CsvDialect.PLAIN, report.dialect().orElseThrow());

    List<PaymentRecord> strictPayments = new ArrayList<>();
    ReadException strict = assertThrows(ReadException.class,
        () -> STRICT.readPayments(resource("payments-bad.csv"), strictPayments::add));
    assertEquals(report.problems().get(0), strict.problem(), "strict mode stops at the first problem, the same one");
    assertEquals(payments.subList(0, strictPayments.size()), strictPayments, "what came before it was handed on");

    assertEquals(3, payments.size());
    assertEquals(PSEUDONYMISER.pseudonymise("111222333"), payments.get(0).client());
    assertEquals(Amount.ofCents(123_456), payments.get(0).amount());
    assertEquals("Zorg Thuis BV", payments.get(0).provider());
    assertEquals(PSEUDONYMISER.pseudonymise("012345672"), payments.get(1).client(), "eight digits are padded");
    assertEquals(Law.JEUGDWET, payments.get(1).law());
    assertEquals(Amount.ofCents(-5_000), payments.get(1).amount());
    assertEquals("", payments.get(2).provider(), "an empty provider is allowed");
    assertEquals(Amount.ofCents(1_050), payments.get(2).amount());

    Bsns.assertNoneLeaks(BAD_FILE_BSNS, strings(report, payments));
  }

  @Test
  void misalignedRowsAreRejectedWithoutShowingWhatCouldBeABsn() {
    List<PaymentRecord> payments = new ArrayList<>();
    ReadReport report = READER.readPayments(resource("payments-misaligned.csv"), payments::add);

    assertEquals(6, report.rowsRead());
    assertEquals(1, report.accepted());
    assertEquals(5, report.rejected());
    List<Problem> p = report.problems();
    assertEquals(problem(report.source(), 2, null, "the row has 7 fields where the header has 6; is there a comma in an unquoted value?"),
        p.get(0));
    assertEquals(problem(report.source(), 3, null, "the row has 5 fields where the header has 6"), p.get(1));
    assertEquals(problem(report.source(), 4, "bsn", "invalid BSN: a BSN has 8 or 9 digits, this one has 4 characters"), p.get(2));
    assertEquals(problem(report.source(), 4, "year", "the year " + Redaction.NOT_SHOWN + " is not between 2000 and 2099"), p.get(3));
    assertEquals(5, p.get(4).where().line().getAsLong());
    assertEquals("law", p.get(4).where().column().orElseThrow());
    assertTrue(p.get(4).why().startsWith("unknown law " + Redaction.NOT_SHOWN), p.get(4).why());
    assertEquals(6, p.get(5).where().line().getAsLong());
    assertEquals("amount", p.get(5).where().column().orElseThrow());
    assertEquals(6, report.problemCount());

    Bsns.assertNoneLeaks(MISALIGNED_BSNS, strings(report, payments));
  }

  // ---------------------------------------------------------------------------------------
  // Dialects, BOM, headers

  @Test
  void dutchExcelWithBomAliasesAnyOrderAndAnExtraColumn() {
    List<PaymentRecord> payments = new ArrayList<>();
    ReadReport report = READER.readPayments(resource("payments-dutch.csv"), payments::add);

    assertEquals(CsvDialect.DUTCH_EXCEL, report.dialect().orElseThrow());
    assertEquals(5, report.rowsRead());
    assertEquals(4, report.accepted());
    assertEquals(1, report.rejected());
    Problem bad = report.problems().get(0);
    assertEquals(6, bad.where().line().getAsLong());
    assertEquals("Bedrag", bad.where().column().orElseThrow(), "the column as the file names it");
    assertTrue(bad.why().startsWith("not an amount in Dutch notation (such as 1.234,56): \"12.5\": a dot separates"),
        bad.why());

    assertEquals(List.of(123_456L, 100_000L, -1_250L, 200_000L),
        payments.stream().map(p -> p.amount().toCents()).toList());
    assertEquals(PSEUDONYMISER.pseudonymise("111222333"), payments.get(0).client());
    assertEquals(PSEUDONYMISER.pseudonymise("111222333"), payments.get(2).client(), "the same BSN, the same client");
    assertNotEquals(payments.get(0).client(), payments.get(1).client());
    assertEquals(2020, payments.get(3).year());
    assertEquals(Law.PARTICIPATIEWET, payments.get(3).law());
    assertEquals("Re-integratie", payments.get(3).provision());
    assertEquals("Werkbedrijf", payments.get(3).provider());
    Bsns.assertNoneLeaks(List.of("111222333", "123456782", "234567892", "987654329"), strings(report, payments));
  }

  @Test
  void theSameRowsReadAlikeInBothDialectsFromAReader() {
    String plain = "BSN,Year,Law,Provision,Provider,Amount\r\n111222333,2019,Wmo,Hulp,\"Zorg, BV\",1234.5\r\n";
    String dutch = "\uFEFFbsn;jaar;wet;voorziening;aanbieder;bedrag\r\n111222333;2019;Wmo;Hulp;Zorg, BV;€ 1.234,50\r\n";
    List<PaymentRecord> a = new ArrayList<>();
    List<PaymentRecord> b = new ArrayList<>();
    READER.readPayments(new StringReader(plain), "plain", a::add);
    ReadReport dutchReport = READER.readPayments(new StringReader(dutch), "dutch", b::add);
    assertEquals(1, a.size());
    assertEquals(a, b);
    assertEquals("Zorg, BV", a.get(0).provider());
    assertEquals("dutch", dutchReport.source());
  }

  /** A Dutch payment file of one row with {@code amount} in its amount column. */
  private static ReadReport readDutchAmount(String amount, List<PaymentRecord> into) {
    String csv = "bsn;jaar;wet;voorziening;bedrag\n111222333;2019;Wmo;Hulp;" + amount + "\n";
    return READER.readPayments(new StringReader(csv), "bedragen.csv", into::add);
  }

  @Test
  void aDutchAmountIsAPlainAmountNotNotationForPrintedDocuments() {
    List<String> refused = List.of("2 mrd", "1,9 miljoen", "3 duizend", "85 N", "120 V", "-85 N", "ruim 5",
        "circa € 10", "p.m.", "p.m. (0 - 10.000)", "tussen 5 en 10", "71,3%", "+5", "10,-", "€ 1.473.000,-",
        ",5", "−5", "– 5", "(1.234)", "-€ 12", "12 €");
    for (String amount : refused) {
      List<PaymentRecord> payments = new ArrayList<>();
      ReadReport report = readDutchAmount(amount, payments);
      assertEquals(List.of(), payments, amount);
      assertEquals(1, report.rejected(), amount);
      Problem p = report.problems().get(0);
      assertEquals("bedrag", p.where().column().orElseThrow(), amount);
      assertTrue(p.why().startsWith("not an amount in Dutch notation (such as 1.234,56): "
          + Redaction.quote(amount) + ": "), p.why());
    }
    assertReason("2 mrd", "a scale word (miljoen, mrd, ...) is for printed documents; an extract gives the amount"
        + " in full, in euros");
    assertReason("85 N", "a V or N letter is for printed documents; an extract writes a correction with a minus"
        + " sign, such as -85,00");
    assertReason("ruim 5", "the figure is qualified as approximate (ruim); an extract gives the exact amount");
    assertReason("p.m.", "a range or p.m. item is not an amount; an extract gives the exact amount");
    assertReason("71,3%", "a percentage is not an amount");
    assertReason("10,-", "an extract writes an amount as digits with dots between thousands and a decimal comma,"
        + " an optional minus before them and an optional euro sign before all (such as € -1.234,56)");
  }

  private static void assertReason(String amount, String reason) {
    ReadReport report = readDutchAmount(amount, new ArrayList<>());
    assertEquals(List.of(problem("bedragen.csv", 2, "bedrag", "not an amount in Dutch notation (such as 1.234,56): "
        + Redaction.quote(amount) + ": " + reason)), report.problems());
  }

  @Test
  void plainDutchAmountsWithOrWithoutAEuroSignAreRead() {
    List<String> texts = List.of("1.234,56", "-12,5", "1234,56", "€ 1.234,56", "€1.234,56", "€ -12,50", "€ 2.000",
        "0", "-0,01", "1.000.000");
    List<Long> cents = List.of(123_456L, -1_250L, 123_456L, 123_456L, 123_456L, -1_250L, 200_000L, 0L, -1L,
        100_000_000L);
    for (int i = 0; i < texts.size(); i++) {
      List<PaymentRecord> payments = new ArrayList<>();
      ReadReport report = readDutchAmount(texts.get(i), payments);
      assertTrue(report.isClean(), report.toString());
      assertEquals(Amount.ofCents(cents.get(i)), payments.get(0).amount(), texts.get(i));
    }
  }

  /** Reads a payment file of {@code blank}, a header, a good row and a bad row. */
  private static void assertReadAfter(String blank, long blankLines) {
    String csv = blank + "bsn,year,law,provision,amount\n111222333,2019,Wmo,Hulp,1\n123456782,2019,Wmo,Hulp,x\n";
    List<PaymentRecord> payments = new ArrayList<>();
    ReadReport report = READER.readPayments(new StringReader(csv), "blank.csv", payments::add);
    assertEquals(CsvDialect.PLAIN, report.dialect().orElseThrow());
    assertEquals(2, report.rowsRead());
    assertEquals(1, payments.size());
    assertEquals(blankLines + 3, report.problems().get(0).where().line().getAsLong(), "the line numbers count the blank lines");
  }

  @Test
  void anyAmountOfBlankLinesBeforeTheHeader() throws IOException {
    assertReadAfter("\n".repeat(70_000), 70_000);
    assertReadAfter("\r\n".repeat(35_000), 35_000);
    assertReadAfter("\uFEFF" + " ;;, \r".repeat(40_000), 40_000);
    assertReadAfter(";".repeat(200_000) + "\n", 1);
    assertReadAfter(" \t\n".repeat(66_667), 66_667);

    Path file = dir.resolve("blank.csv");
    Files.writeString(file, "\uFEFF" + "\r\n".repeat(100_000) + "bsn;jaar;wet;voorziening;bedrag\n111222333;2019;Wmo;Hulp;€ 1,00\n");
    List<PaymentRecord> payments = new ArrayList<>();
    ReadReport report = READER.readPayments(file, payments::add);
    assertTrue(report.isClean(), report.toString());
    assertEquals(CsvDialect.DUTCH_EXCEL, report.dialect().orElseThrow());
    assertEquals(Amount.ofCents(100), payments.get(0).amount());
  }

  @Test
  void aByteThatIsNotUtf8AmongTheBlankLinesIsReportedAtItsLine() throws IOException {
    Path file = dir.resolve("latin1-blank.csv");
    byte[] blank = "\n".repeat(70_000).getBytes(StandardCharsets.UTF_8);
    byte[] rest = "\u00e4\nbsn,year,law,provision,amount\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = java.util.Arrays.copyOf(blank, blank.length + rest.length);
    System.arraycopy(rest, 0, all, blank.length, rest.length);
    Files.write(file, all);
    ReadException e = assertThrows(ReadException.class, () -> STRICT.readPayments(file, p -> { }));
    // The decoder refuses a block of bytes at a time, so the line is one at or before the bad byte's.
    long line = e.problem().where().line().getAsLong();
    assertTrue(line > 60_000 && line <= 70_001, "line " + line);
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
  }

  @Test
  void linesOfSeparatorsBeforeTheHeaderDoNotDecideTheDialect() {
    String csv = ";;;;\n,,,\nbsn,year,law,provision,amount\n111222333,2019,Wmo,Hulp,1.5\n";
    List<PaymentRecord> payments = new ArrayList<>();
    ReadReport report = READER.readPayments(new StringReader(csv), "separators.csv", payments::add);
    assertTrue(report.isClean(), report.toString());
    assertEquals(CsvDialect.PLAIN, report.dialect().orElseThrow());
    assertEquals(Amount.ofCents(150), payments.get(0).amount());
  }

  @Test
  void aHeaderAfterManyEmptyFieldsIsReadAndAfterTooManyMixedBlanksIsAProblemOfTheFile() {
    List<PaymentRecord> payments = new ArrayList<>();
    String wide = ";".repeat(70_000) + "bsn;jaar;wet;voorziening;bedrag\n" + ";".repeat(70_000) + "111222333;2019;Wmo;Hulp;1\n";
    assertTrue(READER.readPayments(new StringReader(wide), "wide.csv", payments::add).isClean());
    assertEquals(1, payments.size());

    String mixed = "\n" + " ;".repeat(40_000) + "bsn;jaar;wet;voorziening;bedrag\n111222333;2019;Wmo;Hulp;1\n";
    ReadReport report = READER.readPayments(new StringReader(mixed), "mixed.csv", p -> { });
    assertEquals(0, report.rowsRead());
    assertEquals(List.of(problem("mixed.csv", 2, null, "too many spaces and separators, mixed, before the first value"
        + " of the header; nothing is read")), report.problems());
  }

  @Test
  void headersAreMatchedInAnyCaseWithSpacesOrHyphens() {
    assertEquals(Optional.of(ClientColumn.DELIVERY_FORM), ClientColumn.ofHeader("Delivery Form"));
    assertEquals(Optional.of(ClientColumn.DELIVERY_FORM), ClientColumn.ofHeader("LEVERINGSVORM"));
    assertEquals(Optional.of(ClientColumn.LEVEL), ClientColumn.ofHeader("Interventieniveau"));
    assertEquals(Optional.of(ClientColumn.LEVEL), ClientColumn.ofHeader("niveau"));
    assertEquals(Optional.of(ClientColumn.QUALIFICATION), ClientColumn.ofHeader("kwalificatie"));
    assertEquals(Optional.of(ClientColumn.BSN), ClientColumn.ofHeader("\uFEFF BSN "));
    assertEquals(Optional.empty(), ClientColumn.ofHeader("opmerking"));
  }

  @Test
  void aMissingColumnNamesTheFileAndTheColumn() throws IOException {
    Path file = dir.resolve("betalingen.csv");
    Files.writeString(file, "bsn;jaar;wet;voorziening;aanbieder\n111222333;2019;Wmo;Hulp;Zorg\n");
    ReadException e = assertThrows(ReadException.class, () -> STRICT.readPayments(file, p -> { }));
    assertEquals(file.toString(), e.problem().where().source());
    assertEquals(1, e.problem().where().line().getAsLong());
    assertTrue(e.getMessage().startsWith(file + ", line 1: missing column \"amount\" (or \"bedrag\") in the header"),
        e.getMessage());
  }

  @Test
  void aFileWithoutHeaderSaysSoWithoutShowingTheBsn() {
    String csv = "111222333,2019,Wmo,Hulp,Zorg,100.00\n123456782,2019,Wmo,Hulp,Zorg,100.00\n";
    ReadException e = assertThrows(ReadException.class,
        () -> STRICT.readPayments(new StringReader(csv), "no-header.csv", p -> { }));
    assertTrue(e.getMessage().contains("missing columns \"bsn\""), e.getMessage());
    assertTrue(e.getMessage().contains("is the header row missing?"), e.getMessage());
    Bsns.assertNoneLeaks(List.of("111222333", "123456782"), strings(e));
  }

  @Test
  void aColumnTwiceIsAnError() {
    String csv = "bsn,year,law,provision,amount,bedrag\n";
    ReadException e = assertThrows(ReadException.class,
        () -> STRICT.readPayments(new StringReader(csv), "twice.csv", p -> { }));
    assertTrue(e.getMessage().contains("appears twice, as \"amount\" and \"bedrag\""), e.getMessage());
  }

  @Test
  void aBadHeaderIsReportedAndEveryRowAfterItRejectedWithIt() {
    String csv = "bsn,year,law,provision,amount,amount\n111222333,2019,Wmo,Hulp,1,1\n\n123456782,2019,Wmo,Hulp,1,1\n";
    ReadReport report = READER.readPayments(new StringReader(csv), "twice.csv", p -> { });
    assertEquals(List.of(
        Problem.of(Location.atCell("twice.csv", 1, "amount"),
            "the column \"amount\" (or \"bedrag\") appears twice, as \"amount\" and \"amount\""),
        problem("twice.csv", 2, null, "not read: the header is wrong"),
        problem("twice.csv", 4, null, "not read: the header is wrong")), report.problems());
    assertEquals(2, report.rowsRead());
    assertEquals(2, report.rejected());
  }

  @Test
  void anEmptyFileAndAFileOfOnlyAHeader() {
    ReadException e = assertThrows(ReadException.class,
        () -> STRICT.readPayments(new StringReader("\n\n"), "empty.csv", p -> { }));
    assertTrue(e.getMessage().contains("the file is empty"), e.getMessage());
    ReadReport report = READER.readClients(new StringReader("bsn,year,law,provision\n"), "header.csv", r -> { });
    assertEquals(0, report.rowsRead());
    assertTrue(report.isClean());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithItsName() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "bsn;jaar;wet;voorziening;bedrag\n111222333;2019;Wmo;Hulp ä;€ 10\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    ReadException e = assertThrows(ReadException.class, () -> STRICT.readPayments(file, p -> { }));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    assertThrows(UncheckedIOException.class, () -> READER.readPayments(dir.resolve("absent.csv"), p -> { }));
  }

  @Test
  void badQuotingIsAShortRowOrAnErrorAtItsLine() {
    String open = "bsn,year,law,provision,amount\n111222333,2019,Wmo,Hulp,1\n123456782,\"2019,Wmo,Hulp,1\n"
        + "234567892,2019,Wmo,Hulp,1\n";
    ReadReport report = READER.readPayments(new StringReader(open), "open-quote.csv", p -> { });
    assertEquals(List.of(problem(report.source(), 3, null, "the row has 2 fields where the header has 5")), report.problems());
    assertEquals(1, report.accepted(), "the open quote takes the rest of the file into one field");
    Bsns.assertNoneLeaks(List.of("111222333", "123456782", "234567892"), strings(report, List.of()));

    String stray = "bsn,year,law,provision,amount\n111222333,2019,Wmo,\"Hulp\"x,1\n";
    ReadException e = assertThrows(ReadException.class,
        () -> STRICT.readPayments(new StringReader(stray), "stray-quote.csv", p -> { }));
    assertEquals(2, e.problem().where().line().getAsLong());
    assertTrue(e.getMessage().startsWith("stray-quote.csv, line 2: not readable as CSV, nothing after it is read: "), e.getMessage());
    Bsns.assertNoneLeaks(List.of("111222333"), strings(e));
  }

  @Test
  void aReaderIsReadToTheEndButNotClosed() {
    boolean[] closed = {false};
    StringReader in = new StringReader("bsn,year,law,provision,amount\n111222333,2019,Wmo,Hulp,1\n") {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertEquals(1, READER.readPayments(in, "in", p -> { }).accepted());
    assertFalse(closed[0]);
  }

  // ---------------------------------------------------------------------------------------
  // Client records

  @Test
  void clientRecordsWithTheirCharacteristics() {
    List<ClientRecord> records = new ArrayList<>();
    ReadReport report = READER.readClients(resource("clients.csv"), records::add);

    assertEquals(6, report.rowsRead());
    assertEquals(4, report.accepted());
    assertEquals(2, report.rejected());
    assertEquals(List.of(
        problem(report.source(), 6, "delivery_form", "unknown delivery form \"XYZ\"; expected ZIN, PGB or FT"),
        problem(report.source(), 6, "age", "the age \"200\" is not between 0 and 150"),
        problem(report.source(), 7, "referrer", "unknown referrer \"Buurman\"; expected Gemeente, Huisarts, Gecertificeerde"
            + " instelling, Rechter, Kinderbescherming of Officier van Justitie, Jeugdarts, Medisch specialist,"
            + " Geen, zelf of onbekende verwijzer or GI"),
        problem(report.source(), 7, "level", "unknown intensity level \"9\"; expected 4 to 8, Aspecifiek or Geen niveau")),
        report.problems());
    assertEquals(4, report.problemCount(), "a row can have more than one problem");
    ReadException strict = assertThrows(ReadException.class,
        () -> STRICT.readClients(resource("clients.csv"), r -> { }));
    assertEquals(report.problems().get(0), strict.problem(), "strict mode stops at the first problem");

    ClientRecord first = records.get(0);
    assertEquals(PSEUDONYMISER.pseudonymise("111222333"), first.client());
    assertEquals(2019, first.year());
    assertEquals(Law.JEUGDWET, first.law());
    assertEquals("Jeugdhulp ambulant", first.provision());
    assertEquals(Optional.of(DeliveryForm.ZIN), first.deliveryForm());
    assertEquals(Optional.of(Referrer.GENERAL_PRACTITIONER), first.referrer());
    assertEquals(Optional.of(IntensityLevel.LEVEL_5), first.level());
    assertEquals(OptionalInt.of(15), first.age());
    assertEquals(Optional.empty(), first.phase());
    assertEquals(Optional.of("Kwadraad"), first.provider());
    ClientRecord second = records.get(1);
    assertEquals(Optional.of(Referrer.CERTIFIED_INSTITUTION), second.referrer());
    assertEquals(Optional.empty(), second.provider());
    ClientRecord third = records.get(2);
    assertEquals(Optional.of("Fase 2"), third.phase());
    assertEquals(Optional.of("Zonder startkwalificatie"), third.qualification());
    assertEquals(Optional.empty(), records.get(3).household());

    String household = first.household().orElseThrow();
    assertTrue(household.matches("household-[0-9a-f]{16}"), household);
    assertEquals(first.household(), second.household(), "the same household id, the same pseudonym");
    assertTrue(third.household().orElseThrow().startsWith("household-"), "a BSN as household id is not kept");
    assertEquals(first.household(), readFirstHousehold(ClientDataReader.of(PSEUDONYMISER)),
        "households join across readers with the same key");
    assertNotEquals(first.household(), readFirstHousehold(ClientDataReader.of(Pseudonymiser.random())));

    Bsns.assertNoneLeaks(CLIENT_FILE_BSNS, strings(report, records));
  }

  private static Optional<String> readFirstHousehold(ClientDataReader reader) {
    List<ClientRecord> records = new ArrayList<>();
    reader.readClients(resource("clients.csv"), records::add);
    return records.get(0).household();
  }

  @Test
  void onlyTheRequiredClientColumnsAreNeeded() {
    List<ClientRecord> records = new ArrayList<>();
    READER.readClients(new StringReader("Wet,Jaar,BSN,Voorziening\nWmo,2020,111222333,Begeleiding\n"), "min",
        records::add);
    assertEquals(1, records.size());
    assertEquals(ClientRecord.of(PSEUDONYMISER.pseudonymise("111222333"), 2020, Law.WMO, "Begeleiding"), records.get(0));
  }

  // ---------------------------------------------------------------------------------------
  // Progress, problems kept, sinks, the whole dataset

  @Test
  void progressIsReportedEveryNRowsAndAtTheEnd() throws IOException {
    StringBuilder csv = new StringBuilder("bsn,year,law,provision,provider,amount\n");
    for (int i = 0; i < 25; i++) {
      csv.append(i == 7 ? "111222334" : "111222333").append(",2019,Wmo,Hulp,Zorg,").append(i).append(".00\n");
    }
    Path file = dir.resolve("progress.csv");
    Files.writeString(file, csv);
    List<ReadProgress> seen = new ArrayList<>();
    ReadReport report = READER.withProgress(seen::add, 10).readPayments(file, p -> { });

    assertEquals(List.of(10L, 20L, 25L), seen.stream().map(ReadProgress::rowsRead).toList());
    assertEquals(List.of(false, false, true), seen.stream().map(ReadProgress::done).toList());
    ReadProgress last = seen.get(2);
    assertEquals(24, last.accepted());
    assertEquals(1, last.rejected());
    assertEquals(Files.size(file), last.totalBytes());
    assertEquals(Files.size(file), last.bytesRead());
    assertEquals(1.0, last.fraction().orElseThrow());
    assertTrue(seen.get(0).bytesRead() > 0);
    assertEquals(file.toString(), last.source());
    assertEquals(25, report.rowsRead());

    List<ReadProgress> fromReader = new ArrayList<>();
    READER.withProgress(fromReader::add, 100).readPayments(new StringReader(csv.toString()), "r", p -> { });
    assertEquals(1, fromReader.size());
    assertEquals(-1, fromReader.get(0).bytesRead());
    assertTrue(fromReader.get(0).fraction().isEmpty());
  }

  @Test
  void onlyTheFirstProblemsAreKeptButAllAreCounted() {
    StringBuilder csv = new StringBuilder("bsn,year,law,provision,amount\n");
    for (int i = 0; i < 30; i++) {
      csv.append("111222333,1999,Wmo,Hulp,1\n");
    }
    ReadReport report = READER.withMaxProblems(5).readPayments(new StringReader(csv.toString()), "many", p -> { });
    assertEquals(5, report.problems().size());
    assertEquals(30, report.problemCount());
    assertEquals(30, report.rejected());
    assertTrue(report.problemsTruncated());
    assertEquals(problem(report.source(), 2, "year", "the year \"1999\" is not between 2000 and 2099"), report.problems().get(0));
    assertTrue(report.toString().contains("... and 25 more"), report.toString());
  }

  @Test
  void aSinkThatFailsStopsTheReadAtItsLine() {
    String csv = "bsn,year,law,provision,amount\n111222333,2019,Wmo,Hulp,1\n123456782,2019,Wmo,Hulp,1\n";
    IllegalStateException cause = new IllegalStateException("full");
    int[] calls = {0};
    ReadException e = assertThrows(ReadException.class, () -> READER.readPayments(new StringReader(csv), "s",
        p -> {
          if (++calls[0] == 2) {
            throw cause;
          }
        }));
    assertEquals(3, e.problem().where().line().getAsLong());
    assertSame(cause, e.getCause());
    assertTrue(e.getMessage().endsWith("could not be stored: full"), e.getMessage());
  }

  @Test
  void bothFilesIntoADataset() {
    ClientData data = ClientDataReader.readDataset(resource("payments-dutch.csv"), resource("clients.csv"),
        PSEUDONYMISER, Set.of("Jeugdhulp verblijf"));
    assertEquals(4, data.payments().accepted());
    assertEquals(4, data.clients().accepted());
    assertFalse(data.isClean());
    ClientDataset dataset = data.dataset();
    assertEquals(4, dataset.report().payments());
    assertEquals(4, dataset.report().clientRecords());
    AggregationResult byLaw = dataset.aggregate(Query.by(Dimension.LAW));
    assertEquals(Amount.ofCents(422_206), byLaw.totalCost());
    // 111222333 (Wmo, twice), 123456782 (Jeugdwet, paid and kept), 234567892 (Participatiewet).
    assertEquals(3, byLaw.totalUniqueClients());
  }

  @Test
  void invalidSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> READER.withProgress(p -> { }, 0));
    assertThrows(IllegalArgumentException.class, () -> READER.withMaxProblems(-1));
    assertThrows(NullPointerException.class, () -> ClientDataReader.of(null));
    assertThrows(IllegalArgumentException.class, () -> new ReadReport("s", Optional.of(CsvDialect.PLAIN),
        3, 1, 1, 1, List.of()));
    assertThrows(IllegalArgumentException.class, () -> problem("s", 0, null, "x"));
    assertEquals(Optional.empty(), problem("s", 1, null, "x").where().column());
  }

  @Test
  void aWindows1252PaymentFileIsReadWithItsCharsetAndRefusedAsUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("betalingen.csv");
    String provider = "Zorggroep Geëscaleerde Hulp Eindhoven–Zuid";
    Files.write(file, ("Bedrag;Jaar;Wet;Voorziening;Aanbieder;BSN\n"
        + "1.234,56;2019;Wmo;Huishoudelijke hulp;" + provider + ";111222333\n").getBytes(TextInput.WINDOWS_1252));
    for (int threads : new int[] {1, 4}) {
      List<PaymentRecord> read = new ArrayList<>();
      ReadReport report = ClientDataReader.of(PSEUDONYMISER).withCharset(TextInput.WINDOWS_1252).withThreads(threads)
          .readPayments(file, read::add);
      assertTrue(report.isClean(), report::toString);
      assertEquals(List.of(provider), read.stream().map(PaymentRecord::provider).toList());
      assertEquals(Amount.ofCents(123_456), read.get(0).amount());
    }
    // The same bytes as UTF-8: refused (at or before their line, as the decoder reads ahead),
    // never read as "Ge\uFFFDscaleerde".
    List<PaymentRecord> asUtf8 = new ArrayList<>();
    ReadReport utf8 = ClientDataReader.of(PSEUDONYMISER).readPayments(file, asUtf8::add);
    assertEquals(List.of(), asUtf8);
    assertTrue(utf8.problems().get(0).where().line().getAsLong() <= 2, utf8::toString);
    assertTrue(utf8.problems().get(0).why().contains("not UTF-8"), utf8::toString);
  }

  @Test
  void aByteNotInTheCharsetGivenIsRefusedAtItsLineNotReplaced(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("betalingen.csv");
    byte[] head = ("Bedrag;Jaar;Wet;Voorziening;Aanbieder;BSN\n"
        + "1.234,56;2019;Wmo;Huishoudelijke hulp;Zorg Thuis BV;111222333\n"
        + "1.000,00;2019;Wmo;Huishoudelijke hulp;Zorg ").getBytes(TextInput.WINDOWS_1252);
    byte[] tail = " BV;123456782\n".getBytes(TextInput.WINDOWS_1252);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0x81; // no character in Windows-1252
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Files.write(file, bytes);
    List<PaymentRecord> read = new ArrayList<>();
    ReadReport report = ClientDataReader.of(PSEUDONYMISER).withCharset(TextInput.WINDOWS_1252).readPayments(file, read::add);
    assertFalse(report.isClean(), report::toString);
    assertTrue(read.stream().noneMatch(r -> r.provider().indexOf('\uFFFD') >= 0), read::toString);
    Problem refused = report.problems().stream().filter(p -> p.why().contains("not windows-1252")).findFirst()
        .orElseThrow(() -> new AssertionError(report.toString()));
    assertTrue(refused.where().line().getAsLong() <= 3, report::toString);
    assertTrue(refused.why().contains("the charset it was saved in"), report::toString);
  }
}
