// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.notation.DirectionStyle;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.notation.PercentageFormat;
import nl.sociaaldomein.statement.Place;

/**
 * Something a reconciliation of explanations found wrong, so that a report can list it: what,
 * where, how much, and why in words.
 *
 * @param kind what is wrong
 * @param place the row of the statement concerned: the explained row, or the target of the item
 * @param item the description of the item or residual concerned, when the finding is about one
 * @param amount the amount at issue, favourable positive, with its rounding bound: the gap, the
 *     residual, the variance left unexplained, the difference between an item and its sub-items,
 *     or the item whose direction is contradicted
 * @param share for {@link Kind#UNEXPLAINED_GAP}, the gap's size as a percentage of the variance's
 *     (one decimal, half up); empty for other kinds and for a variance of nil
 * @param reason the finding in words, figures in Dutch notation
 */
public record Finding(Kind kind, Place place, Optional<String> item, Estimate amount, Optional<BigDecimal> share,
    String reason) {

  /** What a finding is about. */
  public enum Kind {
    /**
     * Items and the given residual leave part of the variance unexplained, beyond the rounding
     * bound; or, where no residual is given, the items leave more than the residual limit.
     */
    UNEXPLAINED_GAP,
    /** A given residual larger than the limit: something material went unexplained. */
    RESIDUAL_ABOVE_LIMIT,
    /** A row whose variance needs an explanation by the rules has no item, nor has any row within it. */
    MISSING_EXPLANATION,
    /** An item's sub-items do not add up to it, beyond the rounding bound. */
    PARTS_DO_NOT_ADD_UP,
    /** An item stated voordelig has an unfavourable amount, or the other way round. */
    DIRECTION_CONTRADICTS_SIGN
  }

  private static final int SHARE_DECIMALS = 1;
  private static final PercentageFormat SHARE = PercentageFormat.of(SHARE_DECIMALS, RoundingMode.UNNECESSARY);

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new SociaalDomeinException("", Optional.of(kind + " at " + place), "a finding says why in words");
    }
    if (share.isPresent() && kind != Kind.UNEXPLAINED_GAP) {
      throw new SociaalDomeinException("", Optional.of(kind.toString()), "only an unexplained gap has a share of the variance");
    }
  }

  /** The gap of {@code row} when it lies beyond the rounding bound. */
  static Optional<Finding> unexplainedGap(ReconciliationRow row) {
    if (row.isWithinBound()) {
      return Optional.empty();
    }
    Estimate gap = row.gap();
    Optional<BigDecimal> share = shareOf(gap, row.variance());
    Explanation residual = row.givenResidual().orElseThrow();
    String reason = "the items (" + signed(row.itemSum()) + ") and the given residual "
        + SociaalDomeinException.quote(residual.description()) + " (" + signed(row.residual())
        + ") explain " + signed(row.itemSum().plus(row.residual())) + " of the variance " + signed(row.variance())
        + ": " + signed(gap) + share.map(s -> " (" + SHARE.format(s) + " of the variance)").orElse("")
        + " is unexplained, beyond the rounding bound of " + size(gap.halfWidth());
    return Optional.of(new Finding(Kind.UNEXPLAINED_GAP, row.target(), Optional.empty(), gap, share, reason));
  }

  /**
   * The residual of {@code row} when even its smallest size the rounding allows exceeds
   * {@code limit}. A residual the document gives is then too large to be "diverse kleine
   * afwijkingen"; where it gives none, what the items leave is an unexplained gap, with its share
   * of the variance.
   */
  static Optional<Finding> residualAboveLimit(ReconciliationRow row, Amount limit) {
    Estimate residual = row.residual();
    BigDecimal smallestSize = residual.nominal().abs().subtract(residual.halfWidth());
    if (smallestSize.compareTo(limit.toBigDecimal()) <= 0) {
      return Optional.empty();
    }
    if (row.givenResidual().isEmpty()) {
      Optional<BigDecimal> share = shareOf(residual, row.variance());
      String reason = "the items explain " + signed(row.itemSum()) + " of the variance " + signed(row.variance())
          + " and no residual is given: " + signed(residual) + share.map(s -> " (" + SHARE.format(s) + " of the variance)").orElse("")
          + " is unexplained, more than the limit of " + size(limit.toBigDecimal());
      return Optional.of(new Finding(Kind.UNEXPLAINED_GAP, row.target(), Optional.empty(), residual, share, reason));
    }
    String reason = "the residual " + SociaalDomeinException.quote(row.givenResidual().get().description()) + " of "
        + signed(residual) + " exceeds the limit of " + size(limit.toBigDecimal()) + ": something material went unexplained";
    return Optional.of(new Finding(Kind.RESIDUAL_ABOVE_LIMIT, row.target(), row.givenResidual().map(Explanation::description),
        residual, Optional.empty(), reason));
  }

  /** {@code part} as a percentage of {@code whole}, one decimal half up; empty for a whole of nil. */
  private static Optional<BigDecimal> shareOf(Estimate part, Estimate whole) {
    return whole.nominal().signum() == 0 ? Optional.empty()
        : Optional.of(part.nominal().abs().multiply(BigDecimal.valueOf(100))
            .divide(whole.nominal().abs(), SHARE_DECIMALS, RoundingMode.HALF_UP));
  }

  /** {@code row}, required because {@code why}, when no item explains it or a row within it. */
  static Optional<Finding> missingExplanation(ReconciliationRow row, String why) {
    if (!row.items().isEmpty()) {
      return Optional.empty();
    }
    String reason = "the variance " + signed(row.variance()) + " needs an explanation (" + why
        + ") but no item explains this row or a row within it";
    return Optional.of(new Finding(Kind.MISSING_EXPLANATION, row.target(), Optional.empty(), row.variance(),
        Optional.empty(), reason));
  }

  /** {@code item}, when it has sub-items that do not add up to it within their rounding bound. */
  static Optional<Finding> partsDoNotAddUp(Explanation item) {
    if (item.parts().isEmpty()) {
      return Optional.empty();
    }
    Estimate parts = Estimate.ZERO;
    for (Explanation part : item.parts()) {
      parts = parts.plus(part.amount());
    }
    Estimate difference = item.amount().toEstimate().minus(parts);
    if (difference.nominal().abs().compareTo(difference.halfWidth()) <= 0) {
      return Optional.empty();
    }
    String reason = "the sub-items of " + SociaalDomeinException.quote(item.description()) + " add up to "
        + signed(parts) + ", not its " + signed(item.amount().toEstimate()) + ": " + size(difference.nominal())
        + " apart, beyond the rounding bound of " + size(difference.halfWidth());
    return Optional.of(new Finding(Kind.PARTS_DO_NOT_ADD_UP, item.target(), Optional.of(item.description()),
        difference, Optional.empty(), reason));
  }

  /** {@code item}, when the direction the document states contradicts the sign of its amount. */
  static Optional<Finding> directionContradictsSign(Explanation item) {
    int signum = item.amount().printedValue().signum();
    Optional<Direction> stated = item.statedDirection();
    if (stated.isEmpty() || signum == 0 || Direction.ofSignum(signum) == stated.get()) {
      return Optional.empty();
    }
    Direction actual = Direction.ofSignum(signum);
    String reason = SociaalDomeinException.quote(item.description()) + " is stated " + word(stated.get()) + " ("
        + stated.get().letter() + ") but its amount " + signed(item.amount().toEstimate()) + " is " + word(actual);
    return Optional.of(new Finding(Kind.DIRECTION_CONTRADICTS_SIGN, item.target(), Optional.of(item.description()),
        item.amount().toEstimate(), Optional.empty(), reason));
  }

  private static String word(Direction direction) {
    return direction.name().toLowerCase(Locale.ROOT);
  }

  /** The nominal of {@code estimate} in euros with V or N: {@code € 66.000 N}. */
  private static String signed(Estimate estimate) {
    return euros(estimate.nominal(), DirectionStyle.LETTER);
  }

  /** The size of {@code euros}, without sign or letter: {@code € 1.001,50}. */
  private static String size(BigDecimal euros) {
    return euros(euros.abs(), DirectionStyle.SIGN);
  }

  private static String euros(BigDecimal euros, DirectionStyle style) {
    // Words, not data: the amount itself stays exact in the finding; cents show only where there are any.
    Amount amount = Amount.of(euros, RoundingMode.HALF_UP);
    return FigureFormat.exactEuros(amount).withDirectionStyle(style).format(amount, RoundingMode.UNNECESSARY);
  }
}
