// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.sociaaldomein.io.JsonBinding;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;
import nl.sociaaldomein.taakveld.TaakveldLevel;

/**
 * Reads the taakveld list of a CBS Iv3 definition file ({@code iv3_definities_Gemeente_<year>.json},
 * from {@code statistiekcbs/iv3_definities}): {@code metadata} and
 * {@code codelijsten.taakveld.codelijst}, a tree of {@code {code, omschrijving, subcodes}}.
 *
 * <p>The files nest every taakveld and sub-taakveld directly under its hoofdtaakveld, and from
 * 2020 on put the hoofdtaakvelden under a total node ({@code Tot_TV}), which holds no taakveld. A
 * sub-taakveld is put under the taakveld its code extends when the file lists that taakveld (the
 * 2023 file keeps 6.71, 6.72, 6.81 and 6.82 above 6.71a and the like, and books nothing on them:
 * its {@code grijze_cellen} close them to every category), else under its hoofdtaakveld. Names are
 * trimmed ({@code "Jeugdbescherming "}). The files hold much else ({@code grijze_cellen}, other
 * code lists, more metadata), which is ignored; but a taakveld node must have only {@code code},
 * {@code omschrijving} and {@code subcodes}, and sit under the hoofdtaakveld its code belongs to,
 * so that a changed file format is noticed, not half read.
 *
 * <p>Every reader returns a {@link ReadResult}. Each node of the tree is a row (the total node
 * too): it is accepted, or rejected with a problem at its JSON path
 * ({@code $.codelijsten.taakveld.codelijst[0].subcodes[3].code}) naming the bad text and the
 * reason, and the other nodes are still read: those under a rejected node too, when its
 * {@code subcodes} can be bound; they are not checked against a code that could not be read. The
 * value is the definition with the catalogue of the accepted nodes. It is empty when the file as a
 * whole is at fault: not JSON, metadata without a four-digit {@code boekjaar} (or, read from a
 * directory, with another year than the file name), no taakveld list, or nodes that do not make a
 * catalogue (a problem at the path of each node involved, without rejecting it); the list is not
 * read when the metadata is at fault. In {@link ReadMode#STRICT} the first problem is thrown as a
 * {@link ReadException}.
 */
public final class Iv3DefinitionReader {

  /** The name of a definition file, with the tier of government and the booking year. */
  public static final Pattern FILE_NAME = Pattern.compile("iv3_definities_([A-Za-z]+)_([0-9]{4})\\.json");

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record DefinitionDocument(MetadataDocument metadata, CodelijstenDocument codelijsten) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record MetadataDocument(String overheidslaag, String boekjaar, String omschrijving) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record CodelijstenDocument(CodelijstDocument taakveld) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record CodelijstDocument(List<JsonNode> codelijst) {}

  /** A taakveld node; bound strictly, each on its own, so that one bad node leaves the others. */
  private record NodeDocument(String code, String omschrijving, List<JsonNode> subcodes) {}

  private static final ObjectMapper MAPPER = JsonBinding.mapper();

  /** For the nodes under a node with an unknown field, which is rejected, but whose subcodes are still read. */
  private static final ObjectMapper LOOSE = JsonBinding.mapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final String LIST = "$.codelijsten.taakveld.codelijst";

  private Iv3DefinitionReader() {}

  /** Reads {@code file} leniently; see {@link #read(Path, ReadMode)}. */
  public static ReadResult<Iv3Definition> read(Path file) {
    return read(file, ReadMode.LENIENT);
  }

  /**
   * Reads {@code file}, UTF-8; problems name its file name.
   *
   * @throws ReadException in strict mode, at the first problem
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ReadResult<Iv3Definition> read(Path file, ReadMode mode) {
    return read(file, mode, OptionalInt.empty());
  }

  /** Reads {@code in} leniently; {@code source} names it in problems. */
  public static ReadResult<Iv3Definition> read(Reader in, String source) {
    return read(in, source, ReadMode.LENIENT);
  }

  /** Reads {@code in}, which is left open; {@code source} names it in problems. */
  public static ReadResult<Iv3Definition> read(Reader in, String source, ReadMode mode) {
    return read(in, source, mode, OptionalInt.empty());
  }

  /** Every {@code iv3_definities_Gemeente_<year>.json} in {@code directory}, read leniently; see {@link #readDirectory(Path, ReadMode)}. */
  public static SortedMap<Integer, ReadResult<Iv3Definition>> readDirectory(Path directory) {
    return readDirectory(directory, ReadMode.LENIENT);
  }

  /**
   * Every {@code iv3_definities_Gemeente_<year>.json} in {@code directory}, by the booking year in
   * its name, each with its own report: a file whose {@code boekjaar} is not that year has a
   * problem at {@code $.metadata.boekjaar} and no value.
   *
   * @throws ReadException in strict mode, at the first problem of the first file that has one
   * @throws UncheckedIOException when the directory or a file cannot be read
   */
  public static SortedMap<Integer, ReadResult<Iv3Definition>> readDirectory(Path directory, ReadMode mode) {
    SortedMap<Integer, ReadResult<Iv3Definition>> result = new TreeMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        Matcher m = FILE_NAME.matcher(f.getFileName().toString());
        if (m.matches() && m.group(1).equals("Gemeente")) {
          int named = Integer.parseInt(m.group(2));
          result.put(named, read(f, mode, OptionalInt.of(named)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + directory, e);
    }
    return result;
  }

  private static ReadResult<Iv3Definition> read(Path file, ReadMode mode, OptionalInt year) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.getFileName().toString(), mode, year);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static ReadResult<Iv3Definition> read(Reader in, String source, ReadMode mode, OptionalInt year) {
    ProblemLog log = new ProblemLog(source, mode);
    return log.result(JsonBinding.readTree(MAPPER, in, log)
        .flatMap(root -> JsonBinding.bind(MAPPER, root, DefinitionDocument.class, "$", log))
        .flatMap(document -> new Parse(log).definition(document, year)));
  }

  /** One parse: the log, and the entries on their way into the catalogue. */
  private static final class Parse {

    private final ProblemLog log;
    private final String source;
    private CatalogueEntries entries;

    Parse(ProblemLog log) {
      this.log = log;
      this.source = log.source();
    }

    Optional<Iv3Definition> definition(DefinitionDocument document, OptionalInt namedYear) {
      MetadataDocument metadata = document.metadata();
      long problemsBefore = log.problemCount();
      Optional<Integer> year = Optional.empty();
      if (metadata == null) {
        log.add(JsonBinding.missing(log, "$.metadata"));
      } else {
        if (metadata.overheidslaag() == null) {
          log.add(JsonBinding.missing(log, "$.metadata.overheidslaag"));
        }
        year = year(metadata.boekjaar(), namedYear);
      }
      Optional<List<JsonNode>> list = Optional.ofNullable(document.codelijsten())
          .map(CodelijstenDocument::taakveld).map(CodelijstDocument::codelijst);
      if (list.isEmpty()) {
        log.add(JsonBinding.missing(log, document.codelijsten() == null ? "$.codelijsten"
            : document.codelijsten().taakveld() == null ? "$.codelijsten.taakveld" : LIST));
      }
      if (log.problemCount() > problemsBefore) {
        // Without the metadata the nodes make no catalogue; each is rejected, none is lost.
        list.ifPresent(nodes -> notRead(nodes, LIST));
        return Optional.empty();
      }
      String overheidslaag = metadata.overheidslaag().strip();
      entries = new CatalogueEntries(
          TaakveldCatalogue.builder("Iv3 " + overheidslaag + " " + year.get()).bookingYear(year.get()), log);
      for (int i = 0; i < list.get().size(); i++) {
        node(list.get().get(i), LIST + "[" + i + "]", Under.TOP);
      }
      String description = Optional.ofNullable(metadata.omschrijving()).orElse("");
      int bookingYear = year.get();
      return entries.build(Location.atPath(source, LIST))
          .map(c -> new Iv3Definition(source, overheidslaag, bookingYear, description, c));
    }

    private void notRead(List<JsonNode> nodes, String path) {
      for (int i = 0; i < nodes.size(); i++) {
        String at = path + "[" + i + "]";
        log.reject(Problem.of(Location.atPath(source, at), "not read: the metadata is wrong"));
        JsonNode subcodes = nodes.get(i) == null ? null : nodes.get(i).get("subcodes");
        if (subcodes != null && subcodes.isArray()) {
          List<JsonNode> children = new ArrayList<>();
          subcodes.forEach(children::add);
          notRead(children, at + ".subcodes");
        }
      }
    }

    private Optional<Integer> year(String text, OptionalInt named) {
      String path = "$.metadata.boekjaar";
      if (text == null) {
        log.add(JsonBinding.missing(log, path));
        return Optional.empty();
      }
      if (!text.matches("[0-9]{4}")) {
        log.add(Problem.of(Location.atPath(source, path), text, "expected a four-digit year"));
        return Optional.empty();
      }
      int year = Integer.parseInt(text);
      if (named.isPresent() && named.getAsInt() != year) {
        log.add(Problem.of(Location.atPath(source, path), text, "the file name says booking year " + named.getAsInt()));
        return Optional.empty();
      }
      return Optional.of(year);
    }

    /**
     * Where a node sits: at the top of the list ({@code parent} empty), under the node of
     * {@code parent}, or, when not {@code known}, under a node whose code could not be read, so
     * that its place cannot be checked.
     */
    private record Under(Optional<TaakveldCode> parent, boolean known) {
      static final Under TOP = new Under(Optional.empty(), true);
      static final Under UNKNOWN = new Under(Optional.empty(), false);

      static Under node(Optional<TaakveldCode> code) {
        return code.map(c -> new Under(Optional.of(c), true)).orElse(UNKNOWN);
      }
    }

    private void node(JsonNode json, String path, Under under) {
      Optional<NodeDocument> bound = JsonBinding.bind(MAPPER, json, NodeDocument.class, path, log);
      if (bound.isEmpty()) {
        log.reject();
        Optional<NodeDocument> loose = loosely(json);
        subcodes(loose, path, Under.node(loose.map(NodeDocument::code).flatMap(TaakveldCode::tryParse)));
        return;
      }
      NodeDocument node = bound.get();
      if (node.code() == null || node.omschrijving() == null) {
        entries.reject(JsonBinding.missing(log, path + (node.code() == null ? ".code" : ".omschrijving")), null);
        subcodes(bound, path, Under.node(Optional.ofNullable(node.code()).flatMap(TaakveldCode::tryParse)));
        return;
      }
      Optional<TaakveldCode> code = TaakveldCode.tryParse(node.code());
      if (code.isEmpty() && under == Under.TOP && node.subcodes() != null) {
        // The total node (Tot_TV) of the 2020 and later files: its children are the hoofdtaakvelden.
        entries.acceptWithoutTaakveld();
        subcodes(bound, path, Under.TOP);
        return;
      }
      TaakveldCode c;
      try {
        // parse, not tryParse, for the reason the text is no code.
        c = TaakveldCode.parse(node.code());
      } catch (IllegalArgumentException e) {
        entries.reject(Problem.of(Location.atPath(source, path + ".code"), node.code(), e.getMessage()), e);
        subcodes(bound, path, Under.UNKNOWN);
        return;
      }
      Optional<String> misplaced = under.known() ? misplaced(c, under.parent()) : Optional.empty();
      if (misplaced.isPresent()) {
        entries.reject(Problem.of(Location.atPath(source, path + ".code"), c.toString(), misplaced.get()), null);
      } else {
        entries.add(Location.atPath(source, path), c, node.omschrijving(),
            Location.atPath(source, path + ".omschrijving"));
      }
      subcodes(bound, path, Under.node(Optional.of(c)));
    }

    private void subcodes(Optional<NodeDocument> node, String path, Under under) {
      List<JsonNode> subcodes = node.map(NodeDocument::subcodes).orElse(List.of());
      for (int i = 0; i < subcodes.size(); i++) {
        node(subcodes.get(i), path + ".subcodes[" + i + "]", under);
      }
    }

    /** The reason {@code code} may not sit where it is, if any. */
    private static Optional<String> misplaced(TaakveldCode code, Optional<TaakveldCode> nestedIn) {
      boolean fits = nestedIn.isEmpty()
          ? code.level() == TaakveldLevel.HOOFDTAAKVELD
          : nestedIn.get().equals(code.hoofdtaakveld()) || nestedIn.equals(code.impliedParent());
      return fits ? Optional.empty() : Optional.of(nestedIn
          .map(p -> "nested under " + p + ", which its code does not allow")
          .orElse("a " + code.level() + " code at the top of the list, where hoofdtaakvelden belong"));
    }

    /** A node that could not be bound, bound again without its unknown fields, to read what is under it. */
    private static Optional<NodeDocument> loosely(JsonNode json) {
      try {
        return Optional.ofNullable(json == null ? null : LOOSE.treeToValue(json, NodeDocument.class));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
  }
}
