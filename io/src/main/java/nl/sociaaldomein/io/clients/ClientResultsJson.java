package nl.sociaaldomein.io.clients;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.file.Path;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.ProviderConcentration;
import nl.sociaaldomein.clients.Stacking;
import nl.sociaaldomein.io.TextOutput;
import nl.sociaaldomein.io.json.SociaalDomeinJson;

/**
 * Writes the results of a client-level analysis as JSON reports: an {@link AggregationResult},
 * {@link Stacking}, a {@link ProviderConcentration} or a {@link nl.sociaaldomein.io.ReadReport},
 * or any structure of them (a {@code Map} of named results, say), with the shapes
 * {@link ClientResultsModule} gives.
 *
 * <pre>{@code
 * String json = ClientResultsJson.toJson(dataset.aggregate(Query.by(Dimension.LAW, Dimension.YEAR)));
 * ClientResultsJson.write(Map.of("payments", data.payments(), "byLaw", byLaw), Path.of("analysis.json"));
 * }</pre>
 */
public final class ClientResultsJson {

  private static final ObjectMapper MAPPER = mapper();

  private ClientResultsJson() {}

  /**
   * A new mapper for these results: {@link SociaalDomeinJson#mapper()} (money types, indented
   * output) with {@link ClientResultsModule}.
   */
  public static ObjectMapper mapper() {
    ObjectMapper mapper = SociaalDomeinJson.mapper();
    mapper.registerModule(new ClientResultsModule());
    return mapper;
  }

  /** {@code result} as indented JSON. */
  public static String toJson(Object result) {
    try {
      return MAPPER.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new SociaalDomeinException("Cannot write " + result.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /** Writes {@code result} as indented JSON to {@code out}, which stays open. */
  public static void write(Object result, Writer out) {
    TextOutput.write(toJson(result), out, "JSON of " + result.getClass().getSimpleName());
  }

  /** Writes {@code result} as indented JSON, UTF-8, to {@code file}. */
  public static void write(Object result, Path file) {
    TextOutput.write(toJson(result), file);
  }
}
