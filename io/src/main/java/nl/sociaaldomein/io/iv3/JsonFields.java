// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.sociaaldomein.io.JsonBinding;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;

/**
 * The fields of a JSON tree as the Iv3 readers take them: each accessor gives the value or logs a
 * problem at the field's JSON path and gives nothing, so that a reader can go on past a bad field
 * and count the entry it belongs to as rejected.
 */
final class JsonFields {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final ProblemLog log;

  JsonFields(ProblemLog log) {
    this.log = log;
  }

  /** Opens {@code file} as UTF-8 and reads it with {@code read}, naming it by its file name. */
  static <T> T withReader(Path file, Function<Reader, T> read) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * The JSON path of {@code name} under {@code path}, as the schema validator writes it:
   * {@code $.metadata.status}, or {@code $['a b']} for a name that is not a plain identifier.
   */
  static String child(String path, String name) {
    return PLAIN_NAME.matcher(name).matches() ? path + "." + name
        : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The JSON path of entry {@code index} of the array at {@code path}. */
  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  /** The names of {@code node}'s fields, in the order of the document. */
  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  /** The entries of an array node, in order. */
  static List<JsonNode> entries(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  /** A JSON value as a problem or finding shows it: a string's text, else the compact JSON. */
  static String shown(JsonNode node) {
    return node.isTextual() ? node.textValue() : node.toString();
  }

  Location at(String path) {
    return Location.atPath(log.source(), path);
  }

  void problem(String path, String why) {
    log.add(Problem.of(at(path), why));
  }

  void problem(String path, JsonNode value, String why) {
    log.add(Problem.of(at(path), shown(value), why));
  }

  /** {@code node}, when it is an object; else a problem at {@code path}. */
  Optional<JsonNode> object(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      log.add(JsonBinding.missing(log, path));
      return Optional.empty();
    }
    if (!node.isObject()) {
      problem(path, node, "expected an object");
      return Optional.empty();
    }
    return Optional.of(node);
  }

  /** The field {@code name} of {@code node}; a problem when it is absent or null. */
  private Optional<JsonNode> field(JsonNode node, String name, String path) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      log.add(JsonBinding.missing(log, child(path, name)));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** The field {@code name} of {@code node} as {@code kind} takes it; a problem when it is absent or {@code kind} refuses it. */
  private <T> Optional<T> field(JsonNode node, String name, String path, Function<JsonNode, Optional<T>> kind,
      String expected) {
    return field(node, name, path).flatMap(value -> {
      Optional<T> taken = kind.apply(value);
      if (taken.isEmpty()) {
        problem(child(path, name), value, "expected " + expected);
      }
      return taken;
    });
  }

  /** The array field {@code name} of {@code node}; a problem when it is absent or no array. */
  Optional<List<JsonNode>> array(JsonNode node, String name, String path) {
    return field(node, name, path, v -> v.isArray() ? Optional.of(entries(v)) : Optional.empty(), "an array");
  }

  /** As {@link #array}, but an absent field is an empty list. */
  Optional<List<JsonNode>> optionalArray(JsonNode node, String name, String path) {
    return node.has(name) ? array(node, name, path) : Optional.of(List.of());
  }

  /** The text field {@code name} of {@code node}; a problem when it is absent or no string. */
  Optional<String> text(JsonNode node, String name, String path) {
    return field(node, name, path, v -> v.isTextual() ? Optional.of(v.textValue()) : Optional.empty(), "a string");
  }

  /** As {@link #text}, but an absent field is empty without a problem; a present one must be a string. */
  Optional<Optional<String>> optionalText(JsonNode node, String name, String path) {
    return node.has(name) ? text(node, name, path).map(Optional::of) : Optional.of(Optional.empty());
  }

  /** The whole-number field {@code name} of {@code node}; a problem when it is absent or no whole number. */
  Optional<Integer> integer(JsonNode node, String name, String path) {
    return field(node, name, path, JsonFields::wholeNumber, "a whole number");
  }

  /** The value of a number node that is a whole number an int holds ({@code 5}, {@code 5.0}), if it is one. */
  static Optional<Integer> wholeNumber(JsonNode value) {
    if (!value.isNumber()) {
      return Optional.empty();
    }
    BigDecimal d = value.decimalValue();
    try {
      return Optional.of(d.intValueExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** The array of strings {@code name} of {@code node}; absent is empty. */
  Optional<List<String>> optionalTexts(JsonNode node, String name, String path) {
    return optionalArray(node, name, path).flatMap(values -> {
      List<String> texts = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i).isTextual()) {
          texts.add(values.get(i).textValue());
        } else {
          problem(element(child(path, name), i), values.get(i), "expected a string");
          ok = false;
        }
      }
      return ok ? Optional.of(texts) : Optional.empty();
    });
  }

  /** Whether {@code node} has only fields of {@code allowed}; a problem at each other one. */
  boolean onlyFields(JsonNode node, String path, Set<String> allowed) {
    boolean ok = true;
    for (String name : fieldNames(node)) {
      if (!allowed.contains(name)) {
        log.add(Problem.of(at(child(path, name)), name, "unknown field; expected " + allowed.stream().sorted().toList()));
        ok = false;
      }
    }
    return ok;
  }
}
