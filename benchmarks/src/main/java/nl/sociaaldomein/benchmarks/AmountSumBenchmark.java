// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountColumn;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sums the same ten million amounts in every representation a caller might hold them in, so that
 * the cost of exactness can be read off against an unchecked {@code long} loop (the floor) and
 * against the JSR 354 and {@code BigDecimal} ways of doing the same job.
 *
 * <p>Each representation has its own state so that a fork builds only the objects its benchmark
 * reads: ten million {@link Money} objects would otherwise inflate the heap, and the garbage
 * collector's work, of every other benchmark in the run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
// A fixed heap: 10 million Money objects take about 0.7 GB, each Moneta sum leaves 6.6 GB of
// garbage, and a heap that grows during measurement would show up as noise. Pre-touched, because
// on a virtual machine the first write to each fresh page of the young generation costs a page
// fault: without it the allocating benchmarks (BigDecimal, Moneta) ran 20 to 30 times slower for
// their first seconds.
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class AmountSumBenchmark {

  /** Fixed, so that every run and every representation sums the very same figures. */
  private static final long SEED = 20_261_122L;

  /**
   * One million euros either way: the size of line items in a municipal budget, and far enough
   * from the limits of a {@code long} that no benchmark ever takes an overflow path.
   */
  private static final long MAX_CENTS = 1_000_000_00L;

  static long[] generateCents(int size) {
    SplittableRandom random = new SplittableRandom(SEED);
    long[] cents = new long[size];
    for (int i = 0; i < size; i++) {
      cents[i] = random.nextLong(-MAX_CENTS, MAX_CENTS + 1);
    }
    return cents;
  }

  /** The data as primitive cents, for the floor and for the column built on it. */
  @State(Scope.Benchmark)
  public static class Cents {
    // A parameter rather than a constant so that a quick check can run with -p size=1000.
    @Param("10000000")
    public int size;

    long[] cents;
    AmountColumn column;

    @Setup(Level.Trial)
    public void setUp() {
      cents = generateCents(size);
      column = AmountColumn.ofCents(cents);
    }
  }

  /** The data as one {@link Amount} object per figure, as callers hold it in a list. */
  @State(Scope.Benchmark)
  public static class Amounts {
    @Param("10000000")
    public int size;

    List<Amount> amounts;

    @Setup(Level.Trial)
    public void setUp() {
      long[] cents = generateCents(size);
      amounts = new ArrayList<>(size);
      for (long c : cents) {
        amounts.add(Amount.ofCents(c));
      }
    }
  }

  /** The data as Moneta {@link Money}, the JSR 354 type this library is measured against. */
  @State(Scope.Benchmark)
  public static class Moneys {
    @Param("10000000")
    public int size;

    Money[] moneys;
    Money zero;

    @Setup(Level.Trial)
    public void setUp() {
      // Looked up once: a currency lookup per Money.of(..., "EUR") would make setup, not the
      // sum, the slow part of this fork.
      CurrencyUnit euro = Monetary.getCurrency(Amount.CURRENCY_CODE);
      long[] cents = generateCents(size);
      moneys = new Money[size];
      for (int i = 0; i < size; i++) {
        moneys[i] = Money.of(BigDecimal.valueOf(cents[i], 2), euro);
      }
      zero = Money.zero(euro);
    }
  }

  /** The data as {@link BigDecimal} euros of scale 2, the usual hand-rolled alternative. */
  @State(Scope.Benchmark)
  public static class Decimals {
    @Param("10000000")
    public int size;

    BigDecimal[] decimals;

    @Setup(Level.Trial)
    public void setUp() {
      long[] cents = generateCents(size);
      decimals = new BigDecimal[size];
      for (int i = 0; i < size; i++) {
        decimals[i] = BigDecimal.valueOf(cents[i], 2);
      }
    }
  }

  /** The floor: no overflow check at all, so a wrong total is possible here and nowhere else. */
  @Benchmark
  public long rawLongLoop(Cents state) {
    long[] cents = state.cents;
    long sum = 0;
    for (long c : cents) {
      sum += c;
    }
    return sum;
  }

  /**
   * The obvious checked loop over the same array, kept as a control for the column: it shows
   * what the column's overflow-flag loop saves, or costs, against one intrinsic check per add.
   */
  @Benchmark
  public long checkedLongLoop(Cents state) {
    long[] cents = state.cents;
    long sum = 0;
    for (long c : cents) {
      sum = Math.addExact(sum, c);
    }
    return sum;
  }

  @Benchmark
  public Amount amountColumnSum(Cents state) {
    return state.column.sum();
  }

  @Benchmark
  public Amount amountListSum(Amounts state) {
    return Amount.sum(state.amounts);
  }

  @Benchmark
  public Amount amountStreamSum(Amounts state) {
    return state.amounts.stream().collect(Amount.summing());
  }

  // One operation takes seconds, so iterations are long enough to average several operations
  // each, and fewer warm-up iterations keep the whole run within minutes.
  @Benchmark
  @Warmup(iterations = 3, time = 10)
  @Measurement(iterations = 10, time = 10)
  public Money monetaMoneySum(Moneys state) {
    Money total = state.zero;
    for (Money m : state.moneys) {
      total = total.add(m);
    }
    return total;
  }

  @Benchmark
  public BigDecimal bigDecimalSum(Decimals state) {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal d : state.decimals) {
      total = total.add(d);
    }
    return total;
  }
}
