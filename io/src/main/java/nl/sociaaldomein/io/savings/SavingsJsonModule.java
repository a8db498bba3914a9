// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Year;
import java.util.Optional;
import java.util.function.Function;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.json.Serializers;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.DriverChange;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.ModelledMeasure;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Scenario;
import nl.sociaaldomein.savings.ScenarioComparison;
import nl.sociaaldomein.savings.Status;
import nl.sociaaldomein.savings.TargetComparison;
import nl.sociaaldomein.savings.YearEffect;
import nl.sociaaldomein.savings.model.CalculationModel;
import nl.sociaaldomein.savings.model.CalculationModels;
import nl.sociaaldomein.savings.model.Comparison;
import nl.sociaaldomein.savings.model.Driver;
import nl.sociaaldomein.savings.model.Expression;
import nl.sociaaldomein.savings.model.Product;
import nl.sociaaldomein.savings.model.Result;
import nl.sociaaldomein.savings.model.Sum;

/**
 * Jackson support for savings plans, calculation models, scenarios and what is computed from
 * them. Written: a {@link SavingsPlan} with its measures, a {@link Phasing} year by year for all
 * domains and per domain, a {@link TargetComparison} row by row, a {@link CalculationModel} with
 * its structure (each part's expression down to its drivers), gross, costs, net, its comparison
 * with the claim and its derivation as the document prints it, {@link CalculationModels}, a
 * {@link Scenario}, a {@link ModelledMeasure}, a {@link ModelledPlan} and a
 * {@link ScenarioComparison}. Read back (strictly, as {@link SavingsJson} reads them; the first
 * problem fails with Jackson's exception naming its JSON path): the inputs a user keeps, a plan,
 * a model, a set of models and a scenario. Amounts are decimal strings and ranges {@code {"low",
 * "high", "proMemorie"}}, as everywhere in the library's JSON; years are numbers; statuses,
 * kinds and verdicts their constant names. See {@code docs/formats.md}, "Savings JSON".
 */
public final class SavingsJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module, as {@code ObjectMapper.findAndRegisterModules()} makes it. */
  public SavingsJsonModule() {
    super("SavingsJsonModule", Version.unknownVersion());
    addSerializer(Domain.class, Serializers.of((value, gen) -> gen.writeString(value.name())));
    addSerializer(Status.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeStringField("kind", SavingsCsv.statusName(value));
      if (value instanceof Status.Realised r) {
        gen.writeObjectField("realised", r.amount());
      }
      gen.writeEndObject();
    }));
    addSerializer(Measure.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeStringField("id", value.id());
      gen.writeStringField("description", value.description());
      gen.writeObjectField("domain", value.domain());
      gen.writeStringField("kind", value.kind().name());
      gen.writeObjectField("amount", value.amount());
      gen.writeNumberField("firstYear", value.firstYear().getValue());
      writeYear(gen, "lastYear", value.lastYear());
      gen.writeObjectField("status", value.status());
      gen.writeObjectField("tags", value.tags());
      gen.writeEndObject();
    }));
    addSerializer(SavingsPlan.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeObjectField("measures", value.measures());
      gen.writeEndObject();
    }));
    addSerializer(YearEffect.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeObjectField("structural", value.structural());
      gen.writeObjectField("incidental", value.incidental());
      gen.writeObjectField("costs", value.costs());
      gen.writeObjectField("net", value.net());
      gen.writeEndObject();
    }));
    addSerializer(Phasing.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeObjectField("domains", value.domains());
      gen.writeArrayFieldStart("years");
      for (Year year : value.years()) {
        gen.writeStartObject();
        gen.writeNumberField("year", year.getValue());
        gen.writeObjectField("total", value.total(year));
        gen.writeObjectFieldStart("perDomain");
        for (Domain domain : value.domains()) {
          gen.writeObjectField(domain.name(), value.of(year, domain));
        }
        gen.writeEndObject();
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }));
    addSerializer(TargetComparison.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeStringField("line", value.line().name());
      gen.writeObjectField("domain", value.domain().map(Domain::name).orElse(null));
      gen.writeArrayFieldStart("rows");
      for (TargetComparison.Row row : value.rows()) {
        gen.writeStartObject();
        gen.writeNumberField("year", row.year().getValue());
        gen.writeObjectField("target", row.target());
        gen.writeObjectField("planned", row.planned());
        gen.writeObjectField("covered", row.covered());
        gen.writeObjectField("gap", row.gap());
        gen.writeObjectField("surplus", row.surplus());
        gen.writeStringField("coverage", row.coverage().name());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }));
    addSerializer(Result.class, Serializers.of(SavingsJsonModule::writeResult));
    addSerializer(Comparison.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeObjectField("computed", value.computed());
      gen.writeObjectField("claimed", value.claimed());
      gen.writeObjectField("tolerance", value.tolerance());
      gen.writeObjectField("difference", value.difference());
      gen.writeStringField("verdict", value.verdict().name());
      gen.writeEndObject();
    }));
    addSerializer(CalculationModel.class, Serializers.of((value, gen) -> writeModel(value, Optional.empty(), gen)));
    addSerializer(CalculationModels.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeArrayFieldStart("models");
      for (CalculationModel model : value.models()) {
        writeModel(model, Optional.of(value.measureId(model)), gen);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }));
    addSerializer(DriverChange.class, Serializers.of((change, gen) -> {
      gen.writeStartObject();
      DriverChange value = change;
      if (change instanceof DriverChange.InDomain in) {
        gen.writeStringField("domain", in.domain().name());
        value = in.change();
      }
      if (value instanceof DriverChange.SetTo s) {
        gen.writeStringField("kind", SavingsJson.SET_TO);
        gen.writeStringField("driver", s.driver());
        gen.writeStringField("value", s.value().toPlainString());
      } else {
        DriverChange.Growth g = (DriverChange.Growth) value;
        gen.writeStringField("kind", SavingsJson.GROWTH);
        gen.writeStringField("driver", g.driver());
        gen.writeStringField("percentPerYear", g.percentPerYear().toPlainString());
        gen.writeNumberField("baseYear", g.baseYear().getValue());
        gen.writeNumberField("decimals", g.decimals());
        gen.writeStringField("mode", g.mode().name());
      }
      gen.writeEndObject();
    }));
    addSerializer(Scenario.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeStringField("name", value.name());
      gen.writeArrayFieldStart("changes");
      for (DriverChange change : value.changes()) {
        gen.writeObject(change);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }));
    addSerializer(ModelledMeasure.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeObjectField("measure", value.measure());
      gen.writeObjectField("model", value.model());
      gen.writeObjectField("computed", value.computed().amount());
      gen.writeObjectField("comparison", value.comparison());
      gen.writeEndObject();
    }));
    addSerializer(ModelledPlan.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeObjectField("plan", value.plan());
      gen.writeObjectField("modelled", value.modelled());
      gen.writeEndObject();
    }));
    addSerializer(ScenarioComparison.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeObjectField("base", value.base());
      gen.writeObjectField("scenario", value.scenario());
      gen.writeArrayFieldStart("years");
      for (Year year : value.years()) {
        gen.writeNumber(year.getValue());
      }
      gen.writeEndArray();
      gen.writeObjectField("domains", value.domains());
      gen.writeArrayFieldStart("rows");
      for (ScenarioComparison.Row row : value.rows()) {
        gen.writeStartObject();
        gen.writeNumberField("year", row.year().getValue());
        gen.writeObjectField("domain", row.domain().map(Domain::name).orElse(null));
        gen.writeObjectField("base", row.base());
        gen.writeObjectField("scenario", row.scenario());
        gen.writeObjectField("lowDifference", row.lowDifference().orElse(null));
        gen.writeObjectField("highDifference", row.highDifference().orElse(null));
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }));
    addDeserializer(SavingsPlan.class, strictly(SavingsJson::planFromTree));
    addDeserializer(CalculationModel.class, strictly(SavingsJson::modelFromTree));
    addDeserializer(CalculationModels.class, strictly(SavingsJson::modelsFromTree));
    addDeserializer(Scenario.class, strictly(SavingsJson::scenarioFromTree));
  }

  /**
   * A model: its inputs (name, claim, tolerance, the structure of its gains and costs), then what
   * it computes. In a set of models each entry names the measure it backs, or null.
   */
  private static void writeModel(CalculationModel value, Optional<Optional<String>> measure, JsonGenerator gen)
      throws IOException {
    gen.writeStartObject();
    if (measure.isPresent()) {
      gen.writeObjectField("measure", measure.get().orElse(null));
    }
    gen.writeStringField("name", value.name());
    gen.writeObjectField("claimed", value.claimed());
    gen.writeObjectField("tolerance", value.tolerance());
    gen.writeObjectField("gains", value.gains());
    gen.writeObjectField("costs", value.costs());
    gen.writeObjectField("gross", value.gross());
    gen.writeObjectField("totalCosts", value.totalCosts());
    gen.writeObjectField("net", value.net());
    gen.writeObjectField("comparison", value.comparison());
    gen.writeStringField("derivation", value.derivation());
    gen.writeEndObject();
  }

  /** A result: its label, expression and rounding, which read back, then its computed fields. */
  private static void writeResult(Result value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("label", value.label());
    gen.writeFieldName("expression");
    writeExpression(value.expression(), gen);
    if (value.rounding().isPresent()) {
      gen.writeObjectFieldStart("rounding");
      gen.writeStringField("step", value.rounding().get().step().toPlainString());
      gen.writeStringField("mode", value.rounding().get().mode().name());
      gen.writeEndObject();
    } else {
      gen.writeNullField("rounding");
    }
    gen.writeStringField("formula", value.formula());
    gen.writeStringField("exact", value.exact().toPlainString());
    gen.writeStringField("value", value.value().toPlainString());
    gen.writeBooleanField("money", value.isMoney());
    gen.writeEndObject();
  }

  /** An expression as an object with one field that says what it is: driver, product, sum or result. */
  private static void writeExpression(Expression value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    if (value instanceof Driver d) {
      gen.writeObjectFieldStart("driver");
      gen.writeStringField("name", d.name());
      gen.writeStringField("number", d.number().toPlainString());
      gen.writeStringField("kind", d.kind().name());
      gen.writeEndObject();
    } else if (value instanceof Result r) {
      gen.writeFieldName("result");
      writeResult(r, gen);
    } else {
      boolean product = value instanceof Product;
      gen.writeArrayFieldStart(product ? "product" : "sum");
      for (Expression e : product ? ((Product) value).factors() : ((Sum) value).terms()) {
        writeExpression(e, gen);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  private static void writeYear(JsonGenerator gen, String field, Optional<Year> year) throws IOException {
    if (year.isPresent()) {
      gen.writeNumberField(field, year.get().getValue());
    } else {
      gen.writeNullField(field);
    }
  }

  /**
   * A deserializer that reads the value as {@link SavingsJson} does, strictly: the first problem
   * fails with Jackson's exception, whose message names the problem's JSON path within the value.
   */
  private static <T> JsonDeserializer<T> strictly(Function<JsonNode, ReadResult<T>> read) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        try {
          return read.apply(node).orElseThrow();
        } catch (ReadException e) {
          throw JsonMappingException.from(p, e.getMessage(), e);
        }
      }
    };
  }
}
