// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.time.Year;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.savings.model.CalculationModel;

/**
 * One line of a savings plan: a saving (structural or incidental) or a cost, with an amount a
 * year that may be exact, a range or {@code p.m.}.
 *
 * <p>Amounts are positive magnitudes whatever the kind: a saving of 200.000 and a cost of 350.000
 * are both written as positive, and the {@link Kind} says which way they count, as plans print
 * them. A known lower end below zero is therefore an error. An incidental line and a cost run
 * from their first to their last year; a structural line has no last year.
 *
 * @param id the plan's own reference, unique within a plan
 * @param tags free labels (a theme, an owner), kept sorted so that equal sets print alike
 */
public record Measure(
    String id,
    String description,
    Domain domain,
    Kind kind,
    AmountRange amount,
    Year firstYear,
    Optional<Year> lastYear,
    Status status,
    Set<String> tags) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Measure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(firstYear, "firstYear");
    Objects.requireNonNull(lastYear, "lastYear");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tags, "tags");
    if (id.isBlank()) {
      throw new SociaalDomeinException("A measure needs an id; got " + SociaalDomeinException.quote(id)
          + " for " + SociaalDomeinException.quote(description));
    }
    String where = "measure " + SociaalDomeinException.quote(id);
    if (amount.low().map(Amount::isNegative).orElse(false)) {
      throw new SociaalDomeinException(where + ": the amount " + amount + " has a negative lower end;"
          + " amounts are magnitudes and the kind (" + kindText(kind) + ") gives the direction");
    }
    checkYear(where, "first year", firstYear);
    lastYear.ifPresent(last -> checkYear(where, "last year", last));
    if (kind == Kind.STRUCTURAL && lastYear.isPresent()) {
      throw new SociaalDomeinException(where + ": a structural measure has no last year; got " + lastYear.get());
    }
    if (kind != Kind.STRUCTURAL && lastYear.isEmpty()) {
      throw new SociaalDomeinException(where + ": " + (kind == Kind.COST ? "a cost" : "an incidental line")
          + " needs a last year");
    }
    if (lastYear.isPresent() && lastYear.get().isBefore(firstYear)) {
      throw new SociaalDomeinException(where + ": the last year " + lastYear.get()
          + " lies before the first year " + firstYear);
    }
    for (String tag : tags) {
      if (Objects.requireNonNull(tag, "tag").isBlank()) {
        throw new SociaalDomeinException(where + ": a tag is blank");
      }
    }
    tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
  }

  /** The first year a plan can name: plans and their files write years in four digits. */
  public static final Year FIRST_YEAR = Year.of(1000);
  /** The last year a plan can name. */
  public static final Year LAST_YEAR = Year.of(9999);

  /**
   * Throws unless {@code year} has four digits, as every reader and writer of plans requires, so
   * that everything that can be built can be written and read back.
   */
  public static void checkYear(String where, String what, Year year) {
    Objects.requireNonNull(year, what);
    if (year.isBefore(FIRST_YEAR) || year.isAfter(LAST_YEAR)) {
      throw new SociaalDomeinException(where + ": the " + what + " " + year + " does not have four digits ("
          + FIRST_YEAR + " to " + LAST_YEAR + ")");
    }
  }

  private static String kindText(Kind kind) {
    switch (kind) {
      case STRUCTURAL:
        return "structural";
      case INCIDENTAL:
        return "incidental";
      default:
        return "cost";
    }
  }

  /** A saving that counts from {@code firstYear} on, proposed and without tags. */
  public static Measure structural(String id, String description, Domain domain, AmountRange amount, Year firstYear) {
    return new Measure(id, description, domain, Kind.STRUCTURAL, amount, firstYear, Optional.empty(),
        Status.PROPOSED, Set.of());
  }

  /** A saving that counts from {@code firstYear} to {@code lastYear}, both included. */
  public static Measure incidental(
      String id, String description, Domain domain, AmountRange amount, Year firstYear, Year lastYear) {
    return new Measure(id, description, domain, Kind.INCIDENTAL, amount, firstYear,
        Optional.of(Objects.requireNonNull(lastYear, "lastYear")), Status.PROPOSED, Set.of());
  }

  /** A cost of {@code amount} a year from {@code firstYear} to {@code lastYear}, both included. */
  public static Measure cost(
      String id, String description, Domain domain, AmountRange amount, Year firstYear, Year lastYear) {
    return new Measure(id, description, domain, Kind.COST, amount, firstYear,
        Optional.of(Objects.requireNonNull(lastYear, "lastYear")), Status.PROPOSED, Set.of());
  }

  /** This measure with {@code newStatus}. */
  public Measure withStatus(Status newStatus) {
    return new Measure(id, description, domain, kind, amount, firstYear, lastYear, newStatus, tags);
  }

  /** This measure with {@code newTags} in place of its own. */
  public Measure withTags(Set<String> newTags) {
    return new Measure(id, description, domain, kind, amount, firstYear, lastYear, status, newTags);
  }

  /** This measure with the yearly amount {@code newAmount}. */
  public Measure withAmount(AmountRange newAmount) {
    return new Measure(id, description, domain, kind, newAmount, firstYear, lastYear, status, tags);
  }

  /** This measure in {@code newDomain}. */
  public Measure withDomain(Domain newDomain) {
    return new Measure(id, description, newDomain, kind, amount, firstYear, lastYear, status, tags);
  }

  /** This measure backed by {@code model}; its printed amount stays the claim. */
  public ModelledMeasure withModel(CalculationModel model) {
    return new ModelledMeasure(this, model);
  }

  /** Whether the line counts in {@code year}, status aside. */
  public boolean isActiveIn(Year year) {
    Objects.requireNonNull(year, "year");
    return !year.isBefore(firstYear) && lastYear.map(last -> !year.isAfter(last)).orElse(true);
  }

  /**
   * The amount as an interval to add up: a {@code p.m.} item without a known lower end counts as
   * at least zero, because a measure saves (or a cost costs) nothing or more. This is why the
   * interval total of a list with open {@code p.m.} items has a known lower end, the figure
   * documents print as their total.
   */
  public AmountRange effect() {
    if (amount.low().isPresent()) {
      return amount;
    }
    AmountRange floored = amount.high()
        .map(high -> AmountRange.between(Amount.ZERO, high))
        .orElse(AmountRange.atLeast(Amount.ZERO));
    return floored.withProMemorie(amount.isProMemorie());
  }
}
