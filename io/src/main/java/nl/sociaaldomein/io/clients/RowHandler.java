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
  private final String[] values = new String[ClientColumn.values().length];
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
    Arrays.fill(values, null);
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
    } else if (slot != SKIP) {
      values[slot] = blank ? null : new String(buf, offset, length).trim();
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
    return values[column.ordinal()];
  }

  /** The BSN field's characters; valid until the next row. */
  char[] bsnChars() {
    return bsn;
  }

  int bsnLength() {
    return bsnLength;
  }

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
