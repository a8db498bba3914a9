// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.Referrer;

/**
 * The figures the Hoogeveen quickscan publishes for 2018-2020 (seed 004, annex 5b), which the
 * generator's defaults reproduce. Line numbers are those of the seed's text transcription,
 * which is not part of this repository. Amounts are whole euros as printed; client
 * counts exclude the Wmo meerkostenregeling, as every table of the quickscan does except the
 * stacking figure 1.6.
 *
 * <p>What the quickscan does not publish but the generator needs (how clients split over
 * referrers, how long they stay, which provisions they combine) is in
 * {@code Assumptions}, package-private, and listed in {@code docs/generator.md}.
 */
public final class QuickscanCalibration {

  private QuickscanCalibration() {}

  /** The first year the quickscan publishes. */
  public static final int FIRST_YEAR = 2018;
  /** The last year the quickscan publishes. */
  public static final int LAST_YEAR = 2020;

  /**
   * The year whose figures stand for {@code year}: itself from 2018 to 2020, else the nearest of
   * them (2018 for earlier years, 2020 for later ones). The generator's extrapolation: a year the
   * quickscan does not cover looks like the nearest one it does, with no trend assumed.
   */
  public static int calibratedYear(int year) {
    return Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year));
  }

  // ---------------------------------------------------------------------------------------
  // Clients and cost per law and year: figures 1.1 to 1.3

  /** Figure 1.2, line 2246-2248: Wmo clients per year, without meerkosten. */
  public static final Yearly WMO_CLIENTS = Yearly.of(FIRST_YEAR, 4_479, 4_674, 4_734);
  /** Figure 1.2, line 2246-2248. */
  public static final Yearly PARTICIPATIEWET_CLIENTS = Yearly.of(FIRST_YEAR, 2_626, 2_819, 3_084);
  /** Figure 1.2, line 2246-2248. */
  public static final Yearly JEUGDWET_CLIENTS = Yearly.of(FIRST_YEAR, 1_751, 1_823, 1_690);
  /** Figure 1.2, line 2246-2248: unique clients of the three laws together ("Sociaal Domein"). */
  public static final Yearly UNIQUE_CLIENTS = Yearly.of(FIRST_YEAR, 8_070, 8_415, 8_732);

  /** Figure 1.1, line 2233-2235: Wmo cost in euros, without meerkosten. */
  public static final Yearly WMO_COST = Yearly.of(FIRST_YEAR, 17_061_830, 18_759_864, 18_091_117);
  /** Figure 1.1, line 2233-2235. */
  public static final Yearly PARTICIPATIEWET_COST = Yearly.of(FIRST_YEAR, 21_806_877, 21_707_299, 24_931_293);
  /** Figure 1.1, line 2233-2235. */
  public static final Yearly JEUGDWET_COST = Yearly.of(FIRST_YEAR, 16_924_704, 18_546_340, 18_658_403);

  /** Figure 1.3, line 2260-2262: average cost per client, whole euros (cost / clients, rounded). */
  public static final Yearly WMO_AVERAGE = Yearly.of(FIRST_YEAR, 3_809, 4_014, 3_822);
  /** Figure 1.3, line 2260-2262. */
  public static final Yearly PARTICIPATIEWET_AVERAGE = Yearly.of(FIRST_YEAR, 8_304, 7_700, 8_084);
  /** Figure 1.3, line 2260-2262. */
  public static final Yearly JEUGDWET_AVERAGE = Yearly.of(FIRST_YEAR, 9_666, 10_174, 11_040);

  /** Line 2322: unique Jeugdwet clients over 2018-2020. */
  public static final long JEUGDWET_CLIENTS_2018_2020 = 2_766;
  /** Line 2488: unique Wmo clients over 2018-2020. */
  public static final long WMO_CLIENTS_2018_2020 = 5_830;
  /** Line 2615: unique Participatiewet clients over 2018-2020. */
  public static final long PARTICIPATIEWET_CLIENTS_2018_2020 = 4_430;

  // ---------------------------------------------------------------------------------------
  // Stacking: figure 1.6

  /**
   * Line 2289: clients with provisions under two laws, in tenths of a percent of all clients:
   * 14,2 % in 2018 and 13,0 % in 2020, "inclusief meerkosten". The quickscan prints no figure
   * for 2019, only that it lies between; 0 here.
   */
  public static final Yearly TWO_LAW_SHARE_PERMILLE = Yearly.of(FIRST_YEAR, 142, 0, 130);
  /** Line 2289: "niet meer dan 8 klanten per jaar" use all three laws. */
  public static final long MAX_THREE_LAW_CLIENTS = 8;

  // ---------------------------------------------------------------------------------------
  // Jeugdwet: figures 2.4 and 2.6, providers

  /** Figure 2.4, line 2361-2367: average cost per client per referrer, euros. */
  public static final Map<Referrer, Yearly> REFERRER_AVERAGE = referrerAverages();
  /** Figure 2.6, line 2393-2399: average cost per client per intensity level; Aspecifiek exists from 2020. */
  public static final Map<IntensityLevel, Yearly> LEVEL_AVERAGE = levelAverages();

  /** Line 2405: youth-care providers paid in kind over 2018-2020. */
  public static final int JEUGDWET_ZIN_PROVIDERS = 175;
  /** Line 2405: the top 10 % of them. */
  public static final int JEUGDWET_ZIN_TOP_PROVIDERS = 17;
  /** Line 2405: what the top 17 received, euros. */
  public static final long JEUGDWET_ZIN_TOP_COST = 41_915_437;
  /** Line 2405: youth care in kind over 2018-2020, euros. */
  public static final long JEUGDWET_ZIN_COST = 51_041_140;
  /** Line 2405: unique clients of the top 17 ("73% van de Zorg in Natura klanten"). */
  public static final long JEUGDWET_ZIN_TOP_CLIENTS = 2_002;
  /** Line 2405: the share printed for those clients, percent. */
  public static final int JEUGDWET_ZIN_TOP_CLIENT_SHARE_PERCENT = 73;
  /** Line 2405: youth-care personal budgets over 2018-2020, euros. */
  public static final long JEUGDWET_PGB_COST = 3_088_307;
  /** Line 2405: their clients. */
  public static final long JEUGDWET_PGB_CLIENTS = 182;

  // ---------------------------------------------------------------------------------------
  // Wmo: figure 3.4, providers

  /** Provision names as figure 3.4 prints them. */
  public static final String BEGELEIDING = "Begeleiding";
  public static final String HULP_BIJ_HUISHOUDEN = "Hulp bij Huishouden";
  public static final String WOON = "Woon";
  public static final String VERVOER = "Vervoer";
  /**
   * Line 2224 (and every Wmo figure): the meerkostenregeling is booked under the Wmo but left out
   * of the quickscan's tables, except the stacking of figure 1.6.
   */
  public static final String MEERKOSTEN = "Meerkosten";

  /** Figure 3.4, line 2527-2530: average cost per client per Wmo provision, euros. */
  public static final Map<String, Yearly> WMO_PROVISION_AVERAGE = wmoAverages();
  /** Line 2510: Hulp bij Huishouden clients in 2018 and 2020 (none printed for 2019: 0). */
  public static final Yearly WMO_HULP_BIJ_HUISHOUDEN_CLIENTS = Yearly.of(FIRST_YEAR, 2_030, 0, 2_383);
  /** Line 2536: providers of Begeleiding and Hulp bij Huishouden in kind (10 + 89). */
  public static final int WMO_BG_HH_PROVIDERS = 99;
  /** Line 2536: the top 10 of them. */
  public static final int WMO_BG_HH_TOP_PROVIDERS = 10;
  /** Line 2536: their share of the cost in kind, percent. */
  public static final int WMO_BG_HH_TOP_COST_SHARE_PERCENT = 67;
  /** Line 2536: clients with a Begeleiding or Hulp bij Huishouden personal budget over 2018-2020. */
  public static final long WMO_BG_HH_PGB_CLIENTS = 448;

  // ---------------------------------------------------------------------------------------
  // Participatiewet: chapter 4 text

  public static final String UITKERING = "Uitkering";
  public static final String WERK = "Werk";
  public static final String BIJZONDERE_BIJSTAND = "Bijzondere bijstand";
  public static final String MINIMA = "Minima";
  public static final String SCHULDHULPVERLENING = "Schuldhulpverlening";

  /** Line 2627: clients with an uitkering in 2020 (the other years are not printed: 0). */
  public static final Yearly UITKERING_CLIENTS = Yearly.of(FIRST_YEAR, 0, 0, 2_127);
  /** Line 2627: uitkering cost in 2018 and 2020, euros as rounded in the text (18.8 and 20.9 million). */
  public static final Yearly UITKERING_COST = Yearly.of(FIRST_YEAR, 18_800_000, 0, 20_900_000);
  /** Line 2627: re-integration (Werk) clients in 2018 and 2020. */
  public static final Yearly WERK_CLIENTS = Yearly.of(FIRST_YEAR, 1_782, 0, 1_885);
  /** Line 2627: Werk cost in 2018 and 2020 (0.8 and 1.7 million). */
  public static final Yearly WERK_COST = Yearly.of(FIRST_YEAR, 800_000, 0, 1_700_000);
  /** Line 2678: Werk clients without a start qualification in 2018 (of the 1.782). */
  public static final long WERK_WITHOUT_QUALIFICATION_CLIENTS_2018 = 1_232;
  /** Line 2690: debt counselling over 2018-2020 (1.93 million). */
  public static final long SCHULDHULPVERLENING_COST_2018_2020 = 1_930_000;

  // ---------------------------------------------------------------------------------------
  // Data annex: Bijlage 2

  /** Line 3064: payment records of the three laws (the extracts run to mid 2021). */
  public static final long PAYMENT_RECORDS = 384_392;
  /** Line 3072: client-provision records after cleaning. */
  public static final long CLIENT_RECORDS = 106_695;

  // ---------------------------------------------------------------------------------------

  /** The clients of {@code law} in {@code year}, figure 1.2. */
  public static long clients(Law law, int year) {
    switch (law) {
      case WMO:
        return WMO_CLIENTS.in(year);
      case JEUGDWET:
        return JEUGDWET_CLIENTS.in(year);
      default:
        return PARTICIPATIEWET_CLIENTS.in(year);
    }
  }

  /** The cost of {@code law} in {@code year} in euros, figure 1.1. */
  public static long cost(Law law, int year) {
    switch (law) {
      case WMO:
        return WMO_COST.in(year);
      case JEUGDWET:
        return JEUGDWET_COST.in(year);
      default:
        return PARTICIPATIEWET_COST.in(year);
    }
  }

  /** The average per client of {@code law} in {@code year} in euros, figure 1.3. */
  public static long average(Law law, int year) {
    switch (law) {
      case WMO:
        return WMO_AVERAGE.in(year);
      case JEUGDWET:
        return JEUGDWET_AVERAGE.in(year);
      default:
        return PARTICIPATIEWET_AVERAGE.in(year);
    }
  }

  /** The unique clients of {@code law} over 2018-2020. */
  public static long clients2018To2020(Law law) {
    switch (law) {
      case WMO:
        return WMO_CLIENTS_2018_2020;
      case JEUGDWET:
        return JEUGDWET_CLIENTS_2018_2020;
      default:
        return PARTICIPATIEWET_CLIENTS_2018_2020;
    }
  }

  private static Map<Referrer, Yearly> referrerAverages() {
    EnumMap<Referrer, Yearly> m = new EnumMap<>(Referrer.class);
    m.put(Referrer.CERTIFIED_INSTITUTION, Yearly.of(FIRST_YEAR, 24_805, 29_538, 32_287));
    m.put(Referrer.MUNICIPALITY, Yearly.of(FIRST_YEAR, 14_846, 14_287, 15_078));
    m.put(Referrer.COURT, Yearly.of(FIRST_YEAR, 4_685, 5_043, 6_025));
    m.put(Referrer.YOUTH_DOCTOR, Yearly.of(FIRST_YEAR, 5_868, 5_097, 6_358));
    m.put(Referrer.MEDICAL_SPECIALIST, Yearly.of(FIRST_YEAR, 4_275, 3_500, 4_478));
    m.put(Referrer.GENERAL_PRACTITIONER, Yearly.of(FIRST_YEAR, 2_605, 2_923, 3_442));
    m.put(Referrer.NONE, Yearly.of(FIRST_YEAR, 2_962, 3_070, 2_715));
    return Collections.unmodifiableMap(m);
  }

  private static Map<IntensityLevel, Yearly> levelAverages() {
    EnumMap<IntensityLevel, Yearly> m = new EnumMap<>(IntensityLevel.class);
    m.put(IntensityLevel.LEVEL_4, Yearly.of(FIRST_YEAR, 884, 1_020, 1_286));
    m.put(IntensityLevel.LEVEL_5, Yearly.of(FIRST_YEAR, 3_557, 3_757, 3_432));
    m.put(IntensityLevel.LEVEL_6, Yearly.of(FIRST_YEAR, 5_174, 5_286, 7_177));
    m.put(IntensityLevel.LEVEL_7, Yearly.of(FIRST_YEAR, 12_267, 11_616, 11_444));
    m.put(IntensityLevel.LEVEL_8, Yearly.of(FIRST_YEAR, 22_430, 25_505, 27_224));
    m.put(IntensityLevel.NON_SPECIFIC, Yearly.of(FIRST_YEAR, 0, 0, 5_316));
    m.put(IntensityLevel.NONE, Yearly.of(FIRST_YEAR, 16_607, 15_227, 16_701));
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Yearly> wmoAverages() {
    Map<String, Yearly> m = new LinkedHashMap<>();
    m.put(BEGELEIDING, Yearly.of(FIRST_YEAR, 7_026, 6_600, 6_385));
    m.put(HULP_BIJ_HUISHOUDEN, Yearly.of(FIRST_YEAR, 3_159, 3_379, 3_327));
    m.put(WOON, Yearly.of(FIRST_YEAR, 821, 1_080, 941));
    m.put(VERVOER, Yearly.of(FIRST_YEAR, 521, 660, 595));
    return Collections.unmodifiableMap(m);
  }
}
