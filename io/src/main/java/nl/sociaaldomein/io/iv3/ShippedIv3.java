// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3ErrorCatalogue;
import nl.sociaaldomein.iv3.Overheidslaag;

/**
 * The files CBS publishes for Iv3 ({@code statistiekcbs/iv3_definities}, commit 9d77a88), shipped
 * unchanged as resources of this package: the delivery schema, the error catalogue and the
 * definitions of the municipalities for the booking years 2017 to 2026. CBS publishes no
 * definitions for provinces or joint arrangements there, so for those, and for other years, there
 * are none. Each file is read once, strictly (a shipped file that does not read is a defect of
 * this library, thrown as a {@link nl.sociaaldomein.io.ReadException}), and kept.
 */
public final class ShippedIv3 {

  /** The resource name of the delivery schema, in this package. */
  public static final String SCHEMA = "iv3_data_schema_v2_1_1.json";

  /** The resource name of CBS's error catalogue, in this package. */
  public static final String ERRORS = "fouten.json";

  private static final int FIRST_YEAR = 2017;
  private static final int LAST_YEAR = 2026;

  private static final Map<String, Iv3Definitions> DEFINITIONS = new ConcurrentHashMap<>();

  private ShippedIv3() {}

  /** The resource name of the definitions of {@code overheidslaag} for {@code boekjaar}: {@code iv3_definities_Gemeente_2024.json}. */
  public static String definitionsResource(Overheidslaag overheidslaag, int boekjaar) {
    return Iv3Definitions.fileName(overheidslaag, boekjaar);
  }

  /** The booking years with shipped definitions for {@code overheidslaag}: 2017 to 2026 for municipalities, else none. */
  public static SortedSet<Integer> years(Overheidslaag overheidslaag) {
    Objects.requireNonNull(overheidslaag, "overheidslaag");
    TreeSet<Integer> years = new TreeSet<>();
    if (overheidslaag == Overheidslaag.GEMEENTE) {
      for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        years.add(y);
      }
    }
    return Collections.unmodifiableSortedSet(years);
  }

  /** The definitions of {@code overheidslaag} for {@code boekjaar}, when they are shipped. */
  public static Optional<Iv3Definitions> definitions(Overheidslaag overheidslaag, int boekjaar) {
    if (!years(overheidslaag).contains(boekjaar)) {
      return Optional.empty();
    }
    return Optional.of(DEFINITIONS.computeIfAbsent(definitionsResource(overheidslaag, boekjaar), name -> read(name,
        (in, source) -> Iv3DefinitionsJson.read(in, source, ReadMode.STRICT))));
  }

  /** CBS's error catalogue. */
  public static Iv3ErrorCatalogue errors() {
    return Errors.CATALOGUE;
  }

  /** The text of the delivery schema (JSON Schema draft-07), as CBS published it. */
  public static String schemaText() {
    try (InputStream in = open(SCHEMA)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the resource " + SCHEMA, e);
    }
  }

  /** The resource {@code name} of this package, opened; an error when it is not there. */
  static InputStream open(String name) {
    InputStream in = ShippedIv3.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("The resource " + name + " is not on the class path beside " + ShippedIv3.class);
    }
    return in;
  }

  private static <T> T read(String name, BiFunction<Reader, String, ReadResult<T>> reader) {
    try (InputStream in = open(name); Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return reader.apply(text, name).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the resource " + name, e);
    }
  }

  /** Read when first asked for. */
  private static final class Errors {
    static final Iv3ErrorCatalogue CATALOGUE = read(ERRORS,
        (in, source) -> Iv3ErrorCatalogueJson.read(in, source, ReadMode.STRICT));
  }
}
