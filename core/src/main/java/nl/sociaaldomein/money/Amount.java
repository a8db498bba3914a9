// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import java.util.stream.Collector;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;
import org.javamoney.moneta.Money;

/**
 * An exact amount of euros, held as a whole number of cents.
 *
 * <p>Amounts are immutable and lie between {@code EUR -92233720368547758.08} and
 * {@code EUR 92233720368547758.07}: a {@code long} of cents. One rule for errors:
 *
 * <ul>
 *   <li>a number that does not fit, or a fraction of a cent where no {@link RoundingMode} is
 *       named, is an {@link ArithmeticException}, as {@link Math#addExact} and
 *       {@link BigDecimal#longValueExact} throw: the conversion {@link #of(BigDecimal)} and every
 *       operation ({@link #plus}, {@link #dividedBy(BigDecimal, RoundingMode)}, {@link #sum},
 *       ...) alike. Its message names the operation and the value, cut when long;
 *   <li>text that is not an amount, too large ones included, is refused by {@link #parse} with
 *       a {@link SociaalDomeinException} naming the text;
 *   <li>arguments that make no sense (no ratios, negative ratios) are a
 *       {@link SociaalDomeinException}, and {@code null} a {@link NullPointerException} naming
 *       the parameter.
 * </ul>
 *
 * <p>The range is checked before any rescaling, so a value such as {@code 1E+999999999} fails
 * at once instead of building a number of a billion digits.
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
  /** Digits before the point of the largest amount in euros: 92233720368547758. */
  private static final int MAX_EURO_DIGITS = 17;
  private static final BigDecimal ONE_TENTH_CENT = new BigDecimal("0.001");
  private static final Pattern CANONICAL = Pattern.compile("(?:EUR )?(-?\\d{1,17})(?:\\.(\\d{2}))?");

  /** The amount in euro cents: the whole serialised form, so that no rounding can enter it. */
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
    try {
      return ofCents(Math.multiplyExact(euros, CENTS_PER_EURO));
    } catch (ArithmeticException e) {
      throw overflow("ofEuros(" + euros + ")");
    }
  }

  /**
   * The exact amount of euros {@code value}; throws when {@code value} has a fraction of a cent
   * (use {@link #of(BigDecimal, RoundingMode)} to round it) or does not fit.
   */
  public static Amount of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return of(value, RoundingMode.UNNECESSARY, () -> "Amount.of(" + shown(value) + ")");
  }

  /** The amount of euros {@code value}, rounded to cents with {@code mode}. */
  public static Amount of(BigDecimal value, RoundingMode mode) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(mode, "mode");
    return of(value, mode, () -> "Amount.of(" + shown(value) + ", " + mode + ")");
  }

  /**
   * {@code value} rounded to cents, checked by its magnitude before any rescaling, so that the
   * work is bounded by the size of {@code value}'s digits, never by its exponent. {@code
   * operation} describes what gave {@code value}, for the message; built only on failure.
   */
  private static Amount of(BigDecimal value, RoundingMode mode, Supplier<String> operation) {
    if (value.signum() == 0) {
      return ZERO;
    }
    // |value| lies in [10^(magnitude - 1), 10^magnitude).
    long magnitude = (long) value.precision() - value.scale();
    if (magnitude > MAX_EURO_DIGITS) {
      throw overflow(operation.get());
    }
    BigDecimal rounded = value;
    if (magnitude < -CENTS_SCALE) {
      // Below a tenth of a cent every mode rounds as it would a tenth of a cent, which keeps
      // a scale such as 1E-100000000 from being rescaled.
      rounded = ONE_TENTH_CENT.multiply(BigDecimal.valueOf(value.signum()));
    }
    try {
      return ofCents(rounded.setScale(CENTS_SCALE, mode).unscaledValue().longValueExact());
    } catch (ArithmeticException e) {
      if (mode == RoundingMode.UNNECESSARY && rounded.stripTrailingZeros().scale() > CENTS_SCALE) {
        throw new ArithmeticException(
            "Amount " + shown(value) + " has a fraction of a cent; name a RoundingMode");
      }
      throw overflow(operation.get());
    }
  }

  private static ArithmeticException overflow(String operation) {
    return new ArithmeticException("Amount out of range: " + operation + " does not fit " + bounds());
  }

  /** Where every amount lies, for messages. */
  static String bounds() {
    return "between " + ofCents(Long.MIN_VALUE) + " and " + ofCents(Long.MAX_VALUE);
  }

  /** A value as a message shows it: cut, in the short form for numbers with large exponents. */
  private static String shown(BigDecimal value) {
    return SociaalDomeinException.quote(value.toString());
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
    try {
      return of(new BigDecimal(m.group(1) + "." + fraction));
    } catch (ArithmeticException e) {
      throw new SociaalDomeinException("", Optional.of(text.toString()),
          "too large for an amount; an amount lies " + bounds(), e);
    }
  }

  /** The sum of {@code amounts}; throws when the exact total does not fit. */
  public static Amount sum(Iterable<Amount> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    ExactSum total = new ExactSum();
    for (Amount a : amounts) {
      total.add(Objects.requireNonNull(a, "amounts").cents);
    }
    return total.toAmount();
  }

  /** The sum of {@code amounts}; throws when the exact total does not fit. */
  public static Amount sum(Amount... amounts) {
    return sum(Arrays.asList(Objects.requireNonNull(amounts, "amounts")));
  }

  /**
   * A collector that sums a stream of amounts exactly, in any order and in parallel: the
   * partial sums merge by addition, which is associative and commutative.
   */
  public static Collector<Amount, ?, Amount> summing() {
    return Collector.of(
        ExactSum::new,
        (acc, a) -> acc.add(Objects.requireNonNull(a, "amount").cents),
        ExactSum::merge,
        ExactSum::toAmount,
        Collector.Characteristics.UNORDERED);
  }

  /** The amount in euro cents, without loss: the form for storing and for bulk work. */
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
    Objects.requireNonNull(mode, "mode");
    return toUnit(unit).setScale(0, mode).longValueExact();
  }

  /** The amount as a JSR 354 {@link Money} in EUR, without loss. */
  public MonetaryAmount toMonetaryAmount() {
    return Money.of(toBigDecimal(), CURRENCY_CODE);
  }

  /** The sum; a sum beyond the range of cents is an error, never a wrap-around. */
  public Amount plus(Amount other) {
    Objects.requireNonNull(other, "other");
    try {
      return ofCents(Math.addExact(cents, other.cents));
    } catch (ArithmeticException e) {
      throw overflow(this + " plus " + other);
    }
  }

  /** The difference; one beyond the range of cents is an error, never a wrap-around. */
  public Amount minus(Amount other) {
    Objects.requireNonNull(other, "other");
    try {
      return ofCents(Math.subtractExact(cents, other.cents));
    } catch (ArithmeticException e) {
      throw overflow(this + " minus " + other);
    }
  }

  /** The amount with the opposite sign; the one amount without an opposite is an error. */
  public Amount negated() {
    if (cents == Long.MIN_VALUE) {
      throw overflow(this + " negated");
    }
    return ofCents(-cents);
  }

  /** The amount without its sign. */
  public Amount abs() {
    return cents < 0 ? negated() : this;
  }

  /** The amount {@code factor} times, exactly; a product beyond the range of cents is an error. */
  public Amount multipliedBy(long factor) {
    try {
      return ofCents(Math.multiplyExact(cents, factor));
    } catch (ArithmeticException e) {
      throw overflow(this + " multipliedBy " + factor);
    }
  }

  /** This amount times {@code factor}, rounded to cents with {@code mode}. */
  public Amount multipliedBy(BigDecimal factor, RoundingMode mode) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(mode, "mode");
    // multiply only adds the scales: cheap for any exponent, and of() checks the range first.
    return of(toBigDecimal().multiply(factor), mode, () -> this + " multipliedBy " + shown(factor));
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
    if (cents == 0) {
      return ZERO;
    }
    BigDecimal dividend = toBigDecimal();
    // |dividend / divisor| lies in (10^(magnitude - 1), 10^(magnitude + 1)): decide the far
    // ends from the exponents, before divide builds a quotient of the divisor's exponent.
    long magnitude = ((long) dividend.precision() - dividend.scale())
        - ((long) divisor.precision() - divisor.scale());
    Supplier<String> operation = () -> this + " dividedBy " + shown(divisor);
    if (magnitude - 1 >= MAX_EURO_DIGITS) {
      throw overflow(operation.get());
    }
    if (magnitude + 1 <= -CENTS_SCALE - 1) {
      return of(ONE_TENTH_CENT.multiply(BigDecimal.valueOf(dividend.signum() * divisor.signum())), mode, operation);
    }
    BigDecimal quotient = dividend.divide(divisor, CENTS_SCALE, mode);
    try {
      return ofCents(quotient.unscaledValue().longValueExact());
    } catch (ArithmeticException e) {
      throw overflow(operation.get());
    }
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
    BigDecimal[] weights = ratios.toArray(new BigDecimal[0]);
    for (BigDecimal r : weights) {
      Objects.requireNonNull(r, "ratios");
    }
    return allocateByWeights(LargestRemainder.wholeWeights(weights));
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
    if (cents == Long.MIN_VALUE) {
      // A negative amount splits as the mirror of its positive, and this one has none.
      throw overflow(this + " allocate");
    }
    long[] parts = LargestRemainder.split(Math.abs(cents), weights);
    List<Amount> result = new ArrayList<>(parts.length);
    for (long p : parts) {
      result.add(ofCents(cents < 0 ? -p : p));
    }
    return Collections.unmodifiableList(result);
  }

  /** -1, 0 or 1 as the amount is negative, zero or positive. */
  public int signum() {
    return Long.signum(cents);
  }

  /** Whether this is zero cents. */
  public boolean isZero() {
    return cents == 0;
  }

  /** Whether the amount is above zero. */
  public boolean isPositive() {
    return cents > 0;
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return cents < 0;
  }

  /** Whether this amount lies above {@code other}. */
  public boolean isGreaterThan(Amount other) {
    return cents > Objects.requireNonNull(other, "other").cents;
  }

  /** Whether this amount lies below {@code other}. */
  public boolean isLessThan(Amount other) {
    return cents < Objects.requireNonNull(other, "other").cents;
  }

  /** The larger of {@code a} and {@code b}. */
  public static Amount max(Amount a, Amount b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.cents >= b.cents ? a : b;
  }

  /** The smaller of {@code a} and {@code b}. */
  public static Amount min(Amount a, Amount b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.cents <= b.cents ? a : b;
  }

  @Override
  public int compareTo(Amount other) {
    return Long.compare(cents, Objects.requireNonNull(other, "other").cents);
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
