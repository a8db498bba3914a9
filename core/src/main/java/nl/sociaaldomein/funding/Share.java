// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;
import nl.sociaaldomein.money.Amount;

/**
 * An exact share: one amount as a part of another, such as a cluster of the general grant as
 * part of the whole grant.
 *
 * <p>A share is kept as the two amounts, not as a decimal, because 7.543.856 of 122.478.646 has
 * no finite decimal expansion: any stored decimal would already be rounded, and checks against
 * printed percentages would then depend on how. Rounding happens only in
 * {@link #percent(int, RoundingMode)}, with a mode the caller names; comparisons
 * ({@link #compareToPercent(BigDecimal)}) are exact.
 *
 * <p>Two shares are equal when part and whole are equal: 1 of 2 is not equal to 2 of 4, since
 * they describe different money. {@link #toString()} gives {@code EUR 1.00 of EUR 2.00}, which
 * {@link #parse(CharSequence)} reads back.
 */
public final class Share {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern CANONICAL = Pattern.compile("(EUR -?\\d+(?:\\.\\d{2})?) of (EUR -?\\d+(?:\\.\\d{2})?)");

  private final Amount part;
  private final Amount whole;

  private Share(Amount part, Amount whole) {
    this.part = part;
    this.whole = whole;
  }

  /** {@code part} of {@code whole}; throws when {@code whole} is zero. */
  public static Share of(Amount part, Amount whole) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(whole, "whole");
    if (whole.isZero()) {
      throw new SociaalDomeinException("whole must not be zero for a share of " + part + ": " + whole);
    }
    return new Share(part, whole);
  }

  /**
   * The sum of shares of one whole: their parts added. Throws when {@code shares} is empty or
   * the wholes differ, since shares of different wholes do not add.
   */
  public static Share sum(Iterable<Share> shares) {
    Iterator<Share> it = Objects.requireNonNull(shares, "shares").iterator();
    if (!it.hasNext()) {
      throw new SociaalDomeinException("shares must not be empty: a sum of no shares has no whole");
    }
    Share total = it.next();
    while (it.hasNext()) {
      total = total.plus(it.next());
    }
    return total;
  }

  /** Reads the form {@link #toString()} writes: {@code EUR 7543856.00 of EUR 122478646.00}. */
  public static Share parse(CharSequence text) {
    Matcher m = CANONICAL.matcher(Objects.requireNonNull(text, "text"));
    if (!m.matches()) {
      throw new SociaalDomeinException(
          "Cannot read \"" + Texts.abbreviate(text) + "\" as a share; expected the form EUR 1.00 of EUR 2.00");
    }
    return of(Amount.parse(m.group(1)), Amount.parse(m.group(2)));
  }

  /** The part, such as one cluster's amount. */
  public Amount part() {
    return part;
  }

  /** The whole the part is taken of, such as the whole grant. */
  public Amount whole() {
    return whole;
  }

  /** This share plus {@code other}; throws when they are shares of different wholes. */
  public Share plus(Share other) {
    Objects.requireNonNull(other, "other");
    if (!other.whole.equals(whole)) {
      throw new SociaalDomeinException(
          "Cannot add a share of " + other.whole + " to a share of " + whole + ": the wholes differ");
    }
    return new Share(part.plus(other.part), whole);
  }

  /** Whether the part is the whole: exactly 100 %. */
  public boolean isWhole() {
    return part.equals(whole);
  }

  /**
   * The share in percent, rounded to {@code decimals} decimals with {@code mode}:
   * {@code percent(1, HALF_UP)} of 7.543.856 of 122.478.646 is 6.2. Throws
   * {@link ArithmeticException} for {@link RoundingMode#UNNECESSARY} when rounding is needed.
   */
  public BigDecimal percent(int decimals, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    if (decimals < 0) {
      throw new SociaalDomeinException("decimals must not be negative: " + decimals);
    }
    return part.toBigDecimal().multiply(HUNDRED).divide(whole.toBigDecimal(), decimals, mode);
  }

  /**
   * Compares this share with {@code percent} exactly, without rounding: negative when the share
   * is less, zero when equal, positive when more.
   */
  public int compareToPercent(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    // part / whole  vs  percent / 100, cross-multiplied; a negative whole flips the order.
    int sign = part.toBigDecimal().multiply(HUNDRED).compareTo(percent.multiply(whole.toBigDecimal()));
    return whole.isNegative() ? -sign : sign;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Share && ((Share) o).part.equals(part) && ((Share) o).whole.equals(whole);
  }

  @Override
  public int hashCode() {
    return part.hashCode() * 31 + whole.hashCode();
  }

  /** {@code EUR 7543856.00 of EUR 122478646.00}: read back by {@link #parse(CharSequence)}. */
  @Override
  public String toString() {
    return part + " of " + whole;
  }
}
