// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Estimate;
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

  private static final Comparator<TaakveldCode> CODE_ORDER = Comparator.comparing(TaakveldCode::toString);

  private final SortedMap<TaakveldCode, Estimate> totals;
  private final List<Cell> unassigned;

  private TaakveldRollup(SortedMap<TaakveldCode, Estimate> totals, List<Cell> unassigned) {
    this.totals = Collections.unmodifiableSortedMap(totals);
    this.unassigned = List.copyOf(unassigned);
  }

  /**
   * Rolls up the column of role {@code role} of every statement, checking codes against the
   * shipped catalogue of each statement's booking year ({@link TaakveldCatalogue#forYear}).
   */
  public static TaakveldRollup of(Collection<Statement> statements, ColumnRole role) {
    return of(statements, role, TaakveldCatalogue::forYear);
  }

  /**
   * Rolls up the column of role {@code role} of every statement; a statement without such a
   * column contributes nothing. The codes of a statement with a booking year are checked against
   * {@code catalogues.apply(year)}, so that a user's own catalogue can serve; throws when a code
   * is not in it.
   */
  public static TaakveldRollup of(
      Collection<Statement> statements, ColumnRole role, IntFunction<TaakveldCatalogue> catalogues) {
    Objects.requireNonNull(catalogues, "catalogues");
    SortedMap<TaakveldCode, Estimate> totals = new TreeMap<>(CODE_ORDER);
    List<Cell> unassigned = new ArrayList<>();
    Map<Statement, Optional<TaakveldCatalogue>> byStatement = new IdentityHashMap<>();
    for (Assignment a : assignments(statements, role)) {
      Statement s = a.statement();
      Optional<TaakveldCatalogue> catalogue = byStatement.computeIfAbsent(s, x -> x.catalogueYear().isPresent()
          ? Optional.of(catalogues.apply(x.catalogueYear().getAsInt()))
          : Optional.empty());
      if (a.taakveld().isEmpty()) {
        unassigned.add(a.cell());
        continue;
      }
      TaakveldCode code = a.taakveld().get();
      if (!a.kind().isReserveMovement() && catalogue.isPresent() && !catalogue.get().contains(code)) {
        throw new SociaalDomeinException("Statement \"" + s.name() + "\", " + a.cell().place() + ": taakveld "
            + code + " is not in the catalogue of " + s.catalogueYear().getAsInt());
      }
      totals.merge(code, a.effect(), Estimate::plus);
    }
    return new TaakveldRollup(totals, unassigned);
  }

  /**
   * One printed line cell of a statement's column, with the taakveld it counts under (empty when
   * neither the line nor its group has one; {@link #RESERVE_MUTATIONS} for a reserve movement) and
   * its effect on the result.
   */
  public record Assignment(Statement statement, Cell cell, LineKind kind, Optional<TaakveldCode> taakveld,
      Estimate effect) {
    /** Rejects a missing component. */
    public Assignment {
      Objects.requireNonNull(statement, "statement");
      Objects.requireNonNull(cell, "cell");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(taakveld, "taakveld");
      Objects.requireNonNull(effect, "effect");
    }
  }

  /**
   * Every printed line cell in the column of role {@code role} of each statement, in statement,
   * group and line order, with the taakveld it counts under: what the rollup sums, for callers
   * that need the lines themselves (an Iv3 delivery books lasten and baten apart). Codes are not
   * checked against a catalogue here.
   */
  public static List<Assignment> assignments(Collection<Statement> statements, ColumnRole role) {
    Objects.requireNonNull(statements, "statements");
    Objects.requireNonNull(role, "role");
    List<Assignment> out = new ArrayList<>();
    for (Statement s : statements) {
      for (Column column : s.columns()) {
        if (column.role() != role) {
          continue;
        }
        for (Group g : s.groups()) {
          for (GroupLine l : g.lines()) {
            Cell cell = new Cell(l.place(g.name()), column.label());
            if (s.printed(cell).isEmpty()) {
              continue;
            }
            Estimate effect = s.compute(cell);
            if (s.convention().sign(cell.place()) < 0) {
              effect = effect.negated();
            }
            Optional<TaakveldCode> code = l.kind().isReserveMovement()
                ? Optional.of(RESERVE_MUTATIONS)
                : l.taakveld().or(g::taakveld);
            out.add(new Assignment(s, cell, l.kind(), code, effect));
          }
        }
      }
    }
    return out;
  }

  /** The effect on the result per taakveld code, in code order. */
  public SortedMap<TaakveldCode, Estimate> totals() {
    return totals;
  }

  /** The total of {@code code}; zero when nothing is booked on it. */
  public Estimate total(TaakveldCode code) {
    return totals.getOrDefault(code, Estimate.ZERO);
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
