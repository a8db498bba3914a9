// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DirectionStyle;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.notation.PercentageFormat;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Acceptance;
import nl.sociaaldomein.variance.BudgetLegality;
import nl.sociaaldomein.variance.ClassTotals;
import nl.sociaaldomein.variance.Finding;
import nl.sociaaldomein.variance.Overrun;
import nl.sociaaldomein.variance.Percentage;
import nl.sociaaldomein.variance.ReconciliationRow;
import nl.sociaaldomein.variance.RequiredExplanation;
import nl.sociaaldomein.variance.VarianceClass;
import nl.sociaaldomein.variance.VarianceReport;

/**
 * A variance report as a person reads it, as plain text or as Markdown: the variances that need
 * explaining (largest first), the reconciliation of the explanations per row with its findings,
 * the split into structural and incidental, and the budget-legality section. Figures are in the
 * statement's unit with V or N, written by the notation package; a figure shown from an
 * estimate is rounded half up to whole units, and its rounding bound is shown beside it where it
 * decides something.
 */
public final class VarianceText {

  /** How a variance computed from several printed figures is rounded to the statement's unit for display. */
  public static final RoundingMode DISPLAY_ROUNDING = RoundingMode.HALF_UP;

  private static final PercentageFormat PERCENT = PercentageFormat.of(1, RoundingMode.UNNECESSARY);

  private VarianceText() {}

  /** The report as plain text: titled sections with tables laid out in columns. */
  public static String format(VarianceReport report) {
    StringBuilder out = new StringBuilder();
    for (Section section : sections(report)) {
      out.append(section.title).append(System.lineSeparator());
      for (String line : section.lead) {
        out.append(line).append(System.lineSeparator());
      }
      if (!section.rows.isEmpty()) {
        out.append(section.table.withIndent(2).format(section.rows));
      }
      for (String bullet : section.bullets) {
        out.append("  - ").append(bullet).append(System.lineSeparator());
      }
      out.append(System.lineSeparator());
    }
    return out.toString();
  }

  /** The report as Markdown: a heading per section, tables in GitHub-flavoured Markdown. */
  public static String markdown(VarianceReport report) {
    StringBuilder out = new StringBuilder();
    for (Section section : sections(report)) {
      out.append(section.level == 1 ? "# " : "## ").append(section.title).append("\n\n");
      for (String line : section.lead) {
        out.append(line).append("\n\n");
      }
      if (!section.rows.isEmpty()) {
        out.append(section.table.markdown(section.rows)).append('\n');
      }
      for (String bullet : section.bullets) {
        out.append("- ").append(bullet).append('\n');
      }
      if (!section.bullets.isEmpty()) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** One titled part of the report: lines of text, a table (header first) and a list. */
  private static final class Section {
    final int level;
    final String title;
    final List<String> lead = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    final List<String> bullets = new ArrayList<>();
    /** The table's layout: figures right-aligned, words left. */
    TextTable table = TextTable.standard();

    Section(int level, String title) {
      this.level = level;
      this.title = title;
    }

    /** Columns of words at {@code words}, figures elsewhere. */
    Section withWordsAt(int columns, int... words) {
      TextTable.Column[] layout = new TextTable.Column[columns];
      for (int i = 0; i < columns; i++) {
        layout[i] = i == 0 ? TextTable.Column.left(0) : TextTable.Column.right(0);
      }
      for (int w : words) {
        layout[w] = TextTable.Column.left(0);
      }
      table = TextTable.of(layout);
      return this;
    }
  }

  private static List<Section> sections(VarianceReport report) {
    return List.of(heading(report), required(report), reconciliation(report), findings(report), classes(report),
        legality(report));
  }

  private static Section heading(VarianceReport report) {
    Statement s = report.statement();
    Section section = new Section(1, "Variance analysis: " + s.name());
    section.lead.add(report.comparison() + ", x " + FigureFormat.of(s.unit()).heading()
        + "; a variance is V (voordelig, favourable) or N (nadelig, unfavourable).");
    List<String> rules = new ArrayList<>();
    report.rules().materiality().requirements().forEach(r -> rules.add(r.rule().describe() + " per "
        + String.join(" and per ", r.levels().stream().map(l -> l.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList())));
    section.lead.add("Rules: explain a variance " + String.join("; ", rules)
        + report.rules().residualLimit().map(l -> "; a residual above " + euros(l) + " leaves something material unexplained")
            .orElse("")
        + "; percentages of a budget of at least " + euros(report.rules().percentage().minimumBase(s.unit())) + ".");
    return section;
  }

  private static Section required(VarianceReport report) {
    Statement s = report.statement();
    Section section = new Section(2, "Variances to explain (" + report.required().items().size() + "), largest first")
        .withWordsAt(4, 3);
    List<RequiredExplanation> items = new ArrayList<>(report.required().items());
    items.sort(Comparator.comparing((RequiredExplanation r) -> r.variance().amount().nominal().abs()).reversed());
    section.rows.add(List.of("Row", "Variance", "%", "Why"));
    for (RequiredExplanation r : items) {
      section.rows.add(List.of(rowLabel(s, r.place()), variance(s.unit(), r.variance().amount()),
          percentage(r.variance().percentage()), r.reason()));
    }
    if (items.isEmpty()) {
      section.lead.add("None: no variance is above the council's thresholds.");
      section.rows.clear();
    }
    return section;
  }

  private static Section reconciliation(VarianceReport report) {
    Statement s = report.statement();
    Section section = new Section(2, "Explanations reconciled").withWordsAt(7, 6);
    section.lead.add("Per explained row: the variance, what the items explain, the residual (given, or computed"
        + " when the document gives none), the gap that remains and the rounding bound it must stay within, all x "
        + FigureFormat.of(s.unit()).heading() + ".");
    section.rows.add(List.of("Row", "Variance", "Items", "Residual", "Gap", "Bound", ""));
    for (ReconciliationRow row : report.reconciliation().rows()) {
      section.rows.add(List.of(rowLabel(s, row.target()), variance(s.unit(), row.variance()),
          variance(s.unit(), row.itemSum()),
          variance(s.unit(), row.residual()) + (row.isResidualGiven() ? "" : " (computed)"),
          variance(s.unit(), row.gap()), "± " + units(s.unit(), row.bound()),
          report.reconciliation().findings(row.target()).isEmpty() ? "ok" : "see findings"));
    }
    return section;
  }

  private static Section findings(VarianceReport report) {
    Statement s = report.statement();
    List<Finding> findings = report.reconciliation().findings();
    Section section = new Section(2, "Findings (" + findings.size() + ")");
    if (findings.isEmpty()) {
      section.lead.add("None: every explained row reconciles within its rounding bound.");
    }
    for (Finding f : findings) {
      section.bullets.add(rowLabel(s, f.place()) + f.item().map(i -> ", \"" + i + "\"").orElse("") + ": "
          + f.reason());
    }
    return section;
  }

  private static Section classes(VarianceReport report) {
    Statement s = report.statement();
    Section section = new Section(2, "Structural and incidental");
    List<String> header = new ArrayList<>(List.of("Scope"));
    for (VarianceClass c : VarianceClass.values()) {
      header.add(c == VarianceClass.NONE ? "none" : c.code());
    }
    header.add("Structural");
    section.rows.add(header);
    for (ClassTotals totals : report.reconciliation().classTotals()) {
      List<String> row = new ArrayList<>(List.of(rowLabel(s, totals.scope())));
      for (VarianceClass c : VarianceClass.values()) {
        row.add(variance(s.unit(), totals.total(c)));
      }
      row.add(variance(s.unit(), totals.structural()));
      section.rows.add(row);
    }
    section.lead.add("Totals of the explained items per class (I incidenteel, S structureel, S* structural effect"
        + " already processed, I/S both); Structural adds S, S* and I/S.");
    return section;
  }

  private static Section legality(VarianceReport report) {
    Statement s = report.statement();
    Section section = new Section(2, "Budget legality (begrotingsrechtmatigheid)").withWordsAt(5, 4);
    if (report.legality().isEmpty()) {
      section.lead.add("Not assessed: the statement has no amended budget and realisation, nor prints only"
          + " variances, so what the council authorised is not in it.");
      return section;
    }
    BudgetLegality legality = report.legality().get();
    section.lead.add("Lasten realised above the amended budget (" + legality.comparison()
        + "), and whether the overrun is accepted. The council authorises per "
        + legality.rules().authorisationLevel().name().toLowerCase(Locale.ROOT) + ". An overrun is the printed"
        + " variance where the document prints one, so it may differ by rounding from realised minus budget.");
    section.rows.add(List.of("Row", "Budget", "Realised", "Overrun", "Accepted"));
    for (Overrun o : legality.overruns()) {
      section.rows.add(List.of(rowLabel(s, o.place()),
          o.budgeted().map(b -> figure(s.unit(), b, DirectionStyle.SIGN)).orElse(""),
          o.realised().map(r -> figure(s.unit(), r, DirectionStyle.SIGN)).orElse(""),
          figure(s.unit(), o.amount(), DirectionStyle.SIGN), acceptance(s, o.acceptance())));
    }
    if (legality.overruns().isEmpty()) {
      section.rows.clear();
      section.lead.add("No lasten above their budget.");
    }
    section.bullets.add(unaccepted(s, legality));
    return section;
  }

  /**
   * The unaccepted total of {@code legality} against the verantwoordingsgrens, in one sentence:
   * {@code Unaccepted: 0 (x € 1.000) against a verantwoordingsgrens of 1 % of € 60.334.000 lasten
   * = € 603.340: not exceeded.}
   */
  public static String unaccepted(Statement s, BudgetLegality legality) {
    String unaccepted = "Unaccepted: " + figure(s.unit(), legality.unacceptedTotal(), DirectionStyle.SIGN) + " (x "
        + FigureFormat.of(s.unit()).heading() + ")";
    String percent = threshold(legality.rules().reportingThresholdPercent());
    return legality.reportingThreshold()
        .map(threshold -> unaccepted + " against a verantwoordingsgrens of " + percent + " of "
            + euros(legality.totalLasten().orElseThrow()) + " lasten = " + euros(threshold) + ": "
            + (legality.exceedsReportingThreshold() ? "exceeded" : "not exceeded") + ".")
        .orElse(unaccepted + "; no verantwoordingsgrens: the statement gives no realised lasten to take "
            + percent + " of.");
  }

  /**
   * A verantwoordingsgrens as the rules set it, with the decimals it has and nothing rounded:
   * {@code 1 %}, {@code 0,5 %}.
   */
  public static String threshold(BigDecimal percent) {
    BigDecimal exact = percent.stripTrailingZeros();
    return PercentageFormat.of(Math.max(0, exact.scale()), RoundingMode.UNNECESSARY).withSpace(true).format(exact);
  }

  /** Why an overrun is accepted, in words ("covered by baten 8.711 above budget (its own baten)"), or "no". */
  public static String acceptance(Statement s, Acceptance acceptance) {
    if (acceptance instanceof Acceptance.CoveredByIncome) {
      Acceptance.CoveredByIncome c = (Acceptance.CoveredByIncome) acceptance;
      return "covered by baten " + figure(s.unit(), c.incomeAboveBudget(), DirectionStyle.SIGN) + " above budget ("
          + (c.basis() == Acceptance.CoverageBasis.OWN_INCOME ? "its own baten" : "linked lines") + ")";
    }
    if (acceptance instanceof Acceptance.OpenEnded) {
      return "open-ended scheme";
    }
    if (acceptance instanceof Acceptance.CouncilCategory) {
      return ((Acceptance.CouncilCategory) acceptance).name();
    }
    return "no";
  }

  /** The row as a reader knows it: the group and what part of it, or the programme's total. */
  public static String rowLabel(Statement s, Place place) {
    return switch (place.type()) {
      case LINE -> place.groupName().orElseThrow() + ", " + place.asLine().orElseThrow().label();
      case GROUP_KIND_TOTAL -> place.groupName().orElseThrow() + ", " + place.lineKind().orElseThrow().dutchName();
      case GROUP_RESULT -> place.groupName().orElseThrow() + ", saldo";
      case GROUP_RESERVES -> place.groupName().orElseThrow() + ", mutaties reserves";
      // A product's analysis names the product; a table of verschillen prints the same label per group.
      case GROUP_AFTER_RESERVES -> place.groupName().orElseThrow() + s.label(place).map(l -> ", " + l).orElse("");
      case KIND_TOTAL -> "Totaal " + place.lineKind().orElseThrow().dutchName();
      case RESULT_BEFORE_RESERVES -> "Saldo van baten en lasten";
      case RESERVE_TOTAL -> "Totaal mutaties reserves";
      case RESULT_AFTER_RESERVES -> s.name();
    };
  }

  /** A size in euros in the statement's unit, with the decimals it needs: a bound of 1.500 euros is 1,5 thousand. */
  public static String units(EuroUnit unit, BigDecimal euros) {
    BigDecimal inUnits = unit.fromEuros(euros).stripTrailingZeros();
    int decimals = Math.max(0, inUnits.scale());
    return FigureFormat.of(unit).withDecimals(decimals).format(PrintedFigure.of(inUnits.setScale(decimals, RoundingMode.UNNECESSARY), unit));
  }

  /** A variance (favourable positive) in whole units with V or N. */
  public static String variance(EuroUnit unit, Estimate amount) {
    return figure(unit, amount, DirectionStyle.LETTER);
  }

  /** An estimate's nominal value in whole units, rounded with {@link #DISPLAY_ROUNDING}, in {@code style}. */
  public static String figure(EuroUnit unit, Estimate amount, DirectionStyle style) {
    PrintedFigure shown = PrintedFigure.of(unit.fromEuros(amount.nominal()).setScale(0, DISPLAY_ROUNDING), unit);
    return FigureFormat.of(unit).withDirectionStyle(style).format(shown);
  }

  /** A percentage with one decimal ({@code -134,8 %}), or {@code n.v.t.} where there is none. */
  public static String percentage(Percentage percentage) {
    return percentage.value().map(PERCENT::format).orElse("n.v.t.");
  }

  /** Whole euros, rounded with {@link #DISPLAY_ROUNDING}: {@code € 603.340}. */
  public static String euros(Amount amount) {
    return FigureFormat.EUROS.format(amount, DISPLAY_ROUNDING);
  }
}
