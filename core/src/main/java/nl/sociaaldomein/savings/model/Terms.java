// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;

/** What products and sums share: building their lists and writing their terms. */
final class Terms {

  private Terms() {}

  static List<Expression> list(Expression first, Expression second, Expression... more) {
    List<Expression> all = new ArrayList<>();
    all.add(Objects.requireNonNull(first, "first"));
    all.add(Objects.requireNonNull(second, "second"));
    all.addAll(Arrays.asList(Objects.requireNonNull(more, "more")));
    return all;
  }

  /** The exact value of {@code terms} combined by {@code operator}, in one canonical form. */
  static BigDecimal fold(List<Expression> terms, BigDecimal identity, BinaryOperator<BigDecimal> operator) {
    BigDecimal value = identity;
    for (Expression term : terms) {
      value = operator.apply(value, term.value());
    }
    return Figures.canonical(value);
  }

  /**
   * Writes {@code terms} joined by {@code operator}. A result in first place of a product is
   * written as its chain, the way documents continue a calculation ({@code = € 5.040 per week x
   * 46}); any other result by its (rounded) value, as documents carry a subtotal forward.
   */
  static String formula(List<Expression> terms, String operator, boolean product) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      Expression term = terms.get(i);
      if (i > 0) {
        text.append(operator);
      }
      if (term instanceof Result result) {
        text.append(product && i == 0 ? result.chain() : result.valueText());
      } else if (term instanceof Driver) {
        text.append(term.formula());
      } else if (term instanceof Product && !product) {
        text.append(term.formula());
      } else {
        text.append('(').append(term.formula()).append(')');
      }
    }
    return text.toString();
  }
}
