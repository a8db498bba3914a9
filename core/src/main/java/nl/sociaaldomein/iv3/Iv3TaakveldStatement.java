// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.funding.FundingYear;
import nl.sociaaldomein.funding.SocialDomainExpenditure;
import nl.sociaaldomein.funding.SocialDomainIncome;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.statement.TaakveldRollup;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * The taakveld statement a delivery implies: lasten, baten and saldo per taakveld and per
 * hoofdtaakveld, in euros, exactly.
 *
 * <p>The BBV books every reserve movement on {@code 0.10} Mutaties reserves, category 7.1:
 * stortingen as lasten, onttrekkingen as baten; and the result of the year on {@code 0.11}
 * Resultaat van de rekening van baten en lasten, a surplus as lasten and a deficit as baten, so
 * that total lasten equal total baten. (There is no taakveld {@code 0.20} in any year's list.) The
 * saldo before reserves is therefore that of every taakveld but these two.
 *
 * <p>Each delivered amount is taken as rounded to the delivery's unit, so each line's
 * {@link Line#halfWidth()} is half a unit per booking summed into it: the bound the
 * {@linkplain #reconcile reconciliation} with a statement's {@link TaakveldRollup} allows.
 *
 * <p>For the funding confrontation ({@link nl.sociaaldomein.funding}) it gives the year's
 * {@linkplain #socialDomainExpenditure(Amount) expenditure} and {@linkplain
 * #socialDomainIncome(Amount) income} of the sociaal domein as exact {@link Amount}s, and a {@link
 * FundingYear} of the delivery's boekjaar; the two figures the accounts do not hold, the indirect
 * overhead and the share of the general grant, are the caller's.
 */
public final class Iv3TaakveldStatement {

  /** Mutaties reserves. */
  public static final TaakveldCode RESERVES = TaakveldRollup.RESERVE_MUTATIONS;
  /** Resultaat van de rekening van baten en lasten. */
  public static final TaakveldCode RESULT = TaakveldCode.of("0.11");
  /** Overhead, which the funding confrontation shows beside the sociaal domein. */
  public static final TaakveldCode OVERHEAD = TaakveldCode.of("0.4");
  /** Sociaal domein. */
  public static final TaakveldCode SOCIAL_DOMAIN = TaakveldCode.of("6.");

  /** Inkomensregelingen, the taakveld of the BUIG. */
  public static final TaakveldCode INCOME_PROVISIONS = TaakveldCode.of("6.3");

  /** The category of reserve movements and of the result. */
  public static final String RESERVE_CATEGORY = "7.1";

  /**
   * Inkomensoverdrachten - Rijk, a category of baten; its code and name are the same in every
   * year's definitions, 2017 to 2026.
   */
  public static final String RIJK_TRANSFERS_CATEGORY = "4.3.1";

  private static final Comparator<TaakveldCode> CODE_ORDER = Comparator.comparing(TaakveldCode::toString);

  /**
   * Lasten and baten in euros, and their saldo (baten minus lasten, the effect on the result),
   * with the tolerance of the delivered figures' rounding.
   */
  public record Line(BigDecimal lasten, BigDecimal baten, BigDecimal halfWidth) {

    /** Nothing booked, without doubt. */
    public static final Line ZERO = new Line(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Rejects a missing component. */
    public Line {
      Objects.requireNonNull(lasten, "lasten");
      Objects.requireNonNull(baten, "baten");
      Objects.requireNonNull(halfWidth, "halfWidth");
    }

    /** Baten minus lasten. */
    public BigDecimal saldo() {
      return baten.subtract(lasten);
    }

    /** The saldo within the rounding of the delivered figures. */
    public Estimate saldoEstimate() {
      return Estimate.of(saldo(), halfWidth);
    }

    /** The sum of both lines: lasten, baten and the tolerances added. */
    public Line plus(Line other) {
      return new Line(lasten.add(other.lasten), baten.add(other.baten), halfWidth.add(other.halfWidth));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Line l && l.lasten.compareTo(lasten) == 0 && l.baten.compareTo(baten) == 0
          && l.halfWidth.compareTo(halfWidth) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(lasten.stripTrailingZeros(), baten.stripTrailingZeros(), halfWidth.stripTrailingZeros());
    }
  }

  private final Year year;
  private final SortedMap<TaakveldCode, Line> taakvelden;
  private final BigDecimal stortingen;
  private final BigDecimal onttrekkingen;
  private final BigDecimal rijkIncomeTransfers;
  private final List<Iv3Booking> unreadable;

  private Iv3TaakveldStatement(Year year, SortedMap<TaakveldCode, Line> taakvelden, BigDecimal stortingen,
      BigDecimal onttrekkingen, BigDecimal rijkIncomeTransfers, List<Iv3Booking> unreadable) {
    this.year = year;
    this.taakvelden = Collections.unmodifiableSortedMap(taakvelden);
    this.stortingen = stortingen;
    this.onttrekkingen = onttrekkingen;
    this.rijkIncomeTransfers = rijkIncomeTransfers;
    this.unreadable = List.copyOf(unreadable);
  }

  /**
   * The statement of {@code delivery}'s lasten and baten. Bookings whose taakveld is no taakveld
   * code at all are left out and listed in {@link #unreadable()}; whether a code is in the year's
   * list is for {@link Iv3Checks}.
   */
  public static Iv3TaakveldStatement of(Iv3Delivery delivery) {
    Objects.requireNonNull(delivery, "delivery");
    EuroUnit unit = delivery.unit();
    BigDecimal half = euros(unit, new BigDecimal("0.5"));
    SortedMap<TaakveldCode, Line> lines = new TreeMap<>(CODE_ORDER);
    BigDecimal stortingen = BigDecimal.ZERO;
    BigDecimal onttrekkingen = BigDecimal.ZERO;
    BigDecimal rijkIncomeTransfers = BigDecimal.ZERO;
    List<Iv3Booking> unreadable = new ArrayList<>();
    for (Iv3Booking b : delivery.bookings()) {
      boolean lasten = b.section() == Iv3Section.LASTEN;
      if (!lasten && b.section() != Iv3Section.BATEN) {
        continue;
      }
      Optional<TaakveldCode> code = TaakveldCode.tryParse(b.code());
      if (code.isEmpty()) {
        unreadable.add(b);
        continue;
      }
      BigDecimal euros = euros(unit, b.bedrag());
      Line line = lasten ? new Line(euros, BigDecimal.ZERO, half) : new Line(BigDecimal.ZERO, euros, half);
      lines.merge(code.get(), line, Line::plus);
      if (code.get().equals(RESERVES) && b.dimension().equals(RESERVE_CATEGORY)) {
        if (lasten) {
          stortingen = stortingen.add(euros);
        } else {
          onttrekkingen = onttrekkingen.add(euros);
        }
      }
      if (!lasten && code.get().equals(INCOME_PROVISIONS) && b.dimension().equals(RIJK_TRANSFERS_CATEGORY)) {
        rijkIncomeTransfers = rijkIncomeTransfers.add(euros);
      }
    }
    return new Iv3TaakveldStatement(Year.of(delivery.metadata().boekjaar()), lines, stortingen, onttrekkingen,
        rijkIncomeTransfers, unreadable);
  }

  /** {@code value} units in euros, with no exponent in its text: scaling up only, never rounding. */
  private static BigDecimal euros(EuroUnit unit, BigDecimal value) {
    BigDecimal euros = unit.toEuros(value);
    return euros.setScale(Math.max(euros.scale(), 0), RoundingMode.UNNECESSARY);
  }

  /** The delivery's boekjaar. */
  public Year year() {
    return year;
  }

  /** The line of each taakveld booked on, in code order. */
  public SortedMap<TaakveldCode, Line> taakvelden() {
    return taakvelden;
  }

  /** The line of {@code code}; zero when nothing is booked on it. */
  public Line taakveld(TaakveldCode code) {
    return taakvelden.getOrDefault(Objects.requireNonNull(code, "code"), Line.ZERO);
  }

  /** The sum of the taakvelden under each hoofdtaakveld booked on, in code order. */
  public SortedMap<TaakveldCode, Line> hoofdtaakvelden() {
    SortedMap<TaakveldCode, Line> out = new TreeMap<>(CODE_ORDER);
    taakvelden.forEach((code, line) -> out.merge(code.hoofdtaakveld(), line, Line::plus));
    return Collections.unmodifiableSortedMap(out);
  }

  /** The sum of the taakvelden under {@code hoofdtaakveld} ({@code 6.}); zero when none is booked on. */
  public Line hoofdtaakveld(TaakveldCode hoofdtaakveld) {
    TaakveldCode h = Objects.requireNonNull(hoofdtaakveld, "hoofdtaakveld").hoofdtaakveld();
    return sum(code -> code.hoofdtaakveld().equals(h));
  }

  /** Every taakveld together: its saldo is zero when the result is booked on 0.11. */
  public Line total() {
    return sum(code -> true);
  }

  /** Saldo van baten en lasten: every taakveld but 0.10 and 0.11. */
  public Line beforeReserves() {
    return sum(code -> !code.equals(RESERVES) && !code.equals(RESULT));
  }

  /** Stortingen in reserves: lasten on 0.10, category 7.1. */
  public BigDecimal reserveAdditions() {
    return stortingen;
  }

  /** Onttrekkingen aan reserves: baten on 0.10, category 7.1. */
  public BigDecimal reserveWithdrawals() {
    return onttrekkingen;
  }

  /** The reserve movements on 0.10 as booked, whatever their category. */
  public Line reserves() {
    return taakveld(RESERVES);
  }

  /** The result after reserves: the saldo before reserves plus that of 0.10. */
  public BigDecimal resultAfterReserves() {
    return beforeReserves().saldo().add(reserves().saldo());
  }

  /**
   * The result as booked on 0.11: lasten minus baten there, since a surplus is booked as lasten.
   * In a delivery that closes, it equals {@link #resultAfterReserves()}.
   */
  public BigDecimal bookedResult() {
    Line r = taakveld(RESULT);
    return r.lasten().subtract(r.baten());
  }

  /** Hoofdtaakveld 6, Sociaal domein, as the funding confrontation takes it. */
  public Line socialDomain() {
    return hoofdtaakveld(SOCIAL_DOMAIN);
  }

  /**
   * Taakveld 0.4 Overhead, shown beside the sociaal domein: the delivery does not say which share
   * of it serves the sociaal domein; that needs a key of the user's.
   */
  public Line overhead() {
    return taakveld(OVERHEAD);
  }

  /**
   * The BUIG (Bundeling Uitkeringen Inkomensvoorzieningen Gemeenten), as far as the delivery
   * shows it: the baten on {@code 6.3} Inkomensregelingen with category {@code 4.3.1}
   * Inkomensoverdrachten - Rijk.
   *
   * <p>That cell holds the BUIG together with any other transfer of the Rijk for income
   * provisions booked there, such as the Tozo and the TONK of 2020 to 2022; the delivery does not
   * tell them apart, so this is the BUIG only where nothing else is booked in the cell.
   *
   * @throws SociaalDomeinException when the euros are no whole number of cents, or too large
   */
  public Amount buig() {
    return amount(rijkIncomeTransfers, "the BUIG (baten on 6.3, category 4.3.1)");
  }

  /**
   * {@code share} of the lasten on {@code 0.4} Overhead, rounded to cents with {@code mode}: the
   * indirect overhead of the sociaal domein by a key of the caller's (such as its part of the
   * formation), since the delivery does not say which part of the overhead serves it.
   *
   * @param share a fraction from 0 to 1
   * @throws SociaalDomeinException when {@code share} lies outside 0 to 1, or the lasten on 0.4
   *     are no whole number of cents
   */
  public Amount indirectOverhead(BigDecimal share, RoundingMode mode) {
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(mode, "mode");
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new SociaalDomeinException("share of the lasten on 0.4", Optional.of(share.toString()),
          "is no fraction from 0 to 1");
    }
    return amount(overhead().lasten(), "the lasten on 0.4").multipliedBy(share, mode);
  }

  /**
   * The expenditure on the sociaal domein: the lasten of hoofdtaakveld 6, exactly, and {@code
   * indirectOverhead}, the part of the overhead on 0.4 the caller attributes to it.
   *
   * @throws SociaalDomeinException when the lasten of hoofdtaakveld 6 are no whole number of
   *     cents, or too large
   */
  public SocialDomainExpenditure socialDomainExpenditure(Amount indirectOverhead) {
    Objects.requireNonNull(indirectOverhead, "indirectOverhead");
    return SocialDomainExpenditure.of(amount(socialDomain().lasten(), "the lasten of hoofdtaakveld 6"),
        indirectOverhead);
  }

  /**
   * As {@link #socialDomainExpenditure(Amount)}, with the indirect overhead {@code overheadShare}
   * of the lasten on 0.4 ({@link #indirectOverhead(BigDecimal, RoundingMode)}).
   */
  public SocialDomainExpenditure socialDomainExpenditure(BigDecimal overheadShare, RoundingMode mode) {
    return socialDomainExpenditure(indirectOverhead(overheadShare, mode));
  }

  /**
   * The income of the sociaal domein: the {@linkplain #buig() BUIG}, the other baten of
   * hoofdtaakveld 6, and {@code generalGrantShare}, the caller's part of the general grant (which
   * is booked whole on 0.7; its attribution to the sociaal domein by clusters lies outside the
   * accounts). The BUIG and the other income add up to the baten of hoofdtaakveld 6.
   *
   * @throws SociaalDomeinException when a figure taken from the delivery is no whole number of
   *     cents, or too large
   */
  public SocialDomainIncome socialDomainIncome(Amount generalGrantShare) {
    Objects.requireNonNull(generalGrantShare, "generalGrantShare");
    Amount baten = amount(socialDomain().baten(), "the baten of hoofdtaakveld 6");
    Amount buig = buig();
    return SocialDomainIncome.of(generalGrantShare, buig, baten.minus(buig));
  }

  /**
   * The delivery's boekjaar in the funding confrontation: {@link
   * #socialDomainIncome(Amount)} with {@code generalGrantShare} against {@link
   * #socialDomainExpenditure(Amount)} with {@code indirectOverhead}.
   */
  public FundingYear fundingYear(Amount generalGrantShare, Amount indirectOverhead) {
    return FundingYear.of(year, socialDomainIncome(generalGrantShare), socialDomainExpenditure(indirectOverhead));
  }

  /** {@code euros} as an amount, or the library's exception naming {@code what}. */
  private Amount amount(BigDecimal euros, String what) {
    try {
      return Amount.of(euros);
    } catch (ArithmeticException e) {
      String why = euros.stripTrailingZeros().scale() > 2
          ? "has a fraction of a cent, so it is no exact amount of euros"
          : "does not fit an amount: " + e.getMessage();
      throw new SociaalDomeinException(what + ", boekjaar " + year, Optional.of(euros.toPlainString()), why, e);
    }
  }

  /** Lasten and baten whose taakveld is not a taakveld code, in delivery order. */
  public List<Iv3Booking> unreadable() {
    return unreadable;
  }

  private Line sum(java.util.function.Predicate<TaakveldCode> which) {
    return taakvelden.entrySet().stream().filter(e -> which.test(e.getKey())).map(java.util.Map.Entry::getValue)
        .reduce(Line.ZERO, Line::plus);
  }

  /**
   * Sets {@code rollup}'s totals beside this statement's saldi per taakveld. A taakveld matches
   * when the two overlap within the rollup's tolerance and half a delivery unit per delivered
   * booking. 0.11 is left out unless the rollup has it, since a programme statement books no
   * result line; a taakveld on one side only is listed, not an error.
   */
  public Iv3Reconciliation reconcile(TaakveldRollup rollup) {
    Objects.requireNonNull(rollup, "rollup");
    SortedMap<TaakveldCode, Iv3Reconciliation.Entry> entries = new TreeMap<>(CODE_ORDER);
    taakvelden.forEach((code, line) -> {
      if (code.equals(RESULT) && !rollup.totals().containsKey(RESULT)) {
        return;
      }
      Estimate delivered = line.saldoEstimate();
      Optional<Estimate> stated = Optional.ofNullable(rollup.totals().get(code));
      entries.put(code, Iv3Reconciliation.Entry.of(code, Optional.of(delivered), stated));
    });
    rollup.totals().forEach((code, stated) -> {
      if (!entries.containsKey(code)) {
        entries.put(code, Iv3Reconciliation.Entry.of(code, Optional.empty(), Optional.of(stated)));
      }
    });
    return new Iv3Reconciliation(List.copyOf(entries.values()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Iv3TaakveldStatement s && s.year.equals(year) && s.taakvelden.equals(taakvelden)
        && s.stortingen.compareTo(stortingen) == 0 && s.onttrekkingen.compareTo(onttrekkingen) == 0
        && s.rijkIncomeTransfers.compareTo(rijkIncomeTransfers) == 0 && s.unreadable.equals(unreadable);
  }

  @Override
  public int hashCode() {
    return taakvelden.hashCode();
  }

  @Override
  public String toString() {
    return "Iv3TaakveldStatement[" + year + "]" + taakvelden;
  }
}
