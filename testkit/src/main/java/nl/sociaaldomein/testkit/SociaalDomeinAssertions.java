// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit;

import java.nio.file.Path;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.money.RoundedTable;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.testkit.assertions.BytesAssert;
import nl.sociaaldomein.testkit.assertions.ExplanationsAssert;
import nl.sociaaldomein.testkit.assertions.FileAssert;
import nl.sociaaldomein.testkit.assertions.PrintedFigureAssert;
import nl.sociaaldomein.testkit.assertions.PrintedTable;
import nl.sociaaldomein.testkit.assertions.PrintedTableAssert;
import nl.sociaaldomein.testkit.assertions.RoundedTableAssert;
import nl.sociaaldomein.testkit.assertions.StatementAssert;
import nl.sociaaldomein.testkit.assertions.TextAssert;
import nl.sociaaldomein.variance.Explanations;
import org.assertj.core.api.Assertions;

/**
 * The one entry point of the testkit's assertions: {@code import static
 * nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;} gives the domain's assertions and,
 * since this class extends {@link Assertions}, every assertion of AssertJ too, with no ambiguous
 * {@code assertThat} between two static imports. Strings, paths and byte arrays get AssertJ's
 * assertions plus the testkit's ({@code containsNoBsn()}, {@code parsesAs(statement)}).
 */
public class SociaalDomeinAssertions extends Assertions {

  /** Extended, never made: its methods are static. */
  protected SociaalDomeinAssertions() {}

  /** {@code reconciles()}, {@code hasInconsistencyAt(group, row, column)}. */
  public static StatementAssert assertThat(Statement actual) {
    return new StatementAssert(actual);
  }

  /** {@code addsUpTo(total)}, with the bound of publishing by largest remainder. */
  public static RoundedTableAssert assertThat(RoundedTable actual) {
    return new RoundedTableAssert(actual);
  }

  /** A table a tool prints: {@code addsUpTo(total)}, parts adding up to the total, the total a rounding of the exact one. */
  public static PrintedTableAssert assertThat(PrintedTable actual) {
    return new PrintedTableAssert(actual);
  }

  /** {@code isConsistentWith(amount)}. */
  public static PrintedFigureAssert assertThat(PrintedFigure actual) {
    return new PrintedFigureAssert(actual);
  }

  /** {@code explain(variance)}. */
  public static ExplanationsAssert assertThat(Explanations actual) {
    return new ExplanationsAssert(actual);
  }

  /** A report or CSV output: {@code containsNoBsn()}, {@code parsesAs(statement)}, and AssertJ's string assertions. */
  public static TextAssert assertThat(String actual) {
    return new TextAssert(actual);
  }

  /** A file written: {@code containsNoBsn()}, {@code parsesAs(statement)}, and AssertJ's path assertions. */
  public static FileAssert assertThat(Path actual) {
    return new FileAssert(actual);
  }

  /** Bytes written: {@code containsNoBsn()}, and AssertJ's byte array assertions. */
  public static BytesAssert assertThat(byte[] actual) {
    return new BytesAssert(actual);
  }
}
