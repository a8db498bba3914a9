// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.money.RoundedTable;
import nl.sociaaldomein.money.TotalCheck;

/**
 * Jackson serialisers for the money types of core.
 *
 * <ul>
 *   <li>{@link Amount}: a string of euros, {@code "1234.56"}; a JSON number is read too, exactly.
 *   <li>{@link PrintedFigure}: {@code {"printed": "13219", "unit": "THOUSANDS"}}, the printed
 *       decimals kept in the string.
 *   <li>{@link Estimate}: {@code {"nominal": "13213000", "halfWidth": "1000"}}.
 *   <li>{@link AmountRange}: {@code {"low": "10000.00", "high": null, "proMemorie": true}}.
 *   <li>{@link TotalCheck} and {@link RoundedTable}: written as reports, not read back.
 * </ul>
 *
 * <p>Bad input fails with Jackson's {@code InvalidFormatException}, whose message carries the
 * JSON path and the line and column.
 */
public final class SociaalDomeinModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module, as {@code ObjectMapper.findAndRegisterModules()} makes it. */
  public SociaalDomeinModule() {
    super("SociaalDomeinModule", Version.unknownVersion());
    addSerializer(Amount.class, new AmountSerializer());
    addDeserializer(Amount.class, new AmountDeserializer());
    addSerializer(PrintedFigure.class, new PrintedFigureSerializer());
    addDeserializer(PrintedFigure.class, new PrintedFigureDeserializer());
    addSerializer(Estimate.class, new EstimateSerializer());
    addDeserializer(Estimate.class, new EstimateDeserializer());
    addSerializer(AmountRange.class, new AmountRangeSerializer());
    addDeserializer(AmountRange.class, new AmountRangeDeserializer());
    addSerializer(TotalCheck.class, new TotalCheckSerializer());
    addSerializer(RoundedTable.class, new RoundedTableSerializer());
  }

  private static String amountText(Amount amount) {
    return amount.toBigDecimal().toPlainString();
  }

  private static Amount readAmount(JsonParser p, JsonNode node, String field) throws IOException {
    if (node == null || node.isNull()) {
      return null;
    }
    BigDecimal value = readDecimal(p, node, field, Amount.class);
    try {
      return Amount.of(value);
    } catch (ArithmeticException e) {
      throw InvalidFormatException.from(p, field + ": " + e.getMessage(), node.asText(), Amount.class);
    }
  }

  private static BigDecimal readDecimal(JsonParser p, JsonNode node, String field, Class<?> target)
      throws IOException {
    if (node == null || node.isNull()) {
      throw InvalidFormatException.from(p, "missing field '" + field + "'", null, target);
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    String text = node.asText();
    try {
      return new BigDecimal(text.startsWith("EUR ") ? text.substring(4) : text);
    } catch (NumberFormatException e) {
      throw InvalidFormatException.from(
          p, "field '" + field + "' is not a decimal number: \"" + text + "\"", text, target);
    }
  }

  private static JsonNode readObject(JsonParser p, Class<?> target, Set<String> fields)
      throws IOException {
    JsonNode node = p.readValueAsTree();
    if (node == null || !node.isObject()) {
      throw InvalidFormatException.from(p, "expected a JSON object for " + target.getSimpleName(),
          node == null ? null : node.toString(), target);
    }
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String name = property.getKey();
      if (!fields.contains(name)) {
        throw InvalidFormatException.from(
            p, "unknown field '" + name + "' for " + target.getSimpleName() + "; expected " + fields, name, target);
      }
    }
    return node;
  }

  static final class AmountSerializer extends JsonSerializer<Amount> {
    @Override
    public void serialize(Amount value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(amountText(value));
    }
  }

  static final class AmountDeserializer extends JsonDeserializer<Amount> {
    @Override
    public Amount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_STRING && !token.isNumeric()) {
        throw InvalidFormatException.from(p, "an amount is a decimal string such as \"1234.56\"", p.getText(), Amount.class);
      }
      return readAmount(p, p.readValueAsTree(), "amount");
    }
  }

  static final class PrintedFigureSerializer extends JsonSerializer<PrintedFigure> {
    @Override
    public void serialize(PrintedFigure value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("printed", value.printedValue().toPlainString());
      gen.writeStringField("unit", value.unit().name());
      gen.writeEndObject();
    }
  }

  static final class PrintedFigureDeserializer extends JsonDeserializer<PrintedFigure> {
    @Override
    public PrintedFigure deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = readObject(p, PrintedFigure.class, Set.of("printed", "unit"));
      BigDecimal printed = readDecimal(p, node.get("printed"), "printed", PrintedFigure.class);
      JsonNode unit = node.get("unit");
      if (unit == null || !unit.isTextual()) {
        throw InvalidFormatException.from(p, "missing field 'unit'", null, PrintedFigure.class);
      }
      try {
        return PrintedFigure.of(printed, EuroUnit.valueOf(unit.asText()));
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, "field 'unit' is not one of EUROS, THOUSANDS, MILLIONS, BILLIONS: \""
            + unit.asText() + "\"", unit.asText(), EuroUnit.class);
      }
    }
  }

  static final class EstimateSerializer extends JsonSerializer<Estimate> {
    @Override
    public void serialize(Estimate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("nominal", value.nominal().toPlainString());
      gen.writeStringField("halfWidth", value.halfWidth().toPlainString());
      gen.writeEndObject();
    }
  }

  static final class EstimateDeserializer extends JsonDeserializer<Estimate> {
    @Override
    public Estimate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = readObject(p, Estimate.class, Set.of("nominal", "halfWidth"));
      BigDecimal nominal = readDecimal(p, node.get("nominal"), "nominal", Estimate.class);
      BigDecimal halfWidth = readDecimal(p, node.get("halfWidth"), "halfWidth", Estimate.class);
      try {
        return Estimate.of(nominal, halfWidth);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), halfWidth, Estimate.class);
      }
    }
  }

  static final class AmountRangeSerializer extends JsonSerializer<AmountRange> {
    @Override
    public void serialize(AmountRange value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeStartObject();
      writeEnd(gen, "low", value.low().orElse(null));
      writeEnd(gen, "high", value.high().orElse(null));
      gen.writeBooleanField("proMemorie", value.isProMemorie());
      gen.writeEndObject();
    }

    private static void writeEnd(JsonGenerator gen, String field, Amount end) throws IOException {
      if (end == null) {
        gen.writeNullField(field);
      } else {
        gen.writeStringField(field, amountText(end));
      }
    }
  }

  static final class AmountRangeDeserializer extends JsonDeserializer<AmountRange> {
    @Override
    public AmountRange deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = readObject(p, AmountRange.class, Set.of("low", "high", "proMemorie"));
      Amount low = readAmount(p, node.get("low"), "low");
      Amount high = readAmount(p, node.get("high"), "high");
      JsonNode pm = node.get("proMemorie");
      boolean proMemorie = pm != null && pm.asBoolean(false);
      if (pm != null && !pm.isBoolean()) {
        throw InvalidFormatException.from(p, "field 'proMemorie' must be true or false", pm.toString(), Boolean.class);
      }
      try {
        AmountRange range;
        if (low != null && high != null) {
          range = AmountRange.between(low, high);
        } else if (low != null) {
          range = AmountRange.atLeast(low);
        } else if (high != null) {
          range = AmountRange.atMost(high);
        } else {
          range = AmountRange.proMemorie();
        }
        return range.withProMemorie(proMemorie);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), node.toString(), AmountRange.class);
      }
    }
  }

  static final class TotalCheckSerializer extends JsonSerializer<TotalCheck> {
    @Override
    public void serialize(TotalCheck value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeStartObject();
      gen.writeBooleanField("consistent", value.isConsistent());
      gen.writeObjectField("total", value.total());
      gen.writeObjectField("parts", value.parts());
      gen.writeStringField("difference", value.difference().toPlainString());
      gen.writeStringField("tolerance", value.tolerance().toPlainString());
      gen.writeStringField("excess", value.excess().toPlainString());
      gen.writeObjectField("consistentTotals", value.consistentTotals());
      gen.writeEndObject();
    }
  }

  static final class RoundedTableSerializer extends JsonSerializer<RoundedTable> {
    @Override
    public void serialize(RoundedTable value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeStartObject();
      gen.writeObjectField("exactParts", value.exactParts());
      gen.writeObjectField("exactTotal", value.exactTotal());
      gen.writeObjectField("parts", value.parts());
      gen.writeObjectField("total", value.total());
      gen.writeObjectField("adjusted", value.adjusted());
      gen.writeEndObject();
    }
  }
}
