// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.variance;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.notation.NotationParseException;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Explanation;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.VarianceClass;

/**
 * Reads and writes the explanations of a statement's variances as CSV: one row per item, a level
 * that nests sub-items under the item above, and the row of the statement each item explains,
 * named by its printed labels. See {@code docs/formats.md}, "Explanation CSV".
 *
 * <p>Reading keeps the contract of every reader of this library: every row is accepted or
 * rejected with a {@link Problem} at its file, line and column, and a sub-item whose item is
 * rejected is rejected with it, so no item is ever filed under the wrong parent. A label that
 * names no row of the statement, or more than one, is a problem that lists the valid labels.
 * {@link ReadMode#STRICT} throws at the first problem.
 *
 * <p>Writing gives a file that reads back to equal explanations against the same statement;
 * descriptions are read trimmed, so that holds for descriptions without surrounding spaces.
 */
public final class ExplanationCsv {

  static final String LEVEL = "level";
  static final String DESCRIPTION = "description";
  static final String AMOUNT = "amount";
  static final String DIRECTION = "direction";
  static final String CLASS = "class";
  /** The header of a class column of J and N, as documents print "Structureel". */
  static final String STRUCTURAL = "structureel";
  /** The level of a residual ("Diverse kleine afwijkingen"). */
  static final String RESIDUAL = "residual";

  static final List<String> HEADER =
      List.of(LEVEL, Targets.TARGET, Targets.GROUP, Targets.LINE, DESCRIPTION, AMOUNT, DIRECTION, CLASS);
  /**
   * The deepest sub-item: no document nests further than a few levels, and a bound keeps a row
   * of level 999999 from costing a million steps to place.
   */
  static final int MAX_LEVEL = 99;

  private static final List<String> HEADER_STRUCTURAL =
      Stream.concat(HEADER.stream().limit(HEADER.size() - 1), Stream.of(STRUCTURAL)).toList();

  private ExplanationCsv() {}

  /** Reads the explanations in {@code file} of {@code statement}'s variances, leniently. */
  public static ReadResult<Explanations> read(Path file, Statement statement) {
    return read(file, statement, ReadMode.LENIENT);
  }

  /** Reads the explanations in {@code file} of {@code statement}'s variances in {@code mode}. */
  public static ReadResult<Explanations> read(Path file, Statement statement, ReadMode mode) {
    Objects.requireNonNull(statement, "statement");
    return TextInput.parse(file, mode, (text, log) -> read(text, statement, log));
  }

  /**
   * Reads the explanations of {@code statement} in {@code file}, whose bytes are text in
   * {@code charset} (such as windows-1252 for a CSV file saved by Windows tools), in
   * {@code mode}; a byte not valid in it is a problem at its line and character.
   */
  public static ReadResult<Explanations> read(Path file, Charset charset, Statement statement, ReadMode mode) {
    Objects.requireNonNull(statement, "statement");
    return TextInput.parse(file, charset, mode, (text, log) -> read(text, statement, log));
  }

  /**
   * Reads the explanations of {@code statement} in {@code in}, which is left open, as text in
   * {@code charset}, in {@code mode}; {@code source} names it in problems.
   */
  public static ReadResult<Explanations> read(InputStream in, String source, Charset charset, Statement statement,
      ReadMode mode) {
    Objects.requireNonNull(statement, "statement");
    return TextInput.parse(in, source, charset, mode, (text, log) -> read(text, statement, log));
  }

  /** Reads explanations of {@code statement}'s variances from {@code in}, leniently; {@code source} names it in problems. */
  public static ReadResult<Explanations> read(Reader in, String source, Statement statement) {
    return read(in, source, statement, ReadMode.LENIENT);
  }

  /** Reads explanations of {@code statement}'s variances from {@code in} in {@code mode}. */
  public static ReadResult<Explanations> read(Reader in, String source, Statement statement, ReadMode mode) {
    Objects.requireNonNull(statement, "statement");
    return TextInput.parse(in, source, mode, (text, log) -> read(text, statement, log));
  }

  private static Optional<Explanations> read(String text, Statement statement, ProblemLog log) {
    CsvDialect dialect = TextInput.dialectOf(text);
    log.dialect(dialect);
    return new ExplanationReader(log, dialect, statement).read(TextInput.withoutByteOrderMark(text));
  }

  /**
   * {@code explanations} as CSV text in {@code dialect}, byte order mark included where it
   * writes one; throws, naming the item, when an explanation cannot be written so that it reads
   * back (see {@link #write(Explanations, Statement, Writer, CsvDialect)}).
   */
  public static String toCsv(Explanations explanations, Statement statement, CsvDialect dialect) {
    StringWriter out = new StringWriter();
    write(explanations, statement, out, dialect);
    return out.toString();
  }

  /** Writes {@code explanations} to {@code file}, UTF-8, in {@code dialect}. */
  public static void write(Explanations explanations, Statement statement, Path file, CsvDialect dialect) {
    TextOutput.write(toCsv(explanations, statement, dialect), file);
  }

  /**
   * Writes {@code explanations} of {@code statement}'s variances to {@code out}, which stays
   * open, in {@code dialect}. Nothing is written when an explanation cannot be: when its target
   * is no row of the statement, or (in the plain dialect, which has no scale words) when the
   * amounts are in more than one unit.
   */
  public static void write(Explanations explanations, Statement statement, Writer out, CsvDialect dialect) {
    Objects.requireNonNull(out, "out");
    CsvTable.write(records(explanations, statement, dialect), out, dialect);
  }

  /** Every record of the file, made before any is written so that a refusal leaves no half file. */
  private static List<List<String>> records(Explanations explanations, Statement statement, CsvDialect dialect) {
    Targets targets = new Targets(statement);
    EuroUnit unit = fileUnit(explanations, statement, dialect);
    List<List<String>> records = new ArrayList<>();
    records.add(List.of("#unit", unit.name()));
    records.add(HEADER);
    for (Explanation e : explanations.items()) {
      List<String> target = targets.columns(e.target());
      addRecords(e, e.isResidual() ? RESIDUAL : "1", target, unit, dialect, records);
    }
    return records;
  }

  private static void addRecords(Explanation e, String level, List<String> target, EuroUnit unit, CsvDialect dialect,
      List<List<String>> records) {
    List<String> fields = new ArrayList<>(List.of(level));
    fields.addAll(target);
    fields.add(e.description());
    fields.add(amount(e.amount(), unit, dialect));
    fields.add(e.statedDirection().map(d -> String.valueOf(d.letter())).orElse(""));
    fields.add(e.varianceClass().code());
    records.add(fields);
    // A sub-item explains what its item explains: its target columns stay blank.
    List<String> inherited = Collections.nCopies(target.size(), "");
    int depth = Integer.parseInt(level.equals(RESIDUAL) ? "1" : level) + 1;
    if (!e.parts().isEmpty() && depth > MAX_LEVEL) {
      throw new SociaalDomeinException("", Optional.of(e.description()), "its sub-items would be at level " + depth
          + ", and the format goes no deeper than " + MAX_LEVEL);
    }
    String next = Integer.toString(depth);
    for (Explanation part : e.parts()) {
      addRecords(part, next, inherited, unit, dialect, records);
    }
  }

  /**
   * The unit of the {@code #unit} row: the one unit of all amounts, the statement's when there
   * are none, and with amounts in several units (Dutch only) the smallest, the others then
   * written with their scale word ({@code 1,9 miljoen}).
   */
  private static EuroUnit fileUnit(Explanations explanations, Statement statement, CsvDialect dialect) {
    Set<EuroUnit> units = EnumSet.noneOf(EuroUnit.class);
    explanations.items().forEach(e -> collectUnits(e, units));
    if (units.isEmpty()) {
      return statement.unit();
    }
    if (units.size() > 1 && dialect == CsvDialect.PLAIN) {
      throw new SociaalDomeinException("", Optional.of(units.toString()), "the plain CSV dialect writes amounts in one "
          + "unit and these explanations have amounts in several; write them in CsvDialect.DUTCH_EXCEL, whose scale "
          + "words (duizend, miljoen) give each amount its unit");
    }
    return units.iterator().next();
  }

  private static void collectUnits(Explanation e, Set<EuroUnit> units) {
    units.add(e.amount().unit());
    e.parts().forEach(p -> collectUnits(p, units));
  }

  private static String amount(PrintedFigure amount, EuroUnit unit, CsvDialect dialect) {
    if (dialect == CsvDialect.PLAIN) {
      return amount.printedValue().toPlainString();
    }
    return FigureFormat.of(amount.unit()).withScaleWord(amount.unit() != unit).format(amount);
  }


  /** One item as a row gives it, before its sub-items are known. */
  private record Draft(String description, PrintedFigure amount, Optional<Direction> direction,
      VarianceClass varianceClass, Place target, Explanation.Kind kind) {}

  /** A row in the tree of items: rejected rows stay in it so that their sub-items are rejected with them. */
  private static final class Node {
    final long line;
    final boolean residual;
    /** A row whose level could not be read: which item the rows below it belong to is not known. */
    final boolean levelUnknown;
    final Optional<Draft> draft;
    final List<Node> children = new ArrayList<>();

    Node(long line, boolean residual, boolean levelUnknown, Optional<Draft> draft) {
      this.line = line;
      this.residual = residual;
      this.levelUnknown = levelUnknown;
      this.draft = draft;
    }

    boolean rejected() {
      return draft.isEmpty();
    }

    Explanation toExplanation() {
      Draft d = draft.orElseThrow();
      return new Explanation(d.description(), d.amount(), d.direction(), d.varianceClass(), d.target(), d.kind(),
          children.stream().map(Node::toExplanation).toList());
    }
  }

  /** One read of one source: keeps the position for every problem. */
  private static final class ExplanationReader {
    private final ProblemLog log;
    private final CsvDialect dialect;
    private final Statement statement;
    private final Targets targets;
    private EuroUnit unit;
    private long unitLine;
    private List<String> header;
    private String classColumn = CLASS;
    /** Set once a good header is read: data rows can be taken. */
    private boolean ready;
    /** Set when the metadata or header leave nothing to read rows with. */
    private boolean broken;
    private final List<Node> items = new ArrayList<>();
    /** The nearest row of each level above, the item first: where a sub-item finds its item. */
    private final List<Node> above = new ArrayList<>();
    private final Map<Place, Long> residualLines = new HashMap<>();

    ExplanationReader(ProblemLog log, CsvDialect dialect, Statement statement) {
      this.log = log;
      this.dialect = dialect;
      this.statement = statement;
      this.targets = new Targets(statement);
    }

    private String source() {
      return log.source();
    }

    Optional<Explanations> read(String text) {
      Optional<TextInput.UnclosedQuote> unclosed = TextInput.unclosedQuote(text, dialect.separator());
      try (CsvReader<CsvRecord> csv = dialect.records(text)) {
        for (CsvRecord record : csv) {
          long line = record.getStartingLineNumber();
          if (unclosed.isPresent() && unclosed.get().firstLine() == line) {
            unclosed(unclosed.get());
          } else if (record.getFields().stream().allMatch(String::isBlank)) {
            // A row of separators only, as a spreadsheet saves an empty row, is a blank line.
            continue;
          } else if (header == null) {
            if (field(record, 0).startsWith("#")) {
              metadata(record, line);
            } else {
              header(record, line);
            }
          } else if (ready) {
            dataRow(record, line);
          } else {
            log.reject(Problem.of(Location.atLine(source(), line), "not read: the metadata or header above is wrong"));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + source(), e);
      } catch (CsvParseException e) {
        log.add(TextInput.syntaxError(source(), e), e);
        return Optional.empty();
      }
      if (!ready) {
        if (!broken) {
          log.add(Problem.of(Location.atLine(source(), 1), "no header row (" + String.join(
              String.valueOf(dialect.separator()), HEADER) + ")"));
        }
        return Optional.empty();
      }
      return Optional.of(Explanations.of(items.stream().filter(n -> !n.rejected()).map(Node::toExplanation).toList()));
    }

    /**
     * FastCSV reads the rest of the text as one field: before the header that leaves no header to
     * read; after it each line taken in is a row, rejected (see {@link TextInput.UnclosedQuote}).
     */
    private void unclosed(TextInput.UnclosedQuote region) {
      if (header == null) {
        fatal(region.problem(source()));
      } else {
        region.rejectRows(log);
      }
    }

    private void fatal(Problem problem) {
      broken = true;
      log.add(problem);
    }

    private void metadata(CsvRecord record, long line) {
      String key = field(record, 0).toLowerCase(Locale.ROOT);
      String value = field(record, 1);
      Location at = Location.atLine(source(), line);
      switch (key) {
        case "#unit" -> {
          if (unit != null) {
            fatal(Problem.of(at, value, "a second #unit row; the first is at line " + unitLine));
            return;
          }
          Optional<EuroUnit> read = Stream.of(EuroUnit.values()).filter(u -> u.name().equalsIgnoreCase(value)).findFirst();
          if (read.isEmpty()) {
            fatal(Problem.of(at, value, "the unit of the amounts is one of " + Stream.of(EuroUnit.values())
                .map(Enum::name).collect(Collectors.joining(", ")) + ", as in #unit;THOUSANDS"));
            return;
          }
          unit = read.get();
          unitLine = line;
        }
        case "#source", "#note" -> {
          // For people: where the explanations come from, what to know about them.
        }
        default -> log.add(Problem.of(at, field(record, 0), "unknown metadata row; expected #unit, #source or #note"));
      }
    }

    private void header(CsvRecord record, long line) {
      List<String> fields = new ArrayList<>();
      record.getFields().forEach(f -> fields.add(f.trim().toLowerCase(Locale.ROOT)));
      // Trailing blank columns are what a spreadsheet saves beside a table.
      while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
        fields.remove(fields.size() - 1);
      }
      header = fields;
      String separator = String.valueOf(dialect.separator());
      if (fields.equals(HEADER_STRUCTURAL)) {
        classColumn = STRUCTURAL;
      } else if (!fields.equals(HEADER)) {
        fatal(Problem.of(Location.atLine(source(), line), String.join(separator, record.getFields()),
            "the header is " + String.join(separator, HEADER) + ", or with " + STRUCTURAL + " in place of " + CLASS
                + " for a column of J and N"));
        return;
      }
      if (unit == null) {
        unit = statement.unit();
      }
      ready = !broken;
    }

    private void dataRow(CsvRecord record, long line) {
      long before = log.problemCount();
      for (int i = HEADER.size(); i < record.getFieldCount(); i++) {
        if (!record.getField(i).isBlank()) {
          log.add(Problem.of(Location.atLine(source(), line), record.getField(i),
              "more fields than the header has columns"));
          break;
        }
      }
      String levelText = field(record, 0);
      boolean residual = levelText.equalsIgnoreCase(RESIDUAL);
      int level = residual ? 1 : level(levelText, line);
      Optional<Node> item = level > 1 ? item(level, line) : Optional.empty();
      String description = field(record, 4);
      if (description.isEmpty()) {
        log.add(Problem.of(Location.atCell(source(), line, DESCRIPTION), "an explanation needs a description"));
      }
      Optional<Figure> amount = amount(field(record, 5), line);
      Optional<Direction> direction = direction(field(record, 6), amount, line);
      Optional<VarianceClass> varianceClass = varianceClass(field(record, 7), line);
      Optional<Place> target = target(record, line, level, item);
      if (residual && varianceClass.filter(c -> c != VarianceClass.NONE).isPresent()) {
        log.add(Problem.of(Location.atCell(source(), line, classColumn), field(record, 7),
            "a residual carries no class: it is what the named items leave, of any kind; leave the class blank"));
      }
      if (residual && target.isPresent()) {
        Long first = residualLines.get(target.get());
        if (first != null) {
          log.add(Problem.of(Location.atCell(source(), line, LEVEL), description, "a second residual for "
              + target.get() + "; the first is at line " + first + ": a target has one residual, what its items leave"));
        }
      }
      Optional<Draft> draft = Optional.empty();
      if (log.problemCount() == before && amount.isPresent() && varianceClass.isPresent() && target.isPresent()) {
        draft = Optional.of(new Draft(description, amount.get().figure(), direction, varianceClass.get(), target.get(),
            residual ? Explanation.Kind.RESIDUAL : Explanation.Kind.ITEM));
      }
      Node node = new Node(line, residual, level == 0, draft);
      if (draft.isPresent()) {
        log.accept();
        item.ifPresentOrElse(i -> i.children.add(node), () -> items.add(node));
        if (residual) {
          residualLines.put(target.orElseThrow(), line);
        }
      } else {
        log.reject();
      }
      place(node, level);
    }

    /** Puts {@code node} where the rows below look for their item. */
    private void place(Node node, int level) {
      if (level == 0) {
        above.clear();
        above.add(node);
        return;
      }
      while (above.size() >= level) {
        above.remove(above.size() - 1);
      }
      // A row without its item stands in for the missing levels, so that its sub-items are rejected with it.
      while (above.size() < level) {
        above.add(node);
      }
    }

    /** The level of a row: 1 for an item, n + 1 for a sub-item of a level-n row; 0 after a problem. */
    private int level(String text, long line) {
      if (text.matches("[0-9]{1,3}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= MAX_LEVEL) {
        return Integer.parseInt(text);
      }
      String why = "a level is 1 for an item, 2 for a sub-item of the nearest level-1 row above, n + 1 (up to "
          + MAX_LEVEL + ") for one of the nearest level-n row above, or " + RESIDUAL + " for what the items of a "
          + "target leave (\"Diverse kleine afwijkingen\")";
      Location at = Location.atCell(source(), line, LEVEL);
      log.add(text.isEmpty() ? Problem.of(at, "a row needs a level: " + why) : Problem.of(at, text, why));
      return 0;
    }

    /** The item a row of {@code level} is a sub-item of; empty, after a problem, when it has none to go under. */
    private Optional<Node> item(int level, long line) {
      Location at = Location.atCell(source(), line, LEVEL);
      String text = Integer.toString(level);
      if (!above.isEmpty() && above.get(0).levelUnknown) {
        log.add(Problem.of(at, text, "not read: which item this sub-item belongs to is not known, because the level"
            + " at line " + above.get(0).line + " could not be read"));
        return Optional.empty();
      }
      if (above.size() < level - 1) {
        log.add(Problem.of(at, text, "a level-" + level + " row is a sub-item of the nearest level-" + (level - 1)
            + " row above it, and there is none" + (above.isEmpty() ? "" : " since the level-" + above.size()
            + " row at line " + above.get(above.size() - 1).line)));
        return Optional.empty();
      }
      Node item = above.get(level - 2);
      if (item.residual) {
        log.add(Problem.of(at, text, "the row above at line " + item.line + " is a residual, which has no sub-items;"
            + " make it an item (level 1) to give it sub-items"));
        return Optional.empty();
      }
      if (item.rejected()) {
        log.add(Problem.of(at, text, "not read: its item at line " + item.line + " is rejected"));
        return Optional.empty();
      }
      return Optional.of(item);
    }

    /** The row a row explains: its own for an item, its item's for a sub-item, which may repeat it. */
    private Optional<Place> target(CsvRecord record, long line, int level, Optional<Node> item) {
      String type = field(record, 1);
      String group = field(record, 2);
      String label = field(record, 3);
      Optional<Place> inherited = item.flatMap(i -> i.draft).map(Draft::target);
      if (level > 1 && type.isEmpty() && group.isEmpty() && label.isEmpty()) {
        return inherited;
      }
      Place place;
      try {
        place = targets.resolve(type, group, label);
      } catch (SociaalDomeinException e) {
        log.add(new Problem(Location.atCell(source(), line, e.where()), e.what(), e.why()));
        return Optional.empty();
      }
      if (inherited.isPresent() && !inherited.get().equals(place)) {
        log.add(Problem.of(Location.atCell(source(), line, Targets.TARGET), type, "a sub-item explains what its item"
            + " explains, " + inherited.get() + " (line " + item.orElseThrow().line + "), not " + place
            + "; leave target, group and line blank"));
        return Optional.empty();
      }
      return Optional.of(place);
    }

    /** An amount as read, with the V or N it carried. */
    private record Figure(PrintedFigure figure, Optional<Direction> letter) {}

    private Optional<Figure> amount(String text, long line) {
      Location at = Location.atCell(source(), line, AMOUNT);
      Optional<PrintedFigure> figure;
      Optional<Direction> letter;
      try {
        figure = dialect.readFigure(text, unit);
        letter = dialect.readLetter(text, unit);
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(at, text, Problem.reasonOf(e)), e);
        return Optional.empty();
      }
      if (figure.isEmpty()) {
        log.add(text.isEmpty() ? Problem.of(at, "an explanation needs an amount: favourable positive, or with V or N")
            : Problem.of(at, text, "no figure: an explanation needs an amount, favourable positive or with V or N"));
        return Optional.empty();
      }
      return Optional.of(new Figure(figure.get(), letter));
    }

    /** The stated direction: the direction column, else the V or N of the amount. */
    private Optional<Direction> direction(String text, Optional<Figure> amount, long line) {
      Optional<Direction> letter = amount.flatMap(Figure::letter);
      if (text.isEmpty()) {
        return letter;
      }
      Direction stated;
      try {
        stated = DutchNotation.parseDirection(text);
      } catch (NotationParseException e) {
        log.add(Problem.of(Location.atCell(source(), line, DIRECTION), text,
            "the direction is V (voordelig, voordeel), N (nadelig, nadeel) or blank"));
        return Optional.empty();
      }
      if (letter.isPresent() && letter.get() != stated) {
        log.add(Problem.of(Location.atCell(source(), line, DIRECTION), text, "the amount carries "
            + letter.get().letter() + " and this column says " + stated.letter() + "; give the direction once"));
      }
      return Optional.of(stated);
    }

    private Optional<VarianceClass> varianceClass(String text, long line) {
      Location at = Location.atCell(source(), line, classColumn);
      if (classColumn.equals(STRUCTURAL)) {
        switch (text.toLowerCase(Locale.ROOT)) {
          case "" -> {
            return Optional.of(VarianceClass.NONE);
          }
          case "j", "ja" -> {
            return Optional.of(VarianceClass.ofStructural(true));
          }
          case "n", "nee" -> {
            return Optional.of(VarianceClass.ofStructural(false));
          }
          default -> {
            log.add(Problem.of(at, text, "a Structureel column holds J (ja: structural), N (nee: incidental; not "
                + "nadelig) or nothing"));
            return Optional.empty();
          }
        }
      }
      try {
        return Optional.of(VarianceClass.ofCode(text));
      } catch (SociaalDomeinException e) {
        String hint = List.of("j", "ja", "n", "nee").contains(text.toLowerCase(Locale.ROOT))
            ? "; for a column of J and N (structureel ja or nee) name the column " + STRUCTURAL + " in the header"
            : "";
        log.add(Problem.of(at, text, e.why() + hint), e);
        return Optional.empty();
      }
    }

    private static String field(CsvRecord record, int index) {
      return index < record.getFieldCount() ? record.getField(index).trim() : "";
    }
  }
}
