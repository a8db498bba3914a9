// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.indicators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.indicators.IndicatorTable;
import nl.sociaaldomein.indicators.Iv3Indicators;
import nl.sociaaldomein.iv3.Iv3CodeList;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3Figure;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;

/**
 * The beleidsindicatoren of an Iv3 delivery as an {@link IndicatorTable}, with the reader
 * contract of this library: each figure is a row, accepted or rejected with a {@link Problem} at
 * its JSON path ({@code $.data.beleidsindicatoren[2].waarde}); the table holds the figures that
 * read. The conversion itself is {@link Iv3Indicators#table}: verslagperiode {@code Rek_2024} is
 * the realisation of 2024, {@code Beg_2025} the budget of 2025, {@code MJR_2027} a projection.
 */
public final class Iv3IndicatorReader {

  private Iv3IndicatorReader() {}

  /**
   * Reads the beleidsindicatoren of {@code delivery} with the list of {@code definitions}, the
   * definitions of its year (a problem of the whole source, nothing read, when they are of
   * another year or list no beleidsindicatoren); {@code source} names the delivery in problems.
   */
  public static ReadResult<IndicatorTable> read(
      Iv3Delivery delivery, Iv3Definitions definitions, String source, ReadMode mode) {
    Iv3CodeList list;
    try {
      list = Iv3Indicators.beleidsindicatoren(delivery, definitions);
    } catch (SociaalDomeinException e) {
      ProblemLog log = new ProblemLog(Objects.requireNonNull(source, "source"), Objects.requireNonNull(mode, "mode"));
      log.add(new Problem(Location.of(source), e.what(), Problem.reasonOf(e)), e);
      return log.result(Optional.empty());
    }
    return read(delivery, list, source, mode);
  }

  /**
   * Reads the beleidsindicatoren of {@code delivery} with {@code beleidsindicatoren}, the code
   * list of the delivery's year; {@code source} names the delivery in problems.
   */
  public static ReadResult<IndicatorTable> read(
      Iv3Delivery delivery, Iv3CodeList beleidsindicatoren, String source, ReadMode mode) {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(beleidsindicatoren, "beleidsindicatoren");
    ProblemLog log = new ProblemLog(Objects.requireNonNull(source, "source"), Objects.requireNonNull(mode, "mode"));
    List<Iv3Figure> figures = delivery.figures(Iv3Section.BELEIDSINDICATOREN);
    List<Iv3Figure> accepted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < figures.size(); i++) {
      Iv3Figure figure = figures.get(i);
      String path = "$.data." + Iv3Section.BELEIDSINDICATOREN.key() + "[" + i + "]";
      long before = log.problemCount();
      check(log, path + ".beleidsindicator", figure.code(), () -> Iv3Indicators.indicator(figure.code(), beleidsindicatoren));
      Optional<Iv3Indicators.Period> period =
          check(log, path + ".verslagperiode", figure.verslagperiode(), () -> Iv3Indicators.Period.parse(figure.verslagperiode()));
      check(log, path + ".waarde", figure.waarde(), () -> Iv3Indicators.value(figure.waarde()));
      if (period.isPresent() && log.problemCount() == before && !seen.add(figure.code() + " " + period.get())) {
        log.add(Problem.of(Location.atPath(source, path), figure.code() + " " + period.get(),
            "the delivery holds this beleidsindicator for this verslagperiode twice"));
      }
      if (log.problemCount() > before) {
        log.reject();
      } else {
        accepted.add(figure);
        log.accept();
      }
    }
    return log.result(Optional.of(Iv3Indicators.table(accepted, beleidsindicatoren)));
  }

  private static <T> Optional<T> check(ProblemLog log, String path, String text, Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (SociaalDomeinException e) {
      log.add(Problem.of(Location.atPath(log.source(), path), text, Problem.reasonOf(e)), e);
      return Optional.empty();
    }
  }
}
