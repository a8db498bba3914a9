// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.io.TextOutput;
import nl.sociaaldomein.io.JsonBinding;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.taakveld.Taakveld;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;

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
 * level that is given must be the one the code has. Unknown and repeated fields are errors.
 *
 * <p>Every reader returns a {@link ReadResult}. Each entry of {@code taakvelden} is a row: it is
 * accepted, or rejected with a problem at its JSON path ({@code $.taakvelden[3].code}) naming the
 * bad text and the reason, and the other entries are still read. The value is the catalogue of
 * the accepted entries. It is empty when the document as a whole is at fault: not JSON (a problem
 * at its line and character), a repeated field, a bad {@code label} or {@code bookingYear}, no
 * {@code taakvelden} array, or entries that do not make a catalogue (a code twice, a missing
 * parent: a problem at the path of each entry involved, without rejecting it). In
 * {@link ReadMode#STRICT} the first problem is thrown as a {@link ReadException}.
 */
public final class TaakveldCatalogueJson {

  /** The document, for reading with the entries as trees (each bound on its own) and writing with records. */
  @JsonPropertyOrder({"label", "bookingYear", "taakvelden"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CatalogueDocument<E>(String label, Integer bookingYear, List<E> taakvelden) {}

  @JsonPropertyOrder({"code", "name", "level", "parent"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EntryDocument(String code, String name, String level, String parent) {}

  /** The name a catalogue embedded by {@link TaakveldJsonModule} goes by in messages. */
  static final String EMBEDDED_SOURCE = "JSON input";

  private static final ObjectMapper MAPPER = JsonBinding.mapper();

  private static final JavaType DOCUMENT_TO_READ =
      MAPPER.getTypeFactory().constructParametricType(CatalogueDocument.class, JsonNode.class);

  private TaakveldCatalogueJson() {}

  /** The catalogue as indented JSON text, with a line break at the end. */
  public static String toJson(TaakveldCatalogue catalogue) {
    try {
      return MAPPER.writeValueAsString(document(catalogue)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a catalogue as JSON", e);
    }
  }

  /** Writes the catalogue to {@code file} as UTF-8 JSON. */
  public static void write(TaakveldCatalogue catalogue, Path file) {
    TextOutput.write(toJson(catalogue), file);
  }

  /** Writes the catalogue to {@code out}, which stays open. */
  public static void write(TaakveldCatalogue catalogue, Writer out) {
    TextOutput.write(toJson(catalogue), out, "the catalogue " + catalogue.label());
  }

  /** Reads {@code file} leniently; see {@link #read(Path, ReadMode)}. */
  public static ReadResult<TaakveldCatalogue> read(Path file) {
    return read(file, ReadMode.LENIENT);
  }

  /**
   * Reads {@code file}, UTF-8; problems name the file name.
   *
   * @throws ReadException in strict mode, at the first problem
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ReadResult<TaakveldCatalogue> read(Path file, ReadMode mode) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.getFileName().toString(), mode);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Reads {@code in} leniently; {@code source} names it in problems. */
  public static ReadResult<TaakveldCatalogue> read(Reader in, String source) {
    return read(in, source, ReadMode.LENIENT);
  }

  /** Reads {@code in}, which is left open; {@code source} names it in problems. */
  public static ReadResult<TaakveldCatalogue> read(Reader in, String source, ReadMode mode) {
    ProblemLog log = new ProblemLog(source, mode);
    return log.result(JsonBinding.readTree(MAPPER, in, log).flatMap(root -> fromTree(root, log)));
  }

  /** The document {@link #toJson} writes, as records. */
  static CatalogueDocument<EntryDocument> document(TaakveldCatalogue catalogue) {
    List<EntryDocument> entries = catalogue.all().stream().map(TaakveldCatalogueJson::entry).toList();
    return new CatalogueDocument<>(catalogue.label(),
        catalogue.bookingYear().isPresent() ? catalogue.bookingYear().getAsInt() : null, entries);
  }

  private static EntryDocument entry(Taakveld t) {
    return new EntryDocument(t.code().toString(), t.name(), t.level().name(),
        t.parent().map(TaakveldCode::toString).orElse(null));
  }

  /** The catalogue {@code root} holds, paths counted from {@code $} at {@code root}; see the class. */
  static Optional<TaakveldCatalogue> fromTree(JsonNode root, ProblemLog log) {
    Optional<CatalogueDocument<JsonNode>> bound = JsonBinding.bind(MAPPER, root, DOCUMENT_TO_READ, "$", log);
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    CatalogueDocument<JsonNode> document = bound.get();
    if (document.taakvelden() == null) {
      log.add(JsonBinding.missing(log, "$.taakvelden"));
    }
    Optional<TaakveldCatalogue.Builder> builder = builder(document, log);
    if (document.taakvelden() == null) {
      return Optional.empty();
    }
    if (builder.isEmpty()) {
      // Without a label the entries make no catalogue; each is rejected, none is lost.
      for (int i = 0; i < document.taakvelden().size(); i++) {
        log.reject(Problem.of(Location.atPath(log.source(), "$.taakvelden[" + i + "]"),
            "not read: the catalogue's label or booking year is wrong"));
      }
      return Optional.empty();
    }
    CatalogueEntries entries = new CatalogueEntries(builder.get(), log);
    List<JsonNode> list = document.taakvelden();
    for (int i = 0; i < list.size(); i++) {
      entry(list.get(i), "$.taakvelden[" + i + "]", entries, log);
    }
    return entries.build(Location.atPath(log.source(), "$.taakvelden"));
  }

  /** The builder of the catalogue {@code document} labels; empty after a problem with its label or year. */
  private static Optional<TaakveldCatalogue.Builder> builder(CatalogueDocument<JsonNode> document, ProblemLog log) {
    if (document.label() == null) {
      log.add(JsonBinding.missing(log, "$.label"));
      return Optional.empty();
    }
    TaakveldCatalogue.Builder builder;
    try {
      builder = TaakveldCatalogue.builder(document.label());
    } catch (IllegalArgumentException e) {
      log.add(Problem.of(Location.atPath(log.source(), "$.label"), document.label(), e.getMessage()), e);
      return Optional.empty();
    }
    if (document.bookingYear() != null) {
      try {
        builder.bookingYear(document.bookingYear());
      } catch (IllegalArgumentException e) {
        log.add(Problem.of(Location.atPath(log.source(), "$.bookingYear"), document.bookingYear().toString(),
            e.getMessage()), e);
        return Optional.empty();
      }
    }
    return Optional.of(builder);
  }

  private static void entry(JsonNode node, String path, CatalogueEntries entries, ProblemLog log) {
    Optional<EntryDocument> bound = JsonBinding.bind(MAPPER, node, EntryDocument.class, path, log);
    if (bound.isEmpty()) {
      log.reject();
      return;
    }
    EntryDocument e = bound.get();
    if (e.code() == null || e.name() == null) {
      entries.reject(JsonBinding.missing(log, path + (e.code() == null ? ".code" : ".name")), null);
      return;
    }
    entries.read(Location.atPath(log.source(), path), e.code(), e.name(), Optional.ofNullable(e.level()),
        Optional.ofNullable(e.parent()),
        field -> Location.atPath(log.source(), path + "." + field.name().toLowerCase(Locale.ROOT)));
  }
}
