// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.examples;

import java.io.StringReader;
import java.math.BigDecimal;
import nl.sociaaldomein.io.iv3.Iv3DeliveryJson;
import nl.sociaaldomein.io.iv3.Iv3DeliveryRead;
import nl.sociaaldomein.io.iv3.ShippedIv3;
import nl.sociaaldomein.iv3.Iv3Booking;
import nl.sociaaldomein.iv3.Iv3Checks;
import nl.sociaaldomein.iv3.Iv3Contact;
import nl.sociaaldomein.iv3.Iv3Metadata;
import nl.sociaaldomein.iv3.Iv3Reconciliation;
import nl.sociaaldomein.iv3.Iv3StatementDelivery;
import nl.sociaaldomein.iv3.Iv3Status;
import nl.sociaaldomein.iv3.Iv3TaakveldStatement;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.TaakveldRollup;
import java.time.OffsetDateTime;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3DeliveryGenerator;
import nl.sociaaldomein.iv3.Iv3Finding;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.iv3.Iv3Validation;
import nl.sociaaldomein.iv3.Overheidslaag;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.Parallelism;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.testkit.clients.ClientDataGenerator;
import nl.sociaaldomein.testkit.clients.GeneratorSettings;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.io.savings.CalculationModelCsv;
import nl.sociaaldomein.io.savings.SavingsCsv;
import nl.sociaaldomein.io.savings.ScenarioCsv;
import nl.sociaaldomein.io.variance.ExplanationCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.money.RoundedTable;
import nl.sociaaldomein.money.TotalCheck;
import nl.sociaaldomein.notation.CountFormat;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.text.QuickscanText;
import nl.sociaaldomein.savings.Kind;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.savings.PlanSummary;
import nl.sociaaldomein.savings.PointRule;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Scenario;
import nl.sociaaldomein.savings.ScenarioComparison;
import nl.sociaaldomein.savings.Target;
import nl.sociaaldomein.savings.model.CalculationModels;
import nl.sociaaldomein.text.SavingsText;
import nl.sociaaldomein.text.StatementText;
import nl.sociaaldomein.text.VarianceText;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.VarianceReport;
import nl.sociaaldomein.variance.VarianceRules;

/**
 * The main demo: reads figures as the seed documents print them, checks printed totals against
 * their parts with rounding bounds, totals a savings list with p.m. items, and publishes a
 * table in thousands that adds up.
 */
public final class Demo {

  /** Hoogeveen quickscan, annex 5b figure 1.1: cost per law per year, and the printed total. */
  static final String[][] QUICKSCAN_COSTS = {
    {"2018", "€ 17.061.830", "€ 21.806.877", "€ 16.924.704", "€ 55.793.412"},
    {"2019", "€ 18.759.864", "€ 21.707.299", "€ 18.546.340", "€ 59.013.502"},
    {"2020", "€ 18.091.117", "€ 24.931.293", "€ 18.658.403", "€ 61.680.814"},
  };

  /** Meppel annual report 2022, "Wat heeft het gekost?" (x € 1.000), realisation column. */
  static final String[][] MEPPEL_REALISATION = {
    {"Maatwerkvoorzieningen", "1.203", "-21", "1.182"},
    {"Maatwerkdienstverlening 18+", "8.930", "-273", "8.657"},
    {"Maatwerkdienstverlening 18-", "13.219", "-6", "13.212"},
    {"Geëscaleerde zorg 18+", "346", "-1.378", "-1.032"},
    {"Volksgezondheid", "1.502", "-26", "1.476"},
  };

  private Demo() {}

  /** Runs the demo; {@code args[0]}, if given, is the directory for the reports (else target/reports). */
  public static void main(String[] args) {
    run(System.out);
    reports(System.out, java.nio.file.Path.of(args.length > 0 ? args[0] : "target/reports"));
  }

  /** Writes the seed documents' reports and prints where they are. */
  static void reports(PrintStream out, java.nio.file.Path directory) {
    out.println();
    out.println("12. The reports of the seed documents, as HTML (open in a browser, print on A4) and Markdown:");
    for (DemoReports.Written w : DemoReports.write(directory)) {
      out.println("   " + w.html().toAbsolutePath().normalize());
      out.println("   " + w.markdown().toAbsolutePath().normalize());
    }
  }

  static void run(PrintStream out) {
    out.println("sociaaldomein demo: figures from the seed documents");
    out.println();
    quickscanTotals(out);
    meppelStatement(out);
    savingsList(out);
    publishInThousands(out);
    statements(out);
    quickscan(out);
    varianceAnalysis(out);
    savingsPlan(out);
    annex8(out);
    iv3Delivery(out);
  }

  /**
   * An Iv3 delivery for 2022 made by the generator (no real delivery may be shipped), written as
   * CBS's JSON and read back through the schema, checked against CBS's definitions of 2022; then
   * the same delivery with an unknown taakveld and a grey cell, and CBS's findings for it; then
   * seed 000's statement as a delivery, reconciled with the statement per taakveld.
   */
  private static void iv3Delivery(PrintStream out) {
    out.println();
    out.println("11. Iv3 deliveries for 2022, checked against CBS's schema and definitions of 2022: a generated one,"
        + " the same broken, and Meppel's statement (seed 000) as a delivery reconciled taakveld by taakveld");
    Iv3Definitions definitions = ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2022).orElseThrow();
    Iv3Delivery generated = Iv3DeliveryGenerator.generate(definitions, 2022);
    Iv3DeliveryRead read = Iv3DeliveryJson.read(new StringReader(Iv3DeliveryJson.toJson(generated)), "generated-2022.json");
    Iv3Validation valid = Iv3Checks.check(read.orElseThrow(), definitions, ShippedIv3.errors());
    out.printf("   %d bookings, schema findings: %d; CBS's checks: %s%n", generated.bookings().size(),
        read.findings().size(), valid.isValid() ? "valid" : valid.errorCodes());
    out.printf("   not interpreted from the files: %s%n", valid.findings(Iv3Finding.Kind.NOT_INTERPRETED).stream()
        .map(Iv3Finding::foutcode).toList());
    List<Iv3Booking> bookings = new ArrayList<>(generated.bookings());
    bookings.add(Iv3Booking.of(Iv3Section.LASTEN, "9.9", "3.8", BigDecimal.TEN));
    bookings.add(Iv3Booking.of(Iv3Section.LASTEN, "6.1", "4.2", BigDecimal.ONE));
    Iv3Validation invalid = Iv3Checks.check(generated.withBookings(bookings), definitions, ShippedIv3.errors());
    out.println("   The same delivery with lasten on taakveld 9.9 and on 6.1 in category 4.2 (a grey cell):");
    for (Iv3Finding f : invalid.errors()) {
      out.printf("   %s %s: %s%n", f.foutcode(), f.path(), f.melding());
    }
    statementDelivery(out, definitions);
  }

  /**
   * Seed 000's statement as the Iv3 delivery it implies, checked as CBS checks it, and the
   * delivery's taakveld statement reconciled with the statement's rollup, taakveld by taakveld.
   */
  private static void statementDelivery(PrintStream out, Iv3Definitions definitions) {
    Statement meppel = seedStatement("seed-000-meppel-2022.csv");
    Iv3Metadata metadata = new Iv3Metadata(Overheidslaag.GEMEENTE, "0119", "Meppel", 2022, 5, Iv3Status.REALISATIE,
        OffsetDateTime.parse("2023-07-14T12:00:00+02:00"), false, "Voorbeeldpakket 1.0", "sociaaldomein demo");
    Iv3StatementDelivery built = Iv3DeliveryGenerator.fromStatements(definitions, List.of(meppel),
        ColumnRole.REALISATION, metadata, new Iv3Contact("Piet Afzender", "p.afzender@gemeente.nl", "0612345678"));
    Iv3Validation checked = Iv3Checks.check(built.delivery(), definitions, ShippedIv3.errors());
    out.println();
    out.printf("   Meppel's Programma 3 (seed 000, Realisatie 2022) as a delivery for 2022, closed with the income the"
        + " programme lacks on 0.7: %d bookings (x € 1.000); CBS's checks: %s%n", built.delivery().bookings().size(),
        checked.isValid() ? "valid" : checked.errorCodes());
    Iv3Reconciliation reconciliation = Iv3TaakveldStatement.of(built.delivery())
        .reconcile(TaakveldRollup.of(List.of(meppel), ColumnRole.REALISATION));
    out.printf("   %-8s %10s %10s  %s%n", "taakveld", "statement", "delivery", "verdict");
    for (Iv3Reconciliation.Entry e : reconciliation.entries()) {
      out.printf("   %-8s %10s %10s  %s%n", e.taakveld(), e.stated().map(Demo::thousands).orElse("-"),
          e.delivered().map(Demo::thousands).orElse("-"), e.status());
    }
    for (Cell cell : built.unassigned()) {
      out.printf("   left out, no taakveld: %s%n", cell);
    }
  }

  /** An estimate's nominal value in thousands of euros, as the statement prints it. */
  private static String thousands(Estimate estimate) {
    return FigureFormat.THOUSANDS.format(Amount.of(estimate.nominal()), RoundingMode.HALF_UP);
  }

  /**
   * Seed 004's programmaplan year by year against the taakstelling of 8,5 million. The programme
   * budget works that taakstelling into the structural spending of the sociaal domein ("in de
   * geraamde uitgaven ... een taakstelling verwerkt, die oploopt tot € 8,5 mln"), and chapter 6
   * calls the plan's saving structural and asks for the implementation costs apart, as
   * incidental money: so the plan is set against it on its structural line.
   */
  private static void savingsPlan(PrintStream out) {
    out.println();
    out.println("9. Hoogeveen's savings plan 2022-2025 (seed 004, chapter 6), year by year, against the"
        + " taakstelling of € 8,5 miljoen in 2025, a structural target, so set against the structural line");
    SavingsPlan plan = SavingsCsv.read(resource("savings/seed-004-hoogeveen-programmaplan.csv"),
        "seed-004-hoogeveen-programmaplan.csv", ReadMode.STRICT).orElseThrow();
    Target target = Target.of(Map.of(Year.of(2025), Amount.ofEuros(8_500_000)));
    out.println();
    indented(out, SavingsText.phasing(plan.phasing(Year.of(2022), Year.of(2025)), target, Line.STRUCTURAL,
        PointRule.LOWER_END));
    SavingsPlan perDomain = SavingsCsv.read(resource("savings/seed-004-hoogeveen-bijlage-8.csv"),
        "seed-004-hoogeveen-bijlage-8.csv", ReadMode.STRICT).orElseThrow();
    Year full = Year.of(2025);
    boolean same = perDomain.phasing(full, full).total(full).structural()
        .equals(plan.phasing(full, full).total(full).structural());
    out.println();
    out.println("   The same plan per domain as chapter 6 and annex 8 split it, for 2025 only (the plan gives no"
        + " split of the tranches): the domains add up to " + (same ? "" : "NOT ") + "the tranches' 2025 total");
    out.println();
    indented(out, SavingsText.phasing(perDomain.phasing(full, full), target, Line.STRUCTURAL, PointRule.LOWER_END));
  }

  /** Seed 004's annex 8: each claimed saving against the calculation the annex prints for it. */
  private static void annex8(PrintStream out) {
    out.println();
    out.println("10. Hoogeveen's annex 8 (seed 004): each claimed saving against its own printed calculation");
    SavingsPlan plan = SavingsCsv.read(resource("savings/seed-004-hoogeveen-bijlage-8.csv"),
        "seed-004-hoogeveen-bijlage-8.csv", ReadMode.STRICT).orElseThrow();
    CalculationModels models = CalculationModelCsv.read(resource("savings/seed-004-hoogeveen-bijlage-8-modellen.csv"),
        "seed-004-hoogeveen-bijlage-8-modellen.csv", ReadMode.STRICT).orElseThrow();
    ModelledPlan modelled = ModelledPlan.of(plan, models);
    out.println();
    indented(out, SavingsText.modelComparisons(modelled.modelComparisons()));
    Amount claimed = plan.total(Kind.STRUCTURAL).low().orElseThrow();
    Amount computed = modelled.computed().total(Kind.STRUCTURAL).low().orElseThrow();
    out.println();
    out.println("   The annex claims " + euros(claimed) + " in all; with these " + modelled.modelled().size()
        + " calculations in place of their claims the plan comes to " + euros(computed) + ".");
    List<Scenario> scenarios = ScenarioCsv.read(resource("savings/seed-004-hoogeveen-scenarios.csv"),
        "seed-004-hoogeveen-scenarios.csv", ReadMode.STRICT).orElseThrow();
    out.println();
    out.println("   Seed 004 names rising client numbers as a risk. In annex 8's Wmo models the clients are those"
        + " moved to lighter support, with 3 FTE fixed,");
    out.println("   so 7 % more Wmo clients a year from 2022 raises the computed saving: the models do not"
        + " capture what the risk costs. Only the Wmo models change:");
    out.println();
    indented(out, SavingsText.scenarios(ScenarioComparison.of(modelled, scenarios.get(0), scenarios.get(1),
        Year.of(2025), Year.of(2026)), PointRule.LOWER_END));
  }

  private static String euros(Amount amount) {
    return FigureFormat.exactEuros(amount).format(amount, RoundingMode.UNNECESSARY);
  }

  /** A data file the demo ships with, read whole (UTF-8). */
  private static StringReader resource(String name) {
    try (InputStream in = Demo.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("The demo's resource " + name + " is missing"));
      }
      return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Seed 000's variance analysis as the council's rule asks it: every product's variance after
   * reserve movements above 50.000 euros explained, the printed analysis reconciled per product.
   */
  private static void varianceAnalysis(PrintStream out) {
    out.println();
    out.println("8. Meppel 2022, variance analysis: the council's 50.000 euro rule, the printed analysis per"
        + " product reconciled, budget legality");
    Statement meppel = seedStatement("seed-000-meppel-2022.csv");
    Explanations analyse = seedExplanations("seed-000-meppel-2022-analyse.csv", meppel);
    VarianceReport report = VarianceReport.of(meppel, VarianceRules.above(Amount.ofEuros(50_000)), analyse);
    out.println();
    indented(out, VarianceText.format(report));
  }

  /** Explanations transcribed in data/explanations, as a class path resource, against {@code statement}. */
  static Explanations seedExplanations(String file, Statement statement) {
    try (InputStream in = Demo.class.getResourceAsStream("/explanations/" + file)) {
      if (in == null) {
        throw new IllegalStateException("The demo's data file explanations/" + file + " is not on the class path");
      }
      return ExplanationCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), file, statement, ReadMode.STRICT)
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void quickscan(PrintStream out) {
    out.println();
    out.println("7. A municipality the size of Hoogeveen, generated (seed " + GeneratorSettings.DEFAULT_SEED
        + ") and analysed as the quickscan of seed 004 annex 5b does");
    ClientDataGenerator generator = ClientDataGenerator.create(GeneratorSettings.defaults());
    ClientDataset dataset = generator.dataset();
    out.printf("   %s payments and kept client records of %s clients, %s bytes in columns%n",
        count(dataset.rows()), count(dataset.clients()), count(dataset.residentBytes()));
    out.println();
    indented(out, QuickscanText.format(Quickscan.of(dataset, Parallelism.of(2), ClientDataGenerator.quickscanScope())));
  }

  /** Prints {@code text} indented under its section's heading; blank lines stay blank. */
  private static void indented(PrintStream out, String text) {
    text.lines().forEach(line -> out.println(line.isEmpty() ? "" : "   " + line));
  }

  private static String count(long n) {
    return CountFormat.format(n);
  }

  /** Seed 000's statement, transcribed in data/statements, as a class path resource. */
  static Statement seedStatement(String file) {
    try (InputStream in = Demo.class.getResourceAsStream("/statements/" + file)) {
      if (in == null) {
        throw new IllegalStateException("The demo's data file statements/" + file + " is not on the class path");
      }
      return StatementCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), file, ReadMode.STRICT).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void statements(PrintStream out) {
    out.println();
    out.println("5. Meppel 2022, the whole statement: every printed total checked against its lines");
    Statement meppel = seedStatement("seed-000-meppel-2022.csv");
    ReconciliationReport report = meppel.check();
    out.printf("   %d printed totals, results and variances checked: %s%n", report.checkedCells(),
        report.isConsistent() ? "all consistent" : report.inconsistencies().size() + " inconsistent");
    out.println("   printed again with expenses negative and income positive (* = derived, not printed):");
    out.println();
    indented(out, StatementText.format(meppel.withConvention(SignConvention.INCOME_POSITIVE)));
    out.println();
    out.println("6. Twenterand 2022 (whole euros) published x € 1.000 so that every total adds up");
    Statement twenterand = seedStatement("seed-002-twenterand-2022.csv");
    Statement published = twenterand.publish(EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
    out.printf("   source: %s; published: %s%n",
        twenterand.check().isConsistent() ? "consistent" : "INCONSISTENT",
        published.check().isConsistent() ? "consistent, every total the exact sum of its lines" : "INCONSISTENT");
    out.println();
    indented(out, StatementText.format(published));
  }

  private static void quickscanTotals(PrintStream out) {
    out.println("1. Hoogeveen quickscan, cost per law (euros): printed total against its parts");
    out.printf("   %-5s %14s %14s %14s %14s  %s%n", "year", "Wmo", "Participatie", "Jeugdwet", "total", "check");
    for (String[] row : QUICKSCAN_COSTS) {
      List<PrintedFigure> parts = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        parts.add(DutchNotation.parseFigure(row[i], EuroUnit.EUROS));
      }
      TotalCheck check = TotalCheck.of(parts, DutchNotation.parseFigure(row[4], EuroUnit.EUROS));
      out.printf("   %-5s %14s %14s %14s %14s  %s%n", row[0], row[1], row[2], row[3], row[4],
          verdict(check, EuroUnit.EUROS));
    }
    out.println();
  }

  private static void meppelStatement(PrintStream out) {
    out.println("2. Meppel 2022, realisation x € 1.000: lasten + baten against the printed total");
    for (String[] row : MEPPEL_REALISATION) {
      PrintedFigure lasten = DutchNotation.parseFigure(row[1], EuroUnit.THOUSANDS);
      PrintedFigure baten = DutchNotation.parseFigure(row[2], EuroUnit.THOUSANDS);
      TotalCheck check = TotalCheck.of(DutchNotation.parseFigure(row[3], EuroUnit.THOUSANDS), lasten, baten);
      out.printf("   %-30s %7s + %6s = %7s  %s%n", row[0], row[1], row[2], row[3], verdict(check, EuroUnit.THOUSANDS));
    }
    TotalCheck altered = TotalCheck.of(
        PrintedFigure.of(13_215, EuroUnit.THOUSANDS),
        PrintedFigure.of(13_219, EuroUnit.THOUSANDS),
        PrintedFigure.of(-6, EuroUnit.THOUSANDS));
    out.printf("   %-30s %7s + %6s = %7s  %s%n", "(altered copy)", "13.219", "-6", "13.215", verdict(altered, EuroUnit.THOUSANDS));
    out.println();
  }

  /**
   * Seed 004's interview annex: 14 Wmo measures printed with "Totaal € 1.473.000,-". A p.m. item
   * counts as at least 0 (a measure saves nothing or more), so the interval total has that lower
   * end and no upper end; the listing says which end the printed figure is and names the open items.
   */
  private static void savingsList(PrintStream out) {
    out.println("3. Hoogeveen, 14 Wmo savings measures with p.m. items and a range (seed 004, interview annex,"
        + " printed total € 1.473.000,-)");
    SavingsPlan plan = SavingsCsv.read(resource("savings/seed-004-hoogeveen-wmo-interview.csv"),
        "seed-004-hoogeveen-wmo-interview.csv", ReadMode.STRICT).orElseThrow();
    PlanSummary summary = PlanSummary.of(plan, Kind.STRUCTURAL, PointRule.LOWER_END);
    out.println();
    indented(out, SavingsText.measures(summary));
    Amount printed = DutchNotation.parseAmount("€ 1.473.000,-");
    out.println("   The printed total € 1.473.000,- is " + (summary.total().low().equals(Optional.of(printed))
        ? "the lower end of the interval: the range at its low end and the p.m. items at nothing."
        : "NOT the lower end of the interval."));
    out.println();
  }

  private static void publishInThousands(PrintStream out) {
    out.println("4. The 2018 costs published x € 1.000 so that the parts add up (largest remainder)");
    List<Amount> exact = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      exact.add(DutchNotation.parseAmount(QUICKSCAN_COSTS[0][i]));
    }
    RoundedTable table = RoundedTable.publish(exact, EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
    FigureFormat thousands = FigureFormat.THOUSANDS;
    String[] laws = {"Wmo", "Participatiewet", "Jeugdwet"};
    for (int i = 0; i < laws.length; i++) {
      out.printf("   %-16s %10s  (own rounding %s)%s%n", laws[i],
          thousands.format(table.parts().get(i)),
          thousands.format(exact.get(i), RoundingMode.HALF_UP),
          table.adjusted().contains(i) ? "  * moved to make the total" : "");
    }
    out.printf("   %-16s %10s%n", "Totaal", thousands.format(table.total()));
    TotalCheck ownRounding = TotalCheck.of(
        exact.stream().map(a -> PrintedFigure.rounded(a, EuroUnit.THOUSANDS, RoundingMode.HALF_UP)).toList(),
        table.total());
    out.printf("   rounded each on its own, the parts would miss the total by %s%n",
        inUnit(ownRounding.difference(), EuroUnit.THOUSANDS));
  }

  /** The check's figures in the table's own unit, as a reader of that table thinks of them. */
  private static String verdict(TotalCheck check, EuroUnit unit) {
    if (check.isConsistent()) {
      return "consistent (off by " + inUnit(check.difference().abs(), unit)
          + ", rounding allows " + inUnit(check.tolerance(), unit) + ")";
    }
    return "INCONSISTENT: " + inUnit(check.excess(), unit) + " beyond what rounding allows";
  }

  private static String inUnit(BigDecimal euros, EuroUnit unit) {
    return unit.fromEuros(euros).stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
