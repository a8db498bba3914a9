package nl.sociaaldomein.io.csv;

import nl.sociaaldomein.internal.Texts;

/** A CSV file that cannot be read: names the file, the line, the column and the bad text. */
public class CsvFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String column;
  private final String text;

  public CsvFormatException(String source, long line, String column, String text, String reason) {
    super(source + ", line " + line + (column == null ? "" : ", column \"" + column + "\"")
        + (text == null ? "" : ": \"" + Texts.abbreviate(text) + "\"") + ": " + reason);
    this.source = source;
    this.line = line;
    this.column = column;
    this.text = text;
  }

  /** The file or other source the text came from. */
  public String source() {
    return source;
  }

  /** The 1-based line number. */
  public long line() {
    return line;
  }

  /** The column's header, or null when the fault is not in one cell. */
  public String column() {
    return column;
  }

  /** The bad text, or null. */
  public String text() {
    return text;
  }
}
