package nl.sociaaldomein.statement;

import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * How a variance column is derived: from a budget column and an actual column, with the sign
 * the document prints. Seed 000 prints "begroot - rekening" with a favourable variance
 * positive; seed 002 prints "gerealiseerd totaal saldo" as realisation minus budget of a net cost,
 * so a favourable variance is negative there.
 *
 * @param budgetColumn the label of the column measured against (usually the amended budget)
 * @param actualColumn the label of the column measured (usually the realisation)
 * @param favourablePositive whether a favourable variance is printed positive
 */
public record Variance(String budgetColumn, String actualColumn, boolean favourablePositive) {
  public Variance {
    Objects.requireNonNull(budgetColumn, "budgetColumn");
    Objects.requireNonNull(actualColumn, "actualColumn");
    if (budgetColumn.equals(actualColumn)) {
      throw new SociaalDomeinException("A variance needs two different columns, not \"" + budgetColumn + "\" twice");
    }
  }

  /** The sign that turns a favourable-positive variance into the printed one. */
  int printedSign() {
    return favourablePositive ? 1 : -1;
  }
}
