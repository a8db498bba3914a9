// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.iv3.Iv3ErrorCatalogue;
import nl.sociaaldomein.iv3.Iv3Finding;
import nl.sociaaldomein.iv3.Iv3Section;

/**
 * CBS's delivery schema, validated by networknt's JSON Schema validator, and its errors in CBS's
 * terms: each error mapped to the SF code of {@code fouten.json} that names it (a missing
 * {@code metadata} key is SF002, a bad {@code contact} value SF008, a data line without a key
 * SF016), with CBS's message filled in; an error CBS has no code for is {@link #SCHEMA_CODE}.
 * The table is in {@code docs/iv3.md}.
 */
final class Iv3Schema {

  /** The code of a schema error that no SF code of CBS names (an unknown key in {@code data}, a number as a kengetal's {@code waarde}). */
  static final String SCHEMA_CODE = "SCHEMA";

  /** The description of {@link #SCHEMA_CODE}, in the words of CBS's catalogue. */
  static final String SCHEMA_OMSCHRIJVING = "bestand voldoet niet aan het Iv3-schema";

  private static final Schema SCHEMA = load();

  private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]|\\['((?:[^'\\\\]|\\\\.)*)']");

  /** What each metadata key must hold, for SF004's {@code <goed>}. */
  private static final Map<String, String> METADATA_EXPECTED = Map.of(
      "overheidslaag", "Gemeente, Provincie of GR",
      "boekjaar", "een jaartal (een geheel getal van vier cijfers)",
      "periode", "0, 1, 2, 3, 4 of 5",
      "status", "Begroting of Realisatie",
      "datum", "een datum en tijd als 2025-07-10T12:00:00+02:00, zonder fracties van seconden",
      "details_openbaar", "true of false");

  /** What each contact key must hold, for SF008's {@code <goed>}. */
  private static final Map<String, String> CONTACT_EXPECTED = Map.of(
      "naam", "tekst met ten minste een teken dat geen spatie is",
      "email", "een e-mailadres als p.afzender@gemeente.nl (het schema staat een topdomein van 2 tot 4 letters toe)");

  private static final String ONE_LINE = "tekst op een regel";

  /** The data keys CBS names when missing, each with its code (note SF011 is baten, SF012 lasten). */
  private static final Map<String, String> DATA_MISSING = Map.of(
      "baten", "SF011", "lasten", "SF012", "balans_baten", "SF013", "balans_lasten", "SF014", "balans_standen", "SF015");

  private Iv3Schema() {}

  private static Schema load() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_PATH)
        .locale(Locale.forLanguageTag("nl"))
        .build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
        b -> b.schemaRegistryConfig(config));
    try {
      return registry.getSchema(Iv3DeliveryJson.MAPPER.readTree(ShippedIv3.schemaText()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The shipped " + ShippedIv3.SCHEMA + " is not JSON", e);
    }
  }

  /** A schema error in CBS's terms, and the entry of a list of the delivery it lies in ({@code $.data.lasten[3]}), if any. */
  record Mapped(Iv3Finding finding, Optional<String> row) {}

  /** The errors of {@code root} against the schema, in CBS's terms, one per code and path. */
  static List<Mapped> validate(JsonNode root, Iv3ErrorCatalogue cbs) {
    List<Error> errors = SCHEMA.validate(root);
    // A value outside an enum the schema wraps in a oneOf fails both; the enum says it better.
    Set<String> otherwise = new HashSet<>();
    for (Error e : errors) {
      if (!"oneOf".equals(e.getKeyword())) {
        otherwise.add(e.getInstanceLocation().toString());
      }
    }
    Map<String, Mapped> mapped = new LinkedHashMap<>();
    for (Error e : errors) {
      if ("oneOf".equals(e.getKeyword()) && otherwise.contains(e.getInstanceLocation().toString())) {
        continue;
      }
      Mapped m = map(e, cbs);
      mapped.putIfAbsent(m.finding().foutcode() + " " + m.finding().path(), m);
    }
    return List.copyOf(mapped.values());
  }

  private static Mapped map(Error e, Iv3ErrorCatalogue cbs) {
    String at = e.getInstanceLocation().toString();
    List<Object> segments = segments(at);
    String keyword = e.getKeyword();
    Optional<String> property = Optional.ofNullable(e.getProperty());
    Optional<String> row = row(segments);
    if (property.isPresent() && ("required".equals(keyword) || "additionalProperties".equals(keyword))) {
      String key = property.get();
      String path = JsonFields.child(at, key);
      List<String> values = List.of(key);
      Optional<String> code = "required".equals(keyword) ? missingCode(at, key) : unknownCode(at);
      if (code.isPresent()) {
        return new Mapped(finding(cbs, code.get(), path, values, Map.of("fout", key)), row);
      }
      if ("required".equals(keyword) && row.isPresent() && segments.size() == 3) {
        String section = (String) segments.get(1);
        return new Mapped(finding(cbs, "SF016", path, values,
            Map.of("onderdeel", section, "fout", key, "extra", line((Integer) segments.get(2)))), row);
      }
      return new Mapped(schemaFinding(path, values, e), row);
    }
    JsonNode node = e.getInstanceNode();
    List<String> values = node == null || node.isMissingNode() ? List.of() : List.of(JsonFields.shown(node));
    if (segments.size() == 2 && "metadata".equals(segments.get(0)) && segments.get(1) instanceof String key) {
      return new Mapped(metadataFinding(cbs, key, values), row);
    }
    if (segments.size() == 2 && "contact".equals(segments.get(0)) && segments.get(1) instanceof String key) {
      return new Mapped(contactFinding(cbs, key, node), row);
    }
    if (segments.size() == 4 && "bedrag".equals(segments.get(3)) && row.isPresent() && isMoneySection(segments.get(1))) {
      return new Mapped(finding(cbs, "SF017", at, values,
          Map.of("onderdeel", (String) segments.get(1), "extra", line((Integer) segments.get(2)))), row);
    }
    return new Mapped(schemaFinding(at, values, e), row);
  }

  private static Optional<String> missingCode(String at, String key) {
    return switch (at) {
      case "$" -> Optional.ofNullable(Map.of("metadata", "SF001", "contact", "SF005", "data", "SF010").get(key));
      case "$.metadata" -> Optional.of("SF002");
      case "$.contact" -> Optional.of("SF006");
      case "$.data" -> Optional.ofNullable(DATA_MISSING.get(key));
      default -> Optional.empty();
    };
  }

  private static Optional<String> unknownCode(String at) {
    return switch (at) {
      case "$.metadata" -> Optional.of("SF003");
      case "$.contact" -> Optional.of("SF007");
      default -> Optional.empty();
    };
  }

  /** SF004: the value of metadata key {@code key} is not what the schema (or the model) asks. */
  static Iv3Finding metadataFinding(Iv3ErrorCatalogue cbs, String key, List<String> values) {
    return finding(cbs, "SF004", JsonFields.child("$.metadata", key), values,
        Map.of("extra", key, "goed", METADATA_EXPECTED.getOrDefault(key, ONE_LINE)));
  }

  /** SF009 for an empty contact value, else SF008 with what was found. */
  static Iv3Finding contactFinding(Iv3ErrorCatalogue cbs, String key, JsonNode node) {
    String path = JsonFields.child("$.contact", key);
    if (node != null && node.isTextual() && node.textValue().isBlank()) {
      return finding(cbs, "SF009", path, List.of(node.textValue()), Map.of("fout", key));
    }
    String found = node == null ? "" : JsonFields.shown(node);
    return finding(cbs, "SF008", path, List.of(found),
        Map.of("extra", key, "goed", CONTACT_EXPECTED.getOrDefault(key, ONE_LINE), "fout", found));
  }

  static Iv3Finding finding(Iv3ErrorCatalogue cbs, String code, String path, List<String> values,
      Map<String, String> placeholders) {
    return new Iv3Finding(Iv3Finding.Kind.ERROR, code, cbs.get(code).omschrijving(), cbs.message(code, placeholders),
        path, values);
  }

  /** A schema error without an SF code: the validator's own (Dutch) message, after the place. */
  private static Iv3Finding schemaFinding(String path, List<String> values, Error e) {
    return schemaFinding(path, values, e.getMessage());
  }

  static Iv3Finding schemaFinding(String path, List<String> values, String message) {
    return new Iv3Finding(Iv3Finding.Kind.ERROR, SCHEMA_CODE, SCHEMA_OMSCHRIJVING,
        "Volgens " + ShippedIv3.SCHEMA + " is " + path + " onjuist: " + message + ".", path, values);
  }

  /** CBS's {@code <extra>} for a data line: which line of the section, counted from 1. */
  static String line(int index) {
    return "Regel " + (index + 1);
  }

  private static boolean isMoneySection(Object key) {
    for (Iv3Section s : List.of(Iv3Section.LASTEN, Iv3Section.BATEN, Iv3Section.BALANS_LASTEN, Iv3Section.BALANS_BATEN,
        Iv3Section.BALANS_STANDEN)) {
      if (s.key().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The path of the entry of a list of the delivery {@code segments} lie in: {@code $.data.lasten[3]}, {@code $.opmerkingen[0]}. */
  private static Optional<String> row(List<Object> segments) {
    if (segments.size() >= 3 && "data".equals(segments.get(0)) && segments.get(1) instanceof String list
        && segments.get(2) instanceof Integer index) {
      return Optional.of(JsonFields.element(JsonFields.child("$.data", list), index));
    }
    if (segments.size() >= 2 && "opmerkingen".equals(segments.get(0)) && segments.get(1) instanceof Integer index) {
      return Optional.of(JsonFields.element("$.opmerkingen", index));
    }
    return Optional.empty();
  }

  /** The names (strings) and indexes (integers) of a JSON path such as {@code $.data.lasten[0].bedrag}. */
  static List<Object> segments(String path) {
    List<Object> segments = new ArrayList<>();
    Matcher m = SEGMENT.matcher(path);
    int from = path.startsWith("$") ? 1 : 0;
    while (from < path.length() && m.find(from) && m.start() == from) {
      if (m.group(1) != null) {
        segments.add(m.group(1));
      } else if (m.group(2) != null) {
        segments.add(Integer.parseInt(m.group(2)));
      } else {
        segments.add(m.group(3).replace("\\'", "'").replace("\\\\", "\\"));
      }
      from = m.end();
    }
    return segments;
  }
}
