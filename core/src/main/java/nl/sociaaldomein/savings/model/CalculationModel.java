// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.notation.FigureFormat;

/**
 * The calculation behind one measure's claimed saving: gains that make up the gross saving,
 * costs set against it, and the net compared with the amount the document claims. Each gain and
 * cost is a money {@link Result}, so the model rounds exactly where the document says it does and
 * nowhere else.
 *
 * @param name the measure, as the document names it
 * @param gains the parts of the gross saving; at least one
 * @param costs what the measure costs; may be empty
 * @param claimed the net saving the document claims
 * @param tolerance how far the net may lie from the claim and still count as agreement
 */
public record CalculationModel(String name, List<Result> gains, List<Result> costs, Amount claimed, Amount tolerance) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public CalculationModel {
    Objects.requireNonNull(name, "name");
    gains = List.copyOf(Objects.requireNonNull(gains, "gains"));
    costs = List.copyOf(Objects.requireNonNull(costs, "costs"));
    Objects.requireNonNull(claimed, "claimed");
    Objects.requireNonNull(tolerance, "tolerance");
    if (name.isBlank()) {
      throw new SociaalDomeinException("model name", Optional.of(name), "a model needs a name");
    }
    if (gains.isEmpty()) {
      throw new SociaalDomeinException("model " + SociaalDomeinException.quote(name), Optional.empty(),
          "a model needs at least one gain");
    }
    // Validated now, so that gross, costs, net and the derivation never throw later: each part
    // can be printed and is money to the cent.
    for (Result part : gains) {
      part.checkPrintable();
      part.amount();
    }
    for (Result part : costs) {
      part.checkPrintable();
      part.amount();
    }
    new Comparison(Amount.ZERO, claimed, tolerance);
  }

  /** A model without costs whose net must equal the claim to the cent to count as equal. */
  public static CalculationModel of(String name, List<Result> gains, List<Result> costs, Amount claimed) {
    return new CalculationModel(name, gains, costs, claimed, Amount.ZERO);
  }

  /** This model, whose net may differ from the claim by {@code tolerance} and still count as equal. */
  public CalculationModel withTolerance(Amount tolerance) {
    return new CalculationModel(name, gains, costs, claimed, tolerance);
  }

  /**
   * This model with every driver replaced by {@code change} of it (a scenario's driver values),
   * the structure, labels, roundings, claim and tolerance kept: the stated roundings apply to the
   * new values exactly as to the old.
   */
  public CalculationModel withDrivers(UnaryOperator<Driver> change) {
    Objects.requireNonNull(change, "change");
    return new CalculationModel(name, rewriteAll(gains, change), rewriteAll(costs, change), claimed, tolerance);
  }

  /** The drivers the model uses, in the order they first appear, each name once. */
  public List<Driver> drivers() {
    Map<String, Driver> found = new LinkedHashMap<>();
    withDrivers(driver -> {
      found.putIfAbsent(driver.name(), driver);
      return driver;
    });
    return List.copyOf(found.values());
  }

  private static List<Result> rewriteAll(List<Result> parts, UnaryOperator<Driver> change) {
    return parts.stream().map(part -> (Result) rewrite(part, change)).collect(Collectors.toList());
  }

  private static Expression rewrite(Expression node, UnaryOperator<Driver> change) {
    if (node instanceof Driver driver) {
      return Objects.requireNonNull(change.apply(driver), "changed driver");
    }
    if (node instanceof Product product) {
      return new Product(product.factors().stream().map(f -> rewrite(f, change)).collect(Collectors.toList()));
    }
    if (node instanceof Sum sum) {
      return new Sum(sum.terms().stream().map(t -> rewrite(t, change)).collect(Collectors.toList()));
    }
    Result result = (Result) node;
    return new Result(rewrite(result.expression(), change), result.label(), result.rounding());
  }

  /** The gross saving: the sum of the gains as each is carried forward (rounded where stated). */
  public Amount gross() {
    return Amount.sum(gains.stream().map(Result::amount).collect(Collectors.toList()));
  }

  /** The sum of the costs. */
  public Amount totalCosts() {
    return Amount.sum(costs.stream().map(Result::amount).collect(Collectors.toList()));
  }

  /** Gross minus costs. */
  public Amount net() {
    return gross().minus(totalCosts());
  }

  /** The net against the claim. */
  public Comparison comparison() {
    return new Comparison(net(), claimed, tolerance);
  }

  /**
   * The derivation, one line per gain and cost, then gross, net and the claim, in Dutch notation:
   *
   * <pre>
   * 100 x (60 x 0,84) = € 5.040 per week x 46 = € 231.840, afgerond € 232.000 per jaar
   * ...
   * bruto: € 232.000 + € 325.000 = € 557.000
   * netto: € 557.000 - € 240.000 - € 50.000 = € 267.000
   * geclaimd: € 300.000, verschil: € -33.000
   * </pre>
   */
  public String derivation() {
    List<String> lines = new ArrayList<>();
    gains.forEach(part -> lines.add(part.chain()));
    costs.forEach(part -> lines.add("kosten: " + part.chain()));
    lines.add("bruto: " + joined(gains, " + ") + (gains.size() > 1 ? " = " + euros(gross()) : ""));
    if (!costs.isEmpty()) {
      lines.add("netto: " + euros(gross()) + " - " + joined(costs, " - ") + " = " + euros(net()));
    }
    lines.add("geclaimd: " + euros(claimed) + ", verschil: " + euros(comparison().difference()));
    return String.join("\n", lines);
  }

  private static String joined(List<Result> parts, String operator) {
    return parts.stream().map(part -> euros(part.amount())).collect(Collectors.joining(operator));
  }

  private static String euros(Amount amount) {
    return FigureFormat.exactEuros(amount).format(amount, RoundingMode.UNNECESSARY);
  }
}
