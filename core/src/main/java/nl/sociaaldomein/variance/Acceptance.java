// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;

/**
 * Why an overrun of lasten is accepted in budget terms (begrotingsrechtmatigheid), or that it is
 * not. DOMAIN.md section 5 lists the usual categories: covered by directly related extra baten,
 * an open-ended scheme, and others the council names in its financial bye-law.
 */
public sealed interface Acceptance {

  /** Whether the overrun is accepted and so stays out of the unaccepted total. */
  default boolean isAccepted() {
    return true;
  }

  /** Which baten were found to cover an overrun. */
  enum CoverageBasis {
    /** Baten lines the user linked to the overrun as directly related. */
    LINKED_LINES,
    /**
     * The baten of the overrun's own row: the same group's baten for a group, the programme's for
     * the programme. Found without the user, so a reader should confirm they are directly related.
     */
    OWN_INCOME
  }

  /**
   * The overrun is covered by extra baten: {@code incomeAboveBudget} (the favourable variance of
   * {@code lines}) is at least the overrun.
   *
   * @param basis whether the user linked the lines or they are the row's own baten
   * @param lines the baten lines whose variance covers the overrun
   * @param incomeAboveBudget how far those baten exceed their budget
   */
  record CoveredByIncome(CoverageBasis basis, List<Place.Line> lines, Estimate incomeAboveBudget) implements Acceptance {
    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public CoveredByIncome {
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(incomeAboveBudget, "incomeAboveBudget");
      lines = List.copyOf(lines);
      for (Place.Line line : lines) {
        if (line.kind() != LineKind.INCOME) {
          throw new SociaalDomeinException(line.toString(), Optional.of(line.kind().dutchName()),
              "only baten lines cover an overrun of lasten");
        }
      }
    }
  }

  /** The user declared the row an open-ended scheme (openeinderegeling), such as benefits. */
  record OpenEnded() implements Acceptance {}

  /** The user placed the overrun in a category the council lists in its financial bye-law. */
  record CouncilCategory(String name) implements Acceptance {
    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public CouncilCategory {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new SociaalDomeinException("A council's category of accepted overruns has a name");
      }
    }
  }

  /** No accepted category applies: the overrun counts toward the unaccepted total. */
  record NotAccepted() implements Acceptance {
    @Override
    public boolean isAccepted() {
      return false;
    }
  }
}
