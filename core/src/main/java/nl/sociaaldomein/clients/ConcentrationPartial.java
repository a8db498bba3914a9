// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A partial of {@link ProviderConcentration} that merges exactly with others, for any partition of
 * the payments: per provider its cost, its payments and its clients (as pseudonyms), and all
 * clients. Which providers make the top, and how many clients they share, is known only once
 * every part is merged, so {@link #result(int)} decides it. It is an {@link Aggregation} by
 * provider, and merges as one: associative and commutative with {@link #empty()} as identity.
 *
 * <p>As with {@link Aggregation}, parts merge meaningfully only when made with the same filter.
 */
public final class ConcentrationPartial {

  private static final Set<Dimension<?>> BY_PROVIDER = Set.of(Dimension.PROVIDER);

  /** Largest cost first, ties by provider name: the order of {@link ProviderConcentration#ranked()}. */
  private final Aggregation byProvider;

  private ConcentrationPartial(Aggregation byProvider) {
    this.byProvider = byProvider;
  }

  /** The partial of an aggregation by provider. */
  static ConcentrationPartial of(Aggregation byProvider) {
    return new ConcentrationPartial(byProvider);
  }

  /** The identity of merging. */
  public static ConcentrationPartial empty() {
    return new ConcentrationPartial(Aggregation.empty(BY_PROVIDER));
  }

  /** This merged with {@code other}. */
  public ConcentrationPartial merge(ConcentrationPartial other) {
    return new ConcentrationPartial(byProvider.merge(Objects.requireNonNull(other, "other").byProvider));
  }

  /**
   * The concentration of all merged parts for the top {@code percent} of the providers, as
   * {@link ClientDataset#providerConcentration(Query, int)} gives it for the whole.
   */
  public ProviderConcentration result(int percent) {
    List<GroupRow> ranked = ProviderConcentration.rank(byProvider.result().rows());
    int top = ProviderConcentration.topCount(ranked.size(), percent);
    long[] topClients = new long[0];
    for (GroupRow row : ranked.subList(0, top)) {
      topClients = Aggregation.union(topClients, byProvider.groups().get(row.key()).clients);
    }
    return new ProviderConcentration(ranked, percent, top, topClients.length, byProvider.allClients().length);
  }

  /** The compact serialized form: that of {@link Aggregation#toBytes()}, with its own kind. */
  public byte[] toBytes() {
    PartialFormat.Writer out = new PartialFormat.Writer(PartialFormat.Kind.CONCENTRATION);
    byProvider.write(out);
    return out.finish();
  }

  /**
   * The partial {@code bytes} hold, as {@link #toBytes()} wrote them; throws naming the byte and
   * what is wrong for a version this library does not read, another kind of partial, or corrupt
   * or truncated bytes.
   */
  public static ConcentrationPartial fromBytes(byte[] bytes) {
    PartialFormat.Reader in = new PartialFormat.Reader(Objects.requireNonNull(bytes, "bytes"), PartialFormat.Kind.CONCENTRATION);
    Aggregation a = Aggregation.read(in);
    in.end();
    if (!a.dimensions().equals(BY_PROVIDER)) {
      throw in.error(PartialFormat.HEADER, "groups by " + a.dimensions() + ", not by provider alone");
    }
    return new ConcentrationPartial(a);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConcentrationPartial c && c.byProvider.equals(byProvider);
  }

  @Override
  public int hashCode() {
    return byProvider.hashCode();
  }

  @Override
  public String toString() {
    return "ConcentrationPartial[" + byProvider.result().rows().size() + " providers, " + byProvider.allClients().length
        + " clients]";
  }
}
