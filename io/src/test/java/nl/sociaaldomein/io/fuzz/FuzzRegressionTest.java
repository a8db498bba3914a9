// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.fuzz.EntryPoint.Outcome;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.io.statement.StatementJson;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.statement.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Every distinct undeclared outcome the fuzz run found (FuzzTest, seed 8), cut down to a
 * reproducer, with the outcome the entry point declares. Each of these failed before the fixes
 * of issue 8.
 */
class FuzzRegressionTest {

  /** Generous: these inputs ran for over a minute, or threw, before the fixes. */
  private static final Duration GENEROUS = Duration.ofSeconds(5);

  /** A plain-dialect statement with one figure, {@code figure}, in its one line. */
  private static String plainStatement(String figure) {
    return """
        #unit,THOUSANDS
        #name,Synthetisch programma
        #convention,BOTH_POSITIVE
        #column,Begroting na wijziging,AMENDED_BUDGET
        row,group,kind,label,taakveld,Begroting na wijziging
        group,Wmo,product,,,
        line,Wmo,lasten,Lasten,6.712,%s
        """.formatted(figure);
  }

  /** The statement of {@link #plainStatement} as JSON, its figure printed as {@code figure}. */
  private static String jsonStatement(String figure) {
    Statement statement = StatementCsv.read(new StringReader(plainStatement("12500")), "s.csv").orElseThrow();
    String json = StatementJson.toJson(statement);
    assertTrue(json.contains("\"12500\""), json);
    return json.replace("\"12500\"", "\"" + figure + "\"");
  }

  /** The plain CSV reader refuses a statement whose figure is {@code figure}, naming it. */
  private static void csvRejects(String figure) {
    String input = plainStatement(figure);
    rejectedNaming("StatementCsv.read", input, figure, () -> StatementCsv.read(new StringReader(input), "s.csv"));
  }

  /** The JSON reader refuses a statement whose printed figure is {@code figure}, naming it. */
  private static void jsonRejects(String figure) {
    String input = jsonStatement(figure);
    rejectedNaming("StatementJson.read", input, figure, () -> StatementJson.read(new StringReader(input), "s.json"));
  }

  /** The reader refuses the input at once with a problem that names {@code bad}, keeping its contract. */
  private static void rejectedNaming(String entryPoint, String input, String bad, ThrowingSupplier<ReadResult<?>> read) {
    assertEquals(Outcome.REJECTED, assertTimeoutPreemptively(GENEROUS, () -> EntryPoints.named(entryPoint).run().apply(input)));
    ReadResult<?> result = assertTimeoutPreemptively(GENEROUS, read);
    assertTrue(result.report().rejected() >= 1, result.report()::toString);
    assertTrue(result.problems().stream().anyMatch(p -> p.toString().contains(bad)), result.report()::toString);
  }

  @Test
  void savingsCsvRejectsAPlainAmountWithAFractionOfACent() {
    // Was: ArithmeticException "Amount \"25000.021\" has a fraction of a cent" out of SavingsCsv.read
    // (found by the first fuzz run of SavingsCsv, seed 8).
    String input = "id,description,domain,kind,amount,first year,last year,status,realised,tags\n"
        + "w1,Hulpmiddelen,Wmo,structural,25000.021,2022,,proposed,,\n";
    rejectedNaming("SavingsCsv.read", input, "25000.021",
        () -> nl.sociaaldomein.io.savings.SavingsCsv.read(new StringReader(input), "s.csv"));
  }

  @Test
  void amountParseRefusesAnAmountBeyondTheRangeWithTheLibrarysException() {
    // Was: ArithmeticException "Amount -93233720368547758.08 is out of range".
    assertThrows(SociaalDomeinException.class, () -> Amount.parse("EUR 93233720368547758"));
  }

  @Test
  void amountRangeParseRefusesAnEndBeyondTheRangeWithTheLibrarysException() {
    // Was: ArithmeticException "Amount 92233720368547758.08 is out of range".
    assertThrows(SociaalDomeinException.class, () -> AmountRange.parse("[5.00, 92233720368547758.08]"));
  }

  @Test
  void statementCsvRejectsAPlainFigureWhoseExponentOverflows() {
    // Was: ArithmeticException "BigInteger would overflow supported range" out of StatementCsv.read.
    csvRejects("151E+1000000014");
  }

  @Test
  void statementCsvRejectsAPlainFigureWithAHugeExponentAtOnce() {
    // Was: ArithmeticException "BigInteger would overflow supported range" out of StatementCsv.read.
    csvRejects("1E+999999999");
  }

  @Test
  void statementJsonRejectsAPrintedFigureWithAHugeExponentAtOnce() {
    // Was: ArithmeticException "BigInteger would overflow supported range" out of StatementJson.read.
    jsonRejects("1E+999999999");
  }

  @Test
  void statementCsvRejectsAPlainFigureWithALargeExponentWithinTheBound() {
    // Was: more than a second (over a minute) in PrintedFigure.of, rescaling to 10^100.000.007.
    csvRejects("16140580E+99999999");
  }

  @Test
  void statementJsonRejectsAPrintedFigureWithALargeExponentWithinTheBound() {
    // Was: more than a second (over a minute) in PrintedFigure.of, as in the plain CSV.
    jsonRejects("16140580E+99999999");
  }

  @Test
  void clientReaderReadsAPaymentFileAfterMoreThan64KiOfBlankLines() {
    // Was: UncheckedIOException "Cannot read payments.csv" for a valid file.
    String input = "\n".repeat(65_530) + "bsn,year,law,provision,provider,amount\n111222333,2019,Wmo,Hulp,Zorg,100.00\n";
    assertEquals(Outcome.ACCEPTED, assertTimeoutPreemptively(GENEROUS,
        () -> EntryPoints.named("ClientDataReader.readPayments").run().apply(input)));
  }

  @Test
  void iv3DeliveryJsonRejectsAnAmountWhoseExponentIsBeyondAnInt() {
    // Was: NumberFormatException "Too many nonzero exponent digits" out of JsonBinding.readTree
    // (first fuzz run of Iv3DeliveryJson.read, seed 8, iteration 297).
    String fixture = EntryPoints.resource("nl/sociaaldomein/io/iv3/minimal-valid.json");
    assertTrue(fixture.contains("\"bedrag\": 1000"), fixture);
    String input = fixture.replaceFirst("\"bedrag\": 1000", "\"bedrag\": 1E6513277370");
    // The whole file is not read, so no row is rejected: the problem is the file's.
    assertEquals(Outcome.REJECTED, assertTimeoutPreemptively(GENEROUS,
        () -> EntryPoints.named("Iv3DeliveryJson.read").run().apply(input)));
    ReadResult<?> result = nl.sociaaldomein.io.iv3.Iv3DeliveryJson.read(new StringReader(input), "d.json").result();
    assertTrue(result.value().isEmpty(), result.report()::toString);
    assertTrue(result.problems().stream().anyMatch(p -> p.toString().contains("1E6513277370")), result.report()::toString);
  }

  @Test
  void statementWorkbookRejectsASheetItsParserCannotRead() {
    // Was: an aalto UncheckedStreamException ("invalid distance too far back", a broken deflate
    // stream) and a NumberFormatException (a cell reference "1t83d2") out of
    // StatementWorkbook.read (first fuzz run, seed 8, iterations 265 and 787). The inputs are
    // remade from the seed: a workbook's bytes do not cut down to a readable literal.
    EntryPoint workbook = EntryPoints.named("StatementWorkbook.read");
    for (long iteration : new long[] {265, 787}) {
      String input = Fuzzer.input(workbook, FuzzTest.DEFAULT_SEED, iteration);
      assertEquals(Outcome.REJECTED, assertTimeoutPreemptively(GENEROUS, () -> workbook.run().apply(input)),
          () -> "iteration " + iteration);
    }
  }
}
