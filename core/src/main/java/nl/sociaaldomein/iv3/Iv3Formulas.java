// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Evaluates a controle given as steps ({@link Iv3Control.Formula}) on a delivery: each selector
 * step sums the delivery's amounts, each formula step computes over earlier steps' variables, the
 * last step's check decides. The grammar is the one every formula of the 2017-2019 files fits:
 * {@code + - * /}, parentheses, numbers, variable names and {@code ABS(...)}.
 */
final class Iv3Formulas {

  /** Divisions keep 34 significant digits, rounding half even, far below any check's threshold. */
  private static final MathContext DIVISION = new MathContext(34, RoundingMode.HALF_EVEN);

  private static final Pattern CHECK = Pattern.compile("\\s*(<=|>=|<|>|=)\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*");

  private Iv3Formulas() {
  }

  /** The outcome of evaluating a controle. */
  sealed interface Outcome permits Checked, ZeroDenominator, Unreadable {
  }

  /** The final value, the check it was held to, its threshold and whether it passed. */
  record Checked(BigDecimal value, String check, BigDecimal threshold, boolean passed, Map<String, BigDecimal> variables)
      implements Outcome {
  }

  /** A division by zero of a non-zero numerator: the controle cannot be run. */
  record ZeroDenominator(String denominator) implements Outcome {
  }

  /** A step the grammar or the delivery's definitions cannot give a value. */
  record Unreadable(String reason) implements Outcome {
  }

  static Outcome evaluate(Iv3Control.Formula formula, Iv3Delivery delivery, Iv3Definitions definitions) {
    Map<String, BigDecimal> variables = new LinkedHashMap<>();
    List<Iv3Control.Step> steps = formula.steps();
    if (steps.isEmpty()) {
      return new Unreadable("the controle has no steps");
    }
    try {
      for (Iv3Control.Step step : steps) {
        BigDecimal value;
        if (step.selector().isPresent()) {
          value = sum(step.selector().get(), delivery, definitions);
        } else if (step.formule().isPresent()) {
          value = new Parser(step.formule().get(), variables).parse();
        } else {
          return new Unreadable("step " + step.volgnr() + " has neither a selection nor a formula");
        }
        variables.put(step.variabele(), value);
        if (step.check().isPresent()) {
          Matcher m = CHECK.matcher(step.check().get());
          if (!m.matches()) {
            return new Unreadable("step " + step.volgnr() + " has a check that cannot be read: "
                + SociaalDomeinException.quote(step.check().get()));
          }
          BigDecimal threshold = new BigDecimal(m.group(2));
          return new Checked(value, m.group(1), threshold, holds(value, m.group(1), threshold), variables);
        }
      }
    } catch (DivisionByZero e) {
      return new ZeroDenominator(e.denominator);
    } catch (SociaalDomeinException e) {
      return new Unreadable(e.getMessage());
    }
    return new Unreadable("no step has a check");
  }

  private static boolean holds(BigDecimal value, String operator, BigDecimal threshold) {
    int c = value.compareTo(threshold);
    return switch (operator) {
      case "<=" -> c <= 0;
      case "<" -> c < 0;
      case ">=" -> c >= 0;
      case ">" -> c > 0;
      default -> c == 0;
    };
  }

  /**
   * The sum of the amounts of the selector's section whose code is its code or under it (all
   * codes for {@code Totaal taakveld} and {@code Totaal balanscode}) and whose category lies under
   * its category group. Lines with codes outside the lists count nowhere; the code checks report
   * them.
   */
  static BigDecimal sum(Iv3Control.Selector selector, Iv3Delivery delivery, Iv3Definitions definitions) {
    Iv3Section section = selector.section();
    Iv3CodeList codes = definitions.codes(section);
    Iv3CodeList categories = definitions.categories(section);
    boolean allCodes = selector.code().startsWith("Totaal");
    Optional<Iv3CategoryGroup> group = Iv3CategoryGroup.fromCode(selector.categorie());
    BigDecimal total = BigDecimal.ZERO;
    for (Iv3Booking b : delivery.bookings(section)) {
      boolean codeMatches = allCodes || codes.isUnder(b.code(), selector.code());
      boolean categoryMatches = group.isPresent()
          ? categories.group(b.dimension()).equals(group)
          : categories.isUnder(b.dimension(), selector.categorie());
      if (codeMatches && categoryMatches) {
        total = total.add(b.bedrag());
      }
    }
    return total;
  }

  /** Thrown inside the evaluation only, to turn a zero denominator into PF099. */
  private static final class DivisionByZero extends SociaalDomeinException {
    private static final long serialVersionUID = 1L;
    private final transient String denominator;

    DivisionByZero(String denominator) {
      super("division by zero: " + denominator);
      this.denominator = denominator;
    }
  }

  /** Recursive descent over one formula. */
  private static final class Parser {
    private final String text;
    private final Map<String, BigDecimal> variables;
    private int pos;

    Parser(String text, Map<String, BigDecimal> variables) {
      this.text = text;
      this.variables = variables;
    }

    BigDecimal parse() {
      BigDecimal value = expression();
      skipSpaces();
      if (pos != text.length()) {
        throw unreadable("unexpected text at position " + (pos + 1));
      }
      return value;
    }

    private BigDecimal expression() {
      BigDecimal value = term();
      while (true) {
        skipSpaces();
        if (accept('+')) {
          value = value.add(term());
        } else if (accept('-')) {
          value = value.subtract(term());
        } else {
          return value;
        }
      }
    }

    private BigDecimal term() {
      BigDecimal value = factor();
      while (true) {
        skipSpaces();
        if (accept('*')) {
          value = value.multiply(factor());
        } else if (peek('/')) {
          pos++;
          skipSpaces();
          int start = pos;
          BigDecimal divisor = factor();
          if (value.signum() == 0) {
            // A zero difference passes whatever it is divided by: a balanced delivery has a
            // total of zero in the 2017 formula's denominator.
            value = BigDecimal.ZERO;
          } else if (divisor.signum() == 0) {
            throw new DivisionByZero(text.substring(start, pos).strip());
          } else {
            value = value.divide(divisor, DIVISION);
          }
        } else {
          return value;
        }
      }
    }

    private BigDecimal factor() {
      skipSpaces();
      if (accept('-')) {
        return factor().negate();
      }
      if (accept('(')) {
        BigDecimal value = expression();
        skipSpaces();
        expect(')');
        return value;
      }
      int start = pos;
      if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
          pos++;
        }
        try {
          return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException e) {
          throw unreadable("no number at position " + (start + 1));
        }
      }
      while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
      }
      String name = text.substring(start, pos);
      if (name.isEmpty()) {
        throw unreadable("expected a number, a name or a parenthesis at position " + (pos + 1));
      }
      skipSpaces();
      if (name.equalsIgnoreCase("ABS") && accept('(')) {
        BigDecimal value = expression();
        skipSpaces();
        expect(')');
        return value.abs();
      }
      BigDecimal value = variables.get(name);
      if (value == null) {
        throw unreadable("names " + SociaalDomeinException.quote(name) + ", which no earlier step defines");
      }
      return value;
    }

    private void skipSpaces() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private boolean peek(char c) {
      return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean accept(char c) {
      if (peek(c)) {
        pos++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!accept(c)) {
        throw unreadable("expected '" + c + "' at position " + (pos + 1));
      }
    }

    private SociaalDomeinException unreadable(String why) {
      return new SociaalDomeinException("formula", Optional.of(text), why);
    }
  }
}
