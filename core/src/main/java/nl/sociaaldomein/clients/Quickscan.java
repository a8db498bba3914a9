package nl.sociaaldomein.clients;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.LinkedHashSet;
import java.util.Map;
import nl.sociaaldomein.SociaalDomeinException;

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

  /** The share of providers the concentration table takes as the top: 10 %, as annex 5b. */
  public static final int TOP_PERCENT = 10;

  /** The rows of the concentration table: youth care in kind (ZIN). */
  static final Query YOUTH_IN_KIND = Query.by().where(Dimension.LAW, Law.JEUGDWET)
      .where(Dimension.DELIVERY_FORM, DeliveryForm.ZIN);

  /** Runs every table of the quickscan on {@code dataset} with {@code threads} threads. */
  public static Quickscan of(ClientDataset dataset, int threads) {
    return of(dataset, Parallelism.of(threads), Query.by());
  }

  /**
   * Every table of the quickscan within {@code scope}'s filters (its grouping is ignored): the
   * quickscan's tables leave the Wmo meerkosten out ("exclusief meerkosten Wmo") while its
   * stacking figure counts them, so stacking is never scoped. A scope's filter on a dimension a
   * table filters on too (the law of the youth tables) keeps the values both keep.
   */
  public static Quickscan of(ClientDataset dataset, Parallelism parallelism, Query scope) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(parallelism, "parallelism");
    Objects.requireNonNull(scope, "scope");
    return dataset.quickscan(scope, parallelism);
  }

  /**
   * The scope for {@link #of(ClientDataset, Parallelism, Query)} on real data: every provision
   * {@code dataset} holds but {@code leftOut}, named as the data names them. The quickscan of
   * annex 5b leaves out the Wmo meerkostenregeling; a municipality's own name for it goes here. A
   * name the dataset does not hold is an error naming it, since a misspelt name would otherwise
   * leave everything in without a word.
   */
  public static Query scopeWithout(ClientDataset dataset, Collection<String> leftOut) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(leftOut, "leftOut");
    List<String> provisions = dataset.values(Dimension.PROVISION);
    for (String name : leftOut) {
      if (!provisions.contains(name)) {
        throw new SociaalDomeinException("provision to leave out of the quickscan", Optional.of(name),
            "the dataset holds no such provision; it holds " + provisions.size() + " others");
      }
    }
    List<String> kept = provisions.stream().filter(p -> !leftOut.contains(p)).toList();
    return Query.by().where(Dimension.PROVISION, kept);
  }

  /**
   * The analyses a quickscan is made of, as an engine runs them: the local {@link ClientDataset}
   * or another (the Spark module's). {@link #of(Analyses, Query)} asks each for its tables.
   */
  public interface Analyses {
    /** The groups of {@code query}, as {@link ClientDataset#aggregate(Query)}. */
    AggregationResult aggregate(Query query);

    /** Stacking, as {@link ClientDataset#stacking()}. */
    Stacking stacking();

    /** The top {@code percent} of providers of the rows {@code filter} keeps, as {@link ClientDataset#providerConcentration(Query, int)}. */
    ProviderConcentration providerConcentration(Query filter, int percent);
  }

  /**
   * Every table of the quickscan within {@code scope}'s filters, each asked of {@code analyses}
   * apart: the tables, filters and scope of {@link #of(ClientDataset, Parallelism, Query)}, for
   * an engine other than the local one.
   */
  public static Quickscan of(Analyses analyses, Query scope) {
    Objects.requireNonNull(analyses, "analyses");
    Objects.requireNonNull(scope, "scope");
    return new Quickscan(
        analyses.aggregate(within(Query.by(Dimension.LAW, Dimension.YEAR), scope)),
        analyses.aggregate(within(Query.by(Dimension.YEAR), scope)),
        analyses.aggregate(within(Query.by(Dimension.YEAR, Dimension.DELIVERY_FORM).where(Dimension.LAW, Law.JEUGDWET), scope)),
        analyses.aggregate(within(Query.by(Dimension.YEAR, Dimension.REFERRER).where(Dimension.LAW, Law.JEUGDWET), scope)),
        analyses.aggregate(within(Query.by(Dimension.YEAR, Dimension.LEVEL).where(Dimension.LAW, Law.JEUGDWET), scope)),
        analyses.stacking(),
        analyses.providerConcentration(within(YOUTH_IN_KIND, scope), TOP_PERCENT));
  }

  /**
   * The tables one by one, each a scan of its own: what the fused pass computes at once, and what
   * runs where its masks do not fit (more than eight years or 64 provisions).
   */
  static Quickscan separately(ClientDataset dataset, Parallelism parallelism, Query scope) {
    return of(new Analyses() {
      @Override
      public AggregationResult aggregate(Query query) {
        return dataset.aggregate(query, parallelism);
      }

      @Override
      public Stacking stacking() {
        return dataset.stacking(parallelism);
      }

      @Override
      public ProviderConcentration providerConcentration(Query filter, int percent) {
        return dataset.providerConcentration(filter, percent, parallelism);
      }
    }, scope);
  }

  /** {@code base} with {@code scope}'s filters: where both filter one dimension, the values both keep. */
  static Query within(Query base, Query scope) {
    Query result = base;
    for (Map.Entry<Dimension<?>, Set<?>> f : scope.filters().entrySet()) {
      Set<Object> values = new LinkedHashSet<>(f.getValue());
      base.filters().entrySet().stream().filter(b -> b.getKey() == f.getKey()).findFirst()
          .ifPresent(b -> values.retainAll(b.getValue()));
      result = result.withFiltersOf(Query.by().whereAny(f.getKey(), values));
    }
    return result;
  }

  /** The years of the data. */
  public Set<Integer> years() {
    Set<Integer> years = new TreeSet<>();
    byYear.rows().forEach(r -> years.add(r.key().get(Dimension.YEAR).orElseThrow()));
    return years;
  }
}
