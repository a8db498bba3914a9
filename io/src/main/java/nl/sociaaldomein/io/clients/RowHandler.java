// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Receives FastCSV's fields and keeps only the columns read: the header row whole, then per data
 * row a string for each column read, the BSN as characters in a reused buffer (never a
 * {@code String}, and wiped after each row), and for the other fields only whether they hold
 * anything. One instance is reused for every row.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<RowHandler> {

  private static final int SKIP = -1;
  private static final int BSN = -2;

  private boolean inHeader = true;
  private final List<String> header = new ArrayList<>();
  private int[] slots = new int[0];
  /** The trimmed characters of each column read in this row, in {@link #chars}; a length of -1 is empty. */
  private final int[] starts = new int[ClientColumn.values().length];
  private final int[] lengths = new int[ClientColumn.values().length];
  private char[] chars = new char[256];
  private int used;
  private char[] bsn = new char[16];
  private int bsnLength;
  private boolean content;
  private boolean extraContent;
  private final long lineOffset;

  /** A handler for text whose first line is line {@code lineOffset + 1} of its file. */
  RowHandler(long lineOffset) {
    this.lineOffset = lineOffset;
  }

  /** Switches from the header to data rows: {@code columns[i]} is the column of field i, or null to skip it. */
  void startData(ClientColumn[] columns) {
    slots = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      ClientColumn c = columns[i];
      slots[i] = c == null ? SKIP : c == ClientColumn.BSN ? BSN : c.ordinal();
    }
    inHeader = false;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    if (inHeader) {
      header.clear();
    }
    Arrays.fill(lengths, -1);
    used = 0;
    wipeBsn();
    content = false;
    extraContent = false;
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
    boolean blank = isBlank(buf, offset, length);
    content |= !blank;
    if (inHeader) {
      header.add(new String(buf, offset, length));
      return;
    }
    if (index >= slots.length) {
      extraContent |= !blank;
      return;
    }
    int slot = slots[index];
    if (slot == BSN) {
      if (length > bsn.length) {
        wipeBsn();
        bsn = new char[length];
      }
      System.arraycopy(buf, offset, bsn, 0, length);
      bsnLength = length;
    } else if (slot != SKIP && !blank) {
      // As String.trim trims.
      int from = offset;
      int to = offset + length;
      while (from < to && buf[from] <= ' ') {
        from++;
      }
      while (to > from && buf[to - 1] <= ' ') {
        to--;
      }
      if (used + to - from > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + to - from));
      }
      System.arraycopy(buf, from, chars, used, to - from);
      starts[slot] = used;
      lengths[slot] = to - from;
      used += to - from;
    }
  }

  @Override
  protected RowHandler buildRecord() {
    return this;
  }

  long line() {
    return lineOffset + getStartingLineNumber();
  }

  int fieldCount() {
    return getFieldCount();
  }

  /** The fields of the header row, as written. */
  List<String> header() {
    return header;
  }

  /** Whether any field of the row holds more than white space. */
  boolean hasContent() {
    return content;
  }

  /** Whether a field beyond the header's columns holds more than white space. */
  boolean hasExtraContent() {
    return extraContent;
  }

  /** The trimmed text of {@code column}, or null when empty or not in the file. */
  String value(ClientColumn column) {
    int length = lengths[column.ordinal()];
    return length < 0 ? null : new String(chars, starts[column.ordinal()], length);
  }

  /**
   * The number the trimmed text of {@code column} writes in one to nine ASCII digits, and
   * nothing else; -1 for any other text (empty included), which {@link #value} then gives.
   */
  int digits(ClientColumn column) {
    int length = lengths[column.ordinal()];
    if (length < 1 || length > 9) {
      return -1;
    }
    int start = starts[column.ordinal()];
    int number = 0;
    for (int i = start; i < start + length; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }

  /** Whether the trimmed text of {@code column} is {@code text}, exactly. */
  boolean is(ClientColumn column, String text) {
    int length = lengths[column.ordinal()];
    if (length != text.length()) {
      return false;
    }
    int start = starts[column.ordinal()];
    for (int i = 0; i < length; i++) {
      if (chars[start + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The cents of the trimmed text of {@code column} as a plain decimal ({@code -1234.5}, see
   * {@link ClientDataReader#plainCents}); {@link ClientDataReader#NOT_CENTS} for any other text.
   */
  long plainCents(ClientColumn column) {
    int length = lengths[column.ordinal()];
    return length < 0 ? ClientDataReader.NOT_CENTS : ClientDataReader.plainCents(chars, starts[column.ordinal()], length);
  }

  /** {@link #value} as held by {@code pool}: the same instance for the same text, row after row. */
  String value(ClientColumn column, TextPool pool) {
    int length = lengths[column.ordinal()];
    return length < 0 ? null : pool.text(chars, starts[column.ordinal()], length);
  }

  /** The BSN field's characters; valid until the next row. */
  char[] bsnChars() {
    return bsn;
  }

  int bsnLength() {
    return bsnLength;
  }

  /**
   * The BSN field's characters as a {@code CharSequence}: one view, reused row after row, instead
   * of a {@code CharBuffer.wrap} a row (a million rows made 48 MB of them); valid until the next row.
   */
  CharSequence bsnText() {
    return bsnText;
  }

  private final CharSequence bsnText = new CharSequence() {
    @Override
    public int length() {
      return bsnLength;
    }

    @Override
    public char charAt(int index) {
      if (index < 0 || index >= bsnLength) {
        throw new IndexOutOfBoundsException(index);
      }
      return bsn[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
      // As CharBuffer.wrap's did: only Bsn.number reads this view, and it never makes a string.
      return new String(bsn, 0, bsnLength);
    }
  };

  void wipeBsn() {
    Arrays.fill(bsn, 0, bsnLength, '\0');
    bsnLength = 0;
  }

  private static boolean isBlank(char[] buf, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (!Character.isWhitespace(buf[i]) && buf[i] != '\u00A0' && buf[i] != '\uFEFF') {
        return false;
      }
    }
    return true;
  }
}
