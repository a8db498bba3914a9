// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.Inconsistency;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.text.StatementText;

/**
 * A checked statement as a document: the table in the document's own sign convention and unit,
 * each printed figure as printed, each derived cell the document left out computed and marked,
 * and each cell that cannot be true marked with what it prints, the range it could consistently
 * print and by how much it misses. Rendered as one self-contained HTML file and as Markdown.
 */
public final class StatementReport {

  /**
   * How the bounds of a consistent range and the difference are written: to a tenth of the
   * document's unit, since sums of rounded figures are uncertain by halves of it.
   */
  public static final RoundingMode RANGE_ROUNDING = RoundingMode.HALF_EVEN;

  private static final int RANGE_DECIMALS = 1;

  private final Statement statement;
  private final ReconciliationReport check;
  private final List<ReportInput> inputs;

  private StatementReport(Statement statement, List<ReportInput> inputs) {
    this.statement = statement;
    this.check = statement.check();
    this.inputs = List.copyOf(inputs);
  }

  /** The report of {@code statement}, checked here, read from {@code inputs}. */
  public static StatementReport of(Statement statement, List<ReportInput> inputs) {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(inputs, "inputs");
    return new StatementReport(statement, inputs);
  }

  /** The outcome of the check the report shows. */
  public ReconciliationReport check() {
    return check;
  }

  /** One HTML file with its style inline: no scripts, fonts or anything else fetched; A4 when printed. */
  public String html() {
    return Templates.render("statement.html.mustache", model(UnaryOperator.identity(), true));
  }

  /** The same content as Markdown (GitHub tables). */
  public String markdown() {
    return Templates.render("statement.md.mustache", model(Templates::markdownCell, false));
  }

  /** The template's model; {@code charts} only for HTML, since Markdown has no place for them. */
  private Map<String, Object> model(UnaryOperator<String> text, boolean charts) {
    Map<String, Object> model = ReportFrame.model(statement.name(), inputs, List.of(
        "Afgeleide cellen die het document niet drukt: berekend uit de regels, afgerond op de eenheid met "
            + StatementText.DISPLAY_ROUNDING + ", gemarkeerd met *.",
        "Controle: elke gedrukte afgeleide cel tegen de gedrukte cellen waaruit zij volgt, met de "
            + "afrondingsmarge van elk gedrukt getal.",
        "Consistent bereik en verschil: op 0,1 van de eenheid, afgerond met " + RANGE_ROUNDING
            + "; het verschil is wat buiten het bereik valt dat afronding verklaart."), text);
    model.put("unitHeading", "x " + FigureFormat.of(statement.unit()).heading());
    model.put("convention", text.apply(convention(statement.convention())));
    if (charts) {
      StatementChart.groupResults(statement).ifPresent(svg -> model.put("chart", svg));
    }
    model.put("columns", statement.columns().stream().map(c -> text.apply(c.label())).toList());
    Map<Cell, Inconsistency> inconsistent = new LinkedHashMap<>();
    check.inconsistencies().forEach(i -> inconsistent.put(i.cell(), i));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (StatementText.Row r : StatementText.layout(statement)) {
      Map<String, Object> row = new HashMap<>();
      row.put("label", text.apply(r.label()));
      row.put("heading", r.place().isEmpty());
      row.put("indented", r.indented());
      row.put("cells", r.place().map(p -> cells(p, inconsistent)).orElse(List.of()));
      rows.add(row);
    }
    model.put("rows", rows);
    model.put("checkedCells", check.checkedCells());
    model.put("consistent", check.isConsistent());
    model.put("inconsistencies", inconsistent.values().stream().map(i -> finding(i, text)).toList());
    return model;
  }

  private List<Map<String, Object>> cells(Place place, Map<Cell, Inconsistency> inconsistent) {
    List<Map<String, Object>> cells = new ArrayList<>();
    for (Column c : statement.columns()) {
      Cell cell = new Cell(place, c.label());
      FigureFormat format = StatementText.figureFormat(statement, c);
      Optional<PrintedFigure> printed = statement.printed(cell);
      Map<String, Object> out = new HashMap<>();
      if (printed.isPresent()) {
        out.put("text", format.format(printed.get()));
        Inconsistency i = inconsistent.get(cell);
        out.put("kind", i == null ? "printed" : "inconsistent");
        if (i != null) {
          out.put("note", "consistent " + range(i) + "; verschil " + difference(i));
        }
      } else if (place.isLine() && !c.isDerived()) {
        out.put("text", "");
        out.put("kind", "empty");
      } else {
        out.put("text", format.format(StatementText.derivedFigure(statement, cell)));
        out.put("kind", "derived");
      }
      out.put(String.valueOf(out.get("kind")), true);
      cells.add(out);
    }
    return cells;
  }

  private Map<String, Object> finding(Inconsistency i, UnaryOperator<String> text) {
    FigureFormat format = StatementText.figureFormat(statement, statement.column(i.cell().column()));
    return Map.of(
        "where", text.apply(statement.label(i.cell().place()).orElse(i.cell().place().toString())),
        "column", text.apply(i.cell().column()),
        "printed", format.format(i.printed()),
        "range", range(i),
        "difference", difference(i));
  }

  private String range(Inconsistency i) {
    return tenths(i.consistentRange().lowerBound()) + " tot " + tenths(i.consistentRange().upperBound());
  }

  private String difference(Inconsistency i) {
    return tenths(i.excess());
  }

  private String tenths(java.math.BigDecimal euros) {
    return FigureFormat.of(statement.unit()).withDecimals(RANGE_DECIMALS)
        .withMinusStyle(statement.minusStyle())
        .format(Amount.of(euros, RANGE_ROUNDING), RANGE_ROUNDING);
  }

  /** The sign convention in the reader's words: how lasten, baten and the saldo are printed. */
  private static String convention(SignConvention convention) {
    return switch (convention) {
      case EXPENSES_POSITIVE -> "lasten positief, baten negatief";
      case INCOME_POSITIVE -> "lasten negatief, baten positief";
      case BOTH_POSITIVE -> "lasten en baten positief, saldo = baten - lasten";
      case BOTH_POSITIVE_NET_COST -> "lasten en baten positief, saldo = lasten - baten";
    };
  }
}
