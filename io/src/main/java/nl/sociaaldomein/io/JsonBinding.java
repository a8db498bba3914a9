// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.Reader;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the JSON readers of this library read: Jackson parses the text and binds each entry of a
 * list to a record on its own, so that a bad entry is a {@link Problem} at its JSON path, with
 * its text, and the entries around it are still read. Problems go to the read's
 * {@link ProblemLog}, so a strict read throws at the first.
 */
public final class JsonBinding {

  private JsonBinding() {}

  /**
   * A mapper that refuses repeated fields, unknown fields (unless a record says otherwise) and
   * the coercions Jackson makes by default: a number where a string belongs ({@code 6.71} has
   * already lost the difference between {@code 6.71} and {@code 6.710}), a string where a
   * number belongs, and a string or number where {@code true} or {@code false} belongs (a
   * {@code "true"} or {@code 1} that reads may also be a {@code "yes"} or {@code 2} that is
   * meant).
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .build();
  }

  /**
   * The JSON tree of {@code in}; empty, with a problem at the line and character where it goes
   * wrong, when it is not JSON (or repeats a field) or holds nothing.
   */
  public static Optional<JsonNode> readTree(ObjectMapper mapper, Reader in, ProblemLog log) {
    // Through the one strict path of text: a byte the decoder refused, or a U+FFFD a lenient
    // decoder left, is a problem here as in every CSV reader.
    Optional<String> text = TextInput.read(in, log);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = mapper.readTree(text.get());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Location where = at == null || at.getLineNr() < 1 || at.getColumnNr() < 1
          ? Location.of(log.source()) : Location.atCharacter(log.source(), at.getLineNr(), at.getColumnNr());
      log.add(Problem.of(where, "not valid JSON: " + e.getOriginalMessage()), e);
      return Optional.empty();
    } catch (NumberFormatException e) {
      // A mapper that reads floats as BigDecimal refuses an exponent beyond an int (1E6513277370)
      // with this unchecked exception rather than a JsonProcessingException; found by the fuzzer.
      log.add(Problem.of(Location.of(log.source()), "not valid JSON: a number that cannot be read: " + e.getMessage()), e);
      return Optional.empty();
    }
    if (root == null || root.isMissingNode()) {
      log.add(Problem.of(Location.atCharacter(log.source(), 1, 1), "empty; expected a JSON object"));
      return Optional.empty();
    }
    return Optional.of(root);
  }

  /**
   * {@code node}, found at {@code path} in its source, bound to the record {@code type}; empty,
   * with the problem in {@code log}, when Jackson refuses it. The caller rejects the entry.
   */
  public static <T> Optional<T> bind(ObjectMapper mapper, JsonNode given, JavaType type, String path, ProblemLog log) {
    JsonNode node = given == null ? NullNode.getInstance() : given;
    T value;
    try {
      value = mapper.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      log.add(problem(node, path, log.source(), e), e);
      return Optional.empty();
    }
    if (value == null) {
      log.add(Problem.of(Location.atPath(log.source(), path), node.toString(), "expected an object"));
    }
    return Optional.ofNullable(value);
  }

  /** {@link #bind(ObjectMapper, JsonNode, JavaType, String, ProblemLog)} for a type without parameters. */
  public static <T> Optional<T> bind(ObjectMapper mapper, JsonNode node, Class<T> type, String path, ProblemLog log) {
    return bind(mapper, node, mapper.constructType(type), path, log);
  }

  /** Reads one entry of a JSON list; its problems go to the read's log, and any problem rejects it. */
  @FunctionalInterface
  public interface EntryReader {
    /** Reads the entry {@code node}, at the JSON path {@code path}. */
    void read(JsonNode node, String path);
  }

  /**
   * Reads each of {@code nodes}, the entries of the list at {@code path}, as a row: accepted when
   * reading it logs no problem, else rejected, so that every entry is counted once.
   */
  public static void entries(List<JsonNode> nodes, String path, ProblemLog log, EntryReader entry) {
    for (int i = 0; i < nodes.size(); i++) {
      long before = log.problemCount();
      entry.read(nodes.get(i), path + "[" + i + "]");
      if (log.problemCount() == before) {
        log.accept();
      } else {
        log.reject();
      }
    }
  }

  /** A field a record needs that the document leaves out (or sets to null). */
  public static Problem missing(ProblemLog log, String path) {
    return Problem.of(Location.atPath(log.source(), path), "missing");
  }

  /** {@code value}, a field a record needs; empty, with the problem {@link #missing} in {@code log}, when absent. */
  public static <T> Optional<T> required(T value, String path, ProblemLog log) {
    if (value == null) {
      log.add(missing(log, path));
    }
    return Optional.ofNullable(value);
  }

  /**
   * The constant of {@code type} that {@code text} names, case ignored; empty, with a problem
   * listing the constants, when it names none or is absent.
   */
  public static <E extends Enum<E>> Optional<E> enumValue(String text, String path, Class<E> type, ProblemLog log) {
    return required(text, path, log).flatMap(t -> {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(t.toUpperCase(Locale.ROOT))) {
          return Optional.of(e);
        }
      }
      log.add(Problem.of(Location.atPath(log.source(), path), t, "not a " + type.getSimpleName()
          + "; expected one of " + List.of(type.getEnumConstants())));
      return Optional.empty();
    });
  }

  private static Problem problem(JsonNode node, String base, String source, JsonProcessingException e) {
    StringBuilder path = new StringBuilder(base);
    JsonPointer pointer = JsonPointer.empty();
    if (e instanceof JsonMappingException m) {
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          path.append('.').append(r.getFieldName());
          pointer = pointer.appendProperty(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
          pointer = pointer.appendIndex(r.getIndex());
        }
      }
    }
    Location where = Location.atPath(source, path.toString());
    if (e instanceof UnrecognizedPropertyException u) {
      return Problem.of(where, u.getPropertyName(), "unknown field; expected "
          + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
    }
    JsonNode bad = node.at(pointer);
    Optional<String> what = bad.isMissingNode() ? Optional.empty()
        : Optional.of(bad.isTextual() ? bad.textValue() : bad.toString());
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return new Problem(where, what, "expected " + kind(m.getTargetType())
          + (bad.isTextual() && m.getTargetType() != String.class ? ", not a string" : ""));
    }
    return new Problem(where, what, "not valid: " + e.getOriginalMessage());
  }

  /** What a JSON value of {@code type} is, in the words of a message. */
  private static String kind(Class<?> type) {
    if (CharSequence.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }
}
