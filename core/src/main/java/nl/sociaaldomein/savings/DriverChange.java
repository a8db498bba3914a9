// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.savings.model.Driver;

/**
 * One change a {@link Scenario} makes to the drivers of the same name in every model: set them to
 * a value, or let them grow by a percentage a year; {@link InDomain} keeps a change to the models
 * of the measures of one domain ("Wmo-cliënten", not the clients of the Jeugd models).
 */
public sealed interface DriverChange permits DriverChange.SetTo, DriverChange.Growth, DriverChange.InDomain {

  /** The name of the drivers this change applies to. */
  String driver();

  /** {@code driver} as it stands in {@code year} under this change. */
  Driver apply(Driver driver, Year year);

  /** Whether this change applies to the model of a measure of {@code domain}: every domain, unless restricted. */
  default boolean appliesIn(Domain domain) {
    Objects.requireNonNull(domain, "domain");
    return true;
  }

  /**
   * Without trailing zeros and never with a negative scale, so that equal numbers make equal
   * changes (0,90 is 0,9); refused when it has more digits than a figure prints, since every
   * writer of scenarios must be able to write it and every reader to read it back.
   */
  private static BigDecimal canonical(String where, BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    BigDecimal result = stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    // Digits as written, the 0 before a decimal comma included: Dutch notation reads at most 30 in all.
    long written = Math.max(1L, (long) result.precision() - result.scale()) + result.scale();
    if (written > PrintedFigure.MAX_DIGITS) {
      throw new SociaalDomeinException(where, Optional.of(result.toPlainString()), "a number has at most "
          + PrintedFigure.MAX_DIGITS + " digits in all, as Dutch notation writes and reads it");
    }
    return result;
  }

  /** This change for the measures of {@code domain} only. */
  default DriverChange inDomain(Domain domain) {
    return new InDomain(domain, this);
  }

  /**
   * {@code change}, made only to the models of measures of {@code domain}.
   *
   * @param domain the domain whose measures' models change
   * @param change the change; not itself restricted to a domain
   */
  record InDomain(Domain domain, DriverChange change) implements DriverChange {

    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public InDomain {
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(change, "change");
      if (change instanceof InDomain inner) {
        throw new SociaalDomeinException("change of " + SociaalDomeinException.quote(change.driver()),
            Optional.of(inner.domain().name()), "is restricted to a domain already");
      }
    }

    @Override
    public String driver() {
      return change.driver();
    }

    @Override
    public Driver apply(Driver driver, Year year) {
      return change.apply(driver, year);
    }

    @Override
    public boolean appliesIn(Domain measureDomain) {
      return domain.equals(Objects.requireNonNull(measureDomain, "domain"));
    }
  }

  /**
   * Every year the driver is {@code value} (as the driver's kind gives it: percent for a
   * percentage).
   */
  record SetTo(String driver, BigDecimal value) implements DriverChange {

    /** Rejects a missing component. */
    public SetTo {
      Objects.requireNonNull(driver, "driver");
      value = canonical("setting of " + SociaalDomeinException.quote(driver), Objects.requireNonNull(value, "value"));
    }

    @Override
    public Driver apply(Driver d, Year year) {
      Objects.requireNonNull(year, "year");
      return new Driver(d.name(), value, d.kind());
    }
  }

  /**
   * The driver grows by {@code percentPerYear} a year after {@code baseYear}: in year y it is
   * its value times (1 + percent/100)^(y - base), compounded exactly and then rounded once, to
   * {@code decimals} decimals with {@code mode} (so no year's rounding feeds the next). The base
   * year and the years before keep the value. The model's own stated roundings then apply as
   * they would to any value.
   */
  record Growth(String driver, BigDecimal percentPerYear, Year baseYear, int decimals, RoundingMode mode)
      implements DriverChange {

    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public Growth {
      Objects.requireNonNull(driver, "driver");
      String where = "growth of " + SociaalDomeinException.quote(driver);
      percentPerYear = canonical(where, Objects.requireNonNull(percentPerYear, "percentPerYear"));
      Measure.checkYear(where, "base year", baseYear);
      Objects.requireNonNull(mode, "mode");
      if (decimals < 0 || decimals > PrintedFigure.MAX_DIGITS) {
        throw new SociaalDomeinException(where, Optional.of(Integer.toString(decimals)),
            "decimals lie between 0 and " + PrintedFigure.MAX_DIGITS);
      }
      if (percentPerYear.compareTo(BigDecimal.valueOf(-100)) <= 0) {
        throw new SociaalDomeinException("growth of " + SociaalDomeinException.quote(driver),
            Optional.of(percentPerYear.toPlainString()), "a yearly change must be above -100 %");
      }
    }

    @Override
    public Driver apply(Driver d, Year year) {
      int years = year.getValue() - baseYear.getValue();
      if (years <= 0) {
        return d;
      }
      BigDecimal factor = BigDecimal.ONE.add(percentPerYear.movePointLeft(2)).pow(years);
      return new Driver(d.name(), d.number().multiply(factor).setScale(decimals, mode), d.kind());
    }
  }
}
