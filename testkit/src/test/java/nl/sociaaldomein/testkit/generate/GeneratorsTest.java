// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.generate;

import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;
import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Map;
import nl.sociaaldomein.clients.Bsn;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.GroupRow;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.NotationParseException;
import nl.sociaaldomein.savings.Kind;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Finding;
import nl.sociaaldomein.variance.Reconciliation;
import org.junit.jupiter.api.Test;

/** Every generator keeps its promise, under QuickTheories and as a seeded factory. */
class GeneratorsTest {

  @Test
  void theSameSeedGivesTheSameValues() {
    assertThat(Figures.amounts().seeded(7).take(5)).isEqualTo(Figures.amounts().seeded(7).take(5));
    assertThat(Statements.reconciling().seeded(3).take(3)).isEqualTo(Statements.reconciling().seeded(3).take(3));
    assertThat(Bsns.valid().seeded(1).take(5)).isNotEqualTo(Bsns.valid().seeded(2).take(5));
  }

  @Test
  void aFailingPropertyShrinksToTheSmallestExample() {
    // Amounts shrink toward zero: the smallest amount of a euro or more either way.
    assertThatThrownBy(() -> qt().forAll(Figures.amounts().gen()).check(a -> a.abs().toCents() < 100))
        .hasMessageContaining("Smallest found falsifying value(s)")
        .message().containsAnyOf("EUR 1.00", "EUR -1.00");
    // A BSN check that wrongly refuses a leading 1 shrinks to small digits, not a random number.
    assertThatThrownBy(() -> qt().forAll(Bsns.valid().gen()).check(b -> b.charAt(0) != '2'))
        .message().contains("200000007");
  }

  @Test
  void roundedFiguresAreConsistentWithTheirAmountsInEveryUnit() {
    for (EuroUnit unit : EuroUnit.values()) {
      qt().forAll(Figures.rounded(unit).gen())
          .checkAssert(r -> assertThat(r.printed()).isConsistentWith(r.exact()));
    }
  }

  @Test
  void validNotationReadsAsItsFigure() {
    for (EuroUnit unit : EuroUnit.values()) {
      qt().forAll(Notations.valid(unit).gen())
          .checkAssert(v -> assertThat(DutchNotation.parseFigure(v.text(), unit)).as(v.text()).isEqualTo(v.figure()));
    }
  }

  @Test
  void invalidNotationIsRefusedAtTheExpectedIndex() {
    qt().withExamples(2000).forAll(Notations.invalid().gen())
        .checkAssert(i -> assertThatThrownBy(() -> DutchNotation.parseFigure(i.text(), EuroUnit.EUROS))
            .as(i.text() + " (" + i.mistake() + ")")
            .isInstanceOfSatisfying(NotationParseException.class, e -> assertThat(e.errorIndex()).isEqualTo(i.errorIndex())));
  }

  @Test
  void reconcilingStatementsReconcileInEveryConvention() {
    for (SignConvention convention : SignConvention.values()) {
      qt().withExamples(50).forAll(Statements.reconciling(convention).gen()).checkAssert(s -> {
        assertThat(s.convention()).isEqualTo(convention);
        assertThat(s).reconciles();
        assertThat(s.printedDerivedCells()).isNotEmpty();
      });
    }
  }

  @Test
  void aStatementBuiltAnewFromWhatItPrintsIsTheSameStatement() {
    qt().withExamples(50).forAll(Statements.reconciling().gen())
        .checkAssert(s -> assertThat(Statements.rebuilt(s, Map.of())).isEqualTo(s));
  }

  @Test
  void anInjectedInconsistencyIsReportedAtItsCell() {
    qt().withExamples(100).forAll(Statements.withInconsistency().gen()).checkAssert(i -> {
      Statement s = i.statement();
      assertThat(s).hasInconsistencyAt(i.cell());
      assertThat(s.check().inconsistencies().get(0).printed()).isEqualTo(i.printed());
      assertThat(i.printed()).isNotEqualTo(i.reconciling());
    });
  }

  @Test
  void anInjectedInconsistencyIsInTheConventionAskedFor() {
    for (SignConvention convention : SignConvention.values()) {
      Statements.Injected i = Statements.withInconsistency(convention).seeded(convention.ordinal()).next();
      assertThat(i.statement().convention()).isEqualTo(convention);
      assertThat(i.statement()).hasInconsistencyAt(i.cell());
    }
  }

  @Test
  void explanationsLeaveExactlyTheirGap() {
    qt().withExamples(50).forAll(VarianceExplanations.withGap().gen()).checkAssert(e -> {
      Reconciliation r = Reconciliation.of(e.comparison(), e.explanations());
      assertThat(r.findings(e.target())).extracting(Finding::kind).contains(Finding.Kind.UNEXPLAINED_GAP);
      assertThat(r.row(e.target()).orElseThrow().gap().nominal()).isEqualByComparingTo(e.gap().toBigDecimal());
    });
    qt().withExamples(50).forAll(VarianceExplanations.complete().gen()).checkAssert(e -> {
      assertThat(e.gap().isZero()).isTrue();
      assertThat(e.explanations()).explain(e.comparison());
    });
  }

  @Test
  void savingsPlansHaveTheTotalsAddedUpByHand() {
    qt().forAll(SavingsPlans.plans().gen()).checkAssert(p -> {
      for (Kind kind : Kind.values()) {
        assertThat(p.plan().total(kind)).as(kind.toString()).isEqualTo(p.total(kind));
      }
    });
  }

  @Test
  void validBsnsPassTheLibrarysElfproefAndInvalidOnesFailIt() {
    qt().withExamples(2000).forAll(Bsns.valid().gen()).checkAssert(b -> {
      assertThat(Bsn.isValid(b)).as(b).isTrue();
      assertThat(Bsns.passesElfproef(b)).isTrue();
    });
    qt().withExamples(2000).forAll(Bsns.invalid().gen()).checkAssert(b -> {
      assertThat(Bsn.isValid(b)).as(b).isFalse();
      assertThat(Bsns.passesElfproef(b)).isFalse();
    });
  }

  @Test
  void theElfproefAgreesWithTheLibraryOnEightDigitsToo() {
    // 111222333 is the elfproef's textbook example; 11122233 is another length and refused.
    assertThat(Bsns.passesElfproef("111222333")).isTrue();
    assertThat(Bsn.isValid("111222333")).isTrue();
    assertThat(Bsns.passesElfproef("012345672")).isEqualTo(Bsn.isValid("012345672"));
    assertThat(Bsns.passesElfproef("12345672")).isEqualTo(Bsn.isValid("12345672"));
    assertThat(Bsns.passesElfproef("000000000")).isFalse();
  }

  @Test
  void clientDatasetsHaveTheAggregatesCountedWhileMakingThem() {
    qt().withExamples(30).forAll(ClientDatasets.upTo(60).gen()).checkAssert(k -> {
      ClientDataset data = k.dataset();
      Quickscan scan = Quickscan.of(data, 1);
      assertThat(scan.byLawAndYear().rows()).hasSize(k.expected().size());
      for (ClientDatasets.Expected e : k.expected()) {
        GroupRow row = scan.byLawAndYear().row(Map.of(Dimension.LAW, e.law(), Dimension.YEAR, e.year())).orElseThrow();
        assertThat(row.uniqueClients()).isEqualTo(e.clients());
        assertThat(row.payments()).isEqualTo(e.payments());
        assertThat(row.cost()).isEqualTo(e.cost());
      }
      assertThat(data.rows()).isEqualTo(k.payments().size());
    });
  }

  @Test
  void aLargeDatasetKeepsItsPromiseToo() {
    ClientDatasets.Known k = ClientDatasets.ofSize(20_000).seeded(11).next();
    Quickscan scan = Quickscan.of(k.dataset(), 2);
    ClientDatasets.Expected first = k.expected().get(0);
    assertThat(scan.byLawAndYear().row(Map.of(Dimension.LAW, first.law(), Dimension.YEAR, first.year())).orElseThrow().cost())
        .isEqualTo(first.cost());
    assertThat(k.clients()).isEqualTo(20_000);
  }
}
