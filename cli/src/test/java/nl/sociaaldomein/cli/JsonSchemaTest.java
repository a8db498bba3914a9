// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code --format json} writes is the document its schema under docs/schemas describes. */
class JsonSchemaTest {

  private static final String BASE = "https://sociaaldomein.invalid/schemas/";

  private static List<String> errors(String schema, String json) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> schemas = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("../docs/schemas"))) {
      for (Path file : files.toList()) {
        schemas.put(BASE + file.getFileName(), Files.readString(file));
      }
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(schemas));
    return registry.getSchema(SchemaLocation.of(BASE + schema + ".schema.json")).validate(mapper.readTree(json))
        .stream().map(Error::toString).toList();
  }

  @Test
  void aCheckIsAReconciliationReport(@TempDir Path dir) throws IOException {
    Cli clean = Cli.run("check", "--format", "json", Cli.seed("statements/seed-000-meppel-2022.csv"));
    assertThat(errors("reconciliation-report", clean.out())).isEmpty();
    String typo = Cli.changed(dir, "statements/seed-000-meppel-2022.csv", ";3.506;116;3.390", ";3.506;161;3.390");
    Cli inconsistent = Cli.run("check", "--format", "json", typo);
    assertThat(inconsistent.code()).isEqualTo(Main.FINDINGS);
    assertThat(errors("reconciliation-report", inconsistent.out())).isEmpty();
    assertThat(inconsistent.out()).contains("\"column\" : \"Realisatie 2022\"").doesNotContain("\"line\" : false");
    assertThat(errors("variance-report", inconsistent.out())).isNotEmpty();
  }

  @Test
  void aVarianceAnalysisIsAVarianceReport() throws IOException {
    Cli run = Cli.run("variance", "--format", "json", Cli.seed("statements/seed-000-meppel-2022.csv"),
        Cli.seed("explanations/seed-000-meppel-2022-analyse.csv"));
    assertThat(run.code()).isEqualTo(Main.FINDINGS);
    assertThat(errors("variance-report", run.out())).isEmpty();
  }
}
