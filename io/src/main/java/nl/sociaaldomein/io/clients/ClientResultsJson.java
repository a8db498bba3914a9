package nl.sociaaldomein.io.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.file.Path;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.ProviderConcentration;
import nl.sociaaldomein.clients.Stacking;
import nl.sociaaldomein.io.export.ResultJson;
import nl.sociaaldomein.io.json.SociaalDomeinJson;

/**
 * Writes the results of a client-level analysis as JSON reports: an {@link AggregationResult},
 * {@link Stacking}, a {@link ProviderConcentration} or a {@link ReadReport}, or any structure of
 * them (a {@code Map} of named results, say), with the shapes {@link ClientResultsModule} gives.
 *
 * <pre>{@code
 * String json = ClientResultsJson.toJson(dataset.aggregate(Query.by(Dimension.LAW, Dimension.YEAR)));
 * ClientResultsJson.write(Map.of("payments", data.payments(), "byLaw", byLaw), Path.of("analysis.json"));
 * }</pre>
 */
public final class ClientResultsJson {

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

  /** {@code result} as indented JSON: {@link ResultJson#toJson}, which writes every result of the library. */
  public static String toJson(Object result) {
    return ResultJson.toJson(result);
  }

  /** Writes {@code result} as indented JSON to {@code out}, which stays open. */
  public static void write(Object result, Writer out) {
    ResultJson.write(result, out);
  }

  /** Writes {@code result} as indented JSON, UTF-8, to {@code file}. */
  public static void write(Object result, Path file) {
    ResultJson.write(result, file);
  }
}
