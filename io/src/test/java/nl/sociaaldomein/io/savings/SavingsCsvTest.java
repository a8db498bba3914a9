// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Kind;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Status;
import org.junit.jupiter.api.Test;

class SavingsCsvTest {

  private static final String HEADER = "id;description;domain;kind;amount;first year;last year;status;realised;tags\n";

  private static ReadResult<SavingsPlan> read(String text) {
    return SavingsCsv.read(new StringReader(text), "plan.csv");
  }

  /** Seed 004's chapter 6 in the Dutch dialect, as docs/formats.md shows it. */
  private static final String CHAPTER_6 = "#source;seed 004, hoofdstuk 6 Financiële vertaling\n" + HEADER
      + "W1;Lichte begeleiding;Wmo;structureel;€ 300.000;2022;;besloten;;tranche 1\n"
      + "J1;Jeugd, tranche 2;Jeugd;structural;€ 200.000;2023;;voorgesteld;;\n"
      + "W2;Scootmobielen innemen;Wmo;structureel;p.m. (10.000 - 50.000);2024;;;;\n"
      + "M1;Mantelzorg Vitaal;Wmo;incidenteel;Tussen de € 20.000,- en € 35.000,-;2022;2023;gerealiseerd;€ 27.500;\n"
      + "K1;Invoeringskosten;sociaal breed;kosten;€ 350.000;2022;2025;besloten;;invoering|programmaplan\n"
      + "X1;Vervallen voorstel;Wmo;structureel;p.m.;2022;;vervallen;;\n";

  @Test
  void readsEveryKindStatusAndAmountForm() {
    ReadResult<SavingsPlan> result = read(CHAPTER_6);
    assertEquals(List.of(), result.problems());
    SavingsPlan plan = result.orElseThrow();
    assertEquals(6, plan.measures().size());
    assertEquals(new Measure("W1", "Lichte begeleiding", Domain.WMO, Kind.STRUCTURAL,
        AmountRange.exactly(Amount.ofEuros(300_000)), Year.of(2022), Optional.empty(), Status.DECIDED,
        Set.of("tranche 1")), plan.measures().get(0));
    assertEquals(Status.PROPOSED, plan.measure("J1").orElseThrow().status());
    assertEquals(AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(50_000)),
        plan.measure("W2").orElseThrow().amount());
    Measure m1 = plan.measure("M1").orElseThrow();
    assertEquals(AmountRange.between(Amount.ofEuros(20_000), Amount.ofEuros(35_000)), m1.amount());
    assertEquals(Status.realised(Amount.ofEuros(27_500)), m1.status());
    assertEquals(Optional.of(Year.of(2023)), m1.lastYear());
    assertEquals(Set.of("invoering", "programmaplan"), plan.measure("K1").orElseThrow().tags());
    assertEquals(Status.DROPPED, plan.measure("X1").orElseThrow().status());
    assertEquals(plan, read(SavingsCsv.toCsv(plan, CsvDialect.PLAIN)).orElseThrow());
  }

  @Test
  void writesDutchNotationWherePlansPrintIt() {
    SavingsPlan plan = read(CHAPTER_6).orElseThrow();
    String csv = SavingsCsv.toCsv(plan, CsvDialect.DUTCH_EXCEL);
    assertTrue(csv.contains(";p.m. (10.000 - 50.000);"), csv);
    assertTrue(csv.contains(";tussen € 20.000 en € 35.000;2022;2023;gerealiseerd;€ 27.500;"), csv);
    assertTrue(csv.contains("K1;Invoeringskosten;sociaal breed;kosten;€ 350.000;2022;2025;besloten;;invoering|programmaplan"),
        csv);
    String plain = SavingsCsv.toCsv(plan, CsvDialect.PLAIN);
    assertTrue(plain.contains(",\"p.m. [10000.00, 50000.00]\","), plain);
    assertTrue(plain.contains(",incidenteel,\"[20000.00, 35000.00]\",2022,2023,gerealiseerd,27500.00,"), plain);
  }

  @Test
  void everyBadRowIsRejectedWithItsLineColumnAndValue() {
    ReadResult<SavingsPlan> result = read(HEADER
        + "A;Goed;Wmo;structureel;1.000;2022;;;;\n"
        + "A;Dubbel;Wmo;structureel;1.000;2022;;;;\n"
        + "B;Soort;Wmo;jaarlijks;1.000;2022;;;;\n"
        + "C;Bedrag;Wmo;structureel;veel;2022;;;;\n"
        + "D;Jaren;Wmo;incidenteel;1.000;2024;2023;;;\n"
        + "E;Jaar;Wmo;structureel;1.000;22;;;;\n"
        + "F;Status;Wmo;structureel;1.000;2022;;klaar;;\n"
        + "G;Gerealiseerd;Wmo;structureel;1.000;2022;;gerealiseerd;;\n"
        + "H;Niet gerealiseerd;Wmo;structureel;1.000;2022;;besloten;500;\n"
        + "I;Geen domein;;structureel;1.000;2022;;;;\n"
        + "L;Geen eind;Wmo;incidenteel;1.000;2022;;;;\n");
    assertEquals(1, result.report().accepted());
    assertEquals(10, result.report().rejected());
    assertEquals(List.of("A"), result.value().orElseThrow().measures().stream().map(Measure::id).toList());
    List<Problem> problems = result.problems();
    assertEquals(Location.atCell("plan.csv", 3, "id"), problems.get(0).where());
    assertEquals(Optional.of("A"), problems.get(0).what());
    assertTrue(problems.get(0).why().contains("line 2"), problems.get(0).why());
    assertEquals(Location.atCell("plan.csv", 4, "kind"), problems.get(1).where());
    assertEquals(Optional.of("jaarlijks"), problems.get(1).what());
    assertEquals(Location.atCell("plan.csv", 5, "amount"), problems.get(2).where());
    assertEquals(Optional.of("veel"), problems.get(2).what());
    assertEquals(Location.atCell("plan.csv", 6, "last year"), problems.get(3).where());
    assertEquals(Optional.of("2023"), problems.get(3).what());
    assertTrue(problems.get(3).why().contains("\"D\""), problems.get(3).why());
    assertEquals(Location.atCell("plan.csv", 7, "first year"), problems.get(4).where());
    assertEquals(Location.atCell("plan.csv", 8, "status"), problems.get(5).where());
    assertEquals(Location.atCell("plan.csv", 9, "realised"), problems.get(6).where());
    assertEquals(Location.atCell("plan.csv", 10, "realised"), problems.get(7).where());
    assertEquals(Location.atCell("plan.csv", 11, "domain"), problems.get(8).where());
    assertEquals(Location.atCell("plan.csv", 12, "last year"), problems.get(9).where());
    assertEquals(Optional.empty(), problems.get(9).what());
    assertTrue(problems.get(9).why().contains("needs a last year"), problems.get(9).why());
  }

  @Test
  void strictModeThrowsAtTheFirstProblem() {
    ReadException e = assertThrows(ReadException.class, () -> SavingsCsv.read(new StringReader(
        HEADER + "A;Goed;Wmo;structureel;1.000;2022;;;;\nB;Soort;Wmo;jaarlijks;1.000;2022;;;;\n"),
        "plan.csv", ReadMode.STRICT));
    assertEquals(Location.atCell("plan.csv", 3, "kind"), e.problem().where());
  }

  @Test
  void aWrongHeaderReadsNothing() {
    ReadResult<SavingsPlan> result = read("id;omschrijving;bedrag\nA;Goed;1.000\n");
    assertTrue(result.value().isEmpty());
    assertEquals(Location.atLine("plan.csv", 1), result.problems().get(0).where());
  }

  @Test
  void aPlanThatWouldNotReadBackIsRefusedWhenWritten() {
    SavingsPlan plan = SavingsPlan.of(Measure.structural(" A", "", Domain.WMO, AmountRange.proMemorie(), Year.of(2022)));
    assertThrows(SociaalDomeinException.class, () -> SavingsCsv.toCsv(plan, CsvDialect.PLAIN));
    SavingsPlan tagged = SavingsPlan.of(Measure.structural("A", "", Domain.WMO, AmountRange.proMemorie(), Year.of(2022))
        .withTags(Set.of("a|b")));
    assertThrows(SociaalDomeinException.class, () -> SavingsCsv.toCsv(tagged, CsvDialect.DUTCH_EXCEL));
  }

  @Test
  void aProMemorieItemWithEqualEndsKeepsItsMarkBothWays() {
    for (Amount end : List.of(Amount.ofEuros(5), Amount.ZERO)) {
      SavingsPlan plan = SavingsPlan.of(
          Measure.structural("P", "", Domain.WMO, AmountRange.proMemorie(end, end), Year.of(2022)));
      for (CsvDialect dialect : CsvDialect.values()) {
        String csv = SavingsCsv.toCsv(plan, dialect);
        ReadResult<SavingsPlan> back = read(csv);
        assertEquals(List.of(), back.problems(), csv);
        assertEquals(plan, back.orElseThrow(), csv);
      }
    }
  }

  @Test
  void aNegativeAmountIsReportedAtTheAmountWhateverTheIdSays() {
    ReadResult<SavingsPlan> result = read(HEADER + "year-1;d;Wmo;structureel;-5.000;2022;;;;\n");
    Problem problem = result.problems().get(0);
    assertEquals(Location.atCell("plan.csv", 2, "amount"), problem.where());
    assertEquals(Optional.of("-5.000"), problem.what());
    assertTrue(!problem.why().contains("STRUCTURAL") && problem.why().contains("(structural)"), problem.why());
  }

  @Test
  void aRepeatedTagIsAProblemAtItsCellAndKnownDomainsMatchWhateverTheCase() {
    ReadResult<SavingsPlan> result = read(HEADER + "A;d;Wmo;structureel;1.000;2022;;;;a|a\n"
        + "B;d;wmo;structureel;1.000;2022;;;;\n");
    assertEquals(Location.atCell("plan.csv", 2, "tags"), result.problems().get(0).where());
    assertEquals(Optional.of("a|a"), result.problems().get(0).what());
    assertEquals(1, result.problems().size());
    assertEquals(Domain.WMO, result.value().orElseThrow().measure("B").orElseThrow().domain());
  }
}
