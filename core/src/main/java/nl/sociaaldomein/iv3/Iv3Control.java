// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One controle of the yearly definitions, in either of the two forms CBS has published: up to 2019
 * a formula in steps ({@link Formula}), from 2020 a numbered controle with its error code and the
 * periods and codes it applies to, without its formula ({@link Listed}).
 */
public sealed interface Iv3Control permits Iv3Control.Formula, Iv3Control.Listed {

  /** A controle given as steps: sums selected from the delivery, formulas over earlier steps, a final check. */
  record Formula(int id, String omschrijving, List<Step> steps) implements Iv3Control {
    /** Rejects a missing component and keeps unmodifiable copies of the collections. */
    public Formula {
      Objects.requireNonNull(omschrijving, "omschrijving");
      steps = List.copyOf(steps);
    }
  }

  /**
   * One step: a selection of the delivery to sum, or a formula over earlier steps' variables, or
   * (the last) a formula with the check its value must pass ({@code <= 0.01}).
   */
  record Step(int volgnr, String variabele, String omschrijving, Optional<Selector> selector, Optional<String> formule,
      Optional<String> check) {
    /** Rejects a missing component. */
    public Step {
      Objects.requireNonNull(variabele, "variabele");
      Objects.requireNonNull(omschrijving, "omschrijving");
      Objects.requireNonNull(selector, "selector");
      Objects.requireNonNull(formule, "formule");
      Objects.requireNonNull(check, "check");
    }
  }

  /**
   * The bookings a step sums: one section, all its codes ({@code Totaal taakveld}, {@code Totaal
   * balanscode}) or one, and the categories under one group.
   */
  record Selector(Iv3Section section, String code, String categorie) {
    /** Rejects a missing component. */
    public Selector {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(categorie, "categorie");
    }
  }

  /** A controle given by number and error code, and per calculation where it applies. */
  record Listed(int nummer, String foutcode, List<Calculation> calculaties) implements Iv3Control {
    /** Rejects a missing component and keeps unmodifiable copies of the collections. */
    public Listed {
      Objects.requireNonNull(foutcode, "foutcode");
      calculaties = List.copyOf(calculaties);
    }
  }

  /** The periods a calculation of a listed controle applies to, and the codes it names. */
  record Calculation(SortedSet<Integer> periodes, List<String> balanscodes, List<String> uitgeslotenTaakvelden) {
    /** Rejects a missing component and puts the others in their normal form. */
    public Calculation {
      periodes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(periodes));
      balanscodes = List.copyOf(balanscodes);
      uitgeslotenTaakvelden = List.copyOf(uitgeslotenTaakvelden);
    }
  }
}
