// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.CsvTable;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.TextInput;
import nl.sociaaldomein.io.TextOutput;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Kind;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Status;

/**
 * Reads and writes a {@link SavingsPlan} as CSV: one row per measure or cost, in the order of
 * the plan. See {@code docs/formats.md}, "Savings CSV".
 *
 * <p>Reading keeps the contract of every reader of this library: every row is accepted or
 * rejected with a {@link Problem} at its file, line and column; a second row with an id already
 * read is rejected naming the first. {@link ReadMode#STRICT} throws at the first problem.
 *
 * <p>Writing gives a file that reads back to an equal plan. Fields are read trimmed, so a plan
 * whose id, description, domain or tag has surrounding spaces, whose id starts with {@code #},
 * or whose tag holds the separator {@code |}, is refused when written rather than changed.
 */
public final class SavingsCsv {

  static final String ID = "id";
  static final String DESCRIPTION = "description";
  static final String DOMAIN = "domain";
  static final String KIND = "kind";
  static final String AMOUNT = "amount";
  static final String FIRST_YEAR = "first year";
  static final String LAST_YEAR = "last year";
  static final String STATUS = "status";
  static final String REALISED = "realised";
  static final String TAGS = "tags";
  /** Between the tags of one cell. */
  static final String TAG_SEPARATOR = "|";

  static final List<String> HEADER =
      List.of(ID, DESCRIPTION, DOMAIN, KIND, AMOUNT, FIRST_YEAR, LAST_YEAR, STATUS, REALISED, TAGS);

  /** The words of the kind column: Dutch as written, English also read. */
  private static final Map<String, Kind> KINDS = Map.of(
      "structureel", Kind.STRUCTURAL, "incidenteel", Kind.INCIDENTAL, "kosten", Kind.COST,
      "structural", Kind.STRUCTURAL, "incidental", Kind.INCIDENTAL, "cost", Kind.COST);

  private SavingsCsv() {}

  /** Reads the plan in {@code file}, leniently. */
  public static ReadResult<SavingsPlan> read(Path file) {
    return read(file, ReadMode.LENIENT);
  }

  /** Reads the plan in {@code file} in {@code mode}. */
  public static ReadResult<SavingsPlan> read(Path file, ReadMode mode) {
    return TextInput.parse(file, mode, (text, log) -> read(text, log));
  }

  /**
   * Reads the plan in {@code file}, whose bytes are text in {@code charset} (such as
   * windows-1252 for a CSV file saved by Windows tools), in {@code mode}; a byte not valid in it
   * is a problem at its line and character, never a replacement character.
   */
  public static ReadResult<SavingsPlan> read(Path file, Charset charset, ReadMode mode) {
    return TextInput.parse(file, charset, mode, (text, log) -> read(text, log));
  }

  /**
   * Reads the plan in {@code in}, which is left open, as text in {@code charset}, in
   * {@code mode}; {@code source} names it in problems.
   */
  public static ReadResult<SavingsPlan> read(InputStream in, String source, Charset charset, ReadMode mode) {
    return TextInput.parse(in, source, charset, mode, (text, log) -> read(text, log));
  }

  /** Reads a plan from {@code in}, leniently; {@code source} names it in problems. */
  public static ReadResult<SavingsPlan> read(Reader in, String source) {
    return read(in, source, ReadMode.LENIENT);
  }

  /** Reads a plan from {@code in} in {@code mode}; {@code source} names it in problems. */
  public static ReadResult<SavingsPlan> read(Reader in, String source, ReadMode mode) {
    return TextInput.parse(in, source, mode, (text, log) -> read(text, log));
  }

  private static Optional<SavingsPlan> read(String text, ProblemLog log) {
    CsvDialect dialect = TextInput.dialectOf(text);
    log.dialect(dialect);
    return new PlanReader(log, dialect).read(TextInput.withoutByteOrderMark(text));
  }

  /** {@code plan} as CSV text in {@code dialect}, byte order mark included where it writes one. */
  public static String toCsv(SavingsPlan plan, CsvDialect dialect) {
    StringWriter out = new StringWriter();
    write(plan, out, dialect);
    return out.toString();
  }

  /** Writes {@code plan} to {@code file}, UTF-8, in {@code dialect}. */
  public static void write(SavingsPlan plan, Path file, CsvDialect dialect) {
    TextOutput.write(toCsv(plan, dialect), file);
  }

  /**
   * Writes {@code plan} to {@code out}, which stays open, in {@code dialect}; nothing is written
   * when a measure cannot be written so that it reads back (see the class comment).
   */
  public static void write(SavingsPlan plan, Writer out, CsvDialect dialect) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(dialect, "dialect");
    List<List<String>> records = new ArrayList<>();
    records.add(HEADER);
    plan.measures().forEach(m -> records.add(record(m, dialect)));
    CsvTable.write(records, out, dialect);
  }

  private static List<String> record(Measure m, CsvDialect dialect) {
    String where = "measure " + SociaalDomeinException.quote(m.id());
    requireTrimmed(m.id(), where, ID);
    if (m.id().startsWith("#")) {
      throw new SociaalDomeinException(where + ": an id starting with # would read back as a comment row");
    }
    requireTrimmed(m.description(), where, DESCRIPTION);
    requireTrimmed(m.domain().name(), where, DOMAIN);
    for (String tag : m.tags()) {
      requireTrimmed(tag, where, TAGS);
      if (tag.contains(TAG_SEPARATOR)) {
        throw new SociaalDomeinException(where + ": the tag " + SociaalDomeinException.quote(tag)
            + " holds " + TAG_SEPARATOR + ", which separates tags in the " + TAGS + " column");
      }
    }
    String realised = m.status() instanceof Status.Realised r ? exact(r.amount(), dialect) : "";
    return List.of(m.id(), m.description(), m.domain().name(), kindWord(m.kind()), amount(m.amount(), dialect),
        m.firstYear().toString(), m.lastYear().map(Year::toString).orElse(""), statusWord(m.status()), realised,
        String.join(TAG_SEPARATOR, m.tags()));
  }

  private static void requireTrimmed(String text, String where, String column) {
    if (!text.equals(text.trim())) {
      throw new SociaalDomeinException(where + ": the " + column + " " + SociaalDomeinException.quote(text)
          + " has surrounding spaces, which a reader trims; it would not read back as written");
    }
  }

  static String kindWord(Kind kind) {
    return switch (kind) {
      case STRUCTURAL -> "structureel";
      case INCIDENTAL -> "incidenteel";
      case COST -> "kosten";
    };
  }

  private static final Map<String, String> STATUS_WORDS = Map.of(
      "PROPOSED", "voorgesteld", "DECIDED", "besloten", "REALISED", "gerealiseerd", "DROPPED", "vervallen");

  static String statusWord(Status status) {
    return STATUS_WORDS.get(statusName(status));
  }

  /** The status's English constant name, as JSON writes it. */
  static String statusName(Status status) {
    if (status instanceof Status.Decided) {
      return "DECIDED";
    } else if (status instanceof Status.Realised) {
      return "REALISED";
    } else if (status instanceof Status.Dropped) {
      return "DROPPED";
    }
    return "PROPOSED";
  }

  /**
   * An amount as the dialect writes it: in Dutch notation where Dutch notation has a form for it
   * ({@code € 200.000}, {@code p.m.}, {@code p.m. (10.000 - 50.000)},
   * {@code tussen € 20.000 en € 35.000}), else, and always for the non-exact amounts of the
   * plain dialect, the canonical form of {@link AmountRange#toString()} ({@code [0.00, ?]}).
   */
  static String amount(AmountRange range, CsvDialect dialect) {
    // A p.m. item whose ends are known and equal is still p.m.: the mark must survive the round trip.
    if (range.isExact() && !range.isProMemorie()) {
      return exact(range.low().orElseThrow(), dialect);
    }
    if (dialect == CsvDialect.DUTCH_EXCEL) {
      if (range.isProMemorie() && range.low().isEmpty() && range.high().isEmpty()) {
        return "p.m.";
      }
      if (range.isBounded()) {
        Amount low = range.low().orElseThrow();
        Amount high = range.high().orElseThrow();
        if (range.isProMemorie()) {
          return "p.m. (" + figure(low, false) + " - " + figure(high, false) + ")";
        }
        return "tussen " + figure(low, true) + " en " + figure(high, true);
      }
    }
    return range.toString();
  }

  private static String exact(Amount amount, CsvDialect dialect) {
    return dialect == CsvDialect.PLAIN ? amount.toBigDecimal().toPlainString() : figure(amount, true);
  }

  /** Whole euros without cents, as plans print them; cents only where there are. */
  private static String figure(Amount amount, boolean euroSign) {
    FigureFormat format = amount.toCents() % 100 == 0 ? FigureFormat.EUROS : FigureFormat.CENTS;
    return format.withEuroSign(euroSign).format(amount, RoundingMode.UNNECESSARY);
  }

  /** One read of one source: keeps the position for every problem. */
  private static final class PlanReader {
    private final ProblemLog log;
    private final CsvDialect dialect;
    private final List<Measure> measures = new ArrayList<>();
    private final Map<String, Long> idLines = new HashMap<>();

    PlanReader(ProblemLog log, CsvDialect dialect) {
      this.log = log;
      this.dialect = dialect;
    }

    private String source() {
      return log.source();
    }

    Optional<SavingsPlan> read(String text) {
      return CsvTable.read(text, dialect, HEADER, log, this::dataRow)
          ? Optional.of(new SavingsPlan(measures)) : Optional.empty();
    }

    private void dataRow(CsvRecord record, long line) {
      long before = log.problemCount();
      String id = field(record, 0);
      if (id.isEmpty()) {
        log.add(Problem.of(at(line, ID), "a measure needs an id, unique within the plan"));
      } else if (idLines.containsKey(id)) {
        log.add(Problem.of(at(line, ID), id, "the id is already used at line " + idLines.get(id)
            + "; ids are unique within a plan"));
      }
      String description = field(record, 1);
      String domainText = field(record, 2);
      if (domainText.isEmpty()) {
        log.add(Problem.of(at(line, DOMAIN), "a measure needs a domain, such as Wmo, Jeugd, Participatie/SHV"));
      }
      Optional<Kind> kind = kind(field(record, 3), line);
      Optional<AmountRange> amount = range(field(record, 4), line, AMOUNT);
      Optional<Year> first = year(field(record, 5), line, FIRST_YEAR, true);
      Optional<Year> last = year(field(record, 6), line, LAST_YEAR, false);
      Optional<Status> status = status(field(record, 7), field(record, 8), line);
      Set<String> tags = tags(field(record, 9), line);
      if (log.problemCount() == before && kind.isPresent() && amount.isPresent() && first.isPresent()
          && status.isPresent()) {
        try {
          Measure m = new Measure(id, description, Domain.of(domainText), kind.get(), amount.get(), first.get(),
              last, status.get(), tags);
          measures.add(m);
          idLines.put(id, line);
          log.accept();
          return;
        } catch (SociaalDomeinException e) {
          // The only rule of a measure on the amount is its sign; every other rule it checks here is
          // about the last year (the reader has checked id, years and tags on their own).
          String column = amount.get().low().map(Amount::isNegative).orElse(false) ? AMOUNT : LAST_YEAR;
          String text = field(record, HEADER.indexOf(column));
          Location where = at(line, column);
          log.add(text.isEmpty() ? Problem.of(where, e.getMessage()) : Problem.of(where, text, e.getMessage()), e);
        }
      }
      log.reject();
    }

    private Location at(long line, String column) {
      return Location.atCell(source(), line, column);
    }

    private Optional<Kind> kind(String text, long line) {
      Kind kind = KINDS.get(text.toLowerCase(Locale.ROOT));
      if (kind == null) {
        String why = "the kind is structureel, incidenteel or kosten (or structural, incidental, cost)";
        log.add(text.isEmpty() ? Problem.of(at(line, KIND), why) : Problem.of(at(line, KIND), text, why));
      }
      return Optional.ofNullable(kind);
    }

    private Optional<AmountRange> range(String text, long line, String column) {
      if (text.isEmpty()) {
        log.add(Problem.of(at(line, column), "an amount is needed: a figure, a range or p.m."));
        return Optional.empty();
      }
      try {
        if (text.contains("[")) {
          return Optional.of(AmountRange.parse(text));
        }
        if (dialect == CsvDialect.PLAIN) {
          String lower = text.toLowerCase(Locale.ROOT);
          if (lower.equals("p.m.") || lower.equals("pm")) {
            return Optional.of(AmountRange.proMemorie());
          }
          return Optional.of(AmountRange.exactly(Amount.of(CsvDialect.parsePlainDecimal(text))));
        }
        return Optional.of(DutchNotation.parseRange(text, EuroUnit.EUROS));
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(at(line, column), text, Problem.reasonOf(e)), e);
        return Optional.empty();
      } catch (ArithmeticException e) {
        // A fraction of a cent, or an amount beyond what cents in a long hold: a refusal of the
        // value, not a failure of the reader.
        log.add(Problem.of(at(line, column), text, "not an amount in whole cents within range: " + e.getMessage()), e);
        return Optional.empty();
      }
    }

    private Optional<Year> year(String text, long line, String column, boolean required) {
      if (text.isEmpty()) {
        if (required) {
          log.add(Problem.of(at(line, column), "a measure needs its first year, such as 2022"));
        }
        return Optional.empty();
      }
      if (!text.matches("[0-9]{4}")) {
        log.add(Problem.of(at(line, column), text, "a year is four digits, such as 2022"));
        return Optional.empty();
      }
      return Optional.of(Year.of(Integer.parseInt(text)));
    }

    private Optional<Status> status(String text, String realisedText, long line) {
      String word = text.toLowerCase(Locale.ROOT);
      boolean realised = word.equals("gerealiseerd") || word.equals("realised");
      if (!realised && !realisedText.isEmpty()) {
        log.add(Problem.of(at(line, REALISED), realisedText,
            "only a measure with status gerealiseerd has a realised amount"));
        return Optional.empty();
      }
      switch (word) {
        case "", "voorgesteld", "proposed" -> {
          return Optional.of(Status.PROPOSED);
        }
        case "besloten", "decided" -> {
          return Optional.of(Status.DECIDED);
        }
        case "vervallen", "dropped" -> {
          return Optional.of(Status.DROPPED);
        }
        case "gerealiseerd", "realised" -> {
          Optional<AmountRange> amount = realisedText.isEmpty() ? Optional.empty() : range(realisedText, line, REALISED);
          if (realisedText.isEmpty()) {
            log.add(Problem.of(at(line, REALISED), "a realised measure needs its realised amount"));
          } else if (amount.isPresent() && !amount.get().isExact()) {
            log.add(Problem.of(at(line, REALISED), realisedText, "a realised amount is exact, not a range"));
            return Optional.empty();
          }
          return amount.map(a -> Status.realised(a.low().orElseThrow()));
        }
        default -> {
          log.add(Problem.of(at(line, STATUS), text,
              "the status is voorgesteld, besloten, gerealiseerd or vervallen (or proposed, decided, realised, dropped)"));
          return Optional.empty();
        }
      }
    }

    private Set<String> tags(String text, long line) {
      Set<String> tags = new LinkedHashSet<>();
      if (text.isEmpty()) {
        return tags;
      }
      for (String tag : text.split("\\" + TAG_SEPARATOR, -1)) {
        if (tag.isBlank()) {
          log.add(Problem.of(at(line, TAGS), text, "a blank tag; tags are separated by " + TAG_SEPARATOR));
          break;
        }
        if (!tags.add(tag.trim())) {
          // A set would merge the two silently; a repeated tag is more likely a typo for another.
          log.add(Problem.of(at(line, TAGS), text, "the tag " + SociaalDomeinException.quote(tag.trim())
              + " is given twice"));
          break;
        }
      }
      return tags;
    }

    private static String field(CsvRecord record, int index) {
      return CsvTable.field(record, index);
    }
  }
}
