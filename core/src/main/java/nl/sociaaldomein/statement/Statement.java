// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.money.RoundedTable;
import nl.sociaaldomein.notation.MinusStyle;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * A budget statement (overzicht van baten en lasten) of one programme: groups of lines, budget
 * columns, and the derived cells (subtotals, totals, results, variances) as the document prints
 * them.
 *
 * <p>Immutable; made with {@link #builder(String, EuroUnit, SignConvention)}, which takes figures
 * as printed in its convention and keeps their canonical meaning (the effect on the result), so
 * {@link #withConvention(SignConvention)} loses nothing. Values of a variance column are kept as
 * printed: their sign is fixed by the column's {@link Variance}, not by the convention.
 *
 * <p>A blank cell of a line counts as zero. Derived cells are never entered as parts: they are
 * computed from lines, and a printed derived cell is what {@link #check()} verifies.
 */
public final class Statement {

  private final String name;
  private final EuroUnit unit;
  private final SignConvention convention;
  private final OptionalInt catalogueYear;
  private final MinusStyle minusStyle;
  private final ImmutableList<Column> columns;
  private final ImmutableList<Group> groups;
  /** Canonical values of line cells in entered columns. */
  private final ImmutableMap<Cell, PrintedFigure> lineValues;
  /** Canonical printed values of derived cells; variances favourable positive. */
  private final ImmutableMap<Cell, PrintedFigure> printedDerived;
  /** The labels printed with derived cells, where the document gives one. */
  private final ImmutableMap<Cell, String> labels;

  private Statement(
      String name,
      EuroUnit unit,
      SignConvention convention,
      OptionalInt catalogueYear,
      MinusStyle minusStyle,
      ImmutableList<Column> columns,
      ImmutableList<Group> groups,
      ImmutableMap<Cell, PrintedFigure> lineValues,
      ImmutableMap<Cell, PrintedFigure> printedDerived,
      ImmutableMap<Cell, String> labels) {
    this.name = name;
    this.unit = unit;
    this.convention = convention;
    this.catalogueYear = catalogueYear;
    this.minusStyle = minusStyle;
    this.columns = columns;
    this.groups = groups;
    this.lineValues = lineValues;
    this.printedDerived = printedDerived;
    this.labels = labels;
  }

  /** A builder for a statement of programme {@code name}, in {@code unit}, printed in {@code convention}. */
  public static Builder builder(String name, EuroUnit unit, SignConvention convention) {
    return new Builder(name, unit, convention);
  }

  /** The statement's name, as its document heads it. */
  public String name() {
    return name;
  }

  /** The unit its figures are printed in. */
  public EuroUnit unit() {
    return unit;
  }

  /** How it signs its figures: which of expenses and income it prints as positive. */
  public SignConvention convention() {
    return convention;
  }

  /** The booking year of the taakveld catalogue the codes belong to, when given. */
  public OptionalInt catalogueYear() {
    return catalogueYear;
  }

  /** How the document prints a negative figure: {@code -4.977} or {@code 4.977-}. */
  public MinusStyle minusStyle() {
    return minusStyle;
  }

  /** The same statement printing negatives in {@code style}. */
  public Statement withMinusStyle(MinusStyle style) {
    Objects.requireNonNull(style, "style");
    return new Statement(name, unit, convention, catalogueYear, style, columns, groups, lineValues, printedDerived, labels);
  }

  /** The columns, left to right. */
  public List<Column> columns() {
    return columns;
  }

  /** The column headed {@code label}; an error when there is none. */
  public Column column(String label) {
    for (Column c : columns) {
      if (c.label().equals(label)) {
        return c;
      }
    }
    throw new SociaalDomeinException("Statement \"" + name + "\" has no column \"" + label + "\"");
  }

  /** The groups, top to bottom. */
  public List<Group> groups() {
    return groups;
  }

  /** Every line, as a place, in statement order. */
  public List<Place.Line> lines() {
    List<Place.Line> out = new ArrayList<>();
    for (Group g : groups) {
      out.addAll(g.places());
    }
    return out;
  }

  /**
   * Every derived place this statement has, in reading order: per group its result and reserve
   * subtotals (and its result after reserves where the document prints it), then totals per
   * kind, the result before reserves, the reserve total and the result after reserves.
   */
  public List<Place> derivedPlaces() {
    List<Place> out = new ArrayList<>();
    boolean anyResult = false;
    boolean anyReserve = false;
    for (Group g : groups) {
      if (g.hasResultLines()) {
        out.add(new Place.GroupResult(g.name()));
        anyResult = true;
      }
      if (g.hasReserveLines()) {
        out.add(new Place.GroupReserves(g.name()));
        anyReserve = true;
      }
      // Rows a document rarely prints are rows of this statement only where it prints them.
      for (LineKind kind : LineKind.values()) {
        addWherePrinted(new Place.GroupKindTotal(g.name(), kind), out);
      }
      addWherePrinted(new Place.GroupAfterReserves(g.name()), out);
    }
    for (LineKind kind : LineKind.values()) {
      if (groups.stream().anyMatch(g -> g.lines().stream().anyMatch(l -> l.kind() == kind))) {
        out.add(new Place.KindTotal(kind));
      }
    }
    if (anyResult) {
      out.add(new Place.ResultBeforeReserves());
    }
    if (anyReserve) {
      out.add(new Place.ReserveTotal());
    }
    if (anyResult || anyReserve) {
      out.add(new Place.ResultAfterReserves());
    }
    return out;
  }

  private void addWherePrinted(Place place, List<Place> out) {
    if (printedDerived.keySet().stream().anyMatch(c -> c.place().equals(place))) {
      out.add(place);
    }
  }

  /**
   * The printed value of {@code cell} in this statement's convention (a variance in its column's
   * notation): a line value or a printed derived cell.
   */
  public Optional<PrintedFigure> printed(Cell cell) {
    return printedCanonical(cell).map(f -> sign(cell) < 0 ? f.negated() : f);
  }

  /**
   * The printed value of {@code cell} as its effect on the result (a variance favourable
   * positive), whatever the convention and notation it was printed in.
   */
  public Optional<PrintedFigure> printedEffect(Cell cell) {
    requireColumn(cell.column());
    return printedCanonical(cell);
  }

  private Optional<PrintedFigure> printedCanonical(Cell cell) {
    PrintedFigure canonical = lineValues.get(cell);
    return Optional.ofNullable(canonical != null ? canonical : printedDerived.get(cell));
  }

  /** The direction of the variance printed in {@code cell}, a cell of a variance column. */
  public Optional<Direction> printedDirection(Cell cell) {
    if (!column(cell.column()).isVariance()) {
      throw new SociaalDomeinException("Column " + SociaalDomeinException.quote(cell.column())
          + " of statement " + SociaalDomeinException.quote(name) + " holds no variances, so no V or N");
    }
    return printedCanonical(cell).map(f -> Direction.ofSignum(f.printedValue().signum()));
  }

  /** The cells whose derived values the document prints, in no particular order. */
  public List<Cell> printedDerivedCells() {
    return List.copyOf(printedDerived.keySet());
  }

  /**
   * The label the document prints with the derived cell {@code cell}, such as "Totaal
   * Inkomensregelingen"; a line's label is part of its place.
   */
  public Optional<String> label(Cell cell) {
    return Optional.ofNullable(labels.get(cell));
  }

  /** The label the document prints with the row {@code place}: the first of its printed cells that has one. */
  public Optional<String> label(Place place) {
    if (place.isLine()) {
      return place.asLine().map(Place.Line::label);
    }
    for (Column c : columns) {
      String label = labels.get(new Cell(place, c.label()));
      if (label != null) {
        return Optional.of(label);
      }
    }
    return Optional.empty();
  }

  /**
   * The value of {@code cell} computed from the printed lines, in this statement's convention,
   * with the tolerance their rounding leaves. For a line in an entered column it is the line's
   * own figure.
   */
  public Estimate compute(Cell cell) {
    Estimate canonical = computeCanonical(cell.place(), column(cell.column()));
    return sign(cell) < 0 ? canonical.negated() : canonical;
  }

  /**
   * What the document says {@code cell} is, as its effect on the result (a variance favourable
   * positive): the printed figure where the document prints one, else the narrowest of what its
   * printed parts give (its lines, the printed subtotals it is the sum of, or for a variance the
   * two columns it compares). This is the figure an explanation of the cell is held against.
   */
  public Estimate effect(Cell cell) {
    return effect(cell.place(), column(cell.column()));
  }

  private Estimate effect(Place place, Column column) {
    Optional<PrintedFigure> printed = printedCanonical(new Cell(place, column.label()));
    if (printed.isPresent()) {
      return printed.get().toEstimate();
    }
    Estimate best = computeCanonical(place, column);
    if (!place.isLine() && column.isDerived()) {
      // Its lines as printed: in a variance column each line's printed variance, which
      // computeCanonical leaves aside for the two figures it compares.
      Estimate sum = Estimate.ZERO;
      for (Place.Line line : lines()) {
        if (place.covers(line)) {
          sum = sum.plus(effect(line, column));
        }
      }
      best = narrower(best, sum);
    }
    if (column.isDerived()) {
      Variance v = column.variance().orElseThrow();
      Estimate fromColumns = effect(place, column(v.actualColumn().orElseThrow()))
          .minus(effect(place, column(v.budgetColumn().orElseThrow())));
      best = narrower(best, fromColumns);
    }
    // A split into one part counts here: it is the same row under another name, and may be printed.
    for (List<Place> parts : decompositions(place, 1)) {
      Estimate sum = Estimate.ZERO;
      for (Place part : parts) {
        sum = sum.plus(effect(part, column));
      }
      best = narrower(best, sum);
    }
    return best;
  }

  private static Estimate narrower(Estimate a, Estimate b) {
    return b.halfWidth().compareTo(a.halfWidth()) < 0 ? b : a;
  }

  /**
   * The ways {@code place} is the direct sum of other derived rows of this statement, each a
   * list of rows that together cover exactly its lines once; only those of at least
   * {@code minimumParts} rows.
   */
  private List<List<Place>> decompositions(Place place, int minimumParts) {
    List<List<Place>> out = new ArrayList<>();
    switch (place.type()) {
      case LINE, KIND_TOTAL, GROUP_KIND_TOTAL -> { }
      case GROUP_RESULT -> out.add(groupKindTotals(place.groupName().orElseThrow(), k -> !k.isReserveMovement()));
      case GROUP_RESERVES -> out.add(groupKindTotals(place.groupName().orElseThrow(), LineKind::isReserveMovement));
      case GROUP_AFTER_RESERVES -> {
        String g = place.groupName().orElseThrow();
        out.add(existing(List.of(new Place.GroupResult(g), new Place.GroupReserves(g))));
      }
      case RESULT_BEFORE_RESERVES -> {
        out.add(existing(groups.stream().<Place>map(g -> new Place.GroupResult(g.name())).toList()));
        out.add(kindTotals(k -> !k.isReserveMovement()));
      }
      case RESERVE_TOTAL -> {
        out.add(existing(groups.stream().<Place>map(g -> new Place.GroupReserves(g.name())).toList()));
        out.add(kindTotals(LineKind::isReserveMovement));
      }
      case RESULT_AFTER_RESERVES -> {
        out.add(existing(List.of(new Place.ResultBeforeReserves(), new Place.ReserveTotal())));
        out.add(existing(groups.stream().<Place>map(g -> new Place.GroupAfterReserves(g.name())).toList()));
        out.add(kindTotals(k -> true));
      }
    }
    out.removeIf(parts -> parts.size() < minimumParts);
    return out;
  }

  private List<Place> groupKindTotals(String group, Predicate<LineKind> which) {
    List<Place> out = new ArrayList<>();
    for (LineKind kind : LineKind.values()) {
      if (which.test(kind)) {
        out.add(new Place.GroupKindTotal(group, kind));
      }
    }
    return existing(out);
  }

  private List<Place> kindTotals(Predicate<LineKind> which) {
    List<Place> out = new ArrayList<>();
    for (LineKind kind : LineKind.values()) {
      if (which.test(kind)) {
        out.add(new Place.KindTotal(kind));
      }
    }
    return existing(out);
  }

  /** The rows of {@code places} that some line counts toward. */
  private List<Place> existing(List<Place> places) {
    List<Place.Line> lines = lines();
    return places.stream().filter(p -> lines.stream().anyMatch(p::covers)).toList();
  }

  /** Every derived cell computed from the lines: what a builder of statements prints. */
  public Map<Cell, Estimate> computeDerivedCells() {
    Map<Cell, Estimate> out = new LinkedHashMap<>();
    for (Cell cell : derivedCells()) {
      out.put(cell, compute(cell));
    }
    return out;
  }

  /** The derived cells of every line and every column of every derived place, in reading order. */
  private List<Cell> derivedCells() {
    List<Cell> out = new ArrayList<>();
    for (Place place : lines()) {
      for (Column c : columns) {
        if (c.isDerived()) {
          out.add(new Cell(place, c.label()));
        }
      }
    }
    for (Place place : derivedPlaces()) {
      for (Column c : columns) {
        out.add(new Cell(place, c.label()));
      }
    }
    return out;
  }

  /**
   * Checks every printed derived cell against the printed lines it is derived from, with the
   * rounding bounds of each figure involved; then against the printed subtotals it is the direct
   * sum of, and for a variance against the two printed figures it compares, each with the
   * tighter bound that fewer figures leave. A cell is reported once, on the first basis it
   * fails.
   */
  public ReconciliationReport check() {
    List<Inconsistency> found = new ArrayList<>();
    int checked = 0;
    for (Cell cell : cellsInOrder()) {
      PrintedFigure printedCanonical = printedDerived.get(cell);
      if (printedCanonical == null) {
        continue;
      }
      checked++;
      Column column = column(cell.column());
      List<Inconsistency.Basis> bases = new ArrayList<>();
      bases.add(new Inconsistency.Basis(Inconsistency.Source.LINES,
          linesOf(cell.place(), column), computeCanonical(cell.place(), column)));
      column.variance().filter(Variance::isDerived).ifPresent(v -> printedBasis(Inconsistency.Source.COMPARED_COLUMNS,
          List.of(new Cell(cell.place(), v.actualColumn().orElseThrow()), new Cell(cell.place(), v.budgetColumn().orElseThrow())),
          List.of(1, -1)).ifPresent(bases::add));
      // A split into one part is the place itself under another name, which checks nothing new.
      for (List<Place> parts : decompositions(cell.place(), 2)) {
        List<Cell> cells = parts.stream().map(p -> new Cell(p, cell.column())).toList();
        printedBasis(Inconsistency.Source.PRINTED_SUBTOTALS, cells, cells.stream().map(c -> 1).toList())
            .ifPresent(bases::add);
      }
      for (Inconsistency.Basis basis : bases) {
        BigDecimal excess = printedCanonical.toEstimate().distanceTo(basis.computed());
        if (excess.signum() > 0) {
          boolean flip = sign(cell) < 0;
          found.add(new Inconsistency(cell, flip ? printedCanonical.negated() : printedCanonical,
              flip ? basis.computed().negated() : basis.computed(), excess, basis.source(), basis.parts()));
          break;
        }
      }
    }
    return new ReconciliationReport(checked, found);
  }

  /** The sum of the printed {@code cells}, each with its sign, when every one is printed. */
  private Optional<Inconsistency.Basis> printedBasis(Inconsistency.Source source, List<Cell> cells, List<Integer> signs) {
    Estimate sum = Estimate.ZERO;
    for (int i = 0; i < cells.size(); i++) {
      Optional<PrintedFigure> part = printedCanonical(cells.get(i));
      if (part.isEmpty()) {
        return Optional.empty();
      }
      sum = signs.get(i) < 0 ? sum.minus(part.get()) : sum.plus(part.get());
    }
    return Optional.of(new Inconsistency.Basis(source, cells, sum));
  }

  /** The line cells {@code place} is computed from in {@code column}. */
  private List<Cell> linesOf(Place place, Column column) {
    List<Cell> out = new ArrayList<>();
    if (column.isDerived()) {
      Variance v = column.variance().orElseThrow();
      out.addAll(linesOf(place, column(v.actualColumn().orElseThrow())));
      out.addAll(linesOf(place, column(v.budgetColumn().orElseThrow())));
      return out;
    }
    for (Place.Line line : lines()) {
      Cell cell = new Cell(line, column.label());
      if (place.covers(line) && lineValues.containsKey(cell)) {
        out.add(cell);
      }
    }
    return out;
  }

  /** The same statement printed in {@code other}; nothing is lost, since values are canonical inside. */
  public Statement withConvention(SignConvention other) {
    Objects.requireNonNull(other, "other");
    return other == convention
        ? this
        : new Statement(name, unit, other, catalogueYear, minusStyle, columns, groups, lineValues, printedDerived, labels);
  }

  /**
   * The statement rounded to whole {@code targetUnit}s so that it adds up, with every derived
   * cell printed.
   *
   * <p>Per column, the result before reserves is rounded with {@code mode}; the group results
   * are rounded by largest remainder to add up to it, and the lines of each group to add up to
   * their group (likewise for reserve movements). Every line thus ends within one unit of its
   * exact value. Totals per kind and variances are then derived from the rounded lines, so they
   * add up exactly; a kind total may differ from its own rounding by more than one unit.
   */
  public Statement publish(EuroUnit targetUnit, RoundingMode mode) {
    Objects.requireNonNull(targetUnit, "targetUnit");
    Objects.requireNonNull(mode, "mode");
    Map<Cell, PrintedFigure> rounded = new LinkedHashMap<>();
    for (Column c : columns) {
      if (!c.isDerived()) {
        publishColumn(c.label(), targetUnit, mode, false, rounded);
        publishColumn(c.label(), targetUnit, mode, true, rounded);
      }
    }
    Statement lines = new Statement(name, targetUnit, convention, catalogueYear, minusStyle, columns, groups,
        ImmutableMap.copyOf(rounded), ImmutableMap.of(), ImmutableMap.of());
    ImmutableMap.Builder<Cell, PrintedFigure> derived = ImmutableMap.builder();
    for (Cell cell : lines.derivedCells()) {
      // Every part is a whole unit now, so the computed value is exact up to that rounding.
      BigDecimal canonical = lines.computeCanonical(cell.place(), column(cell.column())).nominal();
      derived.put(cell, PrintedFigure.of(targetUnit.fromEuros(canonical).setScale(0, RoundingMode.UNNECESSARY), targetUnit));
    }
    return new Statement(name, targetUnit, convention, catalogueYear, minusStyle, columns, groups,
        ImmutableMap.copyOf(rounded), derived.build(), labelsOf(derived.build()));
  }

  /**
   * The statement as most documents print it: every line and every derived cell rounded on its
   * own, with {@code mode}, to whole {@code targetUnit}s. Printed totals then differ from the sum
   * of printed lines by rounding, always within the bounds {@link #check()} allows; use
   * {@link #publish(EuroUnit, RoundingMode)} for totals that add up exactly.
   */
  public Statement roundEach(EuroUnit targetUnit, RoundingMode mode) {
    Objects.requireNonNull(targetUnit, "targetUnit");
    Objects.requireNonNull(mode, "mode");
    ImmutableMap.Builder<Cell, PrintedFigure> lines = ImmutableMap.builder();
    lineValues.forEach((cell, f) -> lines.put(cell, wholeUnits(f.nominal(), targetUnit, mode)));
    ImmutableMap.Builder<Cell, PrintedFigure> derived = ImmutableMap.builder();
    for (Cell cell : derivedCells()) {
      derived.put(cell, wholeUnits(computeCanonical(cell.place(), column(cell.column())).nominal(), targetUnit, mode));
    }
    return new Statement(name, targetUnit, convention, catalogueYear, minusStyle, columns, groups, lines.build(), derived.build(),
        labelsOf(derived.build()));
  }

  /** The labels this statement prints with {@code cells}, for a statement printed anew. */
  private ImmutableMap<Cell, String> labelsOf(Map<Cell, PrintedFigure> cells) {
    ImmutableMap.Builder<Cell, String> out = ImmutableMap.builder();
    for (Cell cell : cells.keySet()) {
      if (!cell.place().isLine()) {
        label(cell.place()).ifPresent(label -> out.put(cell, label));
      }
    }
    return out.build();
  }

  private static PrintedFigure wholeUnits(BigDecimal euros, EuroUnit unit, RoundingMode mode) {
    return PrintedFigure.of(unit.fromEuros(euros).setScale(0, mode), unit);
  }

  private void publishColumn(
      String column, EuroUnit targetUnit, RoundingMode mode, boolean reserves, Map<Cell, PrintedFigure> out) {
    List<Group> involved = new ArrayList<>();
    List<Amount> groupTotals = new ArrayList<>();
    for (Group g : groups) {
      List<Amount> values = exactLineValues(g, column, reserves);
      if (!values.isEmpty()) {
        involved.add(g);
        groupTotals.add(Amount.sum(values));
      }
    }
    if (involved.isEmpty()) {
      return;
    }
    RoundedTable byGroup = RoundedTable.publish(groupTotals, targetUnit, mode);
    for (int i = 0; i < involved.size(); i++) {
      Group g = involved.get(i);
      List<GroupLine> lines = g.lines().stream().filter(l -> l.kind().isReserveMovement() == reserves).toList();
      long groupTarget = byGroup.parts().get(i).printedValue().longValueExact();
      RoundedTable byLine = RoundedTable.publishTo(exactLineValues(g, column, reserves), groupTarget, targetUnit, mode);
      for (int j = 0; j < lines.size(); j++) {
        Cell cell = new Cell(lines.get(j).place(g.name()), column);
        if (lineValues.containsKey(cell)) {
          out.put(cell, byLine.parts().get(j));
        }
      }
    }
  }

  private List<Amount> exactLineValues(Group g, String column, boolean reserves) {
    List<Amount> values = new ArrayList<>();
    for (GroupLine l : g.lines()) {
      if (l.kind().isReserveMovement() == reserves) {
        PrintedFigure f = lineValues.get(new Cell(l.place(g.name()), column));
        values.add(f == null ? Amount.ZERO : Amount.of(f.nominal()));
      }
    }
    return values;
  }

  private List<Cell> cellsInOrder() {
    List<Cell> out = new ArrayList<>();
    for (Place place : lines()) {
      for (Column c : columns) {
        out.add(new Cell(place, c.label()));
      }
    }
    for (Place place : derivedPlaces()) {
      for (Column c : columns) {
        out.add(new Cell(place, c.label()));
      }
    }
    return out;
  }

  private Estimate computeCanonical(Place place, Column column) {
    if (column.isDerived()) {
      Variance v = column.variance().orElseThrow();
      return computeCanonical(place, column(v.actualColumn().orElseThrow()))
          .minus(computeCanonical(place, column(v.budgetColumn().orElseThrow())));
    }
    if (place.isLine()) {
      PrintedFigure f = lineValues.get(new Cell(place, column.label()));
      return f == null ? Estimate.ZERO : f.toEstimate();
    }
    return sumOfLines(column.label(), place::covers);
  }

  private Estimate sumOfLines(String column, Predicate<Place.Line> which) {
    Estimate total = Estimate.ZERO;
    for (Place.Line line : lines()) {
      if (which.test(line)) {
        PrintedFigure f = lineValues.get(new Cell(line, column));
        if (f != null) {
          total = total.plus(f);
        }
      }
    }
    return total;
  }

  /** The sign that turns the canonical value of {@code cell} into the printed one; its own inverse. */
  private int sign(Cell cell) {
    return sign(column(cell.column()), cell.place());
  }

  private int sign(Column column, Place place) {
    return column.variance().map(v -> v.notation().sign(convention, place)).orElseGet(() -> convention.sign(place));
  }

  private void requireColumn(String label) {
    column(label);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Statement)) {
      return false;
    }
    Statement s = (Statement) o;
    return name.equals(s.name) && unit == s.unit && convention == s.convention
        && catalogueYear.equals(s.catalogueYear) && minusStyle == s.minusStyle && columns.equals(s.columns)
        && groups.equals(s.groups) && lineValues.equals(s.lineValues)
        && printedDerived.equals(s.printedDerived) && labels.equals(s.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, unit, convention, catalogueYear, minusStyle, columns, groups, lineValues, printedDerived, labels);
  }

  @Override
  public String toString() {
    return "Statement[" + name + ", " + unit + ", " + convention + ", " + columns.size()
        + " columns, " + groups.size() + " groups, " + lines().size() + " lines, "
        + printedDerived.size() + " printed derived cells]";
  }

  /**
   * Builds a statement from figures as printed in one convention. Declarations carry an
   * optional origin (such as "line 12" of a file) so that a duplicate names both offenders.
   */
  public static final class Builder {
    private final String name;
    private final EuroUnit unit;
    private final SignConvention convention;
    private OptionalInt catalogueYear = OptionalInt.empty();
    private MinusStyle minusStyle = MinusStyle.LEADING;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, String> columnOrigins = new LinkedHashMap<>();
    private final Map<String, GroupDraft> groups = new LinkedHashMap<>();
    private final Map<Cell, PrintedFigure> lineValues = new LinkedHashMap<>();
    private final Map<Cell, PrintedFigure> printedDerived = new LinkedHashMap<>();
    private final Map<Cell, String> cellOrigins = new LinkedHashMap<>();
    private final Map<Cell, String> labels = new LinkedHashMap<>();
    private int declarations;

    private Builder(String name, EuroUnit unit, SignConvention convention) {
      this.name = Objects.requireNonNull(name, "name");
      this.unit = Objects.requireNonNull(unit, "unit");
      this.convention = Objects.requireNonNull(convention, "convention");
    }

    /** The booking year of the taakveld catalogue the codes belong to, a four-digit year. */
    public Builder catalogueYear(int year) {
      if (year < 1000 || year > 9999) {
        throw new SociaalDomeinException("", Optional.of(Integer.toString(year)), "a catalogue year has four digits");
      }
      this.catalogueYear = OptionalInt.of(year);
      return this;
    }

    /** How the document prints a negative figure; {@link MinusStyle#LEADING} unless set. */
    public Builder minusStyle(MinusStyle style) {
      this.minusStyle = Objects.requireNonNull(style, "style");
      return this;
    }

    /** Adds {@code column} on the right; its origin in messages is its position. */
    public Builder column(Column column) {
      return column(column, nextOrigin());
    }

    /** Adds {@code column} on the right; {@code origin} (a file and column) names it in messages. */
    public Builder column(Column column, String origin) {
      String previous = columnOrigins.putIfAbsent(column.label(), origin);
      if (previous != null) {
        throw new SociaalDomeinException("Duplicate column \"" + column.label() + "\" at " + previous + " and " + origin);
      }
      columns.put(column.label(), column);
      return this;
    }

    /** Adds a column headed {@code label} in {@code role} on the right. */
    public Builder column(String label, ColumnRole role) {
      return column(Column.of(label, role));
    }

    /** Declares a group without a taakveld of its own. */
    public Builder group(String group, GroupKind kind) {
      return group(group, kind, Optional.empty(), nextOrigin());
    }

    /** Declares a group booked on {@code taakveld}. */
    public Builder group(String group, GroupKind kind, TaakveldCode taakveld) {
      return group(group, kind, Optional.of(taakveld), nextOrigin());
    }

    /** Declares a group; {@code origin} (such as "line 12") names the declaration in errors. */
    public Builder group(String group, GroupKind kind, Optional<TaakveldCode> taakveld, String origin) {
      Objects.requireNonNull(taakveld, "taakveld");
      GroupDraft previous = groups.get(group);
      if (previous != null) {
        throw new SociaalDomeinException("Duplicate group \"" + group + "\" at " + previous.origin + " and " + origin);
      }
      groups.put(group, new GroupDraft(group, kind, taakveld, origin));
      return this;
    }

    /** Declares a line of {@code group} booked on the group's taakveld, if any. */
    public Builder line(String group, LineKind kind, String label) {
      return line(group, kind, label, Optional.empty(), nextOrigin());
    }

    /** Declares a line of {@code group} booked on {@code taakveld}. */
    public Builder line(String group, LineKind kind, String label, TaakveldCode taakveld) {
      return line(group, kind, label, Optional.of(taakveld), nextOrigin());
    }

    /** Declares a line of {@code group}; {@code origin} names the declaration in errors. */
    public Builder line(String group, LineKind kind, String label, Optional<TaakveldCode> taakveld, String origin) {
      Objects.requireNonNull(taakveld, "taakveld");
      GroupDraft draft = groups.get(group);
      if (draft == null) {
        throw new SociaalDomeinException("Line \"" + label + "\" at " + origin + " names group \"" + group
            + "\", which is not declared");
      }
      Place.Line place = new Place.Line(group, kind, label);
      String previous = draft.lineOrigins.putIfAbsent(place, origin);
      if (previous != null) {
        throw new SociaalDomeinException("Duplicate line \"" + label + "\" (" + kind.dutchName() + ") in group \""
            + group + "\" at " + previous + " and " + origin);
      }
      draft.lines.add(new GroupLine(kind, label, taakveld));
      return this;
    }

    /**
     * Sets the printed cells of one row at once, all or none: when one cannot be set, none is,
     * and the exception names the first that cannot.
     */
    public Builder cells(Place place, Map<String, PrintedFigure> printed, String origin) {
      return cells(place, Optional.empty(), printed, Map.of(), origin);
    }

    /**
     * Sets the printed cells of one row at once, all or none, as {@link #cells(Place, Map, String)}.
     * {@code label} is the label the document prints with a derived row ("Totaal
     * Inkomensregelingen"), kept for writing back; {@code letters} holds the V or N printed with
     * the figures of variance columns, which are then as printed, the letter not applied (see
     * {@link #cell(Place, String, PrintedFigure, Optional, String)}).
     */
    public Builder cells(Place place, Optional<String> label, Map<String, PrintedFigure> printed,
        Map<String, Direction> letters, String origin) {
      Objects.requireNonNull(label, "label");
      for (Map.Entry<String, PrintedFigure> e : printed.entrySet()) {
        requireCell(place, e.getKey(), e.getValue(), Optional.ofNullable(letters.get(e.getKey())), origin);
      }
      for (String column : letters.keySet()) {
        if (!printed.containsKey(column)) {
          throw new SociaalDomeinException("Cell " + new Cell(place, column) + " at " + origin + " has a letter but no figure");
        }
      }
      printed.forEach((column, figure) -> cell(place, column, figure, Optional.ofNullable(letters.get(column)), origin));
      if (!place.isLine()) {
        label.filter(l -> !l.isBlank()).ifPresent(l -> printed.keySet().forEach(c -> labels.put(new Cell(place, c), l)));
      }
      return this;
    }

    /**
     * The figure {@code printed} in {@code column} at {@code place}, a line or a derived row; its
     * origin in messages is its position.
     */
    public Builder cell(Place place, String column, PrintedFigure printed) {
      return cell(place, column, printed, nextOrigin());
    }

    /**
     * Sets a cell as printed: a line's figure in an entered column, or the printed value of a
     * derived cell (a subtotal, total, result, or any variance).
     */
    public Builder cell(Place place, String column, PrintedFigure printed, String origin) {
      return cell(place, column, printed, Optional.empty(), origin);
    }

    /**
     * Sets a cell as printed, with the V or N the document prints after it, if any. A letter
     * belongs only in a variance column, and then decides the direction: an unsigned figure
     * ({@code 1.412.815 V}) is the variance in that direction, whatever the column's notation; a
     * figure printed with a minus ({@code -1.412.815 V}) must mean the same direction in the
     * column's notation (in seed 002's favourable-negative column a minus is favourable), else it
     * is refused. {@code printed} is the figure as printed, its letter not applied (see
     * {@link nl.sociaaldomein.notation.DutchNotation#readAsPrinted}). Without a letter the figure is
     * signed as the column prints it.
     */
    public Builder cell(Place place, String column, PrintedFigure printed, Optional<Direction> letter, String origin) {
      requireCell(place, column, printed, letter, origin);
      Cell cell = new Cell(place, column);
      Column c = columns.get(column);
      int printSign = printSign(c, place);
      PrintedFigure canonical;
      if (letter.isPresent()) {
        Direction d = letter.get();
        PrintedFigure size = printed.printedValue().signum() < 0 ? printed.negated() : printed;
        canonical = d == Direction.FAVOURABLE ? size : size.negated();
      } else {
        canonical = printSign < 0 ? printed.negated() : printed;
      }
      cellOrigins.put(cell, origin);
      if (place.isLine() && !c.isDerived()) {
        lineValues.put(cell, canonical);
      } else {
        printedDerived.put(cell, canonical);
      }
      return this;
    }

    /** The sign that turns a canonical value at {@code place} in {@code column} into the printed one. */
    private int printSign(Column column, Place place) {
      return column.variance().map(v -> v.notation().sign(convention, place)).orElseGet(() -> convention.sign(place));
    }

    private void requireCell(Place place, String column, PrintedFigure printed, Optional<Direction> letter, String origin) {
      Objects.requireNonNull(printed, "printed");
      Objects.requireNonNull(letter, "letter");
      if (!columns.containsKey(column)) {
        throw new SociaalDomeinException("Cell at " + origin + " names column \"" + column + "\", which is not declared");
      }
      Column c = columns.get(column);
      if (letter.isPresent() && c.isVariance() && printed.printedValue().signum() < 0
          && Direction.ofSignum(-printSign(c, place)) != letter.get()) {
        Direction d = letter.get();
        Direction bySign = Direction.ofSignum(-printSign(c, place));
        throw new SociaalDomeinException(origin, Optional.of(printed.printedValue().toPlainString() + " " + d.letter()),
            "in column " + SociaalDomeinException.quote(column) + " (" + c.variance().orElseThrow().notation().code()
                + ") a minus means " + bySign.letter() + ", but the letter says " + d.letter()
                + ": print the figure without a sign, or with the sign that says " + d.letter());
      }
      if (letter.isPresent() && !c.isVariance()) {
        throw new SociaalDomeinException(origin, Optional.of(printed.printedValue().abs().toPlainString() + " " + letter.get().letter()),
            "column " + SociaalDomeinException.quote(column) + " holds " + c.role()
                + " figures, which have no V or N: write the figure with its sign, as the statement's convention prints it;"
                + " V and N belong in a VARIANCE column");
      }
      if (printed.unit() != unit) {
        throw new SociaalDomeinException("Cell " + new Cell(place, column) + " at " + origin + " is in "
            + printed.unit() + ", the statement in " + unit);
      }
      requirePlace(place, origin);
      Cell cell = new Cell(place, column);
      String previous = cellOrigins.get(cell);
      if (previous != null) {
        throw new SociaalDomeinException("Cell " + cell + " is set twice, at " + previous + " and " + origin);
      }
    }

    private void requirePlace(Place place, String origin) {
      if (place.isLine()) {
        GroupDraft draft = groups.get(place.groupName().orElseThrow());
        if (draft == null || !draft.lineOrigins.containsKey(place)) {
          throw new SociaalDomeinException("Cell at " + origin + " is on " + place + ", which is not declared");
        }
      } else if (place.groupName().isPresent() && !groups.containsKey(place.groupName().get())) {
        throw new SociaalDomeinException("Cell at " + origin + " is on " + place + ", a group that is not declared");
      } else if (groups.values().stream().flatMap(g -> g.lineOrigins.keySet().stream()).noneMatch(place::covers)) {
        // A derived row exists only where lines add up to it: a printed figure anywhere else could
        // be neither checked nor written back.
        throw new SociaalDomeinException("Cell at " + origin + " is on " + place
            + ", which no line declared so far counts toward; declare its lines first");
      }
    }

    /** The statement; an error when its columns, lines and cells do not make one. */
    public Statement build() {
      for (Column c : columns.values()) {
        c.variance().filter(Variance::isDerived).ifPresent(v -> {
          requireEnteredColumn(c, v.budgetColumn().orElseThrow());
          requireEnteredColumn(c, v.actualColumn().orElseThrow());
        });
      }
      ImmutableList.Builder<Group> built = ImmutableList.builder();
      for (GroupDraft d : groups.values()) {
        built.add(new Group(d.name, d.kind, d.taakveld, d.lines));
      }
      return new Statement(name, unit, convention, catalogueYear, minusStyle, ImmutableList.copyOf(columns.values()),
          built.build(), ImmutableMap.copyOf(lineValues), ImmutableMap.copyOf(printedDerived), ImmutableMap.copyOf(labels));
    }

    private void requireEnteredColumn(Column variance, String label) {
      Column c = columns.get(label);
      if (c == null || c.isVariance()) {
        throw new SociaalDomeinException("Variance column \"" + variance.label() + "\" refers to \"" + label
            + "\", which is not a declared column of entered figures");
      }
    }

    private String nextOrigin() {
      return "declaration " + (++declarations);
    }

    private static final class GroupDraft {
      final String name;
      final GroupKind kind;
      final Optional<TaakveldCode> taakveld;
      final String origin;
      final List<GroupLine> lines = new ArrayList<>();
      final Map<Place.Line, String> lineOrigins = new LinkedHashMap<>();

      GroupDraft(String name, GroupKind kind, Optional<TaakveldCode> taakveld, String origin) {
        this.name = name;
        this.kind = kind;
        this.taakveld = taakveld;
        this.origin = origin;
      }
    }
  }
}
