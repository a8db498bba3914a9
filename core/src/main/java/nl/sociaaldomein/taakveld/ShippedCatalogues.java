// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import com.google.common.collect.ImmutableSortedMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Reads the official lists shipped as {@value #RESOURCE}: derived from the CBS Iv3 definition
 * files by {@code nl.sociaaldomein.io.taakveld.TaakveldResourceGenerator}, which the io module's
 * tests run to check the file is still exactly what the definition files give.
 *
 * <p>The format is the simplest that core can read without a parser library: UTF-8 lines, those
 * starting with {@code #} comments (they name the source), then a header and one line per entry,
 * four tab-separated fields: booking year, code, parent code (empty for a hoofdtaakveld), name.
 * Names hold no tabs; {@link Taakveld} refuses control characters.
 */
final class ShippedCatalogues {

  static final String RESOURCE = "taakvelden.tsv";
  static final String HEADER = "year\tcode\tparent\tname";

  /** Loaded on first use of this class, which happens at the first {@code forYear}. */
  static final SortedMap<Integer, TaakveldCatalogue> ALL = load();

  private ShippedCatalogues() {}

  /** The label of the shipped list of {@code year}, the one the Iv3 reader gives it as well. */
  static String label(int year) {
    return "Iv3 Gemeente " + year;
  }

  private static SortedMap<Integer, TaakveldCatalogue> load() {
    try (InputStream in = ShippedCatalogues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + RESOURCE, e);
    }
  }

  private static SortedMap<Integer, TaakveldCatalogue> parse(BufferedReader reader) throws IOException {
    Map<Integer, TaakveldCatalogue.Builder> builders = new LinkedHashMap<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      if (!headerSeen) {
        if (!line.equals(HEADER)) {
          throw corrupt(lineNumber, "expected the header \"" + HEADER + "\"");
        }
        headerSeen = true;
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 4) {
        throw corrupt(lineNumber, "expected 4 tab-separated fields, found " + fields.length);
      }
      try {
        int year = Integer.parseInt(fields[0]);
        Optional<TaakveldCode> parent =
            fields[2].isEmpty() ? Optional.empty() : Optional.of(TaakveldCode.parse(fields[2]));
        Taakveld t = new Taakveld(TaakveldCode.parse(fields[1]), fields[3], parent);
        builders.computeIfAbsent(year, y -> TaakveldCatalogue.builder(label(y)).bookingYear(y)).add(t);
      } catch (IllegalArgumentException e) {
        throw corrupt(lineNumber, e.getMessage());
      }
    }
    ImmutableSortedMap.Builder<Integer, TaakveldCatalogue> result = ImmutableSortedMap.naturalOrder();
    builders.forEach((year, b) -> result.put(year, b.build()));
    return result.buildOrThrow();
  }

  private static IllegalStateException corrupt(int line, String reason) {
    return new IllegalStateException("Resource " + RESOURCE + ", line " + line + ": " + reason);
  }
}
