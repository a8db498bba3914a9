package nl.sociaaldomein.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * Totals per taakveld across programmes: what a municipality reports to CBS in its Iv3 delivery,
 * whatever programmes its own statements use.
 *
 * <p>A line counts under its own taakveld code, else under its group's. Reserve movements count
 * under {@code 0.10} (Mutaties reserves), where the BBV books them whatever the group. Values are
 * effects on the result (income positive, expenses negative), with the tolerance of their
 * rounding. Every code must exist in the catalogue of the statement's booking year; lines without
 * a code are listed rather than dropped.
 */
public final class TaakveldRollup {

  /** Where the BBV books reserve movements. */
  public static final TaakveldCode RESERVE_MUTATIONS = TaakveldCode.of("0.10");

  private final Map<String, Estimate> totals;
  private final List<Cell> unassigned;

  private TaakveldRollup(Map<String, Estimate> totals, List<Cell> unassigned) {
    this.totals = totals;
    this.unassigned = List.copyOf(unassigned);
  }

  /**
   * Rolls up the column of role {@code role} of every statement; a statement without such a
   * column contributes nothing. Throws when a code is not in its statement's catalogue.
   */
  public static TaakveldRollup of(Collection<Statement> statements, ColumnRole role) {
    Objects.requireNonNull(role, "role");
    Map<String, Estimate> totals = new TreeMap<>();
    List<Cell> unassigned = new ArrayList<>();
    for (Statement s : statements) {
      TaakveldCatalogue catalogue = s.catalogueYear().isPresent() ? TaakveldCatalogue.forYear(s.catalogueYear().getAsInt()) : null;
      for (Column column : s.columns()) {
        if (column.role() != role) {
          continue;
        }
        for (Group g : s.groups()) {
          for (Line l : g.lines()) {
            Cell cell = new Cell(new Place.Line(g.name(), l.kind(), l.label()), column.label());
            PrintedFigure printed = s.printed(cell).orElse(null);
            if (printed == null) {
              continue;
            }
            Estimate effect = s.compute(cell);
            if (s.convention().sign(cell.place()) < 0) {
              effect = effect.negated();
            }
            TaakveldCode code;
            if (l.kind().isReserveMovement()) {
              code = RESERVE_MUTATIONS;
            } else if (l.taakveld().or(g::taakveld).isPresent()) {
              code = TaakveldCode.of(l.taakveld().or(g::taakveld).get());
              if (catalogue != null && !catalogue.contains(code)) {
                throw new IllegalArgumentException("Statement \"" + s.name() + "\", " + cell.place() + ": taakveld "
                    + code + " is not in the catalogue of " + s.catalogueYear().getAsInt());
              }
            } else {
              unassigned.add(cell);
              continue;
            }
            totals.merge(code.toString(), effect, Estimate::plus);
          }
        }
      }
    }
    return new TaakveldRollup(totals, unassigned);
  }

  /** The effect on the result per taakveld code, in code order. */
  public Map<String, Estimate> totals() {
    return java.util.Collections.unmodifiableMap(totals);
  }

  /** The total of {@code code}; zero when nothing is booked on it. */
  public Estimate total(String code) {
    return totals.getOrDefault(TaakveldCode.of(code).toString(), Estimate.ZERO);
  }

  /** Line cells that have no taakveld code, on the line or its group. */
  public List<Cell> unassigned() {
    return unassigned;
  }

  @Override
  public String toString() {
    return "TaakveldRollup" + totals + (unassigned.isEmpty() ? "" : ", " + unassigned.size() + " cells without taakveld");
  }
}
