// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.reference;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.StringReader;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.CsvTable;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.TextInput;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.testkit.internal.PrintedCells;
import nl.sociaaldomein.testkit.internal.Words;

/**
 * Another tool's output for a reference case held against the library's answer, figure by
 * figure: a difference within the rounding bound of the figures involved is reported as
 * {@link Difference.Kind#ROUNDING}, not as an error. The shapes of the output are in
 * docs/testkit.md: a statement in io's statement CSV, or a table under the case's header.
 */
public final class Conformance {

  private Conformance() {}

  /**
   * Checks the file {@code output}, read as UTF-8 (a byte order mark is skipped). A file that is
   * not UTF-8 throws {@link UnreadableOutputException} at the line and character of its first bad
   * byte; one that cannot be opened, {@link java.io.UncheckedIOException}.
   */
  public static ConformanceReport check(ReferenceCase referenceCase, Path output) {
    Objects.requireNonNull(output, "output");
    ProblemLog log = new ProblemLog(output.toString(), ReadMode.LENIENT);
    String text = TextInput.read(output, log).orElseThrow(() -> new UnreadableOutputException(output.toString(),
        log.report().problems().stream().map(Object::toString).collect(Collectors.joining("; "))));
    return check(referenceCase, text, output.toString());
  }

  /**
   * Checks the CSV text {@code output}; {@code source} names it in the report. Throws
   * {@link UnreadableOutputException} when the output cannot be read as the case's shape at all
   * (no header, not a statement); a cell that is no figure is a difference.
   */
  public static ConformanceReport check(ReferenceCase referenceCase, String output, String source) {
    Objects.requireNonNull(referenceCase, "referenceCase");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(source, "source");
    String text = output.startsWith("\uFEFF") ? output.substring(1) : output;
    return switch (referenceCase.shape()) {
      case STATEMENT -> statement(referenceCase, text, source);
      case TABLE -> table(referenceCase, text, source);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  private static ConformanceReport statement(ReferenceCase referenceCase, String text, String source) {
    ReadResult<Statement> read = StatementCsv.read(new StringReader(text), source);
    if (read.value().isEmpty()) {
      throw new UnreadableOutputException(source, "not a statement CSV: "
          + read.problems().stream().map(Object::toString).collect(Collectors.joining("; ")));
    }
    Statement expected = referenceCase.expectedStatement();
    Statement actual = read.value().get();
    List<Difference> out = new ArrayList<>();
    read.problems().forEach(p -> out.add(new Difference(Difference.Kind.UNREADABLE, p.toString(), "", "", "")));
    int compared = 0;
    for (Cell cell : PrintedCells.of(expected, actual)) {
      String place = cell.toString();
      boolean expectedColumn = hasColumn(expected, cell.column());
      boolean actualColumn = hasColumn(actual, cell.column());
      Optional<PrintedFigure> e = expectedColumn ? expected.printedEffect(cell) : Optional.empty();
      Optional<PrintedFigure> a = actualColumn ? actual.printedEffect(cell) : Optional.empty();
      if (e.isPresent() && a.isEmpty()) {
        out.add(new Difference(Difference.Kind.MISSING, place, Words.printed(e.get()), "", ""));
      } else if (e.isPresent()) {
        compared++;
        compare(place, e.get().toEstimate(), Words.printed(e.get()), a.get()).ifPresent(out::add);
      } else if (a.isPresent()) {
        // A cell the document leaves blank: held against what the document's figures give for it.
        Optional<Estimate> computed = expectedColumn && knows(expected, cell) ? Optional.of(expected.effect(cell)) : Optional.empty();
        if (computed.isEmpty()) {
          out.add(new Difference(Difference.Kind.UNEXPECTED, place, "", Words.printed(a.get()), "the answer has no such cell"));
        } else {
          compared++;
          compare(place, computed.get(), "computed " + Words.euros(computed.get().nominal()), a.get()).ifPresent(out::add);
        }
      }
    }
    return new ConformanceReport(referenceCase, source, compared, out);
  }

  /** Whether {@code cell}'s row is one of {@code statement}'s rows. */
  private static boolean knows(Statement statement, Cell cell) {
    Place place = cell.place();
    return place.isLine() ? statement.lines().contains(place) : statement.derivedPlaces().contains(place)
        || statement.lines().stream().anyMatch(place::covers);
  }

  private static boolean hasColumn(Statement statement, String label) {
    return statement.columns().stream().map(Column::label).anyMatch(label::equals);
  }

  // ---------------------------------------------------------------------------------------------
  // Tables

  private static ConformanceReport table(ReferenceCase referenceCase, String output, String source) {
    List<String> header = referenceCase.header();
    int keys = referenceCase.keyColumns();
    Map<List<String>, Row> expected = rows(referenceCase.expected(), CsvDialect.DUTCH_EXCEL, header, keys, referenceCase.name());
    String firstLine = output.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
    CsvDialect dialect = CsvDialect.detect(firstLine);
    Units units = Units.of(firstLine, dialect, header.size());
    String text = units.plainHeader().map(h -> output.replaceFirst(Pattern.quote(firstLine), Matcher.quoteReplacement(h)))
        .orElse(output);
    List<Difference> out = new ArrayList<>();
    Map<List<String>, Row> actual = new LinkedHashMap<>();
    ProblemLog log = new ProblemLog(source, ReadMode.LENIENT);
    boolean read = CsvTable.read(text, dialect, lowerCase(header), log, (record, line) -> {
      Row row = Row.of(record, line, header.size(), keys);
      if (actual.putIfAbsent(row.normalisedKey(), row) != null) {
        out.add(new Difference(Difference.Kind.UNEXPECTED, "line " + line + ", row " + row.place(header, keys), "",
            String.join(";", row.fields), "the row appears twice"));
      }
    });
    if (!read) {
      throw new UnreadableOutputException(source, log.report().problems().stream().map(Object::toString)
          .collect(Collectors.joining("; ")) + "; expected the header " + String.join(";", header));
    }
    // What the reader refused (a row with more fields than the header, an unknown comment row).
    log.report().problems().forEach(p -> out.add(new Difference(Difference.Kind.UNREADABLE, p.toString(), "", "", "")));
    int compared = 0;
    for (Row e : expected.values()) {
      String rowPlace = "row " + e.place(header, keys);
      Row a = actual.get(e.normalisedKey());
      if (a == null) {
        out.add(new Difference(Difference.Kind.MISSING, rowPlace, String.join(";", e.fields), "", "the row is missing"));
        continue;
      }
      for (int c = keys; c < header.size(); c++) {
        String place = rowPlace + ", column " + SociaalDomeinException.quote(header.get(c)) + " (line " + a.line + ")";
        String ef = e.fields.get(c);
        String af = a.fields.get(c);
        if (ef.isEmpty() && af.isEmpty()) {
          continue;
        }
        if (af.isEmpty()) {
          out.add(new Difference(Difference.Kind.MISSING, place, ef, "", ""));
          continue;
        }
        if (ef.isEmpty()) {
          out.add(new Difference(Difference.Kind.UNEXPECTED, place, "", af, "the answer has no figure here"));
          continue;
        }
        PrintedFigure figure;
        try {
          Optional<PrintedFigure> parsed = dialect.readFigure(af, units.of(c));
          if (parsed.isEmpty()) {
            out.add(new Difference(Difference.Kind.MISSING, place, ef, af, ""));
            continue;
          }
          figure = parsed.get();
        } catch (IllegalArgumentException ex) {
          out.add(new Difference(Difference.Kind.UNREADABLE, place, ef, af, ex.getMessage()));
          continue;
        }
        compared++;
        BigDecimal exact = CsvDialect.DUTCH_EXCEL.readFigure(ef, EuroUnit.EUROS).orElseThrow().nominal();
        compare(place, Estimate.of(exact, BigDecimal.ZERO), ef, figure).ifPresent(out::add);
      }
    }
    for (Row a : actual.values()) {
      if (!expected.containsKey(a.normalisedKey())) {
        out.add(new Difference(Difference.Kind.UNEXPECTED, "line " + a.line + ", row " + a.place(header, keys), "",
            String.join(";", a.fields), "the answer has no such row"));
      }
    }
    return new ConformanceReport(referenceCase, source, compared, out);
  }

  private static Map<List<String>, Row> rows(String text, CsvDialect dialect, List<String> header, int keys, String source) {
    Map<List<String>, Row> out = new LinkedHashMap<>();
    ProblemLog log = new ProblemLog(source, ReadMode.STRICT);
    CsvTable.read(text, dialect, lowerCase(header), log, (record, line) -> {
      Row row = Row.of(record, line, header.size(), keys);
      out.put(row.normalisedKey(), row);
    });
    return out;
  }

  /**
   * The unit of each figure column of an output's header, where a column states one after its
   * name ({@code kosten (x 1.000)}, {@code kosten (x € 1.000.000)}); euros where it states none.
   */
  private record Units(List<EuroUnit> units, Optional<String> plainHeader) {
    private static final Pattern SUFFIX = Pattern.compile("^(.*?)\\s*\\(x\\s*(?:€\\s*)?(1(?:\\.000)*)\\)$");

    static Units of(String headerLine, CsvDialect dialect, int width) {
      String separator = String.valueOf(dialect.separator());
      String[] fields = fields(headerLine, dialect);
      List<EuroUnit> units = new ArrayList<>();
      boolean any = false;
      for (int i = 0; i < Math.max(width, fields.length); i++) {
        Matcher m = i < fields.length ? SUFFIX.matcher(fields[i].trim()) : null;
        EuroUnit unit = EuroUnit.EUROS;
        if (m != null && m.matches()) {
          int exponent = (m.group(2).length() - 1) / 4 * 3;
          for (EuroUnit u : EuroUnit.values()) {
            if (u.exponent() == exponent) {
              unit = u;
              fields[i] = m.group(1);
              any = true;
            }
          }
        }
        units.add(unit);
      }
      return new Units(List.copyOf(units), any ? Optional.of(String.join(separator, fields)) : Optional.empty());
    }

    /** The header's names as the dialect reads them: a quoted name may hold the separator or quotes. */
    private static String[] fields(String headerLine, CsvDialect dialect) {
      try (CsvReader<CsvRecord> reader = dialect.records(headerLine)) {
        return reader.stream().findFirst().map(r -> r.getFields().toArray(String[]::new)).orElse(new String[0]);
      } catch (IOException e) {
        // A reader over a string in memory reads nothing from a device; closing it cannot fail.
        throw new IllegalStateException(e);
      }
    }

    EuroUnit of(int column) {
      return column < units.size() ? units.get(column) : EuroUnit.EUROS;
    }
  }

  /** The header as CsvTable matches it: case ignored. */
  private static List<String> lowerCase(List<String> header) {
    return header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
  }

  /** One data row: its fields, trimmed, as many as the header has. */
  private record Row(List<String> fields, long line, int keys) {
    static Row of(CsvRecord record, long line, int width, int keys) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        fields.add(CsvTable.field(record, i));
      }
      return new Row(List.copyOf(fields), line, keys);
    }

    /** The key, as compared: case and surrounding blanks ignored. */
    List<String> normalisedKey() {
      return fields.subList(0, keys).stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    }

    String place(List<String> header, int keys) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < keys; i++) {
        parts.add(header.get(i) + "=" + fields.get(i));
      }
      return String.join(", ", parts);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The difference between the answer {@code expected} (an exact figure, or a printed one with
   * its bound) and the output's {@code actual}, if any: rounding when some true value lies within
   * both, else a difference beyond the bound.
   */
  private static Optional<Difference> compare(String place, Estimate expected, String expectedText, PrintedFigure actual) {
    BigDecimal difference = actual.nominal().subtract(expected.nominal());
    if (difference.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal bound = expected.halfWidth().add(actual.halfWidth());
    String detail = "difference " + Words.euros(difference) + ", rounding allows " + Words.euros(bound);
    Difference.Kind kind = actual.isConsistentWith(expected) ? Difference.Kind.ROUNDING : Difference.Kind.DIFFERENT;
    return Optional.of(new Difference(kind, place, expectedText, Words.printed(actual), detail));
  }

  /** Thrown when an output cannot be read as its case's shape at all: no header, or not a statement. */
  public static final class UnreadableOutputException extends SociaalDomeinException {
    private static final long serialVersionUID = 1L;

    UnreadableOutputException(String source, String why) {
      super(source, Optional.empty(), why);
    }
  }
}
