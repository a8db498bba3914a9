// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.statement;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A rectangle of cells of a sheet, such as {@code B3:F20}: columns from 0 ({@code A}), rows from 1
 * as Excel numbers them.
 */
record CellRange(int firstColumn, int firstRow, int lastColumn, int lastRow) {

  private static final Pattern RANGE = Pattern.compile("([A-Z]{1,3})([1-9][0-9]{0,6}):([A-Z]{1,3})([1-9][0-9]{0,6})");
  private static final int MAX_COLUMN = 16_383;

  /** The range {@code text} names, such as {@code B3:F20}; throws naming it when it names none. */
  static CellRange parse(String text) {
    Matcher m = RANGE.matcher(text.trim().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new SociaalDomeinException("", Optional.of(text), "not a range of cells, such as B3:F20");
    }
    CellRange r = new CellRange(column(m.group(1)), Integer.parseInt(m.group(2)), column(m.group(3)),
        Integer.parseInt(m.group(4)));
    if (r.firstColumn > r.lastColumn || r.firstRow > r.lastRow || r.lastColumn > MAX_COLUMN) {
      throw new SociaalDomeinException("", Optional.of(text), "not a range of cells: its first cell must be above and"
          + " left of its last, within column XFD");
    }
    return r;
  }

  /** The whole of a sheet. */
  static CellRange all() {
    return new CellRange(0, 1, MAX_COLUMN, Integer.MAX_VALUE);
  }

  boolean containsRow(int row) {
    return row >= firstRow && row <= lastRow;
  }

  boolean containsColumn(int column) {
    return column >= firstColumn && column <= lastColumn;
  }

  /** The index, from 0, of the column {@code letters} ({@code A} is 0, {@code AA} 26). */
  static int column(String letters) {
    int n = 0;
    for (char c : letters.toCharArray()) {
      n = n * 26 + (c - 'A' + 1);
    }
    return n - 1;
  }

  /** The letters of column {@code index} (0 is {@code A}). */
  static String letters(int index) {
    StringBuilder out = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      out.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return out.toString();
  }

  /** The address of a cell, such as {@code C5}. */
  static String address(int column, int row) {
    return letters(column) + row;
  }
}
