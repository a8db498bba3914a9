// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.TextOutput;
import nl.sociaaldomein.io.json.SociaalDomeinJson;

/**
 * Every result of the library as JSON, with every Jackson module of io registered: a statement's
 * {@code ReconciliationReport}, an {@code AggregationResult}, {@code Stacking}, a
 * {@code ProviderConcentration}, a {@code VarianceReport}, a {@code Phasing}, a {@code ReadReport},
 * or any structure of them. A mapper without the modules writes a result as a bean (a row of a
 * statement as {@code "line" : false}); this one writes each as its module says, and each
 * document type has a JSON Schema under {@code docs/schemas/} (see {@code docs/export.md}).
 *
 * <pre>{@code
 * ResultJson.write(statement.check(), Path.of("check.json"));
 * }</pre>
 */
public final class ResultJson {

  private static final ObjectMapper MAPPER = mapper();

  private ResultJson() {}

  /** A new mapper with every module of io ({@link SociaalDomeinJson#mapper()}), output indented. */
  public static ObjectMapper mapper() {
    return SociaalDomeinJson.mapper();
  }

  /** {@code result} as indented JSON. */
  public static String toJson(Object result) {
    Objects.requireNonNull(result, "result");
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
