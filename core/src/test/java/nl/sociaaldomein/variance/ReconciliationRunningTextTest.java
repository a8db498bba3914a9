// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import org.junit.jupiter.api.Test;

/**
 * A synthetic programme explained per line in running text, as in "Lasten (€ 61.000 voordelig):
 * ... € 90.000 lager ... € 17.000 hogere lasten ... overige verschillen € 12.000 nadeel". The
 * statement is in thousands, the text in euros; every explanation adds up but one: Participatie's
 * lasten, 125.000 voordelig, explained by 100.000 + 50.000 - 5.000 = 145.000.
 */
class ReconciliationRunningTextTest {

  private static final String BUDGET = "Begroting na wijziging";
  private static final String ACTUAL = "Rekening";

  private static final Place.Line WMO_LASTEN = new Place.Line("Wmo", LineKind.EXPENSES, "Lasten");
  private static final Place.Line WMO_BATEN = new Place.Line("Wmo", LineKind.INCOME, "Baten");
  private static final Place.Line WMO_RESERVE = new Place.Line("Wmo", LineKind.RESERVE_WITHDRAWAL, "Onttrekking reserve Wmo");
  private static final Place.Line JEUGD_LASTEN = new Place.Line("Jeugd", LineKind.EXPENSES, "Lasten");
  private static final Place.Line JEUGD_BATEN = new Place.Line("Jeugd", LineKind.INCOME, "Baten");
  private static final Place.Line JEUGD_RESERVE = new Place.Line("Jeugd", LineKind.RESERVE_ADDITION, "Storting reserve jeugd");
  private static final Place.Line PARTICIPATIE_LASTEN = new Place.Line("Participatie", LineKind.EXPENSES, "Lasten");
  private static final Place.Line PARTICIPATIE_BATEN = new Place.Line("Participatie", LineKind.INCOME, "Baten");
  private static final Place.Line PARTICIPATIE_RESERVE =
      new Place.Line("Participatie", LineKind.RESERVE_WITHDRAWAL, "Onttrekking reserve re-integratie");

  /** Budget and realisation in thousands, expenses positive; the variance follows from the two. */
  static Statement statement() {
    Statement.Builder b = Statement.builder("Programma Zorg en welzijn", EuroUnit.THOUSANDS, SignConvention.EXPENSES_POSITIVE)
        .column(BUDGET, ColumnRole.AMENDED_BUDGET)
        .column(ACTUAL, ColumnRole.REALISATION)
        .group("Wmo", GroupKind.PRODUCT).group("Jeugd", GroupKind.PRODUCT).group("Participatie", GroupKind.PRODUCT);
    line(b, WMO_LASTEN, 10_500, 10_439);          // 61 V
    line(b, WMO_BATEN, -800, -845);               // 45 V
    line(b, WMO_RESERVE, -200, -150);             // 50 N
    line(b, JEUGD_LASTEN, 12_000, 12_337);        // 337 N
    line(b, JEUGD_BATEN, -100, -160);             // 60 V
    line(b, JEUGD_RESERVE, 0, 100);               // 100 N
    line(b, PARTICIPATIE_LASTEN, 20_000, 19_875); // 125 V
    line(b, PARTICIPATIE_BATEN, -5_000, -5_000);  // nil
    line(b, PARTICIPATIE_RESERVE, -300, -380);    // 80 V
    return b.build();
  }

  private static void line(Statement.Builder b, Place.Line line, long budget, long actual) {
    b.line(line.group(), line.kind(), line.label())
        .cell(line, BUDGET, PrintedFigure.of(budget, EuroUnit.THOUSANDS))
        .cell(line, ACTUAL, PrintedFigure.of(actual, EuroUnit.THOUSANDS));
  }

  /** "€ 90.000 lager": favourable positive in whole euros, with the direction the words give. */
  private static Explanation item(String description, long euros, Direction stated, VarianceClass c, Place target,
      Explanation... parts) {
    return Explanation.item(description, PrintedFigure.of(euros, EuroUnit.EUROS), target)
        .withStatedDirection(stated).withClass(c).withParts(List.of(parts));
  }

  /**
   * A sub-item. It explains what its item explains: {@link Explanation#withParts} retargets it,
   * so the target given here is a placeholder.
   */
  private static Explanation part(String description, long euros, Explanation... parts) {
    return item(description, euros, Direction.ofSignum(Long.signum(euros)), VarianceClass.NONE, PARTICIPATIE_BATEN, parts);
  }

  private static Explanation rest(long euros, Place target) {
    return Explanation.residual("overige verschillen", PrintedFigure.of(euros, EuroUnit.EUROS), target)
        .withStatedDirection(Direction.ofSignum(Long.signum(euros)));
  }

  static Explanations explanations() {
    Direction v = Direction.FAVOURABLE;
    Direction n = Direction.UNFAVOURABLE;
    return Explanations.of(List.of(
        // Wmo. Lasten (€ 61.000 voordelig): huishoudelijke hulp € 90.000 lager (minder cliënten
        // € 70.000, lagere tarieven € 20.000), begeleiding € 17.000 hogere lasten, overige
        // verschillen € 12.000 nadeel.
        item("huishoudelijke hulp", 90_000, v, VarianceClass.STRUCTURAL, WMO_LASTEN,
            part("minder cliënten", 70_000), part("lagere tarieven", 20_000)),
        item("begeleiding", -17_000, n, VarianceClass.INCIDENTAL, WMO_LASTEN),
        rest(-12_000, WMO_LASTEN),
        // Baten (€ 45.000 voordelig): € 45.000 meer eigen bijdragen.
        item("eigen bijdragen", 45_000, v, VarianceClass.INCIDENTAL, WMO_BATEN),
        // Reserves (€ 50.000 nadelig): € 50.000 minder onttrokken.
        item("lagere onttrekking reserve Wmo", -50_000, n, VarianceClass.INCIDENTAL, WMO_RESERVE),
        // Jeugd. Lasten (€ 337.000 nadelig): jeugdzorg € 337.000 hoger: niet gecontracteerde zorg
        // € 150.000, zorg in natura € 172.000 (residentieel € 100.000, ambulant € 72.000:
        // individueel € 50.000, groepsbegeleiding € 22.000), solidaire kosten € 15.000.
        item("jeugdzorg", -337_000, n, VarianceClass.STRUCTURAL, JEUGD_LASTEN,
            part("niet gecontracteerde zorg", -150_000),
            part("zorg in natura", -172_000,
                part("residentieel", -100_000),
                part("ambulant", -72_000, part("individueel", -50_000), part("groepsbegeleiding", -22_000))),
            part("solidaire kosten", -15_000)),
        // Baten (€ 60.000 voordelig): een hogere rijksbijdrage van € 60.000.
        item("bijdrage Rijk", 60_000, v, VarianceClass.INCIDENTAL, JEUGD_BATEN),
        // Reserves (€ 100.000 nadelig): € 100.000 gestort in de reserve jeugd.
        item("storting in de reserve jeugd", -100_000, n, VarianceClass.INCIDENTAL, JEUGD_RESERVE),
        // Participatie. Lasten (€ 125.000 voordelig): uitkeringen € 100.000 lager, re-integratie
        // € 50.000 lager, overige verschillen € 5.000 nadeel. That is 145.000, not 125.000.
        item("uitkeringen", 100_000, v, VarianceClass.STRUCTURAL, PARTICIPATIE_LASTEN),
        item("re-integratie", 50_000, v, VarianceClass.INCIDENTAL, PARTICIPATIE_LASTEN),
        rest(-5_000, PARTICIPATIE_LASTEN),
        // Reserves (€ 80.000 voordelig): € 80.000 meer onttrokken aan de reserve re-integratie.
        item("hogere onttrekking reserve re-integratie", 80_000, v, VarianceClass.INCIDENTAL, PARTICIPATIE_RESERVE)));
  }

  /** Every line whose variance is 40.000 or more, by hand: all but Participatie's baten (nil). */
  private static ReconciliationRules rules() {
    Map<Place, String> required = new LinkedHashMap<>();
    for (Place p : List.of(WMO_LASTEN, WMO_BATEN, WMO_RESERVE, JEUGD_LASTEN, JEUGD_BATEN, JEUGD_RESERVE,
        PARTICIPATIE_LASTEN, PARTICIPATIE_RESERVE)) {
      required.put(p, "variance of 40.000 euros or more");
    }
    return new ReconciliationRules(required, Optional.of(Amount.ofEuros(50_000)));
  }

  @Test
  void findsTheOneUnexplainedGapAndNothingElse() {
    Reconciliation r = Reconciliation.of(Comparison.of(statement()), explanations(), rules());
    // 125.000 ± 1.000 (two printed figures in thousands) against 145.000 ± 1,50 (three in euros).
    Estimate gap = Estimate.of(new BigDecimal("-20000"), new BigDecimal("1001.5"));
    assertEquals(List.of(new Finding(Finding.Kind.UNEXPLAINED_GAP, PARTICIPATIE_LASTEN, Optional.empty(), gap,
        Optional.of(new BigDecimal("16.0")),
        "the items (€ 150.000 V) and the given residual \"overige verschillen\" (€ 5.000 N) explain € 145.000 V"
            + " of the variance € 125.000 V: € 20.000 N (16,0% of the variance) is unexplained, beyond the rounding"
            + " bound of € 1.001,50")), r.findings());
  }

  @Test
  void everyLineIsARowAndTheProgrammeIsExplainedByThemAll() {
    Reconciliation r = Reconciliation.of(Comparison.of(statement()), explanations(), rules());
    assertEquals(List.of(WMO_LASTEN, WMO_BATEN, WMO_RESERVE, JEUGD_LASTEN, JEUGD_BATEN, JEUGD_RESERVE,
        PARTICIPATIE_LASTEN, PARTICIPATIE_RESERVE, new Place.ResultAfterReserves()),
        r.rows().stream().map(ReconciliationRow::target).toList());
    ReconciliationRow wmo = r.row(WMO_LASTEN).orElseThrow();
    assertEquals(Estimate.of(BigDecimal.valueOf(61_000), BigDecimal.valueOf(1_000)), wmo.variance());
    assertEquals(Estimate.of(BigDecimal.ZERO, new BigDecimal("1001.5")), wmo.gap());
    ReconciliationRow jeugd = r.row(JEUGD_LASTEN).orElseThrow();
    assertFalse(jeugd.isResidualGiven());
    assertEquals(Estimate.of(BigDecimal.ZERO, new BigDecimal("1000.5")), jeugd.residual());
    // The programme's variance, as effects in thousands: 61 + 45 - 50 - 337 + 60 - 100 + 125 + 0 + 80 = -116,
    // from 18 printed figures; its ten items give 90 - 17 + 45 - 50 - 337 + 60 - 100 + 100 + 50 + 80 = -79,
    // leaving -37: the two residuals (-12, -5) and the gap (-20).
    ReconciliationRow programme = r.row(new Place.ResultAfterReserves()).orElseThrow();
    assertEquals(ReconciliationRow.Basis.WITHIN, programme.basis());
    assertEquals(Estimate.of(BigDecimal.valueOf(-116_000), BigDecimal.valueOf(9_000)), programme.variance());
    assertEquals(Estimate.of(BigDecimal.valueOf(-79_000), BigDecimal.valueOf(5)), programme.itemSum());
    assertEquals(Estimate.of(BigDecimal.valueOf(-37_000), BigDecimal.valueOf(9_005)), programme.residual());
  }

  /** Structural: huishoudelijke hulp 90.000, jeugdzorg -337.000, uitkeringen 100.000; the rest incidental. */
  @Test
  void classTotalsPerGroupAndProgramme() {
    Reconciliation r = Reconciliation.of(Comparison.of(statement()), explanations(), rules());
    ClassTotals wmo = r.classTotals(new Place.GroupAfterReserves("Wmo")).orElseThrow();
    assertEquals(Estimate.of(BigDecimal.valueOf(90_000), new BigDecimal("0.5")), wmo.structural());
    assertEquals(Estimate.of(BigDecimal.valueOf(-22_000), new BigDecimal("1.5")), wmo.incidental());
    ClassTotals programme = r.classTotals(new Place.ResultAfterReserves()).orElseThrow();
    assertEquals(Estimate.of(BigDecimal.valueOf(-147_000), new BigDecimal("1.5")), programme.structural());
    // -17 + 45 - 50 + 60 - 100 + 50 + 80 = 68 thousand, seven items.
    assertEquals(Estimate.of(BigDecimal.valueOf(68_000), new BigDecimal("3.5")), programme.incidental());
    assertEquals(Estimate.ZERO, programme.unclassified());
  }
}
