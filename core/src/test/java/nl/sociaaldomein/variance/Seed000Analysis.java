package nl.sociaaldomein.variance;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.Variance;
import nl.sociaaldomein.statement.VarianceNotation;

/**
 * Seed 000 (Meppel 2022, programme 3 Sociaal domein), x € 1.000: the statement's budget,
 * realisation and "Begroot - Rekening" columns as printed, and the "Analyse" table below it
 * (products 10 to 20: every item with its class, the personnel lines without one, and "Diverse
 * kleine afwijkingen &lt; 50.000"), each explaining its product after reserve movements.
 */
final class Seed000Analysis {

  static final String BUDGET = "Totaal Begroting 2022 incl. wijzigingen";
  static final String ACTUAL = "Realisatie 2022";
  static final String VARIANCE = "Begroot - Rekening 2022";
  static final String RESIDUAL = "Diverse kleine afwijkingen < 50.000";

  /** Products 10 to 20, in the statement's order. */
  static final List<String> PRODUCTS = List.of(
      "Samenkracht en burgerparticipatie",
      "Eigen kracht en individuele ondersteuning",
      "Inkomensregelingen",
      "Begeleide participatie",
      "Arbeidsparticipatie",
      "Maatwerkvoorzieningen",
      "Maatwerkdienstverlening 18+",
      "Maatwerkdienstverlening 18-",
      "Geëscaleerde zorg 18+",
      "Geëscaleerde zorg 18-",
      "Volksgezondheid");

  private Seed000Analysis() {
  }

  static PrintedFigure k(long printed) {
    return PrintedFigure.of(printed, EuroUnit.THOUSANDS);
  }

  /** Product {@code number} (10 to 20) after its reserve movements: what the analysis explains. */
  static Place product(int number) {
    return new Place.GroupAfterReserves(PRODUCTS.get(number - 10));
  }

  static Statement statement() {
    Statement.Builder b = Statement.builder("Programma 3 - Sociaal domein", EuroUnit.THOUSANDS,
            SignConvention.EXPENSES_POSITIVE)
        .column(BUDGET, ColumnRole.AMENDED_BUDGET)
        .column(ACTUAL, ColumnRole.REALISATION)
        .column(Column.variance(VARIANCE, Variance.between(BUDGET, ACTUAL, VarianceNotation.FAVOURABLE_POSITIVE)));
    PRODUCTS.forEach(p -> b.group(p, GroupKind.PRODUCT));
    // Each row: budget, realisation, variance, as printed.
    lines(b, "Samenkracht en burgerparticipatie", new long[] {3_947, 9_268, -5_321}, new long[] {-441, -9_152, 8_711},
        new long[] {3_506, 116, 3_390}, new long[] {-50, -64, 14});
    lines(b, "Eigen kracht en individuele ondersteuning", new long[] {904, 695, 208}, new long[] {-50, -13, -37},
        new long[] {854, 682, 171}, new long[] {-197, -276, 79});
    lines(b, "Inkomensregelingen", new long[] {15_961, 14_867, 1_094}, new long[] {-11_401, -11_458, 57},
        new long[] {4_560, 3_409, 1_151}, new long[] {-115, -36, -79});
    lines(b, "Begeleide participatie", new long[] {7_527, 7_608, -81}, new long[0],
        new long[] {7_527, 7_608, -81}, new long[0]);
    lines(b, "Arbeidsparticipatie", new long[] {2_048, 1_671, 377}, new long[] {-15, -15, 0},
        new long[] {2_033, 1_656, 377}, new long[0]);
    lines(b, "Maatwerkvoorzieningen", new long[] {1_384, 1_203, 181}, new long[] {-10, -21, 11},
        new long[] {1_374, 1_182, 192}, new long[0]);
    lines(b, "Maatwerkdienstverlening 18+", new long[] {9_430, 8_930, 500}, new long[] {-230, -273, 43},
        new long[] {9_200, 8_657, 543}, new long[] {-50, -78, 28});
    lines(b, "Maatwerkdienstverlening 18-", new long[] {11_415, 13_219, -1_804}, new long[] {0, -6, 6},
        new long[] {11_415, 13_212, -1_797}, new long[] {-43, -91, 48});
    lines(b, "Geëscaleerde zorg 18+", new long[] {350, 346, 4}, new long[] {-600, -1_378, 778},
        new long[] {-250, -1_032, 782}, new long[0]);
    lines(b, "Geëscaleerde zorg 18-", new long[] {1_257, 1_025, 232}, new long[0],
        new long[] {1_257, 1_025, 232}, new long[0]);
    lines(b, "Volksgezondheid", new long[] {1_505, 1_502, 2}, new long[] {0, -26, 26},
        new long[] {1_505, 1_476, 28}, new long[] {0, 0, 0});
    row(b, new Place.ResultBeforeReserves(), new long[] {42_981, 37_992, 4_988});
    row(b, new Place.ReserveTotal(), new long[] {-455, -545, 90});
    return b.build();
  }

  private static void lines(Statement.Builder b, String group, long[] lasten, long[] baten, long[] total,
      long[] onttrekkingen) {
    Place.Line l = new Place.Line(group, LineKind.EXPENSES, "Lasten");
    b.line(group, LineKind.EXPENSES, "Lasten");
    row(b, l, lasten);
    if (baten.length > 0) {
      b.line(group, LineKind.INCOME, "Baten");
      row(b, new Place.Line(group, LineKind.INCOME, "Baten"), baten);
    }
    row(b, new Place.GroupResult(group), total);
    if (onttrekkingen.length > 0) {
      b.line(group, LineKind.RESERVE_WITHDRAWAL, "Onttrekkingen");
      row(b, new Place.Line(group, LineKind.RESERVE_WITHDRAWAL, "Onttrekkingen"), onttrekkingen);
      // The statement prints "Totaal <product>" under the reserve movements with the same figures.
      row(b, new Place.GroupReserves(group), onttrekkingen);
    }
  }

  private static void row(Statement.Builder b, Place place, long[] printed) {
    b.cell(place, BUDGET, k(printed[0])).cell(place, ACTUAL, k(printed[1])).cell(place, VARIANCE, k(printed[2]));
  }

  static Explanations explanations() {
    List<Explanation> all = new ArrayList<>();
    product(all, 10, "Mantelzorg", 48, "I", "Vervoer", 90, "I", "Inburgering", 59, "I", "Opvang Oekraïne", 3_061, "I",
        "Personeelslasten", 99, "");
    residual(all, 10, 47);
    product(all, 11, "Verbetering Dienstverlening (POK)", 306, "I", "Personeelslasten", -44, "");
    residual(all, 11, -12);
    product(all, 12, "Uitkeringen PW", 476, "S*", "Inkomsten BUIG", -81, "S*", "Loonkostensubsidie", -155, "S",
        "Uitkeringen IOAW/IOAZ", 183, "S*", "Armoederegelingen", 86, "I", "Energietoeslag", 447, "I",
        "Personeelslasten", 107, "");
    residual(all, 12, 9);
    product(all, 13, "Personeelslasten", -15, "");
    residual(all, 13, -66);
    product(all, 14, "Re-integratietrajecten", 106, "I", "Leer Werk Centrum", 143, "I", "Personeelslasten", 101, "");
    residual(all, 14, 27);
    product(all, 15, "Woonvoorzieningen", 108, "I", "Personeelslasten", 59, "");
    residual(all, 15, 25);
    product(all, 16, "Begeleiding/dagbesteding", 90, "I", "Huishoudelijke hulp", 186, "S", "Odensehuis", 30, "I",
        "Schuldhulpverlening", 78, "I", "PGB Wmo", 127, "I/S", "Personeelslasten", 26, "");
    residual(all, 16, 34);
    product(all, 17, "Jeugdhulp", -1_726, "S", "PGB Jeugdhulp", 136, "S", "Personeelslasten", -69, "");
    residual(all, 17, -91);
    product(all, 18, "Beschermd wonen", 778, "I");
    residual(all, 18, 4);
    product(all, 19, "Jeugdhulp (zie ook product 17)", 226, "S");
    residual(all, 19, 6);
    product(all, 20, "Personeelslasten", 24, "");
    residual(all, 20, 5);
    return Explanations.of(all);
  }

  /** Items of product {@code number}, as triples: description, amount, class code. */
  private static void product(List<Explanation> out, int number, Object... triples) {
    for (int i = 0; i < triples.length; i += 3) {
      out.add(Explanation.item((String) triples[i], k(((Integer) triples[i + 1]).longValue()), product(number))
          .withClass(VarianceClass.ofCode((String) triples[i + 2])));
    }
  }

  private static void residual(List<Explanation> out, int number, long amount) {
    out.add(Explanation.residual(RESIDUAL, k(amount), product(number)));
  }
}
