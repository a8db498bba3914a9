// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.PrimitiveIterator;
import java.util.stream.LongStream;
import nl.sociaaldomein.clients.Bsn;
import org.junit.jupiter.api.Test;

/**
 * The eighth digit stepped past 9 to find a check digit takes 18 off the weighted sum, which can
 * leave it below 11: the check digit then makes the whole sum 0, which the elfproef refuses.
 */
class BsnsCheckDigitTest {

  /** Draws that give the choices listed, in order. */
  private static Draws fixed(long... choices) {
    PrimitiveIterator.OfLong next = LongStream.of(choices).iterator();
    return new Draws() {
      @Override
      public long between(long min, long max, long shrinkTarget) {
        return next.nextLong();
      }
    };
  }

  @Test
  void aValidBsnIsValidWhenTheEighthDigitWrapsPastNine() {
    // 0000001 9: weighted sum 3 + 18 = 21, remainder 10, so the eighth digit steps to 0 (sum 3).
    String bsn = Bsns.valid().generate(fixed(0, 0, 0, 0, 0, 0, 1, 9));
    assertThat(Bsn.isValid(bsn)).as(bsn).isTrue();
    assertThat(Bsns.passesElfproef(bsn)).as(bsn).isTrue();
  }

  @Test
  void everyEightDigitPrefixGivesAValidBsn() {
    // All 10^8 prefixes are too many; every prefix whose weighted sum is small enough to matter is
    // among those with at most the last three digits set.
    for (int d5 = 0; d5 <= 9; d5++) {
      for (int d6 = 0; d6 <= 9; d6++) {
        for (int d7 = 0; d7 <= 9; d7++) {
          String bsn = Bsns.valid().generate(fixed(0, 0, 0, 0, 0, d5, d6, d7));
          assertThat(Bsn.isValid(bsn)).as(bsn).isTrue();
        }
      }
    }
  }
}
