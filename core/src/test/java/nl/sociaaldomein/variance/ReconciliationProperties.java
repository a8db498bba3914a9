// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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
import org.quicktheories.core.Gen;

class ReconciliationProperties {

  private static final Place.Line LASTEN = new Place.Line("G", LineKind.EXPENSES, "Lasten");

  /** One expense line in thousands: its variance is {@code budget - actual} thousand, ± 1.000. */
  private static Comparison oneLine(long budget, long actual) {
    return Comparison.of(Statement.builder("P", EuroUnit.THOUSANDS, SignConvention.EXPENSES_POSITIVE)
        .column("Begroting", ColumnRole.AMENDED_BUDGET)
        .column("Realisatie", ColumnRole.REALISATION)
        .group("G", GroupKind.PRODUCT)
        .line("G", LineKind.EXPENSES, "Lasten")
        .cell(LASTEN, "Begroting", PrintedFigure.of(budget, EuroUnit.THOUSANDS))
        .cell(LASTEN, "Realisatie", PrintedFigure.of(actual, EuroUnit.THOUSANDS))
        .build());
  }

  /** Items in whole euros or in thousands, as running text and tables print them. */
  private static final Gen<PrintedFigure> FIGURES = integers().between(-2_000_000, 2_000_000)
      .zip(arbitrary().pick(EuroUnit.EUROS, EuroUnit.THOUSANDS),
          (euros, unit) -> PrintedFigure.of(unit == EuroUnit.EUROS ? euros : euros / 1_000, unit));

  /**
   * How far a given residual is off what the items leave: anywhere up to 8.000 euros either way,
   * or a few euros either side of the bound, where accepting turns into a finding.
   */
  private record Offset(boolean given, boolean nearTheBound, int euros) {
    long apply(long boundInHalves) {
      if (!nearTheBound) {
        return euros;
      }
      long edge = boundInHalves / 2 + Math.floorMod(euros, 5) - 2;
      return euros < 0 ? -edge : edge;
    }
  }

  private static final Gen<Offset> OFFSETS = booleans().all()
      .zip(booleans().all(), integers().between(-8_000, 8_000), Offset::new);

  @Test
  void acceptsExactlyTheExplanationSetsWhoseSumLiesWithinTheBound() {
    qt().forAll(integers().between(-5_000, 5_000), lists().of(FIGURES).ofSizeBetween(0, 6), OFFSETS)
        .checkAssert((varianceInThousands, figures, offset) -> {
          long variance = varianceInThousands * 1_000L;
          long items = 0;
          // Half-euros, so that every bound is whole: a figure in euros is ± 1, one in thousands ± 1.000.
          long boundInHalves = 2 * 1_000;
          List<Explanation> explanations = new ArrayList<>();
          for (PrintedFigure f : figures) {
            items += f.nominal().longValueExact();
            boundInHalves += f.unit() == EuroUnit.EUROS ? 1 : 1_000;
            explanations.add(Explanation.item("item " + explanations.size(), f, LASTEN));
          }
          boolean residualGiven = offset.given();
          long residual = 0;
          if (residualGiven) {
            boundInHalves += 1;
            // What the items leave of the variance, off by a generated amount.
            residual = variance - items + offset.apply(boundInHalves);
            explanations.add(Explanation.residual("overige verschillen", PrintedFigure.of(residual, EuroUnit.EUROS), LASTEN));
          }
          long gap = residualGiven ? variance - items - residual : 0;
          boolean accepted = Math.abs(2 * gap) <= boundInHalves;

          Reconciliation r = Reconciliation.of(oneLine(10_000, 10_000 - varianceInThousands), Explanations.of(explanations));
          if (explanations.isEmpty()) {
            assertEquals(new Reconciliation(List.of(), List.of(), r.classTotals()), r);
            return;
          }
          ReconciliationRow row = r.row(LASTEN).orElseThrow();
          Estimate expectedGap = Estimate.of(BigDecimal.valueOf(gap), BigDecimal.valueOf(boundInHalves, 0)
              .divide(BigDecimal.valueOf(2)));
          assertEquals(expectedGap, row.gap());
          assertEquals(accepted, row.isWithinBound());
          List<Finding.Kind> kinds = r.findings().stream().map(Finding::kind).toList();
          assertEquals(accepted ? List.of() : List.of(Finding.Kind.UNEXPLAINED_GAP), kinds);
          if (!accepted) {
            assertEquals(expectedGap, r.findings().get(0).amount());
            assertEquals(LASTEN, r.findings().get(0).place());
          }
        });
  }

  /** A node of a generated tree of sub-items: its amount in thousands and its children. */
  private record Node(String name, long amount, List<Node> children) {

    /** A tree whose every parent is the exact sum of its children. */
    static Node random(SplittableRandom random, String name, int depth) {
      int fanOut = depth >= 5 ? 0 : random.nextInt(depth == 0 ? 1 : 0, 4);
      if (fanOut == 0) {
        return new Node(name, random.nextLong(-1_000, 1_001), List.of());
      }
      List<Node> children = new ArrayList<>();
      for (int i = 0; i < fanOut; i++) {
        children.add(random(random, name + "." + (i + 1), depth + 1));
      }
      return new Node(name, children.stream().mapToLong(Node::amount).sum(), children);
    }

    /** Every node below this one, with its parent, depth first. */
    void below(List<Node[]> out) {
      for (Node child : children) {
        out.add(new Node[] {child, this});
        child.below(out);
      }
    }

    /** This tree with {@code moved} and its first-born line down to a leaf shifted by {@code delta}. */
    Node shifted(Node moved, long delta) {
      if (this == moved) {
        return shiftedLine(delta);
      }
      return new Node(name, amount, children.stream().map(c -> c.shifted(moved, delta)).toList());
    }

    private Node shiftedLine(long delta) {
      List<Node> kids = new ArrayList<>(children);
      if (!kids.isEmpty()) {
        kids.set(0, kids.get(0).shiftedLine(delta));
      }
      return new Node(name, amount + delta, kids);
    }

    Explanation toExplanation() {
      return Explanation.item(name, PrintedFigure.of(amount, EuroUnit.THOUSANDS), LASTEN)
          .withParts(children.stream().map(Node::toExplanation).toList());
    }
  }

  @Test
  void subItemSumsAreCheckedAtEveryDepth() {
    qt().forAll(longs().all(), integers().allPositive(), booleans().all())
        .checkAssert((seed, pick, down) -> {
          Node tree = Node.random(new SplittableRandom(seed), "n", 0);
          Comparison comparison = oneLine(10_000, 10_000);
          assertEquals(List.of(), Reconciliation.of(comparison, Explanations.of(List.of(tree.toExplanation()))).findings());
          List<Node[]> below = new ArrayList<>();
          tree.below(below);
          Node[] chosen = below.get(pick % below.size());
          Node moved = chosen[0];
          Node parent = chosen[1];
          // The parent's check has the bound of its own figure and each child's, half a unit
          // each; shifting a whole line of descendants keeps every check below it exact.
          long boundInHalfUnits = 1 + parent.children().size();
          long within = boundInHalfUnits / 2;
          long beyond = within + 1;
          long sign = down ? -1 : 1;
          Explanation inBound = tree.shifted(moved, sign * within).toExplanation();
          assertEquals(List.of(), Reconciliation.of(comparison, Explanations.of(List.of(inBound))).findings());
          Explanation outOfBound = tree.shifted(moved, sign * beyond).toExplanation();
          List<Finding> found = Reconciliation.of(comparison, Explanations.of(List.of(outOfBound))).findings();
          assertEquals(1, found.size(), found::toString);
          Finding f = found.get(0);
          assertEquals(Finding.Kind.PARTS_DO_NOT_ADD_UP, f.kind());
          assertEquals(Optional.of(parent.name()), f.item());
          assertEquals(Estimate.of(BigDecimal.valueOf(-sign * beyond * 1_000), BigDecimal.valueOf(boundInHalfUnits * 500)),
              f.amount());
        });
  }
}
