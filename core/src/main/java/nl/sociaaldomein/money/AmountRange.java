// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;

/**
 * An amount known only to lie between two ends, either of which may be unknown: the
 * {@code p.m.} items and ranges ("tussen de € 20.000,- en € 35.000,-") of savings lists.
 *
 * <p>A {@code p.m.} (pro memorie) item is marked as such, with or without a range; a total
 * over items is the interval sum, unknown at an end where any item is, and marked p.m. when any
 * item is. An exact amount is the degenerate range with equal ends.
 */
public final class AmountRange {

  private static final Pattern CANONICAL =
      Pattern.compile("(p\\.m\\. )?\\[(\\?|-?\\d+\\.\\d{2}), (\\?|-?\\d+\\.\\d{2})\\]");

  private static final AmountRange PRO_MEMORIE = new AmountRange(null, null, true);

  private final Amount low;
  private final Amount high;
  private final boolean proMemorie;

  private AmountRange(Amount low, Amount high, boolean proMemorie) {
    if (low != null && high != null && low.isGreaterThan(high)) {
      throw new SociaalDomeinException("The low end " + low + " lies above the high end " + high);
    }
    this.low = low;
    this.high = high;
    this.proMemorie = proMemorie;
  }

  /** Exactly {@code amount}. */
  public static AmountRange exactly(Amount amount) {
    Objects.requireNonNull(amount, "amount");
    return new AmountRange(amount, amount, false);
  }

  /** Somewhere from {@code low} to {@code high}, both included. */
  public static AmountRange between(Amount low, Amount high) {
    return new AmountRange(Objects.requireNonNull(low, "low"), Objects.requireNonNull(high, "high"), false);
  }

  /** At least {@code low}, with no known upper end. */
  public static AmountRange atLeast(Amount low) {
    return new AmountRange(Objects.requireNonNull(low, "low"), null, false);
  }

  /** At most {@code high}, with no known lower end. */
  public static AmountRange atMost(Amount high) {
    return new AmountRange(null, Objects.requireNonNull(high, "high"), false);
  }

  /** A plain {@code p.m.}: not yet known at all. */
  public static AmountRange proMemorie() {
    return PRO_MEMORIE;
  }

  /** {@code p.m. (low - high)}: not yet known, but estimated between two ends. */
  public static AmountRange proMemorie(Amount low, Amount high) {
    return new AmountRange(Objects.requireNonNull(low, "low"), Objects.requireNonNull(high, "high"), true);
  }

  /** The interval sum of {@code ranges}; exactly zero when there are none. */
  public static AmountRange sum(Iterable<AmountRange> ranges) {
    Objects.requireNonNull(ranges, "ranges");
    AmountRange total = exactly(Amount.ZERO);
    for (AmountRange r : ranges) {
      total = total.plus(r);
    }
    return total;
  }

  /** Reads the form {@link #toString()} writes: {@code [20000.00, 35000.00]}, {@code p.m. [?, ?]}. */
  public static AmountRange parse(CharSequence text) {
    Matcher m = CANONICAL.matcher(Objects.requireNonNull(text, "text"));
    if (!m.matches()) {
      throw new SociaalDomeinException(
          "Cannot read \"" + Texts.abbreviate(text) + "\" as an amount range; expected the form"
              + " [20000.00, 35000.00], [?, 10.00] or p.m. [?, ?]");
    }
    return new AmountRange(end(text, m.group(2)), end(text, m.group(3)), m.group(1) != null);
  }

  private static Amount end(CharSequence text, String end) {
    if ("?".equals(end)) {
      return null;
    }
    try {
      return Amount.parse(end);
    } catch (SociaalDomeinException e) {
      throw new SociaalDomeinException("", Optional.of(text.toString()),
          "the end " + SociaalDomeinException.quote(end) + " is not an amount: " + e.why(), e);
    }
  }

  /** The low end; empty where it is unknown. */
  public Optional<Amount> low() {
    return Optional.ofNullable(low);
  }

  /** The high end; empty where it is unknown. */
  public Optional<Amount> high() {
    return Optional.ofNullable(high);
  }

  /** Whether this is marked p.m. (pro memorie). */
  public boolean isProMemorie() {
    return proMemorie;
  }

  /** Whether both ends are known and equal. */
  public boolean isExact() {
    return low != null && low.equals(high);
  }

  /** Whether both ends are known. */
  public boolean isBounded() {
    return low != null && high != null;
  }

  /** Whether {@code amount} lies within the known ends. */
  public boolean contains(Amount amount) {
    Objects.requireNonNull(amount, "amount");
    return (low == null || !amount.isLessThan(low)) && (high == null || !amount.isGreaterThan(high));
  }

  /** The interval sum: the ends added, unknown where either is, p.m. where either is. */
  public AmountRange plus(AmountRange other) {
    Objects.requireNonNull(other, "other");
    return new AmountRange(
        low == null || other.low == null ? null : low.plus(other.low),
        high == null || other.high == null ? null : high.plus(other.high),
        proMemorie || other.proMemorie);
  }

  /** This range moved by {@code amount}. */
  public AmountRange plus(Amount amount) {
    Objects.requireNonNull(amount, "amount");
    return plus(exactly(amount));
  }

  /** The range of the opposite amounts: the ends negated and swapped. */
  public AmountRange negated() {
    return new AmountRange(
        high == null ? null : high.negated(), low == null ? null : low.negated(), proMemorie);
  }

  /** The interval difference: this plus {@code other} negated, so the widths add up. */
  public AmountRange minus(AmountRange other) {
    Objects.requireNonNull(other, "other");
    return plus(other.negated());
  }

  /** The same range without the p.m. mark, or with it. */
  public AmountRange withProMemorie(boolean mark) {
    return mark == proMemorie ? this : new AmountRange(low, high, mark);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AmountRange)) {
      return false;
    }
    AmountRange r = (AmountRange) o;
    return Objects.equals(low, r.low) && Objects.equals(high, r.high) && proMemorie == r.proMemorie;
  }

  @Override
  public int hashCode() {
    return Objects.hash(low, high, proMemorie);
  }

  /** {@code [20000.00, 35000.00]} or {@code p.m. [?, ?]}: read back by {@link #parse(CharSequence)}. */
  @Override
  public String toString() {
    return (proMemorie ? "p.m. " : "") + "[" + endText(low) + ", " + endText(high) + "]";
  }

  private static String endText(Amount end) {
    return end == null ? "?" : end.toBigDecimal().toPlainString();
  }
}
