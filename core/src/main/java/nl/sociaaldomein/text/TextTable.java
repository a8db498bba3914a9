// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A plain-text table layout: every column as wide as its widest cell (or a minimum width),
 * cells padded to it, a gap of spaces between columns, trailing spaces stripped, lines ended
 * with {@link System#lineSeparator()}. Unless configured otherwise the first column is
 * left-aligned, the others right-aligned, with two spaces between them: the layout of a
 * financial statement.
 *
 * <p>Immutable; configure with the {@code with} methods. Rows may have fewer cells than the
 * table has columns (a group heading, say).
 */
public final class TextTable {

  /** How a column aligns its cells. */
  public enum Alignment {
    /** Text: cells start at the left edge. */
    LEFT,
    /** Figures: cells end at the right edge, so that digits line up. */
    RIGHT
  }

  /** A column: its alignment and the width it has at least. */
  public record Column(Alignment alignment, int minimumWidth) {

    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public Column {
      Objects.requireNonNull(alignment, "alignment");
      if (minimumWidth < 0) {
        throw new SociaalDomeinException("minimumWidth must not be negative: " + minimumWidth);
      }
    }

    /** A left-aligned column at least {@code minimumWidth} wide. */
    public static Column left(int minimumWidth) {
      return new Column(Alignment.LEFT, minimumWidth);
    }

    /** A right-aligned column at least {@code minimumWidth} wide. */
    public static Column right(int minimumWidth) {
      return new Column(Alignment.RIGHT, minimumWidth);
    }
  }

  private static final TextTable STANDARD = new TextTable(List.of(), 0, 2);

  /** Empty for the standard columns: first left-aligned, the rest right-aligned, no minimum. */
  private final List<Column> columns;
  private final int indent;
  private final int gap;

  private TextTable(List<Column> columns, int indent, int gap) {
    if (indent < 0 || gap < 0) {
      throw new SociaalDomeinException("indent and gap must not be negative: " + indent + ", " + gap);
    }
    this.columns = List.copyOf(columns);
    this.indent = indent;
    this.gap = gap;
  }

  /** The first column left-aligned, the others right-aligned, two spaces between them. */
  public static TextTable standard() {
    return STANDARD;
  }

  /** The columns given, two spaces between them; rows must not have more cells than columns. */
  public static TextTable of(Column... columns) {
    Objects.requireNonNull(columns, "columns");
    if (columns.length == 0) {
      throw new SociaalDomeinException("A table needs at least one column; use standard() for the default");
    }
    return new TextTable(List.of(columns), 0, 2);
  }

  /** Starts every line with {@code spaces} spaces. */
  public TextTable withIndent(int spaces) {
    return new TextTable(columns, spaces, gap);
  }

  /** Puts {@code spaces} spaces between columns. */
  public TextTable withGap(int spaces) {
    return new TextTable(columns, indent, spaces);
  }

  /** The rows laid out, one line per row, each ended with {@link System#lineSeparator()}. */
  public String format(List<? extends List<String>> rows) {
    StringBuilder out = new StringBuilder();
    for (String line : lines(rows)) {
      out.append(line).append(System.lineSeparator());
    }
    return out.toString();
  }

  /**
   * The rows as a Markdown (GitHub-flavoured) table: the first row the header, each column
   * aligned as configured, every row as wide as the widest, a pipe inside a cell escaped. Lines
   * end with {@code \n}, as Markdown files do on every platform.
   */
  public String markdown(List<? extends List<String>> rows) {
    Objects.requireNonNull(rows, "rows");
    if (rows.isEmpty()) {
      throw new SociaalDomeinException("A Markdown table needs a header row");
    }
    int count = widths(rows).length;
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      out.append('|');
      for (int i = 0; i < count; i++) {
        String cell = i < rows.get(r).size() ? Objects.requireNonNull(rows.get(r).get(i), "a cell must not be null") : "";
        out.append(' ').append(cell.replace("|", "\\|")).append(" |");
      }
      out.append('\n');
      if (r == 0) {
        out.append('|');
        for (int i = 0; i < count; i++) {
          out.append(alignment(i) == Alignment.LEFT ? "---|" : "---:|");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** The rows laid out, one line per row, without line separators: to set between other text. */
  public List<String> lines(List<? extends List<String>> rows) {
    Objects.requireNonNull(rows, "rows");
    int[] width = widths(rows);
    List<String> lines = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(" ".repeat(indent));
      for (int i = 0; i < row.size(); i++) {
        String cell = Objects.requireNonNull(row.get(i), "a cell must not be null; write \"\" for an empty one");
        String padding = " ".repeat(width[i] - cell.length());
        if (i > 0) {
          line.append(" ".repeat(gap));
        }
        if (alignment(i) == Alignment.LEFT) {
          line.append(cell).append(padding);
        } else {
          line.append(padding).append(cell);
        }
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  private int[] widths(List<? extends List<String>> rows) {
    int count = columns.size();
    for (List<String> row : rows) {
      if (!columns.isEmpty() && row.size() > columns.size()) {
        throw new SociaalDomeinException("A row has " + row.size() + " cells, the table " + columns.size() + " columns: " + row);
      }
      count = Math.max(count, row.size());
    }
    int[] width = new int[count];
    for (int i = 0; i < columns.size(); i++) {
      width[i] = columns.get(i).minimumWidth();
    }
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    return width;
  }

  private Alignment alignment(int column) {
    if (columns.isEmpty()) {
      return column == 0 ? Alignment.LEFT : Alignment.RIGHT;
    }
    return columns.get(column).alignment();
  }

  @Override
  public String toString() {
    return "TextTable[columns=" + (columns.isEmpty() ? "standard" : columns) + ", indent=" + indent + ", gap=" + gap + "]";
  }
}
