// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.clients.AggregationResult;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.GroupRow;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.ProviderConcentration;
import nl.sociaaldomein.clients.Referrer;
import nl.sociaaldomein.clients.Stacking;
import nl.sociaaldomein.io.export.TidyTable.Value;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.YearEffect;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.Inconsistency;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Finding;
import nl.sociaaldomein.variance.Percentage;
import nl.sociaaldomein.variance.Reconciliation;
import nl.sociaaldomein.variance.RowVariance;
import nl.sociaaldomein.variance.VarianceAnalysis;

/**
 * Every result a user opens in Excel or loads in pandas or DuckDB, as a tidy table: one row per
 * observation, one column per variable, in either {@link nl.sociaaldomein.io.CsvDialect}.
 *
 * <pre>{@code
 * TidyCsv.of(dataset.aggregate(Query.by(Dimension.LAW, Dimension.YEAR))).write(Path.of("by-law.csv"), CsvDialect.PLAIN);
 * TidyCsv.of(statement).write(Path.of("statement-long.csv"), CsvDialect.DUTCH_EXCEL);
 * }</pre>
 *
 * <p>One factory per result, each giving a {@link TidyTable} that writes itself, rather than a
 * writer per type: the columns of each export are decided here in one place, every table is
 * written by the same code in both dialects, and a caller (or a test) can look at the rows, or
 * add them up, before writing. The columns of each table are listed in {@code docs/export.md}.
 *
 * <p>Amounts are in euros, with cents ({@code cost}); figures of a statement are in the unit the
 * statement prints ({@code value}, with its {@code unit}); a row of a statement is named as the
 * statement formats name it ({@code row}, {@code group}, {@code kind}, {@code label}). No table
 * holds a BSN or a client's pseudonym: the client-level results are counts and sums over groups.
 */
public final class TidyCsv {

  /** Averages per client and shares are rounded half up, as in the JSON of these results. */
  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** Percentages of a cumulative share carry this many decimals: enough to draw a curve. */
  private static final int SHARE_DECIMALS = 2;

  private static final List<String> PLACE_COLUMNS = List.of("row", "group", "kind", "label");

  private TidyCsv() {}

  /**
   * One row per group of {@code result}: a column per dimension (lower case, such as {@code law},
   * {@code year}; empty where a characteristic is unknown), then {@code unique_clients},
   * {@code payments}, {@code cost} and {@code average_per_client} (euros, rounded half up to
   * cents). The costs and payments of the rows add up to the result's totals; the unique clients
   * add up to {@link AggregationResult#sumOfGroupClients()}, at least the clients in all groups
   * together when a client falls in more than one group.
   */
  public static TidyTable of(AggregationResult result) {
    Objects.requireNonNull(result, "result");
    List<Dimension<?>> dimensions = result.dimensions().stream().sorted().toList();
    List<String> columns = new ArrayList<>();
    dimensions.forEach(d -> columns.add(d.name().toLowerCase(Locale.ROOT)));
    columns.addAll(List.of("unique_clients", "payments", "cost", "average_per_client"));
    List<List<Value>> rows = new ArrayList<>();
    for (GroupRow row : result.rows()) {
      List<Value> values = new ArrayList<>();
      for (Dimension<?> d : dimensions) {
        values.add(row.key().get(d).<Value>map(v -> text(groupValue(v))).orElse(empty()));
      }
      values.add(count(row.uniqueClients()));
      values.add(count(row.payments()));
      values.add(euros(row.cost()));
      values.add(euros(row.averagePerClient(ROUNDING)));
      rows.add(values);
    }
    return new TidyTable("aggregation", columns, rows);
  }

  /**
   * Stapeling, one row per count: {@code year}, {@code counted} ({@code clients} or
   * {@code households}), {@code by} ({@code laws} or {@code provisions}), {@code number} (of laws
   * or provisions), {@code or_more} ({@code true} for the last bucket of provisions, which counts
   * that many or more) and {@code count}. Per year the clients by laws and the clients by
   * provisions add up to the same clients.
   */
  public static TidyTable of(Stacking stacking) {
    Objects.requireNonNull(stacking, "stacking");
    int buckets = Stacking.PROVISION_BUCKETS;
    List<List<Value>> rows = new ArrayList<>();
    for (int year : stacking.years().stream().sorted().toList()) {
      for (int laws = 1; laws <= 3; laws++) {
        rows.add(List.of(text(Integer.toString(year)), text("clients"), text("laws"), count(laws), flag(false),
            count(stacking.clientsWithLaws(year, laws))));
      }
      for (int n = 1; n <= buckets; n++) {
        rows.add(List.of(text(Integer.toString(year)), text("clients"), text("provisions"), count(n),
            flag(n == buckets), count(stacking.clientsWithProvisions(year, n))));
      }
      for (int n = 1; n <= buckets; n++) {
        long atLeast = stacking.householdsWithAtLeastProvisions(year, n);
        long exactly = n == buckets ? atLeast : atLeast - stacking.householdsWithAtLeastProvisions(year, n + 1);
        rows.add(List.of(text(Integer.toString(year)), text("households"), text("provisions"), count(n),
            flag(n == buckets), count(exactly)));
      }
    }
    return new TidyTable("stacking", List.of("year", "counted", "by", "number", "or_more", "count"), rows);
  }

  /**
   * The providers ranked by cost, with the Pareto curve: {@code rank} (1 the largest),
   * {@code provider}, {@code unique_clients}, {@code payments}, {@code cost},
   * {@code cumulative_cost} (the curve: the cost of the largest {@code rank} providers),
   * {@code cumulative_cost_share_percent} and {@code cumulative_provider_share_percent} (both
   * rounded half up to two decimals), and {@code in_top} ({@code true} for the top
   * {@link ProviderConcentration#percent()} percent). The last cumulative cost is the total cost;
   * the costs of the rows in the top add up to {@link ProviderConcentration#topCost()}.
   */
  public static TidyTable of(ProviderConcentration concentration) {
    Objects.requireNonNull(concentration, "concentration");
    List<GroupRow> ranked = concentration.ranked();
    List<Amount> curve = concentration.paretoCurve();
    Amount total = concentration.totalCost();
    List<List<Value>> rows = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      GroupRow row = ranked.get(i);
      int rank = i + 1;
      rows.add(List.of(count(rank), text(row.key().get(Dimension.PROVIDER).orElse("")), count(row.uniqueClients()),
          count(row.payments()), euros(row.cost()), euros(curve.get(i)),
          new Value.Decimal(percent(curve.get(i).toBigDecimal(), total.toBigDecimal())),
          new Value.Decimal(percent(BigDecimal.valueOf(rank), BigDecimal.valueOf(ranked.size()))),
          flag(rank <= concentration.topProviders())));
    }
    return new TidyTable("concentration", List.of("rank", "provider", "unique_clients", "payments", "cost",
        "cumulative_cost", "cumulative_cost_share_percent", "cumulative_provider_share_percent", "in_top"), rows);
  }

  /**
   * {@code statement} in long form, one row per cell: the row ({@code row}, {@code group},
   * {@code kind}, {@code label}, as the statement formats name them), {@code column},
   * {@code value} in the statement's {@code unit} and sign convention, and {@code origin}:
   * {@code printed} where the document prints the cell, {@code derived} where the library
   * computed it from the printed lines (a subtotal, total or variance the document leaves out).
   * Lines come first, in statement order, then the derived rows; a line's blank cell in a column
   * of figures (which counts as zero) has no row. Under {@code EXPENSES_POSITIVE} or
   * {@code INCOME_POSITIVE} the values of the lines a derived row covers add up to it.
   */
  public static TidyTable of(Statement statement) {
    Objects.requireNonNull(statement, "statement");
    List<List<Value>> rows = new ArrayList<>();
    List<Place> places = new ArrayList<>(statement.lines());
    places.addAll(statement.derivedPlaces());
    for (Place place : places) {
      for (Column column : statement.columns()) {
        Cell cell = new Cell(place, column.label());
        Optional<PrintedFigure> printed = statement.printed(cell);
        if (printed.isEmpty() && place.isLine() && !column.isDerived()) {
          continue;
        }
        String label = place.asLine().map(Place.Line::label)
            .or(() -> statement.label(cell)).or(() -> statement.label(place)).orElse("");
        List<Value> values = new ArrayList<>(place(place, label));
        values.add(text(column.label()));
        values.add(new Value.Decimal(printed.map(PrintedFigure::printedValue)
            .orElseGet(() -> statement.unit().fromEuros(statement.compute(cell).nominal()))));
        values.add(text(statement.unit().name()));
        values.add(text(printed.isPresent() ? "printed" : "derived"));
        rows.add(values);
      }
    }
    return new TidyTable("statement", columns(PLACE_COLUMNS, "column", "value", "unit", "origin"), rows);
  }

  /**
   * One row per inconsistent cell of {@code report}: the row and {@code column}, {@code printed}
   * (as printed, in {@code unit}), what the parts give in euros ({@code computed},
   * {@code tolerance}: the rounding of the parts), the values the cell could have printed
   * consistently ({@code consistent_from}, {@code consistent_to}, euros), {@code excess} (how far
   * the printed value lies beyond them, euros), {@code source} (what it was held against:
   * {@code lines}, {@code printed-subtotals} or {@code compared-columns}) and {@code parts} (how
   * many printed cells were added up). A consistent report gives the header only; how many cells
   * were checked is in its JSON.
   */
  public static TidyTable of(ReconciliationReport report) {
    Objects.requireNonNull(report, "report");
    List<List<Value>> rows = new ArrayList<>();
    for (Inconsistency i : report.inconsistencies()) {
      List<Value> values = new ArrayList<>(place(i.cell().place(), lineLabel(i.cell().place())));
      values.add(text(i.cell().column()));
      values.add(new Value.Decimal(i.printed().printedValue()));
      values.add(text(i.printed().unit().name()));
      values.add(new Value.Decimal(i.computed().nominal()));
      values.add(new Value.Decimal(i.computed().halfWidth()));
      values.add(new Value.Decimal(i.consistentRange().lowerBound()));
      values.add(new Value.Decimal(i.consistentRange().upperBound()));
      values.add(new Value.Decimal(i.excess()));
      values.add(text(i.source().name().toLowerCase(Locale.ROOT).replace('_', '-')));
      values.add(count(i.parts().size()));
      rows.add(values);
    }
    return new TidyTable("reconciliation", columns(PLACE_COLUMNS, "column", "printed", "unit", "computed",
        "tolerance", "consistent_from", "consistent_to", "excess", "source", "parts"), rows);
  }

  /**
   * The variance of every row of {@code analysis}, as effects on the result in euros: the row,
   * {@code variance} (favourable positive) with its {@code tolerance} (the rounding of the printed
   * figures), {@code direction} ({@code V} or {@code N}), {@code budget} and {@code actual} (empty
   * where the statement prints only variances), {@code percentage} (of the absolute budget, empty
   * where there is none) and {@code percentage_kind} ({@code reported}, {@code not-meaningful} or
   * {@code no-budget}). The variance is the printed one where the document prints it, else
   * {@code actual - budget}; the two agree up to the rounding of the printed figures.
   */
  public static TidyTable of(VarianceAnalysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    List<List<Value>> rows = new ArrayList<>();
    for (RowVariance r : analysis.rows()) {
      Place place = r.place();
      List<Value> values = new ArrayList<>(place(place, analysis.statement().label(place).orElse("")));
      values.add(new Value.Decimal(r.amount().nominal()));
      values.add(new Value.Decimal(r.amount().halfWidth()));
      values.add(text(String.valueOf(r.direction().letter())));
      values.add(r.budget().<Value>map(e -> new Value.Decimal(e.nominal())).orElse(empty()));
      values.add(r.actual().<Value>map(e -> new Value.Decimal(e.nominal())).orElse(empty()));
      Percentage p = r.percentage();
      values.add(p instanceof Percentage.Reported reported ? new Value.Decimal(reported.percent()) : empty());
      values.add(text(p instanceof Percentage.Reported ? "reported"
          : p instanceof Percentage.NotMeaningful ? "not-meaningful" : "no-budget"));
      rows.add(values);
    }
    return new TidyTable("variances", columns(PLACE_COLUMNS, "variance", "tolerance", "direction", "budget",
        "actual", "percentage", "percentage_kind"), rows);
  }

  /**
   * The findings of a reconciliation of explanations, one row each: {@code finding} (such as
   * {@code unexplained-gap}), the row concerned, {@code item} (the explanation concerned, if
   * any), {@code amount} at issue in euros (favourable positive) with its {@code tolerance},
   * {@code share_percent} (for a gap, its share of the variance) and {@code reason} in words.
   */
  public static TidyTable of(Reconciliation reconciliation) {
    Objects.requireNonNull(reconciliation, "reconciliation");
    List<List<Value>> rows = new ArrayList<>();
    for (Finding f : reconciliation.findings()) {
      List<Value> values = new ArrayList<>();
      values.add(text(f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')));
      values.addAll(place(f.place(), lineLabel(f.place())));
      values.add(f.item().<Value>map(TidyCsv::text).orElse(empty()));
      values.add(new Value.Decimal(f.amount().nominal()));
      values.add(new Value.Decimal(f.amount().halfWidth()));
      values.add(f.share().<Value>map(Value.Decimal::new).orElse(empty()));
      values.add(text(f.reason()));
      rows.add(values);
    }
    List<String> columns = new ArrayList<>(List.of("finding"));
    columns.addAll(columns(PLACE_COLUMNS, "item", "amount", "tolerance", "share_percent", "reason"));
    return new TidyTable("findings", columns, rows);
  }

  /**
   * A jaarschijf, one row per year, domain and line: {@code year}, {@code domain} (empty for all
   * domains together), {@code line} ({@code structural}, {@code incidental}, {@code costs},
   * {@code net}), the range in euros ({@code low}, {@code high}; empty where open) and
   * {@code pro_memorie}. Per year the domains come first, then all domains together; the domains'
   * lows and highs add up to the total's where all are bounded.
   */
  public static TidyTable of(Phasing phasing) {
    Objects.requireNonNull(phasing, "phasing");
    List<List<Value>> rows = new ArrayList<>();
    for (Year year : phasing.years()) {
      for (Domain domain : phasing.domains()) {
        addPhasingRows(rows, year, domain.name(), phasing.of(year, domain));
      }
      addPhasingRows(rows, year, "", phasing.total(year));
    }
    return new TidyTable("phasing", List.of("year", "domain", "line", "low", "high", "pro_memorie"), rows);
  }

  private static void addPhasingRows(List<List<Value>> rows, Year year, String domain, YearEffect effect) {
    for (Line line : Line.values()) {
      AmountRange range = effect.line(line);
      rows.add(List.of(text(year.toString()), text(domain), text(line.name().toLowerCase(Locale.ROOT)),
          range.low().<Value>map(TidyCsv::euros).orElse(empty()), range.high().<Value>map(TidyCsv::euros).orElse(empty()),
          flag(range.isProMemorie())));
    }
  }

  private static List<String> columns(List<String> first, String... more) {
    List<String> out = new ArrayList<>(first);
    out.addAll(List.of(more));
    return out;
  }

  /** A row of a statement as the statement formats name it. */
  private static List<Value> place(Place place, String label) {
    return List.of(text(StatementCsv.rowType(place.type())), text(place.groupName().orElse("")),
        text(place.lineKind().map(LineKind::dutchName).orElse("")), text(label));
  }

  private static String lineLabel(Place place) {
    return place.asLine().map(Place.Line::label).orElse("");
  }

  /** A group's value as the JSON of the results writes it: a referrer and a level by their stable code. */
  private static String groupValue(Object v) {
    if (v instanceof Referrer r) {
      return r.code();
    }
    if (v instanceof IntensityLevel l) {
      return l.code();
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    return v.toString();
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? BigDecimal.ZERO.setScale(SHARE_DECIMALS)
        : part.multiply(BigDecimal.valueOf(100)).divide(whole, SHARE_DECIMALS, ROUNDING);
  }

  private static Value text(String text) {
    return new Value.Text(text);
  }

  private static Value count(long count) {
    return new Value.Count(count);
  }

  private static Value euros(Amount amount) {
    return new Value.Decimal(amount.toBigDecimal());
  }

  private static Value flag(boolean flag) {
    return new Value.Flag(flag);
  }

  private static Value empty() {
    return new Value.Empty();
  }
}
