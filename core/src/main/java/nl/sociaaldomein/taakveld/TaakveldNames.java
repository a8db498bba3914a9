// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The keys under which names are compared, so that the spellings documents use for one taakveld
 * meet. Two rules, applied in order by {@link TaakveldCatalogue#byName}:
 *
 * <ol>
 *   <li>{@link #key}: equal keys are the same name. The key is the name in lower case, without
 *       diacritics ({@code ë} is {@code e}), with {@code &} read as {@code en}, {@code 18+} and
 *       {@code 18-} read as {@code 18 plus} and {@code 18 min} (they tell 6.71 from 6.72), every
 *       other punctuation mark and bracket read as a space, spaces collapsed, and the words of
 *       {@link #WORD_VARIANTS} replaced.
 *   <li>{@link #withoutQualifier}: a name that ends in a scope word ({@code WMO}, {@code Jeugd},
 *       {@code Integraal}) is also known without it, because documents drop it ("Huishoudelijke
 *       hulp" for "Huishoudelijke hulp (WMO)"). Only the official name loses the word, never the
 *       query, and a query that so meets two names (2025: "PGB" for "PGB WMO" and "PGB Jeugd") is
 *       ambiguous, not resolved.
 * </ol>
 *
 * <p>There is no edit distance or prefix matching: every accepted variant is one of these rules,
 * so a lookup never lands on a wrong taakveld that merely looks alike.
 */
final class TaakveldNames {

  /**
   * Words that documents write differently for the same taakveld, each with the form it is read
   * as. Only variants seen in real documents: the official 6.6 name went from "Maatwerkvoorziening
   * (WMO)" to "Maatwerkvoorzieningen (WMO)" in 2023, and documents of either period use both
   * (Meppel 2022 prints "Maatwerkvoorziening Wmo" and "Maatwerkvoorzieningen").
   */
  static final Map<String, String> WORD_VARIANTS = Map.of("maatwerkvoorzieningen", "maatwerkvoorziening");

  /** Scope words that documents drop from the end of an official name. */
  static final Set<String> QUALIFIERS = Set.of("wmo", "jeugd", "integraal");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PLUS = Pattern.compile("(\\d)\\s*\\+");
  private static final Pattern MINUS = Pattern.compile("(\\d)\\s*[-\u2010-\u2015\u2212](?!\\s*\\d)");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private TaakveldNames() {}

  /** The comparison key of {@code name}; empty when the name has no letter or digit. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    s = s.replace("&", " en ");
    s = PLUS.matcher(s).replaceAll("$1 plus ");
    s = MINUS.matcher(s).replaceAll("$1 min ");
    s = NOT_ALPHANUMERIC.matcher(s).replaceAll(" ").strip();
    if (s.isEmpty()) {
      return s;
    }
    return Arrays.stream(s.split(" "))
        .map(w -> WORD_VARIANTS.getOrDefault(w, w))
        .collect(Collectors.joining(" "));
  }

  /**
   * The key of a name without its last word, when that word is one of {@link #QUALIFIERS} and
   * something is left: {@code "huishoudelijke hulp"} for the key of "Huishoudelijke hulp (WMO)".
   */
  static Optional<String> withoutQualifier(String key) {
    int space = key.lastIndexOf(' ');
    if (space < 0 || !QUALIFIERS.contains(key.substring(space + 1))) {
      return Optional.empty();
    }
    return Optional.of(key.substring(0, space));
  }
}
