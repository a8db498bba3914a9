package nl.sociaaldomein.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;
import org.javamoney.moneta.Money;

/**
 * An exact amount of euros, held as a whole number of cents.
 *
 * <p>Amounts are immutable. Every operation that could leave the range of a {@code long} of
 * cents throws {@link ArithmeticException} instead of wrapping, and every operation that
 * could produce a fraction of a cent asks for a {@link RoundingMode}.
 *
 * <p>{@link #toString()} gives {@code EUR 1234.56} (a plain decimal, no grouping), which
 * {@link #parse(CharSequence)} reads back. Dutch notation ({@code € 1.234,56}) is the job of
 * the notation package ({@code DutchNotation} reads it, {@code FigureFormat} writes it), which
 * builds on this one.
 */
public final class Amount implements Comparable<Amount>, Serializable {

  private static final long serialVersionUID = 1L;

  /** Zero euros. */
  public static final Amount ZERO = new Amount(0);

  /** The euro, for interop with JSR 354. */
  public static final String CURRENCY_CODE = "EUR";

  private static final int CENTS_SCALE = 2;
  private static final long CENTS_PER_EURO = 100;
  private static final Pattern CANONICAL = Pattern.compile("(?:EUR )?(-?\\d{1,17})(?:\\.(\\d{2}))?");

  private final long cents;

  private Amount(long cents) {
    this.cents = cents;
  }

  /** An amount of whole cents. */
  public static Amount ofCents(long cents) {
    return cents == 0 ? ZERO : new Amount(cents);
  }

  /** An amount of whole euros; throws when it does not fit in a {@code long} of cents. */
  public static Amount ofEuros(long euros) {
    return ofCents(Math.multiplyExact(euros, CENTS_PER_EURO));
  }

  /**
   * The exact amount of euros {@code value}; throws when {@code value} has a fraction of a cent
   * (use {@link #of(BigDecimal, RoundingMode)} to round it) or does not fit.
   */
  public static Amount of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal scaled;
    try {
      scaled = value.setScale(CENTS_SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "Amount " + value.toPlainString() + " has a fraction of a cent; name a RoundingMode");
    }
    return ofScaled(scaled, value);
  }

  /** The amount of euros {@code value}, rounded to cents with {@code mode}. */
  public static Amount of(BigDecimal value, RoundingMode mode) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(mode, "mode");
    return ofScaled(value.setScale(CENTS_SCALE, mode), value);
  }

  private static Amount ofScaled(BigDecimal scaledToCents, BigDecimal original) {
    try {
      return ofCents(scaledToCents.unscaledValue().longValueExact());
    } catch (ArithmeticException e) {
      throw new ArithmeticException("Amount " + original.toPlainString() + " is out of range");
    }
  }

  /**
   * Converts a JSR 354 amount in EUR without loss; throws for another currency or a fraction of
   * a cent.
   */
  public static Amount of(MonetaryAmount amount) {
    Objects.requireNonNull(amount, "amount");
    CurrencyUnit currency = amount.getCurrency();
    if (!CURRENCY_CODE.equals(currency.getCurrencyCode())) {
      throw new SociaalDomeinException(
          "Amount must be in EUR, not " + currency.getCurrencyCode() + ": " + amount);
    }
    return of(amount.getNumber().numberValueExact(BigDecimal.class));
  }

  /**
   * Reads the form {@link #toString()} writes: {@code EUR 1234.56}, {@code EUR -0.05}; the
   * {@code EUR } prefix and the cents may be left out ({@code 1234}).
   */
  public static Amount parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = CANONICAL.matcher(text);
    if (!m.matches()) {
      throw new SociaalDomeinException(
          "Cannot read \"" + Texts.abbreviate(text) + "\" as an amount; expected the form EUR -1234.56");
    }
    String fraction = m.group(2) == null ? "00" : m.group(2);
    return of(new BigDecimal(m.group(1) + "." + fraction));
  }

  /** The sum of {@code amounts}; throws when the exact total does not fit. */
  public static Amount sum(Iterable<Amount> amounts) {
    long total = 0;
    for (Amount a : amounts) {
      total = Math.addExact(total, a.cents);
    }
    return ofCents(total);
  }

  /** The sum of {@code amounts}; throws when the exact total does not fit. */
  public static Amount sum(Amount... amounts) {
    return sum(List.of(amounts));
  }

  /**
   * A collector that sums a stream of amounts exactly, in any order and in parallel: the
   * partial sums merge by addition, which is associative and commutative.
   */
  public static Collector<Amount, ?, Amount> summing() {
    return Collector.of(
        () -> new long[1],
        (acc, a) -> acc[0] = Math.addExact(acc[0], a.cents),
        (x, y) -> {
          x[0] = Math.addExact(x[0], y[0]);
          return x;
        },
        acc -> ofCents(acc[0]),
        Collector.Characteristics.UNORDERED);
  }

  public long toCents() {
    return cents;
  }

  /** The amount in euros as a {@code BigDecimal} of scale 2. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(cents, CENTS_SCALE);
  }

  /** The amount expressed in {@code unit}, exactly (e.g. 1234.56 euros is 1.23456 thousands). */
  public BigDecimal toUnit(EuroUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return unit.fromEuros(toBigDecimal());
  }

  /** The amount in whole {@code unit}s, rounded with {@code mode}; throws when out of range. */
  public long toWhole(EuroUnit unit, RoundingMode mode) {
    return toUnit(unit).setScale(0, mode).longValueExact();
  }

  /** The amount as a JSR 354 {@link Money} in EUR, without loss. */
  public MonetaryAmount toMonetaryAmount() {
    return Money.of(toBigDecimal(), CURRENCY_CODE);
  }

  public Amount plus(Amount other) {
    Objects.requireNonNull(other, "other");
    return ofCents(Math.addExact(cents, other.cents));
  }

  public Amount minus(Amount other) {
    Objects.requireNonNull(other, "other");
    return ofCents(Math.subtractExact(cents, other.cents));
  }

  public Amount negated() {
    return ofCents(Math.negateExact(cents));
  }

  public Amount abs() {
    return cents < 0 ? negated() : this;
  }

  public Amount multipliedBy(long factor) {
    return ofCents(Math.multiplyExact(cents, factor));
  }

  /** This amount times {@code factor}, rounded to cents with {@code mode}. */
  public Amount multipliedBy(BigDecimal factor, RoundingMode mode) {
    Objects.requireNonNull(factor, "factor");
    return of(toBigDecimal().multiply(factor), mode);
  }

  /** This amount divided by {@code divisor}, rounded to cents with {@code mode}. */
  public Amount dividedBy(long divisor, RoundingMode mode) {
    return dividedBy(BigDecimal.valueOf(divisor), mode);
  }

  /** This amount divided by {@code divisor}, rounded to cents with {@code mode}. */
  public Amount dividedBy(BigDecimal divisor, RoundingMode mode) {
    Objects.requireNonNull(divisor, "divisor");
    Objects.requireNonNull(mode, "mode");
    if (divisor.signum() == 0) {
      throw new ArithmeticException("Cannot divide " + this + " by zero");
    }
    return ofCents(toBigDecimal().divide(divisor, CENTS_SCALE, mode).unscaledValue().longValueExact());
  }

  /**
   * Splits this amount over {@code ratios} so that the parts add up to it exactly: every part
   * gets the whole cents of its exact share, and the cents left over go one each to the parts
   * with the largest remainders (the earlier part first on a tie). A negative amount splits
   * as the mirror of its positive.
   */
  public List<Amount> allocate(long... ratios) {
    Objects.requireNonNull(ratios, "ratios");
    BigInteger[] weights = new BigInteger[ratios.length];
    for (int i = 0; i < ratios.length; i++) {
      weights[i] = BigInteger.valueOf(ratios[i]);
    }
    return allocateByWeights(weights);
  }

  /** As {@link #allocate(long...)}, with decimal ratios such as shares {@code 0.25, 0.75}. */
  public List<Amount> allocate(List<BigDecimal> ratios) {
    Objects.requireNonNull(ratios, "ratios");
    return allocateByWeights(LargestRemainder.wholeWeights(ratios.toArray(new BigDecimal[0])));
  }

  private List<Amount> allocateByWeights(BigInteger[] weights) {
    if (weights.length == 0) {
      throw new SociaalDomeinException("Cannot allocate " + this + " over no ratios");
    }
    BigInteger totalWeight = BigInteger.ZERO;
    for (BigInteger w : weights) {
      if (w.signum() < 0) {
        throw new SociaalDomeinException("Ratios must not be negative: " + List.of(weights));
      }
      totalWeight = totalWeight.add(w);
    }
    if (totalWeight.signum() == 0) {
      throw new SociaalDomeinException("Ratios must not all be zero: " + List.of(weights));
    }
    // A negative amount splits as the mirror of its positive; absExact throws for the one long
    // that has no positive mirror.
    long[] parts = LargestRemainder.split(Math.absExact(cents), weights);
    List<Amount> result = new ArrayList<>(parts.length);
    for (long p : parts) {
      result.add(ofCents(cents < 0 ? -p : p));
    }
    return Collections.unmodifiableList(result);
  }

  public int signum() {
    return Long.signum(cents);
  }

  public boolean isZero() {
    return cents == 0;
  }

  public boolean isPositive() {
    return cents > 0;
  }

  public boolean isNegative() {
    return cents < 0;
  }

  public boolean isGreaterThan(Amount other) {
    return cents > other.cents;
  }

  public boolean isLessThan(Amount other) {
    return cents < other.cents;
  }

  public static Amount max(Amount a, Amount b) {
    return a.cents >= b.cents ? a : b;
  }

  public static Amount min(Amount a, Amount b) {
    return a.cents <= b.cents ? a : b;
  }

  @Override
  public int compareTo(Amount other) {
    return Long.compare(cents, other.cents);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amount && ((Amount) o).cents == cents;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(cents);
  }

  /** {@code EUR 1234.56}: read back by {@link #parse(CharSequence)}. */
  @Override
  public String toString() {
    return CURRENCY_CODE + " " + toBigDecimal().toPlainString();
  }
}
