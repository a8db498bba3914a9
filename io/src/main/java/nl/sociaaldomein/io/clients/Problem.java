package nl.sociaaldomein.io.clients;

/**
 * Why one row of a client or payment file was rejected.
 *
 * <p>A reason never holds a BSN: a bad BSN is described ({@code invalid BSN: the BSN fails the
 * elfproef}), never shown, and a bad value of another column is quoted only when it has fewer
 * than seven digits.
 *
 * @param line the 1-based line where the row starts in the file
 * @param column the column's header as the file writes it, or null when the fault is in the row
 *     as a whole (too few or too many fields)
 * @param reason what is wrong, in one sentence without a full stop
 */
public record Problem(long line, String column, String reason) {

  public Problem {
    if (line < 1) {
      throw new IllegalArgumentException("A line number starts at 1, not " + line);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A problem needs a reason");
    }
  }

  /** {@code line 7, column "bsn": invalid BSN: the BSN fails the elfproef}. */
  @Override
  public String toString() {
    return "line " + line + (column == null ? "" : ", column \"" + column + "\"") + ": " + reason;
  }
}
