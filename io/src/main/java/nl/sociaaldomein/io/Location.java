// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Where in its source a problem was found, as precisely as the reader knows: the file, and the
 * line, the column (by its header), the character position, the JSON path or the cell of a
 * workbook.
 *
 * <p>{@link #toString()} is the place as messages write it:
 * {@code betalingen.csv, line 7, column "bsn"}, {@code catalogue.json, $.taakvelden[3].code},
 * {@code statement.json, line 4, column 17},
 * {@code begroting.xlsx, Baten en lasten!C5, column "Lasten"}.
 *
 * @param source the file or other source, as named to the reader
 * @param line the 1-based line, where the source has lines and the fault is on one
 * @param character the 1-based character in that line, for a fault in the text itself (syntax)
 * @param column the header of the column, for a fault in one CSV cell
 * @param jsonPath the JSON path of the value, such as {@code $.cells[4].printed}
 * @param cell the cell of a workbook, its sheet and address, such as {@code Baten en lasten!C5}
 */
public record Location(
    String source, OptionalLong line, OptionalInt character, Optional<String> column, Optional<String> jsonPath,
    Optional<String> cell) {

  /** A place without a cell of a workbook: in text, by line, character, column or JSON path. */
  public Location(
      String source, OptionalLong line, OptionalInt character, Optional<String> column, Optional<String> jsonPath) {
    this(source, line, character, column, jsonPath, Optional.empty());
  }

  /** Checks that no part is missing. */
  public Location {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(character, "character");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(jsonPath, "jsonPath");
    Objects.requireNonNull(cell, "cell");
    if (line.isPresent() && line.getAsLong() < 1) {
      throw new SociaalDomeinException("A line number starts at 1, not " + line.getAsLong());
    }
    if (character.isPresent() && character.getAsInt() < 1) {
      throw new SociaalDomeinException("A character position starts at 1, not " + character.getAsInt());
    }
  }

  /** The source as a whole. */
  public static Location of(String source) {
    return new Location(source, OptionalLong.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
  }

  /** A whole line. */
  public static Location atLine(String source, long line) {
    return of(source).withLine(line);
  }

  /** One cell: a line and the column of that header. */
  public static Location atCell(String source, long line, String column) {
    return atLine(source, line).withColumn(column);
  }

  /** A position in the text: line and character, both 1-based. */
  public static Location atCharacter(String source, long line, int character) {
    return new Location(source, OptionalLong.of(line), OptionalInt.of(character), Optional.empty(), Optional.empty());
  }

  /** A JSON value, by its path such as {@code $.taakvelden[3].code}. */
  public static Location atPath(String source, String jsonPath) {
    return of(source).withJsonPath(jsonPath);
  }

  /** A cell of a workbook: its sheet and its address, such as {@code C5}. */
  public static Location atSheetCell(String source, String sheet, String address) {
    return of(source).withCell(sheet + "!" + address);
  }

  /** This place, on the 1-based {@code line}. */
  public Location withLine(long line) {
    return new Location(source, OptionalLong.of(line), character, column, jsonPath, cell);
  }

  /** This place, in the column headed {@code column}. */
  public Location withColumn(String column) {
    return new Location(source, line, character, Optional.of(column), jsonPath, cell);
  }

  /** This place, at the JSON path {@code jsonPath}. */
  public Location withJsonPath(String jsonPath) {
    return new Location(source, line, character, column, Optional.of(jsonPath), cell);
  }

  /** This place in the cell of a workbook {@code cell}, its sheet and address ({@code Baten en lasten!C5}). */
  public Location withCell(String cell) {
    return new Location(source, line, character, column, jsonPath, Optional.of(cell));
  }

  /** The place within the source, as messages write it: {@code line 7, column "bsn"}; empty for the whole source. */
  public String withinSource() {
    String whole = toString();
    return whole.length() == source.length() ? "" : whole.substring(source.length() + 2);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(source);
    cell.ifPresent(c -> out.append(", ").append(c));
    line.ifPresent(l -> out.append(", line ").append(l));
    character.ifPresent(c -> out.append(", column ").append(c));
    column.ifPresent(c -> out.append(", column \"").append(c).append('"'));
    jsonPath.ifPresent(p -> out.append(", ").append(p));
    return out.toString();
  }
}
