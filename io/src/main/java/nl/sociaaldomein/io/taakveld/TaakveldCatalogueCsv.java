// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.TextInput;
import nl.sociaaldomein.io.TextOutput;
import nl.sociaaldomein.io.taakveld.CatalogueEntries.Field;
import nl.sociaaldomein.taakveld.Taakveld;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * A taakveld catalogue as CSV: a header, then one line per entry in order.
 *
 * <pre>
 * code;name;level;parent
 * 6.;SOCIAAL DOMEIN;HOOFDTAAKVELD;
 * 6.71;Maatwerkdienstverlening 18+;TAAKVELD;6.
 * 6.71a;Huishoudelijke hulp (WMO);SUBTAAKVELD;6.71
 * </pre>
 *
 * <p>Both {@link CsvDialect}s are read, detected from the header line, with or without a byte
 * order mark; {@link CsvDialect#DUTCH_EXCEL} is written with one. A file must be UTF-8: it is not
 * read with replacement characters.
 *
 * <p>Columns are found by their header, in any order and case: {@code code} and {@code name}
 * ({@code naam}, {@code omschrijving}) are required, {@code level} ({@code niveau}) and
 * {@code parent} ({@code ouder}) optional. An empty parent is found as
 * {@link TaakveldCatalogue.Builder#add(TaakveldCode, String)} finds it; a given level must be the
 * code's.
 *
 * <p>Every reader returns a {@link ReadResult}. Each data line is a row: it is accepted, or
 * rejected with a problem naming the file, the line (physical, counting blank lines and line
 * breaks inside quotes), the column by its header and the bad text, and the other lines are still
 * read. The value is the catalogue of the accepted lines. It is empty when the file as a whole is
 * at fault: not UTF-8 (a problem at the line and character of the first bad byte), no header or a
 * bad one, broken quoting (reading stops at that line), or lines that do not make a catalogue (a
 * code twice, a missing parent: a problem at each line involved, without rejecting it). In
 * {@link ReadMode#STRICT} the first problem is thrown as a {@link ReadException}.
 *
 * <p>CSV holds no label or booking year: the catalogue is labelled with the file name (or the
 * source), unless a label is given. Beware that Excel, opening a CSV file directly, may turn codes
 * into numbers or dates ({@code 0.10} into {@code 0,1}); import the code column as text.
 */
public final class TaakveldCatalogueCsv {

  private static final Map<String, Field> HEADERS = Map.of(
      "code", Field.CODE,
      "name", Field.NAME, "naam", Field.NAME, "omschrijving", Field.NAME,
      "level", Field.LEVEL, "niveau", Field.LEVEL,
      "parent", Field.PARENT, "ouder", Field.PARENT);

  private static final char BOM = '\uFEFF';

  private TaakveldCatalogueCsv() {}

  /** Reads {@code file} leniently, labelled with its file name; see {@link #read(Path, ReadMode, String)}. */
  public static ReadResult<TaakveldCatalogue> read(Path file) {
    return read(file, ReadMode.LENIENT);
  }

  /** Reads {@code file}, labelled with its file name; see {@link #read(Path, ReadMode, String)}. */
  public static ReadResult<TaakveldCatalogue> read(Path file, ReadMode mode) {
    return read(file, mode, file.getFileName().toString());
  }

  /**
   * Reads {@code file}; problems name its file name.
   *
   * @param label the catalogue's label
   * @throws ReadException in strict mode, at the first problem
   * @throws IllegalArgumentException when {@code label} is no label (blank, or more than a line)
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ReadResult<TaakveldCatalogue> read(Path file, ReadMode mode, String label) {
    String source = file.getFileName().toString();
    TaakveldCatalogue.Builder builder = builder(label, source);
    return TextInput.parse(file, source, StandardCharsets.UTF_8, mode, (text, log) -> parse(text, builder, log));
  }

  /**
   * Reads {@code file}, whose bytes are text in {@code charset} (such as windows-1252 for a CSV
   * file saved by Windows tools), as {@link #read(Path, ReadMode, String)} does.
   */
  public static ReadResult<TaakveldCatalogue> read(Path file, Charset charset, ReadMode mode, String label) {
    String source = file.getFileName().toString();
    TaakveldCatalogue.Builder builder = builder(label, source);
    return TextInput.parse(file, source, charset, mode, (text, log) -> parse(text, builder, log));
  }

  /**
   * Reads {@code in}, which is left open, as text in {@code charset}, as
   * {@link #read(Reader, String, ReadMode, String)} does.
   */
  public static ReadResult<TaakveldCatalogue> read(InputStream in, String source, Charset charset, ReadMode mode,
      String label) {
    TaakveldCatalogue.Builder builder = builder(label, source);
    return TextInput.parse(in, source, charset, mode, (text, log) -> parse(text, builder, log));
  }

  /** Reads {@code in} leniently, labelled with {@code source}; see {@link #read(Reader, String, ReadMode, String)}. */
  public static ReadResult<TaakveldCatalogue> read(Reader in, String source) {
    return read(in, source, ReadMode.LENIENT);
  }

  /** Reads {@code in}, labelled with {@code source}; see {@link #read(Reader, String, ReadMode, String)}. */
  public static ReadResult<TaakveldCatalogue> read(Reader in, String source, ReadMode mode) {
    return read(in, source, mode, source);
  }

  /**
   * Reads CSV text from {@code in}, which is left open; a leading byte order mark is skipped.
   *
   * @param source names the input in problems
   * @param label the catalogue's label
   * @throws ReadException in strict mode, at the first problem
   * @throws IllegalArgumentException when {@code label} is no label (blank, or more than a line)
   */
  public static ReadResult<TaakveldCatalogue> read(Reader in, String source, ReadMode mode, String label) {
    TaakveldCatalogue.Builder builder = builder(label, source);
    return TextInput.parse(in, source, mode, (text, log) -> parse(text, builder, log));
  }

  /** The catalogue as CSV text in {@code dialect}, byte order mark included where it writes one. */
  public static String toCsv(TaakveldCatalogue catalogue, CsvDialect dialect) {
    StringWriter out = new StringWriter();
    if (dialect.byteOrderMark()) {
      out.write(BOM);
    }
    try (CsvWriter csv = CsvWriter.builder()
        .fieldSeparator(dialect.separator())
        .lineDelimiter(LineDelimiter.CRLF)
        .build(out)) {
      csv.writeRecord("code", "name", "level", "parent");
      for (Taakveld t : catalogue.all()) {
        csv.writeRecord(t.code().toString(), t.name(), t.level().name(),
            t.parent().map(TaakveldCode::toString).orElse(""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write CSV to memory", e);
    }
    return out.toString();
  }

  /** Writes the catalogue to {@code file}, UTF-8, in {@code dialect}. */
  public static void write(TaakveldCatalogue catalogue, Path file, CsvDialect dialect) {
    TextOutput.write(toCsv(catalogue, dialect), file);
  }

  /** Writes the catalogue to {@code out}, which stays open, in {@code dialect}. */
  public static void write(TaakveldCatalogue catalogue, Writer out, CsvDialect dialect) {
    TextOutput.write(toCsv(catalogue, dialect), out, "the catalogue " + catalogue.label());
  }

  private static TaakveldCatalogue.Builder builder(String label, String source) {
    try {
      return TaakveldCatalogue.builder(label);
    } catch (IllegalArgumentException e) {
      throw new SociaalDomeinException("Bad label for " + source + ": " + e.getMessage(), e);
    }
  }

  private static Optional<TaakveldCatalogue> parse(String text, TaakveldCatalogue.Builder builder, ProblemLog log) {
    String source = log.source();
    String body = TextInput.withoutByteOrderMark(text);
    CsvDialect dialect = TextInput.dialectOf(body);
    log.dialect(dialect);
    CatalogueEntries entries = new CatalogueEntries(builder, log);
    try (CsvReader<CsvRecord> csv = dialect.records(body)) {
      Optional<Columns> columns = Optional.empty();
      boolean header = true;
      for (CsvRecord record : csv) {
        if (header) {
          header = false;
          columns = Columns.of(record, log);
          continue;
        }
        if (columns.isEmpty()) {
          // Without the header's columns no line can be read; each is rejected, none is lost.
          log.reject(Problem.of(Location.atLine(source, record.getStartingLineNumber()),
              "not read: the header is wrong"));
          continue;
        }
        entry(record, columns.get(), entries, log);
      }
      if (header) {
        log.add(Problem.of(Location.atCharacter(source, 1, 1), "empty; expected a header such as "
            + String.join(String.valueOf(dialect.separator()), "code", "name", "level", "parent")));
        return Optional.empty();
      }
      if (columns.isEmpty()) {
        return Optional.empty();
      }
    } catch (CsvParseException e) {
      // FastCSV cannot go on after broken quoting, so the rest of the file is not read.
      log.add(TextInput.syntaxError(source, e), e);
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
    return entries.build(Location.of(source));
  }

  /** Where each column is, from the header. */
  private record Columns(Map<Field, Integer> index, List<String> header) {

    /** The columns of {@code header}; empty, with every fault of the header in {@code log}, when it has any. */
    static Optional<Columns> of(CsvRecord header, ProblemLog log) {
      String source = log.source();
      long problemsBefore = log.problemCount();
      Map<Field, Integer> index = new EnumMap<>(Field.class);
      long line = header.getStartingLineNumber();
      for (int i = 0; i < header.getFieldCount(); i++) {
        String name = header.getField(i);
        Field c = HEADERS.get(name.strip().toLowerCase(Locale.ROOT));
        if (c == null) {
          log.add(Problem.of(Location.atCell(source, line, name.strip()), name, "unknown column; expected code,"
              + " name (or naam, omschrijving), level (niveau) and parent (ouder)"));
          continue;
        }
        Integer earlier = index.putIfAbsent(c, i);
        if (earlier != null) {
          log.add(Problem.of(Location.atCell(source, line, name.strip()), name,
              "repeats the " + c.name().toLowerCase(Locale.ROOT) + " column of column " + (earlier + 1)));
        }
      }
      for (Field required : List.of(Field.CODE, Field.NAME)) {
        if (!index.containsKey(required)) {
          log.add(Problem.of(Location.atLine(source, line),
              "the header has no " + required.name().toLowerCase(Locale.ROOT) + " column"));
        }
      }
      return log.problemCount() > problemsBefore ? Optional.empty()
          : Optional.of(new Columns(Map.copyOf(index), header.getFields()));
    }

    Optional<String> cell(CsvRecord r, Field c) {
      Integer i = index.get(c);
      return i == null || i >= r.getFieldCount() ? Optional.empty() : Optional.of(r.getField(i));
    }

    Location at(String source, long line, Field c) {
      return Location.atCell(source, line, header.get(index.get(c)).strip());
    }
  }

  private static void entry(CsvRecord r, Columns columns, CatalogueEntries entries, ProblemLog log) {
    String source = log.source();
    long line = r.getStartingLineNumber();
    if (r.getFieldCount() > columns.header.size()) {
      entries.reject(Problem.of(Location.atLine(source, line), r.getField(columns.header.size()),
          "field " + (columns.header.size() + 1) + " is beyond the header: the line has " + r.getFieldCount()
              + " fields, the header " + columns.header.size()), null);
      return;
    }
    for (Field required : List.of(Field.CODE, Field.NAME)) {
      if (columns.cell(r, required).filter(s -> !s.isEmpty()).isEmpty()) {
        entries.reject(Problem.of(columns.at(source, line, required), "",
            "empty; every line needs a " + required.name().toLowerCase(Locale.ROOT)), null);
        return;
      }
    }
    entries.read(Location.atLine(source, line), columns.cell(r, Field.CODE).orElseThrow(),
        columns.cell(r, Field.NAME).orElseThrow(), columns.cell(r, Field.LEVEL).filter(s -> !s.isBlank()),
        columns.cell(r, Field.PARENT).filter(s -> !s.isBlank()),
        field -> columns.at(source, line, field));
  }
}
