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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
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
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.notation.PercentageFormat;
import nl.sociaaldomein.savings.model.CalculationModel;
import nl.sociaaldomein.savings.model.CalculationModels;
import nl.sociaaldomein.savings.model.Driver;
import nl.sociaaldomein.savings.model.DriverKind;
import nl.sociaaldomein.savings.model.Expression;
import nl.sociaaldomein.savings.model.Product;
import nl.sociaaldomein.savings.model.Result;
import nl.sociaaldomein.savings.model.Rounding;
import nl.sociaaldomein.savings.model.Sum;

/**
 * Reads and writes {@link CalculationModels} as CSV: the drivers of each model with their
 * numbers, and its steps, gains and costs as formulas over their names, as a spreadsheet keeps a
 * calculation. See {@code docs/formats.md}, "Calculation model CSV".
 *
 * <p>Reading keeps the contract of every reader of this library: every row is accepted or
 * rejected with a {@link Problem} at its file, line and column. A model is read whole or not at
 * all: when one of its rows is wrong, or its formulas name what it does not have, each of its
 * rows is rejected, the others saying which line refused the model. {@link ReadMode#STRICT}
 * throws at the first problem.
 *
 * <p>Writing gives a file that reads back to equal models. Steps, gains and costs are named
 * {@code stap 1}, {@code besparing 1}, {@code kosten 1} (a model keeps no names for them); a
 * model whose name, or a driver's, could not be read back as written is refused, nothing written.
 */
public final class CalculationModelCsv {

  static final String MODEL = "model";
  static final String ITEM = "item";
  static final String NAME = "name";
  static final String VALUE = "value";
  static final String LABEL = "label";
  static final String ROUNDING = "rounding";
  static final String IN_STEP = "in step";

  static final List<String> HEADER = List.of(MODEL, ITEM, NAME, VALUE, LABEL, ROUNDING, IN_STEP);

  /** What a row holds: a driver of a kind, a step, gain or cost, or a fact of the model. */
  enum Item {
    COUNT("aantal", "count"),
    PERCENTAGE("percentage", "percentage"),
    EUROS("euro", "euros"),
    MINUTES("minuten", "minutes"),
    HOURS("uren", "hours"),
    WEEKS("weken", "weeks"),
    FTE("fte", "fte"),
    NUMBER("getal", "number"),
    STEP("stap", "step"),
    GAIN("besparing", "gain"),
    COST("kosten", "cost"),
    CLAIM("claim", "claimed"),
    TOLERANCE("tolerantie", "tolerance"),
    MEASURE("maatregel", "measure");

    final String dutch;
    final String english;

    Item(String dutch, String english) {
      this.dutch = dutch;
      this.english = english;
    }

    boolean isDriver() {
      return ordinal() <= NUMBER.ordinal();
    }

    boolean isCalculation() {
      return this == STEP || this == GAIN || this == COST;
    }

    DriverKind kind() {
      return DriverKind.valueOf(name());
    }

    static Optional<Item> of(String word) {
      String lower = word.toLowerCase(Locale.ROOT);
      return Stream.of(values()).filter(i -> i.dutch.equals(lower) || i.english.equals(lower)).findFirst();
    }

    static Item of(DriverKind kind) {
      return valueOf(kind.name());
    }

    static String words() {
      return Stream.of(values()).map(i -> i.dutch).collect(Collectors.joining(", "));
    }
  }

  private CalculationModelCsv() {}

  /** Reads the models in {@code file}, leniently. */
  public static ReadResult<CalculationModels> read(Path file) {
    return read(file, ReadMode.LENIENT);
  }

  /** Reads the models in {@code file} in {@code mode}. */
  public static ReadResult<CalculationModels> read(Path file, ReadMode mode) {
    return TextInput.parse(file, mode, (text, log) -> read(text, log));
  }

  /**
   * Reads the calculation models in {@code file}, whose bytes are text in {@code charset} (such as
   * windows-1252 for a CSV file saved by Windows tools), in {@code mode}; a byte not valid in it
   * is a problem at its line and character, never a replacement character.
   */
  public static ReadResult<CalculationModels> read(Path file, Charset charset, ReadMode mode) {
    return TextInput.parse(file, charset, mode, (text, log) -> read(text, log));
  }

  /**
   * Reads the calculation models in {@code in}, which is left open, as text in {@code charset}, in
   * {@code mode}; {@code source} names it in problems.
   */
  public static ReadResult<CalculationModels> read(InputStream in, String source, Charset charset, ReadMode mode) {
    return TextInput.parse(in, source, charset, mode, (text, log) -> read(text, log));
  }

  /** Reads models from {@code in}, leniently; {@code source} names it in problems. */
  public static ReadResult<CalculationModels> read(Reader in, String source) {
    return read(in, source, ReadMode.LENIENT);
  }

  /** Reads models from {@code in} in {@code mode}; {@code source} names it in problems. */
  public static ReadResult<CalculationModels> read(Reader in, String source, ReadMode mode) {
    return TextInput.parse(in, source, mode, (text, log) -> read(text, log));
  }

  private static Optional<CalculationModels> read(String text, ProblemLog log) {
    CsvDialect dialect = TextInput.dialectOf(text);
    log.dialect(dialect);
    ModelReader reader = new ModelReader(log, dialect);
    return CsvTable.read(TextInput.withoutByteOrderMark(text), dialect, HEADER, log, reader::row)
        ? Optional.of(reader.models()) : Optional.empty();
  }

  /** {@code models} as CSV text in {@code dialect}, byte order mark included where it writes one. */
  public static String toCsv(CalculationModels models, CsvDialect dialect) {
    StringWriter out = new StringWriter();
    write(models, out, dialect);
    return out.toString();
  }

  /** Writes {@code models} to {@code file}, UTF-8, in {@code dialect}. */
  public static void write(CalculationModels models, Path file, CsvDialect dialect) {
    TextOutput.write(toCsv(models, dialect), file);
  }

  /**
   * Writes {@code models} to {@code out}, which stays open, in {@code dialect}; nothing is
   * written when a model cannot be written so that it reads back (see the class comment).
   */
  public static void write(CalculationModels models, Writer out, CsvDialect dialect) {
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(dialect, "dialect");
    List<List<String>> records = new ArrayList<>();
    records.add(HEADER);
    for (CalculationModel model : models.models()) {
      records.addAll(new ModelWriter(model, models.measureId(model), dialect).records());
    }
    CsvTable.write(records, out, dialect);
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /** The rows of one model: drivers, steps, gains, costs, then claim, tolerance and measure. */
  private static final class ModelWriter {
    private final CalculationModel model;
    private final Optional<String> measureId;
    private final CsvDialect dialect;
    /** Name by result, equal results one name: the value is what reads back. */
    private final Map<Result, String> names = new LinkedHashMap<>();
    private final List<List<String>> steps = new ArrayList<>();
    /** Per driver name: the named calculation each occurrence stands in, with the driver there. */
    private final Map<String, Map<String, Driver>> drivers = new LinkedHashMap<>();

    ModelWriter(CalculationModel model, Optional<String> measureId, CsvDialect dialect) {
      this.model = model;
      this.measureId = measureId;
      this.dialect = dialect;
    }

    List<List<String>> records() {
      String where = "model " + SociaalDomeinException.quote(model.name());
      if (!model.name().equals(model.name().trim()) || model.name().startsWith("#")) {
        throw new SociaalDomeinException(where, Optional.of(model.name()),
            "a model name with surrounding spaces, or starting with #, would not read back as written");
      }
      measureId.filter(id -> !id.equals(id.trim())).ifPresent(id -> {
        throw new SociaalDomeinException(where, Optional.of(id),
            "a measure id with surrounding spaces would not read back as written");
      });
      List<List<String>> calculations = new ArrayList<>();
      for (int i = 0; i < model.gains().size(); i++) {
        calculations.add(named(model.gains().get(i), Item.GAIN, "besparing " + (i + 1)));
      }
      for (int i = 0; i < model.costs().size(); i++) {
        calculations.add(named(model.costs().get(i), Item.COST, "kosten " + (i + 1)));
      }
      List<List<String>> rows = new ArrayList<>(driverRows(where));
      rows.addAll(steps);
      rows.addAll(calculations);
      rows.add(row(Item.CLAIM, "", amount(model.claimed()), "", "", ""));
      if (!model.tolerance().isZero()) {
        rows.add(row(Item.TOLERANCE, "", amount(model.tolerance()), "", "", ""));
      }
      measureId.ifPresent(id -> rows.add(row(Item.MEASURE, "", id, "", "", "")));
      return rows;
    }

    /** The row of {@code result} under {@code name}, after the rows of the steps it uses. */
    private List<String> named(Result result, Item item, String name) {
      names.putIfAbsent(result, name);
      String formula = Formula.write(result.expression(), node -> reference(node, name));
      String rounding = result.rounding().map(this::rounding).orElse("");
      return row(item, name, formula, result.label(), rounding, "");
    }

    private String reference(Expression node, String within) {
      if (node instanceof Driver driver) {
        Driver earlier = drivers.computeIfAbsent(driver.name(), n -> new LinkedHashMap<>()).putIfAbsent(within, driver);
        if (earlier != null && !earlier.equals(driver)) {
          throw new SociaalDomeinException("model " + SociaalDomeinException.quote(model.name()),
              Optional.of(driver.name()), "one formula uses two drivers of this name with different numbers; "
                  + "the models CSV gives a name one number per step");
        }
        return driver.name();
      }
      Result result = (Result) node;
      String known = names.get(result);
      if (known != null) {
        return known;
      }
      String name = "stap " + (steps.size() + 1);
      names.put(result, name);
      // A placeholder keeps this step's place before the steps its formula creates.
      int at = steps.size();
      steps.add(List.of());
      List<String> row = named(result, Item.STEP, name);
      steps.set(at, row);
      return name;
    }

    private List<List<String>> driverRows(String where) {
      Set<String> calculationNames = new HashSet<>(names.values());
      List<List<String>> rows = new ArrayList<>();
      drivers.forEach((name, byStep) -> {
        Formula.unreadableName(name).ifPresent(why -> {
          throw new SociaalDomeinException(where + ", driver", Optional.of(name), why);
        });
        if (calculationNames.contains(name)) {
          throw new SociaalDomeinException(where + ", driver", Optional.of(name),
              "the writer names a step, gain or cost so; rename the driver");
        }
        Set<Driver> distinct = new HashSet<>(byStep.values());
        if (distinct.size() == 1) {
          rows.add(driverRow(byStep.values().iterator().next(), ""));
        } else {
          byStep.forEach((step, driver) -> rows.add(driverRow(driver, step)));
        }
      });
      return rows;
    }

    private List<String> driverRow(Driver driver, String step) {
      return row(Item.of(driver.kind()), driver.name(), number(driver), "", "", step);
    }

    private List<String> row(Item item, String name, String value, String label, String rounding, String step) {
      return List.of(model.name(), item.dutch, name, value, label, rounding, step);
    }

    private String number(Driver driver) {
      BigDecimal number = driver.number();
      if (dialect == CsvDialect.DUTCH_EXCEL && driver.kind() == DriverKind.PERCENTAGE) {
        return PercentageFormat.of(Math.max(0, number.scale()), RoundingMode.UNNECESSARY).withSpace(true).format(number);
      }
      if (dialect == CsvDialect.DUTCH_EXCEL && driver.kind() == DriverKind.EUROS) {
        return FigureFormat.EUROS.format(PrintedFigure.of(number, EuroUnit.EUROS));
      }
      return NumberCells.write(number, dialect);
    }

    private String rounding(Rounding rounding) {
      return NumberCells.write(rounding.step(), dialect) + " " + rounding.mode().name();
    }

    private String amount(Amount amount) {
      return dialect == CsvDialect.PLAIN ? amount.toBigDecimal().toPlainString()
          : FigureFormat.exactEuros(amount).format(amount, RoundingMode.UNNECESSARY);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** One row as read, with what its columns gave. */
  private record Row(long line, String model, Item item, String name, String valueText, Optional<BigDecimal> number,
      Optional<Formula> formula, String label, Optional<Rounding> rounding, String step) {}

  /** A refusal of a model at one row and column, caught by the reader and logged as its problem. */
  private static final class Refusal extends SociaalDomeinException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;
    final transient Throwable cause;

    Refusal(Problem problem, Throwable cause) {
      super(problem.toString());
      this.problem = problem;
      this.cause = cause;
    }
  }

  /** One read of one source: the rows of each model, gathered until the whole model is known. */
  private static final class ModelReader {
    private final ProblemLog log;
    private final CsvDialect dialect;
    private final Map<String, List<Row>> rows = new LinkedHashMap<>();
    private final Groups groups;

    ModelReader(ProblemLog log, CsvDialect dialect) {
      this.log = log;
      this.dialect = dialect;
      this.groups = new Groups(log, "model");
    }

    private Location at(long line, String column) {
      return Location.atCell(log.source(), line, column);
    }

    void row(CsvRecord record, long line) {
      long before = log.problemCount();
      String model = CsvTable.field(record, 0);
      if (model.isEmpty()) {
        log.reject(Problem.of(at(line, MODEL), "a row needs the name of its model"));
        return;
      }
      groups.row(model, line);
      String itemText = CsvTable.field(record, 1);
      Optional<Item> item = Item.of(itemText);
      if (item.isEmpty()) {
        add(itemText.isEmpty() ? Problem.of(at(line, ITEM), "a row needs its item: " + Item.words())
            : Problem.of(at(line, ITEM), itemText, "the item is one of " + Item.words()
                + " (or their English names)"), null);
      }
      String name = CsvTable.field(record, 2);
      String value = CsvTable.field(record, 3);
      String label = CsvTable.field(record, 4);
      String roundingText = CsvTable.field(record, 5);
      String step = CsvTable.field(record, 6);
      Optional<BigDecimal> number = Optional.empty();
      Optional<Formula> formula = Optional.empty();
      Optional<Rounding> rounding = Optional.empty();
      if (item.isPresent()) {
        Item it = item.get();
        if ((it.isDriver() || it == Item.STEP) && name.isEmpty()) {
          add(Problem.of(at(line, NAME), "a " + it.dutch + " row needs a name, which formulas use"), null);
        } else if (!name.isEmpty() && (it.isDriver() || it.isCalculation())) {
          Formula.unreadableName(name).ifPresent(why -> add(Problem.of(at(line, NAME), name, why), null));
        } else if (!name.isEmpty()) {
          add(Problem.of(at(line, NAME), name, "a " + it.dutch + " row has no name"), null);
        }
        if (value.isEmpty()) {
          add(Problem.of(at(line, VALUE), "a " + it.dutch + " row needs its value"), null);
        } else if (it.isDriver()) {
          number = number(value, it, line);
        } else if (it.isCalculation()) {
          formula = formula(value, line);
        } else if (it == Item.CLAIM || it == Item.TOLERANCE) {
          number = amount(value, line);
        }
        if (it.isCalculation()) {
          rounding = roundingText.isEmpty() ? Optional.empty() : rounding(roundingText, line);
        } else {
          blank(label, line, LABEL, it);
          blank(roundingText, line, ROUNDING, it);
        }
        if (!it.isDriver()) {
          blank(step, line, IN_STEP, it);
        }
      }
      if (log.problemCount() > before) {
        groups.rejectRow(model, line);
        return;
      }
      rows.computeIfAbsent(model, m -> new ArrayList<>())
          .add(new Row(line, model, item.orElseThrow(), name, value, number, formula, label, rounding, step));
    }

    private void add(Problem problem, Throwable cause) {
      log.add(problem, cause);
    }

    private void blank(String text, long line, String column, Item item) {
      if (!text.isEmpty()) {
        add(Problem.of(at(line, column), text, "a " + item.dutch + " row leaves " + column + " blank"), null);
      }
    }

    private Optional<BigDecimal> number(String text, Item item, long line) {
      try {
        return Optional.of(NumberCells.read(text, dialect, item == Item.PERCENTAGE));
      } catch (IllegalArgumentException e) {
        add(Problem.of(at(line, VALUE), text, Problem.reasonOf(e)), e);
        return Optional.empty();
      }
    }

    private Optional<BigDecimal> amount(String text, long line) {
      try {
        return Optional.of((dialect == CsvDialect.PLAIN ? Amount.of(CsvDialect.parsePlainDecimal(text))
            : DutchNotation.parseAmount(text)).toBigDecimal());
      } catch (IllegalArgumentException e) {
        add(Problem.of(at(line, VALUE), text, Problem.reasonOf(e)), e);
      } catch (ArithmeticException e) {
        add(Problem.of(at(line, VALUE), text, "not an amount in whole cents within range: " + e.getMessage()), e);
      }
      return Optional.empty();
    }

    private Optional<Formula> formula(String text, long line) {
      try {
        return Optional.of(Formula.parse(text));
      } catch (SociaalDomeinException e) {
        add(Problem.of(at(line, VALUE), text, e.why()), e);
        return Optional.empty();
      }
    }

    private Optional<Rounding> rounding(String text, long line) {
      int space = text.lastIndexOf(' ');
      String why = "a rounding is a step and a rounding mode, such as 1.000 HALF_UP";
      if (space < 0) {
        add(Problem.of(at(line, ROUNDING), text, why), null);
        return Optional.empty();
      }
      String modeText = text.substring(space + 1).toUpperCase(Locale.ROOT);
      Optional<RoundingMode> mode = Stream.of(RoundingMode.values()).filter(m -> m.name().equals(modeText)).findFirst();
      if (mode.isEmpty()) {
        add(Problem.of(at(line, ROUNDING), text, why + "; the mode is one of " + Stream.of(RoundingMode.values())
            .map(Enum::name).collect(Collectors.joining(", "))), null);
        return Optional.empty();
      }
      String stepText = text.substring(0, space).trim();
      try {
        BigDecimal step = NumberCells.read(stepText, dialect, false);
        return Optional.of(new Rounding(step, mode.get()));
      } catch (IllegalArgumentException e) {
        add(Problem.of(at(line, ROUNDING), text, Problem.reasonOf(e)), e);
        return Optional.empty();
      }
    }

    /** The models read whole; every row of a refused model rejected, the rest accepted. */
    CalculationModels models() {
      List<CalculationModel> models = new ArrayList<>();
      Map<String, String> measureIds = new LinkedHashMap<>();
      Map<String, Long> measureLines = new HashMap<>();
      for (String name : groups.names()) {
        List<Row> modelRows = rows.getOrDefault(name, List.of());
        if (groups.refusedAt(name).isPresent()) {
          groups.refuse(name, OptionalLong.empty(), 0);
          continue;
        }
        try {
          CalculationModel model = new Builder(name, modelRows).build();
          Optional<Row> measure = modelRows.stream().filter(r -> r.item() == Item.MEASURE).findFirst();
          if (measure.isPresent()) {
            String id = measure.get().valueText();
            Long other = measureLines.putIfAbsent(id, measure.get().line());
            if (other != null) {
              throw new Refusal(Problem.of(at(measure.get().line(), VALUE), id,
                  "the model at line " + other + " backs this measure already; a measure has one model"), null);
            }
            measureIds.put(name, id);
          }
          models.add(model);
          groups.accept(name);
        } catch (Refusal r) {
          add(r.problem, r.cause);
          groups.refuse(name, r.problem.where().line(), modelRows.get(0).line());
        }
      }
      return new CalculationModels(models, measureIds);
    }

    /** Builds one model from its rows, or refuses it at the row that is wrong. */
    private final class Builder {
      private final String name;
      private final List<Row> modelRows;
      /** Drivers by step name ("" for the whole model), then by driver name. */
      private final Map<String, Map<String, Row>> drivers = new HashMap<>();
      private final Map<String, Row> calculations = new LinkedHashMap<>();
      private final Map<Row, Result> built = new HashMap<>();
      private final Set<Row> building = new HashSet<>();
      private final Set<Row> used = new HashSet<>();

      Builder(String name, List<Row> modelRows) {
        this.name = name;
        this.modelRows = modelRows;
      }

      private Refusal refusal(Row row, String column, String what, String why) {
        return new Refusal(what.isEmpty() ? Problem.of(at(row.line(), column), why)
            : Problem.of(at(row.line(), column), what, why), null);
      }

      CalculationModel build() {
        Row first = modelRows.get(0);
        Map<Item, Row> facts = new HashMap<>();
        for (Row row : modelRows) {
          if (row.item().isDriver()) {
            Row earlier = drivers.computeIfAbsent(row.step(), s -> new HashMap<>()).putIfAbsent(row.name(), row);
            if (earlier != null) {
              throw refusal(row, NAME, row.name(), "the driver is given at line " + earlier.line()
                  + (row.step().isEmpty() ? "" : " for the same step") + "; a driver has one number per step");
            }
          } else if (row.item().isCalculation()) {
            if (!row.name().isEmpty()) {
              Row earlier = calculations.putIfAbsent(row.name(), row);
              if (earlier != null) {
                throw refusal(row, NAME, row.name(), "the name is used at line " + earlier.line() + " already");
              }
            } else {
              // A key no formula can name: a name holds no parentheses.
              calculations.put("(line " + row.line() + ")", row);
            }
          } else {
            Row earlier = facts.putIfAbsent(row.item(), row);
            if (earlier != null) {
              throw refusal(row, ITEM, row.item().dutch, "a model has one " + row.item().dutch + " row; the first is at line "
                  + earlier.line());
            }
          }
        }
        for (Map.Entry<String, Map<String, Row>> scope : drivers.entrySet()) {
          for (Row driver : scope.getValue().values()) {
            if (calculations.containsKey(driver.name())) {
              throw refusal(driver, NAME, driver.name(), "a step, gain or cost of the model has this name too");
            }
            if (!scope.getKey().isEmpty() && !calculations.containsKey(scope.getKey())) {
              throw refusal(driver, IN_STEP, scope.getKey(), "the model has no step, gain or cost of this name");
            }
          }
        }
        Row claim = facts.get(Item.CLAIM);
        if (claim == null) {
          throw refusal(first, MODEL, name, "a model needs a claim row: the net saving the document claims");
        }
        List<Result> gains = new ArrayList<>();
        List<Result> costs = new ArrayList<>();
        for (Row row : calculations.values()) {
          if (row.item() == Item.GAIN) {
            gains.add(money(row));
          } else if (row.item() == Item.COST) {
            costs.add(money(row));
          }
        }
        if (gains.isEmpty()) {
          throw refusal(first, MODEL, name, "a model needs at least one besparing (gain) row");
        }
        for (Row row : modelRows) {
          if (!used.contains(row) && (row.item().isDriver() || row.item() == Item.STEP)) {
            throw refusal(row, NAME, row.name(), "no formula of the model uses this " + row.item().dutch);
          }
        }
        Amount claimed = Amount.of(claim.number().orElseThrow());
        Amount tolerance = Optional.ofNullable(facts.get(Item.TOLERANCE))
            .map(t -> Amount.of(t.number().orElseThrow())).orElse(Amount.ZERO);
        try {
          return new CalculationModel(name, gains, costs, claimed, tolerance);
        } catch (SociaalDomeinException e) {
          Row at = facts.getOrDefault(Item.TOLERANCE, claim);
          throw new Refusal(Problem.of(at(at.line(), VALUE), at.valueText(), Problem.reasonOf(e)), e);
        }
      }

      private Result money(Row row) {
        Result result = result(row);
        try {
          result.amount();
        } catch (SociaalDomeinException e) {
          throw new Refusal(Problem.of(at(row.line(), VALUE), row.valueText(), Problem.reasonOf(e)), e);
        }
        return result;
      }

      private Result result(Row row) {
        Result done = built.get(row);
        if (done != null) {
          return done;
        }
        if (!building.add(row)) {
          throw refusal(row, VALUE, row.valueText(), "the formula uses itself, through the steps it names");
        }
        try {
          Result result = new Result(expression(row.formula().orElseThrow(), row), row.label(), row.rounding());
          building.remove(row);
          built.put(row, result);
          return result;
        } catch (Refusal r) {
          // Already at the row and cell that is wrong, deeper in the formula.
          throw r;
        } catch (SociaalDomeinException e) {
          throw new Refusal(Problem.of(at(row.line(), VALUE), row.valueText(), Problem.reasonOf(e)), e);
        }
      }

      private Expression expression(Formula formula, Row within) {
        if (formula instanceof Formula.Name name) {
          return reference(name.name(), within);
        }
        Formula.Operation operation = (Formula.Operation) formula;
        List<Expression> operands = operation.operands().stream().map(f -> expression(f, within)).toList();
        return operation.product() ? new Product(operands) : new Sum(operands);
      }

      private Expression reference(String reference, Row within) {
        Row driver = drivers.getOrDefault(within.name(), Map.of()).get(reference);
        if (driver == null) {
          driver = drivers.getOrDefault("", Map.of()).get(reference);
        }
        if (driver != null) {
          used.add(driver);
          try {
            return new Driver(driver.name(), driver.number().orElseThrow(), driver.item().kind());
          } catch (SociaalDomeinException e) {
            throw new Refusal(Problem.of(at(driver.line(), VALUE), driver.valueText(), Problem.reasonOf(e)), e);
          }
        }
        Row step = calculations.get(reference);
        if (step == null) {
          throw refusal(within, VALUE, within.valueText(), "the model has no driver or step called "
              + SociaalDomeinException.quote(reference));
        }
        used.add(step);
        return result(step);
      }
    }
  }
}
