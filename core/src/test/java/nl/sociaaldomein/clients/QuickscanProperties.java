// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The quickscan in one pass equals its tables computed one scan each, with any scope and thread count. */
class QuickscanProperties {

  /** A scope from a seed: none, provisions, a law, a delivery form or a year. */
  static Query scope(long seed) {
    Random r = new Random(seed);
    switch (r.nextInt(6)) {
      case 0:
        return Query.by().where(Dimension.PROVISION, "Begeleiding", "Ambulant", "Geen voorziening");
      case 1:
        return Query.by().where(Dimension.LAW, Law.JEUGDWET, Law.WMO);
      case 2:
        return Query.by().where(Dimension.DELIVERY_FORM, DeliveryForm.PGB, DeliveryForm.ZIN);
      case 3:
        return Query.by().where(Dimension.YEAR, 2019).where(Dimension.PROVISION, "Begeleiding", "Ambulant");
      case 4:
        return Query.by().where(Dimension.LAW, Law.WMO);
      default:
        return Query.by();
    }
  }

  @Test
  void onePassEqualsOneScanPerTable() {
    qt().withExamples(300).forAll(longs().all(), longs().all(), integers().between(1, 3))
        .checkAssert((dataSeed, scopeSeed, threads) -> {
          ClientDataset dataset = SmallData.random(dataSeed).dataset(Set.of("Begeleiding"));
          Query scope = scope(scopeSeed);
          Parallelism parallelism = Parallelism.of(threads);
          assertEquals(Quickscan.separately(dataset, Parallelism.SINGLE, scope),
              Quickscan.of(dataset, parallelism, scope), scope::toString);
        });
  }
}
