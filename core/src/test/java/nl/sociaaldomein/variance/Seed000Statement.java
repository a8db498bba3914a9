// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.Variance;
import nl.sociaaldomein.statement.VarianceNotation;
import nl.sociaaldomein.taakveld.TaakveldCode;

/**
 * Seed 000's statement (Meppel, jaarverslag 2022, Programma 3 Sociaal domein, "Wat heeft het
 * gekost?", x € 1.000), transcribed row for row from {@code data/statements/seed-000-meppel-2022.csv}
 * with the figures as printed, derived rows included, so that tests of the variance package use
 * the real document without the io module. Each row's origin is its line in that file.
 *
 * <p>The document prints the result and the reserve total twice with equal figures; like the
 * CSV, the fixture keeps each once.
 */
public final class Seed000Statement {

  public static final String NAME = "Programma 3 Sociaal domein";
  public static final String PREVIOUS_YEAR = "Realisatie 2021";
  public static final String ORIGINAL_BUDGET = "Primaire Begroting 2022";
  public static final String BUDGET = "Totaal Begroting 2022 incl. wijzigingen";
  public static final String ACTUAL = "Realisatie 2022";
  public static final String VARIANCE = "Begroot - Rekening 2022";

  /** Product 10. */
  public static final String SAMENKRACHT = "Samenkracht en burgerparticipatie";
  /** Product 11, the one without a taakveld code. */
  public static final String EIGEN_KRACHT = "Eigen kracht en individuele ondersteuning";
  /** Product 12. */
  public static final String INKOMENSREGELINGEN = "Inkomensregelingen";
  /** Product 13. */
  public static final String BEGELEIDE_PARTICIPATIE = "Begeleide participatie";
  /** Product 14. */
  public static final String ARBEIDSPARTICIPATIE = "Arbeidsparticipatie";
  /** Product 15. */
  public static final String MAATWERKVOORZIENINGEN = "Maatwerkvoorzieningen";
  /** Product 16. */
  public static final String MAATWERK_18_PLUS = "Maatwerkdienstverlening 18+";
  /** Product 17. */
  public static final String MAATWERK_18_MIN = "Maatwerkdienstverlening 18-";
  /** Product 18. */
  public static final String ESCALATED_18_PLUS = "Geëscaleerde zorg 18+";
  /** Product 19. */
  public static final String ESCALATED_18_MIN = "Geëscaleerde zorg 18-";
  /** Product 20. */
  public static final String VOLKSGEZONDHEID = "Volksgezondheid";

  /** The groups in statement order: products 10 to 20 of the document's analysis. */
  public static final List<String> PRODUCTS = List.of(SAMENKRACHT, EIGEN_KRACHT, INKOMENSREGELINGEN,
      BEGELEIDE_PARTICIPATIE, ARBEIDSPARTICIPATIE, MAATWERKVOORZIENINGEN, MAATWERK_18_PLUS, MAATWERK_18_MIN,
      ESCALATED_18_PLUS, ESCALATED_18_MIN, VOLKSGEZONDHEID);

  private static final List<String> COLUMNS = List.of(PREVIOUS_YEAR, ORIGINAL_BUDGET, BUDGET, ACTUAL, VARIANCE);

  private static final Statement STATEMENT = transcribe();

  private Seed000Statement() {}

  /** The statement, as printed. */
  public static Statement statement() {
    return STATEMENT;
  }

  /** The product's "Lasten" line. */
  public static Place.Line lasten(String product) {
    return new Place.Line(product, LineKind.EXPENSES, "Lasten");
  }

  /** The product's "Baten" line. */
  public static Place.Line baten(String product) {
    return new Place.Line(product, LineKind.INCOME, "Baten");
  }

  /** The product's "Onttrekkingen" line. */
  public static Place.Line onttrekkingen(String product) {
    return new Place.Line(product, LineKind.RESERVE_WITHDRAWAL, "Onttrekkingen");
  }

  private static Statement transcribe() {
    Transcription t = new Transcription();
    t.group(SAMENKRACHT, "6.1");
    t.lasten("3.820", "3.920", "3.947", "9.268", "-5.321");
    t.baten("-401", "-470", "-441", "-9.152", "8.711");
    t.groupTotal("3.419", "3.451", "3.506", "116", "3.390");
    t.group(EIGEN_KRACHT, "");
    t.lasten("566", "509", "904", "695", "208");
    t.baten("-22", "-50", "-50", "-13", "-37");
    t.groupTotal("544", "459", "854", "682", "171");
    t.group(INKOMENSREGELINGEN, "6.3");
    t.lasten("14.350", "13.235", "15.961", "14.867", "1.094");
    t.baten("-12.516", "-10.931", "-11.401", "-11.458", "57");
    t.groupTotal("1.833", "2.304", "4.560", "3.409", "1.151");
    t.group(BEGELEIDE_PARTICIPATIE, "6.4");
    t.lasten("7.411", "7.043", "7.527", "7.608", "-81");
    t.groupTotal("7.411", "7.043", "7.527", "7.608", "-81");
    t.group(ARBEIDSPARTICIPATIE, "6.5");
    t.lasten("1.774", "1.993", "2.048", "1.671", "377");
    t.baten("-103", "-15", "-15", "-15", "0");
    t.groupTotal("1.671", "1.978", "2.033", "1.656", "377");
    t.group(MAATWERKVOORZIENINGEN, "6.6");
    t.lasten("1.621", "1.322", "1.384", "1.203", "181");
    t.baten("-23", "-10", "-10", "-21", "11");
    t.groupTotal("1.598", "1.312", "1.374", "1.182", "192");
    t.group(MAATWERK_18_PLUS, "6.71");
    t.lasten("9.456", "8.229", "9.430", "8.930", "500");
    t.baten("-282", "-230", "-230", "-273", "43");
    t.groupTotal("9.174", "7.999", "9.200", "8.657", "543");
    t.group(MAATWERK_18_MIN, "6.72");
    t.lasten("11.162", "10.588", "11.415", "13.219", "-1.804");
    t.baten("0", "0", "0", "-6", "6");
    t.groupTotal("11.162", "10.588", "11.415", "13.212", "-1.797");
    t.group(ESCALATED_18_PLUS, "6.81");
    t.lasten("361", "353", "350", "346", "4");
    t.baten("-978", "0", "-600", "-1.378", "778");
    t.groupTotal("-616", "353", "-250", "-1.032", "782");
    t.group(ESCALATED_18_MIN, "6.82");
    t.lasten("976", "1.254", "1.257", "1.025", "232");
    t.groupTotal("976", "1.254", "1.257", "1.025", "232");
    t.group(VOLKSGEZONDHEID, "7.1");
    t.lasten("1.508", "1.514", "1.505", "1.502", "2");
    t.baten("-24", "0", "0", "-26", "26");
    t.groupTotal("1.484", "1.514", "1.505", "1.476", "28");
    t.row(new Place.ResultBeforeReserves(), "Totaal Sociale zekerheid en werkgelegenheid",
        "38.657", "38.254", "42.981", "37.992", "4.988");
    t.onttrekkingen(SAMENKRACHT, "-91", "0", "-50", "-64", "14");
    t.onttrekkingen(EIGEN_KRACHT, "-87", "0", "-197", "-276", "79");
    t.onttrekkingen(INKOMENSREGELINGEN, "-64", "0", "-115", "-36", "-79");
    t.onttrekkingen(MAATWERK_18_PLUS, "0", "0", "-50", "-78", "28");
    t.onttrekkingen(MAATWERK_18_MIN, "-44", "0", "-43", "-91", "48");
    t.onttrekkingen(VOLKSGEZONDHEID, "-35", "0", "0", "0", "0");
    t.row(new Place.ReserveTotal(), "Totaal Sociale zekerheid en werkgelegenheid",
        "-321", "0", "-455", "-545", "90");
    return t.builder.build();
  }

  /** Rows in the file's order, each with the line number it has there. */
  private static final class Transcription {
    /** The file's first data row; the lines above hold its metadata and header. */
    private int line = 13;
    private String group = "";
    private final Statement.Builder builder = Statement.builder(NAME, EuroUnit.THOUSANDS, SignConvention.EXPENSES_POSITIVE)
        .catalogueYear(2022)
        .column(Column.of(PREVIOUS_YEAR, ColumnRole.REALISATION_PREVIOUS_YEAR), "line 7")
        .column(Column.of(ORIGINAL_BUDGET, ColumnRole.ORIGINAL_BUDGET), "line 8")
        .column(Column.of(BUDGET, ColumnRole.AMENDED_BUDGET), "line 9")
        .column(Column.of(ACTUAL, ColumnRole.REALISATION), "line 10")
        .column(Column.variance(VARIANCE, Variance.between(BUDGET, ACTUAL, VarianceNotation.FAVOURABLE_POSITIVE)), "line 11");

    void group(String name, String taakveld) {
      group = name;
      Optional<TaakveldCode> code = taakveld.isEmpty() ? Optional.empty() : Optional.of(TaakveldCode.of(taakveld));
      builder.group(name, taakveld.isEmpty() ? GroupKind.OTHER : GroupKind.TAAKVELD, code, origin());
    }

    void lasten(String... figures) {
      line(Seed000Statement.lasten(group), figures);
    }

    void baten(String... figures) {
      line(Seed000Statement.baten(group), figures);
    }

    void onttrekkingen(String product, String... figures) {
      line(Seed000Statement.onttrekkingen(product), figures);
      row(new Place.GroupReserves(product), "Totaal " + product, figures);
    }

    void groupTotal(String... figures) {
      row(new Place.GroupResult(group), "Totaal " + group, figures);
    }

    private void line(Place.Line place, String... figures) {
      String origin = origin();
      builder.line(place.group(), place.kind(), place.label(), Optional.empty(), origin);
      builder.cells(place, Optional.of(place.label()), figures(figures), Map.of(), origin);
    }

    void row(Place place, String label, String... figures) {
      builder.cells(place, Optional.of(label), figures(figures), Map.of(), origin());
    }

    private String origin() {
      return "line " + line++;
    }

    private static Map<String, PrintedFigure> figures(String... printed) {
      Map<String, PrintedFigure> out = new LinkedHashMap<>();
      for (int i = 0; i < printed.length; i++) {
        out.put(COLUMNS.get(i), DutchNotation.parseFigure(printed[i], EuroUnit.THOUSANDS));
      }
      return out;
    }
  }
}
