// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DirectionStyle;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.notation.MinusStyle;
import nl.sociaaldomein.notation.Reading;

/**
 * The two ways tables arrive as CSV.
 *
 * <ul>
 *   <li>{@link #DUTCH_EXCEL}: what Dutch Excel saves, fields separated by {@code ;}, figures in
 *       Dutch notation ({@code -1.412.815}, {@code 0,84}, {@code 120 V}), UTF-8 with or without
 *       a byte order mark.
 *   <li>{@link #PLAIN}: comma-separated, figures as plain decimals ({@code -1412815},
 *       {@code 0.84}), no grouping.
 * </ul>
 *
 * <p>In both, an empty cell or a lone dash is no figure. Every CSV reader of this library reads
 * both, detecting the dialect from the header line, and skips a byte order mark; every writer
 * takes the dialect to write.
 */
public enum CsvDialect {
  /** As Excel reads and writes CSV with Dutch regional settings: {@code ;}, UTF-8 with a byte order mark. */
  DUTCH_EXCEL(';', true),
  /** Plain comma-separated values (RFC 4180): {@code ,}, UTF-8 without a byte order mark. */
  PLAIN(',', false);

  /**
   * The most digits a plain decimal may have, as in Dutch notation: more is no figure of a budget,
   * and an exponent or an unbounded count of digits would let one cell take minutes (or all
   * memory) to scale or add.
   */
  public static final int MAX_DIGITS = 30;

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?([0-9]+)(?:\\.([0-9]+))?");

  private final char separator;
  private final boolean byteOrderMark;

  CsvDialect(char separator, boolean byteOrderMark) {
    this.separator = separator;
    this.byteOrderMark = byteOrderMark;
  }

  /** The field separator: {@code ;} for the Dutch dialect, {@code ,} for the plain one. */
  public char separator() {
    return separator;
  }

  /**
   * Whether a file in this dialect starts with a byte order mark: Excel needs it to read UTF-8
   * ("Geëscaleerde" would otherwise come out garbled).
   */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }

  /** The dialect of a header line: Dutch Excel when it holds a {@code ;}, else plain. */
  public static CsvDialect detect(String headerLine) {
    return headerLine.indexOf(';') >= 0 ? DUTCH_EXCEL : PLAIN;
  }

  /**
   * Reads a figure in {@code unit}; empty when the cell holds no figure. Throws
   * {@link IllegalArgumentException} with the reason when the text is not a figure.
   */
  public Optional<PrintedFigure> readFigure(String text, EuroUnit unit) {
    String t = Objects.requireNonNull(text, "text").trim();
    if (this == DUTCH_EXCEL) {
      Reading reading = DutchNotation.read(t, unit);
      if (reading instanceof Reading.Blank) {
        return Optional.empty();
      }
      return Optional.of(DutchNotation.parseFigure(t, unit));
    }
    if (t.isEmpty() || t.equals("-")) {
      return Optional.empty();
    }
    return Optional.of(PrintedFigure.of(parsePlainDecimal(t), unit));
  }

  /**
   * The number {@code text} writes in plain decimal notation: an optional sign, digits, and
   * optionally a point and digits, {@value #MAX_DIGITS} digits at most, no exponent and no
   * spaces. The figures of the plain dialect and of statement JSON are read so.
   *
   * @throws SociaalDomeinException naming the text when it is not such a number
   */
  public static BigDecimal parsePlainDecimal(String text) {
    Objects.requireNonNull(text, "text");
    var m = PLAIN_DECIMAL.matcher(text);
    if (!m.matches()) {
      throw new SociaalDomeinException("", Optional.of(text),
          "not a decimal number in plain notation (such as -1412815 or 0.84; no exponent, no grouping)");
    }
    int digits = m.group(1).length() + (m.group(2) == null ? 0 : m.group(2).length());
    if (digits > MAX_DIGITS) {
      throw new SociaalDomeinException("", Optional.of(text), "more than " + MAX_DIGITS + " digits");
    }
    return new BigDecimal(text);
  }

  /**
   * The records of {@code text} as every reader of this library takes them: fields split at this
   * dialect's separator, blank lines skipped, rows with fewer or more fields than the header
   * kept (the reader reports them), so that no line is dropped by the tokeniser.
   */
  public CsvReader<CsvRecord> records(String text) {
    return CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true).allowMissingFields(true)
        .allowExtraFields(true).ofCsvRecord(Objects.requireNonNull(text, "text"));
  }

  /**
   * The V or N printed after the figure in {@code text}, if any: Dutch Excel reads it as
   * {@link DutchNotation} does (the figure then favourable positive); plain decimals carry none.
   */
  public Optional<Direction> readLetter(String text, EuroUnit unit) {
    if (this == PLAIN) {
      return Optional.empty();
    }
    Reading reading = DutchNotation.read(Objects.requireNonNull(text, "text").trim(), unit);
    return reading instanceof Reading.Figure ? ((Reading.Figure) reading).direction() : Optional.empty();
  }

  /**
   * The figure in {@code text} as printed, with the V or N printed after it, if any, and how its
   * minus was printed; empty for a blank cell. The letter is not applied to the sign
   * ({@link DutchNotation#readAsPrinted}): a variance column holds it against the sign in its own
   * notation. Plain decimals carry no letter. Anything but a plain figure is refused as
   * {@link #readFigure} refuses it.
   */
  public Optional<Reading.Figure> readPrinted(String text, EuroUnit unit) {
    String t = Objects.requireNonNull(text, "text").trim();
    if (this == PLAIN) {
      return readFigure(t, unit).map(f -> new Reading.Figure(f, false, Optional.empty(), Optional.empty(), MinusStyle.LEADING));
    }
    Reading reading = DutchNotation.readAsPrinted(t, unit);
    if (reading instanceof Reading.Blank) {
      return Optional.empty();
    }
    if (!(reading instanceof Reading.Figure) || ((Reading.Figure) reading).isApproximate()) {
      // Refused with the notation's own words and position.
      DutchNotation.parseFigure(t, unit);
    }
    return Optional.of((Reading.Figure) reading);
  }

  /**
   * Writes {@code figure} so that {@link #readFigure} and {@link #readPrinted} give it back:
   * plain decimals in the plain dialect, which has no letters (a lettered figure is then written
   * favourable positive), else Dutch notation in {@code style} with its minus in {@code minus}.
   */
  public String writeFigure(PrintedFigure figure, DirectionStyle style, MinusStyle minus) {
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(minus, "minus");
    if (this == PLAIN) {
      return figure.printedValue().toPlainString();
    }
    return FigureFormat.of(figure.unit()).withDirectionStyle(style).withMinusStyle(minus).format(figure);
  }
}
