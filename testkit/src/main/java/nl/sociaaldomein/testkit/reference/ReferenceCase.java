// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.reference;

import java.io.StringReader;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.statement.Statement;

/**
 * A real document's figures that the library reproduces, with its answer: what another tool's
 * output for the same case is held against ({@link Conformance#check}).
 *
 * @param name how it is loaded ({@link ReferenceCases#named(String)}), such as {@code seed-000-statement}
 * @param title what it is, in a line
 * @param source the document and where in it; what the answer is computed from
 * @param shape the CSV shape of the answer and of the output checked against it
 * @param header for a {@link Shape#TABLE}, the header row; empty for a statement
 * @param keyColumns for a table, how many leading columns name a row (the rest are figures)
 * @param expected the answer as CSV, in the Dutch Excel dialect (docs/testkit.md)
 */
public record ReferenceCase(String name, String title, String source, Shape shape, List<String> header, int keyColumns,
    String expected) {

  public ReferenceCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(shape, "shape");
    header = List.copyOf(header);
    Objects.requireNonNull(expected, "expected");
  }

  /** The CSV shapes of answers. */
  public enum Shape {
    /** A budget statement in the statement CSV of io (docs/formats.md), checked cell by cell. */
    STATEMENT,
    /** A table under a fixed header: key columns, then figures in euros or counts (docs/testkit.md). */
    TABLE
  }

  /** For a {@link Shape#STATEMENT} case, the statement the library reads from the document. */
  public Statement expectedStatement() {
    if (shape != Shape.STATEMENT) {
      throw new SociaalDomeinException("Reference case " + name + " is a " + shape + ", not a statement");
    }
    return StatementCsv.read(new StringReader(expected), name, ReadMode.STRICT).orElseThrow();
  }

  @Override
  public String toString() {
    return name + ": " + title;
  }
}
