// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.notation.DirectionStyle;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.text.VarianceText;
import nl.sociaaldomein.variance.BudgetLegality;
import nl.sociaaldomein.variance.ClassTotals;
import nl.sociaaldomein.variance.Comparison;
import nl.sociaaldomein.variance.Explanation;
import nl.sociaaldomein.variance.Finding;
import nl.sociaaldomein.variance.LegalityRules;
import nl.sociaaldomein.variance.Materiality;
import nl.sociaaldomein.variance.Overrun;
import nl.sociaaldomein.variance.Percentage;
import nl.sociaaldomein.variance.ReconciliationRow;
import nl.sociaaldomein.variance.RequiredExplanation;
import nl.sociaaldomein.variance.VarianceClass;
import nl.sociaaldomein.variance.VarianceReport;

/**
 * A variance analysis as a document: the variances the council's rules require to be explained,
 * the explanations reconciled per row with what they leave unexplained and the findings, the
 * explained items split into structural and incidental, the budget-legality section, and a
 * waterfall from the amended budget's result to the realised one, group by group. Figures are
 * in the statement's unit with V or N, written as {@link VarianceText} writes them.
 */
public final class VarianceAnalysisReport {

  private final VarianceReport report;
  private final List<ReportInput> inputs;

  private VarianceAnalysisReport(VarianceReport report, List<ReportInput> inputs) {
    this.report = report;
    this.inputs = List.copyOf(inputs);
  }

  /** The document of {@code report}, made from {@code inputs} (the statement and its explanations). */
  public static VarianceAnalysisReport of(VarianceReport report, List<ReportInput> inputs) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(inputs, "inputs");
    return new VarianceAnalysisReport(report, inputs);
  }

  /** The analysis the document shows. */
  public VarianceReport report() {
    return report;
  }

  /** One HTML file with its style and charts inline: no scripts, fonts or anything else fetched; A4 when printed. */
  public String html() {
    return Templates.render("variance.html.mustache", model(UnaryOperator.identity(), true));
  }

  /** The same content as Markdown (GitHub tables), without the chart. */
  public String markdown() {
    return Templates.render("variance.md.mustache", model(Templates::markdownCell, false));
  }

  /** The template's model; {@code charts} only for HTML, since Markdown has no place for them. */
  private Map<String, Object> model(UnaryOperator<String> text, boolean charts) {
    Statement s = report.statement();
    Map<String, Object> model = ReportFrame.model("Afwijkingenanalyse: " + s.name(), inputs, rules(), text);
    model.put("comparison", text.apply(comparison(report.comparison())));
    model.put("unitHeading", "x " + FigureFormat.of(s.unit()).heading());
    model.put("required", required(text));
    model.put("requiredCount", report.required().size());
    model.put("hasRequired", !report.required().isEmpty());
    model.put("reconciliation", reconciliation(text));
    List<Map<String, Object>> findings = report.reconciliation().findings().stream().map(f -> finding(f, text)).toList();
    model.put("findings", findings);
    model.put("findingCount", findings.size());
    model.put("reconciled", findings.isEmpty());
    model.put("classHeadings", classHeadings());
    model.put("classes", classes(text));
    report.legality().ifPresentOrElse(l -> model.put("legality", legality(l, text)), () -> model.put("noLegality", true));
    if (charts) {
      VarianceChart.waterfall(report.comparison(),
          "Saldo " + text.apply(report.comparison().budgetColumn().orElse("begroting")),
          "Saldo " + text.apply(report.comparison().actualColumn().orElse("realisatie")))
          .ifPresent(svg -> model.put("chart", svg));
    }
    return model;
  }

  /** Every rule that decided a figure, so that the document can be reproduced. */
  private List<String> rules() {
    Statement s = report.statement();
    List<String> rules = new ArrayList<>();
    report.rules().materiality().requirements().forEach(r -> rules.add("Toelichten: een afwijking " + r.rule().describe()
        + " per " + String.join(" en per ", r.levels().stream().map(VarianceAnalysisReport::level).toList())
        + " (bedragen zoals gedrukt, zonder afrondingsmarge)."));
    report.rules().residualLimit().ifPresent(l -> rules.add("Een restpost (diverse kleine afwijkingen) boven "
        + VarianceText.euros(l) + " laat iets materieels onverklaard."));
    rules.add("Percentage van de begroting: alleen bij een begroting van ten minste "
        + VarianceText.euros(report.rules().percentage().minimumBase(s.unit())) + ", op " + Percentage.SCALE
        + " decimaal afgerond met " + Percentage.ROUNDING + ".");
    rules.add("Bedragen uit meer gedrukte getallen: afgerond op de eenheid met " + VarianceText.DISPLAY_ROUNDING
        + "; de afrondingsmarge is de som van de halve eenheden van elk gedrukt getal.");
    LegalityRules legality = report.rules().legality();
    rules.add("Begrotingsrechtmatigheid: de raad autoriseert per "
        + authorisation(legality.authorisationLevel()) + "; verantwoordingsgrens "
        + VarianceText.threshold(legality.reportingThresholdPercent()) + " van de totale lasten, op centen afgerond met HALF_UP.");
    return rules;
  }

  private List<Map<String, Object>> required(UnaryOperator<String> text) {
    Statement s = report.statement();
    List<RequiredExplanation> items = new ArrayList<>(report.required().items());
    items.sort(Comparator.comparing((RequiredExplanation r) -> r.variance().amount().nominal().abs()).reversed());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RequiredExplanation r : items) {
      Map<String, Object> row = variance(s.unit(), r.variance().amount());
      row.put("row", text.apply(VarianceText.rowLabel(s, r.place())));
      row.put("percentage", VarianceText.percentage(r.variance().percentage()));
      row.put("reason", text.apply(r.reason()));
      rows.add(row);
    }
    return rows;
  }

  private List<Map<String, Object>> reconciliation(UnaryOperator<String> text) {
    Statement s = report.statement();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReconciliationRow r : report.reconciliation().rows()) {
      Map<String, Object> row = variance(s.unit(), r.variance());
      row.put("row", text.apply(VarianceText.rowLabel(s, r.target())));
      row.put("items", VarianceText.variance(s.unit(), r.itemSum()));
      row.put("residual", VarianceText.variance(s.unit(), r.residual()));
      row.put("residualComputed", !r.isResidualGiven());
      row.put("gap", VarianceText.variance(s.unit(), r.gap()));
      row.put("bound", "± " + VarianceText.units(s.unit(), r.bound()));
      List<Finding> findings = report.reconciliation().findings(r.target());
      row.put("ok", findings.isEmpty());
      row.put("rowFindings", findings.stream().map(f -> text.apply(f.reason())).toList());
      List<Map<String, Object>> items = new ArrayList<>();
      for (Explanation e : r.items()) {
        // As printed, in the unit it is printed in (running text may give whole euros).
        Map<String, Object> item = new HashMap<>();
        item.put("variance", FigureFormat.of(e.amount().unit()).withDirectionStyle(DirectionStyle.LETTER).format(e.amount()));
        item.put("direction", e.amount().printedValue().signum() < 0 ? "n" : "v");
        item.put("description", text.apply(e.description()));
        item.put("class", e.varianceClass() == VarianceClass.NONE ? "" : e.varianceClass().code());
        items.add(item);
      }
      row.put("explanationItems", items);
      // The programme explained by its products would list every item again.
      row.put("ownItems", r.basis() == ReconciliationRow.Basis.DIRECT);
      rows.add(row);
    }
    return rows;
  }

  private Map<String, Object> finding(Finding f, UnaryOperator<String> text) {
    Statement s = report.statement();
    Map<String, Object> out = variance(s.unit(), f.amount());
    out.put("row", text.apply(VarianceText.rowLabel(s, f.place())));
    f.item().ifPresent(i -> out.put("item", text.apply(i)));
    out.put("kind", f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    out.put("reason", text.apply(f.reason()));
    return out;
  }

  private static List<String> classHeadings() {
    List<String> headings = new ArrayList<>();
    for (VarianceClass c : VarianceClass.values()) {
      headings.add(c == VarianceClass.NONE ? "zonder klasse" : c.code());
    }
    return headings;
  }

  private List<Map<String, Object>> classes(UnaryOperator<String> text) {
    Statement s = report.statement();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ClassTotals totals : report.reconciliation().classTotals()) {
      Map<String, Object> row = new HashMap<>();
      row.put("scope", text.apply(VarianceText.rowLabel(s, totals.scope())));
      List<String> cells = new ArrayList<>();
      for (VarianceClass c : VarianceClass.values()) {
        cells.add(VarianceText.variance(s.unit(), totals.total(c)));
      }
      row.put("cells", cells);
      row.put("structural", VarianceText.variance(s.unit(), totals.structural()));
      row.put("incidental", VarianceText.variance(s.unit(), totals.incidental()));
      row.put("sum", VarianceText.variance(s.unit(), totals.sum()));
      rows.add(row);
    }
    return rows;
  }

  private Map<String, Object> legality(BudgetLegality legality, UnaryOperator<String> text) {
    Statement s = report.statement();
    Map<String, Object> out = new HashMap<>();
    out.put("comparison", text.apply(comparison(legality.comparison())));
    out.put("level", authorisation(legality.rules().authorisationLevel()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Overrun o : legality.overruns()) {
      Map<String, Object> row = new HashMap<>();
      row.put("row", text.apply(VarianceText.rowLabel(s, o.place())));
      row.put("budgeted", o.budgeted().map(b -> VarianceText.figure(s.unit(), b, DirectionStyle.SIGN)).orElse(""));
      row.put("realised", o.realised().map(r -> VarianceText.figure(s.unit(), r, DirectionStyle.SIGN)).orElse(""));
      row.put("overrun", VarianceText.figure(s.unit(), o.amount(), DirectionStyle.SIGN));
      row.put("acceptance", text.apply(VarianceText.acceptance(s, o.acceptance())));
      row.put("accepted", o.acceptance().isAccepted());
      rows.add(row);
    }
    out.put("overruns", rows);
    out.put("none", rows.isEmpty());
    out.put("unaccepted", text.apply(VarianceText.unaccepted(s, legality)));
    out.put("exceeded", legality.exceedsReportingThreshold());
    return out;
  }

  /** Which columns are compared, in the report's Dutch: {@code "Realisatie 2022" tegen "Begroting 2022"}. */
  private static String comparison(Comparison comparison) {
    if (comparison.budgetColumn().isPresent() && comparison.actualColumn().isPresent()) {
      return SociaalDomeinException.quote(comparison.actualColumn().get()) + " tegen "
          + SociaalDomeinException.quote(comparison.budgetColumn().get());
    }
    return "de afwijkingen van kolom " + comparison.varianceColumn().map(SociaalDomeinException::quote).orElse("?");
  }

  /** The level a materiality rule applies at, in Dutch. */
  private static String level(Materiality.Level level) {
    return switch (level) {
      case LINE -> "regel";
      case GROUP_SIDE -> "lasten, baten of reservemutatie van een groep";
      case GROUP -> "groep voor mutaties reserves";
      case GROUP_AFTER_RESERVES -> "groep na mutaties reserves";
      case PROGRAMME -> "programma na mutaties reserves";
    };
  }

  private static String authorisation(LegalityRules.AuthorisationLevel level) {
    return level == LegalityRules.AuthorisationLevel.GROUP ? "groep" : "programma";
  }

  /** A map holding {@code amount} as a variance with V or N, and whether it is favourable, for the template. */
  private static Map<String, Object> variance(EuroUnit unit, Estimate amount) {
    Map<String, Object> out = new HashMap<>();
    out.put("variance", VarianceText.variance(unit, amount));
    out.put("direction", amount.nominal().signum() < 0 ? "n" : "v");
    return out;
  }
}
