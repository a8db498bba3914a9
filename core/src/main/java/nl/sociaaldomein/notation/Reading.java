// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.PrintedFigure;

/** What one piece of text in Dutch notation says: a figure, a range, a percentage or nothing. */
public sealed interface Reading {

  /**
   * A figure such as {@code € -26.760}, {@code 4.977-}, {@code 1,9 miljoen}, {@code 120 V} or
   * {@code ruim € 3 miljoen}.
   *
   * @param figure the number with its unit; signed so that a V/N letter's meaning is in the
   *     sign (favourable positive)
   * @param euroSign whether the text had a euro sign
   * @param direction the V or N letter, if printed
   * @param qualifier a word that says the figure is approximate, if printed
   * @param minusStyle where the text had its minus: {@link MinusStyle#TRAILING} for a minus after
   *     the digits ({@code 4.977-}), {@link MinusStyle#LEADING} for one before them or none at all,
   *     so that a reader can write a table back as it was printed
   */
  record Figure(
      PrintedFigure figure,
      boolean euroSign,
      Optional<Direction> direction,
      Optional<Qualifier> qualifier,
      MinusStyle minusStyle)
      implements Reading {
    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public Figure {
      Objects.requireNonNull(figure, "figure");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(qualifier, "qualifier");
      Objects.requireNonNull(minusStyle, "minusStyle");
      if (minusStyle == MinusStyle.TRAILING && figure.printedValue().signum() > 0) {
        // A trailing minus that leaves the figure positive is no text the reader could have seen.
        throw new SociaalDomeinException("A figure read with a trailing minus cannot be positive: " + figure);
      }
    }

    /** Whether a word such as "ruim" says the figure is not meant exactly. */
    public boolean isApproximate() {
      return qualifier.isPresent();
    }
  }

  /** A range or a p.m. item: {@code p.m.}, {@code p.m. (10.000 - 50.000)}, "tussen ... en ...". */
  record Range(AmountRange range) implements Reading {
    /** Rejects a missing component. */
    public Range {
      Objects.requireNonNull(range, "range");
    }
  }

  /** A percentage such as {@code 71,3%}; the value is in percent (71.3), with its decimals. */
  record Percentage(BigDecimal percent) implements Reading {
    /** Rejects a missing component. */
    public Percentage {
      Objects.requireNonNull(percent, "percent");
    }
  }

  /** An empty table cell, or one holding only a dash: no figure. */
  record Blank() implements Reading {}
}
