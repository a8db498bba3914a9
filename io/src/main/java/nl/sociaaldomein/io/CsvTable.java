// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A table as the savings files keep it: one fixed header (case ignored, blank columns to the
 * right ignored), data rows below it, and {@code #source} and {@code #note} rows for people
 * anywhere. What a spreadsheet adds is tolerated (rows of separators only, blank columns to the
 * right); everything else is a {@link Problem} at its line, and the reader's contract holds: a
 * quote left open rejects the rows it swallows, a row with more fields than the header has is
 * rejected, a file without the header reads nothing.
 */
public final class CsvTable {

  /** Reads one data row; the handler accepts or rejects it in the log. */
  @FunctionalInterface
  public interface RowHandler {
    /** Handles {@code record}, which starts on the 1-based {@code line} of the file. */
    void row(CsvRecord record, long line);
  }

  private CsvTable() {}

  /**
   * Reads {@code text} (byte order mark already dropped) in {@code dialect}, handing each data
   * row to {@code rows}. Returns whether the header was found and the text read to its end;
   * when not, the problem is in {@code log}.
   */
  public static boolean read(String text, CsvDialect dialect, List<String> header, ProblemLog log, RowHandler rows) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(rows, "rows");
    String source = log.source();
    boolean ready = false;
    Optional<TextInput.UnclosedQuote> unclosed = TextInput.unclosedQuote(text, dialect.separator());
    try (CsvReader<CsvRecord> csv = dialect.records(text)) {
      for (CsvRecord record : csv) {
        long line = record.getStartingLineNumber();
        if (unclosed.isPresent() && unclosed.get().firstLine() == line) {
          if (!ready) {
            log.add(unclosed.get().problem(source));
            return false;
          }
          unclosed.get().rejectRows(log);
        } else if (record.getFields().stream().allMatch(String::isBlank)) {
          // A row of separators only, as a spreadsheet saves an empty row, is a blank line.
          continue;
        } else if (field(record, 0).startsWith("#")) {
          comment(record, line, log);
        } else if (!ready) {
          if (!header(record, line, dialect, header, log)) {
            return false;
          }
          ready = true;
        } else {
          if (!hasExtraFields(record, line, header.size(), log)) {
            rows.row(record, line);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    } catch (CsvParseException e) {
      log.add(TextInput.syntaxError(source, e), e);
      return false;
    }
    if (!ready) {
      log.add(Problem.of(Location.atLine(source, 1), "no header row (" + String.join(
          String.valueOf(dialect.separator()), header) + ")"));
    }
    return ready;
  }

  /** Field {@code index} trimmed; blank when the row is shorter. */
  public static String field(CsvRecord record, int index) {
    return index < record.getFieldCount() ? record.getField(index).trim() : "";
  }

  /**
   * Writes {@code records}, the header first, to {@code out}, which stays open, with the
   * dialect's separator and its byte order mark where it writes one.
   */
  public static void write(List<List<String>> records, Writer out, CsvDialect dialect) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(dialect, "dialect");
    try {
      if (dialect.byteOrderMark()) {
        out.write('\uFEFF');
      }
      CsvWriter csv = CsvWriter.builder().fieldSeparator(dialect.separator()).build(out);
      records.forEach(csv::writeRecord);
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void comment(CsvRecord record, long line, ProblemLog log) {
    String key = field(record, 0).toLowerCase(Locale.ROOT);
    if (!key.equals("#source") && !key.equals("#note")) {
      log.add(Problem.of(Location.atLine(log.source(), line), field(record, 0),
          "unknown comment row; expected #source or #note"));
    }
  }

  private static boolean header(CsvRecord record, long line, CsvDialect dialect, List<String> header, ProblemLog log) {
    List<String> fields = new ArrayList<>();
    record.getFields().forEach(f -> fields.add(f.trim().toLowerCase(Locale.ROOT)));
    // Trailing blank columns are what a spreadsheet saves beside a table.
    while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
      fields.remove(fields.size() - 1);
    }
    if (!fields.equals(header)) {
      String separator = String.valueOf(dialect.separator());
      log.add(Problem.of(Location.atLine(log.source(), line), String.join(separator, record.getFields()),
          "the header is " + String.join(separator, header)));
      return false;
    }
    return true;
  }

  /** Rejects a row with a field right of the header's columns: its fields are likely shifted. */
  private static boolean hasExtraFields(CsvRecord record, long line, int columns, ProblemLog log) {
    for (int i = columns; i < record.getFieldCount(); i++) {
      if (!record.getField(i).isBlank()) {
        log.reject(Problem.of(Location.atLine(log.source(), line), record.getField(i),
            "more fields than the header has columns"));
        return true;
      }
    }
    return false;
  }
}
