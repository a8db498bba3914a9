package nl.sociaaldomein.io.statement;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.json.Serializers;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Inconsistency;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.Statement;

/**
 * Jackson support for {@link Statement}, for documents that embed statements: a statement is
 * the object {@link StatementJson} writes; and for its check, a {@link ReconciliationReport}
 * with each {@link Inconsistency} and {@link Cell} (written, not read back). A row ({@link Place}) is written as the formats name
 * it: {@code {"row": "group-total", "group": "Inkomensregelingen"}}. An embedded statement is read strictly: the first
 * problem fails the read with Jackson's exception, whose message names the problem's JSON path
 * within the statement.
 */
public final class StatementJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  public StatementJsonModule() {
    super("StatementJsonModule", Version.unknownVersion());
    addSerializer(Statement.class, new JsonSerializer<>() {
      @Override
      public void serialize(Statement value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeTree(StatementJson.toTree(value));
      }
    });
    // A row as the statement formats name it, so that results (inconsistencies, variances,
    // explanations) say which row they are about in the words of the CSV and JSON formats.
    addSerializer(Place.class, new JsonSerializer<>() {
      @Override
      public void serialize(Place value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("row", StatementCsv.rowType(value.type()));
        if (value.groupName().isPresent()) {
          gen.writeStringField("group", value.groupName().get());
        }
        if (value.lineKind().isPresent()) {
          gen.writeStringField("kind", value.lineKind().get().name());
        }
        if (value.asLine().isPresent()) {
          gen.writeStringField("label", value.asLine().get().label());
        }
        // The row in words, for a reader of the JSON: a derived row has no label of its own.
        gen.writeStringField("text", value.toString());
        gen.writeEndObject();
      }
    });
    addSerializer(Cell.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeObjectField("place", value.place());
      gen.writeStringField("column", value.column());
      gen.writeEndObject();
    }));
    addSerializer(Inconsistency.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeObjectField("cell", value.cell());
      gen.writeObjectField("printed", value.printed());
      gen.writeObjectField("computed", value.computed());
      gen.writeObjectField("consistentRange", value.consistentRange());
      gen.writeStringField("excess", value.excess().toPlainString());
      gen.writeStringField("source", value.source().name());
      gen.writeObjectField("parts", value.parts());
      gen.writeStringField("text", value.toString());
      gen.writeEndObject();
    }));
    // Written field by field, not as Jackson writes a record: the check's own words, amounts as
    // decimal strings, and every place as an object with its group and label.
    addSerializer(ReconciliationReport.class, Serializers.of((value, gen) -> {
      gen.writeStartObject();
      gen.writeNumberField("checkedCells", value.checkedCells());
      gen.writeBooleanField("consistent", value.isConsistent());
      gen.writeObjectField("inconsistencies", value.inconsistencies());
      gen.writeEndObject();
    }));
    addDeserializer(Statement.class, new JsonDeserializer<>() {
      @Override
      public Statement deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        try {
          return StatementJson.fromTree(node, "statement", ReadMode.STRICT).orElseThrow();
        } catch (ReadException e) {
          throw JsonMappingException.from(p, e.getMessage(), e);
        }
      }
    });
  }
}
