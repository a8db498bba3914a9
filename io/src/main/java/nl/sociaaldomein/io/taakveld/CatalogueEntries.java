// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.taakveld.InvalidTaakveldCatalogueException;
import nl.sociaaldomein.taakveld.Taakveld;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * The entries of one catalogue file on their way into a {@link TaakveldCatalogue.Builder}: each is
 * accepted or rejected in the {@link ProblemLog}, and the place of every accepted entry is kept,
 * because the builder names the entries at fault only by their position among those it was given.
 */
final class CatalogueEntries {

  /** The fields of an entry, so that a reader can say where each one is in its file. */
  enum Field { CODE, NAME, LEVEL, PARENT }

  private final TaakveldCatalogue.Builder builder;
  private final ProblemLog log;
  private final List<Location> places = new ArrayList<>();

  CatalogueEntries(TaakveldCatalogue.Builder builder, ProblemLog log) {
    this.builder = Objects.requireNonNull(builder, "builder");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Takes the entry at {@code entry} whose fields are given as text; {@code at} names the place of
   * each field. A level, when given, must be the code's; without a parent, the builder finds it.
   */
  void read(Location entry, String codeText, String name, Optional<String> level, Optional<String> parent,
      Function<Field, Location> at) {
    TaakveldCode code;
    try {
      code = TaakveldCode.parse(codeText);
    } catch (IllegalArgumentException e) {
      reject(Problem.of(at.apply(Field.CODE), codeText, e.getMessage()), e);
      return;
    }
    if (level.isPresent() && !normalisedLevel(level.get()).equals(code.level().name())) {
      reject(Problem.of(at.apply(Field.LEVEL), level.get(), "code " + code + " is a " + code.level() + ", not a "
          + level.get().strip()), null);
      return;
    }
    if (parent.isEmpty()) {
      add(entry, code, name, at.apply(Field.NAME));
      return;
    }
    try {
      // Under the implied parent, which every code allows, only the name can be at fault.
      new Taakveld(code, name, code.impliedParent());
    } catch (IllegalArgumentException e) {
      reject(Problem.of(at.apply(Field.NAME), name, e.getMessage()), e);
      return;
    }
    try {
      builder.add(new Taakveld(code, name, Optional.of(TaakveldCode.parse(parent.get()))));
    } catch (IllegalArgumentException e) {
      reject(Problem.of(at.apply(Field.PARENT), parent.get(), e.getMessage()), e);
      return;
    }
    accepted(entry);
  }

  /** Takes {@code code} named {@code name}, whose parent the builder finds; {@code nameAt} is the name's place. */
  void add(Location entry, TaakveldCode code, String name, Location nameAt) {
    try {
      builder.add(code, name);
    } catch (IllegalArgumentException e) {
      reject(Problem.of(nameAt, name, e.getMessage()), e);
      return;
    }
    accepted(entry);
  }

  /** Rejects an entry for {@code problem}; in strict mode throws it. */
  void reject(Problem problem, Throwable cause) {
    log.add(problem, cause);
    log.reject();
  }

  /** Counts an entry that holds no taakveld of its own but is read all the same (a total node). */
  void acceptWithoutTaakveld() {
    log.accept();
  }

  /**
   * The catalogue of the accepted entries; empty when they do not make one, with a problem at the
   * place of every entry the builder names, or at {@code whole} when it names none (no entries).
   * These are problems of the list as a whole: no entry is rejected for them.
   */
  Optional<TaakveldCatalogue> build(Location whole) {
    try {
      return Optional.of(builder.build());
    } catch (InvalidTaakveldCatalogueException e) {
      if (e.entries().isEmpty()) {
        log.add(Problem.of(whole, e.why()), e);
      }
      // Each entry involved gets the problem, naming the others, so a strict read names them all.
      for (int i : e.entries()) {
        List<String> others = e.entries().stream().filter(j -> j != i).map(j -> places.get(j).withinSource()).toList();
        log.add(Problem.of(places.get(i), e.why() + (others.isEmpty() ? "" : " (also at " + String.join(" and ", others)
            + ")")), e);
      }
      return Optional.empty();
    }
  }

  private void accepted(Location entry) {
    places.add(entry);
    log.accept();
  }

  /** {@code "Sub-taakveld "} as {@code SUBTAAKVELD}, so that a hand-made file may spell it as it likes. */
  private static String normalisedLevel(String level) {
    return level.strip().toUpperCase(Locale.ROOT).replace("-", "");
  }
}
