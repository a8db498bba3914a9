package nl.sociaaldomein.io.taakveld;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** The checks every JSON reader of this package makes, each failing with file and JSON path. */
final class JsonSupport {

  private JsonSupport() {}

  /** A JSON syntax error, with the line and column Jackson found it at. */
  /** The JSON tree of {@code in}; a syntax error names {@code source}, its line and column. */
  static JsonNode readTree(com.fasterxml.jackson.databind.ObjectMapper mapper, java.io.Reader in, String source) {
    try {
      return mapper.readTree(in);
    } catch (JsonProcessingException e) {
      throw syntaxError(source, e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot read " + source, e);
    }
  }

  static TaakveldFormatException syntaxError(String source, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String reason = "not valid JSON: " + e.getOriginalMessage();
    if (at == null) {
      return TaakveldFormatException.atPosition(source, 0, 0, reason, e);
    }
    return TaakveldFormatException.atPosition(source, at.getLineNr(), at.getColumnNr(), reason, e);
  }

  /** Field access on a JSON tree, naming the file and the path of what is missing or wrong. */
  static final class Reader {

    private final String source;

    Reader(String source) {
      this.source = source;
    }

    JsonNode object(JsonNode parent, String path, String field) {
      JsonNode n = present(parent, path, field);
      if (!n.isObject()) {
        throw TaakveldFormatException.atPath(source, path + "." + field, n.toString(), "expected an object", null);
      }
      return n;
    }

    JsonNode array(JsonNode parent, String path, String field) {
      JsonNode n = present(parent, path, field);
      if (!n.isArray()) {
        throw TaakveldFormatException.atPath(source, path + "." + field, n.toString(), "expected an array", null);
      }
      return n;
    }

    String text(JsonNode parent, String path, String field) {
      JsonNode n = present(parent, path, field);
      if (!n.isTextual()) {
        throw TaakveldFormatException.atPath(source, path + "." + field, n.toString(), "expected a string", null);
      }
      return n.textValue();
    }

    private JsonNode present(JsonNode parent, String path, String field) {
      if (parent == null || !parent.isObject()) {
        throw TaakveldFormatException.atPath(source, path, String.valueOf(parent), "expected an object", null);
      }
      JsonNode n = parent.get(field);
      if (n == null || n.isNull()) {
        throw TaakveldFormatException.atPath(source, path + "." + field, null, "missing", null);
      }
      return n;
    }
  }
}
