// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.RoundingMode;
import org.quicktheories.core.Gen;

/** Generators shared by the property tests of this package. */
final class Generators {

  /** About a hundred billion euros either way: room to add many without overflow. */
  static final long LIMIT_CENTS = 10_000_000_000_000L;

  private Generators() {}

  /** Amounts of any size that sums of a few dozen cannot overflow, weighted to small ones too. */
  static Gen<Amount> amounts() {
    return longs().between(-LIMIT_CENTS, LIMIT_CENTS)
        .mix(longs().between(-100_000, 100_000), 40)
        .map(Amount::ofCents);
  }

  static Gen<EuroUnit> units() {
    return arbitrary().enumValues(EuroUnit.class);
  }

  /** Every rounding mode that needs no exact input. */
  static Gen<RoundingMode> roundingModes() {
    return arbitrary().pick(
        RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
        RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
  }

  /** The modes that round to the nearest unit, as published tables do. */
  static Gen<RoundingMode> nearestModes() {
    return arbitrary().pick(RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
  }
}
