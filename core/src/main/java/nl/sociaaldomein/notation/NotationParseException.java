package nl.sociaaldomein.notation;

import nl.sociaaldomein.internal.Texts;

/**
 * Text that is not a figure in Dutch notation. The message shows the text (cut when long), the
 * index where reading failed (0-based, as in {@link java.time.format.DateTimeParseException})
 * and why.
 */
public class NotationParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String parsedString;
  private final int errorIndex;
  private final String reason;

  public NotationParseException(CharSequence text, int errorIndex, String reason) {
    super("Cannot read \"" + Texts.abbreviate(text) + "\" at index " + errorIndex + ": " + reason);
    this.parsedString = text.toString();
    this.errorIndex = errorIndex;
    this.reason = reason;
  }

  /** The whole text that was read. */
  public String getParsedString() {
    return parsedString;
  }

  /** The 0-based index in the text where reading failed. */
  public int getErrorIndex() {
    return errorIndex;
  }

  /** Why the text is not accepted, without the text itself. */
  public String getReason() {
    return reason;
  }
}
