// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import static nl.sociaaldomein.variance.Seed000Analysis.RESIDUAL;
import static nl.sociaaldomein.variance.Seed000Analysis.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 000's "Analyse" per product, reconciled to its statement: the acceptance of issue 9, section 6. */
class ReconciliationSeed000Test {

  private static final Amount LIMIT = Amount.ofEuros(50_000);

  /** Thousands with a bound in thousands, as euros. */
  private static Estimate k(long nominal, long halfWidthInUnits) {
    return Estimate.of(BigDecimal.valueOf(nominal * 1000), BigDecimal.valueOf(halfWidthInUnits * 500));
  }

  /** Every product whose variance after reserve movements exceeds 50.000 (all but Volksgezondheid, 28). */
  private static Map<Place, String> requiredAbove50000() {
    Map<Place, String> required = new LinkedHashMap<>();
    for (int p = 10; p <= 19; p++) {
      required.put(product(p), "variance above 50.000 euros");
    }
    return required;
  }

  private static Reconciliation reconciled() {
    return Reconciliation.of(Comparison.of(Seed000Analysis.statement()), Seed000Analysis.explanations(),
        ReconciliationRules.none().withRequired(requiredAbove50000()).withResidualLimit(LIMIT));
  }

  /**
   * Per product: the variance after reserve movements and how many printed figures bound it
   * (two where the group prints a result and a reserve total; one where it has no reserve
   * movements, so its printed result is its result after them), the items, the residual, the gap and its bound in half units (the variance's,
   * one per item, one for the residual). Product 10: 48 + 90 + 59 + 3.061 + 99 + 47 = 3.404 =
   * 3.390 + 14; products 17 and 20 are one unit off, within their bound.
   */
  @ParameterizedTest
  @CsvSource({
      "10, 3404, 2, 3357, 5, 47, 0, 8",
      "11, 250, 2, 262, 2, -12, 0, 5",
      "12, 1072, 2, 1063, 7, 9, 0, 10",
      "13, -81, 1, -15, 1, -66, 0, 3",
      "14, 377, 1, 350, 3, 27, 0, 5",
      "15, 192, 1, 167, 2, 25, 0, 4",
      "16, 571, 2, 537, 6, 34, 0, 9",
      "17, -1749, 2, -1659, 3, -91, 1, 6",
      "18, 782, 1, 778, 1, 4, 0, 3",
      "19, 232, 1, 226, 1, 6, 0, 3",
      "20, 28, 2, 24, 1, 5, -1, 4"})
  void everyProductReconcilesWithinItsBoundAfterReserveMovements(int number, long variance, long varianceFigures,
      long items, long itemCount, long residual, long gap, long boundFigures) {
    ReconciliationRow row = reconciled().row(product(number)).orElseThrow();
    assertEquals(ReconciliationRow.Basis.DIRECT, row.basis());
    assertEquals(k(variance, varianceFigures), row.variance());
    assertEquals(k(items, itemCount), row.itemSum());
    assertEquals(itemCount, row.items().size());
    assertEquals(Optional.of(RESIDUAL), row.givenResidual().map(Explanation::description));
    assertEquals(k(residual, 1), row.residual());
    assertEquals(k(gap, boundFigures), row.gap());
    assertTrue(row.isWithinBound(), row::toString);
  }

  @Test
  void theProgrammeIsExplainedByEveryItemOfEveryProduct() {
    ReconciliationRow programme = reconciled().row(new Place.ResultAfterReserves()).orElseThrow();
    assertEquals(ReconciliationRow.Basis.WITHIN, programme.basis());
    // 5.078 = 4.988 + 90, the two printed totals.
    assertEquals(k(5_078, 2), programme.variance());
    // The 32 named items give 5.090; the eleven residuals, -12, are what they leave: 5.078.
    assertEquals(32, programme.items().size());
    assertEquals(k(5_090, 32), programme.itemSum());
    assertEquals(k(-12, 34), programme.residual());
    assertTrue(programme.isWithinBound());
    assertEquals(Optional.empty(), programme.givenResidual());
  }

  @Test
  void theResidualLimitNamesExactlyTheProductsWhoseResidualExceeds50000() {
    // Residuals 47, -12, 9, -66, 27, 25, 34, -91, 4, 6, 5: products 13 (-66) and 17 (-91) only.
    assertEquals(List.of(
        new Finding(Finding.Kind.RESIDUAL_ABOVE_LIMIT, product(13), Optional.of(RESIDUAL), k(-66, 1), Optional.empty(),
            "the residual \"Diverse kleine afwijkingen < 50.000\" of € 66.000 N exceeds the limit of € 50.000:"
                + " something material went unexplained"),
        new Finding(Finding.Kind.RESIDUAL_ABOVE_LIMIT, product(17), Optional.of(RESIDUAL), k(-91, 1), Optional.empty(),
            "the residual \"Diverse kleine afwijkingen < 50.000\" of € 91.000 N exceeds the limit of € 50.000:"
                + " something material went unexplained")),
        reconciled().findings());
  }

  @Test
  void withoutALimitEveryProductReconciles() {
    Reconciliation r = Reconciliation.of(Comparison.of(Seed000Analysis.statement()), Seed000Analysis.explanations(),
        ReconciliationRules.none().withRequired(requiredAbove50000()));
    assertTrue(r.isReconciled(), r.findings()::toString);
    assertEquals(12, r.rows().size());
  }

  /**
   * The class split, added up by hand from the table (thousands, each item ± 500):
   * I: 48 + 90 + 59 + 3.061 + 306 + 86 + 447 + 106 + 143 + 108 + 90 + 30 + 78 + 778 = 5.430 (14 items);
   * S: -155 + 186 - 1.726 + 136 + 226 = -1.333 (5); S*: 476 - 81 + 183 = 578 (3); I/S: 127 (1);
   * none (personnel): 99 - 44 + 107 - 15 + 101 + 59 + 26 - 69 + 24 = 288 (9). Structural
   * (S, S*, I/S): -1.333 + 578 + 127 = -628 (9 items). All: 5.090.
   */
  @Test
  void theStructuralAndIncidentalSplitOfTheProgramme() {
    ClassTotals programme = reconciled().classTotals(new Place.ResultAfterReserves()).orElseThrow();
    assertEquals(k(5_430, 14), programme.incidental());
    assertEquals(k(-1_333, 5), programme.total(VarianceClass.STRUCTURAL));
    assertEquals(k(578, 3), programme.total(VarianceClass.STRUCTURAL_PROCESSED));
    assertEquals(k(127, 1), programme.total(VarianceClass.INCIDENTAL_AND_STRUCTURAL));
    assertEquals(k(-628, 9), programme.structural());
    assertEquals(k(288, 9), programme.unclassified());
    assertEquals(k(5_090, 32), programme.sum());
  }

  /** Product 12: S* 476 - 81 + 183 = 578, S -155, I 86 + 447 = 533, personnel 107; product 16: I 198, S 186, I/S 127, 26. */
  @Test
  void theSplitPerProduct() {
    Reconciliation r = reconciled();
    assertEquals(Seed000Analysis.PRODUCTS.size() + 1, r.classTotals().size());
    ClassTotals p12 = r.classTotals(product(12)).orElseThrow();
    assertEquals(Map.of(VarianceClass.STRUCTURAL_PROCESSED, k(578, 3), VarianceClass.STRUCTURAL, k(-155, 1),
        VarianceClass.INCIDENTAL, k(533, 2), VarianceClass.NONE, k(107, 1),
        VarianceClass.INCIDENTAL_AND_STRUCTURAL, Estimate.ZERO), p12.byClass());
    ClassTotals p16 = r.classTotals(product(16)).orElseThrow();
    assertEquals(k(198, 3), p16.incidental());
    assertEquals(k(186 + 127, 2), p16.structural());
    assertEquals(k(26, 1), p16.unclassified());
  }

  /**
   * "Within" is by lines: the analysis explains product 10 as a whole, so a rule that requires
   * its lasten line (-5.321) finds no item for that line or a row within it.
   */
  @Test
  void aRequiredLineIsNotExplainedByItsProduct() {
    Place lasten = new Place.Line("Samenkracht en burgerparticipatie", LineKind.EXPENSES, "Lasten");
    Reconciliation r = Reconciliation.of(Comparison.of(Seed000Analysis.statement()), Seed000Analysis.explanations(),
        ReconciliationRules.none().withRequired(Map.of(lasten, "lasten variance above 50.000 euros")));
    assertEquals(List.of(new Finding(Finding.Kind.MISSING_EXPLANATION, lasten, Optional.empty(), k(-5_321, 1),
        Optional.empty(), "the variance € 5.321.000 N needs an explanation (lasten variance above 50.000 euros)"
            + " but no item explains this row or a row within it")), r.findings());
    assertEquals(ReconciliationRow.Basis.NONE, r.row(lasten).orElseThrow().basis());
  }
}
