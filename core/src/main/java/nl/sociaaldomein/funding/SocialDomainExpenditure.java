// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import java.util.Objects;
import nl.sociaaldomein.money.Amount;

/**
 * The expenditure of one year on the social domain, by its two named parts.
 *
 * <p>The accounts book on hoofdtaakveld 6 only the overhead that belongs directly to its
 * taakvelden; the indirect overhead sits in hoofdtaakveld 0 (Bestuur en ondersteuning). An
 * honest comparison with income adds the social domain's part of that overhead, which the
 * accounts never attribute. It is kept as its own component because it is an estimate outside
 * the accounts, while hoofdtaakveld 6 is an audited figure.
 *
 * @param hoofdtaakveld6 realised expenditure on hoofdtaakveld 6 Sociaal domein (taakvelden 6.1
 *     to 6.82), in euros; documents print it in thousands, so 119.135 is given as 119.135.000
 * @param indirectOverhead the indirect overhead attributed to the social domain outside the
 *     accounts ("extracomptabel overhead toe te rekenen aan sociaal domein")
 */
public record SocialDomainExpenditure(Amount hoofdtaakveld6, Amount indirectOverhead) {

  /** No expenditure. */
  public static final SocialDomainExpenditure ZERO = new SocialDomainExpenditure(Amount.ZERO, Amount.ZERO);

  /** Rejects a missing component. */
  public SocialDomainExpenditure {
    Objects.requireNonNull(hoofdtaakveld6, "hoofdtaakveld6");
    Objects.requireNonNull(indirectOverhead, "indirectOverhead");
  }

  /** The expenditure from its two parts. */
  public static SocialDomainExpenditure of(Amount hoofdtaakveld6, Amount indirectOverhead) {
    return new SocialDomainExpenditure(hoofdtaakveld6, indirectOverhead);
  }

  /** All expenditure: the two parts added. */
  public Amount total() {
    return hoofdtaakveld6.plus(indirectOverhead);
  }

  /** Part by part, this expenditure plus {@code other}: the expenditure of two years together. */
  public SocialDomainExpenditure plus(SocialDomainExpenditure other) {
    Objects.requireNonNull(other, "other");
    return new SocialDomainExpenditure(
        hoofdtaakveld6.plus(other.hoofdtaakveld6), indirectOverhead.plus(other.indirectOverhead));
  }
}
