// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

import java.util.Objects;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;

/**
 * What {@link Iv3DefinitionReader} takes from one CBS Iv3 definition file: its metadata and its
 * taakveld list.
 *
 * @param source the file name, such as {@code iv3_definities_Gemeente_2023.json}
 * @param overheidslaag the tier of government, {@code Gemeente}
 * @param bookingYear the booking year, {@code metadata.boekjaar}
 * @param description the file's own description, such as {@code Iv3 definitiebestand versie 2.1}
 * @param taakvelden the taakveld list, labelled {@code "Iv3 Gemeente 2023"}
 */
public record Iv3Definition(String source, String overheidslaag, int bookingYear, String description,
    TaakveldCatalogue taakvelden) {

  /** Checks that no part is missing. */
  public Iv3Definition {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(overheidslaag, "overheidslaag");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(taakvelden, "taakvelden");
  }
}
