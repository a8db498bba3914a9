// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.PrintedFigure;

/**
 * A sub-result the document states: the value of {@code expression}, optionally with a label
 * ({@code "per week"}) and optionally rounded as the document rounds it. Its value is the rounded
 * value, because that is what the document carries forward; {@link #exact()} keeps the rest.
 *
 * @param expression what is computed
 * @param label what the document writes after the value ("per week", "per jaar"); may be empty
 * @param rounding the rounding the document applied, if any
 */
public record Result(Expression expression, String label, Optional<Rounding> rounding) implements Expression {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Result {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(rounding, "rounding");
    if (!label.equals(label.strip())) {
      throw new SociaalDomeinException("result label", Optional.of(label),
          "a label has no leading or trailing spaces");
    }
  }

  /** The exact value of {@code expression}, unlabelled and unrounded. */
  public static Result of(Expression expression) {
    return new Result(expression, "", Optional.empty());
  }

  /** This result labelled {@code label}, as the document names the figure. */
  public Result withLabel(String label) {
    return new Result(expression, label, rounding);
  }

  /** This result rounded as stated: {@code roundedTo(Rounding.toNearest(1000, HALF_UP))}. */
  public Result roundedTo(Rounding rounding) {
    return new Result(expression, label, Optional.of(rounding));
  }

  /** The value before rounding. */
  public BigDecimal exact() {
    return expression.value();
  }

  @Override
  public BigDecimal value() {
    BigDecimal exact = exact();
    return rounding.map(r -> r.apply(exact)).orElse(exact);
  }

  @Override
  public boolean isMoney() {
    return expression.isMoney();
  }

  /**
   * The value as an amount; throws when it is not money, or has a fraction of a cent that no
   * stated rounding removed.
   */
  public Amount amount() {
    if (!isMoney()) {
      throw new SociaalDomeinException("result " + chain(), Optional.empty(), "is not an amount of euros");
    }
    try {
      return Amount.of(value());
    } catch (ArithmeticException e) {
      // Not chain(): a value that cannot be printed would replace this reason by the printing error.
      throw new SociaalDomeinException("result " + describe(), Optional.of(value().toPlainString()),
          "has a fraction of a cent; state a rounding", e);
    }
  }

  /**
   * Throws unless the derivation can print this result and every result inside it: each exact
   * and rounded value within {@link PrintedFigure#MAX_DIGITS} digits before and after the
   * decimal point. A model checks this when built, so its derivation never fails later.
   */
  void checkPrintable() {
    checkPrintable(expression);
    for (BigDecimal shown : List.of(exact(), value())) {
      if (!Figures.isPrintable(shown)) {
        throw new SociaalDomeinException("result " + describe(), Optional.of(Figures.canonical(shown).toPlainString()),
            "cannot be printed: it has more than " + PrintedFigure.MAX_DIGITS
                + " digits before or after the decimal point; state a rounding");
      }
    }
  }

  private static void checkPrintable(Expression node) {
    if (node instanceof Result result) {
      result.checkPrintable();
    } else if (node instanceof Product product) {
      product.factors().forEach(f -> checkPrintable(f));
    } else if (node instanceof Sum sum) {
      sum.terms().forEach(t -> checkPrintable(t));
    }
  }

  /** The result as a message names it: its label, or that it has none, and what it computes when printable. */
  private String describe() {
    String named = label.isEmpty() ? "without a label" : SociaalDomeinException.quote(label);
    try {
      return named + " (" + expression.formula() + ")";
    } catch (SociaalDomeinException e) {
      return named;
    }
  }

  /**
   * The whole chain: {@code 100 x (60 x 0,84) = € 5.040 per week x 46 = € 231.840, afgerond
   * € 232.000 per jaar}: the exact value, then the rounded one as the document prints it.
   */
  @Override
  public String formula() {
    return chain();
  }

  String chain() {
    if (expression instanceof Driver && rounding.isEmpty()) {
      // A given amount is no calculation: "€ 180.000", not "180.000 = € 180.000".
      return valueText();
    }
    StringBuilder text = new StringBuilder(expression.formula()).append(" = ")
        .append(Figures.of(exact(), isMoney()));
    if (rounding.isPresent() && value().compareTo(exact()) != 0) {
      text.append(", afgerond ").append(Figures.of(value(), isMoney()));
    }
    return appendLabel(text).toString();
  }

  /** The (rounded) value with its label: {@code € 5.040 per week}. */
  String valueText() {
    return appendLabel(new StringBuilder(Figures.of(value(), isMoney()))).toString();
  }

  private StringBuilder appendLabel(StringBuilder text) {
    return label.isEmpty() ? text : text.append(' ').append(label);
  }
}
