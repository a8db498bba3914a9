package nl.sociaaldomein.testkit.assertions;

import java.util.Collection;
import java.util.Objects;
import nl.sociaaldomein.statement.Statement;
import org.assertj.core.api.AbstractStringAssert;

/**
 * Assertions on the text a tool writes (a report, a CSV export), with every assertion AssertJ has
 * for strings besides.
 */
public final class TextAssert extends AbstractStringAssert<TextAssert> {

  public TextAssert(String actual) {
    super(actual, TextAssert.class);
  }

  /**
   * Passes when no run of eight or nine digits standing alone passes the elfproef (see
   * {@link BsnScan}). The failure gives line and column of each, never the number:
   * {@code the text holds 1 number(s) that pass the elfproef, each possibly a BSN (not shown):
   * line 3, column 14 (9 digits)}.
   */
  public TextAssert containsNoBsn() {
    isNotNull();
    TextChecks.bsnFailure("the text", actual).ifPresent(m -> failWithMessage("%s", m));
    return this;
  }

  /**
   * Passes when none of {@code bsns} (the BSNs of the test's input, nine digits each) appears in
   * the text, in any grouping ({@link BsnScan#findAny}), including the 3-3-3 form
   * ({@code 123.456.782}) that {@link #containsNoBsn()} cannot tell from an amount. The failure
   * gives line and column of each, never the number.
   */
  public TextAssert containsNoneOfTheBsns(Collection<String> bsns) {
    Objects.requireNonNull(bsns, "bsns");
    isNotNull();
    TextChecks.knownBsnFailure("the text", actual, bsns).ifPresent(m -> failWithMessage("%s", m));
    return this;
  }

  /**
   * Passes when the text reads, as a statement CSV (docs/formats.md), as {@code expected}. The
   * failure gives the reader's problems, or each difference: {@code line "Wmo", "Lasten",
   * column "Realisatie": expected 1.234 (x € 1.000), read 1.243 (x € 1.000)}.
   */
  public TextAssert parsesAs(Statement expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    TextChecks.statementFailure("the text", actual, expected).ifPresent(m -> failWithMessage("%s", m));
    return this;
  }
}
