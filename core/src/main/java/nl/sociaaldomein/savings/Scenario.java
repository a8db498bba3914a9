// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.savings.model.CalculationModel;
import nl.sociaaldomein.savings.model.Driver;
import nl.sociaaldomein.savings.model.DriverKind;

/**
 * A named set of driver changes ("Wmo-cliënten +7 % per jaar") applied to every model of a plan.
 * Changes apply in order, each to the result of the one before.
 */
public record Scenario(String name, List<DriverChange> changes) {

  /** The rounding of {@link #growing(String, String, Year)}: whole units, half up, as clients are counted. */
  public static final RoundingMode GROWTH_ROUNDING = RoundingMode.HALF_UP;

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Scenario {
    Objects.requireNonNull(name, "name");
    changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    if (name.isBlank()) {
      throw new SociaalDomeinException("scenario name", Optional.of(name), "a scenario needs a name");
    }
  }

  /** A scenario that changes nothing: the base. */
  public static Scenario base(String name) {
    return new Scenario(name, List.of());
  }

  /** This scenario with {@code change} added after its own changes. */
  public Scenario plus(DriverChange change) {
    List<DriverChange> list = new ArrayList<>(changes);
    list.add(Objects.requireNonNull(change, "change"));
    return new Scenario(name, list);
  }

  /** This scenario with the drivers named {@code driver} set to {@code value} (a plain decimal). */
  public Scenario setting(String driver, String value) {
    return plus(new DriverChange.SetTo(driver, number(driver, value)));
  }

  /**
   * This scenario with the drivers named {@code driver} growing by {@code percentPerYear} after
   * {@code baseYear}, rounded to whole units with {@link #GROWTH_ROUNDING}.
   */
  public Scenario growing(String driver, String percentPerYear, Year baseYear) {
    return plus(new DriverChange.Growth(driver, number(driver, percentPerYear), baseYear, 0, GROWTH_ROUNDING));
  }

  private BigDecimal number(String driver, String text) {
    Objects.requireNonNull(text, "number");
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new SociaalDomeinException("scenario " + SociaalDomeinException.quote(name) + ", driver "
          + SociaalDomeinException.quote(driver), Optional.of(text), "not a plain decimal number such as 7 or 0.84", e);
    }
  }

  /**
   * This scenario with the drivers named {@code driver} of the models of {@code domain}'s
   * measures growing by {@code percentPerYear} after {@code baseYear}, rounded to whole units
   * with {@link #GROWTH_ROUNDING}: {@code growing(Domain.WMO, "cliënten", "7", Year.of(2022))}.
   */
  public Scenario growing(Domain domain, String driver, String percentPerYear, Year baseYear) {
    return plus(new DriverChange.Growth(driver, number(driver, percentPerYear), baseYear, 0, GROWTH_ROUNDING)
        .inDomain(domain));
  }

  /**
   * {@code model} with its drivers as they stand in {@code year} under every change of this
   * scenario, whatever domain a change is restricted to; for a measure's model use
   * {@link #applyTo(CalculationModel, Domain, Year)}.
   */
  public CalculationModel applyTo(CalculationModel model, Year year) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(year, "year");
    return apply(model, changes, year);
  }

  /**
   * The model of a measure of {@code domain} with its drivers as they stand in {@code year} under
   * the changes of this scenario that apply in that domain.
   */
  public CalculationModel applyTo(CalculationModel model, Domain domain, Year year) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(year, "year");
    return apply(model, changes.stream().filter(c -> c.appliesIn(domain)).toList(), year);
  }

  private static boolean withDecimals(DriverChange change) {
    DriverChange plain = change instanceof DriverChange.InDomain in ? in.change() : change;
    return plain instanceof DriverChange.Growth growth && growth.decimals() > 0;
  }

  private CalculationModel apply(CalculationModel model, List<DriverChange> changes, Year year) {
    return model.withDrivers(driver -> {
      Driver result = driver;
      for (DriverChange change : changes) {
        if (change.driver().equals(result.name())) {
          try {
            result = change.apply(result, year);
          } catch (SociaalDomeinException e) {
            // A change valid on its own can still not suit a driver (decimals for a count): say
            // which scenario, change and year, since the driver alone does not tell the user.
            throw new SociaalDomeinException("scenario " + SociaalDomeinException.quote(name) + ", change " + change
                + " in " + year + ", model " + SociaalDomeinException.quote(model.name()), Optional.empty(),
                e.getMessage() + (result.kind() == DriverKind.COUNT && withDecimals(change)
                    ? "; a growth with decimals suits only drivers that are not counts" : ""), e);
          }
        }
      }
      return result;
    });
  }
}
