// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
import org.quicktheories.core.Gen;

class SavingsCsvProperties {

  /** Texts a spreadsheet holds: separators of both dialects, quotes, accents, a line break, words of the format. */
  private static final List<String> TEXTS = List.of(
      "Verlagen normtijden huishulp", "Inhuur; tijdelijk", "Lasten, baten", "\"Quote\" en ''enkel''",
      "Beëindigen GGZ inloopvoorziening", "Twee\nregels", "p.m.", "€ 337.000", "structureel", "1", "-", "#niet");

  private static final List<Domain> DOMAINS =
      List.of(Domain.WMO, Domain.JEUGD, Domain.PARTICIPATIE, Domain.SOCIAAL_BREED, Domain.of("Wijk Noord; Zuid"));

  /** Whole euros mostly, as plans print them; a quarter with cents. */
  static Gen<Amount> amounts() {
    return longs().between(0, 999_999_999).zip(integers().between(0, 3),
        (n, cents) -> cents == 0 ? Amount.ofCents(n) : Amount.ofCents(100L * (n % 2_000_000)));
  }

  /** Every form a range takes, a p.m. with equal ends ({@code p.m. (5 - 5)}, {@code p.m. (0 - 0)}) among them. */
  static Gen<AmountRange> ranges() {
    return integers().between(0, 8).zip(amounts(), amounts(), (form, a, b) -> {
      Amount low = a.isGreaterThan(b) ? b : a;
      Amount high = a.isGreaterThan(b) ? a : b;
      return switch (form) {
        case 0 -> AmountRange.proMemorie();
        case 1 -> AmountRange.proMemorie(low, high);
        case 2 -> AmountRange.between(low, high);
        case 3 -> AmountRange.atLeast(low);
        case 4 -> AmountRange.atMost(high);
        case 5 -> AmountRange.atLeast(low).withProMemorie(true);
        case 6 -> AmountRange.proMemorie(a, a);
        case 7 -> AmountRange.proMemorie(Amount.ZERO, Amount.ZERO);
        default -> AmountRange.exactly(a);
      };
    });
  }

  static Gen<Status> statuses() {
    return integers().between(0, 3).zip(amounts(), (kind, realised) -> switch (kind) {
      case 0 -> Status.PROPOSED;
      case 1 -> Status.DECIDED;
      case 2 -> Status.DROPPED;
      default -> Status.realised(realised);
    });
  }

  private static Gen<String> texts() {
    return integers().between(0, TEXTS.size() - 1).map(TEXTS::get);
  }

  /** A measure numbered {@code i}: its id is unique in a plan by that number. */
  private static Gen<Measure> measures(int i) {
    Gen<Kind> kinds = integers().between(0, 2).map(k -> Kind.values()[k]);
    Gen<Set<String>> tags = lists().of(texts().map(t -> t.replace("\n", " "))).ofSizeBetween(0, 2)
        .map(list -> (Set<String>) new LinkedHashSet<>(list));
    Gen<String> descriptions = integers().between(0, 4).zip(texts(), (blank, text) -> blank == 0 ? "" : text);
    Gen<Domain> domains = integers().between(0, DOMAINS.size() - 1).map(DOMAINS::get);
    return in -> {
      Kind kind = kinds.generate(in);
      Year first = Year.of(integers().between(2020, 2027).generate(in));
      Optional<Year> last = kind == Kind.STRUCTURAL ? Optional.empty()
          : Optional.of(first.plusYears(integers().between(0, 3).generate(in)));
      String description = descriptions.generate(in);
      String id = booleans().all().generate(in) ? Integer.toString(i + 1) : "M-" + (i + 1) + "; " + description.length();
      return new Measure(id, description, domains.generate(in), kind, ranges().generate(in), first, last,
          statuses().generate(in), tags.generate(in));
    };
  }

  static Gen<SavingsPlan> plans() {
    return in -> {
      List<Measure> measures = new ArrayList<>();
      for (int i = integers().between(0, 7).generate(in) - 1; i >= 0; i--) {
        measures.add(0, measures(i).generate(in));
      }
      return new SavingsPlan(measures);
    };
  }

  @Test
  void aWrittenPlanReadsBackEqualInBothDialects() {
    qt().forAll(plans()).checkAssert(plan -> {
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
    qt().forAll(ranges()).checkAssert(range -> {
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
    Gen<int[]> edits = integers().between(0, Integer.MAX_VALUE - 1).zip(integers().between(0, 11),
        integers().between(0, PIECES.size() - 1), (at, length, piece) -> new int[] {at, length, piece});
    qt().forAll(lists().of(edits).ofSizeBetween(1, 6)).checkAssert(list -> {
      StringBuilder text = new StringBuilder(original);
      for (int[] edit : list) {
        int at = edit[0] % text.length();
        int end = Math.min(text.length(), at + edit[1]);
        text.replace(at, end, PIECES.get(edit[2]));
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
