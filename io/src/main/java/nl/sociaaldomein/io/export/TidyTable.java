// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.export;

import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.CsvTable;
import nl.sociaaldomein.io.TextOutput;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.CountFormat;
import nl.sociaaldomein.notation.FigureFormat;

/**
 * A result as a tidy table: one row per observation, one column per variable, every value typed,
 * so that it is written the same way in either dialect and a test can add its parts up before it
 * is written. {@link TidyCsv} makes one of every result; {@link #toCsv}, {@link #write(Path,
 * CsvDialect)} and {@link #write(Writer, CsvDialect)} write it.
 *
 * <p>How each kind of value is written:
 *
 * <table>
 *   <caption>Values in the two dialects</caption>
 *   <tr><th>value</th><th>{@link CsvDialect#DUTCH_EXCEL}</th><th>{@link CsvDialect#PLAIN}</th></tr>
 *   <tr><td>{@link Value.Text}</td><td>as is</td><td>as is</td></tr>
 *   <tr><td>{@link Value.Count}</td><td>{@code 8.070} ({@link CountFormat})</td><td>{@code 8070}</td></tr>
 *   <tr><td>{@link Value.Decimal}</td><td>{@code -1.234,56} ({@link FigureFormat}, its own decimals, no euro sign)</td><td>{@code -1234.56}</td></tr>
 *   <tr><td>{@link Value.Flag}</td><td>{@code true}, {@code false}</td><td>{@code true}, {@code false}</td></tr>
 *   <tr><td>{@link Value.Empty}</td><td>empty cell</td><td>empty cell</td></tr>
 * </table>
 *
 * <p>Counts and decimals read back with {@link CsvDialect#readFigure} in
 * {@link EuroUnit#EUROS}, as any figure of the library's CSV does.
 *
 * @param name what the table holds, such as {@code aggregation}: for messages and file names
 * @param columns the header, snake_case, as pandas and DuckDB take column names
 * @param rows the observations, each with one value per column
 */
public record TidyTable(String name, List<String> columns, List<List<Value>> rows) {

  /** Copies the columns and rows; a row with another number of values than there are columns is refused. */
  public TidyTable {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    List<List<Value>> copied = new ArrayList<>();
    for (List<Value> row : rows) {
      if (row.size() != columns.size()) {
        throw new SociaalDomeinException("row", Optional.of(row.toString()), "a row of the " + name + " table has "
            + row.size() + " values for " + columns.size() + " columns " + columns);
      }
      copied.add(List.copyOf(row));
    }
    rows = List.copyOf(copied);
  }

  /** One value of a table. */
  public sealed interface Value {
    /** Text written as is: names, labels, codes, years. */
    record Text(String text) implements Value {
      /** Refuses a missing text; an empty one is a value. */
      public Text {
        Objects.requireNonNull(text, "text");
      }
    }

    /** A whole number of things: clients, payments, providers. */
    record Count(long count) implements Value {}

    /**
     * A decimal: euros, printed figures, percentages; written with the decimals it has. A scale
     * below zero ({@code 1E+3}) is taken as the whole number it is ({@code 1000}), as it is
     * written.
     */
    record Decimal(BigDecimal value) implements Value {
      /** Refuses a missing value and takes a negative scale as the whole number it is. */
      public Decimal {
        Objects.requireNonNull(value, "value");
        if (value.scale() < 0) {
          value = value.setScale(0);
        }
      }
    }

    /** Yes or no. */
    record Flag(boolean flag) implements Value {}

    /** No value: an unknown characteristic, a figure not printed. */
    record Empty() implements Value {}
  }

  /** The values of {@code column}, one per row. */
  public List<Value> column(String column) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new SociaalDomeinException("column of the " + name + " table", Optional.of(column),
          "no such column; expected one of " + columns);
    }
    return rows.stream().map(r -> r.get(index)).toList();
  }

  /** {@code value} as {@code dialect} writes it. */
  public static String format(Value value, CsvDialect dialect) {
    Objects.requireNonNull(dialect, "dialect");
    if (value instanceof Value.Text t) {
      return t.text();
    }
    if (value instanceof Value.Count c) {
      return dialect == CsvDialect.PLAIN ? Long.toString(c.count()) : CountFormat.format(c.count());
    }
    if (value instanceof Value.Decimal d) {
      return dialect == CsvDialect.PLAIN ? d.value().toPlainString()
          : FigureFormat.of(EuroUnit.EUROS).format(PrintedFigure.of(d.value(), EuroUnit.EUROS));
    }
    if (value instanceof Value.Flag f) {
      return Boolean.toString(f.flag());
    }
    return "";
  }

  /** This table as CSV text in {@code dialect}, the header first, byte order mark included where it writes one. */
  public String toCsv(CsvDialect dialect) {
    StringWriter out = new StringWriter();
    write(out, dialect);
    return out.toString();
  }

  /** Writes this table to {@code file}, UTF-8, in {@code dialect}. */
  public void write(Path file, CsvDialect dialect) {
    TextOutput.write(toCsv(dialect), file);
  }

  /** Writes this table to {@code out}, which stays open, in {@code dialect}. */
  public void write(Writer out, CsvDialect dialect) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(dialect, "dialect");
    List<List<String>> records = new ArrayList<>();
    records.add(columns);
    for (List<Value> row : rows) {
      records.add(row.stream().map(v -> format(v, dialect)).toList());
    }
    CsvTable.write(records, out, dialect);
  }

  @Override
  public String toString() {
    return "TidyTable[" + name + ", " + columns.size() + " columns, " + CountFormat.format(rows.size()) + " rows]";
  }
}
