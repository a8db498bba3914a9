// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Estimate;

/**
 * A council's rule for which variances need an explanation (toelichting): an amount, a
 * percentage of the budget, or a combination such as "above 5 % unless below 15.000" or "above
 * 500.000 or above 10 %". There is no national rule; each council sets its own (DOMAIN.md
 * section 5), so rules combine freely with {@link #or} and {@link #and}.
 *
 * <p><b>How the rounding bound counts.</b> A rule is applied to the variance's nominal value,
 * the figure the document prints or the sum of the printed figures it follows from, and to the
 * nominal budget; the bound is ignored. A council's rule speaks of the figures its report prints,
 * and a reader holding the report against the rule sees those: a variance printed as 50 (x €
 * 1.000) is not above 50.000, although its true value may be 50.400.
 *
 * <p>Every comparison is exact: "above 5 % of the budget" tests
 * {@code |variance| x 100 > 5 x |budget|} without rounding a percentage, so a rule decides the
 * same whatever a report rounds its percentages to. Raising any threshold of a rule never makes
 * more variances material.
 */
public sealed interface MaterialityRule {

  /** A variance whose absolute value is above {@code threshold}: {@code above(Amount.ofEuros(50_000))} for seed 000. */
  static MaterialityRule above(Amount threshold) {
    return new Above(threshold);
  }

  /** A variance whose absolute value is at least {@code floor}: the "unless below" of a combined rule. */
  static MaterialityRule notBelow(Amount floor) {
    return new NotBelow(floor);
  }

  /** A variance whose absolute value is above {@code percent} % of the absolute budget. */
  static MaterialityRule abovePercentOfBudget(BigDecimal percent) {
    return new AbovePercentOfBudget(percent);
  }

  /** "Above {@code percent} %, unless below {@code floor}": both must hold. */
  static MaterialityRule abovePercentUnlessBelow(BigDecimal percent, Amount floor) {
    return abovePercentOfBudget(percent).and(notBelow(floor));
  }

  /** "Above {@code threshold} or above {@code percent} %": either is enough. */
  static MaterialityRule aboveAmountOrPercent(Amount threshold, BigDecimal percent) {
    return above(threshold).or(abovePercentOfBudget(percent));
  }

  /** A rule that fires where this one or {@code other} fires. */
  default MaterialityRule or(MaterialityRule other) {
    return new AnyOf(flatten(this, other, AnyOf.class));
  }

  /** A rule that fires where both this one and {@code other} fire. */
  default MaterialityRule and(MaterialityRule other) {
    return new AllOf(flatten(this, other, AllOf.class));
  }

  /**
   * Why {@code variance} (favourable positive) needs an explanation under this rule, in words
   * ("above € 50.000"), or empty when it does not. Throws when the rule needs a budget and
   * {@code budget} is empty.
   */
  Optional<String> firedBy(Estimate variance, Optional<Estimate> budget);

  /** Why {@code row}'s variance needs an explanation, or empty when it does not. */
  default Optional<String> firedBy(RowVariance row) {
    return firedBy(row.amount(), row.budget());
  }

  /** Whether {@code variance} needs an explanation under this rule. */
  default boolean isMaterial(Estimate variance, Optional<Estimate> budget) {
    return firedBy(variance, budget).isPresent();
  }

  /** Whether the rule compares with the budget, and so cannot judge a statement of variances only. */
  default boolean needsBudget() {
    return false;
  }

  /** The rule in words: "above € 50.000", "above 5 % of the budget and not below € 15.000". */
  String describe();

  /** |variance| above the threshold. */
  record Above(Amount threshold) implements MaterialityRule {
    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public Above {
      requireNotNegative(threshold, "threshold");
    }

    @Override
    public Optional<String> firedBy(Estimate variance, Optional<Estimate> budget) {
      Objects.requireNonNull(budget, "budget");
      return reasonIf(variance.nominal().abs().compareTo(threshold.toBigDecimal()) > 0, this);
    }

    @Override
    public String describe() {
      return "above " + Words.euros(threshold);
    }
  }

  /** |variance| at least the floor. */
  record NotBelow(Amount floor) implements MaterialityRule {
    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public NotBelow {
      requireNotNegative(floor, "floor");
    }

    @Override
    public Optional<String> firedBy(Estimate variance, Optional<Estimate> budget) {
      Objects.requireNonNull(budget, "budget");
      return reasonIf(variance.nominal().abs().compareTo(floor.toBigDecimal()) >= 0, this);
    }

    @Override
    public String describe() {
      return "not below " + Words.euros(floor);
    }
  }

  /**
   * |variance| above {@code percent} % of |budget|. A budget of zero makes every variance but
   * zero material: an unbudgeted amount deviates by more than any percentage. Combine with
   * {@link #notBelow} where the council exempts small amounts. The percentage is kept without
   * trailing decimal zeros, so that 5 and 5.0 are the same rule.
   */
  record AbovePercentOfBudget(BigDecimal percent) implements MaterialityRule {
    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public AbovePercentOfBudget {
      Objects.requireNonNull(percent, "percent");
      if (percent.signum() < 0) {
        throw new SociaalDomeinException("percent", Optional.of(percent.toPlainString()),
            "a materiality percentage is zero or more");
      }
      BigDecimal stripped = percent.stripTrailingZeros();
      percent = stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    @Override
    public Optional<String> firedBy(Estimate variance, Optional<Estimate> budget) {
      BigDecimal base = budget.orElseThrow(() -> new SociaalDomeinException("", Optional.of(describe()),
          "the rule compares with the budget, and the statement prints only variances")).nominal().abs();
      return reasonIf(variance.nominal().abs().scaleByPowerOfTen(2).compareTo(percent.multiply(base)) > 0, this);
    }

    @Override
    public boolean needsBudget() {
      return true;
    }

    @Override
    public String describe() {
      return "above " + Words.percent(percent) + " of the budget";
    }
  }

  /** Fires where any of {@code rules} fires; the reason names each that did. */
  record AnyOf(List<MaterialityRule> rules) implements MaterialityRule {
    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public AnyOf {
      rules = requireTwoOrMore(rules);
    }

    @Override
    public Optional<String> firedBy(Estimate variance, Optional<Estimate> budget) {
      List<String> fired = new ArrayList<>();
      for (MaterialityRule rule : rules) {
        rule.firedBy(variance, budget).ifPresent(fired::add);
      }
      return fired.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", fired));
    }

    @Override
    public boolean needsBudget() {
      return rules.stream().anyMatch(MaterialityRule::needsBudget);
    }

    @Override
    public String describe() {
      return String.join(" or ", rules.stream().map(r -> r instanceof AllOf ? "(" + r.describe() + ")" : r.describe()).toList());
    }
  }

  /** Fires where every one of {@code rules} fires. */
  record AllOf(List<MaterialityRule> rules) implements MaterialityRule {
    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public AllOf {
      rules = requireTwoOrMore(rules);
    }

    @Override
    public Optional<String> firedBy(Estimate variance, Optional<Estimate> budget) {
      List<String> fired = new ArrayList<>();
      for (MaterialityRule rule : rules) {
        Optional<String> reason = rule.firedBy(variance, budget);
        if (reason.isEmpty()) {
          return Optional.empty();
        }
        fired.add(reason.get());
      }
      return Optional.of(String.join(" and ", fired));
    }

    @Override
    public boolean needsBudget() {
      return rules.stream().anyMatch(MaterialityRule::needsBudget);
    }

    @Override
    public String describe() {
      return String.join(" and ", rules.stream().map(r -> r instanceof AnyOf ? "(" + r.describe() + ")" : r.describe()).toList());
    }
  }

  /** The rule's words when it fired. */
  private static Optional<String> reasonIf(boolean fired, MaterialityRule rule) {
    return fired ? Optional.of(rule.describe()) : Optional.empty();
  }

  private static void requireNotNegative(Amount amount, String name) {
    Objects.requireNonNull(amount, name);
    if (amount.isNegative()) {
      throw new SociaalDomeinException(name, Optional.of(amount.toString()),
          "a materiality threshold is zero or more; a variance's size is compared, whatever its direction");
    }
  }

  private static List<MaterialityRule> requireTwoOrMore(List<MaterialityRule> rules) {
    List<MaterialityRule> copy = List.copyOf(rules);
    if (copy.size() < 2) {
      throw new SociaalDomeinException("rules", Optional.of(copy.toString()), "a combination joins two rules or more");
    }
    return copy;
  }

  /** The parts of {@code a} and {@code b}, taking the parts of either that is already a {@code kind}. */
  private static List<MaterialityRule> flatten(MaterialityRule a, MaterialityRule b, Class<?> kind) {
    Objects.requireNonNull(b, "other");
    List<MaterialityRule> out = new ArrayList<>();
    for (MaterialityRule r : List.of(a, b)) {
      if (kind.isInstance(r)) {
        out.addAll(r instanceof AnyOf any ? any.rules() : ((AllOf) r).rules());
      } else {
        out.add(r);
      }
    }
    return out;
  }
}
