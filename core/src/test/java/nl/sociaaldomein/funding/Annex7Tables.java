// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.Reading;

/**
 * Seed 004 (Hoogeveen, "Herontwerp sociaal domein 2022-2025"), annex 7 "Memo inzicht inkomsten
 * en uitgaven sociaal domein Hoogeveen" (lines 3401 to 3590 of the seed's text transcription): tables 1, 2, 3, 5, 6 and 7 cell by cell, as printed,
 * header rows included. Every cell is read through {@link DutchNotation}, so the tests see the
 * figures only as the library reads them.
 */
final class Annex7Tables {

  private Annex7Tables() {}

  /** Tabel 1 - Inkomstenstromen 2017 t/m 2024 (seed line 3468), in euros. */
  static final String[][] TABLE_1 = {
      {"", "2017", "2018", "2019", "2020", "2021", "2022 (raming)", "2023 (raming)", "2024 (raming)"},
      {"Algemene uitkering", "48.706.271", "51.265.316", "85.046.507", "90.263.945", "92.975.081", "94.940.023", "95.919.642", "98.096.868"},
      {"Aanvullende uitkering", "-", "-", "-", "-", "-", "-", "-", "-"},
      {"Integratie-uitkeringen", "72.021.545", "71.257.149", "23.312.115", "24.304.919", "23.506.218", "22.179.449", "21.549.436", "20.978.246"},
      {"Decentralisatie-uitkeringen", "1.796.693", "2.345.310", "2.935.366", "3.532.953", "1.640.088", "970.045", "699.608", "699.608"},
      {"Totaal uitkeringsjaar", "122.524.509", "124.867.775", "111.293.988", "118.101.817", "118.121.387", "118.089.517", "118.168.686", "119.774.722"},
      {"Specifieke uitkeringen (BUIG)", "20.751.450", "20.260.054", "19.362.353", "19.446.865", "21.637.000", "21.637.000", "21.637.000", "21.637.000"},
      {"Overige baten als Eigen bijdragen en verhaal soc uitk", "10.748.387", "6.799.077", "3.904.137", "7.581.732", "1.415.204", "1.415.204", "1.415.204", "1.415.204"},
      {"Totaal", "154.024.346", "151.926.906", "134.560.478", "145.130.414", "141.173.591", "141.141.721", "141.220.890", "142.826.926"},
  };

  /** Tabel 2 - Algemene uitkering procentuele verdeling (seed line 3484). */
  static final String[][] TABLE_2 = {
      {"Cluster - Hoogeveen", "2017", "2018", "2019", "2020", "2021"},
      {"eigen middelen", "-5,1%", "-5%", "-5,8%", "-5,6%", "-5,8%"},
      {"inkomen en participatie", "6,2%", "6,4%", "26,7%", "26,9%", "25,7%"},
      {"samenkracht en burgerparticipatie", "1,5%", "1,4%", "1,8%", "2%", "1,5%"},
      {"jeugd", "1,7%", "2,6%", "19,1%", "18%", "18,5%"},
      {"maatschappelijke ondersteuning", "64,8%", "63,4%", "22%", "22,2%", "23%"},
      {"educatie", "5,1%", "5,1%", "5,9%", "5,7%", "5,8%"},
      {"volksgezondheid", ",4%", ",5%", ",6%", ",6%", ",6%"},
      {"cultuur en ontspanning", "8,7%", "9%", "10,4%", "10,7%", "11%"},
      {"infrastructuur en gebiedsontwikkeling", "10%", "10,1%", "12,1%", "12,1%", "12,1%"},
      {"riolering en reiniging", "-1,5%", "-1,6%", "-1,8%", "-1,8%", "-1,9%"},
      {"openbare orde en veiligheid", "3,3%", "3,4%", "4%", "4,2%", "4,2%"},
      {"bestuur en algemene ondersteuning", "4,2%", "4,4%", "5,1%", "5,1%", "5,3%"},
      {"overig", ",7%", ",4%", "%", "%", "%"},
      {"TOTAAL", "100,1%", "100,1%", "100,1%", "100,1%", "100,1%"},
  };

  /** Tabel 3 - Algemene uitkering verdeling in euro's (seed line 3502). */
  static final String[][] TABLE_3 = {
      {"Cluster - Hoogeveen", "2017", "2018", "2019", "2020", "2021"},
      {"eigen middelen", "-6.240.837", "-6.262.245", "-6.449.691", "-6.559.575", "-6.793.094"},
      {"inkomen en participatie", "7.543.856", "7.992.213", "29.690.289", "31.672.897", "30.303.923"},
      {"samenkracht en burgerparticipatie", "1.872.934", "1.733.808", "1.970.222", "2.384.116", "1.787.816"},
      {"jeugd", "2.132.283", "3.248.005", "21.209.772", "21.178.083", "21.844.367"},
      {"maatschappelijke ondersteuning", "79.332.818", "79.171.907", "24.463.402", "26.171.129", "27.207.081"},
      {"educatie", "6.251.360", "6.365.036", "6.534.095", "6.734.697", "6.830.544"},
      {"volksgezondheid", "546.879", "564.925", "710.167", "734.093", "749.226"},
      {"cultuur en ontspanning", "10.623.048", "11.198.549", "11.599.720", "12.612.388", "12.946.141"},
      {"infrastructuur en gebiedsontwikkeling", "12.277.672", "12.672.910", "13.465.765", "14.248.470", "14.305.269"},
      {"riolering en reiniging", "-1.872.560", "-1.978.892", "-2.052.413", "-2.173.864", "-2.243.622"},
      {"openbare orde en veiligheid", "4.005.219", "4.228.980", "4.500.524", "4.910.115", "4.934.550"},
      {"bestuur en algemene ondersteuning", "5.104.312", "5.471.038", "5.652.135", "6.047.567", "6.249.185"},
      {"overig", "901.662", "461.540", "-", "141.701", "-"},
      {"TOTAAL", "122.478.646", "124.867.774", "111.293.987", "118.101.817", "118.121.386"},
      {"sociaal domein", "90.881.891", "92.145.933", "77.333.685", "81.406.225", "81.143.187"},
      {"", "74%", "74%", "69%", "69%", "69%"},
  };

  /** Tabel 5 - Specificatie realisatie uitgaven hoofdtaakveld 6 sociaal domein (line 3545), x € 1.000. */
  static final String[][] TABLE_5 = {
      {"TAAKVELD", "2017", "2018", "2019", "2020", "TOTAAL"},
      {"6.1 Samenkracht en burgerparticipatie", "6.056", "6.883", "5.775", "5.971", "24.685"},
      {"6.2 Wijkteams", "1.125", "1.088", "1.715", "1.746", "5.674"},
      {"6.3 Inkomensregelingen", "23.452", "24.203", "22.886", "26.998", "97.539"},
      {"6.4 Begeleide participatie", "42.511", "40.389", "21.920", "22.786", "127.606"},
      {"6.5 Arbeidsparticipatie", "3.780", "3.260", "1.807", "1.708", "10.555"},
      {"6.6 Maatwerkvoorzieningen (WMO)", "1.623", "1.571", "3.212", "3.044", "9.450"},
      {"6.71 Maatwerkdienstverlening 18+", "18.287", "20.302", "18.795", "18.914", "76.298"},
      {"6.72 Maatwerkdienstverlening 18-", "20.146", "19.916", "20.336", "20.027", "80.425"},
      {"6.81 Geescaleerde zorg 18+", "453", "707", "852", "789", "2.801"},
      {"6.82 Geescaleerde zorg 18-", "1.702", "1.738", "2.376", "2.621", "8.437"},
      {"TOTAAL", "119.135", "120.057", "99.674", "104.604", "443.470"},
  };

  /** Tabel 6 - indirecte overhead sociaal domein (seed line 3562), in euros. */
  static final String[][] TABLE_6 = {
      {"", "2017", "2018", "2019", "2020", "2021", "2022 (raming)", "2023 (raming)", "2024 (raming)"},
      {"Overhead", "3.893.493", "3.584.069", "3.655.751", "4.477.176", "4.406.383", "4.393.721", "4.388.412", "4.388.412"},
  };

  /** Tabel 7 - confrontatie inkomsten en uitgaven sociaal domein (seed line 3573), in euros. */
  static final String[][] TABLE_7 = {
      {"confrontatie inkomsten en uitgaven sociaal domein", "2017", "2018", "2019", "2020"},
      {"deel gemeentefonds sociaal domein (clusterbenadering)", "90.881.891", "92.145.933", "77.333.685", "81.406.225"},
      {"BUIG", "20.751.450", "20.260.054", "19.362.353", "19.446.865"},
      {"Overige baten als Eigen bijdragen en verhaal soc uitk", "10.748.387", "6.799.077", "3.904.137", "7.581.732"},
      {"", "122.381.728", "119.205.064", "100.600.175", "108.434.822"},
      {"uitgaven sociaal domein (taakveld 6)", "119.135.000", "120.057.000", "99.674.000", "104.604.000"},
      {"extracomptabel overhead toe te rekenen aan sociaal domein", "3.893.493", "3.584.069", "3.655.751", "4.477.176"},
      {"", "123.028.493", "123.641.069", "103.329.751", "109.081.176"},
      {"", "-646.765", "-4.436.005", "-2.729.575", "-646.354"},
  };

  /** The years of tables 2 and 3. */
  static final List<Year> CLUSTER_YEARS = years(2017, 2021);

  /** The years of table 7. */
  static final List<Year> CONFRONTATION_YEARS = years(2017, 2020);

  /** Tables 2 and 3 name the clusters in rows 1 to 13; rows 14 on are totals. */
  private static final int CLUSTER_ROWS = 13;

  private static List<Year> years(int first, int last) {
    return IntStream.rangeClosed(first, last).mapToObj(Year::of).toList();
  }

  /** The column headed by {@code year} ("2022 (raming)" counts as 2022). */
  private static int column(String[][] table, Year year) {
    for (int c = 1; c < table[0].length; c++) {
      if (table[0][c].startsWith(year.toString())) {
        return c;
      }
    }
    throw new IllegalArgumentException("No column " + year + " in the table headed " + List.of(table[0]));
  }

  private static String[] row(String[][] table, String label) {
    for (String[] r : table) {
      if (r[0].equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("No row " + label);
  }

  /** The cell in the row labelled {@code label}, column {@code year}. */
  static String cell(String[][] table, String label, Year year) {
    return row(table, label)[column(table, year)];
  }

  /** The cell in row {@code index} (0 is the header), column {@code year}. */
  static String cell(String[][] table, int index, Year year) {
    return table[index][column(table, year)];
  }

  /** A cell of amounts in euros; a blank or dash is no money. */
  static Amount euros(String cell) {
    return DutchNotation.read(cell) instanceof Reading.Blank ? Amount.ZERO : DutchNotation.parseAmount(cell);
  }

  /** A cell printed in {@code unit}, with its rounding. */
  static PrintedFigure printed(String cell, EuroUnit unit) {
    return DutchNotation.parseFigure(cell, unit);
  }

  /** Table 3's clusters of {@code year}, in its order. */
  static GeneralGrantClusters table3(Year year) {
    Map<Cluster, Amount> amounts = new LinkedHashMap<>();
    for (int r = 1; r <= CLUSTER_ROWS; r++) {
      amounts.put(Cluster.of(TABLE_3[r][0]), euros(cell(TABLE_3, r, year)));
    }
    return GeneralGrantClusters.of(year, amounts);
  }

  /** Table 3's cluster cells of {@code year} as printed figures, blanks left out. */
  static List<PrintedFigure> table3PrintedClusters(Year year) {
    List<PrintedFigure> parts = new ArrayList<>();
    for (int r = 1; r <= CLUSTER_ROWS; r++) {
      String cell = cell(TABLE_3, r, year);
      if (!(DutchNotation.read(cell) instanceof Reading.Blank)) {
        parts.add(printed(cell, EuroUnit.EUROS));
      }
    }
    return parts;
  }

  /** Table 2's printed percentage per cluster of {@code year}. */
  static Map<Cluster, PrintedPercentage> table2(Year year) {
    Map<Cluster, PrintedPercentage> printed = new LinkedHashMap<>();
    for (int r = 1; r <= CLUSTER_ROWS; r++) {
      printed.put(Cluster.of(TABLE_2[r][0]), PrintedPercentage.parse(cell(TABLE_2, r, year)));
    }
    return printed;
  }

  /** Table 2's printed TOTAAL of {@code year}. */
  static PrintedPercentage table2Total(Year year) {
    return PrintedPercentage.parse(cell(TABLE_2, "TOTAAL", year));
  }

  /** Table 7's column of {@code year}, figure by figure. */
  static PrintedFundingYear table7(Year year) {
    return new PrintedFundingYear(
        year,
        printed(cell(TABLE_7, 1, year), EuroUnit.EUROS),
        printed(cell(TABLE_7, 2, year), EuroUnit.EUROS),
        printed(cell(TABLE_7, 3, year), EuroUnit.EUROS),
        printed(cell(TABLE_7, 4, year), EuroUnit.EUROS),
        printed(cell(TABLE_7, 5, year), EuroUnit.EUROS),
        printed(cell(TABLE_7, 6, year), EuroUnit.EUROS),
        printed(cell(TABLE_7, 7, year), EuroUnit.EUROS),
        printed(cell(TABLE_7, 8, year), EuroUnit.EUROS));
  }

  /**
   * The calculation built from the sources table 7 names, not from table 7 itself: the social
   * clusters of table 3, BUIG and other income of table 1, hoofdtaakveld 6 of table 5 (in
   * thousands) and the overhead of table 6.
   */
  static FundingYear fromSources(Year year) {
    return FundingYear.of(
        year,
        SocialDomainIncome.of(
            table3(year),
            euros(cell(TABLE_1, "Specifieke uitkeringen (BUIG)", year)),
            euros(cell(TABLE_1, "Overige baten als Eigen bijdragen en verhaal soc uitk", year))),
        SocialDomainExpenditure.of(
            DutchNotation.parseAmount(cell(TABLE_5, "TOTAAL", year), EuroUnit.THOUSANDS),
            euros(cell(TABLE_6, "Overhead", year))));
  }
}
