// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * The exact product of two or more factors: {@code 100 x (60 x 0,84)}. At most one factor is
 * money, since euros times euros is no amount; the product is money when one factor is.
 *
 * @param factors at least two, in the order the document prints them
 */
public record Product(List<Expression> factors) implements Expression {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Product {
    factors = List.copyOf(Objects.requireNonNull(factors, "factors"));
    if (factors.size() < 2) {
      throw new SociaalDomeinException("product", Optional.of(Integer.toString(factors.size())),
          "a product needs at least two factors");
    }
    long money = factors.stream().filter(Expression::isMoney).count();
    if (money > 1) {
      throw new SociaalDomeinException("product " + Terms.formula(factors, " x ", true),
          Optional.empty(), "multiplies " + money + " amounts of euros; at most one factor may be money");
    }
  }

  /** The product of two or more factors, at most one of them money. */
  public static Product of(Expression first, Expression second, Expression... more) {
    return new Product(Terms.list(first, second, more));
  }

  @Override
  public BigDecimal value() {
    return Terms.fold(factors, BigDecimal.ONE, BigDecimal::multiply);
  }

  @Override
  public boolean isMoney() {
    return factors.stream().anyMatch(Expression::isMoney);
  }

  /**
   * Factors joined by {@code x}; nested products and sums in parentheses; a {@link Result} in
   * first place written as its own chain ({@code ... = € 5.040 per week x 46}), elsewhere by its
   * value.
   */
  @Override
  public String formula() {
    return Terms.formula(factors, " x ", true);
  }
}
