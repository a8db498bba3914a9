// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;

/**
 * One entry of a taakveld list: its code, its official name and the code of the entry above it.
 *
 * <p>The name is kept as the source spells it, with two exceptions that change nothing a reader
 * sees: surrounding whitespace is removed (the CBS files write {@code "Jeugdbescherming "}), and
 * the text is put in Unicode NFC, so that a name typed with a combining diaeresis equals the
 * official {@code "Geëscaleerde zorg 18+"}. A name may not be blank or hold control characters
 * (tabs, line breaks), which no official name has and every file format would have to escape.
 *
 * <p>The parent must be one the code allows: none for a hoofdtaakveld, the hoofdtaakveld for a
 * taakveld, and for a sub-taakveld either the taakveld its code extends or, where a list does not
 * hold that taakveld, the hoofdtaakveld. Whether the parent is present is checked by
 * {@link TaakveldCatalogue}.
 *
 * @param code the code, such as {@code 6.71a}
 * @param name the official name, trimmed
 * @param parent the code of the entry above; empty for a hoofdtaakveld
 */
public record Taakveld(TaakveldCode code, String name, Optional<TaakveldCode> parent) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Taakveld {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parent, "parent");
    name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    if (name.isEmpty()) {
      throw new SociaalDomeinException("Taakveld " + code + " has an empty name");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new SociaalDomeinException("Taakveld " + code + " has a name with a control character"
          + " (tab or line break): \"" + Texts.abbreviate(Texts.visible(name)) + "\"");
    }
    checkParent(code, parent);
  }

  /** The entry {@code code} with {@code name} under the parent its code implies. */
  public static Taakveld of(String code, String name) {
    TaakveldCode c = TaakveldCode.parse(code);
    return new Taakveld(c, name, c.impliedParent());
  }

  /**
   * The entry {@code code} with {@code name} under {@code parent}. A hoofdtaakveld has no
   * parent: make it with {@link #of(String, String)}.
   */
  public static Taakveld of(String code, String name, String parent) {
    Objects.requireNonNull(parent, "parent");
    return new Taakveld(TaakveldCode.parse(code), name, Optional.of(TaakveldCode.parse(parent)));
  }

  /** Whether this is a hoofdtaakveld, a taakveld or a sub-taakveld, as its code says. */
  public TaakveldLevel level() {
    return code.level();
  }

  private static void checkParent(TaakveldCode code, Optional<TaakveldCode> parent) {
    if (code.isHoofdtaakveld()) {
      if (parent.isPresent()) {
        throw new SociaalDomeinException(
            "Hoofdtaakveld " + code + " cannot have a parent, but was given " + parent.get());
      }
      return;
    }
    TaakveldCode p = parent.orElseThrow(() -> new SociaalDomeinException(
        "Taakveld " + code + " needs a parent; expected " + code.impliedParent().orElseThrow()));
    boolean allowed = p.equals(code.hoofdtaakveld()) || p.equals(code.impliedParent().orElseThrow());
    if (!allowed) {
      throw new SociaalDomeinException("Taakveld " + code + " cannot have parent " + p + "; expected "
          + (code.level() == TaakveldLevel.SUBTAAKVELD
              ? code.impliedParent().orElseThrow() + " or " + code.hoofdtaakveld()
              : code.hoofdtaakveld()));
    }
  }

  /** The code and the name, {@code "6.71a Huishoudelijke hulp (WMO)"}, as documents print them. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}
