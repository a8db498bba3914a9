// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import java.time.Year;
import java.util.Objects;
import nl.sociaaldomein.money.Amount;

/**
 * One year of income against expenditure in the social domain: a column of seed 004 annex 7
 * table 7 ("confrontatie inkomsten en uitgaven sociaal domein").
 *
 * <p>The gap is income minus expenditure, so a shortfall is negative, as the seed prints it
 * (2017: -646.765). It is computed, never given, so that it always agrees with its inputs.
 *
 * @param year the budget or account year
 * @param income the income attributable to the social domain
 * @param expenditure the expenditure on the social domain
 */
public record FundingYear(Year year, SocialDomainIncome income, SocialDomainExpenditure expenditure) {

  /** Rejects a missing component. */
  public FundingYear {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(income, "income");
    Objects.requireNonNull(expenditure, "expenditure");
  }

  /** The year {@code year} with its income and expenditure. */
  public static FundingYear of(Year year, SocialDomainIncome income, SocialDomainExpenditure expenditure) {
    return new FundingYear(year, income, expenditure);
  }

  /** Income minus expenditure: negative when the social domain costs more than it brings in. */
  public Amount gap() {
    return income.total().minus(expenditure.total());
  }

  /** Whether expenditure exceeds income. */
  public boolean isShortfall() {
    return gap().isNegative();
  }
}
