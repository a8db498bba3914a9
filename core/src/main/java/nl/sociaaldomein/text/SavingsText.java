package nl.sociaaldomein.text;

import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.text.TextTable.Column;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.ModelledMeasure;
import nl.sociaaldomein.savings.Phasing;
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

  private static final String NL = System.lineSeparator();
  private static final String UNKNOWN = "onbekend";

  private SavingsText() {}

  /** The jaarschijf: per domain and in total, structural, incidental, costs and net per year. */
  public static String phasing(Phasing phasing, PointRule rule) {
    return phasing(phasing, Optional.empty(), rule);
  }

  /**
   * The jaarschijf with, under the total, the target and per year of the target the part of it
   * the net covers, the gap (target minus the net as the rule shows it; negative is a surplus) and
   * the coverage of the whole interval.
   */
  public static String phasing(Phasing phasing, Target target, PointRule rule) {
    return phasing(phasing, Optional.of(target), rule);
  }

  private static String phasing(Phasing phasing, Optional<Target> target, PointRule rule) {
    List<Year> years = phasing.years();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of(""));
    years.forEach(y -> header.add(y.toString()));
    rows.add(header);
    boolean[] ranged = {false};
    List<Optional<Domain>> parts = new ArrayList<>();
    phasing.domains().forEach(d -> parts.add(Optional.of(d)));
    parts.add(Optional.empty());
    for (Optional<Domain> part : parts) {
      rows.add(List.of(part.map(Domain::name).orElse("totaal")));
      for (Line line : Line.values()) {
        List<String> row = new ArrayList<>(List.of("  " + label(line)));
        for (Year year : years) {
          AmountRange cell = part.map(d -> phasing.of(year, d)).orElseGet(() -> phasing.total(year)).line(line);
          ranged[0] |= !cell.isExact();
          row.add(point(phasing.point(year, part, line, rule).map(Point::amount), cell));
        }
        rows.add(row);
      }
    }
    if (target.isPresent()) {
      TargetComparison comparison = TargetComparison.of(phasing, target.get(), Line.NET);
      List<String> goal = new ArrayList<>(List.of("taakstelling"));
      List<String> covered = new ArrayList<>(List.of("  gedekt"));
      List<String> gap = new ArrayList<>(List.of("  tekort"));
      List<String> coverage = new ArrayList<>(List.of("  dekking"));
      for (Year year : years) {
        Optional<TargetComparison.Row> row = comparison.in(year);
        goal.add(row.map(r -> euros(r.target())).orElse(""));
        covered.add(row.map(r -> point(rule.pick(r.covered()), r.covered())).orElse(""));
        Optional<Point> net = phasing.point(year, Optional.empty(), Line.NET, rule);
        gap.add(row.map(r -> net.map(n -> euros(r.target().minus(n.amount()))).orElse(UNKNOWN)).orElse(""));
        coverage.add(row.map(r -> coverageText(r)).orElse(""));
      }
      rows.add(goal);
      rows.add(covered);
      rows.add(gap);
      rows.add(coverage);
    }
    StringBuilder out = new StringBuilder(TextTable.standard().format(rows));
    if (ranged[0]) {
      out.append("* interval, getoond als één getal: ").append(rule.label()).append(NL);
    }
    return out.toString();
  }

  /** Claimed against computed for each modelled measure, then each derivation. */
  public static String modelComparisons(List<ModelledMeasure> modelled) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("maatregel", "geclaimd", "berekend", "verschil", "oordeel"));
    for (ModelledMeasure m : modelled) {
      Comparison c = m.comparison();
      rows.add(List.of(m.measure().id() + " " + m.measure().description(), euros(c.claimed()), euros(c.computed()),
          euros(c.difference()), verdictText(c.verdict())));
    }
    StringBuilder out = new StringBuilder(TextTable.standard().format(rows));
    for (ModelledMeasure m : modelled) {
      out.append(NL).append(m.measure().id()).append(" ").append(m.model().name()).append(NL);
      for (String line : m.model().derivation().split("\n")) {
        out.append("  ").append(line).append(NL);
      }
    }
    return out.toString();
  }

  /** The net per year, in total and per domain, under the base and the scenario, with the difference. */
  public static String scenarios(ScenarioComparison comparison, PointRule rule) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("jaar", "domein", comparison.base().name(), comparison.scenario().name(), "verschil"));
    boolean ranged = false;
    for (ScenarioComparison.Row row : comparison.rows()) {
      AmountRange base = row.base().net();
      AmountRange scenario = row.scenario().net();
      ranged |= !base.isExact() || !scenario.isExact();
      Optional<Amount> b = rule.pick(base);
      Optional<Amount> s = rule.pick(scenario);
      rows.add(List.of(row.year().toString(), row.domain().map(Domain::name).orElse("totaal"),
          point(b, base), point(s, scenario),
          b.isPresent() && s.isPresent() ? euros(s.get().minus(b.get())) : UNKNOWN));
    }
    StringBuilder out = new StringBuilder(TextTable.of(Column.left(0), Column.left(0), Column.right(0), Column.right(0),
        Column.right(0)).format(rows));
    if (ranged) {
      out.append("* interval, getoond als één getal: ").append(rule.label()).append(NL);
    }
    return out.toString();
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

  private static String label(Line line) {
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
    return amount.map(a -> euros(a) + (cell.isExact() ? "" : "*")).orElse(UNKNOWN);
  }

  private static String euros(Amount amount) {
    // Whole euros as plans print them; cents only where the amount has them, so nothing is rounded.
    return FigureFormat.exactEuros(amount).format(amount, RoundingMode.UNNECESSARY);
  }
}
