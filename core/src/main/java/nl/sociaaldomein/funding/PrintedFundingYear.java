// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import java.time.Year;
import java.util.Objects;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.money.TotalCheck;

/**
 * One column of a printed confrontation of income and expenditure, figure by figure as the
 * document prints it: seed 004 annex 7 table 7. It answers two questions: what the calculation
 * gives from the printed inputs ({@link #toFundingYear()}), and whether the printed subtotals
 * and gap can be true given that every figure was rounded on its own ({@link #incomeCheck()},
 * {@link #expenditureCheck()}, {@link #gapCheck()}).
 *
 * <p>The two answers can differ. Table 7 of 2019 prints inputs whose exact gap is -2.729.576
 * and a gap of -2.729.575: the spreadsheet computed the gap from amounts with cents and rounded
 * each figure on its own. The check says that this is a rounding difference and not an error.
 *
 * <p>Each figure carries its unit: hoofdtaakveld 6 taken from a table in thousands stands for
 * 500 euros either way, and the checks widen their tolerance accordingly.
 *
 * @param year the year of the column
 * @param generalGrantShare "deel gemeentefonds sociaal domein"
 * @param buig "BUIG"
 * @param otherIncome "Overige baten als Eigen bijdragen en verhaal soc uitk"
 * @param income the printed income subtotal
 * @param hoofdtaakveld6 "uitgaven sociaal domein (taakveld 6)"
 * @param indirectOverhead "extracomptabel overhead toe te rekenen aan sociaal domein"
 * @param expenditure the printed expenditure subtotal
 * @param gap the printed gap, income minus expenditure
 */
public record PrintedFundingYear(
    Year year,
    PrintedFigure generalGrantShare,
    PrintedFigure buig,
    PrintedFigure otherIncome,
    PrintedFigure income,
    PrintedFigure hoofdtaakveld6,
    PrintedFigure indirectOverhead,
    PrintedFigure expenditure,
    PrintedFigure gap) {

  /** Rejects a missing component. */
  public PrintedFundingYear {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(generalGrantShare, "generalGrantShare");
    Objects.requireNonNull(buig, "buig");
    Objects.requireNonNull(otherIncome, "otherIncome");
    Objects.requireNonNull(income, "income");
    Objects.requireNonNull(hoofdtaakveld6, "hoofdtaakveld6");
    Objects.requireNonNull(indirectOverhead, "indirectOverhead");
    Objects.requireNonNull(expenditure, "expenditure");
    Objects.requireNonNull(gap, "gap");
  }

  /**
   * The calculation on the printed inputs, each taken at its printed value. Throws
   * {@link ArithmeticException} when a printed input has a fraction of a cent.
   */
  public FundingYear toFundingYear() {
    return FundingYear.of(
        year,
        SocialDomainIncome.of(amount(generalGrantShare), amount(buig), amount(otherIncome)),
        SocialDomainExpenditure.of(amount(hoofdtaakveld6), amount(indirectOverhead)));
  }

  /** The printed income subtotal against the three printed sources. */
  public TotalCheck incomeCheck() {
    return TotalCheck.of(income, generalGrantShare, buig, otherIncome);
  }

  /** The printed expenditure subtotal against its two printed parts. */
  public TotalCheck expenditureCheck() {
    return TotalCheck.of(expenditure, hoofdtaakveld6, indirectOverhead);
  }

  /**
   * The printed gap against the printed subtotals: income, and expenditure taken negative. The
   * subtotals are what the printed gap is computed from in the table, so their rounding, not
   * that of every input, bounds it.
   */
  public TotalCheck gapCheck() {
    return TotalCheck.of(gap, income, expenditure.negated());
  }

  /** Whether subtotals and gap are all consistent with what they are computed from. */
  public boolean isConsistent() {
    return incomeCheck().isConsistent() && expenditureCheck().isConsistent() && gapCheck().isConsistent();
  }

  private static Amount amount(PrintedFigure figure) {
    return Amount.of(figure.nominal());
  }
}
