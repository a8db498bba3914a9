// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.Parallelism;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.io.clients.ClientData;
import nl.sociaaldomein.io.clients.ClientDataReader;
import nl.sociaaldomein.io.clients.ReadProgress;
import nl.sociaaldomein.io.export.TidyCsv;
import nl.sociaaldomein.io.export.TidyTable;
import nl.sociaaldomein.notation.CountFormat;
import nl.sociaaldomein.report.QuickscanReport;
import nl.sociaaldomein.report.ReportInput;
import nl.sociaaldomein.text.QuickscanText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quickscan <payments.csv> <clients.csv> --key-file K}: the tables of the Hoogeveen
 * quickscan (seed 004, annex 5b) from a municipality's extracts, every BSN pseudonymised with the
 * key as it is read. Progress goes to standard error; no BSN is ever written anywhere, rejected
 * rows included (io's reader keeps them out of its problems).
 */
@Command(name = "quickscan", mixinStandardHelpOptions = true,
    description = {"The quickscan's tables (seed 004, annex 5b) from a payment extract and a client extract: clients,"
        + " cost and average per law and year, youth care per delivery form, referrer and level, stacking and the"
        + " concentration of youth care in kind. Every BSN is pseudonymised with the key as it is read.",
        "Exit 0 when both files were read whole, 1 when a row was rejected, 2 on bad input."})
final class QuickscanCommand extends Subcommand {

  /** Rows between two progress lines on standard error. */
  static final int PROGRESS_INTERVAL = 100_000;

  @Parameters(index = "0", paramLabel = "PAYMENTS", description = "the payments, as CSV (docs/client-data.md)")
  Path payments;

  @Parameters(index = "1", paramLabel = "CLIENTS", description = "the client records, as CSV (docs/client-data.md)")
  Path clients;

  @Option(names = "--key-file", paramLabel = "K", required = true,
      description = "the file whose bytes are the pseudonymisation key (at least 16; a final line break is not"
          + " part of it); the same key gives the same pseudonyms in every run")
  Path keyFile;

  @Option(names = "--keep-without-payment", paramLabel = "PROVISION",
      description = "a provision whose clients count even without a payment (Huishoudelijke hulp); repeatable")
  Set<String> keepWithoutPayment = new LinkedHashSet<>();

  @Option(names = "--exclude-provision", paramLabel = "PROVISION",
      description = "a provision the tables leave out, as annex 5b leaves out the Wmo meerkosten (stacking still"
          + " counts it); repeatable")
  Set<String> excluded = new LinkedHashSet<>();

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "threads for reading and the tables (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--title", paramLabel = "TITLE",
      description = "the title of the HTML or Markdown report (default: Quickscan)")
  Optional<String> title;

  @Option(names = "--table", paramLabel = "TABLE", defaultValue = "by_law_and_year",
      description = "for --format csv: by_law_and_year, by_year, youth_by_delivery_form, youth_by_referrer,"
          + " youth_by_level, stacking or concentration (the providers of youth care in kind with the Pareto curve)"
          + " (default: ${DEFAULT-VALUE})")
  Table table;

  @Mixin
  Options.Reading reading;

  /** The tidy tables of a quickscan, one per table of annex 5b. */
  enum Table {
    BY_LAW_AND_YEAR, BY_YEAR, YOUTH_BY_DELIVERY_FORM, YOUTH_BY_REFERRER, YOUTH_BY_LEVEL, STACKING, CONCENTRATION;

    TidyTable of(Quickscan scan) {
      return switch (this) {
        case BY_LAW_AND_YEAR -> TidyCsv.of(scan.byLawAndYear());
        case BY_YEAR -> TidyCsv.of(scan.byYear());
        case YOUTH_BY_DELIVERY_FORM -> TidyCsv.of(scan.youthByDeliveryForm());
        case YOUTH_BY_REFERRER -> TidyCsv.of(scan.youthByReferrer());
        case YOUTH_BY_LEVEL -> TidyCsv.of(scan.youthByLevel());
        case STACKING -> TidyCsv.of(scan.stacking());
        case CONCENTRATION -> TidyCsv.of(scan.youthCareInKind());
      };
    }
  }

  @Override
  int run() throws Exception {
    if (threads < 1 || threads > ClientDataReader.MAX_THREADS) {
      throw new BadInputException("--threads " + threads + ": expected 1 to " + ClientDataReader.MAX_THREADS);
    }
    Pseudonymiser pseudonymiser = Pseudonymiser.of(key());
    ClientDataReader reader = ClientDataReader.of(pseudonymiser).withMode(reading.mode()).withThreads(threads)
        .withProgress(this::progress, PROGRESS_INTERVAL);
    ClientData data = reader.readDataset(readable(payments, "payments"), readable(clients, "clients"),
        keepWithoutPayment);
    for (ReadReport report : List.of(data.payments(), data.clients())) {
      if (!report.isClean()) {
        err().println(report);
        readProblem();
        // A file of which no row was taken (the other extract, a wrong header) is not a quickscan
        // with findings but bad input, as for the other commands' readers.
        if (report.accepted() == 0) {
          throw new BadInputException(report.source() + " gives nothing to work with: "
              + report.problems().stream().findFirst().map(Object::toString).orElse(""));
        }
      }
    }
    ClientDataset dataset = data.dataset();
    Query scope = excluded.isEmpty() ? Query.by() : Quickscan.scopeWithout(dataset, excluded);
    Quickscan scan = Quickscan.of(dataset, Parallelism.of(threads), scope);
    switch (format()) {
      case TEXT -> {
        out().println(CountFormat.format(dataset.rows()) + " payments and kept client records of "
            + CountFormat.format(dataset.clients()) + " clients");
        out().println();
        print(QuickscanText.format(scan));
      }
      case JSON -> json(scan);
      case CSV -> csv(table.of(scan));
      case MARKDOWN, HTML -> {
        QuickscanReport report = QuickscanReport.of(title.orElse("Quickscan"), scan,
            List.of(ReportInput.of(payments), ReportInput.of(clients)));
        print(format() == Format.HTML ? report.html() : report.markdown());
      }
      default -> throw unavailable();
    }
    return Main.CONSISTENT;
  }

  /** The key file's bytes without a final line break, which an editor adds and nobody means as key. */
  private byte[] key() throws IOException {
    byte[] bytes = Files.readAllBytes(readable(keyFile, "key"));
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\n') {
      end--;
      if (end > 0 && bytes[end - 1] == '\r') {
        end--;
      }
    }
    return Arrays.copyOf(bytes, end);
  }

  private void progress(ReadProgress p) {
    StringBuilder line = new StringBuilder(p.source()).append(": ").append(CountFormat.format(p.rowsRead()))
        .append(" rows read");
    p.fraction().ifPresent(f -> line.append(" (").append(Math.round(f * 100)).append(" %)"));
    if (p.rejected() > 0) {
      line.append(", ").append(CountFormat.format(p.rejected())).append(" rejected");
    }
    if (p.done()) {
      line.append(", done");
    }
    err().println(line);
  }
}
