// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import nl.sociaaldomein.io.JsonBinding;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * Jackson support for the taakveld types, for documents that embed them: a {@link TaakveldCode}
 * is a JSON string ({@code "6.71a"}), also as a map key ({@code {"6.71a": "1200.00"}}), and a
 * {@link TaakveldCatalogue} is the object {@link TaakveldCatalogueJson} writes, bound through the
 * same records. Bad input fails with Jackson's {@code InvalidFormatException}: for a catalogue, at
 * the first problem a {@linkplain nl.sociaaldomein.io.ReadMode#STRICT strict} read finds, whose
 * message (with the JSON path within the catalogue) it carries.
 */
public final class TaakveldJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private static final ObjectMapper CATALOGUE_MAPPER = JsonBinding.mapper();

  /** The module, as {@code ObjectMapper.findAndRegisterModules()} makes it. */
  public TaakveldJsonModule() {
    super("TaakveldJsonModule", Version.unknownVersion());
    addSerializer(TaakveldCode.class, new CodeSerializer());
    addDeserializer(TaakveldCode.class, new CodeDeserializer());
    addKeySerializer(TaakveldCode.class, new CodeKeySerializer());
    addKeyDeserializer(TaakveldCode.class, new CodeKeyDeserializer());
    addSerializer(TaakveldCatalogue.class, new CatalogueSerializer());
    addDeserializer(TaakveldCatalogue.class, new CatalogueDeserializer());
  }

  static final class CodeSerializer extends JsonSerializer<TaakveldCode> {
    @Override
    public void serialize(TaakveldCode value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.toString());
    }
  }

  static final class CodeKeySerializer extends JsonSerializer<TaakveldCode> {
    @Override
    public void serialize(TaakveldCode value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeFieldName(value.toString());
    }
  }

  static final class CodeDeserializer extends JsonDeserializer<TaakveldCode> {
    @Override
    public TaakveldCode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        // A number such as 6.71 has already lost the difference between 0.1 and 0.10.
        throw InvalidFormatException.from(p, "a taakveld code is a JSON string, such as \"0.10\"; got "
            + p.currentToken(), p.getText(), TaakveldCode.class);
      }
      String text = p.getText();
      try {
        return TaakveldCode.parse(text);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), text, TaakveldCode.class);
      }
    }
  }

  static final class CodeKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return TaakveldCode.parse(key);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(ctxt.getParser(), e.getMessage(), key, TaakveldCode.class);
      }
    }
  }

  static final class CatalogueSerializer extends JsonSerializer<TaakveldCatalogue> {
    @Override
    public void serialize(TaakveldCatalogue value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      // Through the package's own mapper, so that the host mapper's settings cannot change the format.
      gen.writeTree(CATALOGUE_MAPPER.valueToTree(TaakveldCatalogueJson.document(value)));
    }
  }

  static final class CatalogueDeserializer extends JsonDeserializer<TaakveldCatalogue> {
    @Override
    public TaakveldCatalogue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      try {
        return TaakveldCatalogueJson.fromTree(node, new ProblemLog(TaakveldCatalogueJson.EMBEDDED_SOURCE,
            ReadMode.STRICT)).orElseThrow();
      } catch (ReadException e) {
        throw InvalidFormatException.from(p, e.getMessage(), node.toString(), TaakveldCatalogue.class);
      }
    }
  }
}
