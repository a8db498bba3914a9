// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.text;

import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.text.TextTable.Column;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.ModelledMeasure;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.PlanSummary;
import nl.sociaaldomein.savings.Point;
import nl.sociaaldomein.savings.PointRule;
import nl.sociaaldomein.savings.ScenarioComparison;
import nl.sociaaldomein.savings.Target;
import nl.sociaaldomein.savings.TargetComparison;
import nl.sociaaldomein.savings.model.Comparison;

/**
 * A savings plan as a person reads it: the jaarschijf per year and domain against the target,
 * the claimed-versus-computed table of the modelled measures with their derivations, and two
 * scenarios side by side. Figures in whole euros as plans print them (cents only where an amount
 * has them). Where a cell is an interval it is shown as one number by the rule given, marked
 * {@code *}, and the rule is printed under the table.
 */
public final class SavingsText {

  /** What follows an amount that is an interval shown as one number. */
  private static final String INTERVAL_MARK = "*";

  private static final String NL = System.lineSeparator();
  private static final String UNKNOWN = "onbekend";

  private SavingsText() {}

  /** The jaarschijf: per domain and in total, structural, incidental, costs and net per year. */
  public static String phasing(Phasing phasing, PointRule rule) {
    return phasing(phasing, Optional.empty(), Line.NET, rule);
  }

  /**
   * The jaarschijf with, under the total, the target set against {@code line} (named in the
   * label, "taakstelling (structureel)") and per year of the target: the part of it the line
   * covers, the shortfall and the surplus, each from the line's figure by {@code rule} so that
   * they agree with it and with each other (covered plus shortfall is the target, covered plus
   * surplus the line), and the coverage of the whole interval. A figure made from an interval is
   * marked {@code *}; "onbekend" stands only where the rule gives no number.
   */
  public static String phasing(Phasing phasing, Target target, Line line, PointRule rule) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(line, "line");
    return phasing(phasing, Optional.of(target), line, rule);
  }

  private static String phasing(Phasing phasing, Optional<Target> target, Line against, PointRule rule) {
    List<List<String>> rows = phasingRows(phasing, target, against, rule);
    StringBuilder out = new StringBuilder(TextTable.standard().format(rows));
    if (isAnyShownFromInterval(rows)) {
      out.append("* interval, getoond als één getal: ").append(ruleText(rule)).append(NL);
    }
    return out.toString();
  }

  /**
   * The cells of {@link #phasing(Phasing, PointRule)}, header first, for a report that lays them
   * out itself: a row of one cell heads a domain or the total, a label indented by two spaces is
   * a line under it, and a figure made from an interval ends in {@code *}.
   */
  public static List<List<String>> phasingRows(Phasing phasing, PointRule rule) {
    return phasingRows(phasing, Optional.empty(), Line.NET, rule);
  }

  /** The cells of {@link #phasing(Phasing, Target, Line, PointRule)}, laid out as {@link #phasingRows(Phasing, PointRule)}. */
  public static List<List<String>> phasingRows(Phasing phasing, Target target, Line line, PointRule rule) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(line, "line");
    return phasingRows(phasing, Optional.of(target), line, rule);
  }

  /**
   * Whether a figure among {@code rows} is an interval shown as one number (an amount marked
   * {@code *}). Only amounts count: a name in the header or a label (a scenario called "B*") is
   * not a figure.
   */
  public static boolean isAnyShownFromInterval(List<List<String>> rows) {
    return rows.stream().flatMap(List::stream).anyMatch(cell -> cell.startsWith("€ ") && cell.endsWith(INTERVAL_MARK));
  }

  private static List<List<String>> phasingRows(Phasing phasing, Optional<Target> target, Line against, PointRule rule) {
    Objects.requireNonNull(phasing, "phasing");
    Objects.requireNonNull(rule, "rule");
    List<Year> years = phasing.years();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of(""));
    years.forEach(y -> header.add(y.toString()));
    rows.add(header);
    List<Optional<Domain>> parts = new ArrayList<>();
    phasing.domains().forEach(d -> parts.add(Optional.of(d)));
    parts.add(Optional.empty());
    for (Optional<Domain> part : parts) {
      rows.add(List.of(part.map(Domain::name).orElse("totaal")));
      for (Line line : Line.values()) {
        List<String> row = new ArrayList<>(List.of("  " + label(line)));
        for (Year year : years) {
          AmountRange cell = part.map(d -> phasing.of(year, d)).orElseGet(() -> phasing.total(year)).line(line);
          row.add(point(phasing.point(year, part, line, rule).map(Point::amount), cell));
        }
        rows.add(row);
      }
    }
    if (target.isPresent()) {
      TargetComparison comparison = TargetComparison.of(phasing, target.get(), against);
      List<String> goal = new ArrayList<>(List.of("taakstelling (" + label(against) + ")"));
      List<String> covered = new ArrayList<>(List.of("  gedekt"));
      List<String> gap = new ArrayList<>(List.of("  tekort"));
      List<String> surplus = new ArrayList<>(List.of("  overschot"));
      List<String> coverage = new ArrayList<>(List.of("  dekking"));
      for (Year year : years) {
        Optional<TargetComparison.Row> row = comparison.in(year);
        goal.add(row.map(r -> euros(r.target())).orElse(""));
        if (row.isEmpty()) {
          List.of(covered, gap, surplus, coverage).forEach(r -> r.add(""));
          continue;
        }
        TargetComparison.Row r = row.get();
        Shown shown = Shown.of(phasing.point(year, Optional.empty(), against, rule).map(Point::amount), rule);
        Amount zero = Amount.ZERO;
        covered.add(shown.map(r, p -> Amount.min(r.target(), Amount.max(zero, p)), r.target(), zero));
        gap.add(shown.map(r, p -> Amount.max(zero, r.target().minus(p)), zero, r.target()));
        surplus.add(shown.map(r, p -> Amount.max(zero, p.minus(r.target())), null, zero));
        coverage.add(coverageText(r));
      }
      rows.add(goal);
      rows.add(covered);
      rows.add(gap);
      rows.add(surplus);
      rows.add(coverage);
    }
    return rows;
  }

  /**
   * The line's figure by a rule, or where the rule gives none, the side it lies on: the lower end
   * of an interval open below is minus infinity, the upper end of one open above plus infinity,
   * and a midpoint of either is no number at all.
   */
  private record Shown(Optional<Amount> amount, int infinity) {

    static Shown of(Optional<Amount> amount, PointRule rule) {
      if (amount.isPresent()) {
        return new Shown(amount, 0);
      }
      return new Shown(amount, rule == PointRule.UPPER_END ? 1 : rule == PointRule.MIDPOINT ? 0 : -1);
    }

    /**
     * {@code figure} of the shown amount, or {@code atTop}/{@code atBottom} where the amount is
     * infinitely high or low ({@code null}: then no number either), marked as the line's cell is.
     */
    String map(TargetComparison.Row row, java.util.function.UnaryOperator<Amount> figure, Amount atTop, Amount atBottom) {
      Optional<Amount> value = amount.isPresent() ? amount.map(figure)
          : Optional.ofNullable(infinity > 0 ? atTop : infinity < 0 ? atBottom : null);
      return point(value, row.planned());
    }
  }
  /**
   * A list of measures as its document totals it: each line with its amount, the interval total,
   * the figure the rule makes of it and where that lies in the interval (seed 004's interview
   * list prints its lower end as "Totaal"), and the open {@code p.m.} items listed by name.
   */
  public static String measures(PlanSummary summary) {
    Objects.requireNonNull(summary, "summary");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("", "maatregel", "bedrag"));
    for (Measure m : summary.measures()) {
      rows.add(List.of(m.id(), m.description(), rangeText(m.amount())));
    }
    rows.add(List.of("", "totaal (interval)", rangeText(summary.total())));
    StringBuilder out = new StringBuilder(TextTable.of(Column.left(0), Column.left(0), Column.right(0)).format(rows));
    out.append("totaal als één getal (").append(ruleText(summary.rule())).append("): ")
        .append(summary.shown().map(p -> euros(p.amount())).orElse(UNKNOWN))
        .append(summary.position().map(p -> ", " + positionText(p)).orElse("")).append(NL);
    if (summary.open().isEmpty()) {
      out.append("geen open posten").append(NL);
    } else {
      out.append("open posten (p.m.), niet of niet volledig in dat getal:").append(NL);
      for (Measure m : summary.open()) {
        out.append("  ").append(m.id()).append("  ").append(m.description()).append("  ")
            .append(rangeText(m.amount())).append(NL);
      }
    }
    return out.toString();
  }

  private static String positionText(PlanSummary.Position position) {
    switch (position) {
      case EXACT:
        return "het interval is één getal";
      case LOWER_END:
        return "de ondergrens van het interval";
      case UPPER_END:
        return "de bovengrens van het interval";
      case INSIDE:
        return "binnen het interval";
      default:
        return "onder de ondergrens van het interval";
    }
  }

  /** An amount as a plan prints it: {@code € 5.000}, {@code p.m.}, {@code € 20.000 tot € 35.000}, {@code ten minste € 1.473.000, p.m.}. */
  public static String rangeText(AmountRange range) {
    Optional<Amount> low = range.low();
    Optional<Amount> high = range.high();
    String ends;
    if (low.isPresent() && high.isPresent()) {
      ends = low.equals(high) ? euros(low.get()) : euros(low.get()) + " tot " + euros(high.get());
    } else if (low.isPresent()) {
      ends = "ten minste " + euros(low.get());
    } else if (high.isPresent()) {
      ends = "ten hoogste " + euros(high.get());
    } else {
      return range.isProMemorie() ? "p.m." : "onbekend";
    }
    return range.isProMemorie() ? "p.m. (" + ends + ")" : ends;
  }

  /** Claimed against computed for each modelled measure, then each derivation. */
  public static String modelComparisons(List<ModelledMeasure> modelled) {
    StringBuilder out = new StringBuilder(TextTable.standard().format(modelComparisonRows(modelled)));
    for (ModelledMeasure m : modelled) {
      out.append(NL).append(m.measure().id()).append(" ").append(m.model().name()).append(NL);
      for (String line : m.model().derivation().split("\n")) {
        out.append("  ").append(line).append(NL);
      }
    }
    return out.toString();
  }

  /** The claimed-versus-computed table of {@link #modelComparisons}, header first, without the derivations. */
  public static List<List<String>> modelComparisonRows(List<ModelledMeasure> modelled) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("maatregel", "geclaimd", "berekend", "verschil", "oordeel"));
    for (ModelledMeasure m : modelled) {
      Comparison c = m.comparison();
      rows.add(List.of(m.measure().id() + " " + m.measure().description(), euros(c.claimed()), euros(c.computed()),
          euros(c.difference()), verdictText(c.verdict())));
    }
    return rows;
  }

  /** The net per year, in total and per domain, under the base and the scenario, with the difference. */
  public static String scenarios(ScenarioComparison comparison, PointRule rule) {
    List<List<String>> rows = scenarioRows(comparison, rule);
    StringBuilder out = new StringBuilder(TextTable.of(Column.left(0), Column.left(0), Column.right(0), Column.right(0),
        Column.right(0)).format(rows));
    if (isAnyShownFromInterval(rows)) {
      out.append("* interval, getoond als één getal: ").append(ruleText(rule)).append(NL);
    }
    return out.toString();
  }

  /** The cells of {@link #scenarios}, header first; a figure made from an interval ends in {@code *}. */
  public static List<List<String>> scenarioRows(ScenarioComparison comparison, PointRule rule) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(rule, "rule");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("jaar", "domein", comparison.base().name(), comparison.scenario().name(), "verschil"));
    for (ScenarioComparison.Row row : comparison.rows()) {
      AmountRange base = row.base().net();
      AmountRange scenario = row.scenario().net();
      Optional<Amount> b = rule.pick(base);
      Optional<Amount> s = rule.pick(scenario);
      rows.add(List.of(row.year().toString(), row.domain().map(Domain::name).orElse("totaal"),
          point(b, base), point(s, scenario),
          b.isPresent() && s.isPresent() ? euros(s.get().minus(b.get())) : UNKNOWN));
    }
    return rows;
  }

  private static String verdictText(Comparison.Verdict verdict) {
    switch (verdict) {
      case EQUAL:
        return "gelijk";
      case WITHIN:
        return "binnen marge";
      default:
        return "wijkt af";
    }
  }

  private static String coverageText(TargetComparison.Row row) {
    switch (row.coverage()) {
      case COVERED:
        return "gedekt";
      case POSSIBLY_COVERED:
        return "mogelijk";
      default:
        return "tekort";
    }
  }

  /** The rule in the Dutch of the table it stands under: ondergrens, bovengrens, midden, p.m. als 0. */
  public static String ruleText(PointRule rule) {
    switch (rule) {
      case LOWER_END:
        return "ondergrens";
      case UPPER_END:
        return "bovengrens";
      case MIDPOINT:
        return "midden";
      default:
        return "p.m. als 0, overige marges op hun ondergrens";
    }
  }

  /** The line as the tables name it: structureel, incidenteel, kosten, netto. */
  public static String label(Line line) {
    switch (line) {
      case STRUCTURAL:
        return "structureel";
      case INCIDENTAL:
        return "incidenteel";
      case COSTS:
        return "kosten";
      default:
        return "netto";
    }
  }

  private static String point(Optional<Amount> amount, AmountRange cell) {
    return amount.map(a -> euros(a) + (cell.isExact() ? "" : INTERVAL_MARK)).orElse(UNKNOWN);
  }

  /** An amount as plans print it: whole euros, cents only where it has them ({@code € 1.900.000}). */
  public static String euros(Amount amount) {
    // Whole euros as plans print them; cents only where the amount has them, so nothing is rounded.
    return FigureFormat.exactEuros(amount).format(amount, RoundingMode.UNNECESSARY);
  }
}
