// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive map holds what a {@code HashMap<Long, Integer>} holds, through its growth, for keys of any bits. */
class LongIntMapProperties {

  @Test
  void theMapAgreesWithAHashMap() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 3000), integers().between(0, 3))
        .checkAssert((seed, count, kind) -> {
          Random random = new Random(seed);
          LongIntMap map = new LongIntMap(random.nextInt(64));
          Map<Long, Integer> expected = new HashMap<>();
          for (int i = 0; i < count; i++) {
            // Any long, small keys, packed keys differing in high bits only, and the extremes.
            long key = switch (kind) {
              case 0 -> random.nextLong();
              case 1 -> random.nextInt(500);
              case 2 -> (long) random.nextInt(500) << 32;
              default -> random.nextBoolean() ? Long.MIN_VALUE + random.nextInt(200) : Long.MAX_VALUE - random.nextInt(200);
            };
            int value = random.nextInt(Integer.MAX_VALUE);
            Integer before = expected.putIfAbsent(key, value);
            assertEquals(before == null ? -1 : before, map.putIfAbsent(key, value));
            long probe = random.nextLong();
            assertEquals(expected.getOrDefault(probe, -1), map.get(probe));
          }
          assertEquals(expected.size(), map.size());
          expected.forEach((k, v) -> assertEquals(v, map.get(k)));
        });
  }
}
