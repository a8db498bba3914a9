// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/** Whether a delivery holds a budget or realised figures. */
public enum Iv3Status {
  /** A budget. */
  BEGROTING("Begroting"),
  /** Realised figures. */
  REALISATIE("Realisatie");

  private final String text;

  Iv3Status(String text) {
    this.text = text;
  }

  /** The text of the schema. */
  public String text() {
    return text;
  }

  /** The status the schema writes as {@code text}, if any. */
  public static Optional<Iv3Status> fromText(String text) {
    Objects.requireNonNull(text, "text");
    for (Iv3Status s : values()) {
      if (s.text.equals(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The status the schema writes as {@code text}; any other text is an error. */
  public static Iv3Status parse(String text) {
    return fromText(text).orElseThrow(() -> new SociaalDomeinException("status", Optional.of(text),
        "not Begroting or Realisatie"));
  }
}
