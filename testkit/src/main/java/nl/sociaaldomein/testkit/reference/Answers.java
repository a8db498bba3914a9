// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.reference;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.GroupRow;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.Parallelism;
import nl.sociaaldomein.clients.Quickscan;
import nl.sociaaldomein.funding.FundingYear;
import nl.sociaaldomein.funding.SocialDomainExpenditure;
import nl.sociaaldomein.funding.SocialDomainIncome;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.CsvTable;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.DirectionStyle;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.MinusStyle;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.ModelledMeasure;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.YearEffect;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.testkit.clients.ClientDataGenerator;
import nl.sociaaldomein.testkit.clients.GeneratorSettings;

/**
 * The library's answers to the reference cases, computed from the seed documents' figures: what
 * the shipped answers were written from, and what the testkit's tests hold them against, so that
 * a change of the library's answer cannot pass unnoticed.
 */
final class Answers {

  static final List<String> QUICKSCAN_HEADER = List.of("wet", "jaar", "cliënten", "betalingen", "kosten");
  static final List<String> FUNDING_HEADER = List.of("jaar", "deel gemeentefonds sociaal domein", "BUIG",
      "overige baten", "inkomsten", "uitgaven taakveld 6", "overhead", "uitgaven", "saldo");
  static final List<String> MODELS_HEADER = List.of("maatregel", "domein", "claim", "berekend", "verschil");
  static final List<String> PHASING_HEADER = List.of("jaar", "domein", "structureel", "incidenteel", "kosten", "netto");

  /** The printed inputs of annex 7 table 7 per year: gemeentefonds share, BUIG, other income, taakveld 6, overhead. */
  private static final String[][] TABLE_7_INPUTS = {
      {"2017", "90.881.891", "20.751.450", "10.748.387", "119.135.000", "3.893.493"},
      {"2018", "92.145.933", "20.260.054", "6.799.077", "120.057.000", "3.584.069"},
      {"2019", "77.333.685", "19.362.353", "3.904.137", "99.674.000", "3.655.751"},
      {"2020", "81.406.225", "19.446.865", "7.581.732", "104.604.000", "4.477.176"},
  };

  private Answers() {}

  /** A statement as the library reads and writes it. */
  static String statement(Statement statement) {
    return StatementCsv.toCsv(statement, CsvDialect.DUTCH_EXCEL).replace("\uFEFF", "");
  }

  /**
   * Seed 004 annex 5b's cost per law and year, and per year for the whole sociaal domein, on the
   * generated municipality the quickscan's figures are calibrated to (docs/generator.md), within
   * the quickscan's scope (without the Wmo meerkosten).
   */
  static String quickscan() {
    return quickscan(ClientDataGenerator.create(GeneratorSettings.defaults()).dataset());
  }

  /** The quickscan case's table of {@code data}, within the quickscan's scope. */
  static String quickscan(ClientDataset data) {
    Quickscan scan = Quickscan.of(data, Parallelism.of(2), ClientDataGenerator.quickscanScope());
    List<List<String>> rows = new ArrayList<>();
    rows.add(QUICKSCAN_HEADER);
    for (int year : scan.years()) {
      for (Law law : Law.values()) {
        scan.byLawAndYear().row(Map.of(Dimension.LAW, law, Dimension.YEAR, year))
            .ifPresent(r -> rows.add(row(law.dutchName(), year, r)));
      }
      GroupRow total = scan.byYear().row(Map.of(Dimension.YEAR, year)).orElseThrow();
      rows.add(row("Sociaal domein", year, total));
    }
    return csv(rows);
  }

  private static List<String> row(String law, int year, GroupRow r) {
    return List.of(law, Integer.toString(year), count(r.uniqueClients()), count(r.payments()), euros(r.cost()));
  }

  /** Annex 7 table 7: the confrontation computed from the figures it prints as its inputs. */
  static String funding() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(FUNDING_HEADER);
    for (String[] in : TABLE_7_INPUTS) {
      SocialDomainIncome income = SocialDomainIncome.of(amount(in[1]), amount(in[2]), amount(in[3]));
      SocialDomainExpenditure expenditure = new SocialDomainExpenditure(amount(in[4]), amount(in[5]));
      FundingYear year = FundingYear.of(Year.parse(in[0]), income, expenditure);
      rows.add(List.of(in[0], euros(income.generalGrantShare()), euros(income.buig()), euros(income.otherIncome()),
          euros(income.total()), euros(expenditure.hoofdtaakveld6()), euros(expenditure.indirectOverhead()),
          euros(expenditure.total()), euros(year.gap())));
    }
    return csv(rows);
  }

  /** Annex 8: per measure the claimed saving, the calculation's outcome where the annex gives one, and the difference. */
  static String models(ModelledPlan plan) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(MODELS_HEADER);
    plan.plan().measures().forEach(m -> {
      Optional<ModelledMeasure> modelled = plan.modelComparisons().stream()
          .filter(mm -> mm.measure().id().equals(m.id())).findFirst();
      String claimed = euros(m.amount().low().orElseThrow());
      rows.add(List.of(m.id(), m.domain().name(), claimed,
          modelled.map(mm -> euros(mm.comparison().computed())).orElse(""),
          modelled.map(mm -> euros(mm.comparison().difference())).orElse("")));
    });
    return csv(rows);
  }

  /** Annex 8's plan with its calculations in place of the claims, phased per year and domain, and for all domains. */
  static String phasing(ModelledPlan plan, Year first, Year last) {
    Phasing phasing = plan.computed().phasing(first, last);
    List<List<String>> rows = new ArrayList<>();
    rows.add(PHASING_HEADER);
    for (Year year : phasing.years()) {
      for (Domain domain : phasing.domains()) {
        rows.add(effectRow(year, domain.name(), phasing.of(year, domain)));
      }
      rows.add(effectRow(year, "totaal", phasing.total(year)));
    }
    return csv(rows);
  }

  private static List<String> effectRow(Year year, String domain, YearEffect effect) {
    return List.of(year.toString(), domain, exact(effect.line(Line.STRUCTURAL)), exact(effect.line(Line.INCIDENTAL)),
        exact(effect.line(Line.COSTS)), exact(effect.line(Line.NET)));
  }

  private static String exact(AmountRange range) {
    if (!range.isExact()) {
      throw new SociaalDomeinException("", Optional.of(range.toString()),
          "a reference answer holds exact amounts only");
    }
    return euros(range.low().orElseThrow());
  }

  private static Amount amount(String dutch) {
    return DutchNotation.parseAmount(dutch);
  }

  static String euros(Amount amount) {
    BigDecimal value = amount.toBigDecimal();
    BigDecimal shown = value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    return CsvDialect.DUTCH_EXCEL.writeFigure(PrintedFigure.of(shown, EuroUnit.EUROS), DirectionStyle.SIGN, MinusStyle.LEADING);
  }

  private static String count(long count) {
    return CsvDialect.DUTCH_EXCEL.writeFigure(PrintedFigure.of(count, EuroUnit.EUROS), DirectionStyle.SIGN, MinusStyle.LEADING);
  }

  /** Rows in the Dutch Excel dialect, without the byte order mark a file for Excel would carry. */
  static String csv(List<List<String>> rows) {
    StringWriter out = new StringWriter();
    CsvTable.write(rows, out, CsvDialect.DUTCH_EXCEL);
    return out.toString().replace("\uFEFF", "");
  }
}
