package nl.sociaaldomein.statement;

import java.math.BigDecimal;
import java.util.Objects;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.PrintedFigure;

/**
 * A derived cell whose printed value cannot be true given the printed values it is derived
 * from, however each was rounded. Figures are in the statement's sign convention.
 *
 * @param cell where it is
 * @param printed what the document prints there
 * @param computed what the printed parts add up to, with the tolerance of their rounding
 * @param excess how far, in euros, the printed value lies beyond what rounding explains
 */
public record Inconsistency(Cell cell, PrintedFigure printed, Estimate computed, BigDecimal excess) {
  public Inconsistency {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(excess, "excess");
  }

  /**
   * The values, in euros, that the cell could have printed consistently: the computed value
   * widened by the printed figure's own rounding.
   */
  public Estimate consistentRange() {
    return Estimate.of(computed.nominal(), computed.halfWidth().add(printed.halfWidth()));
  }

  @Override
  public String toString() {
    return cell + ": printed " + printed.printedValue().toPlainString() + " " + printed.unit()
        + ", parts give " + computed + " (consistent from EUR "
        + consistentRange().lowerBound().toPlainString() + " to EUR "
        + consistentRange().upperBound().toPlainString() + "), off by EUR " + excess.toPlainString();
  }
}
