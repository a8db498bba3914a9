package nl.sociaaldomein.testkit.clients;

import static nl.sociaaldomein.testkit.clients.QuickscanCalibration.BEGELEIDING;
import static nl.sociaaldomein.testkit.clients.QuickscanCalibration.BIJZONDERE_BIJSTAND;
import static nl.sociaaldomein.testkit.clients.QuickscanCalibration.HULP_BIJ_HUISHOUDEN;
import static nl.sociaaldomein.testkit.clients.QuickscanCalibration.MEERKOSTEN;
import static nl.sociaaldomein.testkit.clients.QuickscanCalibration.MINIMA;
import static nl.sociaaldomein.testkit.clients.QuickscanCalibration.SCHULDHULPVERLENING;
import static nl.sociaaldomein.testkit.clients.QuickscanCalibration.UITKERING;
import static nl.sociaaldomein.testkit.clients.QuickscanCalibration.VERVOER;
import static nl.sociaaldomein.testkit.clients.QuickscanCalibration.WERK;
import static nl.sociaaldomein.testkit.clients.QuickscanCalibration.WOON;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.LargestRemainder;

/**
 * The counts and costs a generation run will produce, worked out exactly before any record is
 * drawn: the quickscan's figures times the scale, and how they decompose into people (per
 * combination of laws and span of years), referrer and level cells, and provisions.
 *
 * <p>Clients per law and year, unique clients per year and over the period per law, clients in
 * two and three laws per year, and cost per law and year are fixed here and come out exactly
 * (up to rounding to whole clients and cents when scaling); the random draws decide only who is
 * who. Throws {@link IllegalArgumentException} when the scale is too small for the figures to
 * decompose (below about 0.05).
 */
public final class GenerationPlan {

  static final int YEARS = 3;
  static final int FIRST_YEAR = Yearly.FIRST_YEAR;
  static final int REFERRERS = 7;
  static final int LEVELS = 7;

  /** Wmo provisions; the first four are drawn as a client's main provision, meerkosten is added apart. */
  static final String[] WMO_PROVISIONS = {BEGELEIDING, HULP_BIJ_HUISHOUDEN, WOON, VERVOER, MEERKOSTEN};
  static final int WMO_MAIN = 4;
  static final int WMO_MEERKOSTEN = 4;
  static final String[] PARTICIPATIEWET_PROVISIONS = {UITKERING, WERK, BIJZONDERE_BIJSTAND, MINIMA, SCHULDHULPVERLENING};

  static final int JEUGDWET_CELLS = YEARS * REFERRERS * LEVELS;
  static final int WMO_BASE = JEUGDWET_CELLS;
  static final int PARTICIPATIEWET_BASE = WMO_BASE + YEARS * WMO_PROVISIONS.length;
  static final int CELLS = PARTICIPATIEWET_BASE + YEARS * PARTICIPATIEWET_PROVISIONS.length;

  /** People of one group present in the consecutive years {@code first} to {@code last} (indices from 2018). */
  record Bucket(Group group, int first, int last, long people) {}

  private final BigDecimal scale;
  final long[][] clients = new long[3][YEARS];
  final long[][] costCents = new long[3][YEARS];
  final long[] unique = new long[YEARS];
  final long[] periodUnique = new long[3];
  final long[] pairs = new long[YEARS];
  final long[] threes = new long[YEARS];
  final long[] meerkosten = new long[YEARS];
  final long[][] groupYear = new long[Group.values().length][YEARS];
  final long[] groupPeople = new long[Group.values().length];
  final List<Bucket> buckets;

  final long[] cellCount = new long[CELLS];
  final long[] cellCents = new long[CELLS];
  final long[][] jeugdwetCellCounts = new long[YEARS][];
  final long[][] wmoMain = new long[YEARS][];
  final long[][] wmoExtra = new long[YEARS][WMO_MAIN];
  final long[][] wmoEligible = new long[YEARS][WMO_MAIN];
  final long[][] participatiewetMain = new long[YEARS][];
  final long[][] participatiewetExtra = new long[YEARS][PARTICIPATIEWET_PROVISIONS.length];
  final long[][] participatiewetEligible = new long[YEARS][PARTICIPATIEWET_PROVISIONS.length];

  final long jeugdwetMultiYearPeople;
  final long jeugdwetSingleYearPeople;
  final long jeugdwetPgbThenZinPeople;
  final long jeugdwetPgbOnlyPeople;
  final int withoutQualificationPermille;

  final int jeugdwetProviders;
  final int jeugdwetTopProviders;
  final int wmoProviders;
  final int wmoTopProviders;
  final int woonProviders;
  final int vervoerProviders;
  final int werkProviders;
  final int schuldhulpProviders;

  GenerationPlan(BigDecimal scale) {
    this.scale = scale;
    for (Law law : Law.values()) {
      for (int y = 0; y < YEARS; y++) {
        clients[law.ordinal()][y] = Exact.scaled(QuickscanCalibration.clients(law, FIRST_YEAR + y), scale);
        costCents[law.ordinal()][y] = Exact.scaled(Math.multiplyExact(QuickscanCalibration.cost(law, FIRST_YEAR + y), 100), scale);
      }
      periodUnique[law.ordinal()] = Exact.scaled(QuickscanCalibration.clients2018To2020(law), scale);
    }
    for (int y = 0; y < YEARS; y++) {
      unique[y] = Exact.scaled(QuickscanCalibration.UNIQUE_CLIENTS.in(FIRST_YEAR + y), scale);
    }
    groups();
    buckets = Collections.unmodifiableList(spans());
    meerkosten();
    jeugdwetCells();
    wmoCells();
    participatiewetCells();
    for (int c = 0; c < CELLS; c++) {
      if (cellCents[c] < cellCount[c] * Assumptions.MINIMUM_PROVISION_CENTS) {
        throw new SociaalDomeinException("Scale " + scale + " leaves too little cost for the clients of cell " + c);
      }
    }

    long multi = 0;
    long single = 0;
    for (Bucket b : buckets) {
      if (b.group().has(Law.JEUGDWET)) {
        if (b.last() > b.first()) {
          multi += b.people();
        } else {
          single += b.people();
        }
      }
    }
    jeugdwetMultiYearPeople = multi;
    jeugdwetSingleYearPeople = single;
    // Line 2405: 2.002 clients are 73 % of the clients in kind, so about 2.742 had care in kind;
    // with 2.766 clients in all and 182 with a budget, 158 of those had both. They are generated
    // as a budget in their first year and care in kind after; the other 24 have one year of budget.
    long zinClients = Exact.round(BigDecimal.valueOf(QuickscanCalibration.JEUGDWET_ZIN_TOP_CLIENTS * 100)
        .divide(BigDecimal.valueOf(QuickscanCalibration.JEUGDWET_ZIN_TOP_CLIENT_SHARE_PERCENT), Exact.MC));
    long both = QuickscanCalibration.JEUGDWET_PGB_CLIENTS + zinClients - QuickscanCalibration.JEUGDWET_CLIENTS_2018_2020;
    long pgb = Exact.scaled(QuickscanCalibration.JEUGDWET_PGB_CLIENTS, scale);
    jeugdwetPgbThenZinPeople = Math.min(multi, Exact.scaled(both, scale));
    jeugdwetPgbOnlyPeople = Math.min(single, pgb - jeugdwetPgbThenZinPeople);
    withoutQualificationPermille = (int) Exact.round(BigDecimal.valueOf(QuickscanCalibration.WERK_WITHOUT_QUALIFICATION_CLIENTS_2018 * 1000)
        .divide(BigDecimal.valueOf(QuickscanCalibration.WERK_CLIENTS.y2018()), Exact.MC));

    BigDecimal root = scale.sqrt(Exact.MC);
    jeugdwetProviders = (int) Math.max(10, Exact.round(root.multiply(BigDecimal.valueOf(QuickscanCalibration.JEUGDWET_ZIN_PROVIDERS))));
    jeugdwetTopProviders = jeugdwetProviders * 10 / 100;
    wmoProviders = (int) Math.max(2, Exact.round(root.multiply(BigDecimal.valueOf(QuickscanCalibration.WMO_BG_HH_PROVIDERS))));
    wmoTopProviders = (int) Math.max(1, Exact.round(root.multiply(BigDecimal.valueOf(QuickscanCalibration.WMO_BG_HH_TOP_PROVIDERS))));
    woonProviders = poolSize(Assumptions.WOON_PROVIDERS, root);
    vervoerProviders = poolSize(Assumptions.VERVOER_PROVIDERS, root);
    werkProviders = poolSize(Assumptions.WERK_PROVIDERS, root);
    schuldhulpProviders = poolSize(Assumptions.SCHULDHULP_PROVIDERS, root);
  }

  private static int poolSize(int atScaleOne, BigDecimal root) {
    return (int) Math.max(1, Exact.round(root.multiply(BigDecimal.valueOf(atScaleOne))));
  }

  // ---------------------------------------------------------------------------------------
  // Public view

  /** The scale factor: 1 is Hoogeveen. */
  public BigDecimal scale() {
    return scale;
  }

  /** The years generated, 2018 to 2020. */
  public List<Integer> years() {
    return List.of(2018, 2019, 2020);
  }

  /** Unique clients of {@code law} in {@code year}, without meerkosten: figure 1.2 times the scale. */
  public long clients(Law law, int year) {
    return clients[law.ordinal()][index(year)];
  }

  /** Cost of {@code law} in {@code year}, without meerkosten: figure 1.1 times the scale. */
  public Amount cost(Law law, int year) {
    return Amount.ofCents(costCents[law.ordinal()][index(year)]);
  }

  /** Unique clients of all laws in {@code year}. */
  public long uniqueClients(int year) {
    return unique[index(year)];
  }

  /** Unique clients of {@code law} over 2018-2020. */
  public long uniqueClients2018To2020(Law law) {
    return periodUnique[law.ordinal()];
  }

  /** Clients in exactly two laws in {@code year}, counting meerkosten as Wmo (as figure 1.6 does). */
  public long twoLawClients(int year) {
    return pairs[index(year)] + meerkosten[index(year)];
  }

  /** Clients in all three laws in {@code year}. */
  public long threeLawClients(int year) {
    return threes[index(year)];
  }

  /** Clients with meerkosten in {@code year}: all of them otherwise in the Participatiewet only. */
  public long meerkostenClients(int year) {
    return meerkosten[index(year)];
  }

  /** Everyone generated, over the three years. */
  public long people() {
    long n = 0;
    for (long p : groupPeople) {
      n += p;
    }
    return n;
  }

  /** Youth-care providers paid in kind: 175 at scale 1, growing with the square root of the scale. */
  public int jeugdwetZinProviders() {
    return jeugdwetProviders;
  }

  private static int index(int year) {
    if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS) {
      throw new SociaalDomeinException("The generator covers 2018 to 2020, not " + year);
    }
    return year - FIRST_YEAR;
  }

  static int jeugdwetCell(int y, int referrer, int level) {
    return (y * REFERRERS + referrer) * LEVELS + level;
  }

  static int wmoCell(int y, int provision) {
    return WMO_BASE + y * WMO_PROVISIONS.length + provision;
  }

  static int participatiewetCell(int y, int provision) {
    return PARTICIPATIEWET_BASE + y * PARTICIPATIEWET_PROVISIONS.length + provision;
  }

  // ---------------------------------------------------------------------------------------
  // People: who is in which laws, in which years

  /**
   * Per year, the sum of the laws' clients exceeds the unique clients by one for each client in
   * two laws and two for each in three: that overlap fixes the pairs once the (assumed) triples
   * are chosen.
   */
  private void groups() {
    int w = Law.WMO.ordinal();
    int j = Law.JEUGDWET.ordinal();
    int p = Law.PARTICIPATIEWET.ordinal();
    for (int y = 0; y < YEARS; y++) {
      threes[y] = Exact.scaled(Assumptions.THREE_LAW_CLIENTS.in(FIRST_YEAR + y), scale);
      pairs[y] = clients[w][y] + clients[j][y] + clients[p][y] - unique[y] - 2 * threes[y];
      if (pairs[y] < 0) {
        throw new SociaalDomeinException("Scale " + scale + ": fewer clients per law than unique clients in " + (FIRST_YEAR + y));
      }
      long[] split = LargestRemainder.split(pairs[y], new long[] {
          Assumptions.PAIR_WMO_PARTICIPATIEWET_PERCENT,
          Assumptions.PAIR_WMO_JEUGDWET_PERCENT,
          Assumptions.PAIR_JEUGDWET_PARTICIPATIEWET_PERCENT});
      groupYear[Group.WMO_PARTICIPATIEWET.ordinal()][y] = split[0];
      groupYear[Group.WMO_JEUGDWET.ordinal()][y] = split[1];
      groupYear[Group.JEUGDWET_PARTICIPATIEWET.ordinal()][y] = split[2];
      groupYear[Group.ALL_THREE.ordinal()][y] = threes[y];
      for (Law law : Law.values()) {
        long single = clients[law.ordinal()][y];
        for (Group g : Group.values()) {
          if (g.laws() > 1 && g.has(law)) {
            single -= groupYear[g.ordinal()][y];
          }
        }
        if (single < 0) {
          throw new SociaalDomeinException("Scale " + scale + ": more clients in several laws than in " + law.dutchName());
        }
        groupYear[Group.only(law).ordinal()][y] = single;
      }
    }
    // People in several laws stay as long as clients of the least persistent of their laws.
    BigDecimal[] ratio = new BigDecimal[3];
    for (Law law : Law.values()) {
      long clientYears = 0;
      for (int y = 0; y < YEARS; y++) {
        clientYears += clients[law.ordinal()][y];
      }
      ratio[law.ordinal()] = clientYears == 0 ? BigDecimal.ONE
          : BigDecimal.valueOf(periodUnique[law.ordinal()]).divide(BigDecimal.valueOf(clientYears), Exact.MC);
    }
    for (Group g : Group.values()) {
      if (g.laws() > 1) {
        BigDecimal r = BigDecimal.ZERO;
        for (Law law : Law.values()) {
          if (g.has(law)) {
            r = r.max(ratio[law.ordinal()]);
          }
        }
        long[] gy = groupYear[g.ordinal()];
        long people = Exact.round(BigDecimal.valueOf(gy[0] + gy[1] + gy[2]).multiply(r));
        groupPeople[g.ordinal()] = clamp(people, gy);
      }
    }
    for (Law law : Law.values()) {
      long single = periodUnique[law.ordinal()];
      for (Group g : Group.values()) {
        if (g.laws() > 1 && g.has(law)) {
          single -= groupPeople[g.ordinal()];
        }
      }
      long[] gy = groupYear[Group.only(law).ordinal()];
      if (single != clamp(single, gy)) {
        throw new SociaalDomeinException("Scale " + scale + ": " + law.dutchName()
            + " cannot have " + single + " clients in one law over the three years");
      }
      groupPeople[Group.only(law).ordinal()] = single;
    }
  }

  /** {@code people} within what {@code perYear} allows: at least the largest year, at most all years apart, and no more continuing than can continue. */
  private static long clamp(long people, long[] perYear) {
    long most = perYear[0] + perYear[1] + perYear[2];
    long continuingAtMost = Math.min(perYear[0], perYear[1]) + Math.min(perYear[1], perYear[2]);
    long least = Math.max(Math.max(perYear[0], Math.max(perYear[1], perYear[2])), most - continuingAtMost);
    return Math.max(least, Math.min(most, people));
  }

  /**
   * Splits each group's people into spans of consecutive years: of the clients of one year, as
   * many continue into the next as the period's unique count allows, spread over the years in
   * proportion to how many could continue, and over the earlier cohorts in proportion to their
   * size; the rest are new.
   */
  private List<Bucket> spans() {
    List<Bucket> out = new ArrayList<>();
    for (Group g : Group.values()) {
      long[] gy = groupYear[g.ordinal()];
      long continuing = gy[0] + gy[1] + gy[2] - groupPeople[g.ordinal()];
      long[] capacity = new long[YEARS];
      for (int y = 1; y < YEARS; y++) {
        capacity[y] = Math.min(gy[y - 1], gy[y]);
      }
      long[] cont = LargestRemainder.split(continuing, capacity);
      long[][] active = new long[YEARS][YEARS];
      active[0][0] = gy[0];
      for (int y = 1; y < YEARS; y++) {
        long[] byCohort = LargestRemainder.split(cont[y], java.util.Arrays.copyOf(active[y - 1], y));
        for (int a = 0; a < y; a++) {
          active[y][a] = byCohort[a];
        }
        active[y][y] = gy[y] - cont[y];
      }
      for (int a = 0; a < YEARS; a++) {
        for (int b = a; b < YEARS; b++) {
          long k = active[b][a] - (b + 1 < YEARS ? active[b + 1][a] : 0);
          if (k < 0) {
            throw new IllegalStateException("negative span count");
          }
          if (k > 0) {
            out.add(new Bucket(g, a, b, k));
          }
        }
      }
    }
    return out;
  }

  /**
   * Figure 1.6 counts meerkosten as a Wmo provision, the other tables do not: with the laws'
   * clients and the unique clients fixed, the pairs alone give only 9 to 11 % in two laws; the
   * rest of the published 14,2 % and 13,0 % are meerkosten clients who are otherwise in the
   * Participatiewet only.
   */
  private void meerkosten() {
    for (int y = 0; y < YEARS; y++) {
      long permille = y == 1 ? Assumptions.TWO_LAW_SHARE_2019_PERMILLE
          : QuickscanCalibration.TWO_LAW_SHARE_PERMILLE.in(FIRST_YEAR + y);
      long twoLaws = Exact.round(BigDecimal.valueOf(unique[y] * permille).divide(BigDecimal.valueOf(1000), Exact.MC));
      meerkosten[y] = Math.max(0, twoLaws - pairs[y]);
      if (meerkosten[y] > groupYear[Group.PARTICIPATIEWET.ordinal()][y]) {
        throw new SociaalDomeinException("Scale " + scale + ": too few Participatiewet clients for the two-law share");
      }
      int cell = wmoCell(y, WMO_MEERKOSTEN);
      cellCount[cell] = meerkosten[y];
      cellCents[cell] = meerkosten[y] * Assumptions.MEERKOSTEN_AVERAGE_EUROS * 100;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Cost cells

  private void jeugdwetCells() {
    for (int y = 0; y < YEARS; y++) {
      JeugdwetCells cells = new JeugdwetCells(FIRST_YEAR + y, clients[Law.JEUGDWET.ordinal()][y],
          costCents[Law.JEUGDWET.ordinal()][y]);
      jeugdwetCellCounts[y] = cells.counts();
      long[] cents = cells.cents();
      for (int k = 0; k < REFERRERS * LEVELS; k++) {
        cellCount[y * REFERRERS * LEVELS + k] = jeugdwetCellCounts[y][k];
        cellCents[y * REFERRERS * LEVELS + k] = cents[k];
      }
    }
  }

  /**
   * Wmo clients per provision: Hulp bij Huishouden as printed (2019 assumed), Woon and Vervoer
   * assumed, and Begeleiding what the law's cost leaves at figure 3.4's averages. Each provision's
   * cost is its clients times its average, scaled to the law's exact cost.
   */
  private void wmoCells() {
    int law = Law.WMO.ordinal();
    for (int y = 0; y < YEARS; y++) {
      int year = FIRST_YEAR + y;
      long hh = y == 1 ? Assumptions.HULP_BIJ_HUISHOUDEN_CLIENTS_2019 : QuickscanCalibration.WMO_HULP_BIJ_HUISHOUDEN_CLIENTS.in(year);
      long[] atOne = {0, hh, Assumptions.WOON_CLIENTS.in(year), Assumptions.VERVOER_CLIENTS.in(year)};
      long[] average = new long[WMO_MAIN];
      for (int p = 0; p < WMO_MAIN; p++) {
        average[p] = QuickscanCalibration.WMO_PROVISION_AVERAGE.get(WMO_PROVISIONS[p]).in(year);
      }
      long rest = QuickscanCalibration.WMO_COST.in(year);
      for (int p = 1; p < WMO_MAIN; p++) {
        rest -= atOne[p] * average[p];
      }
      atOne[0] = Exact.round(BigDecimal.valueOf(rest).divide(BigDecimal.valueOf(average[0]), Exact.MC));
      long[] count = new long[WMO_MAIN];
      BigDecimal[] costWeight = new BigDecimal[WMO_MAIN];
      for (int p = 0; p < WMO_MAIN; p++) {
        count[p] = Exact.scaled(atOne[p], scale);
        costWeight[p] = BigDecimal.valueOf(count[p] * average[p]);
      }
      long[] cents = LargestRemainder.split(costCents[law][y], costWeight);
      provisions(clients[law][y], count, wmoMain, wmoExtra, wmoEligible, y, "Wmo");
      for (int p = 0; p < WMO_MAIN; p++) {
        cellCount[wmoCell(y, p)] = count[p];
        cellCents[wmoCell(y, p)] = cents[p];
      }
    }
  }

  private void participatiewetCells() {
    int law = Law.PARTICIPATIEWET.ordinal();
    int n = PARTICIPATIEWET_PROVISIONS.length;
    for (int y = 0; y < YEARS; y++) {
      int year = FIRST_YEAR + y;
      long[] count = new long[n];
      long[] euros = new long[n];
      long rest = QuickscanCalibration.PARTICIPATIEWET_COST.in(year);
      int remainder = -1;
      for (int p = 0; p < n; p++) {
        String name = PARTICIPATIEWET_PROVISIONS[p];
        count[p] = Exact.scaled(Assumptions.PARTICIPATIEWET_PROVISION_CLIENTS.get(name).in(year), scale);
        Yearly cost = Assumptions.PARTICIPATIEWET_PROVISION_COST.get(name);
        if (cost == null) {
          remainder = p;
        } else {
          euros[p] = cost.in(year);
          rest -= euros[p];
        }
      }
      if (rest <= 0) {
        throw new IllegalStateException("Participatiewet provisions cost more than the law in " + year);
      }
      euros[remainder] = rest;
      long[] cents = LargestRemainder.split(costCents[law][y], euros);
      provisions(clients[law][y], count, participatiewetMain, participatiewetExtra, participatiewetEligible, y, "Participatiewet");
      for (int p = 0; p < n; p++) {
        cellCount[participatiewetCell(y, p)] = count[p];
        cellCents[participatiewetCell(y, p)] = cents[p];
      }
    }
  }

  /**
   * Every client of the law gets one main provision, drawn so that each provision has its share
   * of the law's clients; the provision's other clients are picked from those whose main
   * provision is another one.
   */
  private void provisions(long lawClients, long[] count, long[][] main, long[][] extra, long[][] eligible, int y, String law) {
    long sum = 0;
    for (long c : count) {
      if (c > lawClients) {
        throw new SociaalDomeinException("Scale " + scale + ": a " + law + " provision has more clients than the law");
      }
      sum += c;
    }
    if (sum < lawClients) {
      throw new SociaalDomeinException("Scale " + scale + ": " + law + " provisions have fewer clients than the law");
    }
    main[y] = LargestRemainder.split(lawClients, count);
    for (int p = 0; p < count.length; p++) {
      extra[y][p] = count[p] - main[y][p];
      eligible[y][p] = lawClients - main[y][p];
    }
  }
}
