// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.DriverChange;
import nl.sociaaldomein.savings.Scenario;

/**
 * Reads and writes {@link Scenario}s as CSV: one row per driver change, in the order the
 * scenario makes them. See {@code docs/formats.md}, "Scenario CSV".
 *
 * <p>Reading keeps the contract of every reader of this library, as the plan's CSV and the
 * scenario's JSON do: a change that is wrong is rejected with a {@link Problem} at its line and
 * column, and its scenario keeps the changes that read; {@link ReadResult#orElseThrow()} therefore
 * never gives a scenario with a change missing. {@link ReadMode#STRICT} throws at the first problem.
 */
public final class ScenarioCsv {

  static final String SCENARIO = "scenario";
  static final String DOMAIN = "domain";
  static final String DRIVER = "driver";
  static final String CHANGE = "change";
  static final String VALUE = "value";
  static final String BASE_YEAR = "base year";
  static final String DECIMALS = "decimals";
  static final String ROUNDING = "rounding";

  static final List<String> HEADER = List.of(SCENARIO, DOMAIN, DRIVER, CHANGE, VALUE, BASE_YEAR, DECIMALS, ROUNDING);

  private static final String SET = "waarde";
  private static final String GROWTH = "groei";
  private static final Map<String, String> CHANGES = Map.of(SET, SET, "set", SET, GROWTH, GROWTH, "growth", GROWTH);

  private ScenarioCsv() {}

  /** Reads the scenarios in {@code file}, leniently. */
  public static ReadResult<List<Scenario>> read(Path file) {
    return read(file, ReadMode.LENIENT);
  }

  /** Reads the scenarios in {@code file} in {@code mode}. */
  public static ReadResult<List<Scenario>> read(Path file, ReadMode mode) {
    return TextInput.parse(file, mode, (text, log) -> read(text, log));
  }

  /**
   * Reads the scenarios in {@code file}, whose bytes are text in {@code charset} (such as
   * windows-1252 for a CSV file saved by Windows tools), in {@code mode}; a byte not valid in it
   * is a problem at its line and character, never a replacement character.
   */
  public static ReadResult<List<Scenario>> read(Path file, Charset charset, ReadMode mode) {
    return TextInput.parse(file, charset, mode, (text, log) -> read(text, log));
  }

  /**
   * Reads the scenarios in {@code in}, which is left open, as text in {@code charset}, in
   * {@code mode}; {@code source} names it in problems.
   */
  public static ReadResult<List<Scenario>> read(InputStream in, String source, Charset charset, ReadMode mode) {
    return TextInput.parse(in, source, charset, mode, (text, log) -> read(text, log));
  }

  /** Reads scenarios from {@code in}, leniently; {@code source} names it in problems. */
  public static ReadResult<List<Scenario>> read(Reader in, String source) {
    return read(in, source, ReadMode.LENIENT);
  }

  /** Reads scenarios from {@code in} in {@code mode}; {@code source} names it in problems. */
  public static ReadResult<List<Scenario>> read(Reader in, String source, ReadMode mode) {
    return TextInput.parse(in, source, mode, (text, log) -> read(text, log));
  }

  private static Optional<List<Scenario>> read(String text, ProblemLog log) {
    CsvDialect dialect = TextInput.dialectOf(text);
    log.dialect(dialect);
    ScenarioReader reader = new ScenarioReader(log, dialect);
    return CsvTable.read(TextInput.withoutByteOrderMark(text), dialect, HEADER, log, reader::row)
        ? Optional.of(reader.scenarios()) : Optional.empty();
  }

  /** {@code scenarios} as CSV text in {@code dialect}. */
  public static String toCsv(List<Scenario> scenarios, CsvDialect dialect) {
    StringWriter out = new StringWriter();
    write(scenarios, out, dialect);
    return out.toString();
  }

  /** Writes {@code scenarios} to {@code file}, UTF-8, in {@code dialect}. */
  public static void write(List<Scenario> scenarios, Path file, CsvDialect dialect) {
    TextOutput.write(toCsv(scenarios, dialect), file);
  }

  /**
   * Writes {@code scenarios} to {@code out}, which stays open, in {@code dialect}; a scenario
   * without changes is one row with only its name. Nothing is written when a scenario would not
   * read back as it is: a name or driver with surrounding spaces, a name starting with {@code #},
   * two scenarios of one name.
   */
  public static void write(List<Scenario> scenarios, Writer out, CsvDialect dialect) {
    Objects.requireNonNull(scenarios, "scenarios");
    Objects.requireNonNull(dialect, "dialect");
    List<List<String>> records = new ArrayList<>();
    records.add(HEADER);
    List<String> names = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      String name = scenario.name();
      if (!name.equals(name.trim()) || name.startsWith("#") || names.contains(name)) {
        throw new SociaalDomeinException("scenario", Optional.of(name), names.contains(name)
            ? "two scenarios have this name; the rows of a file are tied together by it"
            : "a name with surrounding spaces, or starting with #, would not read back as written");
      }
      names.add(name);
      if (scenario.changes().isEmpty()) {
        records.add(List.of(name, "", "", "", "", "", "", ""));
      }
      for (DriverChange change : scenario.changes()) {
        records.add(record(name, change, dialect));
      }
    }
    CsvTable.write(records, out, dialect);
  }

  private static List<String> record(String scenario, DriverChange change, CsvDialect dialect) {
    String domain = "";
    DriverChange plain = change;
    if (change instanceof DriverChange.InDomain in) {
      domain = in.domain().name();
      plain = in.change();
    }
    if (!change.driver().equals(change.driver().trim()) || change.driver().isEmpty()
        || !domain.equals(domain.trim())) {
      throw new SociaalDomeinException("scenario " + SociaalDomeinException.quote(scenario), Optional.of(change.driver()),
          "a driver or domain with surrounding spaces would not read back as written");
    }
    if (plain instanceof DriverChange.Growth growth) {
      return List.of(scenario, domain, change.driver(), GROWTH, NumberCells.write(growth.percentPerYear(), dialect),
          growth.baseYear().toString(), Integer.toString(growth.decimals()), growth.mode().name());
    }
    DriverChange.SetTo set = (DriverChange.SetTo) plain;
    return List.of(scenario, domain, change.driver(), SET, NumberCells.write(set.value(), dialect), "", "", "");
  }

  /** One read: the changes of each scenario in the order of its rows. */
  private static final class ScenarioReader {
    private final ProblemLog log;
    private final CsvDialect dialect;
    private final Map<String, List<DriverChange>> changes = new LinkedHashMap<>();

    ScenarioReader(ProblemLog log, CsvDialect dialect) {
      this.log = log;
      this.dialect = dialect;
    }

    private Location at(long line, String column) {
      return Location.atCell(log.source(), line, column);
    }

    private void problem(long line, String column, String text, String why) {
      log.add(text.isEmpty() ? Problem.of(at(line, column), why) : Problem.of(at(line, column), text, why));
    }

    void row(CsvRecord record, long line) {
      long before = log.problemCount();
      String name = CsvTable.field(record, 0);
      if (name.isEmpty()) {
        log.reject(Problem.of(at(line, SCENARIO), "a row needs the name of its scenario"));
        return;
      }
      Optional<DriverChange> change = change(record, line);
      if (log.problemCount() > before) {
        log.reject();
        return;
      }
      List<DriverChange> list = changes.computeIfAbsent(name, n -> new ArrayList<>());
      change.ifPresent(list::add);
      log.accept();
    }

    private Optional<DriverChange> change(CsvRecord record, long line) {
      String domain = CsvTable.field(record, 1);
      String driver = CsvTable.field(record, 2);
      String changeText = CsvTable.field(record, 3);
      String value = CsvTable.field(record, 4);
      String baseYear = CsvTable.field(record, 5);
      String decimals = CsvTable.field(record, 6);
      String rounding = CsvTable.field(record, 7);
      if (driver.isEmpty() && changeText.isEmpty()) {
        // The scenario's name alone: a scenario, such as the base, that changes nothing.
        for (int i = 1; i < HEADER.size(); i++) {
          String text = CsvTable.field(record, i);
          if (!text.isEmpty()) {
            problem(line, HEADER.get(i), text, "a row without driver and change names a scenario that changes nothing");
          }
        }
        return Optional.empty();
      }
      if (driver.isEmpty()) {
        problem(line, DRIVER, "", "a change needs the name of the drivers it changes");
      }
      String kind = CHANGES.get(changeText.toLowerCase(Locale.ROOT));
      if (kind == null) {
        problem(line, CHANGE, changeText, "the change is " + SET + " (set to a value) or " + GROWTH
            + " (a percentage a year), or the English set or growth");
      }
      Optional<BigDecimal> number = number(value, line);
      if (SET.equals(kind)) {
        for (String column : List.of(BASE_YEAR, DECIMALS, ROUNDING)) {
          String text = CsvTable.field(record, HEADER.indexOf(column));
          if (!text.isEmpty()) {
            problem(line, column, text, "a change to a value has no " + column);
          }
        }
      }
      Optional<Year> base = Optional.empty();
      int places = 0;
      RoundingMode mode = Scenario.GROWTH_ROUNDING;
      if (GROWTH.equals(kind)) {
        if (!baseYear.matches("[0-9]{4}")) {
          problem(line, BASE_YEAR, baseYear, "a growth needs its base year, four digits, such as 2022");
        } else {
          base = Optional.of(Year.of(Integer.parseInt(baseYear)));
        }
        if (!decimals.isEmpty()) {
          if (decimals.matches("[0-9]{1,2}") && Integer.parseInt(decimals) <= PrintedFigure.MAX_DIGITS) {
            places = Integer.parseInt(decimals);
          } else {
            problem(line, DECIMALS, decimals, "the decimals a grown value is rounded to: a whole number from 0 to "
                + PrintedFigure.MAX_DIGITS + "; more than 0 only for drivers that are not counts");
          }
        }
        if (!rounding.isEmpty()) {
          Optional<RoundingMode> read = Stream.of(RoundingMode.values())
              .filter(m -> m.name().equals(rounding.toUpperCase(Locale.ROOT))).findFirst();
          if (read.isEmpty()) {
            problem(line, ROUNDING, rounding, "the rounding is one of " + Stream.of(RoundingMode.values())
                .map(Enum::name).collect(Collectors.joining(", ")));
          } else {
            mode = read.get();
          }
        }
      }
      if (kind == null || driver.isEmpty() || number.isEmpty() || (GROWTH.equals(kind) && base.isEmpty())) {
        return Optional.empty();
      }
      try {
        DriverChange change = SET.equals(kind) ? new DriverChange.SetTo(driver, number.get())
            : new DriverChange.Growth(driver, number.get(), base.get(), places, mode);
        return Optional.of(domain.isEmpty() ? change : change.inDomain(Domain.of(domain)));
      } catch (SociaalDomeinException e) {
        problem(line, VALUE, value, Problem.reasonOf(e));
        return Optional.empty();
      }
    }

    private Optional<BigDecimal> number(String text, long line) {
      if (text.isEmpty()) {
        problem(line, VALUE, "", "a change needs its value: the new number, or the percentage a year");
        return Optional.empty();
      }
      try {
        return Optional.of(NumberCells.read(text, dialect, true));
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(at(line, VALUE), text, Problem.reasonOf(e)), e);
        return Optional.empty();
      }
    }

    List<Scenario> scenarios() {
      List<Scenario> scenarios = new ArrayList<>();
      changes.forEach((name, list) -> scenarios.add(new Scenario(name, list)));
      return scenarios;
    }
  }
}
