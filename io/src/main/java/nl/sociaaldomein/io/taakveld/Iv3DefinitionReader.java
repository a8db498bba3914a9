package nl.sociaaldomein.io.taakveld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.sociaaldomein.taakveld.InvalidTaakveldCatalogueException;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;
import nl.sociaaldomein.taakveld.TaakveldLevel;

/**
 * Reads the taakveld list of a CBS Iv3 definition file ({@code iv3_definities_Gemeente_<year>.json},
 * from {@code statistiekcbs/iv3_definities}): {@code metadata} and
 * {@code codelijsten.taakveld.codelijst}, a tree of {@code {code, omschrijving, subcodes}}.
 *
 * <p>The files nest every taakveld and sub-taakveld directly under its hoofdtaakveld, and from
 * 2020 on put the hoofdtaakvelden under a total node ({@code Tot_TV}), which is skipped. A
 * sub-taakveld is put under the taakveld its code extends when the file lists that taakveld (the
 * 2023 file keeps 6.71, 6.72, 6.81 and 6.82 above 6.71a and the like, and books nothing on them:
 * its {@code grijze_cellen} close them to every category), else under its hoofdtaakveld. Names are
 * trimmed ({@code "Jeugdbescherming "}). Anything else the reader does not expect (another field
 * in a node, a code nested under a hoofdtaakveld it does not belong to) is an error naming the
 * file and the JSON path, so that a changed file format is noticed, not half read.
 */
public final class Iv3DefinitionReader {

  /** The name of a definition file, with the tier of government and the booking year. */
  public static final Pattern FILE_NAME = Pattern.compile("iv3_definities_([A-Za-z]+)_([0-9]{4})\\.json");

  private static final Set<String> NODE_FIELDS = Set.of("code", "omschrijving", "subcodes");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private Iv3DefinitionReader() {}

  /** The taakveld list of {@code file}; see {@link #readDefinition(Path)}. */
  public static TaakveldCatalogue read(Path file) {
    return readDefinition(file).taakvelden();
  }

  /**
   * Reads {@code file}.
   *
   * @throws TaakveldFormatException naming the file and the JSON path (or line and column, for
   *     a syntax error) of what is wrong
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Iv3Definition readDefinition(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readDefinition(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Reads a definition file from {@code in}; {@code source} names it in messages. */
  public static Iv3Definition readDefinition(InputStream in, String source) {
    JsonNode root = JsonSupport.readTree(MAPPER,
        new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), source);
    return new Parse(source).definition(root);
  }

  /**
   * Every {@code iv3_definities_Gemeente_<year>.json} in {@code directory}, by booking year.
   *
   * @throws TaakveldFormatException for a bad file, or one whose {@code boekjaar} is not the year
   *     in its name
   */
  public static SortedMap<Integer, Iv3Definition> readDirectory(Path directory) {
    SortedMap<Integer, Iv3Definition> result = new TreeMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        Matcher m = FILE_NAME.matcher(f.getFileName().toString());
        if (m.matches() && m.group(1).equals("Gemeente")) {
          Iv3Definition d = readDefinition(f);
          int named = Integer.parseInt(m.group(2));
          if (d.bookingYear() != named) {
            throw TaakveldFormatException.atPath(d.source(), "$.metadata.boekjaar", String.valueOf(d.bookingYear()),
                "the file name says booking year " + named, null);
          }
          result.put(named, d);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + directory, e);
    }
    return result;
  }

  /** One parse, with the JSON path of every entry kept for messages. */
  private static final class Parse {

    private final String source;
    private final List<String> entryPaths = new ArrayList<>();
    private TaakveldCatalogue.Builder builder;

    Parse(String source) {
      this.source = source;
    }

    Iv3Definition definition(JsonNode root) {
      JsonSupport.Reader r = new JsonSupport.Reader(source);
      JsonNode metadata = r.object(root, "$", "metadata");
      String overheidslaag = r.text(metadata, "$.metadata", "overheidslaag");
      String yearText = r.text(metadata, "$.metadata", "boekjaar");
      if (!yearText.matches("[0-9]{4}")) {
        throw TaakveldFormatException.atPath(source, "$.metadata.boekjaar", yearText, "expected a four-digit year",
            null);
      }
      int year = Integer.parseInt(yearText);
      String description = Optional.ofNullable(metadata.get("omschrijving")).map(JsonNode::asText).orElse("");
      JsonNode list = r.array(r.object(r.object(root, "$", "codelijsten"), "$.codelijsten", "taakveld"),
          "$.codelijsten.taakveld", "codelijst");
      builder = TaakveldCatalogue.builder("Iv3 " + overheidslaag.strip() + " " + year).bookingYear(year);
      for (int i = 0; i < list.size(); i++) {
        node(list.get(i), "$.codelijsten.taakveld.codelijst[" + i + "]", Optional.empty(), true);
      }
      try {
        return new Iv3Definition(source, overheidslaag.strip(), year, description, builder.build());
      } catch (InvalidTaakveldCatalogueException e) {
        List<String> paths = new ArrayList<>();
        e.entries().forEach(i -> paths.add(entryPaths.get(i)));
        throw TaakveldFormatException.atPaths(source, paths, e.getMessage(), e);
      }
    }

    private void node(JsonNode node, String path, Optional<TaakveldCode> nestedIn, boolean topLevel) {
      JsonSupport.Reader r = new JsonSupport.Reader(source);
      if (!node.isObject()) {
        throw TaakveldFormatException.atPath(source, path, node.toString(), "expected an object", null);
      }
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String field = property.getKey();
        if (!NODE_FIELDS.contains(field)) {
          throw TaakveldFormatException.atPath(source, path + "." + field, field,
              "unexpected field; a taakveld node has " + NODE_FIELDS.stream().sorted().toList(), null);
        }
      }
      String codeText = r.text(node, path, "code");
      String name = r.text(node, path, "omschrijving");
      JsonNode subcodes = node.get("subcodes");
      if (subcodes != null && !subcodes.isArray()) {
        throw TaakveldFormatException.atPath(source, path + ".subcodes", subcodes.toString(), "expected an array",
            null);
      }
      Optional<TaakveldCode> code = TaakveldCode.tryParse(codeText);
      if (code.isEmpty()) {
        if (topLevel && subcodes != null) {
          // The total node (Tot_TV) of the 2020 and later files: its children are the hoofdtaakvelden.
          for (int i = 0; i < subcodes.size(); i++) {
            node(subcodes.get(i), path + ".subcodes[" + i + "]", Optional.empty(), false);
          }
          return;
        }
        try {
          TaakveldCode.parse(codeText);
        } catch (IllegalArgumentException e) {
          throw TaakveldFormatException.atPath(source, path + ".code", codeText, e.getMessage(), e);
        }
      }
      TaakveldCode c = code.orElseThrow();
      checkNesting(c, nestedIn, path);
      try {
        builder.add(c, name);
      } catch (IllegalArgumentException e) {
        throw TaakveldFormatException.atPath(source, path + ".omschrijving", name, e.getMessage(), e);
      }
      entryPaths.add(path);
      if (subcodes != null) {
        for (int i = 0; i < subcodes.size(); i++) {
          node(subcodes.get(i), path + ".subcodes[" + i + "]", Optional.of(c), false);
        }
      }
    }

    private void checkNesting(TaakveldCode code, Optional<TaakveldCode> nestedIn, String path) {
      boolean fits = nestedIn.isEmpty()
          ? code.level() == TaakveldLevel.HOOFDTAAKVELD
          : nestedIn.get().equals(code.hoofdtaakveld()) || nestedIn.equals(code.impliedParent());
      if (!fits) {
        throw TaakveldFormatException.atPath(source, path + ".code", code.toString(), nestedIn
            .map(p -> "nested under " + p + ", which its code does not allow")
            .orElse("a " + code.level() + " code at the top of the list, where hoofdtaakvelden belong"), null);
      }
    }
  }
}
