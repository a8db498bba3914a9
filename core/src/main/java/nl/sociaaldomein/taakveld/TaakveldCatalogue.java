// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;

/**
 * The taakvelden of one version of the list: the official list of a booking year
 * ({@link #forYear}), or one a user builds or loads ({@link #of}, {@link #builder}).
 *
 * <p>The official lists ship inside the jar, derived from the CBS Iv3 definition files for
 * gemeenten, booking years 2017 to 2026 (repository {@code statistiekcbs/iv3_definities}, commit
 * 9d77a88; {@code docs/taakvelden.md} says how they are regenerated). Entries keep the order of
 * their source, which is the official order (from 2020 on {@code 0.10} follows {@code 0.9};
 * before, it follows {@code 0.1}).
 *
 * <p>The hierarchy is that of the codes: a taakveld sits under its hoofdtaakveld, a sub-taakveld
 * under the taakveld its code extends when the list holds it (2023: {@code 6.71a} under
 * {@code 6.71}), else under its hoofdtaakveld (2023: {@code 6.73a}; 2025: {@code 6.711}, whose
 * list has no {@code 6.71}).
 *
 * <p>Lookup by name is tolerant of case, diacritics, punctuation, spacing and a few documented
 * variants, and never guesses: see {@link #byName}. Instances are immutable and thread-safe.
 */
public final class TaakveldCatalogue {

  /** A code at the start of a text, followed by spaces or a dash or colon: "6.81 Geescaleerde". */
  private static final Pattern LEADING_CODE =
      Pattern.compile("([0-9]\\.[0-9A-Za-z]*)(?:\\s*[-\u2013\u2014:]\\s*|\\s+)(\\S.*)", Pattern.DOTALL);

  private final String label;
  private final OptionalInt bookingYear;
  private final ImmutableList<Taakveld> all;
  private final ImmutableMap<TaakveldCode, Taakveld> byCode;
  private final ImmutableListMultimap<TaakveldCode, Taakveld> children;
  private final ImmutableListMultimap<String, Taakveld> byKey;
  private final ImmutableListMultimap<String, Taakveld> byKeyWithoutQualifier;

  private TaakveldCatalogue(String label, OptionalInt bookingYear, List<Taakveld> taakvelden) {
    this.label = label;
    this.bookingYear = bookingYear;
    this.all = ImmutableList.copyOf(taakvelden);
    ImmutableMap.Builder<TaakveldCode, Taakveld> codes = ImmutableMap.builder();
    ImmutableListMultimap.Builder<TaakveldCode, Taakveld> kids = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Taakveld> keys = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Taakveld> shortKeys = ImmutableListMultimap.builder();
    for (Taakveld t : all) {
      codes.put(t.code(), t);
      t.parent().ifPresent(p -> kids.put(p, t));
      String key = TaakveldNames.key(t.name());
      keys.put(key, t);
      TaakveldNames.withoutQualifier(key).ifPresent(k -> shortKeys.put(k, t));
    }
    this.byCode = codes.buildOrThrow();
    this.children = kids.build();
    this.byKey = keys.build();
    this.byKeyWithoutQualifier = shortKeys.build();
  }

  /**
   * The official list of gemeente taakvelden for {@code bookingYear}, as shipped in the jar.
   * Loaded once, then cached.
   *
   * @throws IllegalArgumentException for a year outside {@link #availableYears()}, naming them
   */
  public static TaakveldCatalogue forYear(int bookingYear) {
    TaakveldCatalogue c = ShippedCatalogues.ALL.get(bookingYear);
    if (c == null) {
      SortedSet<Integer> years = availableYears();
      throw new SociaalDomeinException("No shipped taakveld catalogue for booking year " + bookingYear
          + "; available: " + years.first() + " to " + years.last()
          + " (load another with TaakveldCatalogue.of or the io module)");
    }
    return c;
  }

  /** The booking years {@link #forYear} knows, in order. */
  public static SortedSet<Integer> availableYears() {
    return ImmutableSortedSet.copyOf(ShippedCatalogues.ALL.keySet());
  }

  /**
   * A catalogue of the user's own, with no booking year.
   *
   * @param label what messages call it, such as a file name
   * @throws InvalidTaakveldCatalogueException for a repeated code, a missing parent, or a
   *     sub-taakveld under its hoofdtaakveld while its own taakveld is listed; the message names
   *     every entry involved
   */
  public static TaakveldCatalogue of(String label, Collection<Taakveld> taakvelden) {
    return builder(label).addAll(taakvelden).build();
  }

  /** As {@link #of(String, Collection)}, for the list of {@code bookingYear}. */
  public static TaakveldCatalogue of(String label, int bookingYear, Collection<Taakveld> taakvelden) {
    return builder(label).bookingYear(bookingYear).addAll(taakvelden).build();
  }

  /** A builder for a catalogue called {@code label}. */
  public static Builder builder(String label) {
    return new Builder(label);
  }

  /** What messages call this catalogue: {@code "Iv3 Gemeente 2023"} for a shipped one. */
  public String label() {
    return label;
  }

  /** The booking year the list belongs to; present for the shipped lists. */
  public OptionalInt bookingYear() {
    return bookingYear;
  }

  /** Every entry, hoofdtaakvelden included, in the order of the source. */
  public List<Taakveld> all() {
    return all;
  }

  /** The hoofdtaakvelden, in order. */
  public List<Taakveld> hoofdtaakvelden() {
    return atLevel(TaakveldLevel.HOOFDTAAKVELD);
  }

  /** The entries of one level, in order. */
  public List<Taakveld> atLevel(TaakveldLevel level) {
    Objects.requireNonNull(level, "level");
    return all.stream().filter(t -> t.level() == level).collect(ImmutableList.toImmutableList());
  }

  /**
   * The entries below the hoofdtaakvelden, taakvelden and sub-taakvelden together, in order: what
   * the official lists count as their taakvelden (53 for 2017, 71 for 2023, 69 for 2025).
   */
  public List<Taakveld> taakvelden() {
    return all.stream().filter(t -> !t.code().isHoofdtaakveld()).collect(ImmutableList.toImmutableList());
  }

  /** Whether the catalogue lists {@code code}. */
  public boolean contains(TaakveldCode code) {
    return byCode.containsKey(code);
  }

  /** The taakveld of {@code code}, if the catalogue lists it. */
  public Optional<Taakveld> find(TaakveldCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The entry with {@code code}.
   *
   * @throws UnknownTaakveldException when this catalogue has no such code
   */
  public Taakveld get(TaakveldCode code) {
    Taakveld t = byCode.get(code);
    if (t == null) {
      throw new UnknownTaakveldException(code.toString(), label, "the catalogue has no such code");
    }
    return t;
  }

  /** {@link #get(TaakveldCode)} for the code {@code code} spells. */
  public Taakveld get(String code) {
    return get(TaakveldCode.parse(code));
  }

  /** The entries directly below {@code code}, in order; empty for one with none. */
  public List<Taakveld> children(TaakveldCode code) {
    get(code);
    return children.get(code);
  }

  /** The entry directly above {@code code}; empty for a hoofdtaakveld. */
  public Optional<Taakveld> parent(TaakveldCode code) {
    return get(code).parent().map(byCode::get);
  }

  /** The entries above {@code code}, nearest first, ending with its hoofdtaakveld. */
  public List<Taakveld> ancestors(TaakveldCode code) {
    List<Taakveld> result = new ArrayList<>();
    Optional<Taakveld> p = parent(code);
    while (p.isPresent()) {
      result.add(p.get());
      p = p.get().parent().map(byCode::get);
    }
    return List.copyOf(result);
  }

  /** Whether {@code ancestor} is above {@code code}, directly or further up. */
  public boolean isAncestor(TaakveldCode ancestor, TaakveldCode code) {
    return ancestors(code).stream().anyMatch(t -> t.code().equals(ancestor));
  }

  /**
   * The entry a document's text means: a code ({@code "6.81"}), a name ({@code "Geescaleerde zorg
   * 18+"}), or a code followed by a name ({@code "6.81 Geescaleerde zorg 18+"}, {@code "8.
   * Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing"}).
   *
   * <p>A name matches an official name that is equal to it when case, diacritics
   * ({@code Geescaleerde}), punctuation and brackets ({@code Maatwerkvoorziening Wmo} for
   * {@code Maatwerkvoorziening (WMO)}) and spacing are ignored, {@code &} is read as {@code en},
   * and {@code Maatwerkvoorzieningen} as {@code Maatwerkvoorziening}; {@code 18+} and {@code 18-}
   * stay apart. Only when no name matches so, an official name that ends in {@code WMO},
   * {@code Jeugd} or {@code Integraal} also matches without that word ({@code Huishoudelijke
   * hulp}). Nothing else is tried, so a partial name is never taken for a whole one. With a code
   * in front, the code must be in the catalogue and the name must match it (a name matching
   * several, one of them the code, is fine): a document that pairs a code with another year's
   * name is refused rather than read one way or the other.
   *
   * @throws UnknownTaakveldException when nothing matches, or code and name disagree
   * @throws AmbiguousTaakveldException when the name matches more than one entry
   */
  public Taakveld byName(String text) {
    Match m = match(text);
    if (m.candidates.size() == 1) {
      return m.candidates.get(0);
    }
    if (m.candidates.isEmpty()) {
      throw new UnknownTaakveldException(text, label, m.reason);
    }
    throw new AmbiguousTaakveldException(text, label, m.candidates);
  }

  /**
   * What {@link #byName} would match, without throwing: one entry, none, or the candidates of an
   * ambiguous name.
   */
  public List<Taakveld> matchesByName(String text) {
    return match(text).candidates;
  }

  private record Match(List<Taakveld> candidates, String reason) {}

  private Match match(String text) {
    Objects.requireNonNull(text, "text");
    String stripped = text.strip();
    Optional<TaakveldCode> whole = TaakveldCode.tryParse(stripped);
    if (whole.isPresent()) {
      return find(whole.get()).map(t -> new Match(List.of(t), ""))
          .orElseGet(() -> new Match(List.of(), "the catalogue has no code " + whole.get()));
    }
    Matcher m = LEADING_CODE.matcher(stripped);
    if (m.matches()) {
      Optional<TaakveldCode> code = TaakveldCode.tryParse(m.group(1));
      if (code.isPresent()) {
        return matchCodeAndName(code.get(), m.group(2));
      }
    }
    List<Taakveld> candidates = nameCandidates(stripped);
    return new Match(candidates, candidates.isEmpty() ? noNameReason(stripped) : "");
  }

  private Match matchCodeAndName(TaakveldCode code, String name) {
    Taakveld byTheCode = byCode.get(code);
    if (byTheCode == null) {
      return new Match(List.of(), "the catalogue has no code " + code);
    }
    List<Taakveld> candidates = nameCandidates(name);
    if (candidates.contains(byTheCode)) {
      return new Match(List.of(byTheCode), "");
    }
    return new Match(List.of(), "code " + code + " is \"" + byTheCode.name() + "\" here, and \""
        + Texts.abbreviate(name) + "\" " + (candidates.isEmpty()
            ? "is not its name"
            : "names " + candidates.stream().map(Taakveld::toString).collect(Collectors.joining("; "))));
  }

  private List<Taakveld> nameCandidates(String name) {
    String key = TaakveldNames.key(name);
    List<Taakveld> exact = byKey.get(key);
    return exact.isEmpty() ? byKeyWithoutQualifier.get(key) : exact;
  }

  private static String noNameReason(String name) {
    return TaakveldNames.key(name).isEmpty()
        ? "the text has no letters or digits"
        : "no name matches, ignoring case, diacritics, punctuation and spacing";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TaakveldCatalogue)) {
      return false;
    }
    TaakveldCatalogue other = (TaakveldCatalogue) o;
    return label.equals(other.label) && bookingYear.equals(other.bookingYear) && all.equals(other.all);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, bookingYear, all);
  }

  @Override
  public String toString() {
    return "TaakveldCatalogue[" + label + (bookingYear.isPresent() ? ", booking year " + bookingYear.getAsInt() : "")
        + ", " + hoofdtaakvelden().size() + " hoofdtaakvelden, " + taakvelden().size() + " taakvelden]";
  }

  /**
   * Collects entries for a catalogue. An entry added by code and name alone gets its parent when
   * the catalogue is built: the taakveld its code extends when the entries hold it, else its
   * hoofdtaakveld, which is how the CBS files lay out the 2023 and 2025 sub-taakvelden.
   */
  public static final class Builder {

    private final String label;
    private OptionalInt bookingYear = OptionalInt.empty();
    private final List<Pending> entries = new ArrayList<>();

    private record Pending(TaakveldCode code, String name, Optional<Taakveld> given) {}

    private Builder(String label) {
      Objects.requireNonNull(label, "label");
      String l = label.strip();
      if (l.isEmpty() || l.chars().anyMatch(Character::isISOControl)) {
        throw new SociaalDomeinException("A catalogue label must be a non-blank line of text, not \""
            + Texts.abbreviate(Texts.visible(label)) + "\"");
      }
      this.label = l;
    }

    /** The booking year the list belongs to, a four-digit year. */
    public Builder bookingYear(int year) {
      if (year < 1000 || year > 9999) {
        throw new SociaalDomeinException("A booking year has four digits, not " + year);
      }
      this.bookingYear = OptionalInt.of(year);
      return this;
    }

    /** Adds {@code taakveld} with the parent it names. */
    public Builder add(Taakveld taakveld) {
      Objects.requireNonNull(taakveld, "taakveld");
      entries.add(new Pending(taakveld.code(), taakveld.name(), Optional.of(taakveld)));
      return this;
    }

    /** Adds {@code taakvelden}, in their order. */
    public Builder addAll(Collection<Taakveld> taakvelden) {
      Objects.requireNonNull(taakvelden, "taakvelden");
      taakvelden.forEach(this::add);
      return this;
    }

    /** Adds the entry {@code code} named {@code name}; its parent is found when building. */
    public Builder add(TaakveldCode code, String name) {
      // Built once under the implied parent, which every code allows, so a bad name fails here.
      Taakveld checked = new Taakveld(code, name, code.impliedParent());
      entries.add(new Pending(code, checked.name(), Optional.empty()));
      return this;
    }

    /** {@link #add(TaakveldCode, String)} for the code {@code code} spells. */
    public Builder add(String code, String name) {
      return add(TaakveldCode.parse(code), name);
    }

    /**
     * The catalogue.
     *
     * @throws InvalidTaakveldCatalogueException when the entries do not make one
     */
    public TaakveldCatalogue build() {
      if (entries.isEmpty()) {
        throw new InvalidTaakveldCatalogueException("Catalogue " + label + " has no taakvelden", List.of());
      }
      Map<TaakveldCode, Integer> position = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        Pending e = entries.get(i);
        Integer earlier = position.putIfAbsent(e.code, i);
        if (earlier != null) {
          throw new InvalidTaakveldCatalogueException("Catalogue " + label + " has code " + e.code + " twice: "
              + describe(earlier) + " and " + describe(i), List.of(earlier, i));
        }
      }
      List<Taakveld> result = new ArrayList<>(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        Pending e = entries.get(i);
        Taakveld t = e.given.orElseGet(() -> new Taakveld(e.code, e.name, derivedParent(e.code, position)));
        checkParent(t, i, position);
        result.add(t);
      }
      return new TaakveldCatalogue(label, bookingYear, result);
    }

    private static Optional<TaakveldCode> derivedParent(TaakveldCode code, Map<TaakveldCode, Integer> present) {
      if (code.level() == TaakveldLevel.SUBTAAKVELD && !present.containsKey(code.impliedParent().orElseThrow())) {
        return Optional.of(code.hoofdtaakveld());
      }
      return code.impliedParent();
    }

    private void checkParent(Taakveld t, int i, Map<TaakveldCode, Integer> position) {
      if (t.parent().isEmpty()) {
        return;
      }
      TaakveldCode parent = t.parent().get();
      if (!position.containsKey(parent)) {
        throw new InvalidTaakveldCatalogueException("Catalogue " + label + ": " + describe(i) + " has parent "
            + parent + ", which is not in the catalogue", List.of(i));
      }
      TaakveldCode own = t.code().impliedParent().orElseThrow();
      if (!parent.equals(own) && position.containsKey(own)) {
        int o = position.get(own);
        throw new InvalidTaakveldCatalogueException("Catalogue " + label + ": " + describe(i) + " has parent "
            + parent + ", but its own taakveld, " + describe(o) + ", is in the catalogue and must be its parent",
            List.of(i, o));
      }
    }

    private String describe(int i) {
      Pending e = entries.get(i);
      return e.code + " \"" + Texts.abbreviate(e.name) + "\" (entry " + (i + 1) + ")";
    }
  }
}
