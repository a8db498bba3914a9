// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.RoundingMode;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class JsonRoundTripProperties {

  private final ObjectMapper mapper = SociaalDomeinJson.mapper();

  private static Gen<Amount> amounts() {
    return longs().all().mix(longs().between(-100_000, 100_000), 40).map(Amount::ofCents);
  }

  @Test
  void amountsFiguresAndRangesRoundTrip() {
    qt().forAll(amounts(), amounts(), arbitrary().enumValues(EuroUnit.class), integers().between(0, 4))
        .checkAssert((a, b, unit, decimals) -> {
          try {
            assertEquals(a, mapper.readValue(mapper.writeValueAsString(a), Amount.class));
            PrintedFigure f = PrintedFigure.rounded(a, unit, decimals, RoundingMode.HALF_EVEN);
            assertEquals(f, mapper.readValue(mapper.writeValueAsString(f), PrintedFigure.class));
            AmountRange r = AmountRange.between(Amount.min(a, b), Amount.max(a, b));
            assertEquals(r, mapper.readValue(mapper.writeValueAsString(r), AmountRange.class));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void openAndProMemorieRangesRoundTrip() {
    qt().forAll(amounts(), booleans().all(), booleans().all()).checkAssert((a, low, pm) -> {
      AmountRange r = (low ? AmountRange.atLeast(a) : AmountRange.atMost(a)).withProMemorie(pm);
      try {
        assertEquals(r, mapper.readValue(mapper.writeValueAsString(r), AmountRange.class));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }
}
