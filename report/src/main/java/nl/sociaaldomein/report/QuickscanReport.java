// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.DeliveryForm;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.GroupRow;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.ProviderConcentration;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.clients.Referrer;
import nl.sociaaldomein.clients.Stacking;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.notation.CountFormat;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.notation.PercentageFormat;

/**
 * The tables of a {@link Quickscan} as a document, in the order and words of seed 004, annex 5b
 * (as {@code QuickscanText} writes them, here as tables): clients, cost and average per law and
 * year; youth care per delivery form, and its average per client per referrer and per intensity
 * level; stacking across laws and provisions; and the concentration of youth care in kind. In
 * HTML with a Pareto curve of that concentration, stacking as bars and the averages per referrer
 * and level as bars. The report holds counts and sums only: no client, pseudonymised or not.
 */
public final class QuickscanReport {

  /** How amounts and averages are written: whole euros, half up, as annex 5b prints them. */
  public static final RoundingMode DISPLAY_ROUNDING = RoundingMode.HALF_UP;

  /** Stacking's share of clients under more than one law: one decimal, half up. */
  private static final PercentageFormat STACKING_SHARE = PercentageFormat.of(1, DISPLAY_ROUNDING).withSpace(true);
  /** The concentration's shares: whole percents, half up, as annex 5b prints "17 aanbieders (10%)". */
  private static final PercentageFormat CONCENTRATION_SHARE = PercentageFormat.of(0, DISPLAY_ROUNDING).withSpace(true);
  private static final String UNKNOWN = "onbekend";
  private static final List<String> LAW_COUNTS = List.of("1 wet", "2 wetten", "3 wetten");

  private final String title;
  private final Quickscan scan;
  private final List<ReportInput> inputs;

  private QuickscanReport(String title, Quickscan scan, List<ReportInput> inputs) {
    this.title = title;
    this.scan = scan;
    this.inputs = List.copyOf(inputs);
  }

  /**
   * The report of {@code scan} under {@code title}, made from {@code inputs} (the payment and
   * client files; none for generated data, which the title should say).
   */
  public static QuickscanReport of(String title, Quickscan scan, List<ReportInput> inputs) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(scan, "scan");
    Objects.requireNonNull(inputs, "inputs");
    return new QuickscanReport(title, scan, inputs);
  }

  /** The quickscan the report shows. */
  public Quickscan quickscan() {
    return scan;
  }

  /** One HTML file with its style inline: no scripts, fonts or anything else fetched; A4 when printed. */
  public String html() {
    return Templates.render("quickscan.html.mustache", model(UnaryOperator.identity(), true));
  }

  /** The same tables as Markdown (GitHub tables), without the charts. */
  public String markdown() {
    return Templates.render("quickscan.md.mustache", model(Templates::markdownCell, false));
  }

  private Map<String, Object> model(UnaryOperator<String> text, boolean charts) {
    Map<String, Object> model = ReportFrame.model(title, inputs, List.of(
        "Klanten zijn unieke klanten van de groep; het totaal van het sociaal domein telt een klant onder meer"
            + " wetten één keer, en is dus niet de som van de wetten.",
        "Gemiddelde kosten per klant: kosten van de groep gedeeld door haar unieke klanten, afgerond op centen en"
            + " daarna op hele euro's met " + DISPLAY_ROUNDING + "; bedragen in hele euro's met " + DISPLAY_ROUNDING + ".",
        "Bijlage 5b: een kenmerk (leveringsvorm, verwijzer, niveau) hoort bij de betalingen van een klant onder een"
            + " wet in een jaar alleen als zijn cliëntregels daar precies één waarde voor geven; anders is het "
            + UNKNOWN + ".",
        "Stapeling telt alle voorzieningen, ook die de afbakening van de tabellen weglaat (bijlage 5b laat de"
            + " Wmo-meerkosten uit de tabellen maar telt ze in de stapeling); het aandeel in meer dan één wet op één"
            + " decimaal, " + DISPLAY_ROUNDING + ".",
        "Concentratie: aanbieders van jeugdhulp in natura (ZIN) over alle jaren, gerangschikt naar kosten (gelijke"
            + " kosten op naam); de top " + scan.youthCareInKind().percent() + " % is het aantal aanbieders maal "
            + scan.youthCareInKind().percent() + " / 100, naar beneden afgerond; aandelen in hele procenten, "
            + DISPLAY_ROUNDING + ".",
        "Pseudonimisering: elk BSN is bij het inlezen vervangen door een gesleuteld pseudoniem (HMAC-SHA256);"
            + " dit rapport bevat alleen aantallen en bedragen van groepen, geen BSN en geen pseudoniem."), text);
    model.put("lawRows", lawRows());
    model.put("formRows", formRows());
    List<String> years = scan.years().stream().map(String::valueOf).toList();
    model.put("years", years);
    Map<String, Map<Integer, GroupRow>> referrers = perYear(scan.youthByReferrer(), Dimension.REFERRER);
    Map<String, Map<Integer, GroupRow>> levels = perYear(scan.youthByLevel(), Dimension.LEVEL);
    model.put("referrers", averageRows(referrers, text));
    model.put("levels", averageRows(levels, text));
    model.put("stacking", stackingRows());
    model.put("provisionCounts", provisionCounts());
    model.put("concentration", concentration());
    if (charts) {
      QuickscanCharts.pareto(scan.youthCareInKind()).ifPresent(svg -> model.put("paretoChart", svg));
      Stacking stacking = scan.stacking();
      QuickscanCharts.stacking("stacking-laws", LAW_COUNTS, perYear(stacking, LAW_COUNTS.size(), stacking::clientsWithLaws))
          .ifPresent(svg -> model.put("stackingChart", svg));
      QuickscanCharts.stacking("stacking-provisions",
          provisionHeadings().stream().map(h -> h.equals("1") ? "1 voorziening" : h.endsWith("meer") ? h : h + " voorzieningen").toList(),
          perYear(stacking, Stacking.PROVISION_BUCKETS, stacking::clientsWithProvisions))
          .ifPresent(svg -> model.put("provisionChart", svg));
      QuickscanCharts.averages("referrers", referrers, DISPLAY_ROUNDING).ifPresent(svg -> model.put("referrerChart", svg));
      QuickscanCharts.averages("levels", levels, DISPLAY_ROUNDING).ifPresent(svg -> model.put("levelChart", svg));
    }
    return model;
  }

  private List<Map<String, Object>> lawRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int year : scan.years()) {
      for (Law law : Law.values()) {
        scan.byLawAndYear().row(Map.of(Dimension.LAW, law, Dimension.YEAR, year))
            .ifPresent(r -> rows.add(groupRow(year, law.dutchName(), r, false)));
      }
      scan.byYear().row(Dimension.YEAR, year).ifPresent(r -> rows.add(groupRow(year, "Sociaal domein", r, true)));
    }
    return rows;
  }

  private List<Map<String, Object>> formRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int year : scan.years()) {
      for (GroupRow r : scan.youthByDeliveryForm().rows()) {
        if (r.key().get(Dimension.YEAR).orElseThrow() == year) {
          rows.add(groupRow(year, r.key().get(Dimension.DELIVERY_FORM).map(DeliveryForm::name).orElse(UNKNOWN), r, false));
        }
      }
    }
    return rows;
  }

  private static Map<String, Object> groupRow(int year, String label, GroupRow r, boolean total) {
    Map<String, Object> row = new HashMap<>();
    row.put("year", Integer.toString(year));
    row.put("label", label);
    row.put("clients", CountFormat.format(r.uniqueClients()));
    row.put("cost", euros(r.cost()));
    row.put("average", euros(r.averagePerClient(DISPLAY_ROUNDING)));
    row.put("total", total);
    return row;
  }

  /** The rows of {@code result} by the name of their {@code dimension}'s value, in the order the result lists them, then by year. */
  private static Map<String, Map<Integer, GroupRow>> perYear(AggregationResult result, Dimension<?> dimension) {
    Map<String, Map<Integer, GroupRow>> byValue = new LinkedHashMap<>();
    for (GroupRow r : result.rows()) {
      byValue.computeIfAbsent(display(r.key().get(dimension)), v -> new TreeMap<>())
          .putIfAbsent(r.key().get(Dimension.YEAR).orElseThrow(), r);
    }
    return byValue;
  }

  private List<Map<String, Object>> averageRows(Map<String, Map<Integer, GroupRow>> byValue, UnaryOperator<String> text) {
    List<Map<String, Object>> rows = new ArrayList<>();
    byValue.forEach((value, byYear) -> {
      List<String> cells = new ArrayList<>();
      for (int year : scan.years()) {
        cells.add(Optional.ofNullable(byYear.get(year)).map(r -> euros(r.averagePerClient(DISPLAY_ROUNDING))).orElse("-"));
      }
      rows.add(Map.of("label", text.apply(value), "cells", cells));
    });
    return rows;
  }

  private static String display(Optional<?> value) {
    if (value.isEmpty()) {
      return UNKNOWN;
    }
    Object v = value.get();
    if (v instanceof Referrer r) {
      return r.dutchName();
    }
    if (v instanceof IntensityLevel l) {
      return l.dutchName();
    }
    return v.toString();
  }

  private List<Map<String, Object>> stackingRows() {
    Stacking stacking = scan.stacking();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int year : stacking.years()) {
      long more = stacking.clientsWithMoreThanOneLaw(year);
      long all = stacking.clientsWithLaws(year, 1) + more;
      List<String> cells = new ArrayList<>();
      for (int laws = 1; laws <= LAW_COUNTS.size(); laws++) {
        cells.add(CountFormat.format(stacking.clientsWithLaws(year, laws)));
      }
      // Without clients there is no share; QuickscanText prints that as 0 %, and so does this.
      String share = all == 0 ? CONCENTRATION_SHARE.format(BigDecimal.ZERO) : STACKING_SHARE.format(more, all);
      rows.add(Map.of("year", Integer.toString(year), "cells", cells, "share", share));
    }
    return rows;
  }

  /** Per year of {@code stacking}, the clients {@code clients} counts for 1 to {@code last}. */
  private static Map<Integer, List<Long>> perYear(Stacking stacking, int last, StackingCount clients) {
    Map<Integer, List<Long>> counts = new TreeMap<>();
    for (int year : stacking.years()) {
      List<Long> row = new ArrayList<>();
      for (int n = 1; n <= last; n++) {
        row.add(clients.applyAsLong(year, n));
      }
      counts.put(year, row);
    }
    return counts;
  }

  /** {@link Stacking}'s counts by year and number. */
  @FunctionalInterface
  private interface StackingCount {
    long applyAsLong(int year, int number);
  }

  private static List<String> provisionHeadings() {
    List<String> headings = new ArrayList<>();
    for (int count = 1; count <= Stacking.PROVISION_BUCKETS; count++) {
      headings.add(count == Stacking.PROVISION_BUCKETS ? count + " of meer" : Integer.toString(count));
    }
    return headings;
  }

  private Map<String, Object> provisionCounts() {
    Stacking stacking = scan.stacking();
    List<String> headings = provisionHeadings();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int year : stacking.years()) {
      List<String> cells = new ArrayList<>();
      for (int count = 1; count <= Stacking.PROVISION_BUCKETS; count++) {
        cells.add(CountFormat.format(stacking.clientsWithProvisions(year, count)));
      }
      cells.add(CountFormat.format(stacking.householdsWithAtLeastProvisions(year, 3)));
      rows.add(Map.of("year", Integer.toString(year), "cells", cells));
    }
    return Map.of("headings", headings, "rows", rows);
  }

  private Map<String, Object> concentration() {
    ProviderConcentration pc = scan.youthCareInKind();
    return Map.of(
        "percent", CONCENTRATION_SHARE.format(BigDecimal.valueOf(pc.percent())),
        "rows", List.of(
            shareRow("Aanbieders", CountFormat.format(pc.topProviders()), CountFormat.format(pc.providers()),
                pc.providerSharePercent(0, DISPLAY_ROUNDING)),
            shareRow("Kosten", euros(pc.topCost()), euros(pc.totalCost()), pc.costSharePercent(0, DISPLAY_ROUNDING)),
            shareRow("Unieke klanten", CountFormat.format(pc.topClients()), CountFormat.format(pc.allClients()),
                pc.clientSharePercent(0, DISPLAY_ROUNDING))));
  }

  private static Map<String, Object> shareRow(String label, String top, String all, BigDecimal share) {
    return Map.of("label", label, "top", top, "all", all, "share", CONCENTRATION_SHARE.format(share));
  }

  private static String euros(Amount amount) {
    return FigureFormat.EUROS.format(amount, DISPLAY_ROUNDING);
  }
}
