// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.UnaryOperator;
import nl.sociaaldomein.indicators.IndicatorSeries;
import nl.sociaaldomein.indicators.IndicatorTable;
import nl.sociaaldomein.indicators.IndicatorUnit;
import nl.sociaaldomein.indicators.IndicatorValue;

/**
 * A table of BBV policy indicators as a document: the values as the table prints them, in Dutch
 * notation with their unit, the national value beneath where the table prints one; and in HTML
 * one small line chart per indicator (small multiples), the national value as a second line, a
 * year without a number as a break in the line.
 */
public final class IndicatorReport {

  private final String title;
  private final IndicatorTable table;
  private final List<ReportInput> inputs;

  private IndicatorReport(String title, IndicatorTable table, List<ReportInput> inputs) {
    this.title = title;
    this.table = table;
    this.inputs = List.copyOf(inputs);
  }

  /** The report of {@code table} under {@code title}, read from {@code inputs}. */
  public static IndicatorReport of(String title, IndicatorTable table, List<ReportInput> inputs) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(inputs, "inputs");
    return new IndicatorReport(title, table, inputs);
  }

  /** The table the report shows. */
  public IndicatorTable table() {
    return table;
  }

  /** One HTML file with its style inline: no scripts, fonts or anything else fetched; A4 when printed. */
  public String html() {
    return Templates.render("indicators.html.mustache", model(UnaryOperator.identity(), true));
  }

  /** The same table as Markdown (a GitHub table), without the charts. */
  public String markdown() {
    return Templates.render("indicators.md.mustache", model(Templates::markdownCell, false));
  }

  private Map<String, Object> model(UnaryOperator<String> text, boolean charts) {
    Map<String, Object> model = ReportFrame.model(title, inputs, List.of(
        "Waarden zoals de tabel ze drukt, in Nederlandse notatie met de gedrukte decimalen en voetnoottekens:"
            + " niets is afgerond.",
        "Een jaar zonder getal (leeg, " + IndicatorValue.missing() + " of " + IndicatorValue.notYetKnown()
            + ") is in de grafiek een onderbreking van de lijn, nooit 0.",
        "De waarde-as van elke grafiek begint bij 0; " + IndicatorValue.ofYes(true) + "/" + IndicatorValue.ofYes(false)
            + " en " + IndicatorValue.done() + " staan alleen in de tabel.",
        "De landelijke waarde (Nederland) staat onder de gemeentelijke en is in de grafiek een tweede lijn,"
            + " waar de tabel haar drukt."), text);
    model.put("heading", text.apply(table.heading()));
    model.put("years", table.years().stream().map(Year::toString).toList());
    boolean sources = table.series().stream().anyMatch(s -> s.source().isPresent());
    model.put("sources", sources);
    boolean units = table.series().stream().anyMatch(s -> s.indicator().unit().isPresent());
    model.put("units", units);
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> figures = new ArrayList<>();
    Optional<String> goal = Optional.empty();
    for (int i = 0; i < table.series().size(); i++) {
      IndicatorSeries s = table.series().get(i);
      if (s.goal().isPresent() && !s.goal().equals(goal)) {
        rows.add(Map.of("goal", text.apply(s.goal().get())));
      }
      goal = s.goal();
      String unit = s.indicator().unit().map(IndicatorUnit::printed).orElse("");
      rows.add(row(text.apply(s.indicator().name()), units ? text.apply(unit) : null, s.values(),
          sources ? text.apply(s.source().orElse("")) : null, false));
      if (!s.comparison().isEmpty()) {
        rows.add(row(IndicatorChart.NATIONAL, units ? "" : null, s.comparison(), sources ? "" : null, true));
      }
      if (charts) {
        Optional<String> svg = IndicatorChart.of(s, table.years(), "indicator-" + (i + 1));
        if (svg.isPresent()) {
          figures.add(Map.of("name", s.indicator().name(), "unit", unit, "svg", svg.get()));
        }
      }
    }
    model.put("rows", rows);
    model.put("charts", figures);
    model.put("hasCharts", !figures.isEmpty());
    return model;
  }

  /** A row of the table; a null unit or source is a column the table has not. */
  private Map<String, Object> row(String name, String unit, SortedMap<Year, IndicatorValue> values, String source,
      boolean national) {
    Map<String, Object> row = new HashMap<>();
    row.put("name", name);
    if (unit != null) {
      row.put("unit", List.of(unit));
    }
    // IndicatorValue writes itself through notation: 906,5, 71,3%, nog niet bekend, 306*.
    row.put("cells", table.years().stream()
        .map(y -> Optional.ofNullable(values.get(y)).map(IndicatorValue::toString).orElse("")).toList());
    if (source != null) {
      row.put("source", List.of(source));
    }
    row.put("national", national);
    return row;
  }
}
