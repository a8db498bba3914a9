// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.JsonBinding;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.TextOutput;
import nl.sociaaldomein.iv3.Iv3Booking;
import nl.sociaaldomein.iv3.Iv3Contact;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3ErrorCatalogue;
import nl.sociaaldomein.iv3.Iv3Figure;
import nl.sociaaldomein.iv3.Iv3Finding;
import nl.sociaaldomein.iv3.Iv3Metadata;
import nl.sociaaldomein.iv3.Iv3Remark;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.iv3.Iv3Status;
import nl.sociaaldomein.iv3.Overheidslaag;
import nl.sociaaldomein.money.EuroUnit;

/**
 * Iv3 deliveries as the JSON CBS receives ({@code iv3_data_schema_v2_1_1.json}, draft-07).
 *
 * <p><b>Reading</b> validates the document against CBS's schema first, with networknt's JSON
 * Schema validator, and reports each schema error as a finding with CBS's SF code and message
 * (see {@link Iv3DeliveryRead}; the mapping is in {@code docs/iv3.md}), then binds it. Two
 * things the schema lets through are found too, as CBS's SF004 and SF009: a {@code boekjaar}
 * that is not a whole year of four digits ({@code 2024.5}) or a {@code datum} that is no date
 * and time, and an empty {@code telefoon}. A {@code datum} without an offset is taken as Dutch
 * time (Europe/Amsterdam). Amounts are read exactly ({@code 1000.50} keeps its two decimals);
 * their unit is not in the file, so the caller says it (thousands of euros, CBS's custom, by
 * default). A money line's {@code details} and any keys the schema allows besides its own are
 * kept, as compact JSON text, in {@link Iv3Booking#details()}.
 *
 * <p>The reader contract of this library holds: each entry of a data list and of
 * {@code opmerkingen} is a row, accepted or rejected with its problems; a rejected line is left
 * out of the delivery, the others are kept. There is no delivery when the document is not JSON,
 * not an object, or its {@code metadata}, {@code contact} or {@code data} cannot be bound; then
 * every row is rejected. In {@link ReadMode#STRICT} the first problem is thrown as a
 * {@link ReadException}, with the code and CBS's message as its reason.
 *
 * <p>The delivery's bookings come section by section in the order of the schema (lasten, baten,
 * balans_lasten, balans_baten, balans_standen), each in file order; its figures kengetallen
 * first.
 *
 * <p><b>Writing</b> gives JSON the schema accepts for any delivery whose values are valid: keys
 * in the order of the schema, {@code datum} to the second with its offset
 * ({@code 2025-07-10T12:00:00+02:00}), codes as text, amounts as JSON numbers exactly as held,
 * kengetallen and beleidsindicatoren as text; {@code opmerkingen}, {@code kengetallen} and
 * {@code beleidsindicatoren} only when there are any. Reading what was written gives the
 * delivery back, when its bookings are in the order reading gives and its details are compact
 * JSON objects as reading makes them.
 */
public final class Iv3DeliveryJson {

  /**
   * The code of a finding for a schema error CBS's catalogue has no SF code for (an unknown key in
   * {@code data}, a number as a kengetal's {@code waarde}), and for a document that is not JSON.
   */
  public static final String SCHEMA_CODE = Iv3Schema.SCHEMA_CODE;

  /** Trees with exact decimals: {@code 1000.50} stays two decimals, a repeated key is an error. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  /** The schema's pattern for {@code datum} allows no fraction of a second. */
  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  /** Where a {@code datum} without offset is taken to be. */
  static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  private static final List<Iv3Section> MONEY = List.of(Iv3Section.LASTEN, Iv3Section.BATEN, Iv3Section.BALANS_LASTEN,
      Iv3Section.BALANS_BATEN, Iv3Section.BALANS_STANDEN);
  private static final List<Iv3Section> FIGURES = List.of(Iv3Section.KENGETALLEN, Iv3Section.BELEIDSINDICATOREN);

  private Iv3DeliveryJson() {}

  /** The key of a booking's code in {@code section}: {@code taakveld} or {@code balanscode}. */
  static String codeKey(Iv3Section section) {
    return section == Iv3Section.LASTEN || section == Iv3Section.BATEN ? "taakveld" : "balanscode";
  }

  /** The key of a booking's other code in {@code section}: {@code standper} or {@code categorie}. */
  static String dimensionKey(Iv3Section section) {
    return section == Iv3Section.BALANS_STANDEN ? "standper" : "categorie";
  }

  /** The key of a figure's code: {@code kengetal} or {@code beleidsindicator}. */
  static String figureKey(Iv3Section section) {
    return section == Iv3Section.KENGETALLEN ? "kengetal" : "beleidsindicator";
  }

  // Reading

  /** Reads {@code file} leniently, amounts in thousands of euros. */
  public static Iv3DeliveryRead read(Path file) {
    return read(file, EuroUnit.THOUSANDS, ReadMode.LENIENT);
  }

  /** Reads {@code file} in {@code mode}, amounts in thousands of euros. */
  public static Iv3DeliveryRead read(Path file, ReadMode mode) {
    return read(file, EuroUnit.THOUSANDS, mode);
  }

  /**
   * Reads {@code file}, UTF-8, its amounts in {@code unit}; problems name its file name.
   *
   * @throws ReadException in strict mode, at the first problem
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Iv3DeliveryRead read(Path file, EuroUnit unit, ReadMode mode) {
    return JsonFields.withReader(file, in -> read(in, file.getFileName().toString(), unit, mode));
  }

  /** Reads {@code in} leniently, amounts in thousands of euros; {@code source} names it in problems. */
  public static Iv3DeliveryRead read(Reader in, String source) {
    return read(in, source, EuroUnit.THOUSANDS, ReadMode.LENIENT);
  }

  /** Reads {@code in}, which is left open, its amounts in {@code unit}; {@code source} names it in problems. */
  public static Iv3DeliveryRead read(Reader in, String source, EuroUnit unit, ReadMode mode) {
    Objects.requireNonNull(unit, "unit");
    ProblemLog log = new ProblemLog(source, mode);
    Bind bind = new Bind(log, unit);
    Optional<JsonNode> root = JsonBinding.readTree(MAPPER, in, log);
    Optional<Iv3Delivery> delivery = root.flatMap(bind::delivery);
    if (root.isEmpty()) {
      log.report().problems().stream().findFirst().ifPresent(p -> bind.findings.add(
          Iv3Schema.schemaFinding("$", List.of(), p.why())));
    }
    return new Iv3DeliveryRead(log.result(delivery), bind.findings);
  }

  /** One read: the schema's findings by the row they fall in, and the binding of what they leave. */
  private static final class Bind {

    private final ProblemLog log;
    private final JsonFields fields;
    private final EuroUnit unit;
    private final Iv3ErrorCatalogue cbs = ShippedIv3.errors();
    private final List<Iv3Finding> findings = new ArrayList<>();
    private final Map<String, List<Iv3Finding>> byRow = new HashMap<>();
    private final Set<String> flagged = new HashSet<>();

    Bind(ProblemLog log, EuroUnit unit) {
      this.log = log;
      this.fields = new JsonFields(log);
      this.unit = unit;
    }

    /** A finding, and the problem it is: at its path, with its first value, the code before CBS's message. */
    private void report(Iv3Finding f) {
      findings.add(f);
      log.add(new Problem(fields.at(f.path()), f.values().stream().findFirst(), f.foutcode() + ": " + f.melding()));
    }

    Optional<Iv3Delivery> delivery(JsonNode root) {
      for (Iv3Schema.Mapped m : Iv3Schema.validate(root, cbs)) {
        flagged.add(m.finding().path());
        if (m.row().isPresent()) {
          byRow.computeIfAbsent(m.row().get(), r -> new ArrayList<>()).add(m.finding());
        } else {
          report(m.finding());
        }
      }
      if (!root.isObject()) {
        return Optional.empty();
      }
      Optional<Iv3Metadata> metadata = metadata(root.get("metadata"));
      Optional<Iv3Contact> contact = contact(root.get("contact"));
      JsonNode data = root.get("data");
      boolean bindable = metadata.isPresent() && contact.isPresent() && data != null && data.isObject();
      List<Iv3Remark> remarks = rows("$.opmerkingen", root.get("opmerkingen"), bindable, this::remark);
      List<Iv3Booking> bookings = new ArrayList<>();
      List<Iv3Figure> figures = new ArrayList<>();
      JsonNode sections = data == null ? MAPPER.createObjectNode() : data;
      for (Iv3Section s : MONEY) {
        bookings.addAll(rows(JsonFields.child("$.data", s.key()), sections.get(s.key()), bindable,
            (node, at) -> booking(s, node)));
      }
      for (Iv3Section s : FIGURES) {
        figures.addAll(rows(JsonFields.child("$.data", s.key()), sections.get(s.key()), bindable,
            (node, at) -> figure(s, node)));
      }
      // Findings in entries of lists no row reads (none in CBS's schema) are still reported.
      byRow.values().forEach(list -> list.forEach(this::report));
      return bindable ? Optional.of(new Iv3Delivery(metadata.get(), contact.get(), bookings, figures, remarks, unit))
          : Optional.empty();
    }

    /** Reads one row, which has passed the schema. */
    @FunctionalInterface
    private interface RowReader<T> {
      Optional<T> read(JsonNode node, String path);
    }

    private <T> List<T> rows(String path, JsonNode list, boolean bindable, RowReader<T> reader) {
      List<T> taken = new ArrayList<>();
      if (list == null || !list.isArray()) {
        return taken;
      }
      for (int i = 0; i < list.size(); i++) {
        String at = JsonFields.element(path, i);
        List<Iv3Finding> own = byRow.remove(at);
        if (own != null) {
          own.forEach(this::report);
          log.reject();
          continue;
        }
        if (!bindable) {
          log.reject(Problem.of(fields.at(at), "not read: the metadata, contact or data of the delivery is wrong"));
          continue;
        }
        Optional<T> value = reader.read(list.get(i), at);
        if (value.isPresent()) {
          log.accept();
          taken.add(value.get());
        } else {
          log.reject(Problem.of(fields.at(at), "not read: the line does not bind"));
        }
      }
      return taken;
    }

    private Optional<Iv3Metadata> metadata(JsonNode m) {
      if (m == null || !m.isObject()) {
        return Optional.empty();
      }
      Optional<Overheidslaag> laag = metadataValue(m, "overheidslaag", n -> text(n).flatMap(Overheidslaag::fromText));
      Optional<String> nummer = metadataValue(m, "overheidsnummer", Bind::text);
      Optional<String> naam = metadataValue(m, "overheidsnaam", Bind::text);
      Optional<Integer> boekjaar = metadataValue(m, "boekjaar",
          n -> JsonFields.wholeNumber(n).filter(y -> y >= 1000 && y <= 9999));
      Optional<Integer> periode = metadataValue(m, "periode", n -> JsonFields.wholeNumber(n).filter(p -> p >= 0 && p <= 5));
      Optional<Iv3Status> status = metadataValue(m, "status", n -> text(n).flatMap(Iv3Status::fromText));
      Optional<OffsetDateTime> datum = metadataValue(m, "datum", n -> text(n).flatMap(Iv3DeliveryJson::datum));
      Optional<Boolean> openbaar = metadataValue(m, "details_openbaar",
          n -> n.isBoolean() ? Optional.of(n.booleanValue()) : Optional.<Boolean>empty());
      Optional<String> pakket = metadataValue(m, "financieel_pakket", Bind::text);
      Optional<String> software = metadataValue(m, "export_software", Bind::text);
      if (laag.isEmpty() || nummer.isEmpty() || naam.isEmpty() || boekjaar.isEmpty() || periode.isEmpty()
          || status.isEmpty() || datum.isEmpty() || openbaar.isEmpty() || pakket.isEmpty() || software.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Iv3Metadata(laag.get(), nummer.get(), naam.get(), boekjaar.get(), periode.get(),
          status.get(), datum.get(), openbaar.get(), pakket.get(), software.get()));
    }

    /**
     * The value of metadata key {@code key}; when it is there but does not bind, and the schema
     * found nothing, CBS's SF004 (a boekjaar of {@code 2024.5}, a datum that is no date).
     */
    private <T> Optional<T> metadataValue(JsonNode m, String key, Function<JsonNode, Optional<T>> bind) {
      JsonNode node = m.get(key);
      if (node == null) {
        return Optional.empty();
      }
      Optional<T> value = bind.apply(node);
      if (value.isEmpty() && flagged.add(JsonFields.child("$.metadata", key))) {
        report(Iv3Schema.metadataFinding(cbs, key, List.of(JsonFields.shown(node))));
      }
      return value;
    }

    private Optional<Iv3Contact> contact(JsonNode c) {
      if (c == null || !c.isObject()) {
        return Optional.empty();
      }
      Optional<String> naam = text(c.get("naam"));
      Optional<String> email = text(c.get("email"));
      Optional<String> telefoon = text(c.get("telefoon"));
      // The schema's pattern for telefoon takes an empty text; CBS's SF009 does not.
      if (telefoon.isPresent() && telefoon.get().isBlank() && flagged.add("$.contact.telefoon")) {
        report(Iv3Schema.contactFinding(cbs, "telefoon", c.get("telefoon")));
      }
      return naam.isPresent() && email.isPresent() && telefoon.isPresent()
          ? Optional.of(new Iv3Contact(naam.get(), email.get(), telefoon.get())) : Optional.empty();
    }

    private Optional<Iv3Remark> remark(JsonNode node, String path) {
      return text(node.get("tekst")).map(tekst -> new Iv3Remark(tekst, text(node.get("auteur"))));
    }

    private Optional<Iv3Booking> booking(Iv3Section section, JsonNode node) {
      String codeKey = codeKey(section);
      String dimensionKey = dimensionKey(section);
      Optional<String> code = text(node.get(codeKey));
      Optional<String> dimension = text(node.get(dimensionKey));
      JsonNode bedrag = node.get("bedrag");
      if (code.isEmpty() || dimension.isEmpty() || bedrag == null || !bedrag.isNumber()) {
        return Optional.empty();
      }
      ObjectNode details = MAPPER.createObjectNode();
      for (String name : JsonFields.fieldNames(node)) {
        if (!name.equals(codeKey) && !name.equals(dimensionKey) && !name.equals("bedrag")) {
          details.set(name, node.get(name));
        }
      }
      return Optional.of(new Iv3Booking(section, code.get(), dimension.get(), bedrag.decimalValue(),
          details.isEmpty() ? Optional.empty() : Optional.of(compact(details))));
    }

    private Optional<Iv3Figure> figure(Iv3Section section, JsonNode node) {
      Optional<String> verslagperiode = text(node.get("verslagperiode"));
      Optional<String> code = text(node.get(figureKey(section)));
      Optional<String> waarde = text(node.get("waarde"));
      return verslagperiode.isPresent() && code.isPresent() && waarde.isPresent()
          ? Optional.of(new Iv3Figure(section, code.get(), verslagperiode.get(), waarde.get())) : Optional.empty();
    }

    private static Optional<String> text(JsonNode node) {
      return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
    }
  }

  /** The {@code datum} of a delivery: with its offset, or without as Dutch time; empty when it is no date and time. */
  static Optional<OffsetDateTime> datum(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(NETHERLANDS)
            .toOffsetDateTime());
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }

  private static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a JSON tree", e);
    }
  }

  // Writing

  /** The delivery as indented JSON text, ending in a line break. */
  public static String toJson(Iv3Delivery delivery) {
    Objects.requireNonNull(delivery, "delivery");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      write(g, delivery);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a delivery to a string", e);
    }
    return out.append("\n").toString();
  }

  /** Writes {@code delivery} to {@code file} as UTF-8 JSON. */
  public static void write(Iv3Delivery delivery, Path file) {
    TextOutput.write(toJson(delivery), file);
  }

  /** Writes {@code delivery} to {@code out}, which stays open. */
  public static void write(Iv3Delivery delivery, Writer out) {
    TextOutput.write(toJson(delivery), out, "Iv3 delivery of " + delivery.metadata().overheidsnaam());
  }

  private static void write(JsonGenerator g, Iv3Delivery d) throws IOException {
    Iv3Metadata m = d.metadata();
    g.writeStartObject();
    g.writeObjectFieldStart("metadata");
    g.writeStringField("overheidslaag", m.overheidslaag().text());
    g.writeStringField("overheidsnummer", m.overheidsnummer());
    g.writeStringField("overheidsnaam", m.overheidsnaam());
    g.writeNumberField("boekjaar", m.boekjaar());
    g.writeNumberField("periode", m.periode());
    g.writeStringField("status", m.status().text());
    g.writeStringField("datum", DATUM.format(m.datum()));
    g.writeBooleanField("details_openbaar", m.detailsOpenbaar());
    g.writeStringField("financieel_pakket", m.financieelPakket());
    g.writeStringField("export_software", m.exportSoftware());
    g.writeEndObject();
    g.writeObjectFieldStart("contact");
    g.writeStringField("naam", d.contact().naam());
    g.writeStringField("email", d.contact().email());
    g.writeStringField("telefoon", d.contact().telefoon());
    g.writeEndObject();
    if (!d.remarks().isEmpty()) {
      g.writeArrayFieldStart("opmerkingen");
      for (Iv3Remark r : d.remarks()) {
        g.writeStartObject();
        g.writeStringField("tekst", r.tekst());
        if (r.auteur().isPresent()) {
          g.writeStringField("auteur", r.auteur().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeObjectFieldStart("data");
    for (Iv3Section s : MONEY) {
      g.writeArrayFieldStart(s.key());
      for (Iv3Booking b : d.bookings(s)) {
        writeBooking(g, b);
      }
      g.writeEndArray();
    }
    for (Iv3Section s : FIGURES) {
      List<Iv3Figure> figures = d.figures(s);
      if (!figures.isEmpty()) {
        g.writeArrayFieldStart(s.key());
        for (Iv3Figure f : figures) {
          g.writeStartObject();
          g.writeStringField("verslagperiode", f.verslagperiode());
          g.writeStringField(figureKey(s), f.code());
          g.writeStringField("waarde", f.waarde());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeBooking(JsonGenerator g, Iv3Booking b) throws IOException {
    String codeKey = codeKey(b.section());
    String dimensionKey = dimensionKey(b.section());
    g.writeStartObject();
    g.writeStringField(codeKey, b.code());
    g.writeStringField(dimensionKey, b.dimension());
    g.writeFieldName("bedrag");
    g.writeNumber(number(b.bedrag()));
    if (b.details().isPresent()) {
      JsonNode details = details(b);
      for (String name : JsonFields.fieldNames(details)) {
        if (name.equals(codeKey) || name.equals(dimensionKey) || name.equals("bedrag")) {
          throw new SociaalDomeinException(b.section().key() + " " + b.code() + " " + b.dimension() + ", details",
              Optional.of(b.details().get()), "repeats the key " + SociaalDomeinException.quote(name) + " of the line");
        }
        g.writeFieldName(name);
        MAPPER.writeTree(g, details.get(name));
      }
    }
    g.writeEndObject();
  }

  private static JsonNode details(Iv3Booking b) {
    String where = b.section().key() + " " + b.code() + " " + b.dimension() + ", details";
    JsonNode details;
    try {
      details = MAPPER.readTree(b.details().get());
    } catch (JsonProcessingException e) {
      throw new SociaalDomeinException(where, b.details(), "not JSON: " + e.getOriginalMessage(), e);
    }
    if (details == null || !details.isObject()) {
      throw new SociaalDomeinException(where, b.details(), "not a JSON object");
    }
    return details;
  }

  /**
   * An amount as a JSON number that reads back as the same decimal: plain ({@code 1000.50}), or
   * with an exponent ({@code 1E+3}) for a decimal with a negative scale, which plain would lose.
   */
  static String number(BigDecimal amount) {
    return amount.scale() < 0 ? amount.toString() : amount.toPlainString();
  }
}
