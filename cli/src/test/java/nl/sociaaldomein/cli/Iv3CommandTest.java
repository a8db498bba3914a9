// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.io.iv3.Iv3DeliveryJson;
import nl.sociaaldomein.io.iv3.ShippedIv3;
import nl.sociaaldomein.iv3.Iv3Booking;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3DeliveryGenerator;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.iv3.Overheidslaag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iv3 validate} on a delivery for 2022 made by the generator (no real delivery may be
 * shipped), and the same delivery with lasten on taakveld 9.9, as the demo breaks it.
 */
class Iv3CommandTest {

  private static final Iv3Definitions DEFINITIONS = ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2022).orElseThrow();

  private static Path write(Path dir, Iv3Delivery delivery) {
    Path file = dir.resolve("levering-2022.json");
    Iv3DeliveryJson.write(delivery, file);
    return file;
  }

  @Test
  void aGeneratedDeliveryIsValid(@TempDir Path dir) {
    Path file = write(dir, Iv3DeliveryGenerator.generate(DEFINITIONS, 2022));
    Cli run = Cli.run("iv3", "validate", file.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(Main.CONSISTENT);
    assertThat(run.out()).contains("levering-2022.json: Gemeente Voorbeeldgemeente (0668)").contains("boekjaar 2022").contains("; valid against");
  }

  @Test
  void anUnknownTaakveldIsAFinding(@TempDir Path dir) {
    Iv3Delivery generated = Iv3DeliveryGenerator.generate(DEFINITIONS, 2022);
    List<Iv3Booking> bookings = new ArrayList<>(generated.bookings());
    bookings.add(Iv3Booking.of(Iv3Section.LASTEN, "9.9", "3.8", BigDecimal.TEN));
    Path file = write(dir, generated.withBookings(bookings));
    Cli run = Cli.run("iv3", "validate", file.toString());
    assertThat(run.code()).isEqualTo(Main.FINDINGS);
    assertThat(run.out()).contains("NOT valid").contains("ERROR ").contains("9.9");
    Cli markdown = Cli.run("iv3", "validate", "--format", "markdown", file.toString());
    assertThat(markdown.code()).isEqualTo(Main.FINDINGS);
    assertThat(markdown.out()).contains("| kind | foutcode | path | melding |").contains("| ERROR |");
    Cli json = Cli.run("iv3", "validate", "--format", "json", file.toString());
    assertThat(json.out()).contains("\"valid\" : false").contains("\"kind\" : \"ERROR\"");
    Cli csv = Cli.run("iv3", "validate", "--format", "csv", "--dialect", "plain", file.toString());
    assertThat(csv.code()).isEqualTo(Main.FINDINGS);
    assertThat(csv.out()).startsWith("kind,foutcode,path,melding,values").contains("ERROR,DF001,$.data.lasten[");
  }

  @Test
  void badInput(@TempDir Path dir) throws IOException {
    Path notJson = Files.writeString(dir.resolve("levering.json"), "{ geen json");
    Cli run = Cli.run("iv3", "validate", notJson.toString());
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("levering.json");
    assertThat(Cli.run("iv3").code()).isEqualTo(Main.BAD_INPUT);
    Cli html = Cli.run("iv3", "validate", "--format", "html", notJson.toString());
    assertThat(html.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(html.err()).contains("--format html is not available for `sociaaldomein iv3 validate`; it writes text,"
        + " markdown, json, csv");
    assertThat(Cli.run("iv3", "validate", dir.resolve("none.json").toString()).code()).isEqualTo(Main.BAD_INPUT);
  }
}
