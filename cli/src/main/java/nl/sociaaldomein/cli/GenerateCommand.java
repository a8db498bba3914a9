// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.notation.CountFormat;
import nl.sociaaldomein.testkit.clients.ClientDataGenerator;
import nl.sociaaldomein.testkit.clients.GeneratorSettings;
import nl.sociaaldomein.testkit.clients.SyntheticClient;
import nl.sociaaldomein.testkit.clients.SyntheticDataWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate --scale S --out DIR}: a synthetic municipality's payment and client files, as
 * the testkit's generator makes them (docs/generator.md), for trying the quickscan without real
 * data. The files hold synthetic BSNs; the command prints only counts.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Writes a synthetic municipality's payments.csv and clients.csv (the testkit's generator,"
        + " docs/generator.md): scale 1 is Hoogeveen 2018-2020, about 387.000 payments. The BSNs are synthetic.",
        "Exit 0 when written, 2 on bad input."})
final class GenerateCommand extends Subcommand {

  /** People between two progress lines on standard error. */
  static final int PROGRESS_INTERVAL = 10_000;

  @Option(names = "--scale", paramLabel = "S", required = true,
      description = "how many Hoogeveens, 0.05 to 500")
  BigDecimal scale;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "the directory to write payments.csv and clients.csv to (created when missing; the files replaced)")
  Path directory;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + GeneratorSettings.DEFAULT_SEED,
      description = "the seed of every random draw (default: ${DEFAULT-VALUE}): the same seed, the same data")
  long seed;

  @Option(names = "--years", paramLabel = "FIRST-LAST", defaultValue = "2018-2020",
      description = "the years generated, at most " + GeneratorSettings.MAX_YEARS + " (default: ${DEFAULT-VALUE})")
  String years;

  @Option(names = "--density", paramLabel = "PERCENT", defaultValue = "100",
      description = "how finely a provision's cost is split into payments, 1 to 1000 (default: ${DEFAULT-VALUE})")
  int density;

  @Override
  Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.MARKDOWN, Format.JSON);
  }

  @Override
  int run() throws Exception {
    String[] span = years.split("-", -1);
    if (span.length != 2 || !span[0].matches("\\d{4}") || !span[1].matches("\\d{4}")) {
      throw new BadInputException("--years " + SociaalDomeinException.quote(years)
          + ": expected the first and last year, such as 2018-2020");
    }
    GeneratorSettings settings = new GeneratorSettings(seed, scale, density, Integer.parseInt(span[0]),
        Integer.parseInt(span[1]));
    ClientDataGenerator generator = ClientDataGenerator.create(settings);
    SyntheticDataWriter.Written written = SyntheticDataWriter.write(this.withProgress(generator), directory);
    String summary = "Wrote " + CountFormat.format(written.people()) + " people, "
        + CountFormat.format(written.clientRecords()) + " client records and " + CountFormat.format(written.payments())
        + " payments to " + directory.resolve(SyntheticDataWriter.PAYMENTS_FILE) + " and "
        + directory.resolve(SyntheticDataWriter.CLIENTS_FILE) + " (seed " + seed + ", scale "
        + settings.scale().toPlainString() + ", " + years + ", payment density " + density + " %)";
    switch (format()) {
      case TEXT, MARKDOWN -> out().println(summary);
      case JSON -> json(new Json(directory.resolve(SyntheticDataWriter.PAYMENTS_FILE).toString(),
          directory.resolve(SyntheticDataWriter.CLIENTS_FILE).toString(), settings, written));
      default -> throw unavailable();
    }
    return Main.CONSISTENT;
  }

  /** The generator's people, with a line on standard error every {@value #PROGRESS_INTERVAL}. */
  private Iterable<SyntheticClient> withProgress(Iterable<SyntheticClient> clients) {
    return () -> new Iterator<>() {
      private final Iterator<SyntheticClient> people = clients.iterator();
      private long count;

      @Override
      public boolean hasNext() {
        return people.hasNext();
      }

      @Override
      public SyntheticClient next() {
        SyntheticClient next = people.next();
        if (++count % PROGRESS_INTERVAL == 0) {
          err().println(CountFormat.format(count) + " people written");
        }
        return next;
      }
    };
  }

  /** The JSON document: the files written, the settings and the counts. */
  record Json(String payments, String clients, GeneratorSettings settings, SyntheticDataWriter.Written written) {}
}
