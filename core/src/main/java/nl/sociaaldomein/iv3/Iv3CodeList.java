// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A code list of the yearly definitions ({@code taakveld}, {@code categorie_lasten},
 * {@code balanscode}, ...): its nodes in file order, parents before children.
 *
 * <p>Only the leaves are bookable: an inner node ({@code 6.}, {@code LR}, {@code A1},
 * {@code Tot_TV}) is a total, and a delivery that books on it books on a code the list does not
 * allow. The lookups here walk the list; a list holds at most a few hundred codes.
 *
 * @param name the key of the list in the definitions file
 */
public record Iv3CodeList(String name, List<Iv3Code> codes) {

  /** Rejects a missing component and keeps unmodifiable copies of the collections. */
  public Iv3CodeList {
    Objects.requireNonNull(name, "name");
    codes = List.copyOf(codes);
  }

  /** An empty list named {@code name}: what a year that lacks the list allows. */
  public static Iv3CodeList empty(String name) {
    return new Iv3CodeList(name, List.of());
  }

  /** The node whose code is {@code code}, exactly as written (codes are case and space sensitive). */
  public Optional<Iv3Code> find(String code) {
    Objects.requireNonNull(code, "code");
    return codes.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** Whether the list has a node {@code code}, leaf or total. */
  public boolean contains(String code) {
    return find(code).isPresent();
  }

  /** Whether {@code code} is in the list and no node has it as parent: a bookable code. */
  public boolean isLeaf(String code) {
    return contains(code) && codes.stream().noneMatch(c -> c.parent().equals(Optional.of(code)));
  }

  /** The bookable codes, in file order. */
  public List<Iv3Code> leaves() {
    Set<String> parents = parents();
    return codes.stream().filter(c -> !parents.contains(c.code())).toList();
  }

  /** The codes of {@link #leaves()}, in file order. */
  public List<String> leafCodes() {
    return leaves().stream().map(Iv3Code::code).toList();
  }

  private Set<String> parents() {
    Set<String> parents = new HashSet<>();
    codes.forEach(c -> c.parent().ifPresent(parents::add));
    return parents;
  }

  /**
   * The nodes above {@code code}, nearest first; empty for a root or a code not in the list.
   * Stops at a parent the list does not hold, and at a cycle.
   */
  public List<Iv3Code> ancestors(String code) {
    List<Iv3Code> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Optional<Iv3Code> node = find(code);
    while (node.isPresent() && node.get().parent().isPresent() && seen.add(node.get().code())) {
      node = find(node.get().parent().get());
      node.ifPresent(out::add);
    }
    return out;
  }

  /** Whether {@code ancestor} is {@code code} itself or lies above it. */
  public boolean isUnder(String code, String ancestor) {
    Objects.requireNonNull(ancestor, "ancestor");
    return contains(code)
        && (code.equals(ancestor) || ancestors(code).stream().anyMatch(a -> a.code().equals(ancestor)));
  }

  /** The leaves at or under {@code code}, in file order. */
  public List<Iv3Code> leavesUnder(String code) {
    return leaves().stream().filter(l -> isUnder(l.code(), code)).toList();
  }

  /**
   * The category group ({@code LR}, {@code FR}, {@code IV}) a category of this list lies under,
   * reading the long group names of 2017-2019 as the same groups; empty for a code outside the
   * list or under no group.
   */
  public Optional<Iv3CategoryGroup> group(String code) {
    Optional<Iv3CategoryGroup> own = Iv3CategoryGroup.fromCode(code);
    if (contains(code) && own.isPresent()) {
      return own;
    }
    return ancestors(code).stream()
        .map(a -> Iv3CategoryGroup.fromCode(a.code()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * The side of the balance a balance code of this list is on: under {@code Tot_Act} or
   * {@code Tot_Pas} (2020-2026), else by the first letter of its topmost node, {@code A} or
   * {@code P} (the groups {@code A1} ... {@code P2} of 2017-2019); empty for a code outside the
   * list or under neither.
   */
  public Optional<Iv3BalanceSide> side(String code) {
    if (!contains(code)) {
      return Optional.empty();
    }
    List<String> chain = new ArrayList<>();
    chain.add(code);
    ancestors(code).forEach(a -> chain.add(a.code()));
    for (String c : chain) {
      if (c.equals("Tot_Act")) {
        return Optional.of(Iv3BalanceSide.ACTIVA);
      }
      if (c.equals("Tot_Pas")) {
        return Optional.of(Iv3BalanceSide.PASSIVA);
      }
    }
    String top = chain.get(chain.size() - 1);
    if (top.startsWith("Tot_")) {
      return Optional.empty();
    }
    if (top.startsWith("A")) {
      return Optional.of(Iv3BalanceSide.ACTIVA);
    }
    return top.startsWith("P") ? Optional.of(Iv3BalanceSide.PASSIVA) : Optional.empty();
  }
}
