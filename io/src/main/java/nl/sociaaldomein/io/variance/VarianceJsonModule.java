package nl.sociaaldomein.io.variance;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import nl.sociaaldomein.io.json.Serializers;
import nl.sociaaldomein.variance.Acceptance;
import nl.sociaaldomein.variance.BudgetLegality;
import nl.sociaaldomein.variance.Comparison;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.Finding;
import nl.sociaaldomein.variance.LegalityRules;
import nl.sociaaldomein.variance.Materiality;
import nl.sociaaldomein.variance.MaterialityRule;
import nl.sociaaldomein.variance.Percentage;
import nl.sociaaldomein.variance.VarianceAnalysis;
import nl.sociaaldomein.variance.VarianceClass;

/**
 * Jackson support for the results of a variance analysis, written (not read back: they are
 * computed, never entered): a {@link nl.sociaaldomein.variance.VarianceReport} and each of its
 * parts. Records are written as Jackson writes records; the classes and sealed types below say
 * what they are, so that a reader of the JSON never has to guess: a {@link Percentage} as
 * {@code {"kind": "REPORTED", "percent": "98.5"}}, an {@link Acceptance} with its {@code kind},
 * a {@link Comparison} by its columns (not the whole statement again), a rule in the words the
 * text report uses. Amounts are decimal strings, as everywhere in the library's JSON.
 */
public final class VarianceJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  public VarianceJsonModule() {
    super("VarianceJsonModule", Version.unknownVersion());
    addSerializer(Comparison.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      writeOptional(gen, "budgetColumn", value.budgetColumn().orElse(null));
      writeOptional(gen, "actualColumn", value.actualColumn().orElse(null));
      writeOptional(gen, "varianceColumn", value.varianceColumn().orElse(null));
      gen.writeEndObject();
    }));
    addSerializer(VarianceAnalysis.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeObjectField("comparison", value.comparison());
      gen.writeObjectField("percentageRule", value.percentageRule());
      gen.writeObjectField("rows", value.rows());
      gen.writeEndObject();
    }));
    addSerializer(Percentage.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      if (value instanceof Percentage.Reported) {
        gen.writeStringField("kind", "REPORTED");
        gen.writeStringField("percent", ((Percentage.Reported) value).percent().toPlainString());
      } else if (value instanceof Percentage.NotMeaningful) {
        Percentage.NotMeaningful n = (Percentage.NotMeaningful) value;
        gen.writeStringField("kind", "NOT_MEANINGFUL");
        gen.writeStringField("base", n.base().toPlainString());
        gen.writeObjectField("minimum", n.minimum());
      } else {
        gen.writeStringField("kind", "NO_BUDGET");
      }
      gen.writeEndObject();
    }));
    addSerializer(MaterialityRule.class, Serializers.of((value, gen) -> gen.writeString(value.describe())));
    addSerializer(Materiality.class, Serializers.of((value, gen) -> {
      gen.writeStartArray();
      for (Materiality.Requirement r : value.requirements()) {
        gen.writeStartObject();
        gen.writeObjectField("rule", r.rule());
        gen.writeObjectField("levels", r.levels());
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }));
    addSerializer(LegalityRules.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeStringField("authorisationLevel", value.authorisationLevel().name());
      gen.writeStringField("reportingThresholdPercent", value.reportingThresholdPercent().toPlainString());
      gen.writeObjectField("totalLasten", value.totalLasten().orElse(null));
      gen.writeObjectField("declaredRows", value.declaredRows());
      gen.writeEndObject();
    }));
    addSerializer(BudgetLegality.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeObjectField("rules", value.rules());
      gen.writeObjectField("overruns", value.overruns());
      gen.writeObjectField("unacceptedTotal", value.unacceptedTotal());
      gen.writeObjectField("totalLasten", value.totalLasten().orElse(null));
      gen.writeObjectField("reportingThreshold", value.reportingThreshold().orElse(null));
      gen.writeBooleanField("exceedsReportingThreshold", value.exceedsReportingThreshold());
      gen.writeEndObject();
    }));
    addSerializer(Acceptance.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      if (value instanceof Acceptance.CoveredByIncome) {
        Acceptance.CoveredByIncome c = (Acceptance.CoveredByIncome) value;
        gen.writeStringField("kind", "COVERED_BY_INCOME");
        gen.writeStringField("basis", c.basis().name());
        gen.writeObjectField("lines", c.lines());
        gen.writeObjectField("incomeAboveBudget", c.incomeAboveBudget());
      } else if (value instanceof Acceptance.OpenEnded) {
        gen.writeStringField("kind", "OPEN_ENDED");
      } else if (value instanceof Acceptance.CouncilCategory) {
        gen.writeStringField("kind", "COUNCIL_CATEGORY");
        gen.writeStringField("name", ((Acceptance.CouncilCategory) value).name());
      } else {
        gen.writeStringField("kind", "NOT_ACCEPTED");
      }
      gen.writeBooleanField("accepted", value.isAccepted());
      gen.writeEndObject();
    }));
    // As a record, but the share a decimal string like every other decimal of the library's JSON
    // (Jackson would write a number), as docs/schemas/variance-report.schema.json requires.
    addSerializer(Finding.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeStringField("kind", value.kind().name());
      gen.writeObjectField("place", value.place());
      gen.writeStringField("item", value.item().orElse(null));
      gen.writeObjectField("amount", value.amount());
      gen.writeStringField("share", value.share().map(BigDecimal::toPlainString).orElse(null));
      gen.writeStringField("reason", value.reason());
      gen.writeEndObject();
    }));
    addSerializer(Explanations.class, Serializers.of((value, gen) -> gen.writeObject(value.items())));
    addSerializer(VarianceClass.class, Serializers.of((value, gen) -> gen.writeString(value.code())));
  }

  private static void writeOptional(JsonGenerator gen, String field, String value) throws IOException {
    if (value != null) {
      gen.writeStringField(field, value);
    }
  }
}
