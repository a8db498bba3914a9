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
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.money.RoundedTable;
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
  private final ImmutableList<Column> columns;
  private final ImmutableList<Group> groups;
  /** Canonical values of line cells in entered columns. */
  private final ImmutableMap<Cell, PrintedFigure> lineValues;
  /** Canonical printed values of derived cells (variance cells as printed). */
  private final ImmutableMap<Cell, PrintedFigure> printedDerived;

  private Statement(
      String name,
      EuroUnit unit,
      SignConvention convention,
      OptionalInt catalogueYear,
      ImmutableList<Column> columns,
      ImmutableList<Group> groups,
      ImmutableMap<Cell, PrintedFigure> lineValues,
      ImmutableMap<Cell, PrintedFigure> printedDerived) {
    this.name = name;
    this.unit = unit;
    this.convention = convention;
    this.catalogueYear = catalogueYear;
    this.columns = columns;
    this.groups = groups;
    this.lineValues = lineValues;
    this.printedDerived = printedDerived;
  }

  /** A builder for a statement of programme {@code name}, in {@code unit}, printed in {@code convention}. */
  public static Builder builder(String name, EuroUnit unit, SignConvention convention) {
    return new Builder(name, unit, convention);
  }

  public String name() {
    return name;
  }

  public EuroUnit unit() {
    return unit;
  }

  public SignConvention convention() {
    return convention;
  }

  /** The booking year of the taakveld catalogue the codes belong to, when given. */
  public OptionalInt catalogueYear() {
    return catalogueYear;
  }

  public List<Column> columns() {
    return columns;
  }

  public Column column(String label) {
    for (Column c : columns) {
      if (c.label().equals(label)) {
        return c;
      }
    }
    throw new SociaalDomeinException("Statement \"" + name + "\" has no column \"" + label + "\"");
  }

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
   * subtotals, then totals per kind, the result before reserves, the reserve total and the
   * result after reserves.
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

  /** The printed value of {@code cell} in this statement's convention: a line value or a printed derived cell. */
  public Optional<PrintedFigure> printed(Cell cell) {
    PrintedFigure canonical = lineValues.get(cell);
    if (canonical == null) {
      canonical = printedDerived.get(cell);
    }
    return Optional.ofNullable(canonical).map(f -> toPrinted(cell, f));
  }

  /** The cells whose derived values the document prints, in no particular order. */
  public List<Cell> printedDerivedCells() {
    return List.copyOf(printedDerived.keySet());
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

  /** Every derived cell computed from the lines: what a builder of statements prints. */
  public Map<Cell, Estimate> computeDerivedCells() {
    Map<Cell, Estimate> out = new LinkedHashMap<>();
    for (Cell cell : derivedCells()) {
      out.put(cell, compute(cell));
    }
    return out;
  }

  /** The variance cells of every line and every column of every derived place, in reading order. */
  private List<Cell> derivedCells() {
    List<Cell> out = new ArrayList<>();
    for (Place place : lines()) {
      for (Column c : columns) {
        if (c.isVariance()) {
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
   * rounding bounds of each figure involved.
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
      Estimate computed = computeCanonical(cell.place(), column(cell.column()));
      BigDecimal excess = printedCanonical.toEstimate().distanceTo(computed);
      if (excess.signum() > 0) {
        boolean flip = sign(cell) < 0;
        found.add(new Inconsistency(
            cell,
            flip ? printedCanonical.negated() : printedCanonical,
            flip ? computed.negated() : computed,
            excess));
      }
    }
    return new ReconciliationReport(checked, found);
  }

  /** The same statement printed in {@code other}; nothing is lost, since values are canonical inside. */
  public Statement withConvention(SignConvention other) {
    Objects.requireNonNull(other, "other");
    return other == convention
        ? this
        : new Statement(name, unit, other, catalogueYear, columns, groups, lineValues, printedDerived);
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
      if (!c.isVariance()) {
        publishColumn(c.label(), targetUnit, mode, false, rounded);
        publishColumn(c.label(), targetUnit, mode, true, rounded);
      }
    }
    Statement lines = new Statement(name, targetUnit, convention, catalogueYear, columns, groups,
        ImmutableMap.copyOf(rounded), ImmutableMap.of());
    ImmutableMap.Builder<Cell, PrintedFigure> derived = ImmutableMap.builder();
    for (Cell cell : lines.derivedCells()) {
      // Every part is a whole unit now, so the computed value is exact up to that rounding.
      BigDecimal canonical = lines.computeCanonical(cell.place(), column(cell.column())).nominal();
      derived.put(cell, PrintedFigure.of(targetUnit.fromEuros(canonical).setScale(0, RoundingMode.UNNECESSARY), targetUnit));
    }
    return new Statement(name, targetUnit, convention, catalogueYear, columns, groups,
        ImmutableMap.copyOf(rounded), derived.build());
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
    return new Statement(name, targetUnit, convention, catalogueYear, columns, groups, lines.build(), derived.build());
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
    if (column.isVariance()) {
      Variance v = column.variance().orElseThrow();
      Estimate difference = computeCanonical(place, column(v.actualColumn()))
          .minus(computeCanonical(place, column(v.budgetColumn())));
      return v.printedSign() < 0 ? difference.negated() : difference;
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

  private int sign(Cell cell) {
    return column(cell.column()).isVariance() ? 1 : convention.sign(cell.place());
  }

  private PrintedFigure toPrinted(Cell cell, PrintedFigure canonical) {
    return sign(cell) < 0 ? canonical.negated() : canonical;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Statement)) {
      return false;
    }
    Statement s = (Statement) o;
    return name.equals(s.name) && unit == s.unit && convention == s.convention
        && catalogueYear.equals(s.catalogueYear) && columns.equals(s.columns)
        && groups.equals(s.groups) && lineValues.equals(s.lineValues)
        && printedDerived.equals(s.printedDerived);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, unit, convention, catalogueYear, columns, groups, lineValues, printedDerived);
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
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, String> columnOrigins = new LinkedHashMap<>();
    private final Map<String, GroupDraft> groups = new LinkedHashMap<>();
    private final Map<Cell, PrintedFigure> lineValues = new LinkedHashMap<>();
    private final Map<Cell, PrintedFigure> printedDerived = new LinkedHashMap<>();
    private final Map<Cell, String> cellOrigins = new LinkedHashMap<>();
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

    public Builder column(Column column) {
      return column(column, nextOrigin());
    }

    public Builder column(Column column, String origin) {
      String previous = columnOrigins.putIfAbsent(column.label(), origin);
      if (previous != null) {
        throw new SociaalDomeinException("Duplicate column \"" + column.label() + "\" at " + previous + " and " + origin);
      }
      columns.put(column.label(), column);
      return this;
    }

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
      for (Map.Entry<String, PrintedFigure> e : printed.entrySet()) {
        requireCell(place, e.getKey(), e.getValue(), origin);
      }
      printed.forEach((column, figure) -> cell(place, column, figure, origin));
      return this;
    }

    public Builder cell(Place place, String column, PrintedFigure printed) {
      return cell(place, column, printed, nextOrigin());
    }

    /**
     * Sets a cell as printed: a line's figure in an entered column, or the printed value of a
     * derived cell (a subtotal, total, result, or any variance).
     */
    public Builder cell(Place place, String column, PrintedFigure printed, String origin) {
      requireCell(place, column, printed, origin);
      Cell cell = new Cell(place, column);
      cellOrigins.put(cell, origin);
      Column c = columns.get(column);
      int sign = c.isVariance() ? 1 : convention.sign(place);
      PrintedFigure canonical = sign < 0 ? printed.negated() : printed;
      if (place.isLine() && !c.isVariance()) {
        lineValues.put(cell, canonical);
      } else {
        printedDerived.put(cell, canonical);
      }
      return this;
    }

    private void requireCell(Place place, String column, PrintedFigure printed, String origin) {
      Objects.requireNonNull(printed, "printed");
      if (!columns.containsKey(column)) {
        throw new SociaalDomeinException("Cell at " + origin + " names column \"" + column + "\", which is not declared");
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

    public Statement build() {
      for (Column c : columns.values()) {
        c.variance().ifPresent(v -> {
          requireEnteredColumn(c, v.budgetColumn());
          requireEnteredColumn(c, v.actualColumn());
        });
      }
      ImmutableList.Builder<Group> built = ImmutableList.builder();
      for (GroupDraft d : groups.values()) {
        built.add(new Group(d.name, d.kind, d.taakveld, d.lines));
      }
      return new Statement(name, unit, convention, catalogueYear, ImmutableList.copyOf(columns.values()),
          built.build(), ImmutableMap.copyOf(lineValues), ImmutableMap.copyOf(printedDerived));
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
