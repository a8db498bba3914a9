// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.clients.Query;

/**
 * A seeded generator of synthetic client and payment records of the Wmo, Jeugdwet and
 * Participatiewet for a run of years (2018-2020 by default, {@link GeneratorSettings#withYears}),
 * calibrated to the Hoogeveen quickscan (seed 004, annex 5b).
 *
 * <p>At scale 1 and any seed it reproduces the quickscan's clients and cost per law and year,
 * unique clients per year and per law over the period, the average per client per referrer and
 * per intensity level, the share of clients in two laws and, within a few percent, the top-10 %
 * provider share of youth care in kind (see {@link QuickscanCalibration} and
 * {@code docs/generator.md}). The scale multiplies every count and cost.
 *
 * <p>It streams: iterating hands out one {@link SyntheticClient} (a person with their records
 * and payments) at a time, and holds nothing per record, so any scale fits in a small heap.
 * Each iteration starts from the seed again and gives the same people in the same order.
 * Building the generator makes a first pass over the people's structure (a fraction of a full
 * iteration), which fixes every cost cell's total weight.
 *
 * <p>BSNs come from a synthetic number space: the numbers 900000000 to 999999999 that pass the
 * elfproef, permuted with a key from the seed, each handed out once (about 9 million in all).
 * They are valid by construction and carry no meaning, but as any valid number may be someone's,
 * they are handled as personal data: {@link SyntheticBsn} never prints itself.
 *
 * <p>The meerkostenregeling is generated as the Wmo provision {@value QuickscanCalibration#MEERKOSTEN},
 * because the quickscan counts it in its stacking figure and nowhere else: to reproduce the
 * other tables, query within {@link #quickscanScope(Query)}.
 */
public final class ClientDataGenerator implements Iterable<SyntheticClient> {

  /** The youth-care provisions generated: by intensity level, plus a diagnostic trajectory for some. */
  public static final List<String> JEUGDWET_PROVISIONS = List.of(Engine.AMBULANT, Engine.DAGHULP, Engine.VERBLIJF,
      Engine.JEUGDBESCHERMING, Engine.OVERIGE_JEUGDHULP, Engine.DIAGNOSTIEK);
  /** The Wmo provisions generated, those of figure 3.4 and meerkosten. */
  public static final List<String> WMO_PROVISIONS = Arrays.stream(WmoProvision.values()).map(WmoProvision::dutchName).toList();
  /** The Participatiewet provisions generated, after chapter 4. */
  public static final List<String> PARTICIPATIEWET_PROVISIONS =
      Arrays.stream(ParticipatiewetProvision.values()).map(ParticipatiewetProvision::dutchName).toList();

  private final GeneratorSettings settings;
  private final Pseudonymiser pseudonymiser;
  private final GenerationPlan plan;
  private final Engine.Weights weights;

  private ClientDataGenerator(GeneratorSettings settings, Pseudonymiser pseudonymiser) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.pseudonymiser = pseudonymiser;
    this.plan = new GenerationPlan(settings.scale(), settings.firstYear(), settings.lastYear());
    this.weights = Engine.weigh(plan, settings.seed());
  }

  /**
   * A generator whose records carry pseudonyms derived from the seed and each person's place in
   * the run, not from the BSN: enough to write files, or to analyse in memory.
   */
  public static ClientDataGenerator create(GeneratorSettings settings) {
    return new ClientDataGenerator(settings, null);
  }

  /**
   * A generator whose records carry {@code pseudonymiser}'s pseudonyms of the BSNs, exactly as a
   * reader with the same key gives them when it reads the generated files back.
   */
  public static ClientDataGenerator create(GeneratorSettings settings, Pseudonymiser pseudonymiser) {
    return new ClientDataGenerator(settings, Objects.requireNonNull(pseudonymiser, "pseudonymiser"));
  }

  public GeneratorSettings settings() {
    return settings;
  }

  /** The counts and costs this run produces, known before it runs. */
  public GenerationPlan plan() {
    return plan;
  }

  /** The people, one at a time, from the seed. */
  @Override
  public Iterator<SyntheticClient> iterator() {
    return Engine.emitting(plan, settings, pseudonymiser, weights);
  }

  /** The people as a sequential stream. */
  public Stream<SyntheticClient> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  /** Everything generated, in a {@link ClientDataset}: for scales that fit in memory (18 bytes a payment). */
  public ClientDataset dataset() {
    ClientDataset.Builder builder = ClientDataset.builder();
    for (SyntheticClient c : this) {
      c.clientRecords().forEach(builder::add);
      c.payments().forEach(builder::add);
    }
    return builder.build();
  }

  /** Every provision name the generator uses. */
  public static List<String> provisions() {
    List<String> all = new ArrayList<>(JEUGDWET_PROVISIONS);
    all.addAll(WMO_PROVISIONS);
    all.addAll(PARTICIPATIEWET_PROVISIONS);
    return List.copyOf(all);
  }

  /**
   * {@code query} restricted to what the quickscan's tables count: every provision but
   * {@value QuickscanCalibration#MEERKOSTEN} (this replaces a provision filter of the query).
   * {@link ClientDataset#stacking()} needs no such scope: figure 1.6 includes meerkosten.
   */
  public static Query quickscanScope(Query query) {
    return query.withFiltersOf(quickscanScope());
  }

  /**
   * The scope of the quickscan's tables, for {@code Quickscan.of(dataset, parallelism, scope)}:
   * every provision but {@value QuickscanCalibration#MEERKOSTEN}.
   */
  public static Query quickscanScope() {
    List<String> kept = new ArrayList<>(provisions());
    kept.remove(QuickscanCalibration.MEERKOSTEN);
    return Query.by().where(Dimension.PROVISION, kept);
  }
}
