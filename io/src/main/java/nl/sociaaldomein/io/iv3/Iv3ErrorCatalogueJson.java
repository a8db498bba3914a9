// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.sociaaldomein.io.JsonBinding;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.iv3.Iv3Error;
import nl.sociaaldomein.iv3.Iv3ErrorCatalogue;

/**
 * Reads CBS's error catalogue ({@code fouten.json}: {@code {"fouten_overzicht": [{foutcode,
 * omschrijving, melding}, ...]}}) into an {@link Iv3ErrorCatalogue}. The texts are kept exactly
 * as CBS wrote them, double spaces, typographic quotes and typos included, since findings quote
 * them. Each entry is a row: accepted, or rejected with a problem at its JSON path (a missing or
 * non-text field, another field, a code given twice); the value is empty only when the file is
 * not JSON or has no {@code fouten_overzicht}. In {@link ReadMode#STRICT} the first problem is
 * thrown as a {@link ReadException}.
 */
public final class Iv3ErrorCatalogueJson {

  private static final ObjectMapper MAPPER = JsonBinding.mapper();
  private static final String LIST = "$.fouten_overzicht";

  private Iv3ErrorCatalogueJson() {}

  /** Reads {@code file} leniently. */
  public static ReadResult<Iv3ErrorCatalogue> read(Path file) {
    return read(file, ReadMode.LENIENT);
  }

  /** Reads {@code file}, UTF-8, in {@code mode}; problems name its file name. */
  public static ReadResult<Iv3ErrorCatalogue> read(Path file, ReadMode mode) {
    return JsonFields.withReader(file, in -> read(in, file.getFileName().toString(), mode));
  }

  /** Reads {@code in} leniently; {@code source} names it in problems. */
  public static ReadResult<Iv3ErrorCatalogue> read(Reader in, String source) {
    return read(in, source, ReadMode.LENIENT);
  }

  /** Reads {@code in}, which is left open, in {@code mode}; {@code source} names it in problems. */
  public static ReadResult<Iv3ErrorCatalogue> read(Reader in, String source, ReadMode mode) {
    ProblemLog log = new ProblemLog(source, mode);
    JsonFields fields = new JsonFields(log);
    return log.result(JsonBinding.readTree(MAPPER, in, log)
        .flatMap(root -> fields.object(root, "$"))
        .flatMap(root -> fields.array(root, "fouten_overzicht", "$"))
        .map(entries -> {
          List<Iv3Error> errors = new ArrayList<>();
          Set<String> codes = new HashSet<>();
          JsonBinding.entries(entries, LIST, log, (node, at) -> fields.object(node, at)
              .filter(n -> fields.onlyFields(n, at, Set.of("foutcode", "omschrijving", "melding")))
              .flatMap(n -> fields.text(n, "foutcode", at).flatMap(code -> fields.text(n, "omschrijving", at)
                  .flatMap(omschrijving -> fields.text(n, "melding", at)
                      .map(melding -> new Iv3Error(code, omschrijving, melding)))))
              .ifPresent(error -> {
                if (codes.add(error.foutcode())) {
                  errors.add(error);
                } else {
                  fields.problem(at + ".foutcode", node.get("foutcode"), "the same foutcode again");
                }
              }));
          return new Iv3ErrorCatalogue(errors);
        }));
  }
}
