// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.JsonBinding;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.TextOutput;
import nl.sociaaldomein.io.json.SociaalDomeinModule;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.DriverChange;
import nl.sociaaldomein.savings.Kind;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Scenario;
import nl.sociaaldomein.savings.Status;
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
 * The inputs of a savings programme as JSON, read and written: a {@link SavingsPlan}, a
 * {@link CalculationModel}, the {@link CalculationModels} of a document and a {@link Scenario}.
 * What is written reads back to an equal value. See {@code docs/formats.md}, "Savings JSON".
 *
 * <p>Jackson binds the document: each entry of a list ({@code measures}, {@code models},
 * {@code changes}) to a record of its own, so a bad entry is a {@link Problem} at its JSON path
 * ({@code $.measures[4].firstYear}, {@code $.gains[0].expression.product[1].driver.kind}) and the
 * other entries are still read, as the reader contract of this library asks ({@link ReadResult},
 * {@link ReadMode#STRICT} to stop at the first). A model is one entry: a fault anywhere in it
 * rejects it whole, since a model without one of its parts would compute another net.
 *
 * <p>A model is written with what it computes (gross, costs, net, comparison, derivation, and
 * each result's formula, exact value, value and whether it is money), for the readers of the
 * output. Those fields may be left out of what is read; when given they are checked, and one the
 * model does not compute (a stale figure after a driver was edited) is a problem at its path
 * naming the figure the model computes.
 */
public final class SavingsJson {

  /** The {@code kind} of a change that sets a driver. */
  static final String SET_TO = "SET_TO";
  /** The {@code kind} of a change that lets a driver grow. */
  static final String GROWTH = "GROWTH";

  private static final ObjectMapper READER = JsonBinding.mapper().registerModule(new SociaalDomeinModule());
  private static final ObjectMapper WRITER = JsonMapper.builder()
      .addModule(new SociaalDomeinModule())
      .addModule(new SavingsJsonModule())
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /** Fields a model or result is written with that follow from its structure; checked when read. */
  private static final Set<String> COMPUTED =
      Set.of("gross", "totalCosts", "net", "comparison", "derivation", "formula", "exact", "value", "money");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final int FIRST_YEAR = 1000;
  private static final int LAST_YEAR = 9999;

  private SavingsJson() {}

  /** The JSON of a savings plan, as {@link #write} writes it. */
  public static String toJson(SavingsPlan plan) {
    return text(plan);
  }

  /** The JSON of one calculation model, as {@link #write} writes it. */
  public static String toJson(CalculationModel model) {
    return text(model);
  }

  /** The JSON of a document of calculation models, as {@link #write} writes it. */
  public static String toJson(CalculationModels models) {
    return text(models);
  }

  /** The JSON of a scenario, as {@link #write} writes it. */
  public static String toJson(Scenario scenario) {
    return text(scenario);
  }

  /** Writes {@code plan} to {@code file} as UTF-8 JSON. */
  public static void write(SavingsPlan plan, Path file) {
    TextOutput.write(toJson(plan), file);
  }

  /** Writes {@code models} to {@code file} as UTF-8 JSON. */
  public static void write(CalculationModels models, Path file) {
    TextOutput.write(toJson(models), file);
  }

  /** Writes {@code scenario} to {@code file} as UTF-8 JSON. */
  public static void write(Scenario scenario, Path file) {
    TextOutput.write(toJson(scenario), file);
  }

  /** Writes {@code plan} to {@code out}, which stays open. */
  public static void write(SavingsPlan plan, Writer out) {
    TextOutput.write(toJson(plan), out, "savings plan");
  }

  /** Writes {@code models} to {@code out}, which stays open. */
  public static void write(CalculationModels models, Writer out) {
    TextOutput.write(toJson(models), out, "calculation models");
  }

  /** Writes {@code scenario} to {@code out}, which stays open. */
  public static void write(Scenario scenario, Writer out) {
    TextOutput.write(toJson(scenario), out, "scenario " + scenario.name());
  }

  /** Reads a plan from {@code file} leniently: every problem is reported, none thrown. */
  public static ReadResult<SavingsPlan> readPlan(Path file) {
    return readPlan(file, ReadMode.LENIENT);
  }

  /** Reads a plan from {@code file} in {@code mode}. */
  public static ReadResult<SavingsPlan> readPlan(Path file, ReadMode mode) {
    return read(file, mode, Read::plan);
  }

  /** Reads a plan from {@code in} leniently; {@code source} names it in problems. */
  public static ReadResult<SavingsPlan> readPlan(Reader in, String source) {
    return readPlan(in, source, ReadMode.LENIENT);
  }

  /** Reads a plan from {@code in} in {@code mode}; {@code source} names it in problems. */
  public static ReadResult<SavingsPlan> readPlan(Reader in, String source, ReadMode mode) {
    return read(in, source, mode, Read::plan);
  }

  /** Reads one model from {@code file} leniently: every problem is reported, none thrown. */
  public static ReadResult<CalculationModel> readModel(Path file) {
    return readModel(file, ReadMode.LENIENT);
  }

  /** Reads one model from {@code file} in {@code mode}. */
  public static ReadResult<CalculationModel> readModel(Path file, ReadMode mode) {
    return read(file, mode, Read::model);
  }

  /** Reads one model from {@code in} leniently; {@code source} names it in problems. */
  public static ReadResult<CalculationModel> readModel(Reader in, String source) {
    return readModel(in, source, ReadMode.LENIENT);
  }

  /** Reads one model from {@code in} in {@code mode}; {@code source} names it in problems. */
  public static ReadResult<CalculationModel> readModel(Reader in, String source, ReadMode mode) {
    return read(in, source, mode, Read::model);
  }

  /** Reads a document's models from {@code file} leniently: every problem is reported, none thrown. */
  public static ReadResult<CalculationModels> readModels(Path file) {
    return readModels(file, ReadMode.LENIENT);
  }

  /** Reads a document's models from {@code file} in {@code mode}. */
  public static ReadResult<CalculationModels> readModels(Path file, ReadMode mode) {
    return read(file, mode, Read::models);
  }

  /** Reads a document's models from {@code in} leniently; {@code source} names it in problems. */
  public static ReadResult<CalculationModels> readModels(Reader in, String source) {
    return readModels(in, source, ReadMode.LENIENT);
  }

  /** Reads a document's models from {@code in} in {@code mode}; {@code source} names it in problems. */
  public static ReadResult<CalculationModels> readModels(Reader in, String source, ReadMode mode) {
    return read(in, source, mode, Read::models);
  }

  /** Reads a scenario from {@code file} leniently: every problem is reported, none thrown. */
  public static ReadResult<Scenario> readScenario(Path file) {
    return readScenario(file, ReadMode.LENIENT);
  }

  /** Reads a scenario from {@code file} in {@code mode}. */
  public static ReadResult<Scenario> readScenario(Path file, ReadMode mode) {
    return read(file, mode, Read::scenario);
  }

  /** Reads a scenario from {@code in} leniently; {@code source} names it in problems. */
  public static ReadResult<Scenario> readScenario(Reader in, String source) {
    return readScenario(in, source, ReadMode.LENIENT);
  }

  /** Reads a scenario from {@code in} in {@code mode}; {@code source} names it in problems. */
  public static ReadResult<Scenario> readScenario(Reader in, String source, ReadMode mode) {
    return read(in, source, mode, Read::scenario);
  }

  // For SavingsJsonModule: values embedded in other documents are read strictly.

  static ReadResult<SavingsPlan> planFromTree(JsonNode root) {
    return fromTree(root, Read::plan);
  }

  static ReadResult<CalculationModel> modelFromTree(JsonNode root) {
    return fromTree(root, Read::model);
  }

  static ReadResult<CalculationModels> modelsFromTree(JsonNode root) {
    return fromTree(root, Read::models);
  }

  static ReadResult<Scenario> scenarioFromTree(JsonNode root) {
    return fromTree(root, Read::scenario);
  }

  private static <T> ReadResult<T> fromTree(JsonNode root, BiFunction<Read, JsonNode, Optional<T>> what) {
    ProblemLog log = new ProblemLog("savings JSON", ReadMode.STRICT);
    return log.result(what.apply(new Read(log), root));
  }

  private static <T> ReadResult<T> read(Path file, ReadMode mode, BiFunction<Read, JsonNode, Optional<T>> what) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString(), mode, what);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static <T> ReadResult<T> read(
      Reader in, String source, ReadMode mode, BiFunction<Read, JsonNode, Optional<T>> what) {
    ProblemLog log = new ProblemLog(source, mode);
    return log.result(JsonBinding.readTree(READER, in, log).flatMap(root -> what.apply(new Read(log), root)));
  }

  private static String text(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // A value the library built is always writable; a failure here is the library's own error.
      if (e.getCause() instanceof SociaalDomeinException cause) {
        throw cause;
      }
      throw new SociaalDomeinException("Cannot write " + value.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  // The documents Jackson binds. Absent fields are null here, inside the reader only; each is
  // checked where it is required. Computed fields are left to the check against the model.

  record PlanDocument(List<JsonNode> measures) {}

  record MeasureDocument(String id, String description, String domain, String kind, AmountRange amount,
      Integer firstYear, Integer lastYear, StatusDocument status, List<String> tags) {}

  record StatusDocument(String kind, Amount realised) {}

  record ModelsDocument(List<JsonNode> models) {}

  @JsonIgnoreProperties({"gross", "totalCosts", "net", "comparison", "derivation"})
  record ModelDocument(String measure, String name, Amount claimed, Amount tolerance, List<JsonNode> gains,
      List<JsonNode> costs) {}

  @JsonIgnoreProperties({"formula", "exact", "value", "money"})
  record ResultDocument(String label, JsonNode expression, RoundingDocument rounding) {}

  record RoundingDocument(String step, String mode) {}

  record ExpressionDocument(DriverDocument driver, List<JsonNode> product, List<JsonNode> sum, JsonNode result) {}

  record DriverDocument(String name, String number, String kind) {}

  record ScenarioDocument(String name, List<JsonNode> changes) {}

  record ChangeDocument(String kind, String driver, String domain, String value, String percentPerYear,
      Integer baseYear, Integer decimals, String mode) {}

  /** A model read from an entry, and the measure it backs if the entry names one. */
  private record Entry(CalculationModel model, Optional<String> measure) {}

  /** One read: binds the entries and builds the values, each problem at its path. */
  private static final class Read {
    private final ProblemLog log;

    Read(ProblemLog log) {
      this.log = log;
    }

    Optional<SavingsPlan> plan(JsonNode root) {
      Optional<List<JsonNode>> measures = list(root, "$", PlanDocument.class, PlanDocument::measures, "measures");
      if (measures.isEmpty()) {
        return Optional.empty();
      }
      List<Measure> taken = new ArrayList<>();
      Map<String, String> firstAt = new HashMap<>();
      entries(measures.get(), "$.measures", (node, at) -> measure(node, at).ifPresent(m -> {
        String first = firstAt.putIfAbsent(m.id(), at);
        if (first == null) {
          taken.add(m);
        } else {
          problem(at + ".id", m.id(), "the id of " + first + " too; ids are unique in a plan");
        }
      }));
      return Optional.of(new SavingsPlan(taken));
    }

    Optional<CalculationModel> model(JsonNode root) {
      List<CalculationModel> taken = new ArrayList<>();
      // The model is the document's one entry, accepted or rejected whole.
      entries(List.of(root), "", (node, at) -> entry(node, "$", false).ifPresent(e -> taken.add(e.model())));
      return taken.stream().findFirst();
    }

    Optional<CalculationModels> models(JsonNode root) {
      Optional<List<JsonNode>> models = list(root, "$", ModelsDocument.class, ModelsDocument::models, "models");
      if (models.isEmpty()) {
        return Optional.empty();
      }
      List<CalculationModel> taken = new ArrayList<>();
      Map<String, String> measureIds = new LinkedHashMap<>();
      Map<String, String> nameAt = new HashMap<>();
      Map<String, String> measureAt = new HashMap<>();
      entries(models.get(), "$.models", (node, at) -> entry(node, at, true).ifPresent(e -> {
        String name = e.model().name();
        String sameName = nameAt.get(name);
        String sameMeasure = e.measure().map(measureAt::get).orElse(null);
        if (sameName != null) {
          problem(at + ".name", name, "the name of " + sameName + " too; a name identifies one model");
        } else if (sameMeasure != null) {
          problem(at + ".measure", e.measure().get(), "the measure of " + sameMeasure + " too; a measure has one model");
        } else {
          nameAt.put(name, at);
          e.measure().ifPresent(id -> {
            measureAt.put(id, at);
            measureIds.put(name, id);
          });
          taken.add(e.model());
        }
      }));
      return Optional.of(new CalculationModels(taken, measureIds));
    }

    Optional<Scenario> scenario(JsonNode root) {
      Optional<ScenarioDocument> doc = bind(root, "$", ScenarioDocument.class);
      Optional<String> name = doc.flatMap(d -> required(d.name(), "$.name"))
          .flatMap(n -> attempt("$.name", n, () -> Scenario.base(n)).map(Scenario::name));
      List<JsonNode> changes = doc.map(ScenarioDocument::changes).orElse(null) == null
          ? arrayOf(root, "changes") : doc.get().changes();
      if (name.isEmpty()) {
        notRead(changes, "$.changes", "the scenario's name or fields");
        return Optional.empty();
      }
      List<DriverChange> taken = new ArrayList<>();
      entries(changes, "$.changes", (node, at) -> change(node, at).ifPresent(taken::add));
      return Optional.of(new Scenario(name.get(), taken));
    }

    // Measures.

    private Optional<Measure> measure(JsonNode node, String at) {
      Optional<MeasureDocument> doc = bind(node, at, MeasureDocument.class);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      MeasureDocument d = doc.get();
      long before = log.problemCount();
      Optional<String> id = required(d.id(), at + ".id");
      Optional<Domain> domain = required(d.domain(), at + ".domain")
          .flatMap(name -> attempt(at + ".domain", name, () -> Domain.of(name)));
      Optional<Kind> kind = enumValue(d.kind(), at + ".kind", Kind.class);
      Optional<AmountRange> amount = required(d.amount(), at + ".amount");
      Optional<Year> first = required(d.firstYear(), at + ".firstYear").flatMap(y -> year(y, at + ".firstYear"));
      Optional<Year> last = d.lastYear() == null ? Optional.empty() : year(d.lastYear(), at + ".lastYear");
      Optional<Status> status = d.status() == null ? Optional.of(Status.PROPOSED) : status(d.status(), at + ".status");
      List<String> tags = d.tags() == null ? List.of() : d.tags();
      for (int i = 0; i < tags.size(); i++) {
        required(tags.get(i), at + ".tags[" + i + "]");
        if (tags.get(i) != null && tags.subList(0, i).contains(tags.get(i))) {
          // A set would merge the two silently; a repeated tag is more likely a typo for another.
          problem(at + ".tags[" + i + "]", tags.get(i), "the tag is given twice");
        }
      }
      if (log.problemCount() != before) {
        return Optional.empty();
      }
      return attempt(at, id.get(), () -> new Measure(id.get(), d.description() == null ? "" : d.description(),
          domain.get(), kind.get(), amount.get(), first.get(), last, status.get(), Set.copyOf(tags)));
    }

    private Optional<Status> status(StatusDocument s, String at) {
      Optional<String> kind = required(s.kind(), at + ".kind");
      if (kind.isEmpty()) {
        return Optional.empty();
      }
      List<String> kinds = List.of("PROPOSED", "DECIDED", "REALISED", "DROPPED");
      String k = kind.get().toUpperCase(Locale.ROOT);
      if (!kinds.contains(k)) {
        problem(at + ".kind", kind.get(), "not a status; expected one of " + kinds);
        return Optional.empty();
      }
      if (k.equals("REALISED")) {
        return required(s.realised(), at + ".realised").map(Status::realised);
      }
      if (s.realised() != null) {
        problem(at + ".realised", s.realised().toBigDecimal().toPlainString(), "only a REALISED status has a realised amount");
        return Optional.empty();
      }
      return Optional.of(k.equals("DECIDED") ? Status.DECIDED : k.equals("DROPPED") ? Status.DROPPED : Status.PROPOSED);
    }

    private Optional<Year> year(int year, String at) {
      if (year < FIRST_YEAR || year > LAST_YEAR) {
        problem(at, Integer.toString(year), "a year has four digits");
        return Optional.empty();
      }
      return Optional.of(Year.of(year));
    }

    // Models.

    /** A model entry; {@code inSet} when it is an entry of a models file, which may name its measure. */
    private Optional<Entry> entry(JsonNode node, String at, boolean inSet) {
      Optional<ModelDocument> doc = bind(node, at, ModelDocument.class);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      ModelDocument d = doc.get();
      long before = log.problemCount();
      if (d.measure() != null && !inSet) {
        problem(at + ".measure", d.measure(), "a model names the measure it backs only as an entry of a models file");
      }
      Optional<String> name = required(d.name(), at + ".name");
      Optional<Amount> claimed = required(d.claimed(), at + ".claimed");
      Amount tolerance = d.tolerance() == null ? Amount.ZERO : d.tolerance();
      Optional<List<Result>> gains = required(d.gains(), at + ".gains").flatMap(g -> parts(g, at + ".gains"));
      Optional<List<Result>> costs = d.costs() == null ? Optional.of(List.of()) : parts(d.costs(), at + ".costs");
      if (log.problemCount() != before) {
        return Optional.empty();
      }
      Optional<CalculationModel> model = attempt(at, name.get(),
          () -> new CalculationModel(name.get(), gains.get(), costs.get(), claimed.get(), tolerance));
      model.ifPresent(m -> checkComputed(node, WRITER.valueToTree(m), at));
      return log.problemCount() != before ? Optional.empty() : model.map(m -> new Entry(m, Optional.ofNullable(d.measure())));
    }

    /** Gains or costs: each a money result, so that the model can add it up to the cent. */
    private Optional<List<Result>> parts(List<JsonNode> nodes, String path) {
      List<Result> parts = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        String at = path + "[" + i + "]";
        result(nodes.get(i), at).flatMap(r -> attempt(at, r.formula(), () -> {
          r.amount();
          return r;
        })).ifPresent(parts::add);
      }
      return parts.size() == nodes.size() ? Optional.of(parts) : Optional.empty();
    }

    private Optional<Result> result(JsonNode node, String at) {
      Optional<ResultDocument> doc = bind(node, at, ResultDocument.class);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      ResultDocument d = doc.get();
      long before = log.problemCount();
      Optional<Expression> expression = required(d.expression(), at + ".expression")
          .flatMap(e -> expression(e, at + ".expression"));
      Optional<Optional<Rounding>> rounding = d.rounding() == null ? Optional.of(Optional.empty())
          : rounding(d.rounding(), at + ".rounding").map(Optional::of);
      if (log.problemCount() != before) {
        return Optional.empty();
      }
      String label = d.label() == null ? "" : d.label();
      return attempt(at, label, () -> new Result(expression.get(), label, rounding.get()));
    }

    private Optional<Rounding> rounding(RoundingDocument r, String at) {
      Optional<BigDecimal> step = required(r.step(), at + ".step").flatMap(s -> decimal(s, at + ".step"));
      Optional<RoundingMode> mode = enumValue(r.mode(), at + ".mode", RoundingMode.class);
      return step.isEmpty() || mode.isEmpty() ? Optional.empty()
          : attempt(at + ".step", r.step(), () -> new Rounding(step.get(), mode.get()));
    }

    private Optional<Expression> expression(JsonNode node, String at) {
      Optional<ExpressionDocument> doc = bind(node, at, ExpressionDocument.class);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      ExpressionDocument d = doc.get();
      JsonNode result = d.result() == null || d.result().isNull() ? null : d.result();
      List<String> given = new ArrayList<>();
      Object[] fields = {d.driver(), d.product(), d.sum(), result};
      String[] names = {"driver", "product", "sum", "result"};
      for (int i = 0; i < fields.length; i++) {
        if (fields[i] != null) {
          given.add(names[i]);
        }
      }
      if (given.size() != 1) {
        problem(at, node.toString(), "an expression is one of driver, product, sum or result; this one is "
            + (given.isEmpty() ? "none" : String.join(" and ", given)));
        return Optional.empty();
      }
      if (d.driver() != null) {
        return driver(d.driver(), at + ".driver");
      }
      if (result != null) {
        return result(result, at + ".result").map(r -> r);
      }
      boolean product = d.product() != null;
      String path = at + (product ? ".product" : ".sum");
      List<JsonNode> nodes = product ? d.product() : d.sum();
      List<Expression> terms = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        expression(nodes.get(i), path + "[" + i + "]").ifPresent(terms::add);
      }
      if (terms.size() != nodes.size()) {
        return Optional.empty();
      }
      return attempt(path, Integer.toString(terms.size()), () -> product ? new Product(terms) : new Sum(terms));
    }

    private Optional<Expression> driver(DriverDocument d, String at) {
      Optional<String> name = required(d.name(), at + ".name");
      Optional<BigDecimal> number = required(d.number(), at + ".number").flatMap(n -> decimal(n, at + ".number"));
      Optional<DriverKind> kind = enumValue(d.kind(), at + ".kind", DriverKind.class);
      if (name.isEmpty() || number.isEmpty() || kind.isEmpty()) {
        return Optional.empty();
      }
      return attempt(at, d.number(), () -> new Driver(name.get(), number.get(), kind.get()));
    }

    /**
     * Compares every computed field the document gives with what the model computes, written as
     * {@link SavingsJsonModule} writes it; decimals compare by value ({@code "267000"} is
     * {@code "267000.00"}).
     */
    private void checkComputed(JsonNode given, JsonNode written, String at) {
      if (given.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          String path = at + "." + field.getKey();
          JsonNode computed = written.get(field.getKey());
          if (computed == null) {
            continue;
          }
          if (!COMPUTED.contains(field.getKey())) {
            checkComputed(field.getValue(), computed, path);
          } else if (!same(field.getValue(), computed)) {
            problem(path, show(field.getValue()), "the model computes " + show(computed)
                + "; a computed field, when given, must be what the model computes (leave it out to have it written)");
          }
        }
      } else if (given.isArray()) {
        for (int i = 0; i < Math.min(given.size(), written.size()); i++) {
          checkComputed(given.get(i), written.get(i), at + "[" + i + "]");
        }
      }
    }

    private static boolean same(JsonNode given, JsonNode computed) {
      if (given.isObject() && computed.isObject()) {
        if (given.size() != computed.size()) {
          return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          JsonNode other = computed.get(field.getKey());
          if (other == null || !same(field.getValue(), other)) {
            return false;
          }
        }
        return true;
      }
      if (given.isTextual() && computed.isTextual() && PLAIN_DECIMAL.matcher(given.textValue()).matches()
          && PLAIN_DECIMAL.matcher(computed.textValue()).matches()) {
        return new BigDecimal(given.textValue()).compareTo(new BigDecimal(computed.textValue())) == 0;
      }
      return given.equals(computed);
    }

    private static String show(JsonNode node) {
      return node.isTextual() ? node.textValue() : node.toString();
    }

    // Scenarios.

    /** The change of {@code node}, kept to its domain where it names one. */
    private Optional<DriverChange> change(JsonNode node, String at) {
      Optional<DriverChange> change = anyDomainChange(node, at);
      JsonNode domain = node.get("domain");
      if (change.isEmpty() || domain == null || domain.isNull()) {
        return change;
      }
      if (!domain.isTextual()) {
        problem(at + ".domain", domain.toString(), "a domain is a string, such as \"Wmo\"");
        return Optional.empty();
      }
      return attempt(at + ".domain", domain.asText(), () -> change.get().inDomain(Domain.of(domain.asText())));
    }

    private Optional<DriverChange> anyDomainChange(JsonNode node, String at) {
      Optional<ChangeDocument> doc = bind(node, at, ChangeDocument.class);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      ChangeDocument c = doc.get();
      Optional<String> kind = required(c.kind(), at + ".kind");
      if (kind.isEmpty()) {
        return Optional.empty();
      }
      long before = log.problemCount();
      Optional<String> driver = required(c.driver(), at + ".driver");
      String k = kind.get().toUpperCase(Locale.ROOT);
      if (k.equals(SET_TO)) {
        notFor(SET_TO, at, "percentPerYear", c.percentPerYear(), "baseYear", c.baseYear(), "decimals", c.decimals(),
            "mode", c.mode());
        Optional<BigDecimal> value = required(c.value(), at + ".value").flatMap(v -> decimal(v, at + ".value"));
        return log.problemCount() != before ? Optional.empty()
            : attempt(at, driver.get(), () -> new DriverChange.SetTo(driver.get(), value.get()));
      }
      if (k.equals(GROWTH)) {
        notFor(GROWTH, at, "value", c.value());
        Optional<BigDecimal> percent = required(c.percentPerYear(), at + ".percentPerYear")
            .flatMap(p -> decimal(p, at + ".percentPerYear"));
        Optional<Year> base = required(c.baseYear(), at + ".baseYear").flatMap(y -> year(y, at + ".baseYear"));
        int decimals = c.decimals() == null ? 0 : c.decimals();
        Optional<RoundingMode> mode = c.mode() == null ? Optional.of(Scenario.GROWTH_ROUNDING)
            : enumValue(c.mode(), at + ".mode", RoundingMode.class);
        return log.problemCount() != before ? Optional.empty() : attempt(at, driver.get(),
            () -> new DriverChange.Growth(driver.get(), percent.get(), base.get(), decimals, mode.get()));
      }
      problem(at + ".kind", kind.get(), "not a change; expected " + SET_TO + " or " + GROWTH);
      return Optional.empty();
    }

    /** A problem for each of the named fields given, which a change of {@code kind} does not have. */
    private void notFor(String kind, String at, Object... namesAndValues) {
      for (int i = 0; i < namesAndValues.length; i += 2) {
        Object value = namesAndValues[i + 1];
        if (value != null) {
          problem(at + "." + namesAndValues[i], value.toString(), "a " + kind + " change has no such field");
        }
      }
    }

    // What every document shares.

    /**
     * The entries of the list {@code field} of the document {@code root}; empty when the document
     * is not one (its entries, if any can be found, each rejected: none is lost in silence).
     */
    private <D> Optional<List<JsonNode>> list(JsonNode root, String path, Class<D> type,
        Function<D, List<JsonNode>> field, String name) {
      Optional<D> doc = bind(root, path, type);
      if (doc.isEmpty()) {
        notRead(arrayOf(root, name), "$." + name, "the document");
        return Optional.empty();
      }
      return required(field.apply(doc.get()), "$." + name);
    }

    private void entries(List<JsonNode> nodes, String path, JsonBinding.EntryReader entry) {
      JsonBinding.entries(nodes, path, log, entry);
    }

    /** The entries of the array {@code field} of {@code node}; none when it has no such array. */
    private static List<JsonNode> arrayOf(JsonNode node, String field) {
      JsonNode array = node == null ? null : node.get(field);
      List<JsonNode> entries = new ArrayList<>();
      if (array != null && array.isArray()) {
        array.forEach(entries::add);
      }
      return entries;
    }

    private void notRead(List<JsonNode> nodes, String path, String what) {
      for (int i = 0; i < nodes.size(); i++) {
        log.reject(Problem.of(Location.atPath(log.source(), path + "[" + i + "]"), "not read: " + what + " is wrong"));
      }
    }

    private <T> Optional<T> bind(JsonNode node, String path, Class<T> type) {
      return JsonBinding.bind(READER, node, type, path, log);
    }

    private void problem(String at, String what, String why) {
      log.add(Problem.of(Location.atPath(log.source(), at), what, why));
    }

    /** Builds a value; a refusal of the library is a problem at {@code at} naming {@code what}. */
    private <T> Optional<T> attempt(String at, String what, Supplier<T> step) {
      try {
        return Optional.of(step.get());
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(Location.atPath(log.source(), at), what, Problem.reasonOf(e)), e);
        return Optional.empty();
      }
    }

    private <T> Optional<T> required(T value, String path) {
      return JsonBinding.required(value, path, log);
    }

    private <E extends Enum<E>> Optional<E> enumValue(String text, String path, Class<E> type) {
      return JsonBinding.enumValue(text, path, type, log);
    }

    /** A plain decimal string, {@code 0.84} or {@code -12}: no exponent, no grouping, no JSON number. */
    private Optional<BigDecimal> decimal(String text, String path) {
      if (!PLAIN_DECIMAL.matcher(text).matches()) {
        problem(path, text, "not a plain decimal number such as 0.84 or 1300");
        return Optional.empty();
      }
      return Optional.of(new BigDecimal(text));
    }
  }
}
