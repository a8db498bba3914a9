// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.savings.model.Driver;
import nl.sociaaldomein.savings.model.Expression;
import nl.sociaaldomein.savings.model.Product;
import nl.sociaaldomein.savings.model.Result;
import nl.sociaaldomein.savings.model.Sum;

/**
 * The formula of a step in the models CSV, with names where the model has numbers:
 * {@code cliënten x (minuten per week x prijs per minuut)}. A product is written with {@code x}
 * (or {@code *}, {@code ×}), a sum with {@code +}; parentheses group, and are kept as the nesting
 * of the model, so {@code a x (b x c)} and {@code a x b x c} are different models that print as
 * the document prints them. A name is every word between operators and parentheses, joined by
 * single spaces; so a name holds none of {@code ( ) + * ×} and no word {@code x}.
 */
sealed interface Formula permits Formula.Name, Formula.Operation {

  /** A reference to a driver or a step of the model. */
  record Name(String name) implements Formula {}

  /** Two or more operands joined by {@code x} (product) or {@code +} (sum). */
  record Operation(boolean product, List<Formula> operands) implements Formula {}

  /** What makes a name unreadable in a formula, or empty when it reads back as written. */
  static Optional<String> unreadableName(String name) {
    if (name.isEmpty()) {
      return Optional.of("a name is not blank");
    }
    if (!name.equals(name.strip().replaceAll("\\s+", " "))) {
      return Optional.of("a name has single spaces between its words and none around them");
    }
    for (char c : name.toCharArray()) {
      if (isOperator(c)) {
        return Optional.of("a name holds none of ( ) + * ×, which a formula reads as its own");
      }
    }
    for (String word : name.split(" ")) {
      if (isTimes(word)) {
        return Optional.of("a name holds no word x, which a formula reads as times");
      }
    }
    return Optional.empty();
  }

  private static boolean isOperator(char c) {
    return c == '(' || c == ')' || c == '+' || c == '*' || c == '×';
  }

  private static boolean isTimes(String word) {
    return word.toLowerCase(Locale.ROOT).equals("x");
  }

  /**
   * The formula in {@code text}; throws a {@link SociaalDomeinException} naming the character at
   * which it stops making sense.
   */
  static Formula parse(String text) {
    Objects.requireNonNull(text, "text");
    Parser parser = new Parser(text, tokens(text));
    Formula formula = parser.sum();
    if (parser.position < parser.tokens.size()) {
      throw parser.error("expected an operator x or + or the end of the formula");
    }
    return formula;
  }

  /** The formula of {@code expression}, with {@code nameOf} naming each result and driver it holds. */
  static String write(Expression expression, java.util.function.Function<Expression, String> nameOf) {
    if (expression instanceof Driver || expression instanceof Result) {
      return nameOf.apply(expression);
    }
    boolean product = expression instanceof Product;
    List<Expression> operands = product ? ((Product) expression).factors() : ((Sum) expression).terms();
    StringBuilder text = new StringBuilder();
    for (Expression operand : operands) {
      if (!text.isEmpty()) {
        text.append(product ? " x " : " + ");
      }
      // A product inside a sum needs no parentheses; every other nested operation does.
      boolean bare = operand instanceof Driver || operand instanceof Result || (!product && operand instanceof Product);
      String inner = write(operand, nameOf);
      text.append(bare ? inner : "(" + inner + ")");
    }
    return text.toString();
  }

  /** A token with the character it starts at (1-based), for messages. */
  record Token(String text, int character) {
    boolean is(String symbol) {
      return text.equals(symbol);
    }
  }

  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (isOperator(c)) {
        tokens.add(new Token(c == '*' || c == '×' ? "x" : String.valueOf(c), i + 1));
        i++;
      } else {
        int start = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && !isOperator(text.charAt(i))) {
          i++;
        }
        String word = text.substring(start, i);
        tokens.add(new Token(isTimes(word) ? "x" : word, start + 1));
      }
    }
    return tokens;
  }

  /** Recursive descent: sum := product ('+' product)*; product := factor ('x' factor)*. */
  final class Parser {
    private final String text;
    private final List<Token> tokens;
    private int position;

    private Parser(String text, List<Token> tokens) {
      this.text = text;
      this.tokens = tokens;
    }

    Formula sum() {
      return operation(false);
    }

    private Formula operation(boolean product) {
      List<Formula> operands = new ArrayList<>();
      operands.add(product ? factor() : operation(true));
      String operator = product ? "x" : "+";
      while (position < tokens.size() && tokens.get(position).is(operator)) {
        position++;
        operands.add(product ? factor() : operation(true));
      }
      return operands.size() == 1 ? operands.get(0) : new Operation(product, operands);
    }

    private Formula factor() {
      if (position >= tokens.size()) {
        throw error("expected a name or ( at the end of the formula");
      }
      Token token = tokens.get(position);
      if (token.is("(")) {
        position++;
        Formula inner = sum();
        if (position >= tokens.size() || !tokens.get(position).is(")")) {
          throw error("expected ) to close the ( at character " + token.character());
        }
        position++;
        return inner;
      }
      if (token.is(")") || token.is("x") || token.is("+")) {
        throw error("expected a name or (");
      }
      StringBuilder name = new StringBuilder();
      while (position < tokens.size() && !isSymbol(tokens.get(position))) {
        if (!name.isEmpty()) {
          name.append(' ');
        }
        name.append(tokens.get(position).text());
        position++;
      }
      return new Name(name.toString());
    }

    private boolean isSymbol(Token token) {
      return token.is("(") || token.is(")") || token.is("x") || token.is("+");
    }

    SociaalDomeinException error(String why) {
      String where = position < tokens.size() ? "at character " + tokens.get(position).character() : "at the end";
      return new SociaalDomeinException("formula", Optional.of(text), where + ": " + why);
    }
  }
}
