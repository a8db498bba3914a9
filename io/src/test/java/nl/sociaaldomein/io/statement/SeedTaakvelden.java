// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * Seed 000's "Wat heeft het gekost?" (Meppel, jaarverslag 2022, Programma 3 Sociaal domein,
 * bedragen x € 1.000), column Realisatie 2022, as a municipality exports it per taakveld:
 * Taakveld, Omschrijving, Lasten, Baten, both positive, and a total row.
 */
public final class SeedTaakvelden {

  static final String NAME = "Programma 3 Sociaal domein";
  static final String R2022 = "Realisatie 2022";
  static final String TOTAL = "Totaal programma";

  /** Taakveld (blank: none), Omschrijving, Lasten, Baten (blank: none), as seed 000 prints them. */
  static final List<List<String>> ROWS = List.of(
      List.of("6.1", "Samenkracht en burgerparticipatie", "9.268", "9.152"),
      List.of("", "Eigen kracht en individuele ondersteuning", "695", "13"),
      List.of("6.3", "Inkomensregelingen", "14.867", "11.458"),
      List.of("6.4", "Begeleide participatie", "7.608", ""),
      List.of("6.5", "Arbeidsparticipatie", "1.671", "15"),
      List.of("6.6", "Maatwerkvoorzieningen", "1.203", "21"),
      List.of("6.71", "Maatwerkdienstverlening 18+", "8.930", "273"),
      List.of("6.72", "Maatwerkdienstverlening 18-", "13.219", "6"),
      List.of("6.81", "Geëscaleerde zorg 18+", "346", "1.378"),
      List.of("6.82", "Geëscaleerde zorg 18-", "1.025", ""),
      List.of("7.1", "Volksgezondheid", "1.502", "26"));

  /** The printed totals of lasten and baten; they add up (saldo 37.992, as seed 000 prints it). */
  public static final long TOTAL_EXPENSES = 60_334;
  static final long TOTAL_INCOME = 22_342;

  private SeedTaakvelden() {}

  static final Column REALISATION = Column.of(R2022, ColumnRole.REALISATION);

  /** The mapping of the export: in code, as its mapping file gives it too. */
  public static ColumnMapping mapping() {
    return ColumnMapping.builder(NAME, EuroUnit.THOUSANDS, SignConvention.BOTH_POSITIVE, "Omschrijving")
        .catalogueYear(2022)
        .taakveld("Taakveld")
        .totals("Totaal")
        .figure("Lasten", REALISATION, LineKind.EXPENSES)
        .figure("Baten", REALISATION, LineKind.INCOME)
        .build();
  }

  /** The mapping file of {@link #mapping()}. */
  static final String MAPPING_FILE = "#source;seed 000, Wat heeft het gekost?\n"
      + "name;Programma 3 Sociaal domein\n"
      + "unit;THOUSANDS\n"
      + "convention;BOTH_POSITIVE\n"
      + "catalogue;2022\n"
      + "label;Omschrijving\n"
      + "taakveld;Taakveld\n"
      + "totals;Totaal\n"
      + "figure;Lasten;Realisatie 2022;REALISATION;lasten\n"
      + "figure;Baten;Realisatie 2022;REALISATION;baten\n";

  /** The statement the export holds, built by hand; {@code expensesTotal} is the printed total of lasten. */
  public static Statement expected(long expensesTotal) {
    Statement.Builder b = Statement.builder(NAME, EuroUnit.THOUSANDS, SignConvention.BOTH_POSITIVE)
        .catalogueYear(2022)
        .column(REALISATION);
    for (List<String> row : ROWS) {
      String group = row.get(1);
      if (row.get(0).isEmpty()) {
        b.group(group, GroupKind.OTHER);
      } else {
        b.group(group, GroupKind.TAAKVELD, TaakveldCode.parse(row.get(0)));
      }
      line(b, group, LineKind.EXPENSES, "Lasten", row.get(2));
      line(b, group, LineKind.INCOME, "Baten", row.get(3));
    }
    b.cells(new Place.KindTotal(LineKind.EXPENSES), Optional.of(TOTAL),
        Map.of(R2022, PrintedFigure.of(expensesTotal, EuroUnit.THOUSANDS)), Map.of(), "total");
    b.cells(new Place.KindTotal(LineKind.INCOME), Optional.of(TOTAL),
        Map.of(R2022, PrintedFigure.of(TOTAL_INCOME, EuroUnit.THOUSANDS)), Map.of(), "total");
    return b.build();
  }

  private static void line(Statement.Builder b, String group, LineKind kind, String label, String figure) {
    if (!figure.isEmpty()) {
      b.line(group, kind, label);
      b.cell(new Place.Line(group, kind, label), R2022,
          PrintedFigure.of(Long.parseLong(figure.replace(".", "")), EuroUnit.THOUSANDS));
    }
  }

  /** The export as CSV in the column order Omschrijving;Baten;Taakveld;Lasten, with an extra column and a total row. */
  public static String csv(long expensesTotal) {
    StringBuilder out = new StringBuilder("Omschrijving;Baten;Taakveld;Lasten;Opmerking\n");
    for (List<String> row : ROWS) {
      out.append(row.get(1)).append(';').append(row.get(3)).append(';').append(row.get(0)).append(';')
          .append(row.get(2)).append(";\n");
    }
    out.append(TOTAL).append(';').append(dutch(TOTAL_INCOME)).append(";;").append(dutch(expensesTotal))
        .append(";gecontroleerd\n");
    return out.toString();
  }

  static String dutch(long thousands) {
    return String.format(java.util.Locale.GERMANY, "%,d", thousands);
  }

  /** The rows as cells of a sheet, figures as numbers, header first: Taakveld, Omschrijving, Lasten, Baten. */
  static List<List<Object>> sheetRows(long expensesTotal) {
    List<List<Object>> out = new ArrayList<>();
    out.add(new ArrayList<>(List.of("Taakveld", "Omschrijving", "Lasten", "Baten")));
    for (List<String> row : ROWS) {
      List<Object> cells = new ArrayList<>();
      cells.add(row.get(0));
      cells.add(row.get(1));
      cells.add(number(row.get(2)));
      cells.add(number(row.get(3)));
      out.add(cells);
    }
    out.add(new ArrayList<>(List.of("", TOTAL, expensesTotal, TOTAL_INCOME)));
    return out;
  }

  private static Object number(String dutch) {
    return dutch.isEmpty() ? "" : Long.parseLong(dutch.replace(".", ""));
  }
}
