// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.testkit.clients.ClientDataGenerator;
import nl.sociaaldomein.testkit.clients.GeneratorSettings;
import nl.sociaaldomein.testkit.clients.QuickscanCalibration;
import nl.sociaaldomein.testkit.clients.SyntheticDataWriter;
import nl.sociaaldomein.testkit.reference.ReferenceCase.Shape;

/** The reference cases the testkit ships, loadable by name. */
public final class ReferenceCases {

  /** Where the answers are shipped, one CSV per case named after it. */
  static final String RESOURCES = "/nl/sociaaldomein/testkit/cases/";

  private static final List<Entry> ENTRIES = List.of(
      new Entry("seed-000-statement", "Meppel 2022, Programma 3 Sociaal domein: the budget statement, every printed total"
          + " consistent (121 derived cells checked, 0 inconsistent)",
          "seed 000, Meppel jaarverslag 2022, \"Wat heeft het gekost?\" (data/statements/seed-000-meppel-2022.csv)",
          Shape.STATEMENT, List.of(), 0),
      new Entry("seed-002-statement", "Twenterand 2022: the budget statement with its variances (favourable negative)",
          "seed 002, Twenterand jaarstukken 2022 (data/statements/seed-002-twenterand-2022.csv)", Shape.STATEMENT, List.of(), 0),
      new Entry("seed-004-quickscan", "Hoogeveen quickscan, annex 5b: clients, payments and cost per law and year, and"
          + " per year for the sociaal domein, on the generated municipality of the default settings",
          "seed 004 annex 5b, reproduced by the calibrated generator (docs/generator.md), scope without the Wmo meerkosten",
          Shape.TABLE, Answers.QUICKSCAN_HEADER, 2),
      new Entry("seed-004-annex-7", "Hoogeveen annex 7 table 7: income against expenditure of the sociaal domein,"
          + " 2017-2020, computed from the figures the table prints as its inputs",
          "seed 004 annex 7, \"Memo inzicht inkomsten en uitgaven sociaal domein Hoogeveen\", tabel 7 (docs/funding.md);"
          + " the document prints a saldo of -2.729.575 for 2019, where its own inputs give -2.729.576",
          Shape.TABLE, Answers.FUNDING_HEADER, 1),
      new Entry("seed-004-annex-8", "Hoogeveen annex 8: each claimed saving against the calculation the annex prints for it",
          "seed 004 annex 8 (data/savings/seed-004-hoogeveen-bijlage-8.csv and -modellen.csv, docs/savings.md)",
          Shape.TABLE, Answers.MODELS_HEADER, 2),
      new Entry("seed-004-annex-8-phasing", "Hoogeveen annex 8's plan with its calculations in place of the claims,"
          + " phased 2022-2025 per domain and in total",
          "seed 004 annex 8, every measure from 2025 (data/savings/seed-004-hoogeveen-bijlage-8.csv)",
          Shape.TABLE, Answers.PHASING_HEADER, 2));

  /**
   * The provision the quickscan's tables leave out ("exclusief meerkosten Wmo"): the table of
   * {@code seed-004-quickscan} counts every payment of its input but those for this provision.
   */
  public static final String QUICKSCAN_LEFT_OUT_PROVISION = QuickscanCalibration.MEERKOSTEN;

  private ReferenceCases() {}

  /**
   * Writes the input of {@code seed-004-quickscan}, the generated municipality of the default
   * settings, as the client and payment files io reads (docs/client-data.md), so that another
   * tool can compute the case's table from them: {@code payments.csv} and {@code clients.csv} in
   * {@code directory} (created when missing, the files replaced), about 30 MB together. Returns
   * the two files, payments first. Their BSNs are synthetic, passing the elfproef.
   */
  public static List<Path> writeQuickscanInput(Path directory) {
    Objects.requireNonNull(directory, "directory");
    SyntheticDataWriter.write(ClientDataGenerator.create(GeneratorSettings.defaults()), directory);
    return List.of(directory.resolve(SyntheticDataWriter.PAYMENTS_FILE), directory.resolve(SyntheticDataWriter.CLIENTS_FILE));
  }

  /** The names of every case, in the order listed in docs/testkit.md. */
  public static List<String> names() {
    return ENTRIES.stream().map(Entry::name).toList();
  }

  /** Every case. */
  public static List<ReferenceCase> all() {
    return ENTRIES.stream().map(Entry::load).toList();
  }

  /** The case named {@code name}; throws, listing the names there are, when there is none. */
  public static ReferenceCase named(String name) {
    return find(name).orElseThrow(() -> new SociaalDomeinException("", Optional.of(name),
        "no reference case of that name; there are " + String.join(", ", names())));
  }

  /** The case named {@code name}, if there is one. */
  public static Optional<ReferenceCase> find(String name) {
    return ENTRIES.stream().filter(e -> e.name.equals(name)).findFirst().map(Entry::load);
  }

  private record Entry(String name, String title, String source, Shape shape, List<String> header, int keyColumns) {
    ReferenceCase load() {
      return new ReferenceCase(name, title, source, shape, header, keyColumns, read(RESOURCES + name + ".csv"));
    }
  }

  private static String read(String resource) {
    try (InputStream in = ReferenceCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new nl.sociaaldomein.SociaalDomeinException("The testkit's resource " + resource + " is missing from its jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the testkit's resource " + resource, e);
    }
  }
}
