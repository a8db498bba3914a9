// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.sociaaldomein.clients.AggregationResult;
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
 * The tables of a {@link Quickscan} as text, in the order and words of seed 004, annex 5b.
 * Amounts are whole euros and averages are cost per unique client, both rounded half up for
 * display; shares are rounded half up, the stacking share to one decimal, the others whole.
 */
public final class QuickscanText {

  private static final String UNKNOWN = "onbekend";
  private static final PercentageFormat ONE_DECIMAL = PercentageFormat.of(1, RoundingMode.HALF_UP).withSpace(true);
  /** The concentration's shares come rounded to whole percents already; this writes them as they are. */
  private static final PercentageFormat AS_ROUNDED = PercentageFormat.of(0, RoundingMode.UNNECESSARY).withSpace(true);
  private static final TextTable BY_LAW = TextTable.of(
      TextTable.Column.left(6), TextTable.Column.left(16),
      TextTable.Column.right(9), TextTable.Column.right(15), TextTable.Column.right(10))
      .withIndent(2).withGap(1);

  private QuickscanText() {}

  /** The quickscan's tables, each line ended with {@link System#lineSeparator()}. */
  public static String format(Quickscan scan) {
    Objects.requireNonNull(scan, "scan");
    List<String> out = new ArrayList<>();
    out.add("Klanten, kosten en gemiddelde kosten per klant, per wet en per jaar");
    out.addAll(BY_LAW.lines(byLawAndYear(scan)));
    out.add("");
    out.add("Jeugdwet: gemiddelde kosten per klant, per verwijzer");
    out.addAll(averagesPerYear(scan.youthByReferrer(), Dimension.REFERRER));
    out.add("Jeugdwet: gemiddelde kosten per klant, per interventieniveau");
    out.addAll(averagesPerYear(scan.youthByLevel(), Dimension.LEVEL));
    out.add("");
    out.add("Stapeling: klanten per aantal wetten");
    Stacking stacking = scan.stacking();
    for (int year : stacking.years()) {
      long more = stacking.clientsWithMoreThanOneLaw(year);
      long all = stacking.clientsWithLaws(year, 1) + more;
      // Without clients there is no share; the quickscan has always printed that as 0 %.
      String share = all == 0 ? AS_ROUNDED.format(BigDecimal.ZERO) : ONE_DECIMAL.format(more, all);
      out.add("  " + year + "  1 wet " + CountFormat.format(stacking.clientsWithLaws(year, 1))
          + ", 2 wetten " + CountFormat.format(stacking.clientsWithLaws(year, 2))
          + ", 3 wetten " + CountFormat.format(stacking.clientsWithLaws(year, 3))
          + " (" + share + " in meer dan een wet)");
    }
    out.add("");
    ProviderConcentration pc = scan.youthCareInKind();
    out.add("Jeugdhulp in natura: " + CountFormat.format(pc.topProviders()) + " van "
        + CountFormat.format(pc.providers()) + " aanbieders ("
        + AS_ROUNDED.format(pc.providerSharePercent(0, RoundingMode.HALF_UP)) + ") ontvingen "
        + euros(pc.topCost()) + " van " + euros(pc.totalCost()) + " ("
        + AS_ROUNDED.format(pc.costSharePercent(0, RoundingMode.HALF_UP)) + "), voor "
        + CountFormat.format(pc.topClients()) + " van " + CountFormat.format(pc.allClients()) + " unieke klanten");
    return String.join(System.lineSeparator(), out) + System.lineSeparator();
  }

  private static List<List<String>> byLawAndYear(Quickscan scan) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("jaar", "wet", "klanten", "kosten", "gemiddeld"));
    for (int year : scan.years()) {
      for (Law law : Law.values()) {
        scan.byLawAndYear().row(Map.of(Dimension.LAW, law, Dimension.YEAR, year))
            .ifPresent(r -> rows.add(row(year, law.dutchName(), r)));
      }
      rows.add(row(year, "Sociaal domein", scan.byYear().row(Dimension.YEAR, year).orElseThrow()));
    }
    return rows;
  }

  private static List<String> row(int year, String label, GroupRow r) {
    return List.of(Integer.toString(year), label, CountFormat.format(r.uniqueClients()),
        euros(r.cost()), euros(r.averagePerClient(RoundingMode.HALF_UP)));
  }

  /**
   * One line per value of {@code dimension}, in the order the result lists them, with the
   * average per client of every year; "-" where a value has no clients in a year.
   */
  private static List<String> averagesPerYear(AggregationResult result, Dimension<?> dimension) {
    Set<Integer> years = new TreeSet<>();
    Map<String, Map<Integer, GroupRow>> byValue = new LinkedHashMap<>();
    for (GroupRow r : result.rows()) {
      int year = r.key().get(Dimension.YEAR).orElseThrow();
      years.add(year);
      byValue.computeIfAbsent(display(r.key().get(dimension)), v -> new LinkedHashMap<>()).putIfAbsent(year, r);
    }
    List<List<String>> rows = new ArrayList<>();
    List<TextTable.Column> columns = new ArrayList<>(List.of(TextTable.Column.left(52)));
    for (int i = 0; i < years.size(); i++) {
      columns.add(TextTable.Column.left(0));
      columns.add(TextTable.Column.right(10));
    }
    byValue.forEach((value, rowsByYear) -> {
      List<String> row = new ArrayList<>(List.of(value));
      for (int year : years) {
        row.add(year + ":");
        row.add(Optional.ofNullable(rowsByYear.get(year))
            .map(r -> euros(r.averagePerClient(RoundingMode.HALF_UP))).orElse("-"));
      }
      rows.add(row);
    });
    return TextTable.of(columns.toArray(new TextTable.Column[0])).withIndent(2).withGap(1).lines(rows);
  }

  private static String display(Optional<?> value) {
    if (value.isEmpty()) {
      return UNKNOWN;
    }
    Object v = value.get();
    if (v instanceof Referrer) {
      return ((Referrer) v).dutchName();
    }
    if (v instanceof IntensityLevel) {
      return ((IntensityLevel) v).dutchName();
    }
    return v.toString();
  }

  private static String euros(Amount amount) {
    return FigureFormat.EUROS.format(amount, RoundingMode.HALF_UP);
  }
}
