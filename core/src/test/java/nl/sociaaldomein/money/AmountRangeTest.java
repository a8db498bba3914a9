// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.sociaaldomein.SociaalDomeinException;
import org.junit.jupiter.api.Test;

/** The interval arithmetic of p.m. items and ranges on savings lists. */
class AmountRangeTest {

  private static Amount euros(long euros) {
    return Amount.ofEuros(euros);
  }

  @Test
  void theEndsSayWhetherARangeIsExactOrBounded() {
    AmountRange exact = AmountRange.exactly(euros(5));
    assertTrue(exact.isExact());
    assertTrue(exact.isBounded());
    AmountRange between = AmountRange.between(euros(20_000), euros(35_000));
    assertFalse(between.isExact());
    assertTrue(between.isBounded());
    assertFalse(AmountRange.atLeast(euros(1)).isExact());
    assertFalse(AmountRange.atLeast(euros(1)).isBounded());
    assertFalse(AmountRange.atMost(euros(1)).isExact());
    assertFalse(AmountRange.atMost(euros(1)).isBounded());
    assertFalse(AmountRange.proMemorie().isBounded());
    assertEquals("[?, 1.00]", AmountRange.atMost(euros(1)).toString());
  }

  @Test
  void containsIncludesBothEndsAndOnlyThem() {
    AmountRange between = AmountRange.between(euros(10), euros(20));
    assertTrue(between.contains(euros(10)));
    assertTrue(between.contains(euros(20)));
    assertTrue(between.contains(euros(15)));
    assertFalse(between.contains(Amount.ofCents(999)));
    assertFalse(between.contains(Amount.ofCents(2_001)));
    assertTrue(AmountRange.atLeast(euros(10)).contains(euros(1_000_000)));
    assertFalse(AmountRange.atLeast(euros(10)).contains(euros(9)));
    assertTrue(AmountRange.atMost(euros(10)).contains(euros(-1_000_000)));
    assertFalse(AmountRange.atMost(euros(10)).contains(euros(11)));
    assertTrue(AmountRange.proMemorie().contains(euros(7)));
  }

  @Test
  void theSumIsUnknownAtAnEndWhereAnyItemIsAndPmWhereAnyItemIs() {
    assertEquals(AmountRange.exactly(Amount.ZERO), AmountRange.sum(List.of()));
    assertEquals(AmountRange.between(euros(25), euros(40)),
        AmountRange.sum(List.of(AmountRange.between(euros(20), euros(35)), AmountRange.exactly(euros(5)))));
    assertEquals("[25.00, ?]", AmountRange.between(euros(20), euros(35)).plus(AmountRange.atLeast(euros(5))).toString());
    assertEquals("[?, 40.00]", AmountRange.between(euros(20), euros(35)).plus(AmountRange.atMost(euros(5))).toString());
    assertEquals("[?, ?]", AmountRange.atLeast(euros(20)).plus(AmountRange.atMost(euros(5))).toString());
    assertEquals("p.m. [21.00, 36.00]", AmountRange.between(euros(20), euros(35)).plus(AmountRange.proMemorie(euros(1), euros(1))).toString());
    assertEquals("p.m. [?, ?]", AmountRange.exactly(euros(1)).plus(AmountRange.proMemorie()).toString());
    assertEquals("p.m. [21.00, 36.00]", AmountRange.proMemorie(euros(20), euros(35)).plus(euros(1)).toString());
  }

  @Test
  void negationSwapsTheEndsAndMinusAddsTheNegation() {
    assertEquals("[-35.00, -20.00]", AmountRange.between(euros(20), euros(35)).negated().toString());
    assertEquals("[?, -20.00]", AmountRange.atLeast(euros(20)).negated().toString());
    assertEquals("[-20.00, ?]", AmountRange.atMost(euros(20)).negated().toString());
    assertEquals("p.m. [?, ?]", AmountRange.proMemorie().negated().toString());
    assertEquals("[-15.00, 5.00]", AmountRange.between(euros(20), euros(35)).minus(AmountRange.between(euros(30), euros(35))).toString());
  }

  @Test
  void thePmMarkComesAndGoesWithoutChangingTheEnds() {
    AmountRange plain = AmountRange.between(euros(1), euros(2));
    assertSame(plain, plain.withProMemorie(false));
    assertEquals("p.m. [1.00, 2.00]", plain.withProMemorie(true).toString());
    assertEquals(plain, plain.withProMemorie(true).withProMemorie(false));
    assertFalse(AmountRange.proMemorie().withProMemorie(false).isBounded());
    assertFalse(AmountRange.proMemorie().withProMemorie(false).isProMemorie());
  }

  @Test
  void equalityIsByEndsAndMark() {
    AmountRange a = AmountRange.between(euros(1), euros(2));
    assertEquals(a, AmountRange.parse("[1.00, 2.00]"));
    assertEquals(a.hashCode(), AmountRange.parse("[1.00, 2.00]").hashCode());
    assertNotEquals(a, AmountRange.between(euros(1), euros(3)));
    assertNotEquals(a, AmountRange.between(euros(0), euros(2)));
    assertNotEquals(a, a.withProMemorie(true));
    assertNotEquals(a.hashCode(), a.withProMemorie(true).hashCode());
    assertNotEquals(a, "[1.00, 2.00]");
    assertEquals(AmountRange.proMemorie(), AmountRange.parse("p.m. [?, ?]"));
  }

  @Test
  void theLowEndMayNotLieAboveTheHighEnd() {
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> AmountRange.between(euros(2), euros(1)));
    assertTrue(e.getMessage().contains("The low end"), e.getMessage());
  }
}
