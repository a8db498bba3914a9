// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.Referrer;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.LargestRemainder;

/**
 * The counts and costs a generation run will produce, worked out exactly before any record is
 * drawn: the quickscan's figures times the scale, and how they decompose into people (per
 * combination of laws and span of years), referrer and level cells, and provisions. Immutable.
 *
 * <p>Clients per law and year, unique clients per year and over the years per law, clients in
 * two and three laws per year, and cost per law and year are fixed here and come out exactly
 * (up to rounding to whole clients and cents when scaling); the random draws decide only who is
 * who. Throws a {@link SociaalDomeinException} when the scale is too small for the figures to
 * decompose (below about 0.05).
 *
 * <p>The years are data: any run of consecutive years. 2018 to 2020 are the quickscan's; a year
 * outside them takes the figures of the nearest of them ({@link QuickscanCalibration#calibratedYear}),
 * and the figures the quickscan prints for 2018-2020 as a whole (unique clients per law over the
 * years, the youth-care and Wmo personal budgets) follow the span as {@code docs/generator.md},
 * "Years", describes. For 2018 to 2020 every figure is the quickscan's.
 */
public final class GenerationPlan {

  /**
   * One cost cell: the clients of one provision (or one youth-care referrer and level) in one
   * year, and their cost in cents, shared out over them to the cent.
   *
   * @param slot the cell's place among the plan's cells, for the generator's counters
   */
  record CostCell(int slot, int year, Law law, String what, long clients, long cents) {

    /** The cents above every client's minimum, shared out by weight. */
    long spread() {
      return cents - clients * Assumptions.MINIMUM_PROVISION_CENTS;
    }
  }

  /** The youth-care clients of one referrer and intensity level in a year. */
  record YouthCell(Referrer referrer, IntensityLevel level, CostCell cost) {}

  /**
   * A provision of a law in a year: its cell; how many of the law's clients have it as their
   * main provision; how many more have it besides another main provision, picked from the
   * {@code eligible} clients whose main provision is another one.
   */
  record ProvisionPlan(CostCell cost, long main, long extra, long eligible) {}

  /** What one year of the run holds. */
  record YearPlan(int year, Map<Law, Long> clients, Map<Law, Long> costCents, long unique, long pairs, long threes,
      long meerkosten, Map<Group, Long> groups, List<YouthCell> youthCells, Map<WmoProvision, ProvisionPlan> wmo,
      Map<ParticipatiewetProvision, ProvisionPlan> participatiewet) {}

  /** People of one group present in each year from {@code firstYear} to {@code lastYear}. */
  record Span(Group group, int firstYear, int lastYear, long people) {}

  /**
   * Youth-care personal budgets (line 2405): the people in youth care for more than one year and
   * for one year only, how many of each hold a budget (the first in their first year, then care
   * in kind), and what the budgets cost together.
   */
  record YouthBudgets(long multiYearPeople, long singleYearPeople, long pgbThenInKindPeople, long pgbOnlyPeople,
      long cents) {}

  /** How many providers each pool has, and how many of them make its top group. */
  record Providers(int jeugdwet, int jeugdwetTop, int wmo, int wmoTop, int woon, int vervoer, int werk, int schuldhulp) {}

  private final BigDecimal scale;
  private final List<YearPlan> years;
  private final Map<Law, Long> uniqueOverTheYears;
  private final Map<Group, Long> groupPeople;
  private final List<Span> spans;
  private final List<CostCell> cells;
  private final YouthBudgets youthBudgets;
  private final long wmoBudgetClients;
  private final int withoutQualificationPermille;
  private final Providers providers;

  GenerationPlan(BigDecimal scale, int firstYear, int lastYear) {
    this.scale = scale;
    Builder b = new Builder(scale, firstYear, lastYear);
    b.build();
    this.years = b.years;
    this.uniqueOverTheYears = b.uniqueOverTheYears;
    this.groupPeople = b.groupPeople;
    this.spans = b.spans;
    this.cells = b.cells;
    this.youthBudgets = b.youthBudgets;
    this.wmoBudgetClients = b.wmoBudgetClients;
    this.withoutQualificationPermille = b.withoutQualificationPermille;
    this.providers = b.providers;
  }

  // ---------------------------------------------------------------------------------------
  // Public view

  /** The scale factor: 1 is Hoogeveen. */
  public BigDecimal scale() {
    return scale;
  }

  /** The years generated, in order: 2018 to 2020 by default. */
  public List<Integer> years() {
    return years.stream().map(YearPlan::year).toList();
  }

  /** Unique clients of {@code law} in {@code year}, without meerkosten: figure 1.2 times the scale. */
  public long clients(Law law, int year) {
    return year(year).clients().get(law);
  }

  /** Cost of {@code law} in {@code year}, without meerkosten: figure 1.1 times the scale. */
  public Amount cost(Law law, int year) {
    return Amount.ofCents(year(year).costCents().get(law));
  }

  /** Unique clients of all laws in {@code year}. */
  public long uniqueClients(int year) {
    return year(year).unique();
  }

  /** Unique clients of {@code law} over all the years: for 2018-2020, 2.766, 5.830 and 4.430 times the scale. */
  public long uniqueClients(Law law) {
    return uniqueOverTheYears.get(law);
  }

  /** Clients in exactly two laws in {@code year}, counting meerkosten as Wmo (as figure 1.6 does). */
  public long twoLawClients(int year) {
    YearPlan y = year(year);
    return y.pairs() + y.meerkosten();
  }

  /** Clients in all three laws in {@code year}. */
  public long threeLawClients(int year) {
    return year(year).threes();
  }

  /** Clients with meerkosten in {@code year}: all of them otherwise in the Participatiewet only. */
  public long meerkostenClients(int year) {
    return year(year).meerkosten();
  }

  /** Everyone generated, over all the years. */
  public long people() {
    long n = 0;
    for (long p : groupPeople.values()) {
      n += p;
    }
    return n;
  }

  /** Youth-care providers paid in kind: 175 at scale 1, growing with the square root of the scale. */
  public int jeugdwetZinProviders() {
    return providers.jeugdwet();
  }

  @Override
  public String toString() {
    return "GenerationPlan[scale " + scale.toPlainString() + ", " + years().get(0) + "-" + years().get(years.size() - 1)
        + ", " + people() + " people]";
  }

  // ---------------------------------------------------------------------------------------
  // What the generator reads

  /** The years' plans, in order. */
  List<YearPlan> yearPlans() {
    return years;
  }

  int firstYear() {
    return years.get(0).year();
  }

  List<Span> spans() {
    return spans;
  }

  /** Every cost cell, by slot. */
  List<CostCell> cells() {
    return cells;
  }

  YouthBudgets youthBudgets() {
    return youthBudgets;
  }

  /** Clients with a Begeleiding or Hulp bij Huishouden budget over the years (line 2536: 448 over 2018-2020). */
  long wmoBudgetClients() {
    return wmoBudgetClients;
  }

  /** Per mille of Werk clients without a start qualification. */
  int withoutQualificationPermille() {
    return withoutQualificationPermille;
  }

  Providers providers() {
    return providers;
  }

  private YearPlan year(int year) {
    int first = firstYear();
    int last = years.get(years.size() - 1).year();
    if (year < first || year > last) {
      throw new SociaalDomeinException("The generator covers " + first + " to " + last + ", not " + year);
    }
    return years.get(year - first);
  }

  // ---------------------------------------------------------------------------------------

  /**
   * Works the plan out. Per year {@code y} (0 for the first year of the run) it keeps the
   * figures in arrays while it computes, and hands the plan only the immutable values.
   */
  private static final class Builder {

    private final BigDecimal scale;
    private final int firstYear;
    private final int n;
    /** Whether the run is the quickscan's 2018-2020, whose figures over the years are published. */
    private final boolean calibrationSpan;

    private final long[][] clients;
    private final long[][] costCents;
    private final long[] unique;
    private final long[] periodUnique = new long[Law.values().length];
    private final long[] pairs;
    private final long[] threes;
    private final long[] meerkosten;
    private final long[][] groupYear;
    private final long[] groupPeopleArray = new long[Group.values().length];
    private final List<CostCell> cellList = new ArrayList<>();

    List<YearPlan> years;
    Map<Law, Long> uniqueOverTheYears;
    Map<Group, Long> groupPeople;
    List<Span> spans;
    List<CostCell> cells;
    YouthBudgets youthBudgets;
    long wmoBudgetClients;
    int withoutQualificationPermille;
    Providers providers;

    Builder(BigDecimal scale, int firstYear, int lastYear) {
      this.scale = scale;
      this.firstYear = firstYear;
      this.n = lastYear - firstYear + 1;
      this.calibrationSpan = firstYear == QuickscanCalibration.FIRST_YEAR && lastYear == QuickscanCalibration.LAST_YEAR;
      this.clients = new long[Law.values().length][n];
      this.costCents = new long[Law.values().length][n];
      this.unique = new long[n];
      this.pairs = new long[n];
      this.threes = new long[n];
      this.meerkosten = new long[n];
      this.groupYear = new long[Group.values().length][n];
    }

    private int year(int y) {
      return firstYear + y;
    }

    /** The quickscan year whose figures year {@code y} takes. */
    private int calibrated(int y) {
      return QuickscanCalibration.calibratedYear(year(y));
    }

    void build() {
      for (Law law : Law.values()) {
        for (int y = 0; y < n; y++) {
          clients[law.ordinal()][y] = Exact.scaled(QuickscanCalibration.clients(law, calibrated(y)), scale);
          costCents[law.ordinal()][y] = Exact.scaled(Math.multiplyExact(QuickscanCalibration.cost(law, calibrated(y)), 100), scale);
        }
        periodUnique[law.ordinal()] = calibrationSpan
            ? Exact.scaled(QuickscanCalibration.clients2018To2020(law), scale)
            : Exact.round(extrapolatedUnique(law, clients[law.ordinal()]));
      }
      for (int y = 0; y < n; y++) {
        unique[y] = Exact.scaled(QuickscanCalibration.UNIQUE_CLIENTS.in(calibrated(y)), scale);
      }
      groups();
      spans = Collections.unmodifiableList(spans());
      long[] meerkostenCents = meerkosten();
      List<List<YouthCell>> youth = new ArrayList<>();
      List<Map<WmoProvision, ProvisionPlan>> wmo = new ArrayList<>();
      List<Map<ParticipatiewetProvision, ProvisionPlan>> participatiewet = new ArrayList<>();
      for (int y = 0; y < n; y++) {
        youth.add(youthCells(y));
        Map<WmoProvision, ProvisionPlan> w = wmoCells(y);
        w.put(WmoProvision.MEERKOSTEN, new ProvisionPlan(cell(y, Law.WMO, QuickscanCalibration.MEERKOSTEN, meerkosten[y],
            meerkostenCents[y]), 0, meerkosten[y], groupYear[Group.PARTICIPATIEWET.ordinal()][y]));
        wmo.add(Collections.unmodifiableMap(w));
        participatiewet.add(Collections.unmodifiableMap(participatiewetCells(y)));
      }
      for (CostCell c : cellList) {
        if (c.cents() < c.clients() * Assumptions.MINIMUM_PROVISION_CENTS) {
          throw new SociaalDomeinException("Scale " + scale + " leaves too little cost for the clients of " + c.what()
              + " in " + c.year());
        }
      }
      cells = List.copyOf(cellList);

      List<YearPlan> ys = new ArrayList<>();
      for (int y = 0; y < n; y++) {
        Map<Law, Long> lawClients = new EnumMap<>(Law.class);
        Map<Law, Long> lawCents = new EnumMap<>(Law.class);
        for (Law law : Law.values()) {
          lawClients.put(law, clients[law.ordinal()][y]);
          lawCents.put(law, costCents[law.ordinal()][y]);
        }
        Map<Group, Long> groups = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
          groups.put(g, groupYear[g.ordinal()][y]);
        }
        ys.add(new YearPlan(year(y), Collections.unmodifiableMap(lawClients), Collections.unmodifiableMap(lawCents),
            unique[y], pairs[y], threes[y], meerkosten[y], Collections.unmodifiableMap(groups), youth.get(y), wmo.get(y),
            participatiewet.get(y)));
      }
      years = List.copyOf(ys);
      Map<Law, Long> over = new EnumMap<>(Law.class);
      for (Law law : Law.values()) {
        over.put(law, periodUnique[law.ordinal()]);
      }
      uniqueOverTheYears = Collections.unmodifiableMap(over);
      Map<Group, Long> people = new EnumMap<>(Group.class);
      for (Group g : Group.values()) {
        people.put(g, groupPeopleArray[g.ordinal()]);
      }
      groupPeople = Collections.unmodifiableMap(people);

      youthBudgets = youthBudgets();
      wmoBudgetClients = Exact.scaled(QuickscanCalibration.WMO_BG_HH_PGB_CLIENTS, scale.multiply(periodFactor(Law.WMO)));
      withoutQualificationPermille = (int) Exact.round(BigDecimal.valueOf(QuickscanCalibration.WERK_WITHOUT_QUALIFICATION_CLIENTS_2018 * 1000)
          .divide(BigDecimal.valueOf(QuickscanCalibration.WERK_CLIENTS.in(2018)), Exact.MC));

      BigDecimal root = scale.sqrt(Exact.MC);
      int jeugdwetProviders = (int) Math.max(10, Exact.round(root.multiply(BigDecimal.valueOf(QuickscanCalibration.JEUGDWET_ZIN_PROVIDERS))));
      int wmoProviders = (int) Math.max(2, Exact.round(root.multiply(BigDecimal.valueOf(QuickscanCalibration.WMO_BG_HH_PROVIDERS))));
      int wmoTopProviders = (int) Math.max(1, Exact.round(root.multiply(BigDecimal.valueOf(QuickscanCalibration.WMO_BG_HH_TOP_PROVIDERS))));
      providers = new Providers(jeugdwetProviders, jeugdwetProviders * 10 / 100, wmoProviders,
          Math.min(wmoProviders, wmoTopProviders), poolSize(Assumptions.WOON_PROVIDERS, root),
          poolSize(Assumptions.VERVOER_PROVIDERS, root), poolSize(Assumptions.WERK_PROVIDERS, root),
          poolSize(Assumptions.SCHULDHULP_PROVIDERS, root));
    }

    private CostCell cell(int y, Law law, String what, long count, long cents) {
      CostCell c = new CostCell(cellList.size(), year(y), law, what, count, cents);
      cellList.add(c);
      return c;
    }

    private static int poolSize(int atScaleOne, BigDecimal root) {
      return (int) Math.max(1, Exact.round(root.multiply(BigDecimal.valueOf(atScaleOne))));
    }

    // -------------------------------------------------------------------------------------
    // Years the quickscan does not cover as a whole

    /**
     * Unique clients of {@code law} over the run's years when they are not 2018-2020: the
     * client-years less the clients who continue from one year into the next, where as many
     * continue, of those who could ({@code min} of the two years), as did over 2018-2020.
     */
    private static BigDecimal extrapolatedUnique(Law law, long[] perYear) {
      long clientYears = 0;
      long couldContinue = 0;
      for (int y = 0; y < perYear.length; y++) {
        clientYears += perYear[y];
        if (y > 0) {
          couldContinue += Math.min(perYear[y - 1], perYear[y]);
        }
      }
      return BigDecimal.valueOf(clientYears).subtract(continuingShare(law).multiply(BigDecimal.valueOf(couldContinue)));
    }

    /** Of the clients of {@code law} who could continue from one year of 2018-2020 into the next, the share who did. */
    private static BigDecimal continuingShare(Law law) {
      long c2018 = QuickscanCalibration.clients(law, 2018);
      long c2019 = QuickscanCalibration.clients(law, 2019);
      long c2020 = QuickscanCalibration.clients(law, 2020);
      long continued = c2018 + c2019 + c2020 - QuickscanCalibration.clients2018To2020(law);
      long could = Math.min(c2018, c2019) + Math.min(c2019, c2020);
      return BigDecimal.valueOf(continued).divide(BigDecimal.valueOf(could), Exact.MC);
    }

    /**
     * How the quickscan's figures over 2018-2020 of {@code law} carry over to the run's years: 1
     * for 2018-2020, else the unique clients over the run's years (at scale 1) against those of
     * 2018-2020.
     */
    private BigDecimal periodFactor(Law law) {
      if (calibrationSpan) {
        return BigDecimal.ONE;
      }
      long[] atScaleOne = new long[n];
      for (int y = 0; y < n; y++) {
        atScaleOne[y] = QuickscanCalibration.clients(law, calibrated(y));
      }
      return extrapolatedUnique(law, atScaleOne)
          .divide(BigDecimal.valueOf(QuickscanCalibration.clients2018To2020(law)), Exact.MC);
    }

    /** The youth-care cost of the run's years (at scale 1) against that of 2018-2020: 1 for 2018-2020. */
    private BigDecimal youthCostFactor() {
      if (calibrationSpan) {
        return BigDecimal.ONE;
      }
      long run = 0;
      for (int y = 0; y < n; y++) {
        run += QuickscanCalibration.JEUGDWET_COST.in(calibrated(y));
      }
      return BigDecimal.valueOf(run).divide(BigDecimal.valueOf(QuickscanCalibration.JEUGDWET_COST.total()), Exact.MC);
    }

    // -------------------------------------------------------------------------------------
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
      for (int y = 0; y < n; y++) {
        threes[y] = Exact.scaled(Assumptions.THREE_LAW_CLIENTS.in(calibrated(y)), scale);
        pairs[y] = clients[w][y] + clients[j][y] + clients[p][y] - unique[y] - 2 * threes[y];
        if (pairs[y] < 0) {
          throw new SociaalDomeinException("Scale " + scale + ": fewer clients per law than unique clients in " + year(y));
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
      BigDecimal[] ratio = new BigDecimal[Law.values().length];
      for (Law law : Law.values()) {
        long clientYears = 0;
        for (int y = 0; y < n; y++) {
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
          long people = Exact.round(BigDecimal.valueOf(sum(gy)).multiply(r));
          groupPeopleArray[g.ordinal()] = clamp(people, gy);
        }
      }
      for (Law law : Law.values()) {
        long single = periodUnique[law.ordinal()];
        for (Group g : Group.values()) {
          if (g.laws() > 1 && g.has(law)) {
            single -= groupPeopleArray[g.ordinal()];
          }
        }
        long[] gy = groupYear[Group.only(law).ordinal()];
        if (single != clamp(single, gy)) {
          throw new SociaalDomeinException("Scale " + scale + ": " + law.dutchName()
              + " cannot have " + single + " clients in one law over the " + n + " years");
        }
        groupPeopleArray[Group.only(law).ordinal()] = single;
      }
    }

    private static long sum(long[] perYear) {
      long s = 0;
      for (long v : perYear) {
        s += v;
      }
      return s;
    }

    /**
     * {@code people} within what {@code perYear} allows: at least the largest year, at most all
     * years apart, and no more continuing than can continue from one year into the next.
     */
    private static long clamp(long people, long[] perYear) {
      long most = 0;
      long largest = 0;
      long continuingAtMost = 0;
      for (int y = 0; y < perYear.length; y++) {
        most += perYear[y];
        largest = Math.max(largest, perYear[y]);
        if (y > 0) {
          continuingAtMost += Math.min(perYear[y - 1], perYear[y]);
        }
      }
      long least = Math.max(largest, most - continuingAtMost);
      return Math.max(least, Math.min(most, people));
    }

    /**
     * Splits each group's people into spans of consecutive years: of the clients of one year, as
     * many continue into the next as the unique count over the years allows, spread over the
     * years in proportion to how many could continue, and over the earlier cohorts in proportion
     * to their size; the rest are new.
     */
    private List<Span> spans() {
      List<Span> out = new ArrayList<>();
      for (Group g : Group.values()) {
        long[] gy = groupYear[g.ordinal()];
        long continuing = sum(gy) - groupPeopleArray[g.ordinal()];
        long[] capacity = new long[n];
        for (int y = 1; y < n; y++) {
          capacity[y] = Math.min(gy[y - 1], gy[y]);
        }
        long[] cont = LargestRemainder.split(continuing, capacity);
        // active[y][a]: people of the cohort that arrived in year a still there in year y.
        long[][] active = new long[n][n];
        active[0][0] = gy[0];
        for (int y = 1; y < n; y++) {
          long[] byCohort = LargestRemainder.split(cont[y], Arrays.copyOf(active[y - 1], y));
          for (int a = 0; a < y; a++) {
            active[y][a] = byCohort[a];
          }
          active[y][y] = gy[y] - cont[y];
        }
        for (int a = 0; a < n; a++) {
          for (int b = a; b < n; b++) {
            long k = active[b][a] - (b + 1 < n ? active[b + 1][a] : 0);
            if (k < 0) {
              throw new IllegalStateException("negative span count");
            }
            if (k > 0) {
              out.add(new Span(g, year(a), year(b), k));
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
     * Participatiewet only. Returns their cost per year, in cents.
     */
    private long[] meerkosten() {
      long[] cents = new long[n];
      for (int y = 0; y < n; y++) {
        long permille = Assumptions.TWO_LAW_SHARE_PERMILLE.in(calibrated(y));
        long twoLaws = Exact.round(BigDecimal.valueOf(unique[y] * permille).divide(BigDecimal.valueOf(1000), Exact.MC));
        meerkosten[y] = Math.max(0, twoLaws - pairs[y]);
        if (meerkosten[y] > groupYear[Group.PARTICIPATIEWET.ordinal()][y]) {
          throw new SociaalDomeinException("Scale " + scale + ": too few Participatiewet clients for the two-law share");
        }
        cents[y] = meerkosten[y] * Assumptions.MEERKOSTEN_AVERAGE_EUROS * 100;
      }
      return cents;
    }

    // -------------------------------------------------------------------------------------
    // Cost cells

    private List<YouthCell> youthCells(int y) {
      JeugdwetCells split = new JeugdwetCells(calibrated(y), clients[Law.JEUGDWET.ordinal()][y],
          costCents[Law.JEUGDWET.ordinal()][y]);
      List<YouthCell> out = new ArrayList<>();
      for (Referrer referrer : Referrer.values()) {
        for (IntensityLevel level : IntensityLevel.values()) {
          out.add(new YouthCell(referrer, level, cell(y, Law.JEUGDWET, referrer.code() + ", level " + level.dutchName(),
              split.count(referrer, level), split.cents(referrer, level))));
        }
      }
      return List.copyOf(out);
    }

    /**
     * Wmo clients per provision: Hulp bij Huishouden as printed (2019 assumed), Woon and Vervoer
     * assumed, and Begeleiding what the law's cost leaves at figure 3.4's averages. Each
     * provision's cost is its clients times its average, scaled to the law's exact cost.
     */
    private Map<WmoProvision, ProvisionPlan> wmoCells(int y) {
      int c = calibrated(y);
      List<WmoProvision> main = WmoProvision.MAIN;
      Map<WmoProvision, Long> atScaleOne = new EnumMap<>(WmoProvision.class);
      atScaleOne.put(WmoProvision.HULP_BIJ_HUISHOUDEN, Assumptions.HULP_BIJ_HUISHOUDEN_CLIENTS.in(c));
      atScaleOne.put(WmoProvision.WOON, Assumptions.WOON_CLIENTS.in(c));
      atScaleOne.put(WmoProvision.VERVOER, Assumptions.VERVOER_CLIENTS.in(c));
      long rest = QuickscanCalibration.WMO_COST.in(c);
      for (Map.Entry<WmoProvision, Long> e : atScaleOne.entrySet()) {
        rest -= e.getValue() * average(e.getKey(), c);
      }
      atScaleOne.put(WmoProvision.BEGELEIDING, Exact.round(BigDecimal.valueOf(rest)
          .divide(BigDecimal.valueOf(average(WmoProvision.BEGELEIDING, c)), Exact.MC)));
      long[] count = new long[main.size()];
      BigDecimal[] costWeight = new BigDecimal[main.size()];
      for (int i = 0; i < main.size(); i++) {
        count[i] = Exact.scaled(atScaleOne.get(main.get(i)), scale);
        costWeight[i] = BigDecimal.valueOf(count[i] * average(main.get(i), c));
      }
      long[] cents = LargestRemainder.split(costCents[Law.WMO.ordinal()][y], costWeight);
      long[][] split = provisions(clients[Law.WMO.ordinal()][y], count, "Wmo");
      Map<WmoProvision, ProvisionPlan> out = new EnumMap<>(WmoProvision.class);
      for (int i = 0; i < main.size(); i++) {
        out.put(main.get(i), new ProvisionPlan(cell(y, Law.WMO, main.get(i).dutchName(), count[i], cents[i]),
            split[0][i], split[1][i], split[2][i]));
      }
      return out;
    }

    private static long average(WmoProvision provision, int calibratedYear) {
      return QuickscanCalibration.WMO_PROVISION_AVERAGE.get(provision.dutchName()).in(calibratedYear);
    }

    /** Participatiewet clients and cost per provision from chapter 4's text; Bijzondere bijstand takes the rest of the cost. */
    private Map<ParticipatiewetProvision, ProvisionPlan> participatiewetCells(int y) {
      int c = calibrated(y);
      ParticipatiewetProvision[] provisions = ParticipatiewetProvision.values();
      long[] count = new long[provisions.length];
      long[] euros = new long[provisions.length];
      long rest = QuickscanCalibration.PARTICIPATIEWET_COST.in(c);
      int remainder = -1;
      for (int i = 0; i < provisions.length; i++) {
        String name = provisions[i].dutchName();
        count[i] = Exact.scaled(Assumptions.PARTICIPATIEWET_PROVISION_CLIENTS.get(name).in(c), scale);
        Yearly cost = Assumptions.PARTICIPATIEWET_PROVISION_COST.get(name);
        if (cost == null) {
          remainder = i;
        } else {
          euros[i] = cost.in(c);
          rest -= euros[i];
        }
      }
      if (rest <= 0) {
        throw new IllegalStateException("Participatiewet provisions cost more than the law in " + c);
      }
      euros[remainder] = rest;
      long[] cents = LargestRemainder.split(costCents[Law.PARTICIPATIEWET.ordinal()][y], euros);
      long[][] split = provisions(clients[Law.PARTICIPATIEWET.ordinal()][y], count, "Participatiewet");
      Map<ParticipatiewetProvision, ProvisionPlan> out = new EnumMap<>(ParticipatiewetProvision.class);
      for (int i = 0; i < provisions.length; i++) {
        out.put(provisions[i], new ProvisionPlan(cell(y, Law.PARTICIPATIEWET, provisions[i].dutchName(), count[i], cents[i]),
            split[0][i], split[1][i], split[2][i]));
      }
      return out;
    }

    /**
     * Every client of the law gets one main provision, drawn so that each provision has its
     * share of the law's clients; the provision's other clients are picked from those whose main
     * provision is another one. Returns per provision the main clients, the extra ones and those
     * eligible for the extra ones.
     */
    private long[][] provisions(long lawClients, long[] count, String law) {
      long total = 0;
      for (long c : count) {
        if (c > lawClients) {
          throw new SociaalDomeinException("Scale " + scale + ": a " + law + " provision has more clients than the law");
        }
        total += c;
      }
      if (total < lawClients) {
        throw new SociaalDomeinException("Scale " + scale + ": " + law + " provisions have fewer clients than the law");
      }
      long[] main = LargestRemainder.split(lawClients, count);
      long[] extra = new long[count.length];
      long[] eligible = new long[count.length];
      for (int p = 0; p < count.length; p++) {
        extra[p] = count[p] - main[p];
        eligible[p] = lawClients - main[p];
      }
      return new long[][] {main, extra, eligible};
    }

    /**
     * Line 2405: 2.002 clients are 73 % of the clients in kind, so about 2.742 had care in kind;
     * with 2.766 clients in all and 182 with a budget, 158 of those had both. They are generated
     * as a budget in their first year and care in kind after; the other 24 have one year of budget.
     */
    private YouthBudgets youthBudgets() {
      long multi = 0;
      long single = 0;
      for (Span s : spans) {
        if (s.group().has(Law.JEUGDWET)) {
          if (s.lastYear() > s.firstYear()) {
            multi += s.people();
          } else {
            single += s.people();
          }
        }
      }
      long zinClients = Exact.round(BigDecimal.valueOf(QuickscanCalibration.JEUGDWET_ZIN_TOP_CLIENTS * 100)
          .divide(BigDecimal.valueOf(QuickscanCalibration.JEUGDWET_ZIN_TOP_CLIENT_SHARE_PERCENT), Exact.MC));
      long both = QuickscanCalibration.JEUGDWET_PGB_CLIENTS + zinClients - QuickscanCalibration.JEUGDWET_CLIENTS_2018_2020;
      BigDecimal youthScale = scale.multiply(periodFactor(Law.JEUGDWET));
      long pgb = Exact.scaled(QuickscanCalibration.JEUGDWET_PGB_CLIENTS, youthScale);
      long pgbThenZin = Math.min(multi, Exact.scaled(both, youthScale));
      long pgbOnly = Math.min(single, pgb - pgbThenZin);
      long cents = Exact.scaled(QuickscanCalibration.JEUGDWET_PGB_COST * 100, scale.multiply(youthCostFactor()));
      return new YouthBudgets(multi, single, pgbThenZin, pgbOnly, cents);
    }
  }
}
