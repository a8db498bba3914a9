// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  private static final String NL = System.lineSeparator();

  @Test
  void standardLayoutIsFirstColumnLeftOthersRightTwoSpacesApartWithoutTrailingSpaces() {
    String text = TextTable.standard().format(List.of(
        List.of("x € 1.000", "Begroting", "Rekening"),
        List.of("Wmo"),
        List.of("  Lasten", "13.219", ""),
        List.of("  Baten", "-6", "-12")));
    assertEquals(
        "x € 1.000  Begroting  Rekening" + NL
            + "Wmo" + NL
            + "  Lasten      13.219" + NL
            + "  Baten           -6       -12" + NL,
        text);
  }

  @Test
  void columnsCanBeAlignedAndGivenAMinimumWidthIndentAndGap() {
    TextTable table = TextTable.of(TextTable.Column.left(6), TextTable.Column.right(5), TextTable.Column.left(0))
        .withIndent(2).withGap(1);
    assertEquals(List.of("  jaar       n a", "  2018   1.751 bb"),
        table.lines(List.of(List.of("jaar", "n", "a"), List.of("2018", "1.751", "bb"))));
    // A cell wider than its minimum widens the whole column.
    assertEquals(List.of("  1234567 n", "  x       1"),
        TextTable.of(TextTable.Column.left(3), TextTable.Column.left(0)).withIndent(2).withGap(1)
            .lines(List.of(List.of("1234567", "n"), List.of("x", "1"))));
  }

  @Test
  void refusesRowsWiderThanTheColumnsAndNullCells() {
    TextTable table = TextTable.of(TextTable.Column.left(0));
    assertThrows(IllegalArgumentException.class, () -> table.lines(List.of(List.of("a", "b"))));
    assertThrows(NullPointerException.class,
        () -> TextTable.standard().lines(List.of(java.util.Arrays.asList("a", null))));
  }

  @org.junit.jupiter.api.Test
  void aMarkdownTableAlignsAsConfiguredAndEscapesPipes() {
    String md = TextTable.standard().markdown(java.util.List.of(
        java.util.List.of("Product", "Afwijking"),
        java.util.List.of("Samenkracht | burgerparticipatie", "3.404 V"),
        java.util.List.of("Begeleide participatie")));
    org.junit.jupiter.api.Assertions.assertEquals("""
        | Product | Afwijking |
        |---|---:|
        | Samenkracht \\| burgerparticipatie | 3.404 V |
        | Begeleide participatie |  |
        """, md);
  }
}
