// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.sociaaldomein.io.iv3.Iv3DeliveryJson;
import nl.sociaaldomein.io.iv3.ShippedIv3;
import nl.sociaaldomein.iv3.Iv3Booking;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3DeliveryGenerator;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.iv3.Overheidslaag;
import nl.sociaaldomein.testkit.reference.ReferenceCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code --format json} writes is the document its schema under docs/schemas describes. */
class JsonSchemaTest {

  private static final String BASE = "https://sociaaldomein.invalid/schemas/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

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

  /** The errors of {@code json} altered by {@code change} against {@code schema}. */
  private static List<String> errorsOfChanged(String schema, String json, Consumer<JsonNode> change) throws IOException {
    JsonNode node = MAPPER.readTree(json);
    change.accept(node);
    return errors(schema, MAPPER.writeValueAsString(node));
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

  @Test
  void anIv3ValidationMatchesItsSchema(@TempDir Path dir) throws IOException {
    Iv3Delivery generated = Iv3DeliveryGenerator.generate(ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2022).orElseThrow(), 2022);
    Path valid = dir.resolve("levering-2022.json");
    Iv3DeliveryJson.write(generated, valid);
    Cli clean = Cli.run("iv3", "validate", "--format", "json", valid.toString());
    assertThat(clean.code()).as(clean.err()).isEqualTo(Main.CONSISTENT);
    assertThat(errors("iv3-validation", clean.out())).isEmpty();
    // Lasten on taakveld 9.9, which CBS does not know: an ERROR finding.
    List<Iv3Booking> bookings = new ArrayList<>(generated.bookings());
    bookings.add(Iv3Booking.of(Iv3Section.LASTEN, "9.9", "3.8", BigDecimal.TEN));
    Path broken = dir.resolve("levering-9.9.json");
    Iv3DeliveryJson.write(generated.withBookings(bookings), broken);
    Cli run = Cli.run("iv3", "validate", "--format", "json", broken.toString());
    assertThat(run.code()).isEqualTo(Main.FINDINGS);
    assertThat(run.out()).contains("\"kind\" : \"ERROR\"");
    assertThat(errors("iv3-validation", run.out())).isEmpty();
    assertThat(errorsOfChanged("iv3-validation", run.out(), n -> ((ObjectNode) n.at("/findings/0")).put("kind", "FOUT")))
        .isNotEmpty();
    assertThat(errorsOfChanged("iv3-validation", run.out(), n -> ((ObjectNode) n).put("boekjaar", "2022"))).isNotEmpty();
  }

  @Test
  void aConformanceCheckAndTheListOfCasesMatchTheirSchemas(@TempDir Path dir) throws IOException {
    String answer = ReferenceCases.named("seed-004-annex-8").expected();
    Path right = Files.writeString(dir.resolve("annex8.csv"), answer);
    Cli conformant = Cli.run("conformance", "--format", "json", "seed-004-annex-8", right.toString());
    assertThat(conformant.code()).as(conformant.err()).isEqualTo(Main.CONSISTENT);
    assertThat(errors("conformance-report", conformant.out())).isEmpty();
    Path wrong = Files.writeString(dir.resolve("annex8-typo.csv"),
        answer.replace("W1;Wmo;300.000;267.000", "W1;Wmo;300.000;276.000"));
    Cli differs = Cli.run("conformance", "--format", "json", "seed-004-annex-8", wrong.toString());
    assertThat(differs.code()).isEqualTo(Main.FINDINGS);
    assertThat(errors("conformance-report", differs.out())).isEmpty();
    // A difference of 9.000 called a rounding, and one without its place.
    assertThat(errorsOfChanged("conformance-report", differs.out(),
        n -> ((ObjectNode) n.at("/differences/0")).put("kind", "ROUNDING"))).isNotEmpty();
    assertThat(errorsOfChanged("conformance-report", differs.out(),
        n -> ((ObjectNode) n.at("/differences/0")).remove("place"))).isNotEmpty();
    Cli list = Cli.run("conformance", "list", "--format", "json");
    assertThat(errors("conformance-list", list.out())).isEmpty();
    assertThat(errorsOfChanged("conformance-list", list.out(), n -> ((ObjectNode) n.get(0)).remove("title"))).isNotEmpty();
  }

  @Test
  void generateSaysWhatItWroteAsItsSchemaHasIt(@TempDir Path dir) throws IOException {
    Cli run = Cli.run("generate", "--format", "json", "--scale", "0.05", "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(Main.CONSISTENT);
    assertThat(errors("generated-data", run.out())).isEmpty();
    assertThat(errorsOfChanged("generated-data", run.out(), n -> ((ObjectNode) n.get("written")).put("people", -1)))
        .isNotEmpty();
    assertThat(errorsOfChanged("generated-data", run.out(), n -> ((ObjectNode) n).remove("settings"))).isNotEmpty();
  }

  @Test
  void aSavingsRunMatchesItsSchemaWithAndWithoutItsOptions() throws IOException {
    String annex8 = Cli.seed("savings/seed-004-hoogeveen-bijlage-8.csv");
    Cli plain = Cli.run("savings", "--format", "json", annex8);
    assertThat(plain.code()).as(plain.err()).isEqualTo(Main.CONSISTENT);
    assertThat(errors("savings-report", plain.out())).isEmpty();
    Cli full = Cli.run("savings", "--format", "json", "--models", Cli.seed("savings/seed-004-hoogeveen-bijlage-8-modellen.csv"),
        "--target", "2025=1.000.000", annex8);
    assertThat(errors("savings-report", full.out())).isEmpty();
    assertThat(MAPPER.readTree(full.out()).at("/models/1/model/net").asText()).isEqualTo("267000.00");
    assertThat(errorsOfChanged("savings-report", full.out(), n -> ((ObjectNode) n.at("/summary/shown")).put("rule", "AVERAGE")))
        .isNotEmpty();
    assertThat(errorsOfChanged("savings-report", full.out(), n -> ((ObjectNode) n.at("/models/1/model")).put("net", 267000)))
        .isNotEmpty();
  }
}
