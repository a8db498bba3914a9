// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.statement;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.CsvTable;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.TextInput;
import nl.sociaaldomein.statement.Statement;

/**
 * Reads a statement from a CSV table as people export one ({@code Taakveld;Omschrijving;Lasten;Baten},
 * in any column order, other columns left alone), by a {@link ColumnMapping}. See
 * {@code docs/formats.md}, "Column-mapped CSV".
 *
 * <p>The reader contract holds: the header is the first line that holds anything (after
 * {@code #source} and {@code #note} rows); every line after it that holds anything in a mapped
 * column is a row, accepted whole or rejected with a {@link Problem} at its line and column;
 * figures are read in Dutch notation (or as plain decimals in a comma-separated file), through
 * {@code nl.sociaaldomein.notation}; {@link ReadMode#STRICT} throws at the first problem.
 */
public final class MappedCsv {

  private MappedCsv() {}

  /** Reads {@code file}, UTF-8, by {@code mapping}, leniently. */
  public static ReadResult<Statement> read(Path file, ColumnMapping mapping) {
    return read(file, StandardCharsets.UTF_8, mapping, ReadMode.LENIENT);
  }

  /** Reads {@code file}, text in {@code charset} (such as windows-1252), by {@code mapping}, in {@code mode}. */
  public static ReadResult<Statement> read(Path file, Charset charset, ColumnMapping mapping, ReadMode mode) {
    Objects.requireNonNull(mapping, "mapping");
    return TextInput.parse(file, charset, mode, (text, log) -> read(text, mapping, log));
  }

  /** Reads {@code in}, which is left open, as text in {@code charset}; {@code source} names it in problems. */
  public static ReadResult<Statement> read(InputStream in, String source, Charset charset, ColumnMapping mapping,
      ReadMode mode) {
    Objects.requireNonNull(mapping, "mapping");
    return TextInput.parse(in, source, charset, mode, (text, log) -> read(text, mapping, log));
  }

  /** Reads {@code in}, which is left open and already decoded; {@code source} names it in problems. */
  public static ReadResult<Statement> read(Reader in, String source, ColumnMapping mapping, ReadMode mode) {
    Objects.requireNonNull(mapping, "mapping");
    return TextInput.parse(in, source, mode, (text, log) -> read(text, mapping, log));
  }

  private static Optional<Statement> read(String text, ColumnMapping mapping, ProblemLog log) {
    CsvDialect dialect = TextInput.dialectOf(text);
    log.dialect(dialect);
    String body = TextInput.withoutByteOrderMark(text);
    String source = log.source();
    MappedRows rows = new MappedRows(mapping, log, dialect);
    boolean ready = false;
    List<String> header = new ArrayList<>();
    Optional<TextInput.UnclosedQuote> unclosed = TextInput.unclosedQuote(body, dialect.separator());
    try (CsvReader<CsvRecord> csv = dialect.records(body)) {
      for (CsvRecord record : csv) {
        long line = record.getStartingLineNumber();
        if (unclosed.isPresent() && unclosed.get().firstLine() == line) {
          if (!ready) {
            log.add(unclosed.get().problem(source));
            return Optional.empty();
          }
          unclosed.get().rejectRows(log);
        } else if (record.getFields().stream().allMatch(String::isBlank)) {
          continue;
        } else if (!ready && record.getField(0).trim().startsWith("#")) {
          // #source and #note rows above the header document the file for people.
          continue;
        } else if (!ready) {
          record.getFields().forEach(f -> header.add(f.trim()));
          if (!rows.header(i -> Optional.of(header.get(i)), header.size(), Location.atLine(source, line))) {
            return Optional.empty();
          }
          ready = true;
        } else {
          rows.row(i -> MappedRows.RawCell.text(CsvTable.field(record, i), Location.atCell(source, line, header.get(i))),
              Location.atLine(source, line), "line " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    } catch (CsvParseException e) {
      log.add(TextInput.syntaxError(source, e), e);
      return Optional.empty();
    }
    if (!ready) {
      log.add(Problem.of(Location.atLine(source, 1), "no header row; the mapping reads "
          + String.join(String.valueOf(dialect.separator()), mapping.headers())));
      return Optional.empty();
    }
    return rows.build(Location.of(source));
  }
}
