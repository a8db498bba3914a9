// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.iv3.Iv3Code;
import nl.sociaaldomein.iv3.Iv3CodeList;

/**
 * One indicator as a table names it: {@code Banen}, {@code Netto arbeidsparticipatie},
 * {@code Aantal uitkeringsgerechtigden* (participatiewet)}; the unit where the table prints one;
 * and the code of the Iv3 beleidsindicatoren list of the year where the name is on it
 * ({@code Formatie} is {@code bi.1} in 2020-2026).
 *
 * @param name the name as printed, footnote markers in it kept
 * @param unit the unit as printed, if the table prints a unit column
 * @param iv3Code the Iv3 code, such as {@code bi.1}
 */
public record Indicator(String name, Optional<IndicatorUnit> unit, Optional<String> iv3Code) {

  /** The key of the beleidsindicatoren list in CBS's yearly definitions. */
  public static final String IV3_LIST = "beleidsindicatoren";

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Indicator {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(iv3Code, "iv3Code");
    if (name.isBlank() || !name.equals(name.strip()) || name.contains("\n") || name.contains("\r")) {
      throw new SociaalDomeinException("indicator", Optional.of(name),
          "a name is one line of text without surrounding spaces");
    }
    if (iv3Code.isPresent() && (iv3Code.get().isBlank() || !iv3Code.get().equals(iv3Code.get().strip()))) {
      throw new SociaalDomeinException("indicator " + SociaalDomeinException.quote(name), iv3Code,
          "an Iv3 code is text without surrounding spaces, such as bi.1");
    }
  }

  /** An indicator of that name, with no unit printed and no Iv3 code. */
  public static Indicator of(String name) {
    return new Indicator(name, Optional.empty(), Optional.empty());
  }

  /** An indicator of that name with the unit {@code unit}, read as printed. */
  public static Indicator of(String name, String unit) {
    return new Indicator(name, Optional.of(IndicatorUnit.parse(unit)), Optional.empty());
  }

  /** This indicator with {@code unit}, or with none printed. */
  public Indicator withUnit(Optional<IndicatorUnit> unit) {
    return new Indicator(name, unit, iv3Code);
  }

  /** This indicator with the Iv3 code {@code iv3Code} ({@code bi.1}), or with none. */
  public Indicator withIv3Code(Optional<String> iv3Code) {
    return new Indicator(name, unit, iv3Code);
  }

  /**
   * This indicator with the code of {@code beleidsindicatoren} whose description names it:
   * the description's name is its text before the unit in parentheses ({@code Formatie} of
   * {@code Formatie (Fte per 1.000 inwoners)}), compared with this name case and surrounding
   * spaces ignored; without a code when none names it. Throws when {@code beleidsindicatoren} is
   * another list.
   */
  public Indicator matchedTo(Iv3CodeList beleidsindicatoren) {
    return withIv3Code(codeIn(requireList(beleidsindicatoren)).map(Iv3Code::code));
  }

  private Optional<Iv3Code> codeIn(Iv3CodeList list) {
    String key = name.toLowerCase(Locale.ROOT);
    return list.codes().stream()
        .filter(c -> nameOf(c).toLowerCase(Locale.ROOT).equals(key)
            || c.omschrijving().strip().toLowerCase(Locale.ROOT).equals(key))
        .findFirst();
  }

  static Iv3CodeList requireList(Iv3CodeList list) {
    Objects.requireNonNull(list, "beleidsindicatoren");
    if (!list.name().equals(IV3_LIST)) {
      throw new SociaalDomeinException("code list", Optional.of(list.name()),
          "indicators are matched to the list " + IV3_LIST);
    }
    return list;
  }

  /** The name in a description {@code Formatie (Fte per 1.000 inwoners)}: {@code Formatie}. */
  static String nameOf(Iv3Code code) {
    String text = code.omschrijving().strip();
    int open = text.indexOf(" (");
    return open > 0 && text.endsWith(")") ? text.substring(0, open).strip() : text;
  }

  /** The unit in a description {@code Formatie (Fte per 1.000 inwoners)}, if it has one. */
  static Optional<IndicatorUnit> unitOf(Iv3Code code) {
    String text = code.omschrijving().strip();
    int open = text.indexOf(" (");
    return open > 0 && text.endsWith(")") && text.length() - 1 > open + 2
        ? Optional.of(IndicatorUnit.parse(text.substring(open + 2, text.length() - 1)))
        : Optional.empty();
  }
}
