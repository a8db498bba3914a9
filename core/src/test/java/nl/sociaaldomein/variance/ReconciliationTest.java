// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import static nl.sociaaldomein.variance.Seed000Analysis.k;
import static nl.sociaaldomein.variance.Seed000Analysis.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import org.junit.jupiter.api.Test;

/** Each finding in words, the rule for rows explained by the rows within them, and what is refused. */
class ReconciliationTest {

  private static final Place.Line ARBEID_LASTEN = new Place.Line("Arbeidsparticipatie", LineKind.EXPENSES, "Lasten");
  private static final Place ARBEID = new Place.GroupResult("Arbeidsparticipatie");

  private static Reconciliation seed000(List<Explanation> explanations, ReconciliationRules rules) {
    return Reconciliation.of(Comparison.of(Seed000Analysis.statement()), Explanations.of(explanations), rules);
  }

  private static PrintedFigure euros(long euros) {
    return PrintedFigure.of(euros, EuroUnit.EUROS);
  }

  @Test
  void anItemStatedOneWayWithAnAmountTheOtherIsNamed() {
    // Arbeidsparticipatie's lasten, 377 V: "re-integratietrajecten € 106.000 nadelig" entered positive.
    Explanation wrong = Explanation.item("Re-integratietrajecten", k(106), ARBEID_LASTEN)
        .withStatedDirection(Direction.UNFAVOURABLE);
    Explanation right = Explanation.item("Leer Werk Centrum", k(143), ARBEID_LASTEN)
        .withStatedDirection(Direction.FAVOURABLE);
    Explanation rest = Explanation.residual("overige", k(128), ARBEID_LASTEN);
    assertEquals(List.of(new Finding(Finding.Kind.DIRECTION_CONTRADICTS_SIGN, ARBEID_LASTEN,
            Optional.of("Re-integratietrajecten"), Estimate.of(BigDecimal.valueOf(106_000), BigDecimal.valueOf(500)),
            Optional.empty(), "\"Re-integratietrajecten\" is stated unfavourable (N) but its amount € 106.000 V is favourable")),
        seed000(List.of(wrong, right, rest), ReconciliationRules.none()).findings());
  }

  @Test
  void subItemsThatDoNotAddUpAreNamedWithTheirBound() {
    // 100 + 50 = 150, not 143: seven thousand apart, where three printed figures allow 1.500.
    Explanation item = Explanation.item("Leer Werk Centrum", k(143), ARBEID_LASTEN).withParts(List.of(
        Explanation.item("begeleiding", k(100), ARBEID_LASTEN), Explanation.item("materiaal", k(50), ARBEID_LASTEN)));
    assertEquals(List.of(new Finding(Finding.Kind.PARTS_DO_NOT_ADD_UP, ARBEID_LASTEN, Optional.of("Leer Werk Centrum"),
            Estimate.of(BigDecimal.valueOf(-7_000), BigDecimal.valueOf(1_500)), Optional.empty(),
            "the sub-items of \"Leer Werk Centrum\" add up to € 150.000 V, not its € 143.000 V: € 7.000 apart,"
                + " beyond the rounding bound of € 1.500")),
        seed000(List.of(item), ReconciliationRules.none()).findings());
  }

  @Test
  void whatTheItemsLeaveWithoutAResidualIsAGapWhenAboveTheLimit() {
    // Lasten 377 V explained by 143 alone: 234 left, ± 1.000 (the printed variance and the item).
    Reconciliation r = seed000(List.of(Explanation.item("Leer Werk Centrum", k(143), ARBEID_LASTEN)),
        ReconciliationRules.none().withResidualLimit(Amount.ofEuros(50_000)));
    Estimate left = Estimate.of(BigDecimal.valueOf(234_000), BigDecimal.valueOf(1_000));
    assertEquals(List.of(new Finding(Finding.Kind.UNEXPLAINED_GAP, ARBEID_LASTEN, Optional.empty(), left,
        Optional.of(new BigDecimal("62.1")), "the items explain € 143.000 V of the variance € 377.000 V and no residual"
            + " is given: € 234.000 V (62,1% of the variance) is unexplained, more than the limit of € 50.000")), r.findings());
    assertEquals(left, r.row(ARBEID_LASTEN).orElseThrow().residual());
  }

  @Test
  void aResidualIsAboveTheLimitOnlyWhenEvenItsSmallestValueIs() {
    ReconciliationRules limit = ReconciliationRules.none().withResidualLimit(Amount.ofEuros(50_000));
    Explanation item = Explanation.item("Leer Werk Centrum", k(327), ARBEID_LASTEN);
    // 50 thousand stands for 49.500 to 50.500: not certainly above 50.000. 51 is.
    assertEquals(List.of(), seed000(List.of(item, Explanation.residual("rest", k(50), ARBEID_LASTEN)), limit).findings());
    assertEquals(List.of(Finding.Kind.RESIDUAL_ABOVE_LIMIT), seed000(List.of(item.withTarget(ARBEID),
        Explanation.residual("rest", k(51), ARBEID)), limit).findings().stream().map(Finding::kind).toList());
  }

  @Test
  void aGapAgainstAVarianceOfNilHasNoShare() {
    // Arbeidsparticipatie's baten: -15 budgeted and realised, a printed variance of 0 (± 500).
    Place baten = new Place.Line("Arbeidsparticipatie", LineKind.INCOME, "Baten");
    Reconciliation r = seed000(List.of(Explanation.item("eigen bijdragen", euros(5_000), baten),
        Explanation.residual("overige", euros(0), baten)), ReconciliationRules.none());
    assertEquals(List.of(new Finding(Finding.Kind.UNEXPLAINED_GAP, baten, Optional.empty(),
        Estimate.of(BigDecimal.valueOf(-5_000), BigDecimal.valueOf(501)), Optional.empty(),
        "the items (€ 5.000 V) and the given residual \"overige\" (€ 0) explain € 5.000 V of the variance € 0:"
            + " € 5.000 N is unexplained, beyond the rounding bound of € 501")), r.findings());
  }

  @Test
  void aRequiredRowWithOnlyAResidualIsMissingItsExplanation() {
    Reconciliation r = seed000(List.of(Explanation.residual(Seed000Analysis.RESIDUAL, k(-81), product(13))),
        ReconciliationRules.none().withRequired(Map.of(product(13), "above 50.000 euros")));
    assertEquals(List.of(Finding.Kind.MISSING_EXPLANATION), r.findings().stream().map(Finding::kind).toList());
    assertEquals(ReconciliationRow.Basis.DIRECT, r.row(product(13)).orElseThrow().basis());
  }

  @Test
  void aRequiredGroupIsExplainedByItemsOnItsLines() {
    Place group = new Place.GroupAfterReserves("Arbeidsparticipatie");
    Reconciliation r = seed000(List.of(Explanation.item("Re-integratietrajecten", k(106), ARBEID_LASTEN),
            Explanation.item("Leer Werk Centrum", k(143), ARBEID_LASTEN), Explanation.residual("rest", k(128), ARBEID_LASTEN)),
        ReconciliationRules.none().withRequired(Map.of(group, "above 50.000 euros")));
    assertEquals(List.of(), r.findings());
    ReconciliationRow row = r.row(group).orElseThrow();
    assertEquals(ReconciliationRow.Basis.WITHIN, row.basis());
    // 106 + 143, two figures in thousands.
    assertEquals(Estimate.of(BigDecimal.valueOf(249_000), BigDecimal.valueOf(1_000)), row.itemSum());
    assertEquals(List.of(ARBEID_LASTEN, group, new Place.ResultAfterReserves()),
        r.rows().stream().map(ReconciliationRow::target).toList());
  }

  @Test
  void aRowWithinAnExplainedRowDoesNotCountTwiceForTheProgramme() {
    // The document explains product 14 as a whole and, in more detail, its lasten line.
    Explanation whole = Explanation.item("Arbeidsparticipatie", k(377), product(14));
    Explanation detail = Explanation.item("Leer Werk Centrum", k(143), ARBEID_LASTEN);
    ReconciliationRow programme = seed000(List.of(detail, whole), ReconciliationRules.none())
        .row(new Place.ResultAfterReserves()).orElseThrow();
    assertEquals(List.of(whole), programme.items());
  }

  @Test
  void ofTwoRowsOverTheSameLinesTheFirstCounts() {
    // Product 14 has no reserve movements: its result before and after them cover the same lines.
    Explanation before = Explanation.item("voor bestemming", k(377), ARBEID);
    Explanation after = Explanation.item("na bestemming", k(377), product(14));
    assertEquals(List.of(after), seed000(List.of(after, before), ReconciliationRules.none())
        .row(new Place.ResultAfterReserves()).orElseThrow().items());
    // And of two that share only some lines, the first too: the total lasten, then a group.
    Explanation lasten = Explanation.item("alle lasten", k(-2_000), new Place.KindTotal(LineKind.EXPENSES));
    assertEquals(List.of(lasten), seed000(List.of(lasten, before), ReconciliationRules.none())
        .row(new Place.ResultAfterReserves()).orElseThrow().items());
  }

  @Test
  void findingsOfARowComeInTheirOrder() {
    // A required row, with a gap, a residual above the limit, parts that do not add up and a contradicted direction.
    Explanation item = Explanation.item("Leer Werk Centrum", k(143), ARBEID_LASTEN)
        .withStatedDirection(Direction.UNFAVOURABLE)
        .withParts(List.of(Explanation.item("begeleiding", k(100), ARBEID_LASTEN)));
    Reconciliation r = seed000(List.of(item, Explanation.residual("rest", k(60), ARBEID_LASTEN)),
        new ReconciliationRules(Map.of(ARBEID_LASTEN, "above 50.000 euros"), Optional.of(Amount.ofEuros(50_000))));
    assertEquals(List.of(Finding.Kind.UNEXPLAINED_GAP, Finding.Kind.RESIDUAL_ABOVE_LIMIT,
            Finding.Kind.PARTS_DO_NOT_ADD_UP, Finding.Kind.DIRECTION_CONTRADICTS_SIGN),
        r.findings().stream().map(Finding::kind).toList());
    assertEquals(r.findings(), r.findings(ARBEID_LASTEN));
  }

  @Test
  void aSubItemCountsWithItsItemInTheClassTotals() {
    Explanation item = Explanation.item("Leer Werk Centrum", k(143), ARBEID_LASTEN).withClass(VarianceClass.INCIDENTAL)
        .withParts(List.of(Explanation.item("begeleiding", k(143), ARBEID_LASTEN).withClass(VarianceClass.STRUCTURAL)));
    ClassTotals totals = seed000(List.of(item), ReconciliationRules.none())
        .classTotals(new Place.GroupAfterReserves("Arbeidsparticipatie")).orElseThrow();
    assertEquals(k(143).toEstimate(), totals.incidental());
    assertEquals(Estimate.ZERO, totals.structural());
  }

  @Test
  void anExplanationOfARowTheStatementDoesNotHaveIsRefused() {
    Place nowhere = new Place.GroupAfterReserves("Wonen");
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> seed000(List.of(Explanation.item("Huurtoeslag", k(1), nowhere)), ReconciliationRules.none()));
    assertEquals("explanation \"Huurtoeslag\": explains group \"Wonen\", saldo na mutaties reserves, a row no line of"
        + " statement \"Programma 3 Sociaal domein\" counts toward: name a line, a group or a total it has", e.getMessage());
    assertThrows(SociaalDomeinException.class,
        () -> seed000(List.of(), ReconciliationRules.none().withRequired(Map.of(nowhere, "above 50.000 euros"))));
  }

  @Test
  void rulesRefuseANegativeLimitAndARequirementWithoutReason() {
    assertThrows(SociaalDomeinException.class, () -> ReconciliationRules.none().withResidualLimit(Amount.ofEuros(-1)));
    assertThrows(SociaalDomeinException.class, () -> ReconciliationRules.none().withRequired(Map.of(ARBEID, " ")));
    assertEquals(Optional.of(Amount.ZERO), ReconciliationRules.none().withResidualLimit(Amount.ZERO).residualLimit());
  }

  @Test
  void twoResidualsForOneRowAreRefusedNamingBoth() {
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> Explanations.of(List.of(
        Explanation.residual("Diverse kleine afwijkingen", k(47), product(10)),
        Explanation.item("Mantelzorg", k(48), product(10)),
        Explanation.residual("overige verschillen", k(3), product(10)))));
    assertTrue(e.getMessage().contains("\"overige verschillen\"") && e.getMessage().contains("\"Diverse kleine afwijkingen\""),
        e.getMessage());
    // One residual per row: two rows may each have theirs.
    assertEquals(2, Explanations.of(List.of(Explanation.residual("rest", k(47), product(10)),
        Explanation.residual("rest", k(-12), product(11)))).targets().size());
  }

  @Test
  void aSubItemExplainsWhatItsItemExplains() {
    Explanation part = Explanation.item("Huishoudelijke hulp", k(186), product(15));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> new Explanation("Wmo", k(186),
        Optional.empty(), VarianceClass.NONE, product(16), Explanation.Kind.ITEM, List.of(part)));
    assertTrue(e.getMessage().contains("\"Huishoudelijke hulp\"") && e.getMessage().contains("Maatwerkvoorzieningen")
        && e.getMessage().contains("Maatwerkdienstverlening 18+"), e.getMessage());
    // withParts retargets instead, at every depth.
    Explanation nested = Explanation.item("Wmo", k(186), product(16)).withParts(List.of(
        Explanation.item("zorg", k(186), product(15)).withParts(List.of(part))));
    assertEquals(product(16), nested.parts().get(0).parts().get(0).target());
  }

  @Test
  void aResidualCarriesNoClass() {
    Explanation residual = Explanation.residual("Diverse kleine afwijkingen < 50.000", k(47), product(10));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> residual.withClass(VarianceClass.STRUCTURAL));
    assertTrue(e.getMessage().contains("a residual carries no class (S)"), e.getMessage());
    assertEquals(residual, residual.withClass(VarianceClass.NONE));
  }

  @Test
  void aResidualNeitherHasNorIsASubItem() {
    Explanation residual = Explanation.residual("rest", k(5), product(20));
    assertThrows(SociaalDomeinException.class, () -> new Explanation("rest", k(5), Optional.empty(), VarianceClass.NONE,
        product(20), Explanation.Kind.RESIDUAL, List.of(Explanation.item("x", k(5), product(20)))));
    assertThrows(SociaalDomeinException.class, () -> Explanation.item("Personeelslasten", k(24), product(20))
        .withParts(List.of(residual)));
    assertThrows(SociaalDomeinException.class, () -> Explanation.item(" ", k(24), product(20)));
  }

  @Test
  void findingsAndRowsAreCheckedWhenBuilt() {
    Estimate amount = k(1).toEstimate();
    assertThrows(SociaalDomeinException.class, () -> new Finding(Finding.Kind.MISSING_EXPLANATION, ARBEID,
        Optional.empty(), amount, Optional.of(BigDecimal.ONE), "why"));
    assertThrows(SociaalDomeinException.class, () -> new Finding(Finding.Kind.MISSING_EXPLANATION, ARBEID,
        Optional.empty(), amount, Optional.empty(), ""));
    Explanation residual = Explanation.residual("rest", k(1), ARBEID);
    assertThrows(SociaalDomeinException.class, () -> new ReconciliationRow(ARBEID, ReconciliationRow.Basis.WITHIN,
        amount, List.of(), Optional.of(residual)));
    assertThrows(SociaalDomeinException.class, () -> new ReconciliationRow(ARBEID, ReconciliationRow.Basis.DIRECT,
        amount, List.of(residual), Optional.empty()));
    assertThrows(SociaalDomeinException.class, () -> new ReconciliationRow(ARBEID, ReconciliationRow.Basis.NONE,
        amount, List.of(Explanation.item("x", k(1), ARBEID)), Optional.empty()));
  }
}
