// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * The exact sum of two or more terms: {@code € 232.000 + € 325.000}. Either every term is money
 * or none is, since euros plus clients means nothing.
 *
 * @param terms at least two, in the order the document prints them
 */
public record Sum(List<Expression> terms) implements Expression {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Sum {
    terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
    if (terms.size() < 2) {
      throw new SociaalDomeinException("sum", Optional.of(Integer.toString(terms.size())),
          "a sum needs at least two terms");
    }
    long money = terms.stream().filter(Expression::isMoney).count();
    if (money != 0 && money != terms.size()) {
      throw new SociaalDomeinException("sum " + Terms.formula(terms, " + ", false),
          Optional.empty(), "adds amounts of euros to numbers that are not money");
    }
  }

  /** The sum of two or more terms. */
  public static Sum of(Expression first, Expression second, Expression... more) {
    return new Sum(Terms.list(first, second, more));
  }

  @Override
  public BigDecimal value() {
    return Terms.fold(terms, BigDecimal.ZERO, BigDecimal::add);
  }

  @Override
  public boolean isMoney() {
    return terms.get(0).isMoney();
  }

  /** Terms joined by {@code +}; nested sums in parentheses; results by their value. */
  @Override
  public String formula() {
    return Terms.formula(terms, " + ", false);
  }
}
