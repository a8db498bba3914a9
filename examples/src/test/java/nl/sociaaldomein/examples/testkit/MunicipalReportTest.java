// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.examples.testkit;

import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.testkit.generate.Figures;
import nl.sociaaldomein.testkit.generate.Generator;
import nl.sociaaldomein.testkit.reference.Conformance;
import nl.sociaaldomein.testkit.reference.ConformanceReport;
import nl.sociaaldomein.testkit.reference.Difference;
import nl.sociaaldomein.testkit.reference.ReferenceCases;
import org.junit.jupiter.api.Test;

/**
 * How a municipal tool's test suite uses the testkit, through its public API only: a property test
 * on generated amounts, and a conformance check against a reference case.
 */
class MunicipalReportTest {

  @Test
  void everyPrintedFigureIsARoundingOfItsExactAmountAndTheReportHoldsNoBsn() {
    // The testkit's generators compose: a year of inputs from five amounts, each shrinking toward zero.
    Generator<Amount> amounts = Figures.amounts(Amount.ZERO, Amount.ofEuros(200_000_000));
    Generator<MunicipalReport.Year> years = draws -> new MunicipalReport.Year(2024, amounts.generate(draws).toBigDecimal(),
        amounts.generate(draws).toBigDecimal(), amounts.generate(draws).toBigDecimal(),
        amounts.generate(draws).toBigDecimal(), amounts.generate(draws).toBigDecimal());
    qt().forAll(years.gen())
        .checkAssert(year -> {
          assertThat(MunicipalReport.inThousands(year.balance())).isConsistentWith(Amount.of(year.balance()));
          assertThat(MunicipalReport.inThousands(year.income())).isConsistentWith(Amount.of(year.income()));
          assertThat(MunicipalReport.confrontation(List.of(year))).containsNoBsn();
        });
  }

  @Test
  void theReportOnAnnex7sFiguresConformsToTheReferenceCaseUpToRounding() {
    // The inputs as seed 004's annex 7 table 7 prints them, in euros.
    List<MunicipalReport.Year> years = List.of(
        year(2017, "90881891", "20751450", "10748387", "119135000", "3893493"),
        year(2018, "92145933", "20260054", "6799077", "120057000", "3584069"),
        year(2019, "77333685", "19362353", "3904137", "99674000", "3655751"),
        year(2020, "81406225", "19446865", "7581732", "104604000", "4477176"));
    ConformanceReport report = Conformance.check(ReferenceCases.named("seed-004-annex-7"),
        MunicipalReport.confrontation(years), "municipal-report.csv");
    assertThat(report.isConformant()).as(report.toString()).isTrue();
    // In thousands, every figure but the round taakveld 6 differs from the answer by rounding alone.
    assertThat(report.roundings()).extracting(Difference::kind).containsOnly(Difference.Kind.ROUNDING).hasSize(28);
  }

  private static MunicipalReport.Year year(int year, String grant, String buig, String other, String taakveld6, String overhead) {
    return new MunicipalReport.Year(year, new BigDecimal(grant), new BigDecimal(buig), new BigDecimal(other),
        new BigDecimal(taakveld6), new BigDecimal(overhead));
  }
}
