package nl.sociaaldomein.io.taakveld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.taakveld.InvalidTaakveldCatalogueException;
import nl.sociaaldomein.taakveld.Taakveld;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;
import nl.sociaaldomein.taakveld.TaakveldLevel;

/**
 * A taakveld catalogue as JSON, losslessly: label, booking year and every entry in order.
 *
 * <pre>{@code
 * {
 *   "label" : "Iv3 Gemeente 2023",
 *   "bookingYear" : 2023,
 *   "taakvelden" : [
 *     { "code" : "6.", "name" : "SOCIAAL DOMEIN", "level" : "HOOFDTAAKVELD" },
 *     { "code" : "6.71", "name" : "Maatwerkdienstverlening 18+", "level" : "TAAKVELD", "parent" : "6." },
 *     { "code" : "6.71a", "name" : "Huishoudelijke hulp (WMO)", "level" : "SUBTAAKVELD", "parent" : "6.71" }
 *   ]
 * }
 * }</pre>
 *
 * <p>On reading, {@code bookingYear}, {@code level} and {@code parent} may be left out: a missing
 * parent is found as {@link TaakveldCatalogue.Builder#add(TaakveldCode, String)} finds it, and a
 * level that is given must be the one the code has. Unknown fields and repeated fields are
 * errors, which name the file and the JSON path ({@code $.taakvelden[3].code}) and the bad text.
 */
public final class TaakveldCatalogueJson {

  private static final Set<String> CATALOGUE_FIELDS = Set.of("label", "bookingYear", "taakvelden");
  private static final Set<String> ENTRY_FIELDS = Set.of("code", "name", "level", "parent");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private TaakveldCatalogueJson() {}

  /** The catalogue as indented JSON text. */
  public static String toJson(TaakveldCatalogue catalogue) {
    try {
      return MAPPER.writeValueAsString(toTree(catalogue)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a JSON tree", e);
    }
  }

  /** Writes the catalogue to {@code file} as UTF-8 JSON. */
  public static void write(TaakveldCatalogue catalogue, Path file) {
    try {
      Files.writeString(file, toJson(catalogue), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** Writes the catalogue to {@code out}, which stays open. */
  public static void write(TaakveldCatalogue catalogue, Writer out) {
    try {
      out.write(toJson(catalogue));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the catalogue " + catalogue.label(), e);
    }
  }

  /**
   * Reads a catalogue from {@code file}.
   *
   * @throws TaakveldFormatException naming the file, the JSON path (or line and column for a
   *     syntax error), the bad text and the reason
   */
  public static TaakveldCatalogue read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Reads a catalogue from {@code in}; {@code source} names it in messages. */
  public static TaakveldCatalogue read(Reader in, String source) {
    JsonNode root = JsonSupport.readTree(MAPPER, in, source);
    if (root == null || root.isMissingNode()) {
      throw TaakveldFormatException.atPosition(source, 1, 1, "empty; expected a JSON object", null);
    }
    return fromTree(root, source);
  }

  /** Reads a catalogue from JSON text; {@code source} names it in messages. */
  public static TaakveldCatalogue fromJson(String json, String source) {
    return read(new StringReader(json), source);
  }

  /** The catalogue as a JSON tree, for embedding in a larger document. */
  public static ObjectNode toTree(TaakveldCatalogue catalogue) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("label", catalogue.label());
    catalogue.bookingYear().ifPresent(y -> root.put("bookingYear", y));
    ArrayNode list = root.putArray("taakvelden");
    catalogue.all().forEach(t -> list.add(toTree(t)));
    return root;
  }

  static ObjectNode toTree(Taakveld t) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("code", t.code().toString());
    n.put("name", t.name());
    n.put("level", t.level().name());
    t.parent().ifPresent(p -> n.put("parent", p.toString()));
    return n;
  }

  /**
   * Reads a catalogue from a JSON tree; {@code source} names it in messages, with paths from
   * {@code $} at {@code root}.
   */
  public static TaakveldCatalogue fromTree(JsonNode root, String source) {
    JsonSupport.Reader r = new JsonSupport.Reader(source);
    if (!root.isObject()) {
      throw TaakveldFormatException.atPath(source, "$", root.toString(), "expected an object", null);
    }
    onlyFields(root, "$", CATALOGUE_FIELDS, source);
    String label = r.text(root, "$", "label");
    TaakveldCatalogue.Builder builder;
    try {
      builder = TaakveldCatalogue.builder(label);
    } catch (IllegalArgumentException e) {
      throw TaakveldFormatException.atPath(source, "$.label", label, e.getMessage(), e);
    }
    JsonNode year = root.get("bookingYear");
    if (year != null && !year.isNull()) {
      if (!year.canConvertToInt() || !year.isIntegralNumber()) {
        throw TaakveldFormatException.atPath(source, "$.bookingYear", year.isTextual() ? year.textValue()
            : year.toString(), "expected a whole number" + (year.isTextual() ? ", not a string" : ""), null);
      }
      try {
        builder.bookingYear(year.intValue());
      } catch (IllegalArgumentException e) {
        throw TaakveldFormatException.atPath(source, "$.bookingYear", year.toString(), e.getMessage(), e);
      }
    }
    JsonNode list = r.array(root, "$", "taakvelden");
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "$.taakvelden[" + i + "]";
      entry(list.get(i), path, builder, source);
      paths.add(path);
    }
    try {
      return builder.build();
    } catch (InvalidTaakveldCatalogueException e) {
      List<String> at = new ArrayList<>();
      e.entries().forEach(i -> at.add(paths.get(i)));
      throw at.isEmpty()
          ? TaakveldFormatException.atPath(source, "$.taakvelden", null, e.getMessage(), e)
          : TaakveldFormatException.atPaths(source, at, e.getMessage(), e);
    }
  }

  private static void entry(JsonNode n, String path, TaakveldCatalogue.Builder builder, String source) {
    JsonSupport.Reader r = new JsonSupport.Reader(source);
    if (!n.isObject()) {
      throw TaakveldFormatException.atPath(source, path, n.toString(), "expected an object", null);
    }
    onlyFields(n, path, ENTRY_FIELDS, source);
    String codeText = r.text(n, path, "code");
    TaakveldCode code;
    try {
      code = TaakveldCode.parse(codeText);
    } catch (IllegalArgumentException e) {
      throw TaakveldFormatException.atPath(source, path + ".code", codeText, e.getMessage(), e);
    }
    String name = r.text(n, path, "name");
    JsonNode level = n.get("level");
    if (level != null && !level.isNull()) {
      String given = r.text(n, path, "level");
      if (!given.toUpperCase(Locale.ROOT).equals(code.level().name())) {
        throw TaakveldFormatException.atPath(source, path + ".level", given,
            "code " + code + " is a " + code.level() + ", not a " + given, null);
      }
    }
    try {
      // Under the implied parent, which every code allows, only the name can be at fault.
      new Taakveld(code, name, code.impliedParent());
    } catch (IllegalArgumentException e) {
      throw TaakveldFormatException.atPath(source, path + ".name", name, e.getMessage(), e);
    }
    JsonNode parent = n.get("parent");
    if (parent == null || parent.isNull()) {
      builder.add(code, name);
      return;
    }
    String parentText = r.text(n, path, "parent");
    try {
      builder.add(new Taakveld(code, name, Optional.of(TaakveldCode.parse(parentText))));
    } catch (IllegalArgumentException e) {
      throw TaakveldFormatException.atPath(source, path + ".parent", parentText, e.getMessage(), e);
    }
  }

  private static void onlyFields(JsonNode n, String path, Set<String> allowed, String source) {
    for (Map.Entry<String, JsonNode> property : n.properties()) {
      if (!allowed.contains(property.getKey())) {
        throw TaakveldFormatException.atPath(source, path + "." + property.getKey(), property.getKey(),
            "unknown field; expected " + allowed.stream().sorted().toList(), null);
      }
    }
  }
}
