package nl.sociaaldomein.statement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.FigureFormat;

/**
 * A derived cell whose printed value cannot be true given the printed values it is derived
 * from, however each was rounded. Figures are in the statement's sign convention.
 *
 * @param cell where it is
 * @param printed what the document prints there
 * @param computed what the printed parts add up to, with the tolerance of their rounding
 * @param excess how far, in euros, the printed value lies beyond what rounding explains
 * @param source what the printed value was held against
 * @param parts the printed cells that were added up (the second compared column subtracted)
 */
public record Inconsistency(
    Cell cell, PrintedFigure printed, Estimate computed, BigDecimal excess, Source source, List<Cell> parts) {
  public Inconsistency {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(excess, "excess");
    Objects.requireNonNull(source, "source");
    parts = List.copyOf(parts);
  }

  /** What a printed derived cell was held against. */
  public enum Source {
    /** The printed lines it is the sum of: the widest bound. */
    LINES,
    /** The printed subtotals it is the direct sum of, such as the group results of a programme result. */
    PRINTED_SUBTOTALS,
    /** For a variance: the printed figures of the two columns it compares, in the same row. */
    COMPARED_COLUMNS
  }

  /** One way to compute a printed derived cell: from what, and what that gives. */
  record Basis(Source source, List<Cell> parts, Estimate computed) {}

  /**
   * The values, in euros, that the cell could have printed consistently: the computed value
   * widened by the printed figure's own rounding.
   */
  public Estimate consistentRange() {
    return Estimate.of(computed.nominal(), computed.halfWidth().add(printed.halfWidth()));
  }

  private static String describe(Source source) {
    return switch (source) {
      case LINES -> "its lines";
      case PRINTED_SUBTOTALS -> "the printed subtotals";
      case COMPARED_COLUMNS -> "the compared columns";
    };
  }

  /**
   * Both sides in the unit the document prints, in Dutch notation: {@code total lasten, column
   * "Realisatie": printed 13.215, its lines give 13.213 ± 1, consistent from 13.211,5 to 13.214,5,
   * off by 0,5 (x € 1.000)}. The exact euros are in the components.
   */
  @Override
  public String toString() {
    FigureFormat format = FigureFormat.of(printed.unit());
    Estimate range = consistentRange();
    return cell + ": printed " + format.format(printed) + ", " + describe(source) + " give "
        + format.formatExact(computed.nominal()) + " ± " + format.formatExact(computed.halfWidth())
        + ", consistent from " + format.formatExact(range.lowerBound()) + " to "
        + format.formatExact(range.upperBound()) + ", off by " + format.formatExact(excess)
        + (printed.unit() == EuroUnit.EUROS ? "" : " (x " + format.heading() + ")");
  }
}
