// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.export.TidyTable.Value;
import nl.sociaaldomein.money.EuroUnit;

/** Reading a tidy table back as a user's tool would, and the sums the tests add up. */
final class TidyTables {

  private TidyTables() {}

  /**
   * Writes {@code table} in both dialects and reads it back as FastCSV and the library's figure
   * reader do: the same header, the same number of rows, and every value as it was.
   */
  static void assertReadsBack(TidyTable table) {
    for (CsvDialect dialect : CsvDialect.values()) {
      String csv = table.toCsv(dialect);
      assertEquals(dialect.byteOrderMark(), csv.startsWith("\uFEFF"), dialect + ": byte order mark");
      List<CsvRecord> records = new ArrayList<>();
      try (CsvReader<CsvRecord> reader = dialect.records(csv.replace("\uFEFF", ""))) {
        reader.forEach(records::add);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      assertEquals(table.columns(), records.get(0).getFields(), dialect + ": header");
      assertEquals(table.rows().size(), records.size() - 1, () -> dialect + ": rows of\n" + csv);
      for (int r = 0; r < table.rows().size(); r++) {
        List<Value> row = table.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
          String cell = records.get(r + 1).getField(c);
          String where = dialect + ", row " + (r + 1) + ", column " + table.columns().get(c) + ": " + cell;
          assertEquals(row.get(c), readBack(row.get(c), cell, dialect), where);
        }
      }
    }
  }

  /** {@code cell} read as the kind of {@code expected}. */
  private static Value readBack(Value expected, String cell, CsvDialect dialect) {
    if (expected instanceof Value.Count) {
      return new Value.Count(figure(cell, dialect).longValueExact());
    }
    if (expected instanceof Value.Decimal) {
      return new Value.Decimal(figure(cell, dialect));
    }
    if (expected instanceof Value.Flag) {
      assertTrue(cell.equals("true") || cell.equals("false"), cell);
      return new Value.Flag(Boolean.parseBoolean(cell));
    }
    if (expected instanceof Value.Empty) {
      assertEquals("", cell);
      return new Value.Empty();
    }
    return new Value.Text(cell);
  }

  private static BigDecimal figure(String cell, CsvDialect dialect) {
    return dialect.readFigure(cell, EuroUnit.EUROS).orElseThrow(() -> new AssertionError("no figure: " + cell))
        .printedValue();
  }

  /** The number in {@code value}, a count or a decimal; zero when empty. */
  static BigDecimal number(Value value) {
    if (value instanceof Value.Count c) {
      return BigDecimal.valueOf(c.count());
    }
    if (value instanceof Value.Decimal d) {
      return d.value();
    }
    if (value instanceof Value.Empty) {
      return BigDecimal.ZERO;
    }
    throw new AssertionError("not a number: " + value);
  }

  /** The sum of {@code column} over the rows {@code which} keeps. */
  static BigDecimal sum(TidyTable table, String column, java.util.function.IntPredicate which) {
    List<Value> values = table.column(column);
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < values.size(); i++) {
      if (which.test(i)) {
        sum = sum.add(number(values.get(i)));
      }
    }
    return sum;
  }

  /** The text of {@code column} in row {@code row}; empty for an empty value. */
  static String text(TidyTable table, String column, int row) {
    Value v = table.column(column).get(row);
    return v instanceof Value.Text t ? t.text() : v instanceof Value.Empty ? "" : TidyTable.format(v, CsvDialect.PLAIN);
  }
}
