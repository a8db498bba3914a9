// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.statement.Place;

/**
 * A council's materiality rules, each applied at the levels it names: seed 000 explains every
 * product whose variance after reserve movements is above € 50.000,
 * {@code Materiality.of(MaterialityRule.above(Amount.ofEuros(50_000)), Level.GROUP_AFTER_RESERVES)};
 * other councils explain per line, per side of a group, or per group before reserves.
 *
 * <p>Immutable; equal when the same rules are applied at the same levels in the same order.
 */
public final class Materiality {

  /** Where a rule is applied: the rows of one {@link Place.Type}. */
  public enum Level {
    /** Each line: lasten, baten, each reserve movement. */
    LINE(Place.Type.LINE),
    /** Each side of a group: its lasten, its baten, each kind of reserve movement. */
    GROUP_SIDE(Place.Type.GROUP_KIND_TOTAL),
    /** Each group before its reserve movements: its saldo van baten en lasten. */
    GROUP(Place.Type.GROUP_RESULT),
    /** Each group after its reserve movements, as seed 000's analysis per product. */
    GROUP_AFTER_RESERVES(Place.Type.GROUP_AFTER_RESERVES),
    /** The programme's result after reserve movements. */
    PROGRAMME(Place.Type.RESULT_AFTER_RESERVES);

    private final Place.Type type;

    Level(Place.Type type) {
      this.type = type;
    }

    /** The rows of this level. */
    public Place.Type placeType() {
      return type;
    }
  }

  /**
   * One rule of the council and the levels it applies at.
   *
   * @param rule the rule
   * @param levels at least one level
   */
  public record Requirement(MaterialityRule rule, Set<Level> levels) {
    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public Requirement {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(levels, "levels");
      if (levels.isEmpty()) {
        throw new SociaalDomeinException("levels", Optional.of(rule.describe()),
            "a rule applies at one level or more: LINE, GROUP_SIDE, GROUP, GROUP_AFTER_RESERVES or PROGRAMME");
      }
      // An EnumSet keeps the levels in declaration order, whatever order they were given in.
      levels = Collections.unmodifiableSet(EnumSet.copyOf(levels));
    }
  }

  private final ImmutableList<Requirement> requirements;

  private Materiality(ImmutableList<Requirement> requirements) {
    this.requirements = requirements;
  }

  /** {@code rule} applied at {@code levels}, at least one. */
  public static Materiality of(MaterialityRule rule, Level... levels) {
    return new Materiality(ImmutableList.of(requirement(rule, levels)));
  }

  /** These rules and {@code rule} at {@code levels}: a row needs explaining when any of them fires. */
  public Materiality plus(MaterialityRule rule, Level... levels) {
    return new Materiality(ImmutableList.<Requirement>builder().addAll(requirements).add(requirement(rule, levels)).build());
  }

  private static Requirement requirement(MaterialityRule rule, Level... levels) {
    Objects.requireNonNull(levels, "levels");
    return new Requirement(rule, Set.copyOf(Arrays.asList(levels)));
  }

  /** The requirements, in the order given: each a rule and the levels it applies at. */
  public List<Requirement> requirements() {
    return requirements;
  }

  /**
   * The variances of {@code analysis} that need an explanation, in statement order, each with
   * the words of every rule that fired. Throws, naming the rule, when a rule compares with the
   * budget and the statement prints only variances: judging without a budget would give a false
   * all-clear.
   */
  public RequiredExplanations apply(VarianceAnalysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    if (analysis.comparison().budgetColumn().isEmpty()) {
      for (Requirement r : requirements) {
        if (r.rule().needsBudget()) {
          throw new SociaalDomeinException("statement " + SociaalDomeinException.quote(analysis.statement().name()),
              Optional.of(r.rule().describe()), "the rule compares with the budget, and the statement prints only"
                  + " variances: use a rule of amounts, such as MaterialityRule.above");
        }
      }
    }
    List<RequiredExplanation> out = new ArrayList<>();
    for (RowVariance row : analysis.rows()) {
      List<String> reasons = new ArrayList<>();
      for (Requirement r : requirements) {
        if (r.levels().stream().anyMatch(l -> l.placeType() == row.place().type())) {
          r.rule().firedBy(row).filter(reason -> !reasons.contains(reason)).ifPresent(reasons::add);
        }
      }
      if (!reasons.isEmpty()) {
        out.add(new RequiredExplanation(row.place(), row, String.join("; ", reasons)));
      }
    }
    return new RequiredExplanations(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Materiality && ((Materiality) o).requirements.equals(requirements);
  }

  @Override
  public int hashCode() {
    return requirements.hashCode();
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (Requirement r : requirements) {
      parts.add(r.rule().describe() + " per " + r.levels());
    }
    return "Materiality[" + String.join("; ", parts) + "]";
  }
}
