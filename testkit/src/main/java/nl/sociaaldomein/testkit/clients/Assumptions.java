// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.Referrer;

/**
 * What the generator needs and the quickscan does not print. Each value is chosen to be
 * plausible and to keep the published figures of {@link QuickscanCalibration} reachable; none
 * of them is a published figure, and {@code docs/generator.md} lists them all.
 */
final class Assumptions {

  private Assumptions() {}

  // ---------------------------------------------------------------------------------------
  // Stacking

  /** Clients in all three laws per year: figure 1.6 only says "at most 8". */
  static final Yearly THREE_LAW_CLIENTS = Yearly.of(QuickscanCalibration.FIRST_YEAR, 6, 6, 6);

  /** Two-law share in 2019 (per mille): figure 1.6 prints none, only that it lies between 14,2 % and 13,0 %. */
  static final long TWO_LAW_SHARE_2019_PERMILLE = 136;
  /** The two-law share per year, per mille, including meerkosten: as printed, 2019 assumed. */
  static final Yearly TWO_LAW_SHARE_PERMILLE = Yearly.of(QuickscanCalibration.FIRST_YEAR,
      QuickscanCalibration.TWO_LAW_SHARE_PERMILLE.in(2018), TWO_LAW_SHARE_2019_PERMILLE,
      QuickscanCalibration.TWO_LAW_SHARE_PERMILLE.in(2020));

  /**
   * How the clients in two laws (without meerkosten) split over the pairs, percent: Wmo with
   * Participatiewet (adults), Wmo with Jeugdwet (children with a Wmo provision), Jeugdwet with
   * Participatiewet (young adults with prolonged youth care).
   */
  static final int PAIR_WMO_PARTICIPATIEWET_PERCENT = 85;
  static final int PAIR_WMO_JEUGDWET_PERCENT = 10;
  static final int PAIR_JEUGDWET_PARTICIPATIEWET_PERCENT = 5;

  /** What a meerkosten client receives in a year, euros: the quickscan leaves meerkosten out of every cost. */
  static final long MEERKOSTEN_AVERAGE_EUROS = 300;

  // ---------------------------------------------------------------------------------------
  // Jeugdwet: how clients split over referrers and levels before tilting (see JeugdwetCells)

  /** Starting shares per referrer, percent; the text of figure 2.3 says most clients come through the huisarts. */
  static final Map<Referrer, Integer> REFERRER_BASE_PERCENT = referrerBase();

  /**
   * Starting shares per level, percent per year; level 5 has most clients (line 2376), and from
   * 2020 "Aspecifiek" takes clients who would earlier have been on levels 5 and 6.
   */
  static final Map<IntensityLevel, Yearly> LEVEL_BASE_PERCENT = levelBase();

  /**
   * Per level, per mille of fresh provider choices that go to the top 10 % of youth-care
   * providers: the big providers carry the residential and day care, which is how they get 82 %
   * of the cost with 73 % of the clients.
   */
  static final Map<IntensityLevel, Integer> TOP_PROVIDER_PERMILLE = topProviderPermille();

  /** Per mille of Jeugdwet client-years with a second provision, a diagnostic trajectory. */
  static final int DIAGNOSTIEK_PERMILLE = 120;

  // ---------------------------------------------------------------------------------------
  // Wmo: clients per provision (Begeleiding follows from the law's cost, see GenerationPlan)

  /** Hulp bij Huishouden clients in 2019, between the printed 2.030 (2018) and 2.383 (2020). */
  static final long HULP_BIJ_HUISHOUDEN_CLIENTS_2019 = 2_200;
  /** Hulp bij Huishouden clients per year: as printed (line 2510), 2019 assumed. */
  static final Yearly HULP_BIJ_HUISHOUDEN_CLIENTS = Yearly.of(QuickscanCalibration.FIRST_YEAR,
      QuickscanCalibration.WMO_HULP_BIJ_HUISHOUDEN_CLIENTS.in(2018), HULP_BIJ_HUISHOUDEN_CLIENTS_2019,
      QuickscanCalibration.WMO_HULP_BIJ_HUISHOUDEN_CLIENTS.in(2020));
  static final Yearly VERVOER_CLIENTS = Yearly.of(QuickscanCalibration.FIRST_YEAR, 1_500, 1_550, 1_600);
  static final Yearly WOON_CLIENTS = Yearly.of(QuickscanCalibration.FIRST_YEAR, 600, 620, 650);

  /** Per mille of Wmo client-years with only Woon or Vervoer that receive a financial allowance (FT) instead of care in kind. */
  static final int FT_PERMILLE = 400;

  // ---------------------------------------------------------------------------------------
  // Participatiewet: clients and cost per provision; Bijzondere bijstand takes the rest of the cost

  static final Map<String, Yearly> PARTICIPATIEWET_PROVISION_CLIENTS = participatiewetClients();
  /** Euros; Bijzondere bijstand is left out: it gets what remains of the law's cost. */
  static final Map<String, Yearly> PARTICIPATIEWET_PROVISION_COST = participatiewetCost();

  /** Phases of re-integration clients (line 2663-2666), weights in percent. */
  static final String[] PHASES = {"Fase 1", "Fase 2", "Fase 3", "Fase 4"};
  static final long[] PHASE_PERCENT = {15, 25, 35, 25};
  static final String WITHOUT_QUALIFICATION = "Zonder startkwalificatie";
  static final String WITH_QUALIFICATION = "Met startkwalificatie";

  // ---------------------------------------------------------------------------------------
  // Providers (names are synthetic)

  static final String PGB_PROVIDER = "SVB (pgb)";
  static final String PAID_TO_CLIENT = "Uitbetaling aan client";
  static final String MUNICIPALITY = "Gemeente";
  static final int WOON_PROVIDERS = 8;
  static final int VERVOER_PROVIDERS = 4;
  static final int WERK_PROVIDERS = 6;
  static final int SCHULDHULP_PROVIDERS = 8;
  /** Per mille of choices going to the largest of a small pool (Woon, Vervoer, Werk, Schuldhulpverlening). */
  static final int SMALL_POOL_TOP_PERMILLE = 450;
  /** Per mille of provision-years whose client changes provider during the year. */
  static final int PROVIDER_SWITCH_PERMILLE = 100;
  /** Per mille of provision-years that keep last year's provider. */
  static final int KEEP_PROVIDER_PERMILLE = 850;

  // ---------------------------------------------------------------------------------------
  // Clients

  /** Per mille of a client's yearly draws that keep last year's referrer and level, or main provision. */
  static final int KEEP_CHARACTERISTICS_PERMILLE = 700;

  /** Per mille of clients whose household is known. */
  static final int HOUSEHOLD_PERMILLE = 450;
  /** Per mille of those who join the household opened last, up to its size. */
  static final int JOIN_HOUSEHOLD_PERMILLE = 350;

  /**
   * Cost propensity of a client: a factor that multiplies the weight of all their provisions,
   * heavy-tailed like care costs; with a yearly factor of 60 to 140 percent on top.
   */
  static final long[] COST_FACTORS = {1, 2, 3, 5, 8, 13, 21, 34};
  static final long[] COST_FACTOR_PERCENT = {30, 25, 18, 12, 8, 4, 2, 1};
  static final int YEARLY_NOISE_MIN_PERCENT = 60;
  static final int YEARLY_NOISE_MAX_PERCENT = 140;
  /** 15-17 year olds weigh half again as much in youth care: figure 1.5 shows their cost peak (line 2279). */
  static final int JEUGD_15_17_WEIGHT_PERCENT = 150;

  /** The least a provision-year costs, cents: every client with a provision has a payment. */
  static final long MINIMUM_PROVISION_CENTS = 500;

  /** Jeugdwet ages 0-17, weights per year of age: more at school ages, a peak at 15-17 (figure 1.5). */
  static final long[] JEUGD_AGE_WEIGHTS = {2, 2, 3, 4, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 9, 9, 9};
  /** Wmo ages by band: from 0-17 (a few children) to 85+; uniform within a band. */
  static final int[][] WMO_AGE_BANDS = {{0, 17}, {18, 26}, {27, 44}, {45, 64}, {65, 74}, {75, 84}, {85, 99}};
  static final long[] WMO_AGE_PERCENT = {2, 3, 8, 17, 18, 29, 23};
  /** Participatiewet ages 18 to 66 (the state pension age of 2018-2020), by band. */
  static final int[][] PARTICIPATIEWET_AGE_BANDS = {{18, 26}, {27, 44}, {45, 64}, {65, 66}};
  static final long[] PARTICIPATIEWET_AGE_PERCENT = {18, 38, 40, 4};
  /** Clients in the Jeugdwet and the Participatiewet together are young adults in prolonged youth care. */
  static final int[] YOUNG_ADULT_AGES = {18, 22};

  // ---------------------------------------------------------------------------------------
  // Records and payments per provision-year, tuned to the data annex's counts

  /** Expected payment lines per active month for provisions paid monthly (an invoice line per product), per mille. */
  static final int MONTHLY_LINES_PERMILLE = 1_900;
  /** Most payments of a provision paid now and then (Woon, Vervoer, Werk, Minima, ...). */
  static final int INCIDENTAL_MAX_PAYMENTS = 3;
  /**
   * Tenths of a month a client record (a decision) covers on average: a provider period of a
   * year has about 120 divided by this many records, all alike because the format has no dates.
   */
  static final int TENTHS_OF_MONTH_PER_RECORD = 38;

  private static Map<Referrer, Integer> referrerBase() {
    EnumMap<Referrer, Integer> m = new EnumMap<>(Referrer.class);
    m.put(Referrer.MUNICIPALITY, 33);
    m.put(Referrer.GENERAL_PRACTITIONER, 45);
    m.put(Referrer.CERTIFIED_INSTITUTION, 8);
    m.put(Referrer.COURT, 3);
    m.put(Referrer.YOUTH_DOCTOR, 3);
    m.put(Referrer.MEDICAL_SPECIALIST, 4);
    m.put(Referrer.NONE, 4);
    return Collections.unmodifiableMap(m);
  }

  private static Map<IntensityLevel, Yearly> levelBase() {
    EnumMap<IntensityLevel, Yearly> m = new EnumMap<>(IntensityLevel.class);
    m.put(IntensityLevel.LEVEL_4, Yearly.of(QuickscanCalibration.FIRST_YEAR, 10, 10, 8));
    m.put(IntensityLevel.LEVEL_5, Yearly.of(QuickscanCalibration.FIRST_YEAR, 40, 40, 28));
    m.put(IntensityLevel.LEVEL_6, Yearly.of(QuickscanCalibration.FIRST_YEAR, 15, 15, 12));
    m.put(IntensityLevel.LEVEL_7, Yearly.of(QuickscanCalibration.FIRST_YEAR, 6, 6, 6));
    m.put(IntensityLevel.LEVEL_8, Yearly.of(QuickscanCalibration.FIRST_YEAR, 14, 14, 14));
    m.put(IntensityLevel.NON_SPECIFIC, Yearly.of(QuickscanCalibration.FIRST_YEAR, 0, 0, 17));
    m.put(IntensityLevel.NONE, Yearly.of(QuickscanCalibration.FIRST_YEAR, 15, 15, 15));
    return Collections.unmodifiableMap(m);
  }

  private static Map<IntensityLevel, Integer> topProviderPermille() {
    EnumMap<IntensityLevel, Integer> m = new EnumMap<>(IntensityLevel.class);
    m.put(IntensityLevel.LEVEL_4, 380);
    m.put(IntensityLevel.LEVEL_5, 420);
    m.put(IntensityLevel.LEVEL_6, 460);
    m.put(IntensityLevel.LEVEL_7, 900);
    m.put(IntensityLevel.LEVEL_8, 950);
    m.put(IntensityLevel.NON_SPECIFIC, 420);
    m.put(IntensityLevel.NONE, 920);
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Yearly> participatiewetClients() {
    Map<String, Yearly> m = new LinkedHashMap<>();
    // 2020 and Werk 2018/2020 as printed (line 2627); the rest assumed.
    m.put(QuickscanCalibration.UITKERING, Yearly.of(QuickscanCalibration.FIRST_YEAR, 1_950, 2_030, QuickscanCalibration.UITKERING_CLIENTS.in(2020)));
    m.put(QuickscanCalibration.WERK, Yearly.of(QuickscanCalibration.FIRST_YEAR, QuickscanCalibration.WERK_CLIENTS.in(2018), 1_830,
        QuickscanCalibration.WERK_CLIENTS.in(2020)));
    m.put(QuickscanCalibration.BIJZONDERE_BIJSTAND, Yearly.of(QuickscanCalibration.FIRST_YEAR, 900, 950, 1_000));
    m.put(QuickscanCalibration.MINIMA, Yearly.of(QuickscanCalibration.FIRST_YEAR, 1_400, 1_450, 700));
    m.put(QuickscanCalibration.SCHULDHULPVERLENING, Yearly.of(QuickscanCalibration.FIRST_YEAR, 280, 300, 320));
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Yearly> participatiewetCost() {
    Map<String, Yearly> m = new LinkedHashMap<>();
    m.put(QuickscanCalibration.UITKERING, Yearly.of(QuickscanCalibration.FIRST_YEAR, QuickscanCalibration.UITKERING_COST.in(2018), 18_350_000,
        QuickscanCalibration.UITKERING_COST.in(2020)));
    m.put(QuickscanCalibration.WERK, Yearly.of(QuickscanCalibration.FIRST_YEAR, QuickscanCalibration.WERK_COST.in(2018), 1_200_000,
        QuickscanCalibration.WERK_COST.in(2020)));
    m.put(QuickscanCalibration.MINIMA, Yearly.of(QuickscanCalibration.FIRST_YEAR, 800_000, 620_000, 350_000));
    // 1.93 million over three years (line 2690), rising.
    m.put(QuickscanCalibration.SCHULDHULPVERLENING, Yearly.of(QuickscanCalibration.FIRST_YEAR, 550_000, 640_000, 740_000));
    return Collections.unmodifiableMap(m);
  }
}
