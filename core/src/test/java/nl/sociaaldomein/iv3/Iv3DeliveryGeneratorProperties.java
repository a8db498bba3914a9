// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import nl.sociaaldomein.iv3.Iv3TaakveldStatement.Line;
import org.junit.jupiter.api.Test;

class Iv3DeliveryGeneratorProperties {

  private static final Iv3ErrorCatalogue CBS = Iv3Fixtures.catalogue();
  private static final List<Iv3Definitions> YEARS = List.of(Iv3Fixtures.definitions2017(),
      Iv3Fixtures.definitions2018(), Iv3Fixtures.definitions2024());

  @Test
  void everyGeneratedDeliveryValidates() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      for (Iv3Definitions d : YEARS) {
        Iv3Delivery delivery = Iv3DeliveryGenerator.generate(d, seed);
        Iv3Validation v = Iv3Checks.check(delivery, d, CBS);
        assertTrue(v.isValid(), () -> d.boekjaar() + " seed " + seed + ": " + v.errors());
        assertEquals(5, delivery.metadata().periode());
        assertEquals(d.boekjaar() >= 2020, !delivery.figures().isEmpty(), "figures only where the year lists them");
      }
    });
  }

  @Test
  void theSameSeedGivesTheSameDelivery() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed ->
        assertEquals(Iv3DeliveryGenerator.generate(Iv3Fixtures.definitions2024(), seed),
            Iv3DeliveryGenerator.generate(Iv3Fixtures.definitions2024(), seed)));
  }

  @Test
  void theStatementsPartsAddUpToItsTotals() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Iv3TaakveldStatement s = Iv3TaakveldStatement.of(
          Iv3DeliveryGenerator.generate(Iv3Fixtures.definitions2024(), seed));
      Line total = s.total();
      assertEquals(total, s.taakvelden().values().stream().reduce(Line.ZERO, Line::plus));
      assertEquals(total, s.hoofdtaakvelden().values().stream().reduce(Line.ZERO, Line::plus));
      assertEquals(total, s.beforeReserves().plus(s.reserves()).plus(s.taakveld(Iv3TaakveldStatement.RESULT)));
      assertEquals(0, s.reserves().saldo().compareTo(s.reserveWithdrawals().subtract(s.reserveAdditions())));
      assertEquals(0, s.resultAfterReserves().compareTo(s.bookedResult()), "the generated year closes on 0.11");
      assertEquals(0, total.saldo().signum());
      assertTrue(s.beforeReserves().saldo().compareTo(BigDecimal.ZERO) > 0);
    });
  }
}
