package nl.sociaaldomein.io.taakveld;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.taakveld.InvalidTaakveldCatalogueException;
import nl.sociaaldomein.taakveld.Taakveld;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;
import nl.sociaaldomein.taakveld.TaakveldLevel;

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
 * <p>Two dialects ({@link Dialect}): Dutch Excel, with {@code ;} between fields, and plain
 * comma-separated. Both are UTF-8, read with or without a byte order mark; Dutch Excel is written
 * with one, because Excel needs it to read UTF-8 ("Geëscaleerde" would otherwise come out
 * garbled). A file that is not UTF-8 is refused with the line and column of the first bad byte,
 * not read with replacement characters.
 *
 * <p>Columns are found by their header, in any order and case: {@code code} and {@code name}
 * ({@code naam}, {@code omschrijving}) are required, {@code level} ({@code niveau}) and
 * {@code parent} ({@code ouder}) optional. An empty parent is found as
 * {@link TaakveldCatalogue.Builder#add(TaakveldCode, String)} finds it; a given level must be the
 * code's. Errors name the file, the line, the column (number and header) and the bad text.
 *
 * <p>CSV holds no label or booking year: a reader supplies the label (by default the file name).
 * Beware that Excel, opening a CSV file directly, may turn codes into numbers or dates
 * ({@code 0.10} into {@code 0,1}); import the code column as text.
 */
public final class TaakveldCatalogueCsv {

  /** The two CSV dialects. */
  public enum Dialect {
    /** As Excel reads and writes CSV with Dutch regional settings: {@code ;}, UTF-8 with BOM, CRLF. */
    DUTCH_EXCEL(';', true),
    /** Plain comma-separated values (RFC 4180): {@code ,}, UTF-8 without BOM, CRLF. */
    COMMA(',', false);

    private final char separator;
    private final boolean writesBom;

    Dialect(char separator, boolean writesBom) {
      this.separator = separator;
      this.writesBom = writesBom;
    }

    public char separator() {
      return separator;
    }

    /**
     * The dialect of a file whose first line is {@code headerLine}: Dutch Excel when it holds a
     * {@code ;}, else comma-separated.
     */
    public static Dialect detect(String headerLine) {
      return headerLine.indexOf(';') >= 0 ? DUTCH_EXCEL : COMMA;
    }
  }

  private enum Column { CODE, NAME, LEVEL, PARENT }

  private static final Map<String, Column> HEADERS = Map.of(
      "code", Column.CODE,
      "name", Column.NAME, "naam", Column.NAME, "omschrijving", Column.NAME,
      "level", Column.LEVEL, "niveau", Column.LEVEL,
      "parent", Column.PARENT, "ouder", Column.PARENT);

  private static final char BOM = '\uFEFF';

  private static final Pattern LINE = Pattern.compile("line (\\d+)");

  private TaakveldCatalogueCsv() {}

  /** Reads {@code file} in the dialect its header shows, labelled with the file name. */
  public static TaakveldCatalogue read(Path file) {
    return read(file, null, file.getFileName().toString());
  }

  /**
   * Reads {@code file}.
   *
   * @param dialect the dialect, or null to detect it from the header
   * @param label the catalogue's label
   * @throws TaakveldFormatException naming the file, line, column and bad text
   * @throws UncheckedIOException when the file cannot be read
   */
  public static TaakveldCatalogue read(Path file, Dialect dialect, String label) {
    String source = file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return parse(decode(bytes, source), source, dialect, label);
  }

  /**
   * Reads CSV text from {@code in}, which is left open; a leading byte order mark is skipped.
   *
   * @param source names the input in messages
   * @param dialect the dialect, or null to detect it from the header
   */
  public static TaakveldCatalogue read(Reader in, String source, Dialect dialect, String label) {
    StringBuilder b = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        b.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
    return parse(b.toString(), source, dialect, label);
  }

  /** The catalogue as CSV text in {@code dialect}, byte order mark included where it writes one. */
  public static String toCsv(TaakveldCatalogue catalogue, Dialect dialect) {
    StringWriter out = new StringWriter();
    if (dialect.writesBom) {
      out.write(BOM);
    }
    try (CsvWriter csv = CsvWriter.builder()
        .fieldSeparator(dialect.separator)
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
  public static void write(TaakveldCatalogue catalogue, Path file, Dialect dialect) {
    try {
      Files.writeString(file, toCsv(catalogue, dialect), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** Writes the catalogue to {@code out}, which stays open. */
  public static void write(TaakveldCatalogue catalogue, Writer out, Dialect dialect) {
    try {
      out.write(toCsv(catalogue, dialect));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the catalogue " + catalogue.label(), e);
    }
  }

  private static String decode(byte[] bytes, String source) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      // decode leaves the buffer at the first byte it could not read.
      int bad = in.position();
      long line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, lineStart, bad - lineStart)).length() + 1;
      throw TaakveldFormatException.atPosition(source, line, column, String.format(
          "byte 0x%02X is not UTF-8; save the file as UTF-8 (in Excel: \"CSV UTF-8\")", bytes[bad]), e);
    }
  }

  private static TaakveldCatalogue parse(String text, String source, Dialect dialect, String label) {
    String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    int firstBreak = body.indexOf('\n');
    Dialect d = dialect != null ? dialect : Dialect.detect(firstBreak < 0 ? body : body.substring(0, firstBreak));
    TaakveldCatalogue.Builder builder;
    try {
      builder = TaakveldCatalogue.builder(label);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Bad label for " + source + ": " + e.getMessage(), e);
    }
    List<Long> lines = new ArrayList<>();
    try (CsvReader<CsvRecord> csv = CsvReader.builder()
        .fieldSeparator(d.separator)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .ofCsvRecord(body)) {
      Columns columns = null;
      for (CsvRecord record : csv) {
        if (columns == null) {
          columns = Columns.of(record, source, d);
          continue;
        }
        entry(record, columns, source, builder);
        lines.add(record.getStartingLineNumber());
      }
      if (columns == null) {
        throw TaakveldFormatException.atPosition(source, 1, 1, "empty; expected a header such as "
            + String.join(String.valueOf(d.separator), "code", "name", "level", "parent"), null);
      }
    } catch (CsvParseException e) {
      throw syntaxError(source, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
    try {
      return builder.build();
    } catch (InvalidTaakveldCatalogueException e) {
      List<Long> at = new ArrayList<>();
      e.entries().forEach(i -> at.add(lines.get(i)));
      throw TaakveldFormatException.atLines(source, at, e.getMessage(), e);
    }
  }

  /**
   * FastCSV says "Exception when reading record that started in line 2", with the reason in the
   * cause; the message gives both in this package's form.
   */
  private static TaakveldFormatException syntaxError(String source, CsvParseException e) {
    Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
    String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
    List<Long> lines = m.find() ? List.of(Long.parseLong(m.group(1))) : List.of();
    return TaakveldFormatException.atLines(source, lines, "not valid CSV: " + reason, e);
  }

  /** Where each column is, from the header. */
  private record Columns(Map<Column, Integer> index, List<String> header) {

    static Columns of(CsvRecord header, String source, Dialect dialect) {
      Map<Column, Integer> index = new HashMap<>();
      long line = header.getStartingLineNumber();
      for (int i = 0; i < header.getFieldCount(); i++) {
        String name = header.getField(i);
        Column c = HEADERS.get(name.strip().toLowerCase(Locale.ROOT));
        if (c == null) {
          throw TaakveldFormatException.atCell(source, line, i + 1, null, name, "unknown column; expected code, name"
              + " (or naam, omschrijving), level (niveau) and parent (ouder)"
              + (header.getFieldCount() == 1 && dialect == Dialect.COMMA && name.contains(";")
                  ? "; is this a file with ';' between fields, read as comma-separated?" : ""), null);
        }
        Integer earlier = index.putIfAbsent(c, i);
        if (earlier != null) {
          throw TaakveldFormatException.atCell(source, line, i + 1, null, name,
              "repeats the " + c.name().toLowerCase(Locale.ROOT) + " column of column " + (earlier + 1), null);
        }
      }
      for (Column required : List.of(Column.CODE, Column.NAME)) {
        if (!index.containsKey(required)) {
          throw TaakveldFormatException.atLines(source, List.of(line), "the header has no "
              + required.name().toLowerCase(Locale.ROOT) + " column", null);
        }
      }
      return new Columns(Map.copyOf(index), header.getFields());
    }

    Optional<String> cell(CsvRecord r, Column c) {
      Integer i = index.get(c);
      return i == null || i >= r.getFieldCount() ? Optional.empty() : Optional.of(r.getField(i));
    }

    int number(Column c) {
      return index.get(c) + 1;
    }

    String name(Column c) {
      return header.get(index.get(c)).strip();
    }
  }

  private static void entry(CsvRecord r, Columns columns, String source, TaakveldCatalogue.Builder builder) {
    long line = r.getStartingLineNumber();
    if (r.getFieldCount() > columns.header.size()) {
      int extra = columns.header.size();
      throw TaakveldFormatException.atCell(source, line, extra + 1, null, r.getField(extra),
          "the line has " + r.getFieldCount() + " fields, the header " + columns.header.size(), null);
    }
    String codeText = required(r, columns, Column.CODE, source);
    TaakveldCode code;
    try {
      code = TaakveldCode.parse(codeText);
    } catch (IllegalArgumentException e) {
      throw cellError(source, line, columns, Column.CODE, codeText, e);
    }
    String name = required(r, columns, Column.NAME, source);
    try {
      // Under the implied parent, which every code allows, only the name can be at fault.
      new Taakveld(code, name, code.impliedParent());
    } catch (IllegalArgumentException e) {
      throw cellError(source, line, columns, Column.NAME, name, e);
    }
    Optional<String> level = columns.cell(r, Column.LEVEL).filter(s -> !s.isBlank());
    if (level.isPresent() && !normalisedLevel(level.get()).equals(code.level().name())) {
      throw TaakveldFormatException.atCell(source, line, columns.number(Column.LEVEL), columns.name(Column.LEVEL),
          level.get(), "code " + code + " is a " + code.level(), null);
    }
    Optional<String> parent = columns.cell(r, Column.PARENT).filter(s -> !s.isBlank());
    if (parent.isEmpty()) {
      builder.add(code, name);
      return;
    }
    try {
      builder.add(new Taakveld(code, name, Optional.of(TaakveldCode.parse(parent.get()))));
    } catch (IllegalArgumentException e) {
      throw cellError(source, line, columns, Column.PARENT, parent.get(), e);
    }
  }

  private static String normalisedLevel(String level) {
    return level.strip().toUpperCase(Locale.ROOT).replace("-", "");
  }

  private static String required(CsvRecord r, Columns columns, Column c, String source) {
    Optional<String> cell = columns.cell(r, c);
    if (cell.isEmpty() || cell.get().isEmpty()) {
      throw TaakveldFormatException.atCell(source, r.getStartingLineNumber(), columns.number(c), columns.name(c), "",
          "empty; every line needs a " + c.name().toLowerCase(Locale.ROOT), null);
    }
    return cell.get();
  }

  private static TaakveldFormatException cellError(String source, long line, Columns columns, Column c, String text,
      IllegalArgumentException e) {
    return TaakveldFormatException.atCell(source, line, columns.number(c), columns.name(c), text, e.getMessage(), e);
  }
}
