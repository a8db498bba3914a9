// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TaakveldProperties {

  /** Code texts of every shape, canonical or not (no dot, upper-case letter). */
  static Gen<String> codeTexts() {
    Gen<String> hoofd = integers().between(0, 9).zip(arbitrary().pick("", "."), (d, dot) -> d + dot);
    Gen<String> taakveld = integers().between(0, 9).zip(integers().between(0, 99), arbitrary().pick(true, false),
        (d, n, pad) -> d + "." + (pad && n < 10 ? "0" + n : String.valueOf(n)));
    Gen<String> lettered = taakveld.zip(integers().between('a', 'z'), arbitrary().pick(true, false),
        (t, letter, upper) -> t + (upper ? Character.toUpperCase((char) (int) letter) : (char) (int) letter));
    Gen<String> threeDigits = integers().between(0, 9).zip(integers().between(0, 999),
        (d, n) -> d + "." + String.format("%03d", n));
    return hoofd.mix(taakveld, 50).mix(lettered, 30).mix(threeDigits, 30);
  }

  @Test
  void aCodeReadsBackFromItsText() {
    qt().forAll(codeTexts()).checkAssert(text -> {
      TaakveldCode c = TaakveldCode.parse(text);
      assertEquals(c, TaakveldCode.parse(c.toString()));
      assertEquals(c.toString(), TaakveldCode.parse(c.toString()).toString());
      assertEquals(c.level(), TaakveldCode.parse(c.toString()).level());
    });
  }

  @Test
  void twoCodesAreEqualExactlyWhenTheirCanonicalTextsAre() {
    qt().forAll(codeTexts(), codeTexts()).checkAssert((a, b) -> {
      String canonicalA = canonical(a);
      String canonicalB = canonical(b);
      assertEquals(canonicalA.equals(canonicalB), TaakveldCode.parse(a).equals(TaakveldCode.parse(b)), a + " " + b);
    });
  }

  private static String canonical(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.length() == 1 ? lower + "." : lower;
  }

  @Test
  void theImpliedParentIsOneLevelUpAndAPrefix() {
    qt().forAll(codeTexts()).checkAssert(text -> {
      TaakveldCode c = TaakveldCode.parse(text);
      c.impliedParent().ifPresent(p -> {
        assertEquals(c.level().ordinal() - 1, p.level().ordinal(), text);
        assertEquals(true, c.toString().startsWith(p.toString()), text);
        assertEquals(c.hoofdtaakveld(), p.hoofdtaakveld(), text);
      });
    });
  }

  /** Every official entry of every shipped year, as (year, entry). */
  private static Gen<Object[]> officialEntries() {
    List<Object[]> all = new ArrayList<>();
    for (int year : TaakveldCatalogue.availableYears()) {
      for (Taakveld t : TaakveldCatalogue.forYear(year).all()) {
        all.add(new Object[] {year, t});
      }
    }
    return arbitrary().pick(all);
  }

  /**
   * The name as a careless document might print it: letters in random case, diacritics dropped or
   * not, brackets and slashes as spaces, runs of spaces, spaces around.
   */
  private static String misspell(String name, long seed) {
    Random r = new Random(seed);
    String s = r.nextBoolean() ? Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "") : name;
    StringBuilder b = new StringBuilder();
    b.append(" ".repeat(r.nextInt(3)));
    for (char c : s.toCharArray()) {
      if (c == '(' || c == ')' || c == '/' || c == ',') {
        b.append(r.nextBoolean() ? " " : String.valueOf(c));
      } else if (c == ' ') {
        b.append(" ".repeat(1 + r.nextInt(3)));
      } else {
        b.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
      }
    }
    b.append(" ".repeat(r.nextInt(3)));
    return b.toString();
  }

  @Test
  void everyOfficialNameIsFoundHoweverItIsSpelled() {
    qt().forAll(officialEntries(), longs().all()).checkAssert((entry, seed) -> {
      TaakveldCatalogue c = TaakveldCatalogue.forYear((Integer) entry[0]);
      Taakveld t = (Taakveld) entry[1];
      String text = misspell(t.name(), seed);
      assertEquals(t, c.byName(text), "\"" + text + "\" in " + c.label());
      assertEquals(t, c.byName(t.code() + " " + text), "\"" + text + "\" in " + c.label());
    });
  }
}
