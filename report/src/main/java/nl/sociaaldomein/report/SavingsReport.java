// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.sociaaldomein.savings.Kind;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.ModelledMeasure;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.PointRule;
import nl.sociaaldomein.savings.Scenario;
import nl.sociaaldomein.savings.ScenarioComparison;
import nl.sociaaldomein.savings.Target;
import nl.sociaaldomein.text.SavingsText;

/**
 * A savings plan as a document: the jaarschijf per year and domain as a table and as a stacked
 * bar chart with the target as a line and the interval that ranges and {@code p.m.} items leave
 * shown as a band (never as 0), the {@code p.m.} items by name; and, where given, each claimed
 * saving against its calculation with the derivation, and a scenario against the base. The
 * tables are {@link SavingsText}'s, so the document and the plain text show the same figures.
 */
public final class SavingsReport {

  private final String title;
  private final Phasing phasing;
  private final Line line;
  private final PointRule rule;
  private final List<ReportInput> inputs;
  private final Optional<Target> target;
  private final Optional<ModelledPlan> models;
  private final Optional<ScenarioComparison> scenarios;

  private SavingsReport(String title, Phasing phasing, Line line, PointRule rule, List<ReportInput> inputs,
      Optional<Target> target, Optional<ModelledPlan> models, Optional<ScenarioComparison> scenarios) {
    this.title = Objects.requireNonNull(title, "title");
    this.phasing = Objects.requireNonNull(phasing, "phasing");
    this.line = Objects.requireNonNull(line, "line");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    this.target = target;
    this.models = models;
    this.scenarios = scenarios;
  }

  /**
   * The jaarschijf {@code phasing}, charted on {@code line} (the line a target is set against,
   * usually {@link Line#STRUCTURAL}), each interval shown as one number by {@code rule}.
   */
  public static SavingsReport of(String title, Phasing phasing, Line line, PointRule rule, List<ReportInput> inputs) {
    return new SavingsReport(title, phasing, line, rule, inputs, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This report with {@code target} (taakstelling) set against its line, in the table and as the chart's line. */
  public SavingsReport withTarget(Target target) {
    return new SavingsReport(title, phasing, line, rule, inputs, Optional.of(target), models, scenarios);
  }

  /** This report with the claimed-versus-computed table and the derivations of {@code modelled}. */
  public SavingsReport withModels(ModelledPlan modelled) {
    return new SavingsReport(title, phasing, line, rule, inputs, target, Optional.of(modelled), scenarios);
  }

  /** This report with {@code comparison}, a scenario against the base, per year and domain. */
  public SavingsReport withScenarios(ScenarioComparison comparison) {
    return new SavingsReport(title, phasing, line, rule, inputs, target, models, Optional.of(comparison));
  }

  /** One HTML file with its style and chart inline: no scripts, fonts or anything else fetched; A4 when printed. */
  public String html() {
    return Templates.render("savings.html.mustache", model(UnaryOperator.identity(), true));
  }

  /** The same content as Markdown (GitHub tables), without the chart; the {@code p.m.} items are listed. */
  public String markdown() {
    return Templates.render("savings.md.mustache", model(Templates::markdownCell, false));
  }

  /** The template's model; {@code charts} only for HTML, since Markdown has no place for them. */
  private Map<String, Object> model(UnaryOperator<String> text, boolean charts) {
    Map<String, Object> model = ReportFrame.model(title, inputs, rules(), text);
    List<Year> years = phasing.years();
    model.put("firstYear", years.get(0).toString());
    model.put("lastYear", years.get(years.size() - 1).toString());
    model.put("line", SavingsText.label(line));
    model.put("ruleText", SavingsText.ruleText(rule));
    List<List<String>> phasingRows = target.map(t -> SavingsText.phasingRows(phasing, t, line, rule))
        .orElseGet(() -> SavingsText.phasingRows(phasing, rule));
    model.put("phasing", table(phasingRows, text));
    model.put("phasingRanged", SavingsText.isAnyShownFromInterval(phasingRows));
    List<Map<String, Object>> open = openItems(text);
    model.put("openItems", open);
    model.put("hasOpenItems", !open.isEmpty());
    if (charts) {
      model.put("chart", SavingsChart.phasing(phasing, target, line, rule));
    }
    model.put("band", SavingsChart.BAND);
    model.put("target", target.isPresent());
    models.ifPresent(m -> model.put("models", models(m, text)));
    scenarios.ifPresent(s -> {
      List<List<String>> rows = SavingsText.scenarioRows(s, rule);
      Map<String, Object> out = table(rows, text);
      out.put("ranged", SavingsText.isAnyShownFromInterval(rows));
      out.put("base", text.apply(s.base().name()));
      out.put("scenario", text.apply(s.scenario().name()));
      model.put("scenarios", out);
    });
    return model;
  }

  /** Every rule that decided a figure, so that the document can be reproduced. */
  private List<String> rules() {
    List<String> rules = new ArrayList<>();
    rules.add("Bedragen in hele euro's, centen alleen waar een bedrag ze heeft; niets afgerond (RoundingMode.UNNECESSARY).");
    rules.add("Een interval (marge of p.m.) als één getal: " + SavingsText.ruleText(rule) + " (PointRule." + rule.name()
        + (rule == PointRule.MIDPOINT ? ", een halve cent afgerond met " + PointRule.MIDPOINT_ROUNDING : "")
        + "), gemarkeerd met *; voor netto telt de andere grens van de kosten.");
    rules.add("Een p.m. zonder ondergrens telt als ten minste € 0; in de grafiek wordt een p.m. nooit als 0 getekend.");
    target.ifPresent(t -> rules.add("Taakstelling gezet tegen de regel " + SavingsText.label(line)
        + "; gedekt, tekort en overschot volgen uit het getal van die regel volgens dezelfde regel."));
    models.ifPresent(m -> rules.add("Rekenmodellen exact (BigDecimal), afgerond alleen waar het document afrondt,"
        + " zoals de afleiding toont."));
    scenarios.ifPresent(s -> rules.add("Scenario's: groei samengesteld vanaf het basisjaar, per jaar op hele eenheden"
        + " afgerond met " + Scenario.GROWTH_ROUNDING + "."));
    return rules;
  }

  /** Rows of cells, header first, as the templates lay them out. */
  private static Map<String, Object> table(List<List<String>> rows, UnaryOperator<String> text) {
    Map<String, Object> out = new HashMap<>();
    out.put("header", rows.get(0).stream().map(text).toList());
    out.put("figureColumns", rows.get(0).subList(1, rows.get(0).size()));
    int width = rows.get(0).size();
    List<Map<String, Object>> body = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      Map<String, Object> r = new HashMap<>();
      String label = row.get(0);
      r.put("label", text.apply(label.strip()));
      r.put("indented", label.startsWith("  "));
      r.put("heading", row.size() == 1);
      r.put("cells", row.subList(1, row.size()).stream().map(text).toList());
      r.put("blanks", Collections.nCopies(Math.max(0, width - 1), ""));
      body.add(r);
    }
    out.put("rows", body);
    return out;
  }

  /** The counted lines of the phasing's years whose amount is an interval, p.m. or a range. */
  private List<Map<String, Object>> openItems(UnaryOperator<String> text) {
    List<Year> years = phasing.years();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Measure m : phasing.plan().counted()) {
      if (!m.amount().isExact() && years.stream().anyMatch(m::isActiveIn)) {
        out.add(Map.of("id", text.apply(m.id()), "description", text.apply(m.description()),
            "domain", text.apply(m.domain().name()), "amount", text.apply(SavingsText.rangeText(m.amount())),
            "pm", m.amount().isProMemorie()));
      }
    }
    return out;
  }

  private static Map<String, Object> models(ModelledPlan modelled, UnaryOperator<String> text) {
    Map<String, Object> out = table(SavingsText.modelComparisonRows(modelled.modelComparisons()), text);
    List<Map<String, Object>> derivations = new ArrayList<>();
    for (ModelledMeasure m : modelled.modelComparisons()) {
      derivations.add(Map.of("id", text.apply(m.measure().id()), "name", text.apply(m.model().name()),
          "lines", List.of(m.model().derivation().split("\n")).stream().map(text).toList()));
    }
    out.put("derivations", derivations);
    out.put("claimed", SavingsText.rangeText(modelled.plan().total(Kind.STRUCTURAL)));
    out.put("computed", SavingsText.rangeText(modelled.computed().total(Kind.STRUCTURAL)));
    out.put("count", modelled.modelled().size());
    return out;
  }
}
