// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * How the codes of a newer taakveld list roll up into an older one, so that figures of two years
 * on either side of a revision can be compared at the older, coarser level: 2022 with 2023, 2024
 * with 2025.
 *
 * <p>Only what the two lists themselves determine is used, in this order:
 *
 * <ol>
 *   <li>the same code in both lists is the same taakveld ({@link RollUpKind#IDENTICAL}), also
 *       when renamed ({@link RollUpKind#RENAMED}, e.g. 6.2 Wijkteams, 2023 "Toegang en
 *       eerstelijnsvoorzieningen");
 *   <li>a code missing from the older list rolls up into the nearest entry above it, in the newer
 *       list, that the older list has ({@link RollUpKind#PART_OF}): the 2023 list keeps 6.71,
 *       6.72, 6.81 and 6.82 above their new lettered sub-codes, so 6.71a rolls up into 6.71;
 *   <li>anything else is {@link RollUpKind#UNDETERMINED}, with the reason. A hoofdtaakveld is not
 *       used as the entry above: that 6.73a is somewhere in hoofdtaakveld 6 says nothing about
 *       which 2022 taakveld held it. Such codes are not placed by their name or by the shape of
 *       their code either (2025's 6.711 has the name of 2024's 6.71a and a code that starts with
 *       6.71, but the 2025 list does not put it below 6.71); the explanation mentions such hints
 *       so that a user can decide, and state the decision with {@link #withAssumedLinks}.
 * </ol>
 *
 * <p>Between the shipped lists this leaves undetermined, 2022 to 2023, the six youth-care codes
 * 6.73a-c and 6.74a-c, and 2024 to 2025 the 22 new social-domain codes (6.21 to 6.92). Roll-ups
 * to the hoofdtaakveld are always determined: {@link #reaggregateToHoofdtaakvelden}.
 */
public final class TaakveldMapping {

  private final TaakveldCatalogue older;
  private final TaakveldCatalogue newer;
  private final ImmutableMap<TaakveldCode, Assumption> assumed;
  private final ImmutableMap<TaakveldCode, RollUp> rollUps;

  private TaakveldMapping(TaakveldCatalogue older, TaakveldCatalogue newer, Map<TaakveldCode, Assumption> assumed) {
    this.older = older;
    this.newer = newer;
    this.assumed = ImmutableMap.copyOf(assumed);
    ImmutableMap.Builder<TaakveldCode, RollUp> b = ImmutableMap.builder();
    for (Taakveld t : newer.all()) {
      b.put(t.code(), compute(t, assumed));
    }
    this.rollUps = b.buildOrThrow();
  }

  private record Assumption(TaakveldCode older, String source) {}

  /**
   * The roll-ups of {@code newer}'s codes into {@code older}.
   *
   * @throws IllegalArgumentException when both have booking years and {@code older}'s is later,
   *     which means the arguments were swapped
   */
  public static TaakveldMapping between(TaakveldCatalogue older, TaakveldCatalogue newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    if (older.bookingYear().isPresent() && newer.bookingYear().isPresent()
        && older.bookingYear().getAsInt() > newer.bookingYear().getAsInt()) {
      throw new SociaalDomeinException("The older catalogue, " + older.label() + ", is later than the newer one, "
          + newer.label() + "; pass the earlier year first");
    }
    return new TaakveldMapping(older, newer, Map.of());
  }

  /**
   * This mapping plus links the user states for codes the definitions leave undetermined, such as
   * a municipality's own reading of the 2025 revision. They are kept apart: each becomes an
   * {@link RollUpKind#ASSUMED} roll-up whose explanation names {@code source}, and codes below
   * the newer code follow it. Links for codes the definitions determine are refused, so an
   * assumption never overrides the definitions.
   *
   * @param links newer code to the older code it is assumed to roll up into
   * @param source who or what states these links, for the explanations
   * @throws IllegalArgumentException for an unknown code, or a code already determined
   */
  public TaakveldMapping withAssumedLinks(Map<TaakveldCode, TaakveldCode> links, String source) {
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new SociaalDomeinException("Name the source of the assumed links");
    }
    Map<TaakveldCode, Assumption> all = new LinkedHashMap<>(assumed);
    links.forEach((n, o) -> {
      newer.get(n);
      older.get(o);
      RollUp current = rollUps.get(n);
      if (current.kind() != RollUpKind.UNDETERMINED && current.kind() != RollUpKind.ASSUMED) {
        throw new SociaalDomeinException("Cannot assume " + n + " -> " + o + ": the definitions already determine "
            + current);
      }
      all.put(n, new Assumption(o, "assumed by " + source.strip()));
    });
    return new TaakveldMapping(older, newer, all);
  }

  /** The older, coarser list, which the codes roll up into. */
  public TaakveldCatalogue older() {
    return older;
  }

  /** The newer list, whose codes are rolled up. */
  public TaakveldCatalogue newer() {
    return newer;
  }

  /**
   * Where {@code newerCode} goes in the older list.
   *
   * @throws UnknownTaakveldException when the newer list has no such code
   */
  public RollUp rollUp(TaakveldCode newerCode) {
    newer.get(newerCode);
    return rollUps.get(newerCode);
  }

  /** The roll-up of every code of the newer list, in its order. */
  public List<RollUp> rollUps() {
    return rollUps.values().asList();
  }

  /** The roll-ups that name no older code, in the newer list's order. */
  public List<RollUp> undetermined() {
    return rollUps.values().stream().filter(r -> !r.isDetermined()).collect(ImmutableList.toImmutableList());
  }

  /** The newer codes that roll up into {@code olderCode}, in the newer list's order. */
  public List<TaakveldCode> newerParts(TaakveldCode olderCode) {
    older.get(olderCode);
    return rollUps.values().stream()
        .filter(r -> r.older().filter(olderCode::equals).isPresent())
        .map(RollUp::newer)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The newer code that is {@code olderCode} one-to-one: the same code, renamed or not, with every
   * other newer code that rolls up into {@code olderCode} below it in the newer list. So 2022's
   * 6.71 is 2023's 6.71, which 2023 splits into 6.71a-d below it; 2024's 6.71 has no 2025
   * equivalent. Codes whose roll-up is undetermined cannot be ruled out as holding part of an
   * older taakveld; {@link #undetermined()} lists them.
   */
  public Optional<TaakveldCode> newerEquivalent(TaakveldCode olderCode) {
    return noEquivalentReason(olderCode).isEmpty() ? Optional.of(olderCode) : Optional.empty();
  }

  private Optional<String> noEquivalentReason(TaakveldCode olderCode) {
    List<TaakveldCode> parts = newerParts(olderCode);
    RollUp same = rollUps.get(olderCode);
    if (same == null || !(same.kind() == RollUpKind.IDENTICAL || same.kind() == RollUpKind.RENAMED)) {
      return Optional.of(parts.isEmpty()
          ? "no code of " + newer.label() + " is determined to roll up into it"
          : newer.label() + " does not have it, only parts of it: " + join(parts));
    }
    List<TaakveldCode> outside = parts.stream()
        .filter(p -> !p.equals(olderCode) && !newer.isAncestor(olderCode, p))
        .collect(Collectors.toList());
    return outside.isEmpty()
        ? Optional.empty()
        : Optional.of(newer.label() + " splits it over " + olderCode + " and " + join(outside));
  }

  /**
   * Re-aggregates values keyed by newer codes to the older codes they roll up into, combining
   * values that meet with {@code combine}. Values under undetermined codes are kept apart in the
   * result, not placed; {@link Reaggregation#orThrow()} refuses them.
   *
   * @throws UnknownTaakveldException for a key that is not in the newer list
   * @throws IllegalArgumentException when a key and a key below it are both given (2023's 6.71
   *     and 6.71a): 6.71 already holds 6.71a, so adding them would count it twice
   */
  public <V> Reaggregation<V> reaggregate(Map<TaakveldCode, V> byNewerCode, BinaryOperator<V> combine) {
    Objects.requireNonNull(combine, "combine");
    List<TaakveldCode> keys = checkedKeys(byNewerCode);
    Map<TaakveldCode, V> placed = new LinkedHashMap<>();
    Map<TaakveldCode, V> undetermined = new LinkedHashMap<>();
    List<RollUp> undeterminedRollUps = new ArrayList<>();
    for (TaakveldCode k : keys) {
      RollUp r = rollUps.get(k);
      V value = Objects.requireNonNull(byNewerCode.get(k), () -> "value for " + k);
      if (r.isDetermined()) {
        placed.merge(r.older().orElseThrow(), value, combine);
      } else {
        undetermined.put(k, value);
        undeterminedRollUps.add(r);
      }
    }
    return new Reaggregation<>(inOrder(placed, older), undetermined, undeterminedRollUps,
        "Cannot re-aggregate " + newer.label() + " to " + older.label());
  }

  /**
   * Amounts keyed by newer codes, summed per older code.
   *
   * @throws UndeterminedMappingException when a key's roll-up is undetermined, naming each
   * @throws IllegalArgumentException as {@link #reaggregate}
   */
  public Map<TaakveldCode, Amount> reaggregateAmounts(Map<TaakveldCode, Amount> byNewerCode) {
    return reaggregate(byNewerCode, Amount::plus).orThrow();
  }

  /**
   * Values keyed by newer codes, combined per hoofdtaakveld of the older list: the comparison that
   * always works, since a code's hoofdtaakveld is part of the code.
   *
   * @throws IllegalArgumentException as {@link #reaggregate}, or when the older list lacks a
   *     hoofdtaakveld
   */
  public <V> Map<TaakveldCode, V> reaggregateToHoofdtaakvelden(Map<TaakveldCode, V> byNewerCode, BinaryOperator<V> combine) {
    Objects.requireNonNull(combine, "combine");
    Map<TaakveldCode, V> result = new LinkedHashMap<>();
    for (TaakveldCode k : checkedKeys(byNewerCode)) {
      TaakveldCode h = k.hoofdtaakveld();
      if (!older.contains(h)) {
        throw new UnknownTaakveldException(h.toString(), older.label(),
            "the hoofdtaakveld of " + k + " in " + newer.label() + " is not in the older list");
      }
      result.merge(h, Objects.requireNonNull(byNewerCode.get(k), () -> "value for " + k), combine);
    }
    return inOrder(result, older);
  }

  /**
   * Values keyed by older codes, re-keyed to their {@link #newerEquivalent newer equivalents}:
   * the way back, where it is one-to-one.
   *
   * @throws UndeterminedMappingException naming each older code without a newer equivalent
   */
  public <V> Map<TaakveldCode, V> toNewer(Map<TaakveldCode, V> byOlderCode) {
    Objects.requireNonNull(byOlderCode, "byOlderCode");
    Map<TaakveldCode, V> result = new LinkedHashMap<>();
    Map<TaakveldCode, String> missing = new LinkedHashMap<>();
    for (Taakveld t : older.all()) {
      if (byOlderCode.containsKey(t.code())) {
        Optional<String> reason = noEquivalentReason(t.code());
        if (reason.isPresent()) {
          missing.put(t.code(), reason.get());
        } else {
          result.put(t.code(), Objects.requireNonNull(byOlderCode.get(t.code()), () -> "value for " + t.code()));
        }
      }
    }
    byOlderCode.keySet().forEach(older::get);
    if (!missing.isEmpty()) {
      throw new UndeterminedMappingException("Cannot re-key " + older.label() + " to " + newer.label(), missing);
    }
    return result;
  }

  private List<TaakveldCode> checkedKeys(Map<TaakveldCode, ?> byNewerCode) {
    Objects.requireNonNull(byNewerCode, "byNewerCode");
    byNewerCode.keySet().forEach(newer::get);
    List<TaakveldCode> keys = newer.all().stream().map(Taakveld::code).filter(byNewerCode::containsKey)
        .collect(Collectors.toList());
    for (TaakveldCode k : keys) {
      for (Taakveld a : newer.ancestors(k)) {
        if (byNewerCode.containsKey(a.code())) {
          throw new SociaalDomeinException("Values are given for both " + a.code() + " and " + k + ", which "
              + newer.label() + " puts below it, so " + k + " would be counted twice; give one level only");
        }
      }
    }
    return keys;
  }

  private static <V> Map<TaakveldCode, V> inOrder(Map<TaakveldCode, V> values, TaakveldCatalogue catalogue) {
    Map<TaakveldCode, V> ordered = new LinkedHashMap<>();
    for (Taakveld t : catalogue.all()) {
      if (values.containsKey(t.code())) {
        ordered.put(t.code(), values.get(t.code()));
      }
    }
    return Collections.unmodifiableMap(ordered);
  }

  private RollUp compute(Taakveld t, Map<TaakveldCode, Assumption> assumed) {
    TaakveldCode code = t.code();
    Optional<Taakveld> same = older.find(code);
    if (same.isPresent()) {
      return same.get().name().equals(t.name())
          ? new RollUp(code, RollUpKind.IDENTICAL, Optional.of(code), "same code and name in both lists")
          : new RollUp(code, RollUpKind.RENAMED, Optional.of(code),
              "same code, renamed from \"" + same.get().name() + "\" to \"" + t.name() + "\"");
    }
    if (assumed.containsKey(code)) {
      Assumption a = assumed.get(code);
      return new RollUp(code, RollUpKind.ASSUMED, Optional.of(a.older), a.source);
    }
    for (Taakveld above : newer.ancestors(code)) {
      if (above.code().isHoofdtaakveld()) {
        break;
      }
      if (older.contains(above.code())) {
        return new RollUp(code, RollUpKind.PART_OF, Optional.of(above.code()),
            newer.label() + " puts it below " + above + ", which " + older.label() + " has");
      }
      if (assumed.containsKey(above.code())) {
        Assumption a = assumed.get(above.code());
        return new RollUp(code, RollUpKind.ASSUMED, Optional.of(a.older),
            "below " + above.code() + ", " + a.source);
      }
    }
    return new RollUp(code, RollUpKind.UNDETERMINED, Optional.empty(), undeterminedReason(t));
  }

  private String undeterminedReason(Taakveld t) {
    StringBuilder b = new StringBuilder();
    b.append(older.label()).append(" does not have ").append(t.code()).append(", and ").append(newer.label())
        .append(" puts it directly under hoofdtaakveld ").append(t.code().hoofdtaakveld())
        .append("; the definitions do not say which taakveld of ").append(older.label()).append(" held it");
    t.code().impliedParent()
        .filter(p -> !p.isHoofdtaakveld() && older.contains(p) && !newer.contains(p))
        .ifPresent(p -> b.append("; its code extends ").append(p).append(", which ").append(older.label())
            .append(" has, but ").append(newer.label()).append(" does not list ").append(p).append(" above it"));
    String key = TaakveldNames.key(t.name());
    List<TaakveldCode> sameName = older.all().stream()
        .filter(o -> TaakveldNames.key(o.name()).equals(key))
        .map(Taakveld::code)
        .collect(Collectors.toList());
    if (!sameName.isEmpty()) {
      b.append("; ").append(older.label()).append(" has the same name under ").append(join(sameName))
          .append(", but a name is not a definition link");
    }
    return b.toString();
  }

  private static String join(List<TaakveldCode> codes) {
    return codes.stream().map(TaakveldCode::toString).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "TaakveldMapping[" + older.label() + " <- " + newer.label() + ", " + undetermined().size() + " undetermined]";
  }
}
