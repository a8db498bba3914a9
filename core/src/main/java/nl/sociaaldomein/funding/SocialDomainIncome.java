// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import java.util.Objects;
import nl.sociaaldomein.money.Amount;

/**
 * The income of one year attributable to the social domain, by its three named sources. The
 * sources differ in how firmly they belong to the domain, which is why they are kept apart
 * rather than summed at the door: the BUIG is earmarked by law, other income is booked on the
 * domain's own taakvelden, but the general-grant share is only an attribution.
 *
 * @param generalGrantShare the part of the general grant attributed to the social domain, in
 *     seed 004 the sum of its social clusters ("deel gemeentefonds sociaal domein
 *     (clusterbenadering)"); see {@link GeneralGrantClusters#socialDomainPart()}
 * @param buig the BUIG (Bundeling Uitkeringen Inkomensvoorzieningen Gemeenten), the earmarked
 *     grant for social-assistance benefits
 * @param otherIncome other income of the domain: own contributions (eigen bijdragen), benefits
 *     recovered (verhaal sociale uitkeringen) and the like
 */
public record SocialDomainIncome(Amount generalGrantShare, Amount buig, Amount otherIncome) {

  /** No income from any source. */
  public static final SocialDomainIncome ZERO = new SocialDomainIncome(Amount.ZERO, Amount.ZERO, Amount.ZERO);

  /** Rejects a missing component. */
  public SocialDomainIncome {
    Objects.requireNonNull(generalGrantShare, "generalGrantShare");
    Objects.requireNonNull(buig, "buig");
    Objects.requireNonNull(otherIncome, "otherIncome");
  }

  /** The income from the three sources. */
  public static SocialDomainIncome of(Amount generalGrantShare, Amount buig, Amount otherIncome) {
    return new SocialDomainIncome(generalGrantShare, buig, otherIncome);
  }

  /**
   * The income with the general-grant share taken from {@code clusters}' social-domain part
   * ({@link GeneralGrantClusters#SOCIAL_DOMAIN}).
   */
  public static SocialDomainIncome of(GeneralGrantClusters clusters, Amount buig, Amount otherIncome) {
    return new SocialDomainIncome(
        Objects.requireNonNull(clusters, "clusters").socialDomainPart(), buig, otherIncome);
  }

  /** All income: the three sources added. */
  public Amount total() {
    return Amount.sum(generalGrantShare, buig, otherIncome);
  }

  /** Source by source, this income plus {@code other}: the income of two years together. */
  public SocialDomainIncome plus(SocialDomainIncome other) {
    Objects.requireNonNull(other, "other");
    return new SocialDomainIncome(
        generalGrantShare.plus(other.generalGrantShare), buig.plus(other.buig), otherIncome.plus(other.otherIncome));
  }
}
