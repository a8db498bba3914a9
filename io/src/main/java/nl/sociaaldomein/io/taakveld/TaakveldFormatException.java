package nl.sociaaldomein.io.taakveld;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldomein.internal.Texts;

/**
 * A file that does not hold a valid taakveld catalogue. The message names the file, where in it
 * (line and column for CSV and for JSON syntax, the JSON path for JSON content) and the bad text,
 * then the reason.
 */
public class TaakveldFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final int column;
  private final String jsonPath;
  private final String text;

  private TaakveldFormatException(String source, String where, long line, int column, String jsonPath,
      String text, String reason, Throwable cause) {
    super(source + (where.isEmpty() ? "" : ", " + where) + (text == null ? "" : ", text \"" + Texts.abbreviate(visible(text)) + "\"")
        + ": " + reason, cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.jsonPath = jsonPath;
    this.text = text;
  }

  /** A bad CSV cell: 1-based line and column, the column's header name, the cell's text. */
  static TaakveldFormatException atCell(String source, long line, int column, String columnName, String text,
      String reason, Throwable cause) {
    String where = "line " + line + ", column " + column + (columnName == null ? "" : " (" + columnName + ")");
    return new TaakveldFormatException(source, where, line, column, null, text, reason, cause);
  }

  /** A fault spread over whole lines, such as one code on two lines. */
  static TaakveldFormatException atLines(String source, List<Long> lines, String reason, Throwable cause) {
    String where = lines.isEmpty() ? "" : (lines.size() == 1 ? "line " : "lines ")
        + lines.stream().map(String::valueOf).collect(Collectors.joining(" and "));
    return new TaakveldFormatException(source, where, lines.isEmpty() ? 0 : lines.get(0), 0, null, null, reason, cause);
  }

  /** A position in the text, for syntax errors: 1-based line and column, 0 when unknown. */
  static TaakveldFormatException atPosition(String source, long line, int column, String reason, Throwable cause) {
    return new TaakveldFormatException(source, "line " + line + ", column " + column, line, column, null, null,
        reason, cause);
  }

  /** A bad JSON value, by its path such as {@code $.taakvelden[3].code}. */
  static TaakveldFormatException atPath(String source, String jsonPath, String text, String reason, Throwable cause) {
    return new TaakveldFormatException(source, jsonPath, 0, 0, jsonPath, text, reason, cause);
  }

  /** A fault of several JSON values, such as one code in two entries. */
  static TaakveldFormatException atPaths(String source, List<String> jsonPaths, String reason, Throwable cause) {
    String where = String.join(" and ", jsonPaths);
    return new TaakveldFormatException(source, where, 0, 0, jsonPaths.isEmpty() ? null : jsonPaths.get(0), null,
        reason, cause);
  }

  /** The file (or other source) read. */
  public String getSource() {
    return source;
  }

  /** The 1-based line of the fault; 0 when it is named by JSON path instead. */
  public long getLine() {
    return line;
  }

  /** The 1-based column (the field number in CSV); 0 when unknown. */
  public int getColumn() {
    return column;
  }

  /** The JSON path of the fault, such as {@code $.taakvelden[3].code}, for JSON content. */
  public Optional<String> getJsonPath() {
    return Optional.ofNullable(jsonPath);
  }

  /** The bad text itself, where there is one. */
  public Optional<String> getText() {
    return Optional.ofNullable(text);
  }

  private static String visible(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars().forEach(c -> b.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return b.toString();
  }
}
