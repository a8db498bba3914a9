// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import nl.sociaaldomein.SociaalDomeinException;
import org.junit.jupiter.api.Test;

/**
 * Any partition of the payments, aggregated apart, serialized, read back and merged in any order,
 * equals the whole: for grouped queries, stacking and provider concentration.
 */
class PartialProperties {

  /** How a kind of partial is written, read and merged. */
  private record Form<P>(P empty, BinaryOperator<P> merge, Function<P, byte[]> write, Function<byte[], P> read) {

    P roundTrip(P partial) {
      byte[] bytes = write.apply(partial);
      P back = read.apply(bytes);
      assertEquals(partial, back);
      assertArrayEquals(bytes, write.apply(back), "one partial has one serialized form");
      return back;
    }

    /**
     * The partials, each read back from its bytes, merged in a shuffled order from the left, from
     * the right and as a tree whose inner merges are read back too, as a distributed reduce does.
     */
    List<P> merges(List<P> partials, Random r) {
      List<P> parts = new ArrayList<>();
      partials.forEach(p -> parts.add(roundTrip(p)));
      Collections.shuffle(parts, r);
      P left = roundTrip(empty);
      for (P p : parts) {
        left = merge.apply(left, p);
      }
      P right = empty;
      for (int i = parts.size() - 1; i >= 0; i--) {
        right = merge.apply(parts.get(i), right);
      }
      return List.of(left, right, tree(parts));
    }

    private P tree(List<P> parts) {
      if (parts.isEmpty()) {
        return empty;
      }
      if (parts.size() == 1) {
        return parts.get(0);
      }
      int half = parts.size() / 2;
      return roundTrip(merge.apply(tree(parts.subList(0, half)), tree(parts.subList(half, parts.size()))));
    }
  }

  @Test
  void groupedQueriesOfAnyPartitionSerializedAndMergedEqualTheWhole() {
    qt().forAll(longs().all(), longs().all(), integers().between(1, 5)).checkAssert((dataSeed, seed, parts) -> {
      SmallData data = SmallData.random(dataSeed);
      Query q = ClientAggregationProperties.query(seed);
      Random r = new Random(seed);
      Form<Aggregation> form = new Form<>(Aggregation.empty(q.groupBy()), Aggregation::merge, Aggregation::toBytes,
          Aggregation::fromBytes);
      AggregationResult whole = data.dataset(Set.of()).aggregate(q);
      for (Aggregation merged : form.merges(data.partition(parts, r).stream().map(d -> d.partial(q)).toList(), r)) {
        assertEquals(whole, merged.result(), q::toString);
      }
    });
  }

  @Test
  void stackingOfAnyPartitionSerializedAndMergedEqualsTheWhole() {
    qt().forAll(longs().all(), longs().all(), integers().between(1, 5)).checkAssert((dataSeed, seed, parts) -> {
      SmallData data = SmallData.random(dataSeed);
      Random r = new Random(seed);
      Form<StackingPartial> form = new Form<>(StackingPartial.empty(), StackingPartial::merge, StackingPartial::toBytes,
          StackingPartial::fromBytes);
      ClientDataset whole = data.dataset(Set.of());
      for (StackingPartial merged : form.merges(
          data.partition(parts, r).stream().map(ClientDataset::stackingPartial).toList(), r)) {
        assertEquals(whole.stacking(), merged.result());
        assertEquals(whole.stackingPartial(), merged, "a merged partial is the partial of the whole");
      }
    });
  }

  @Test
  void providerConcentrationOfAnyPartitionSerializedAndMergedEqualsTheWhole() {
    qt().forAll(longs().all(), longs().all(), integers().between(1, 5)).checkAssert((dataSeed, seed, parts) -> {
      SmallData data = SmallData.random(dataSeed);
      Query filter = ClientAggregationProperties.query(seed);
      Random r = new Random(seed);
      int percent = r.nextInt(101);
      Form<ConcentrationPartial> form = new Form<>(ConcentrationPartial.empty(), ConcentrationPartial::merge,
          ConcentrationPartial::toBytes, ConcentrationPartial::fromBytes);
      ClientDataset whole = data.dataset(Set.of());
      for (ConcentrationPartial merged : form.merges(
          data.partition(parts, r).stream().map(d -> d.concentrationPartial(filter)).toList(), r)) {
        assertEquals(whole.providerConcentration(filter, percent), merged.result(percent), filter + ", " + percent + " %");
      }
    });
  }

  /**
   * Bytes changed or cut at random and sealed with a matching checksum, so that the layout checks
   * and not the checksum meet them, are read back or refused with this library's exception, never
   * with an index out of bounds or an allocation of what a corrupt count says.
   */
  @Test
  void corruptBytesWithAGoodChecksumAreReadOrRefusedNeverCrash() {
    qt().forAll(longs().all(), longs().all()).checkAssert((dataSeed, seed) -> {
      ClientDataset dataset = SmallData.random(dataSeed).dataset(Set.of());
      Query q = ClientAggregationProperties.query(seed);
      List<Function<byte[], ?>> readers = List.of(Aggregation::fromBytes, StackingPartial::fromBytes,
          ConcentrationPartial::fromBytes);
      List<byte[]> written = List.of(dataset.partial(q).toBytes(), dataset.stackingPartial().toBytes(),
          dataset.concentrationPartial(q).toBytes());
      Random r = new Random(seed);
      for (int kind = 0; kind < readers.size(); kind++) {
        byte[] body = Arrays.copyOf(written.get(kind), written.get(kind).length - PartialFormat.CHECKSUM);
        for (int trial = 0; trial < 20; trial++) {
          byte[] changed = r.nextBoolean() ? Arrays.copyOf(body, PartialFormat.HEADER + r.nextInt(body.length - PartialFormat.HEADER))
              : body.clone();
          for (int flips = r.nextInt(3); flips >= 0 && changed.length > PartialFormat.HEADER; flips--) {
            changed[PartialFormat.HEADER + r.nextInt(changed.length - PartialFormat.HEADER)] = (byte) r.nextInt(256);
          }
          byte[] sealed = PartialFormatTest.withChecksum(changed);
          Function<byte[], ?> read = readers.get(kind);
          try {
            read.apply(sealed);
          } catch (SociaalDomeinException e) {
            assertTrue(e.where().matches(".* partial, byte \\d+"), e::getMessage);
          }
        }
      }
    });
  }

  @Test
  void aStackingPartialOfOneDatasetIsItsStacking() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      ClientDataset dataset = SmallData.random(seed).dataset(Set.of("Begeleiding"));
      assertEquals(dataset.stacking(), dataset.stackingPartial().result());
      assertEquals(dataset.stacking(), StackingPartial.empty().merge(dataset.stackingPartial()).result());
    });
  }
}
