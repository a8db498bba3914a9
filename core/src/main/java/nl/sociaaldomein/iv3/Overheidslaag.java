// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/** The tier of government a delivery is from, as the Iv3 schema names it. */
public enum Overheidslaag {
  /** A municipality. */
  GEMEENTE("Gemeente"),
  /** A province. */
  PROVINCIE("Provincie"),
  /** A joint arrangement of municipalities (gemeenschappelijke regeling). */
  GR("GR");

  private final String text;

  Overheidslaag(String text) {
    this.text = text;
  }

  /** The text of the schema: {@code Gemeente}, {@code Provincie}, {@code GR}. */
  public String text() {
    return text;
  }

  /** The tier whose schema text is {@code text}, exactly. */
  public static Optional<Overheidslaag> fromText(String text) {
    Objects.requireNonNull(text, "text");
    for (Overheidslaag o : values()) {
      if (o.text.equals(text)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** As {@link #fromText}, throwing when the text is none of the three. */
  public static Overheidslaag parse(String text) {
    return fromText(text).orElseThrow(() -> new SociaalDomeinException("overheidslaag", Optional.of(text),
        "not Gemeente, Provincie or GR"));
  }
}
