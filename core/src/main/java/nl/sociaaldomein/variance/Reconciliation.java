// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;

/**
 * The explanations of a statement's variances held against the statement: per explained row
 * the variance, the items, the residual and what they leave unexplained beyond the rounding
 * bound; the findings a report lists; and the items totalled per class, per group and for the
 * programme. The rules are in {@code docs/variance.md}.
 *
 * <p>A row explained by no item of its own but holding explained rows, such as the programme of
 * seed 000 whose products are explained one by one, is explained by the items of the
 * <em>outermost</em> explained rows within it (see {@link ReconciliationRow.Basis#WITHIN}), so
 * that no variance counts twice.
 *
 * @param rows the rows explained: every target of the explanations in document order, then every
 *     required row not yet listed in the order of the rules, then the programme
 * @param findings per row in that order: a missing explanation, an unexplained gap, a residual
 *     above the limit; then per item of the row in document order, depth first, sub-items that do
 *     not add up and a direction that contradicts the sign
 * @param classTotals per group of the statement in statement order, then the programme
 */
public record Reconciliation(List<ReconciliationRow> rows, List<Finding> findings, List<ClassTotals> classTotals) {

  /** Keeps unmodifiable copies of the collections. */
  public Reconciliation {
    rows = List.copyOf(rows);
    findings = List.copyOf(findings);
    classTotals = List.copyOf(classTotals);
  }

  /** {@code explanations} held against {@code comparison} with no rules beyond adding up. */
  public static Reconciliation of(Comparison comparison, Explanations explanations) {
    return of(comparison, explanations, ReconciliationRules.none());
  }

  /**
   * {@code explanations} held against the variances of {@code comparison} under {@code rules}.
   * Throws when an explanation or a required row names a row the statement does not have.
   */
  public static Reconciliation of(Comparison comparison, Explanations explanations, ReconciliationRules rules) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(explanations, "explanations");
    Objects.requireNonNull(rules, "rules");
    return new Reconciler(comparison, explanations, rules).reconcile();
  }

  /** The row of {@code place}, when it is explained or required. */
  public Optional<ReconciliationRow> row(Place place) {
    return rows.stream().filter(r -> r.target().equals(place)).findFirst();
  }

  /** The findings about {@code place}, in the order of {@link #findings()}. */
  public List<Finding> findings(Place place) {
    return findings.stream().filter(f -> f.place().equals(place)).toList();
  }

  /** The class totals of {@code scope}: a group after its reserve movements, or the programme. */
  public Optional<ClassTotals> classTotals(Place scope) {
    return classTotals.stream().filter(t -> t.scope().equals(scope)).findFirst();
  }

  /** Whether nothing was found: every explained row adds up and every rule is met. */
  public boolean isReconciled() {
    return findings.isEmpty();
  }

  /** The work of one reconciliation. */
  private static final class Reconciler {
    private final Comparison comparison;
    private final Statement statement;
    private final Explanations explanations;
    private final ReconciliationRules rules;
    /** The lines each row covers, for the rows met so far. */
    private final Map<Place, Set<Place.Line>> linesOf = new LinkedHashMap<>();

    Reconciler(Comparison comparison, Explanations explanations, ReconciliationRules rules) {
      this.comparison = comparison;
      this.statement = comparison.statement();
      this.explanations = explanations;
      this.rules = rules;
    }

    Reconciliation reconcile() {
      for (Explanation e : explanations.items()) {
        requireRow(e.target(), "explanation " + SociaalDomeinException.quote(e.description()));
      }
      rules.required().keySet().forEach(p -> requireRow(p, "a required explanation"));
      Set<Place> places = new LinkedHashSet<>(explanations.targets());
      places.addAll(rules.required().keySet());
      if (!explanations.items().isEmpty()) {
        places.add(new Place.ResultAfterReserves());
      }
      List<ReconciliationRow> rows = new ArrayList<>();
      List<Finding> findings = new ArrayList<>();
      for (Place place : places) {
        ReconciliationRow row = row(place);
        rows.add(row);
        findings.addAll(findings(row));
      }
      List<ClassTotals> totals = new ArrayList<>();
      for (Group g : statement.groups()) {
        Place scope = new Place.GroupAfterReserves(g.name());
        totals.add(ClassTotals.of(scope, row(scope).items()));
      }
      Place programme = new Place.ResultAfterReserves();
      totals.add(ClassTotals.of(programme, row(programme).items()));
      return new Reconciliation(rows, findings, totals);
    }

    private void requireRow(Place place, String whose) {
      if (lines(place).isEmpty()) {
        throw new SociaalDomeinException(whose, Optional.empty(), "explains " + place + ", a row no line of statement "
            + SociaalDomeinException.quote(statement.name()) + " counts toward: name a line, a group or a total it has");
      }
    }

    private Set<Place.Line> lines(Place place) {
      return linesOf.computeIfAbsent(place, p -> {
        Set<Place.Line> out = new LinkedHashSet<>();
        statement.lines().stream().filter(p::covers).forEach(out::add);
        return out;
      });
    }

    private ReconciliationRow row(Place place) {
      if (explanations.targets().contains(place)) {
        return new ReconciliationRow(place, ReconciliationRow.Basis.DIRECT, comparison.variance(place),
            explanations.itemsFor(place), explanations.residualFor(place));
      }
      List<Place> within = outermostWithin(place);
      List<Explanation> items = new ArrayList<>();
      within.forEach(t -> items.addAll(explanations.itemsFor(t)));
      ReconciliationRow.Basis basis = within.isEmpty() ? ReconciliationRow.Basis.NONE : ReconciliationRow.Basis.WITHIN;
      return new ReconciliationRow(place, basis, comparison.variance(place), items, Optional.empty());
    }

    /**
     * The explained rows within {@code place} that lie within no other of them, in document
     * order; of two that cover the same lines the first, and of two that share only some lines
     * the first, so that every line counts at most once.
     */
    private List<Place> outermostWithin(Place place) {
      Set<Place.Line> outer = lines(place);
      List<Place> candidates = explanations.targets().stream().filter(t -> outer.containsAll(lines(t))).toList();
      List<Place> taken = new ArrayList<>();
      Set<Place.Line> counted = new HashSet<>();
      for (Place t : candidates) {
        Set<Place.Line> mine = lines(t);
        boolean inside = candidates.stream()
            .anyMatch(u -> lines(u).containsAll(mine) && lines(u).size() > mine.size());
        if (!inside && mine.stream().noneMatch(counted::contains)) {
          taken.add(t);
          counted.addAll(mine);
        }
      }
      return taken;
    }

    private List<Finding> findings(ReconciliationRow row) {
      List<Finding> out = new ArrayList<>();
      Optional.ofNullable(rules.required().get(row.target()))
          .flatMap(why -> Finding.missingExplanation(row, why)).ifPresent(out::add);
      if (row.basis() == ReconciliationRow.Basis.DIRECT) {
        // A row explained by the rows within it has its residual computed from theirs: each of
        // those is judged where it lies, and judging their sum again would report it twice.
        Finding.unexplainedGap(row).ifPresent(out::add);
        rules.residualLimit().flatMap(limit -> Finding.residualAboveLimit(row, limit)).ifPresent(out::add);
        for (Explanation e : explanations.items()) {
          if (e.target().equals(row.target())) {
            checkItem(e, out);
          }
        }
      }
      return out;
    }

    private static void checkItem(Explanation item, List<Finding> out) {
      Finding.partsDoNotAddUp(item).ifPresent(out::add);
      Finding.directionContradictsSign(item).ifPresent(out::add);
      for (Explanation part : item.parts()) {
        checkItem(part, out);
      }
    }
  }
}
