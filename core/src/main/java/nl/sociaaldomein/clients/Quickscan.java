package nl.sociaaldomein.clients;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The tables of the Hoogeveen quickscan (seed 004, annex 5b) from one dataset: clients, cost and
 * average cost per law and year with the unique total; Jeugdwet per delivery form, referrer and
 * intensity level; stacking across laws; and the concentration of youth care in kind over all
 * years. Averages are cost per unique client of the same group, rounded half up to cents.
 * {@code nl.sociaaldomein.text.QuickscanText} writes the tables as text.
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
}
