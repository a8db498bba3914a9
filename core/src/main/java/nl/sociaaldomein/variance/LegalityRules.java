// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;

/**
 * What the user and the council tell a {@link BudgetLegality} report: which overruns fall in an
 * accepted category, the reporting threshold (verantwoordingsgrens) as a percentage of total
 * lasten, what those total lasten are, and at which level the council authorises lasten.
 *
 * <p>Each declaration names a lasten row, {@link #lastenOf(String)} for a group or
 * {@link #programmeLasten()}, and a row has at most one: linked baten lines, open-ended, or a
 * council category. Immutable; the {@code with} methods give a new value.
 */
public final class LegalityRules {

  /** The rows the council authorises lasten on, and so the overruns the unaccepted total counts. */
  public enum AuthorisationLevel {
    /**
     * The programme, as the BBV prescribes: the council authorises lasten per programme, so only
     * the programme's overrun can be unlawful, and groups' overruns are reported for insight.
     */
    PROGRAMME,
    /**
     * Each group (taakveld or product), for a council that authorises at that level: the
     * unaccepted overruns of the groups add up, whatever the programme as a whole does.
     */
    GROUP
  }

  /** One percent of total lasten, the reporting threshold most councils set. */
  public static final BigDecimal DEFAULT_REPORTING_THRESHOLD_PERCENT = BigDecimal.ONE;

  private static final LegalityRules DEFAULTS = new LegalityRules(ImmutableMap.of(), ImmutableMap.of(),
      DEFAULT_REPORTING_THRESHOLD_PERCENT, Optional.empty(), AuthorisationLevel.PROGRAMME);

  /** Per lasten row, the baten lines the user linked to it. */
  private final ImmutableMap<Place, ImmutableList<Place.Line>> linked;
  /** Per lasten row, the category the user declared: open-ended or a council's. */
  private final ImmutableMap<Place, Acceptance> accepted;
  private final BigDecimal reportingThresholdPercent;
  private final Optional<Amount> totalLasten;
  private final AuthorisationLevel authorisationLevel;

  private LegalityRules(ImmutableMap<Place, ImmutableList<Place.Line>> linked, ImmutableMap<Place, Acceptance> accepted,
      BigDecimal reportingThresholdPercent, Optional<Amount> totalLasten, AuthorisationLevel authorisationLevel) {
    this.linked = linked;
    this.accepted = accepted;
    this.reportingThresholdPercent = reportingThresholdPercent;
    this.totalLasten = totalLasten;
    this.authorisationLevel = authorisationLevel;
  }

  /**
   * No declarations; a reporting threshold of 1 % of the statement's realised lasten; lasten
   * authorised per programme.
   */
  public static LegalityRules defaults() {
    return DEFAULTS;
  }

  /** The lasten row of {@code group}, the row a declaration about the group names. */
  public static Place lastenOf(String group) {
    return new Place.GroupKindTotal(Objects.requireNonNull(group, "group"), LineKind.EXPENSES);
  }

  /** The programme's total lasten, the row a declaration about the programme names. */
  public static Place programmeLasten() {
    return new Place.KindTotal(LineKind.EXPENSES);
  }

  /**
   * Links baten {@code lines} to an overrun of {@code lasten} as directly related: the overrun is
   * covered when their variance is at least the overrun. They replace the row's own baten for
   * that test, since the user said which baten are related. A line already linked to another
   * group's lasten is refused: its extra baten would cover two overruns.
   */
  public LegalityRules withLinkedIncome(Place lasten, List<Place.Line> lines) {
    Objects.requireNonNull(lines, "lines");
    if (lines.isEmpty()) {
      throw new SociaalDomeinException(lasten.toString(), Optional.empty(), "link at least one baten line");
    }
    if (new HashSet<>(lines).size() != lines.size()) {
      throw new SociaalDomeinException(lasten.toString(), Optional.of(lines.toString()), "a baten line is linked twice");
    }
    requireUndeclared(lasten, "linked to " + lines);
    for (Place.Line line : lines) {
      if (line.kind() != LineKind.INCOME) {
        throw new SociaalDomeinException(lasten.toString(), Optional.of(line.toString()),
            "only baten lines cover an overrun of lasten; this line holds " + line.kind().dutchName());
      }
    }
    // Each euro of extra baten covers one overrun: a line linked to another group's lasten would be
    // counted twice. The programme's lasten are judged on their own, so they may share a group's.
    for (Map.Entry<Place, ImmutableList<Place.Line>> other : linked.entrySet()) {
      if (other.getKey().type() == lasten.type()) {
        for (Place.Line line : lines) {
          if (other.getValue().contains(line)) {
            throw new SociaalDomeinException(lasten.toString(), Optional.of(line.toString()),
                "this baten line is already linked to " + other.getKey() + "; its extra baten can cover one overrun"
                    + " only: link it to one of them, or split the overrun's cover over separate lines");
          }
        }
      }
    }
    Map<Place, ImmutableList<Place.Line>> out = new LinkedHashMap<>(linked);
    out.put(lasten, ImmutableList.copyOf(lines));
    return new LegalityRules(ImmutableMap.copyOf(out), accepted, reportingThresholdPercent, totalLasten, authorisationLevel);
  }

  /** Declares {@code lasten} an open-ended scheme (openeinderegeling): an overrun there is accepted. */
  public LegalityRules withOpenEnded(Place lasten) {
    return declare(lasten, new Acceptance.OpenEnded());
  }

  /** Places an overrun of {@code lasten} in {@code category}, one the council lists as accepted. */
  public LegalityRules withCouncilCategory(Place lasten, String category) {
    return declare(lasten, new Acceptance.CouncilCategory(category));
  }

  /** The reporting threshold as {@code percent} % of total lasten: more than 0, at most 100. */
  public LegalityRules withReportingThreshold(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new SociaalDomeinException("reporting threshold", Optional.of(percent.toPlainString()),
          "a percentage of total lasten above 0 and at most 100, such as 1");
    }
    return new LegalityRules(linked, accepted, percent, totalLasten, authorisationLevel);
  }

  /**
   * The municipality's total lasten, which the threshold is a percentage of, in place of the
   * statement's realised lasten: a statement of one programme holds only part of them.
   */
  public LegalityRules withTotalLasten(Amount total) {
    Objects.requireNonNull(total, "total");
    if (!total.isPositive()) {
      throw new SociaalDomeinException("total lasten", Optional.of(total.toString()), "total lasten are a positive amount");
    }
    return new LegalityRules(linked, accepted, reportingThresholdPercent, Optional.of(total), authorisationLevel);
  }

  /** These rules with the council authorising lasten at {@code level}. */
  public LegalityRules withAuthorisationLevel(AuthorisationLevel level) {
    return new LegalityRules(linked, accepted, reportingThresholdPercent, totalLasten, Objects.requireNonNull(level, "level"));
  }

  private LegalityRules declare(Place lasten, Acceptance acceptance) {
    requireUndeclared(lasten, acceptance.toString());
    Map<Place, Acceptance> out = new LinkedHashMap<>(accepted);
    out.put(lasten, acceptance);
    return new LegalityRules(linked, ImmutableMap.copyOf(out), reportingThresholdPercent, totalLasten, authorisationLevel);
  }

  /** Refuses a declaration {@code what} of a row that is no lasten row, or is declared already. */
  private void requireUndeclared(Place lasten, String what) {
    Objects.requireNonNull(lasten, "lasten");
    if (!lasten.equals(programmeLasten()) && !(lasten instanceof Place.GroupKindTotal g && g.kind() == LineKind.EXPENSES)) {
      throw new SociaalDomeinException("", Optional.of(lasten.toString()),
          "a declaration names a lasten row: LegalityRules.lastenOf(group) or LegalityRules.programmeLasten()");
    }
    if (declaredRows().contains(lasten)) {
      throw new SociaalDomeinException(lasten.toString(), Optional.of(what), "this row is already "
          + declaredAcceptance(lasten).map(Object::toString).orElseGet(() -> "linked to " + linkedIncome(lasten))
          + "; a row has one declaration");
    }
  }

  /** The baten lines the user linked to {@code lasten}; empty when none. */
  public List<Place.Line> linkedIncome(Place lasten) {
    return linked.getOrDefault(Objects.requireNonNull(lasten, "lasten"), ImmutableList.of());
  }

  /** The category the user declared for {@code lasten}: {@link Acceptance.OpenEnded} or a {@link Acceptance.CouncilCategory}. */
  public Optional<Acceptance> declaredAcceptance(Place lasten) {
    return Optional.ofNullable(accepted.get(Objects.requireNonNull(lasten, "lasten")));
  }

  /** Every row with a declaration of any kind. */
  public Set<Place> declaredRows() {
    Set<Place> out = new LinkedHashSet<>(linked.keySet());
    out.addAll(accepted.keySet());
    return out;
  }

  /** The reporting threshold (verantwoordingsgrens), in percent of total lasten. */
  public BigDecimal reportingThresholdPercent() {
    return reportingThresholdPercent;
  }

  /** The total lasten the user gave, if any; else the report takes the statement's realised lasten. */
  public Optional<Amount> totalLasten() {
    return totalLasten;
  }

  /** The level the council authorises lasten at. */
  public AuthorisationLevel authorisationLevel() {
    return authorisationLevel;
  }

  /**
   * The reporting threshold for total lasten {@code total}: {@code total x percent / 100},
   * rounded to cents with {@link RoundingMode#HALF_UP}.
   */
  public Amount reportingThreshold(Amount total) {
    return total.multipliedBy(reportingThresholdPercent.movePointLeft(2), RoundingMode.HALF_UP);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LegalityRules)) {
      return false;
    }
    LegalityRules r = (LegalityRules) o;
    return linked.equals(r.linked) && accepted.equals(r.accepted) && reportingThresholdPercent.compareTo(r.reportingThresholdPercent) == 0
        && totalLasten.equals(r.totalLasten) && authorisationLevel == r.authorisationLevel;
  }

  @Override
  public int hashCode() {
    return Objects.hash(linked, accepted, reportingThresholdPercent.stripTrailingZeros(), totalLasten, authorisationLevel);
  }

  @Override
  public String toString() {
    return "LegalityRules[" + declaredRows().size() + " declarations, threshold " + reportingThresholdPercent.toPlainString()
        + " % of " + totalLasten.map(Amount::toString).orElse("the statement's realised lasten") + ", authorised per "
        + authorisationLevel + "]";
  }
}
