package nl.sociaaldomein.money;

import static nl.sociaaldomein.money.Generators.amounts;
import static nl.sociaaldomein.money.Generators.roundingModes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AmountProperties {

  @Test
  void additionIsCommutativeAndAssociativeWithZeroAsIdentity() {
    qt().forAll(amounts(), amounts(), amounts()).checkAssert((a, b, c) -> {
      assertEquals(a.plus(b), b.plus(a));
      assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
      assertEquals(a, a.plus(Amount.ZERO));
    });
  }

  @Test
  void subtractionUndoesAdditionAndNegationIsAnInvolution() {
    qt().forAll(amounts(), amounts()).checkAssert((a, b) -> {
      assertEquals(a, a.plus(b).minus(b));
      assertEquals(a.minus(b), a.plus(b.negated()));
      assertEquals(a, a.negated().negated());
      assertEquals(Amount.ZERO, a.plus(a.negated()));
    });
  }

  @Test
  void multiplicationByAnIntegerIsRepeatedAddition() {
    qt().forAll(amounts(), integers().between(0, 20)).checkAssert((a, n) -> {
      Amount repeated = Amount.ZERO;
      for (int i = 0; i < n; i++) {
        repeated = repeated.plus(a);
      }
      assertEquals(repeated, a.multipliedBy(n));
    });
  }

  @Test
  void sumsDoNotDependOnOrder() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(0, 40), longs().all()).checkAssert((list, seed) -> {
      List<Amount> shuffled = new ArrayList<>(list);
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(Amount.sum(list), Amount.sum(shuffled));
      assertEquals(Amount.sum(list), shuffled.parallelStream().collect(Amount.summing()));
      assertEquals(Amount.sum(list), AmountColumn.of(shuffled).sum());
    });
  }

  @Test
  void mergingPartialSumsEqualsTheWholeSum() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(0, 40), integers().between(0, 40)).checkAssert((list, cut) -> {
      int at = Math.min(cut, list.size());
      assertEquals(Amount.sum(list), Amount.sum(list.subList(0, at)).plus(Amount.sum(list.subList(at, list.size()))));
    });
  }

  @Test
  void allocationKeepsTheTotalAndStaysWithinACentOfEachExactShare() {
    qt().forAll(amounts(), lists().of(longs().between(0, 1_000_000)).ofSizeBetween(1, 12))
        .assuming((a, ratios) -> ratios.stream().mapToLong(Long::longValue).sum() > 0)
        .checkAssert((a, ratios) -> {
          long[] r = ratios.stream().mapToLong(Long::longValue).toArray();
          List<Amount> parts = a.allocate(r);
          assertEquals(a, Amount.sum(parts));
          long total = ratios.stream().mapToLong(Long::longValue).sum();
          for (int i = 0; i < r.length; i++) {
            BigDecimal exact = new BigDecimal(BigInteger.valueOf(a.toCents()).multiply(BigInteger.valueOf(r[i])))
                .divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_EVEN);
            BigDecimal miss = exact.subtract(BigDecimal.valueOf(parts.get(i).toCents())).abs();
            assertTrue(miss.compareTo(BigDecimal.ONE) < 0, () -> "part " + parts + " of " + a + " over " + ratios);
          }
        });
  }

  @Test
  void monetaAgreesWithOurArithmetic() {
    qt().forAll(amounts(), amounts(), longs().between(-1_000, 1_000), roundingModes()).checkAssert((a, b, factor, mode) -> {
      MonetaryAmount ma = a.toMonetaryAmount();
      MonetaryAmount mb = b.toMonetaryAmount();
      assertEquals(a.plus(b), Amount.of(ma.add(mb)));
      assertEquals(a.minus(b), Amount.of(ma.subtract(mb)));
      assertEquals(a.negated(), Amount.of(ma.negate()));
      assertEquals(a.multipliedBy(factor), Amount.of(ma.multiply(factor)));
      assertEquals(a.compareTo(b) < 0, ma.isLessThan(mb));
      if (factor != 0) {
        BigDecimal quotient = ma.divide(factor).getNumber().numberValue(BigDecimal.class);
        assertEquals(a.dividedBy(factor, mode), Amount.of(quotient, mode));
      }
    });
  }

  @Test
  void decimalMultiplicationMatchesMonetaThenRounding() {
    qt().forAll(amounts(), longs().between(-10_000, 10_000), roundingModes()).checkAssert((a, basisPoints, mode) -> {
      BigDecimal factor = BigDecimal.valueOf(basisPoints, 4);
      BigDecimal viaMoneta = Money.of(a.toBigDecimal(), "EUR").multiply(factor).getNumber().numberValueExact(BigDecimal.class);
      assertEquals(Amount.of(viaMoneta, mode), a.multipliedBy(factor, mode));
    });
  }

  @Test
  void toStringReadsBack() {
    qt().forAll(longs().all()).checkAssert(cents -> {
      Amount a = Amount.ofCents(cents);
      assertEquals(a, Amount.parse(a.toString()));
      assertEquals(a, Amount.of(a.toMonetaryAmount()));
    });
  }
}
