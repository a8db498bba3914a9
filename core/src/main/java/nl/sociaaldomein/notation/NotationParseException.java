// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;

/**
 * Text that is not a figure in Dutch notation. The message shows the text (cut when long), the
 * index where reading failed (0-based, as in {@link java.time.format.DateTimeParseException})
 * and why; {@link #what()} is the whole text, {@link #where()} {@code "index 3"}.
 */
public class NotationParseException extends SociaalDomeinException {

  private static final long serialVersionUID = 1L;

  /** The 0-based index where reading failed: serialised with the message. */
  private final int errorIndex;

  /** {@code text} could not be read at the 0-based {@code errorIndex}, for {@code reason}. */
  public NotationParseException(CharSequence text, int errorIndex, String reason) {
    super("Cannot read \"" + Texts.abbreviate(Objects.requireNonNull(text, "text")) + "\" at index " + errorIndex + ": " + reason,
        "index " + errorIndex, Optional.of(text.toString()), Objects.requireNonNull(reason, "reason"), null);
    this.errorIndex = errorIndex;
  }

  /** The 0-based index in the text where reading failed. */
  public int errorIndex() {
    return errorIndex;
  }
}
