package nl.sociaaldomein.clients;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.FigureFormat;

/**
 * The tables of the Hoogeveen quickscan (seed 004, annex 5b) from one dataset: clients, cost and
 * average cost per law and year with the unique total; Jeugdwet per delivery form, referrer and
 * intensity level; stacking across laws; and the concentration of youth care in kind over all
 * years. Averages are cost per unique client of the same group, rounded half up to cents.
 *
 * @param byLawAndYear clients, payments and cost per law and year
 * @param byYear unique clients over the three laws per year (not the sum of the laws)
 * @param youthByDeliveryForm Jeugdwet per delivery form and year
 * @param youthByReferrer Jeugdwet per referrer and year
 * @param youthByLevel Jeugdwet per intensity level and year
 * @param stacking clients by number of laws and provisions per year
 * @param youthCareInKind the top 10 % of Jeugdwet providers in kind (ZIN), all years together
 */
public record Quickscan(
    AggregationResult byLawAndYear,
    AggregationResult byYear,
    AggregationResult youthByDeliveryForm,
    AggregationResult youthByReferrer,
    AggregationResult youthByLevel,
    Stacking stacking,
    ProviderConcentration youthCareInKind) {

  public Quickscan {
    Objects.requireNonNull(byLawAndYear, "byLawAndYear");
    Objects.requireNonNull(byYear, "byYear");
    Objects.requireNonNull(youthByDeliveryForm, "youthByDeliveryForm");
    Objects.requireNonNull(youthByReferrer, "youthByReferrer");
    Objects.requireNonNull(youthByLevel, "youthByLevel");
    Objects.requireNonNull(stacking, "stacking");
    Objects.requireNonNull(youthCareInKind, "youthCareInKind");
  }

  /** Runs every table of the quickscan on {@code dataset} with {@code threads} threads. */
  public static Quickscan of(ClientDataset dataset, int threads) {
    return of(dataset, threads, UnaryOperator.identity());
  }

  /**
   * As {@link #of(ClientDataset, int)}, with {@code scope} applied to every aggregation: the
   * quickscan's tables leave the Wmo meerkosten out ("exclusief meerkosten Wmo") while its
   * stacking figure counts them, so stacking is never scoped.
   */
  public static Quickscan of(ClientDataset dataset, int threads, UnaryOperator<Query> scope) {
    Objects.requireNonNull(scope, "scope");
    Query youth = Query.by(Dimension.YEAR).where(Dimension.LAW, Law.JEUGDWET);
    return new Quickscan(
        dataset.aggregate(scope.apply(Query.by(Dimension.LAW, Dimension.YEAR)), threads),
        dataset.aggregate(scope.apply(Query.by(Dimension.YEAR)), threads),
        dataset.aggregate(scope.apply(Query.by(Dimension.YEAR, Dimension.DELIVERY_FORM).where(Dimension.LAW, Law.JEUGDWET)), threads),
        dataset.aggregate(scope.apply(Query.by(Dimension.YEAR, Dimension.REFERRER).where(Dimension.LAW, Law.JEUGDWET)), threads),
        dataset.aggregate(scope.apply(Query.by(Dimension.YEAR, Dimension.LEVEL).where(Dimension.LAW, Law.JEUGDWET)), threads),
        dataset.stacking(threads),
        dataset.providerConcentration(scope.apply(youth.where(Dimension.DELIVERY_FORM, DeliveryForm.ZIN)), 10, threads));
  }

  /** The years of the data. */
  public Set<Integer> years() {
    Set<Integer> years = new TreeSet<>();
    byYear.rows().forEach(r -> years.add((Integer) r.key().get(Dimension.YEAR).orElseThrow()));
    return years;
  }

  /** The quickscan's tables as text, in the order and words of annex 5b. */
  public String toText() {
    List<String> out = new ArrayList<>();
    out.add("Klanten, kosten en gemiddelde kosten per klant, per wet en per jaar");
    out.add(String.format("  %-6s %-16s %9s %15s %10s", "jaar", "wet", "klanten", "kosten", "gemiddeld"));
    for (int year : years()) {
      for (Law law : Law.values()) {
        byLawAndYear.row(Map.of(Dimension.LAW, law, Dimension.YEAR, year)).ifPresent(r ->
            out.add(line(year, law.dutchName(), r.uniqueClients(), r.cost(), r.averagePerClient(RoundingMode.HALF_UP))));
      }
      GroupRow total = byYear.row(year).orElseThrow();
      out.add(line(year, "Sociaal domein", total.uniqueClients(), total.cost(), total.averagePerClient(RoundingMode.HALF_UP)));
    }
    out.add("");
    out.add("Jeugdwet: gemiddelde kosten per klant, per verwijzer");
    table(out, youthByReferrer, Dimension.REFERRER);
    out.add("Jeugdwet: gemiddelde kosten per klant, per interventieniveau");
    table(out, youthByLevel, Dimension.LEVEL);
    out.add("");
    out.add("Stapeling: klanten per aantal wetten");
    for (int year : stacking.years()) {
      long all = stacking.clientsWithLaws(year, 1) + stacking.clientsWithMoreThanOneLaw(year);
      java.math.BigDecimal share = all == 0 ? java.math.BigDecimal.ZERO
          : java.math.BigDecimal.valueOf(stacking.clientsWithMoreThanOneLaw(year) * 100)
              .divide(java.math.BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
      out.add("  " + year + "  1 wet " + count(stacking.clientsWithLaws(year, 1))
          + ", 2 wetten " + count(stacking.clientsWithLaws(year, 2))
          + ", 3 wetten " + count(stacking.clientsWithLaws(year, 3))
          + " (" + share.toPlainString().replace('.', ',') + " % in meer dan een wet)");
    }
    out.add("");
    ProviderConcentration pc = youthCareInKind;
    out.add("Jeugdhulp in natura: " + pc.topProviders() + " van " + pc.providers() + " aanbieders ("
        + pc.providerSharePercent(0, RoundingMode.HALF_UP) + " %) ontvingen " + euros(pc.topCost()) + " van "
        + euros(pc.totalCost()) + " (" + pc.costSharePercent(0, RoundingMode.HALF_UP) + " %), voor "
        + count(pc.topClients()) + " van " + count(pc.allClients()) + " unieke klanten");
    return String.join(System.lineSeparator(), out) + System.lineSeparator();
  }

  private static String display(Object value) {
    if (value instanceof Referrer) {
      return ((Referrer) value).dutchName();
    }
    if (value instanceof IntensityLevel) {
      return ((IntensityLevel) value).dutchName();
    }
    return value.toString();
  }

  private static String euros(Amount amount) {
    return FigureFormat.EUROS.format(amount, RoundingMode.HALF_UP);
  }

  private static String count(long n) {
    return FigureFormat.of(EuroUnit.EUROS).format(PrintedFigure.of(n, EuroUnit.EUROS));
  }

  private static String line(int year, String label, long clients, Amount cost, Amount average) {
    return String.format("  %-6d %-16s %9s %15s %10s", year, label, count(clients),
        euros(cost), euros(average));
  }

  private static void table(List<String> out, AggregationResult result, Dimension dimension) {
    Set<Integer> years = new TreeSet<>();
    result.rows().forEach(r -> years.add((Integer) r.key().get(Dimension.YEAR).orElseThrow()));
    Set<String> seen = new java.util.LinkedHashSet<>();
    for (GroupRow r : result.rows()) {
      seen.add(r.key().get(dimension).map(Quickscan::display).orElse("onbekend"));
    }
    for (String value : seen) {
      StringBuilder line = new StringBuilder(String.format("  %-52s", value));
      for (int year : years) {
        Object key = value.equals("onbekend") ? null : result.rows().stream()
            .map(r -> r.key().get(dimension).orElse(null)).filter(v -> v != null && display(v).equals(value))
            .findFirst().orElse(null);
        Map<Dimension, Object> values = new java.util.HashMap<>();
        values.put(Dimension.YEAR, year);
        values.put(dimension, key);
        line.append(String.format(" %d: %10s", year, result.row(values)
            .map(r -> euros(r.averagePerClient(RoundingMode.HALF_UP))).orElse("-")));
      }
      out.add(line.toString());
    }
  }
}
