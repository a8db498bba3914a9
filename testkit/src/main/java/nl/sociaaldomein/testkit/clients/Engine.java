// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import nl.sociaaldomein.clients.ClientId;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.DeliveryForm;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.clients.Referrer;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.testkit.clients.GenerationPlan.CostCell;
import nl.sociaaldomein.testkit.clients.GenerationPlan.ProvisionPlan;
import nl.sociaaldomein.testkit.clients.GenerationPlan.YearPlan;
import nl.sociaaldomein.testkit.clients.GenerationPlan.YouthCell;

/**
 * One pass over the generated people. Every person is drawn in two steps: the structure (which
 * laws and years, which referrer-level cell or provisions, a cost weight per provision-year)
 * from a random stream of its own, and the details (months, providers, records, payments) from
 * another. A first pass draws only the structures, to learn each cost cell's total weight; the
 * second pass draws them again, identically, and gives each provision-year its share of its
 * cell's exact cost, {@code cost * weight / total weight}, as a running sum rounded down to
 * cents, so the cell's cost comes out to the cent. Memory is per cell and per person, never
 * per record.
 *
 * <p>Years are positions in the plan's run of years (0 for its first year); cells are the plan's
 * {@link CostCell}s, whose slots index the counters.
 */
final class Engine implements Iterator<SyntheticClient> {

  static final String AMBULANT = "Ambulante jeugdhulp";
  static final String DAGHULP = "Daghulp";
  static final String VERBLIJF = "Verblijf";
  static final String JEUGDBESCHERMING = "Jeugdbescherming";
  static final String OVERIGE_JEUGDHULP = "Overige jeugdhulp";
  static final String DIAGNOSTIEK = "Diagnostiek";

  private static final long ORDER_SALT = 0x6a09e667f3bcc909L;
  private static final long STRUCTURE_SALT = 0xbb67ae8584caa73bL;
  private static final long DETAIL_SALT = 0x3c6ef372fe94f82bL;
  private static final long ID_SALT = 0xa54ff53a5f1d36f1L;

  private static final List<ParticipatiewetProvision> PARTICIPATIEWET = List.of(ParticipatiewetProvision.values());

  private enum Payments { MONTHLY, BENEFIT, INCIDENTAL, ONCE }

  private record Traits(DeliveryForm form, Referrer referrer, IntensityLevel level, String phase, String qualification) {}

  private final GenerationPlan plan;
  private final List<YearPlan> years;
  private final int density;
  private final Pseudonymiser pseudonymiser;
  /** The first pass's weights; null during the first pass. */
  private final Weights weights;
  /** First pass: weight of care in kind per cell; second pass: weight handed out so far. */
  private final long[] accumulated;
  /** First pass: weight of youth-care budget years per cell, and their number. */
  private final long[] accumulatedPgb;
  private final long[] pgbArrivals;
  /** Cents above the minimum given so far per cell. */
  private final long[] given;

  private final SplittableRandom order;
  private final SplittableRandom structures;
  private final SplittableRandom details;
  private final Urn people;
  /** Per year: the youth-care cells, each with as many slots as clients. */
  private final List<Urn> youthCells = new ArrayList<>();
  /** Per year: the Wmo main provisions ({@link WmoProvision#MAIN}), each with as many slots as main clients. */
  private final List<Urn> wmoMain = new ArrayList<>();
  /** Per year: the Participatiewet provisions as main provision. */
  private final List<Urn> participatiewetMain = new ArrayList<>();
  /** Per year: who of the eligible gets a provision besides their main one; meerkosten among the Participatiewet-only. */
  private final List<Map<WmoProvision, Selection>> wmoExtra = new ArrayList<>();
  private final List<Map<ParticipatiewetProvision, Selection>> participatiewetExtra = new ArrayList<>();
  /** First pass: people who could hold a Wmo budget; second pass: which of them do. */
  private long wmoPgbCandidates;
  private final Selection wmoPgb;
  private final Selection jeugdwetPgbThenZin;
  private final Selection jeugdwetPgbOnly;
  private final WeightTable costFactors = new WeightTable(Assumptions.COST_FACTOR_PERCENT);
  private final WeightTable phases = new WeightTable(Assumptions.PHASE_PERCENT);
  private final WeightTable jeugdwetAges = new WeightTable(Assumptions.JEUGD_AGE_WEIGHTS);
  private final WeightTable wmoAges = new WeightTable(Assumptions.WMO_AGE_PERCENT);
  private final WeightTable participatiewetAges = new WeightTable(Assumptions.PARTICIPATIEWET_AGE_PERCENT);

  private final BsnSpace bsns;
  private final Households households = new Households();
  private final long idBase;
  private final ProviderPool jeugdwetProviders;
  private final ProviderPool wmoProviders;
  private final ProviderPool woonProviders;
  private final ProviderPool vervoerProviders;
  private final ProviderPool werkProviders;
  private final ProviderPool schuldhulpProviders;
  private long person;

  /**
   * What the first pass learns: per cell the weight of ordinary provision-years and of youth-care
   * budget years, and the multiplier of the budget years (against {@value #PLAIN} for the others)
   * that makes the budgets cost what line 2405 says, 3.088.307 over 2018-2020 at scale 1. A
   * cell's total weight in the second pass is {@code PLAIN * plain + multiplier * pgb}, exactly.
   */
  static final class Weights {
    static final long PLAIN = 1000;
    private static final long MOST = 1_000_000;
    final long[] plain;
    final long[] pgb;
    final long pgbMultiplier;
    /** People who could hold a Wmo personal budget: Begeleiding or Hulp bij Huishouden, and no youth care. */
    final long wmoPgbCandidates;

    Weights(GenerationPlan plan, long[] plain, long[] pgb, long[] pgbArrivals, long wmoPgbCandidates) {
      this.plain = plain;
      this.pgb = pgb;
      this.wmoPgbCandidates = wmoPgbCandidates;
      long target = plan.youthBudgets().cents();
      long lo = 1;
      long hi = MOST;
      while (lo < hi) {
        long mid = (lo + hi) >>> 1;
        if (pgbCost(plan, pgbArrivals, mid) < target) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      this.pgbMultiplier = lo;
    }

    /** The cents the budget years get with {@code multiplier}: their minimum and their share of each cell. */
    private long pgbCost(GenerationPlan plan, long[] pgbArrivals, long multiplier) {
      long cents = 0;
      for (CostCell cell : plan.cells()) {
        int c = cell.slot();
        if (pgb[c] > 0) {
          cents += pgbArrivals[c] * Assumptions.MINIMUM_PROVISION_CENTS
              + Exact.mulDiv(cell.spread(), multiplier * pgb[c], total(c, multiplier));
        }
      }
      return cents;
    }

    private long total(int slot, long multiplier) {
      return Math.addExact(Math.multiplyExact(PLAIN, plain[slot]), Math.multiplyExact(multiplier, pgb[slot]));
    }

    long total(CostCell cell) {
      return total(cell.slot(), pgbMultiplier);
    }
  }

  private Engine(GenerationPlan plan, long seed, int density, Pseudonymiser pseudonymiser, Weights weights) {
    this.plan = plan;
    this.years = plan.yearPlans();
    this.density = density;
    this.pseudonymiser = pseudonymiser;
    this.weights = weights;
    int cells = plan.cells().size();
    this.accumulated = new long[cells];
    this.accumulatedPgb = new long[cells];
    this.pgbArrivals = new long[cells];
    this.given = new long[cells];
    this.order = new SplittableRandom(Exact.mix(seed ^ ORDER_SALT));
    this.structures = new SplittableRandom(Exact.mix(seed ^ STRUCTURE_SALT));
    this.details = new SplittableRandom(Exact.mix(seed ^ DETAIL_SALT));
    this.people = new Urn(plan.spans().stream().mapToLong(GenerationPlan.Span::people).toArray());
    for (YearPlan year : years) {
      youthCells.add(new Urn(year.youthCells().stream().mapToLong(c -> c.cost().clients()).toArray()));
      wmoMain.add(new Urn(WmoProvision.MAIN.stream().mapToLong(p -> year.wmo().get(p).main()).toArray()));
      participatiewetMain.add(new Urn(PARTICIPATIEWET.stream().mapToLong(p -> year.participatiewet().get(p).main()).toArray()));
      Map<WmoProvision, Selection> wmo = new EnumMap<>(WmoProvision.class);
      for (Map.Entry<WmoProvision, ProvisionPlan> e : year.wmo().entrySet()) {
        wmo.put(e.getKey(), new Selection(e.getValue().extra(), e.getValue().eligible()));
      }
      wmoExtra.add(wmo);
      Map<ParticipatiewetProvision, Selection> participatiewet = new EnumMap<>(ParticipatiewetProvision.class);
      for (Map.Entry<ParticipatiewetProvision, ProvisionPlan> e : year.participatiewet().entrySet()) {
        participatiewet.put(e.getKey(), new Selection(e.getValue().extra(), e.getValue().eligible()));
      }
      participatiewetExtra.add(participatiewet);
    }
    GenerationPlan.YouthBudgets budgets = plan.youthBudgets();
    this.jeugdwetPgbThenZin = new Selection(budgets.pgbThenInKindPeople(), budgets.multiYearPeople());
    this.jeugdwetPgbOnly = new Selection(budgets.pgbOnlyPeople(), budgets.singleYearPeople());
    this.wmoPgb = weights == null ? null : new Selection(
        Math.min(weights.wmoPgbCandidates, plan.wmoBudgetClients()), weights.wmoPgbCandidates);
    this.bsns = new BsnSpace(seed);
    this.idBase = Exact.mix(seed ^ ID_SALT);
    GenerationPlan.Providers providers = plan.providers();
    this.jeugdwetProviders = new ProviderPool("Jeugdhulpaanbieder", providers.jeugdwet(), providers.jeugdwetTop());
    this.wmoProviders = new ProviderPool("Wmo-zorgaanbieder", providers.wmo(), providers.wmoTop());
    this.woonProviders = new ProviderPool("Woningaanpasser", providers.woon(), 1);
    this.vervoerProviders = new ProviderPool("Vervoerder", providers.vervoer(), 1);
    this.werkProviders = new ProviderPool("Re-integratiebedrijf", providers.werk(), 1);
    this.schuldhulpProviders = new ProviderPool("Schuldhulpverlener", providers.schuldhulp(), 1);
  }

  /** The first pass: every cell's weights. */
  static Weights weigh(GenerationPlan plan, long seed) {
    Engine e = new Engine(plan, seed, 100, null, null);
    while (e.people.remaining() > 0) {
      e.draft();
    }
    return new Weights(plan, e.accumulated.clone(), e.accumulatedPgb.clone(), e.pgbArrivals.clone(), e.wmoPgbCandidates);
  }

  /** The second pass, which hands out the people. */
  static Engine emitting(GenerationPlan plan, GeneratorSettings settings, Pseudonymiser pseudonymiser, Weights weights) {
    return new Engine(plan, settings.seed(), settings.paymentDensityPercent(), pseudonymiser, weights);
  }

  @Override
  public boolean hasNext() {
    return people.remaining() > 0;
  }

  @Override
  public SyntheticClient next() {
    if (!hasNext()) {
      throw new NoSuchElementException("All " + person + " people have been generated");
    }
    SyntheticClient client = render(draft());
    if (!hasNext()) {
      for (CostCell cell : plan.cells()) {
        if (accumulated[cell.slot()] != weights.total(cell) || given[cell.slot()] != cell.spread()) {
          throw new IllegalStateException("The second pass drew other weights than the first in the cost cell of "
              + cell.what() + " in " + cell.year());
        }
      }
    }
    return client;
  }

  // ---------------------------------------------------------------------------------------
  // Structure

  /** What the structure of one person fixes. */
  private static final class Draft {
    final Group group;
    /** The person's first and last year, as positions in the run. */
    final int first;
    final int last;
    int age;
    long factor;
    /** The year (position) of a youth-care personal budget, or -1. */
    int jeugdwetPgbYear = -1;
    /** Whether the person has Begeleiding or Hulp bij Huishouden in some year, without youth care. */
    boolean wmoPgbCandidate;
    String phase;
    String qualification;
    /** Per year: the youth-care cell, or null, and its weight. */
    final YouthCell[] youthCell;
    final long[] youthWeight;
    /** Per year: the Wmo provisions and their weights, in the order of the provisions. */
    final List<Map<WmoProvision, Long>> wmo = new ArrayList<>();
    final DeliveryForm[] wmoForm;
    /** Per year: the Participatiewet provisions and their weights. */
    final List<Map<ParticipatiewetProvision, Long>> participatiewet = new ArrayList<>();

    Draft(GenerationPlan.Span span, int firstYear, int years) {
      this.group = span.group();
      this.first = span.firstYear() - firstYear;
      this.last = span.lastYear() - firstYear;
      this.youthCell = new YouthCell[years];
      this.youthWeight = new long[years];
      this.wmoForm = new DeliveryForm[years];
      for (int y = 0; y < years; y++) {
        wmo.add(Map.of());
        participatiewet.add(Map.of());
      }
    }
  }

  private Draft draft() {
    Draft d = new Draft(plan.spans().get(people.draw(order)), plan.firstYear(), years.size());
    SplittableRandom s = structures.split();
    boolean jeugdwet = d.group.has(Law.JEUGDWET);
    boolean wmo = d.group.has(Law.WMO);
    boolean participatiewet = d.group.has(Law.PARTICIPATIEWET);
    d.age = firstAge(d, s);
    d.factor = Assumptions.COST_FACTORS[costFactors.draw(s)];
    if (jeugdwet && (d.last > d.first ? jeugdwetPgbThenZin : jeugdwetPgbOnly).next(s)) {
      d.jeugdwetPgbYear = d.first;
    }
    if (participatiewet) {
      d.phase = Assumptions.PHASES[phases.draw(s)];
      d.qualification = s.nextInt(1000) < plan.withoutQualificationPermille()
          ? Assumptions.WITHOUT_QUALIFICATION : Assumptions.WITH_QUALIFICATION;
    }
    int keptCell = -1;
    int keptWmo = -1;
    int keptParticipatiewet = -1;
    for (int y = d.first; y <= d.last; y++) {
      YearPlan year = years.get(y);
      int age = d.age + y - d.first;
      if (jeugdwet) {
        keptCell = youthCells.get(y).drawPreferring(keptCell, Assumptions.KEEP_CHARACTERISTICS_PERMILLE, s);
        YouthCell cell = year.youthCells().get(keptCell);
        long weight = d.factor * noise(s) * (age >= 15 ? Assumptions.JEUGD_15_17_WEIGHT_PERCENT : 100);
        d.youthCell[y] = cell;
        d.youthWeight[y] = arrive(cell.cost(), weight, y == d.jeugdwetPgbYear);
      }
      if (wmo) {
        keptWmo = wmoMain.get(y).drawPreferring(keptWmo, Assumptions.KEEP_CHARACTERISTICS_PERMILLE, s);
        Map<WmoProvision, Long> provisions = provisions(WmoProvision.class, WmoProvision.MAIN, keptWmo, wmoExtra.get(y),
            year.wmo(), d.factor, s);
        d.wmo.set(y, provisions);
        // One delivery form per client and year: the dataset attaches a characteristic only when
        // a client's records of the year agree, and a child's Wmo provision follows its youth care.
        if (jeugdwet) {
          d.wmoForm[y] = y == d.jeugdwetPgbYear ? DeliveryForm.PGB : DeliveryForm.ZIN;
        } else if (hasPersonalCare(provisions.keySet())) {
          // Care in kind, or a budget: which of the candidates hold one is drawn with the details.
          d.wmoForm[y] = DeliveryForm.ZIN;
          d.wmoPgbCandidate = true;
        } else {
          d.wmoForm[y] = s.nextInt(1000) < Assumptions.FT_PERMILLE ? DeliveryForm.FT : DeliveryForm.ZIN;
        }
      }
      if (participatiewet) {
        keptParticipatiewet = participatiewetMain.get(y).drawPreferring(keptParticipatiewet,
            Assumptions.KEEP_CHARACTERISTICS_PERMILLE, s);
        d.participatiewet.set(y, provisions(ParticipatiewetProvision.class, PARTICIPATIEWET, keptParticipatiewet,
            participatiewetExtra.get(y), year.participatiewet(), d.factor, s));
      }
      if (d.group == Group.PARTICIPATIEWET && wmoExtra.get(y).get(WmoProvision.MEERKOSTEN).next(s)) {
        Map<WmoProvision, Long> meerkosten = new EnumMap<>(WmoProvision.class);
        meerkosten.put(WmoProvision.MEERKOSTEN, arrive(year.wmo().get(WmoProvision.MEERKOSTEN).cost(), noise(s), false));
        d.wmo.set(y, meerkosten);
        d.wmoForm[y] = DeliveryForm.FT;
      }
    }
    if (weights == null && d.wmoPgbCandidate) {
      wmoPgbCandidates++;
    }
    return d;
  }

  /**
   * A law's provisions of a person's year: the main one, {@code candidates.get(main)}, and those
   * {@code extra} selects besides it, in the order of the candidates; then each provision's
   * weight, drawn in the order of the provisions (an EnumSet's), the order of their slots.
   */
  private <P extends Enum<P>> Map<P, Long> provisions(Class<P> type, List<P> candidates, int main, Map<P, Selection> extra,
      Map<P, ProvisionPlan> planned, long factor, SplittableRandom s) {
    P first = candidates.get(main);
    Set<P> chosen = EnumSet.of(first);
    for (P p : candidates) {
      if (p != first && extra.get(p).next(s)) {
        chosen.add(p);
      }
    }
    Map<P, Long> weighed = new EnumMap<>(type);
    for (P p : chosen) {
      weighed.put(p, arrive(planned.get(p).cost(), factor * noise(s), false));
    }
    return weighed;
  }

  private static boolean hasPersonalCare(Set<WmoProvision> provisions) {
    for (WmoProvision p : provisions) {
      if (p.isPersonalCare()) {
        return true;
      }
    }
    return false;
  }

  private static long noise(SplittableRandom s) {
    return s.nextInt(Assumptions.YEARLY_NOISE_MIN_PERCENT, Assumptions.YEARLY_NOISE_MAX_PERCENT + 1);
  }

  /** Counts an arrival's weight in the first pass; in the second, gives the weight to allocate with. */
  private long arrive(CostCell cell, long weight, boolean pgb) {
    int c = cell.slot();
    if (weights == null) {
      if (pgb) {
        accumulatedPgb[c] = Math.addExact(accumulatedPgb[c], weight);
        pgbArrivals[c]++;
      } else {
        accumulated[c] = Math.addExact(accumulated[c], weight);
      }
      return weight;
    }
    return Math.multiplyExact(weight, pgb ? weights.pgbMultiplier : Weights.PLAIN);
  }

  /**
   * Age in the person's first year, such that every year of the span fits the laws' ages (for
   * runs of up to five years; on longer runs young adults in prolonged youth care grow past 22).
   */
  private int firstAge(Draft d, SplittableRandom s) {
    int span = d.last - d.first;
    switch (d.group) {
      case JEUGDWET:
      case WMO_JEUGDWET:
        return Math.max(0, Math.min(jeugdwetAges.draw(s), 17 - span));
      case JEUGDWET_PARTICIPATIEWET:
      case ALL_THREE:
        return Assumptions.YOUNG_ADULT_AGES[0]
            + s.nextInt(Math.max(1, Assumptions.YOUNG_ADULT_AGES[1] - Assumptions.YOUNG_ADULT_AGES[0] - span + 1));
      case WMO:
        return Math.min(inBand(Assumptions.WMO_AGE_BANDS[wmoAges.draw(s)], s), 99 - span);
      default:
        return Math.min(inBand(Assumptions.PARTICIPATIEWET_AGE_BANDS[participatiewetAges.draw(s)], s), 66 - span);
    }
  }

  private static int inBand(int[] band, SplittableRandom s) {
    return band[0] + s.nextInt(band[1] - band[0] + 1);
  }

  // ---------------------------------------------------------------------------------------
  // Details

  /** The records of one person under construction. */
  private static final class Out {
    final ClientId id;
    final Optional<String> household;
    final List<ClientRecord> records = new ArrayList<>();
    final List<PaymentRecord> payments = new ArrayList<>();
    final Map<String, String> lastProvider = new HashMap<>();

    Out(ClientId id, Optional<String> household) {
      this.id = id;
      this.household = household;
    }
  }

  private SyntheticClient render(Draft d) {
    SplittableRandom r = details.split();
    long index = person++;
    SyntheticBsn bsn = bsns.next();
    ClientId id = pseudonymiser == null ? new ClientId(Exact.mix(idBase + index)) : pseudonymiser.pseudonymise(bsn.digits());
    Out out = new Out(id, households.next(r));
    if (d.wmoPgbCandidate && wmoPgb.next(r)) {
      // Line 2536: 448 clients had Begeleiding or Hulp bij Huishouden as a budget; their other
      // Wmo provisions of those years follow, so that the year has one delivery form.
      for (int y = d.first; y <= d.last; y++) {
        if (hasPersonalCare(d.wmo.get(y).keySet())) {
          d.wmoForm[y] = DeliveryForm.PGB;
        }
      }
    }
    int lastOfRun = years.size() - 1;
    for (int y = d.first; y <= d.last; y++) {
      YearPlan plannedYear = years.get(y);
      int year = plannedYear.year();
      int age = d.age + y - d.first;
      // Clients continuing from last year or into next year are there all year; a first or last
      // year is partial, also at the edges of the run for half of the clients.
      int start = y > d.first || (y == 0 && r.nextBoolean()) ? 1 : 1 + r.nextInt(12);
      int end = y < d.last || (y == lastOfRun && r.nextBoolean()) ? 12 : start + r.nextInt(13 - start);
      int months = end - start + 1;
      if (d.youthCell[y] != null) {
        jeugdwet(out, r, d, y, year, age, months);
      }
      for (Map.Entry<WmoProvision, Long> e : d.wmo.get(y).entrySet()) {
        wmo(out, r, d.wmoForm[y], e.getKey(), allocate(plannedYear.wmo().get(e.getKey()).cost(), e.getValue()),
            year, age, months);
      }
      for (Map.Entry<ParticipatiewetProvision, Long> e : d.participatiewet.get(y).entrySet()) {
        participatiewet(out, r, d, e.getKey(),
            allocate(plannedYear.participatiewet().get(e.getKey()).cost(), e.getValue()), year, age, months);
      }
    }
    return new SyntheticClient(bsn, id, out.records, out.payments);
  }

  private void jeugdwet(Out out, SplittableRandom r, Draft d, int y, int year, int age, int months) {
    YouthCell cell = d.youthCell[y];
    Referrer referrer = cell.referrer();
    IntensityLevel level = cell.level();
    long cents = allocate(cell.cost(), d.youthWeight[y]);
    DeliveryForm form = y == d.jeugdwetPgbYear ? DeliveryForm.PGB : DeliveryForm.ZIN;
    Traits traits = new Traits(form, referrer, level, null, null);
    ProviderPool pool = form == DeliveryForm.PGB ? null : jeugdwetProviders;
    int top = Assumptions.TOP_PROVIDER_PERMILLE.get(level);
    if (r.nextInt(1000) < Assumptions.DIAGNOSTIEK_PERMILLE) {
      long diagnostiek = cents * (10 + r.nextInt(21)) / 100;
      emit(out, r, year, Law.JEUGDWET, jeugdwetProvision(level, referrer), cents - diagnostiek, age, months, traits,
          pool, top, Assumptions.PGB_PROVIDER, Payments.MONTHLY);
      emit(out, r, year, Law.JEUGDWET, DIAGNOSTIEK, diagnostiek, age, Math.min(months, 3), traits,
          pool, top, Assumptions.PGB_PROVIDER, Payments.INCIDENTAL);
    } else {
      emit(out, r, year, Law.JEUGDWET, jeugdwetProvision(level, referrer), cents, age, months, traits,
          pool, top, Assumptions.PGB_PROVIDER, Payments.MONTHLY);
    }
  }

  static String jeugdwetProvision(IntensityLevel level, Referrer referrer) {
    switch (level) {
      case LEVEL_7:
        return DAGHULP;
      case LEVEL_8:
        return VERBLIJF;
      case NONE:
        return referrer == Referrer.CERTIFIED_INSTITUTION || referrer == Referrer.COURT ? JEUGDBESCHERMING : OVERIGE_JEUGDHULP;
      default:
        return AMBULANT;
    }
  }

  private void wmo(Out out, SplittableRandom r, DeliveryForm form, WmoProvision provision, long cents, int year, int age,
      int months) {
    Traits traits = new Traits(form, null, null, null, null);
    if (provision == WmoProvision.MEERKOSTEN || form == DeliveryForm.FT) {
      emit(out, r, year, Law.WMO, provision.dutchName(), cents, age, months, traits, null, 0, Assumptions.PAID_TO_CLIENT,
          provision == WmoProvision.MEERKOSTEN ? Payments.ONCE : Payments.INCIDENTAL);
      return;
    }
    boolean monthly = provision.isPersonalCare();
    ProviderPool pool = form == DeliveryForm.PGB ? null : pool(provision);
    int top = monthly ? QuickscanCalibration.WMO_BG_HH_TOP_COST_SHARE_PERCENT * 10 : Assumptions.SMALL_POOL_TOP_PERMILLE;
    emit(out, r, year, Law.WMO, provision.dutchName(), cents, age, months, traits, pool, top, Assumptions.PGB_PROVIDER,
        monthly ? Payments.MONTHLY : Payments.INCIDENTAL);
  }

  /** The providers in kind of a Wmo provision. */
  private ProviderPool pool(WmoProvision provision) {
    switch (provision) {
      case BEGELEIDING:
      case HULP_BIJ_HUISHOUDEN:
        return wmoProviders;
      case WOON:
        return woonProviders;
      case VERVOER:
        return vervoerProviders;
      default:
        throw new IllegalStateException(provision + " is paid to the client, by no provider");
    }
  }

  private void participatiewet(Out out, SplittableRandom r, Draft d, ParticipatiewetProvision provision, long cents,
      int year, int age, int months) {
    boolean werk = provision == ParticipatiewetProvision.WERK;
    Traits traits = new Traits(null, null, null, werk ? d.phase : null, werk ? d.qualification : null);
    ProviderPool pool;
    Payments payments;
    switch (provision) {
      case WERK:
        pool = werkProviders;
        payments = Payments.INCIDENTAL;
        break;
      case SCHULDHULPVERLENING:
        pool = schuldhulpProviders;
        payments = Payments.MONTHLY;
        break;
      case UITKERING:
        pool = null;
        payments = Payments.BENEFIT;
        break;
      default:
        pool = null;
        payments = Payments.INCIDENTAL;
    }
    emit(out, r, year, Law.PARTICIPATIEWET, provision.dutchName(), cents, age, months, traits, pool,
        Assumptions.SMALL_POOL_TOP_PERMILLE, Assumptions.MUNICIPALITY, payments);
  }

  /**
   * One provision-year: one or two provider periods (a client may change provider during the
   * year), each with its client record (sometimes a second, for a new decision) and its
   * payments, which add up to {@code cents} exactly.
   */
  private void emit(Out out, SplittableRandom r, int year, Law law, String provision, long cents, int age, int months,
      Traits traits, ProviderPool pool, int topPermille, String fixedProvider, Payments kind) {
    int periods = pool != null && months >= 2 && r.nextInt(1000) < Assumptions.PROVIDER_SWITCH_PERMILLE ? 2 : 1;
    int firstMonths = periods == 2 ? 1 + r.nextInt(months - 1) : months;
    long firstCents = periods == 2 ? Math.max(1, Exact.mulDiv(cents, firstMonths, months)) : cents;
    for (int k = 0; k < periods; k++) {
      int m = k == 0 ? firstMonths : months - firstMonths;
      long c = k == 0 ? firstCents : cents - firstCents;
      String provider;
      if (pool == null) {
        provider = fixedProvider;
      } else {
        String last = out.lastProvider.get(provision);
        provider = k == 0 && last != null && r.nextInt(1000) < Assumptions.KEEP_PROVIDER_PERMILLE ? last : pool.choose(r, topPermille);
        // Only a pool's own providers are kept: a budget year's payee is no provider in kind.
        out.lastProvider.put(provision, provider);
      }
      ClientRecord record = new ClientRecord(out.id, year, law, provision, Optional.ofNullable(traits.form()),
          Optional.ofNullable(traits.referrer()), Optional.ofNullable(traits.level()), OptionalInt.of(age),
          Optional.ofNullable(traits.phase()), Optional.ofNullable(traits.qualification()), Optional.of(provider), out.household);
      int perRecord = Assumptions.TENTHS_OF_MONTH_PER_RECORD;
      for (int copies = Math.max(1, (m * 10 + r.nextInt(perRecord)) / perRecord); copies > 0; copies--) {
        out.records.add(record);
      }
      long n = Math.max(1, Math.min(c, (paymentCount(kind, m, r) * (long) density + 50) / 100));
      pay(out, r, year, law, provision, provider, c, (int) n);
    }
  }

  private static long paymentCount(Payments kind, int months, SplittableRandom r) {
    switch (kind) {
      case MONTHLY:
        return Math.max(1, (months * (long) Assumptions.MONTHLY_LINES_PERMILLE + r.nextInt(1000)) / 1000);
      case BENEFIT:
        // Monthly, with the holiday allowance (vakantiegeld) paid once in May to those receiving half a year.
        return months + (months >= 6 ? 1 : 0);
      case INCIDENTAL:
        return 1 + r.nextInt(Assumptions.INCIDENTAL_MAX_PAYMENTS);
      default:
        return 1;
    }
  }

  /** Splits {@code cents} over {@code n} payments of at least one cent each, in random proportions. */
  private static void pay(Out out, SplittableRandom r, int year, Law law, String provision, String provider, long cents, int n) {
    long[] w = new long[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      w[i] = r.nextInt(50, 151);
      total += w[i];
    }
    long spread = cents - n;
    long cumulative = 0;
    long paid = 0;
    for (int i = 0; i < n; i++) {
      cumulative += w[i];
      long upTo = Exact.mulDiv(spread, cumulative, total);
      out.payments.add(new PaymentRecord(out.id, year, law, provision, provider, Amount.ofCents(1 + upTo - paid)));
      paid = upTo;
    }
  }

  /** The cell's cost share of an arrival with {@code weight}: the minimum plus the running share of the rest. */
  private long allocate(CostCell cell, long weight) {
    int c = cell.slot();
    accumulated[c] += weight;
    long upTo = Exact.mulDiv(cell.spread(), accumulated[c], weights.total(cell));
    long part = upTo - given[c];
    given[c] = upTo;
    return Assumptions.MINIMUM_PROVISION_CENTS + part;
  }
}
