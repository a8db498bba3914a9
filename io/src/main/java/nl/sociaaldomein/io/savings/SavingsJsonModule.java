package nl.sociaaldomein.io.savings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import nl.sociaaldomein.io.json.Serializers;
import java.time.Year;
import java.util.Optional;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Status;
import nl.sociaaldomein.savings.TargetComparison;
import nl.sociaaldomein.savings.YearEffect;
import nl.sociaaldomein.savings.model.CalculationModel;
import nl.sociaaldomein.savings.model.Comparison;
import nl.sociaaldomein.savings.model.Result;

/**
 * Jackson support for savings plans and what is computed from them, written (not read back: a
 * plan is read from {@link SavingsCsv}, the rest is computed): a {@link SavingsPlan} with its
 * measures, a {@link Phasing} year by year for all domains and per domain, a
 * {@link TargetComparison} row by row, and a {@link CalculationModel} with its parts, gross,
 * costs, net, its comparison with the claim (with the verdict) and its derivation as the
 * document prints it. Amounts are decimal strings and ranges {@code {"low", "high",
 * "proMemorie"}}, as everywhere in the library's JSON; years are numbers; statuses, kinds and
 * verdicts their constant names.
 */
public final class SavingsJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

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
    addSerializer(Result.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeStringField("label", value.label());
      gen.writeStringField("formula", value.formula());
      gen.writeStringField("exact", value.exact().toPlainString());
      gen.writeStringField("value", value.value().toPlainString());
      if (value.rounding().isPresent()) {
        gen.writeObjectFieldStart("rounding");
        gen.writeStringField("step", value.rounding().get().step().toPlainString());
        gen.writeStringField("mode", value.rounding().get().mode().name());
        gen.writeEndObject();
      } else {
        gen.writeNullField("rounding");
      }
      gen.writeBooleanField("money", value.isMoney());
      gen.writeEndObject();
    }));
    addSerializer(Comparison.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeObjectField("computed", value.computed());
      gen.writeObjectField("claimed", value.claimed());
      gen.writeObjectField("tolerance", value.tolerance());
      gen.writeObjectField("difference", value.difference());
      gen.writeStringField("verdict", value.verdict().name());
      gen.writeEndObject();
    }));
    addSerializer(CalculationModel.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeStringField("name", value.name());
      gen.writeObjectField("gains", value.gains());
      gen.writeObjectField("costs", value.costs());
      gen.writeObjectField("gross", value.gross());
      gen.writeObjectField("totalCosts", value.totalCosts());
      gen.writeObjectField("net", value.net());
      gen.writeObjectField("comparison", value.comparison());
      gen.writeStringField("derivation", value.derivation());
      gen.writeEndObject();
    }));
  }

  private static void writeYear(JsonGenerator gen, String field, Optional<Year> year) throws IOException {
    if (year.isPresent()) {
      gen.writeNumberField(field, year.get().getValue());
    } else {
      gen.writeNullField(field);
    }
  }
}
