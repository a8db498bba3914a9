package nl.sociaaldomein.io.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Kind;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Status;
import org.junit.jupiter.api.Test;

class SavingsCsvProperties {

  /** Texts a spreadsheet holds: separators of both dialects, quotes, accents, a line break, words of the format. */
  private static final List<String> TEXTS = List.of(
      "Verlagen normtijden huishulp", "Inhuur; tijdelijk", "Lasten, baten", "\"Quote\" en ''enkel''",
      "Beëindigen GGZ inloopvoorziening", "Twee\nregels", "p.m.", "€ 337.000", "structureel", "1", "-", "#niet");

  private static final List<Domain> DOMAINS =
      List.of(Domain.WMO, Domain.JEUGD, Domain.PARTICIPATIE, Domain.SOCIAAL_BREED, Domain.of("Wijk Noord; Zuid"));

  private static Amount amount(Random random) {
    long cents = random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 100L * random.nextInt(2_000_000);
    return Amount.ofCents(cents);
  }

  static AmountRange range(Random random) {
    Amount a = amount(random);
    Amount b = amount(random);
    Amount low = a.isGreaterThan(b) ? b : a;
    Amount high = a.isGreaterThan(b) ? a : b;
    return switch (random.nextInt(8)) {
      case 0 -> AmountRange.proMemorie();
      case 1 -> AmountRange.proMemorie(low, high);
      case 2 -> AmountRange.between(low, high);
      case 3 -> AmountRange.atLeast(low);
      case 4 -> AmountRange.atMost(high);
      case 5 -> AmountRange.atLeast(low).withProMemorie(true);
      default -> AmountRange.exactly(a);
    };
  }

  static Status status(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> Status.PROPOSED;
      case 1 -> Status.DECIDED;
      case 2 -> Status.DROPPED;
      default -> Status.realised(amount(random));
    };
  }

  static SavingsPlan plan(Random random) {
    List<Measure> measures = new ArrayList<>();
    int size = random.nextInt(8);
    for (int i = 0; i < size; i++) {
      Kind kind = Kind.values()[random.nextInt(3)];
      Year first = Year.of(2020 + random.nextInt(8));
      Optional<Year> last = kind == Kind.STRUCTURAL ? Optional.empty() : Optional.of(first.plusYears(random.nextInt(4)));
      Set<String> tags = new LinkedHashSet<>();
      for (int t = random.nextInt(3); t > 0; t--) {
        tags.add(TEXTS.get(random.nextInt(TEXTS.size())).replace("\n", " "));
      }
      String description = random.nextInt(5) == 0 ? "" : TEXTS.get(random.nextInt(TEXTS.size()));
      String id = random.nextBoolean() ? Integer.toString(i + 1) : "M-" + (i + 1) + "; " + description.length();
      measures.add(new Measure(id, description, DOMAINS.get(random.nextInt(DOMAINS.size())), kind, range(random),
          first, last, status(random), tags));
    }
    return new SavingsPlan(measures);
  }

  @Test
  void aWrittenPlanReadsBackEqualInBothDialects() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      SavingsPlan plan = plan(new Random(seed));
      for (CsvDialect dialect : CsvDialect.values()) {
        String csv = SavingsCsv.toCsv(plan, dialect);
        ReadResult<SavingsPlan> back = SavingsCsv.read(new StringReader(csv), "plan.csv");
        assertTrue(back.report().isClean(), () -> back.problems() + " in\n" + csv);
        assertEquals(Optional.of(dialect), back.report().dialect());
        assertEquals(plan, back.orElseThrow(), csv);
      }
    });
  }

  @Test
  void everyRangeIsWrittenSoThatItReadsBack() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      AmountRange range = range(new Random(seed));
      for (CsvDialect dialect : CsvDialect.values()) {
        Measure m = Measure.structural("1", "", Domain.WMO, range, Year.of(2022));
        String csv = SavingsCsv.toCsv(SavingsPlan.of(m), dialect);
        assertEquals(range, SavingsCsv.read(new StringReader(csv), "r.csv").orElseThrow().measures().get(0).amount(),
            csv);
      }
    });
  }

  /** Pieces that break a row in the ways a spreadsheet user does. */
  private static final List<String> PIECES = List.of(";", ",", "\"", "\n", "#", "p.m.", "(", "-", "€ ", "tussen ",
      "2019", "x", "", "|", "gerealiseerd", "kosten", " ", "9.999.999.999.999.999.999.999.999");

  /**
   * The reader contract on mangled fixtures: the read never throws, every data row is accepted or
   * rejected, every rejection has its problem, and the plan holds exactly the accepted rows.
   */
  @Test
  void aMangledFileIsReadWithEveryRowAccountedFor() {
    String original = SavingsFixturesTest.resource("seed-004-hoogeveen-wmo-interview.csv");
    qt().forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder(original);
      for (int i = 1 + random.nextInt(6); i > 0; i--) {
        int at = random.nextInt(text.length());
        int end = Math.min(text.length(), at + random.nextInt(12));
        text.replace(at, end, PIECES.get(random.nextInt(PIECES.size())));
      }
      ReadResult<SavingsPlan> result = SavingsCsv.read(new StringReader(text.toString()), "mangled.csv");
      var report = result.report();
      assertEquals(report.rowsRead(), report.accepted() + report.rejected());
      assertTrue(report.problemCount() >= report.rejected());
      result.value().ifPresent(plan -> assertEquals(report.accepted(), plan.measures().size(), text::toString));
      if (result.value().isEmpty()) {
        assertTrue(report.problemCount() > 0, text::toString);
      }
    });
  }
}
