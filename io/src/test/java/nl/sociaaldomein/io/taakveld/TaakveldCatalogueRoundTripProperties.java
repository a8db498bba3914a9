// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.taakveld.Taakveld;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TaakveldCatalogueRoundTripProperties {

  /**
   * Names with what breaks formats: separators, quotes, diacritics, brackets, a leading {@code =}
   * or {@code #}, non-BMP characters; never blank or with control characters, which
   * {@link Taakveld} refuses.
   */
  private static Gen<String> names() {
    Gen<String> pieces = arbitrary().pick("Geëscaleerde", "zorg", "18+", "18-", ";", ",", "\"", "'", "(WMO)",
        "Coördinatie", "=SUM(A1)", "#", "€", "\uD83D\uDE00", "a", "Z", "0.10", "\\", "\u00A0");
    Gen<String> random = strings().allPossible().ofLengthBetween(1, 12)
        .map(s -> s.replaceAll("\\p{Cc}", "x"));
    return lists().of(pieces.mix(random, 30)).ofSizeBetween(1, 6)
        .map(parts -> String.join(" ", parts).strip())
        .map(s -> s.isEmpty() ? "x" : s);
  }

  /** A shape of a catalogue: which codes under which hoofdtaakvelden, each with a name. */
  private static Gen<TaakveldCatalogue> catalogues() {
    Gen<List<Integer>> shape = lists().of(integers().between(0, 999)).ofSizeBetween(1, 40);
    return shape.zip(lists().of(names()).ofSize(40 * 3), integers().between(0, 3), strings().basicLatinAlphabet()
        .ofLengthBetween(1, 20), booleans().all(), (numbers, nameList, hoofdCount, label, withYear) -> {
          Map<TaakveldCode, String> named = new LinkedHashMap<>();
          int n = 0;
          for (int h = 0; h <= hoofdCount; h++) {
            named.put(TaakveldCode.of(String.valueOf(h)), nameList.get(n++));
          }
          for (int number : numbers) {
            TaakveldCode hoofd = TaakveldCode.of(String.valueOf(number % (hoofdCount + 1)));
            TaakveldCode c = TaakveldCode.of(hoofd + codeTail(number));
            if (!named.containsKey(c)) {
              named.put(c, nameList.get(n++));
            }
          }
          List<Taakveld> list = new ArrayList<>();
          named.forEach((c, name) -> list.add(new Taakveld(c, name,
              c.impliedParent().map(p -> named.containsKey(p) ? p : c.hoofdtaakveld()))));
          String l = label.strip().isEmpty() ? "l" : label;
          return withYear ? TaakveldCatalogue.of(l, 2000 + numbers.size(), list) : TaakveldCatalogue.of(l, list);
        });
  }

  private static String codeTail(int number) {
    int kind = number % 4;
    if (kind == 0) {
      return String.valueOf(number % 10);
    }
    if (kind == 1) {
      return String.format("%02d", number % 100);
    }
    if (kind == 2) {
      return String.format("%02d", number % 100) + (char) ('a' + number % 26);
    }
    return String.format("%03d", number);
  }

  @Test
  void jsonRoundTripsLosslessly() {
    qt().forAll(catalogues()).checkAssert(c ->
        assertEquals(c, TaakveldCatalogueJson.read(new StringReader(TaakveldCatalogueJson.toJson(c)), "generated.json")
            .orElseThrow()));
  }

  @Test
  void csvRoundTripsEveryEntryInBothDialects() {
    qt().forAll(catalogues(), arbitrary().enumValues(CsvDialect.class)).checkAssert((c, dialect) -> {
      String csv = TaakveldCatalogueCsv.toCsv(c, dialect);
      TaakveldCatalogue back =
          TaakveldCatalogueCsv.read(new StringReader(csv), "generated.csv", ReadMode.STRICT, c.label()).orElseThrow();
      assertEquals(c.all(), back.all());
      assertEquals(c.all(), TaakveldCatalogueCsv.read(new StringReader(csv), "generated.csv").orElseThrow().all());
    });
  }
}
