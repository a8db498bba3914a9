// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.Optional;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.GroupKey;
import nl.sociaaldomein.clients.GroupRow;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.ProviderConcentration;
import nl.sociaaldomein.clients.Referrer;
import nl.sociaaldomein.clients.Stacking;
import nl.sociaaldomein.money.Amount;

/**
 * Jackson serialisers for the results of a client-level analysis, written as reports (not read
 * back): {@link AggregationResult}, {@link GroupRow}, {@link Stacking},
 * {@link ProviderConcentration} ({@link nl.sociaaldomein.io.ReadJsonModule} writes read reports). Amounts are decimal
 * strings ({@code "1234.56"}), averages are rounded half up to cents, percentages are decimal
 * strings with one decimal, group values are JSON numbers (years), strings (provisions,
 * providers, phases, qualifications) or enum constant names ({@code "JEUGDWET"},
 * {@code "AGE_15_17"}), and null where unknown. See {@code docs/client-data.md} for examples.
 */
public final class ClientResultsModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Averages per client are rounded to cents half up. */
  static final RoundingMode AVERAGE_ROUNDING = RoundingMode.HALF_UP;

  /** Percentages are written with this many decimals, rounded half up. */
  static final int PERCENT_DECIMALS = 1;

  /** The module, as {@code ObjectMapper.findAndRegisterModules()} makes it. */
  public ClientResultsModule() {
    super("ClientResultsModule", Version.unknownVersion());
    addSerializer(AggregationResult.class, new AggregationResultSerializer());
    addSerializer(GroupRow.class, new GroupRowSerializer());
    addSerializer(Stacking.class, new StackingSerializer());
    addSerializer(ProviderConcentration.class, new ProviderConcentrationSerializer());
  }

  private static String amount(Amount amount) {
    return amount.toBigDecimal().toPlainString();
  }

  private static void writeKey(GroupKey key, JsonGenerator gen) throws IOException {
    gen.writeObjectFieldStart("key");
    for (Dimension<?> d : key.dimensions()) {
      gen.writeFieldName(d.name());
      writeValue(key.get(d), gen);
    }
    gen.writeEndObject();
  }

  private static void writeValue(Optional<?> value, JsonGenerator gen) throws IOException {
    if (value.isEmpty()) {
      gen.writeNull();
      return;
    }
    Object v = value.get();
    if (v instanceof Integer) {
      gen.writeNumber((Integer) v);
    } else if (v instanceof Referrer) {
      // The stable code, not the constant: output keeps the values it had before the rename.
      gen.writeString(((Referrer) v).code());
    } else if (v instanceof IntensityLevel) {
      gen.writeString(((IntensityLevel) v).code());
    } else if (v instanceof Enum) {
      gen.writeString(((Enum<?>) v).name());
    } else {
      gen.writeString(v.toString());
    }
  }

  private static void writeRowFields(GroupRow row, JsonGenerator gen) throws IOException {
    writeKey(row.key(), gen);
    gen.writeNumberField("uniqueClients", row.uniqueClients());
    gen.writeNumberField("payments", row.payments());
    gen.writeStringField("cost", amount(row.cost()));
    gen.writeStringField("averagePerClient", amount(row.averagePerClient(AVERAGE_ROUNDING)));
  }

  static final class GroupRowSerializer extends JsonSerializer<GroupRow> {
    @Override
    public void serialize(GroupRow row, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeStartObject();
      writeRowFields(row, gen);
      gen.writeEndObject();
    }
  }

  static final class AggregationResultSerializer extends JsonSerializer<AggregationResult> {
    @Override
    public void serialize(AggregationResult result, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      gen.writeArrayFieldStart("dimensions");
      for (Dimension<?> d : result.dimensions()) {
        gen.writeString(d.name());
      }
      gen.writeEndArray();
      // Filter values the data does not hold, so that a filter that kept nothing says why.
      gen.writeObjectFieldStart("unmatched");
      for (var entry : result.unmatched().entrySet()) {
        gen.writeArrayFieldStart(entry.getKey().name());
        for (Object value : entry.getValue()) {
          writeValue(Optional.of(value), gen);
        }
        gen.writeEndArray();
      }
      gen.writeEndObject();
      gen.writeNumberField("totalUniqueClients", result.totalUniqueClients());
      gen.writeNumberField("sumOfGroupClients", result.sumOfGroupClients());
      gen.writeNumberField("totalPayments", result.totalPayments());
      gen.writeStringField("totalCost", amount(result.totalCost()));
      gen.writeStringField("averagePerClient", amount(result.averagePerClient(AVERAGE_ROUNDING)));
      gen.writeArrayFieldStart("rows");
      for (GroupRow row : result.rows()) {
        gen.writeStartObject();
        writeRowFields(row, gen);
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  static final class StackingSerializer extends JsonSerializer<Stacking> {
    @Override
    public void serialize(Stacking stacking, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      int buckets = Stacking.PROVISION_BUCKETS;
      gen.writeStartObject();
      gen.writeNumberField("provisionBuckets", buckets);
      gen.writeArrayFieldStart("years");
      for (int year : stacking.years()) {
        gen.writeStartObject();
        gen.writeNumberField("year", year);
        gen.writeObjectFieldStart("clientsByLaws");
        for (int laws = 1; laws <= 3; laws++) {
          gen.writeNumberField(Integer.toString(laws), stacking.clientsWithLaws(year, laws));
        }
        gen.writeEndObject();
        gen.writeNumberField("clientsWithMoreThanOneLaw", stacking.clientsWithMoreThanOneLaw(year));
        gen.writeObjectFieldStart("clientsByProvisions");
        for (int count = 1; count <= buckets; count++) {
          gen.writeNumberField(bucket(count), stacking.clientsWithProvisions(year, count));
        }
        gen.writeEndObject();
        gen.writeObjectFieldStart("householdsByProvisions");
        for (int count = 1; count <= buckets; count++) {
          long atLeast = stacking.householdsWithAtLeastProvisions(year, count);
          long exactly = count == buckets ? atLeast : atLeast - stacking.householdsWithAtLeastProvisions(year, count + 1);
          gen.writeNumberField(bucket(count), exactly);
        }
        gen.writeEndObject();
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }

    private static String bucket(int count) {
      return count == Stacking.PROVISION_BUCKETS ? count + "+" : Integer.toString(count);
    }
  }

  static final class ProviderConcentrationSerializer extends JsonSerializer<ProviderConcentration> {
    @Override
    public void serialize(ProviderConcentration c, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      gen.writeNumberField("percent", c.percent());
      gen.writeNumberField("providers", c.providers());
      gen.writeNumberField("topProviders", c.topProviders());
      gen.writeStringField("topCost", amount(c.topCost()));
      gen.writeStringField("totalCost", amount(c.totalCost()));
      gen.writeNumberField("topClients", c.topClients());
      gen.writeNumberField("allClients", c.allClients());
      gen.writeStringField("providerSharePercent",
          c.providerSharePercent(PERCENT_DECIMALS, RoundingMode.HALF_UP).toPlainString());
      gen.writeStringField("costSharePercent",
          c.costSharePercent(PERCENT_DECIMALS, RoundingMode.HALF_UP).toPlainString());
      gen.writeStringField("clientSharePercent",
          c.clientSharePercent(PERCENT_DECIMALS, RoundingMode.HALF_UP).toPlainString());
      gen.writeArrayFieldStart("ranked");
      for (GroupRow row : c.ranked()) {
        gen.writeStartObject();
        gen.writeStringField("provider", row.key().get(Dimension.PROVIDER).orElse(null));
        gen.writeNumberField("uniqueClients", row.uniqueClients());
        gen.writeNumberField("payments", row.payments());
        gen.writeStringField("cost", amount(row.cost()));
        gen.writeStringField("averagePerClient", amount(row.averagePerClient(AVERAGE_ROUNDING)));
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("paretoCurve");
      for (Amount a : c.paretoCurve()) {
        gen.writeString(amount(a));
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }
}
