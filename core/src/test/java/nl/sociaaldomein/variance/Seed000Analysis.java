// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

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
public final class Seed000Analysis {

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

  /** Seed 000's statement, as {@link Seed000Statement} transcribes it. */
  public static Statement statement() {
    return Seed000Statement.statement();
  }

  public static Explanations explanations() {
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
