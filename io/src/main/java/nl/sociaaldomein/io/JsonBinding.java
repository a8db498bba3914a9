package nl.sociaaldomein.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * How the JSON readers of this library read: Jackson parses the text and binds each entry of a
 * list to a record on its own, so that a bad entry is a {@link Problem} at its JSON path and the
 * entries around it are still read. Problems go to the read's {@link ProblemLog}, so a strict
 * read throws at the first.
 */
public final class JsonBinding {

  private final ObjectMapper mapper;
  private final ProblemLog log;

  public JsonBinding(ObjectMapper mapper, ProblemLog log) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** The JSON tree of {@code in}; empty after a problem (not JSON: its line and column; no content). */
  public Optional<JsonNode> tree(Reader in) {
    try {
      JsonNode root = mapper.readTree(in);
      if (root == null || root.isMissingNode()) {
        log.add(Problem.of(Location.atCharacter(log.source(), 1, 1), "empty; expected a JSON object"));
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Location where = at == null || at.getLineNr() < 1
          ? Location.of(log.source())
          : Location.atCharacter(log.source(), at.getLineNr(), Math.max(1, at.getColumnNr()));
      log.add(Problem.of(where, "not valid JSON: " + e.getOriginalMessage()), e);
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + log.source(), e);
    }
  }

  /**
   * {@code node}, found at {@code path}, bound to {@code type}; empty after a problem at the path
   * of the field that failed, such as {@code $.cells[3].printed}.
   */
  public <T> Optional<T> bind(JsonNode node, String path, Class<T> type) {
    try {
      return Optional.of(mapper.treeToValue(node, type));
    } catch (JsonMappingException e) {
      log.add(problem(path, e), e);
      return Optional.empty();
    } catch (JsonProcessingException e) {
      log.add(Problem.of(Location.atPath(log.source(), path), e.getOriginalMessage()), e);
      return Optional.empty();
    }
  }

  /** A Jackson binding failure as a problem at the path of the field it names. */
  public Problem problem(String path, JsonMappingException e) {
    StringBuilder at = new StringBuilder(path);
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        at.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        at.append('[').append(r.getIndex()).append(']');
      }
    }
    Location where = Location.atPath(log.source(), at.toString());
    if (e instanceof UnrecognizedPropertyException u) {
      return Problem.of(where, u.getPropertyName(), "unknown field; expected " + u.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException f) {
      return Problem.of(where, String.valueOf(f.getValue()), "expected " + expected(f.getTargetType()));
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return Problem.of(where, "expected " + expected(m.getTargetType()));
    }
    return Problem.of(where, e.getOriginalMessage());
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.util.List.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    return "an object";
  }
}
