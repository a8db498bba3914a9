// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.sociaaldomein.io.iv3.Iv3DeliveryJson;
import nl.sociaaldomein.io.iv3.Iv3DeliveryRead;
import nl.sociaaldomein.io.iv3.ShippedIv3;
import nl.sociaaldomein.iv3.Iv3Checks;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3Finding;
import nl.sociaaldomein.iv3.Iv3Metadata;
import nl.sociaaldomein.iv3.Iv3Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iv3 validate <delivery.json>}: an Iv3 delivery checked as CBS checks it. */
@Command(name = "iv3", mixinStandardHelpOptions = true, description = "Iv3 deliveries to CBS.",
    subcommands = Iv3Command.Validate.class)
final class Iv3Command implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Name a command: validate");
  }

  /**
   * Reads a delivery through CBS's schema and checks it against the definitions this library ships
   * for its overheidslaag and boekjaar, with CBS's error catalogue. Findings are the schema's and
   * the checks' errors; a check that does not apply or that the definitions do not say enough to
   * run is listed, not counted.
   */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Reads an Iv3 delivery (CBS's JSON) through CBS's schema and checks it against CBS's definitions"
          + " of its year, shipped with the library, as CBS checks it.",
          "Exit 0 when the delivery is valid, 1 on an error of the schema or the checks, 2 on bad input (not JSON, no"
              + " delivery to bind, a year without shipped definitions)."})
  static final class Validate extends Subcommand {

    @Parameters(index = "0", paramLabel = "DELIVERY", description = "the delivery, as CBS's JSON")
    Path file;

    @Mixin
    Options.Reading reading;

    @Override
    Set<Format> formats() {
      return EnumSet.of(Format.TEXT, Format.MARKDOWN, Format.JSON, Format.CSV);
    }

    @Override
    int run() throws Exception {
      Iv3DeliveryRead read = Iv3DeliveryJson.read(readable(file, "delivery"), reading.mode());
      Iv3Delivery delivery = taken(read.result());
      Iv3Metadata metadata = delivery.metadata();
      Iv3Definitions definitions = ShippedIv3.definitions(metadata.overheidslaag(), metadata.boekjaar())
          .orElseThrow(() -> new BadInputException("No definitions of CBS are shipped for "
              + metadata.overheidslaag() + " and boekjaar " + metadata.boekjaar() + "; there are for the years "
              + ShippedIv3.years(metadata.overheidslaag())));
      Iv3Validation checked = Iv3Checks.check(delivery, definitions, ShippedIv3.errors());
      List<Iv3Finding> findings = new ArrayList<>(read.findings());
      findings.addAll(checked.findings());
      boolean valid = findings.stream().noneMatch(f -> f.kind() == Iv3Finding.Kind.ERROR);
      String title = file.getFileName() + ": " + metadata.overheidslaag().text() + " " + metadata.overheidsnaam() + " ("
          + metadata.overheidsnummer() + "), boekjaar " + metadata.boekjaar() + ", periode " + metadata.periode()
          + ", " + delivery.bookings().size() + " bookings; " + (valid ? "valid" : "NOT valid")
          + " against CBS's schema and definitions of " + metadata.boekjaar();
      switch (format()) {
        case TEXT -> {
          out().println(title);
          findings.forEach(f -> out().println("  " + f.kind() + " " + f.foutcode() + " " + f.path() + ": " + f.melding()));
        }
        case MARKDOWN -> {
          out().println("# " + title);
          if (!findings.isEmpty()) {
            out().println();
            out().println("| kind | foutcode | path | melding |");
            out().println("|---|---|---|---|");
            findings.forEach(f -> out().println("| " + f.kind() + " | " + cell(f.foutcode()) + " | " + cell(f.path())
                + " | " + cell(f.melding()) + " |"));
          }
        }
        case JSON -> json(new Json(file.getFileName().toString(), metadata.overheidslaag().text(),
            metadata.overheidsnummer(), metadata.boekjaar(), valid, findings));
        case CSV -> csv(textTable("iv3-findings", List.of("kind", "foutcode", "path", "melding", "values"), findings,
            f -> List.of(f.kind().name(), f.foutcode(), f.path(), f.melding(), String.join(" ", f.values()))));
        default -> throw unavailable();
      }
      return outcome(valid);
    }

    /** Text in a Markdown table cell: a bar would end the cell, a line break the row. */
    private static String cell(String text) {
      return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** The JSON document: the delivery, whether it is valid, and every finding of the schema and the checks. */
    record Json(String source, String overheidslaag, String overheidsnummer, int boekjaar, boolean valid,
        List<Iv3Finding> findings) {}
  }
}
