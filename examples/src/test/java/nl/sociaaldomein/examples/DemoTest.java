// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo is the README's first command: it must run and say what the seeds say. */
class DemoTest {

  private static String runDemo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Demo.run(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everySeedTotalChecksOutAndOnlyTheAlteredCopyFails() {
    String output = runDemo();
    assertEquals(3 + 5, output.split("consistent \\(off by", -1).length - 1, output);
    assertEquals(1, output.split("INCONSISTENT", -1).length - 1, output);
    assertTrue(output.contains("13.219 +     -6 =  13.212  consistent (off by 1, rounding allows 1,5)"), output);
  }

  @Test
  void theSavingsListFromTheDataFileSaysItsTotalIsTheLowerEndAndListsTheOpenItems() {
    String output = runDemo();
    assertTrue(output.contains("p.m. (ten minste € 1.473.000)"), output);
    assertTrue(output.contains("totaal als één getal (ondergrens): € 1.473.000, de ondergrens van het interval"), output);
    assertTrue(output.contains("The printed total € 1.473.000,- is the lower end of the interval"), output);
    assertTrue(output.contains("     12  Beperken dubbele indicaties begeleiding individueel echtparen  p.m."), output);
    assertTrue(output.contains("€ 20.000 tot € 35.000"), output);
  }

  @Test
  void theSeedStatementsCheckOutAndPrintInAnotherConvention() {
    String output = runDemo();
    assertTrue(output.contains("121 printed totals, results and variances checked: all consistent"), output);
    assertTrue(output.contains("x € 1.000, INCOME_POSITIVE"), output);
    assertTrue(output.contains("source: consistent; published: consistent, every total the exact sum of its lines"), output);
  }

  @Test
  void theGeneratedQuickscanPrintsTheTablesOfAnnex5b() {
    String output = runDemo();
    assertTrue(output.contains("2018   Jeugdwet             1.751    € 16.924.704    € 9.666"), output);
    assertTrue(output.contains("2018   Sociaal domein       8.070"), output);
    assertTrue(output.contains("Jeugdhulp in natura: 17 van 175 aanbieders (10 %)"), output);
  }

  @Test
  void thePublishedTableAddsUp() {
    String output = runDemo();
    assertTrue(output.contains("Jeugdwet             16.924  (own rounding 16.925)  * moved to make the total"), output);
    assertTrue(output.contains("Totaal               55.793"), output);
  }

  @Test
  void seed000sVarianceAnalysisReconcilesEveryProductAndFindsTheTwoLargeResiduals() {
    String output = runDemo();
    assertTrue(output.contains("8. Meppel 2022, variance analysis"), output);
    assertTrue(output.contains("Variances to explain (10), largest first"), output);
    assertTrue(output.contains("Samenkracht en burgerparticipatie           3.404 V  3.357 V             47 V    0"), output);
    assertTrue(output.contains("Programma 3 Sociaal domein                  5.078 V  5.090 V  12 N (computed)"), output);
    assertTrue(output.contains("Findings (2)"), output);
    assertTrue(output.contains("Maatwerkdienstverlening 18-, lasten        11.415    13.219    1.804  no"), output);
    assertTrue(output.contains("Programma 3 Sociaal domein                 5.430 V  1.333 N  127 V  578 V  288 V       628 N"),
        output);
  }

  @Test
  void seed000sStatementBecomesAValidDeliveryThatReconcilesTaakveldByTaakveld() {
    String output = runDemo();
    assertTrue(output.contains("as a delivery for 2022, closed with the income the programme lacks on 0.7: 34 bookings"
        + " (x € 1.000); CBS's checks: valid"), output);
    assertTrue(output.contains("6.71         -8.657     -8.657  MATCH"), output);
    assertTrue(output.contains("0.10            545        545  MATCH"), output);
    assertFalse(output.contains("DIFFERENCE"), output);
    assertTrue(output.contains("left out, no taakveld: group \"Eigen kracht en individuele ondersteuning\", line \"Lasten\""),
        output);
  }

  @Test
  void hoogeveensPlanIsPrintedYearByYearAgainstItsTaakstelling() {
    String output = runDemo();
    assertTrue(output.contains("9. Hoogeveen's savings plan 2022-2025"), output);
    assertTrue(output.contains("netto                     € -100.000  € 400.000  € 1.400.000  € 1.550.000"), output);
    assertTrue(output.contains("taakstelling (structureel)                                      € 8.500.000"), output);
    assertTrue(output.contains("tekort                                                        € 6.600.000"), output);
    assertTrue(output.contains("the domains add up to the tranches' 2025 total"), output);
    for (String domain : new String[] {"Participatie/SHV", "Wmo", "Jeugd", "sociaal breed"}) {
      assertTrue(output.contains(System.lineSeparator() + "   " + domain + System.lineSeparator()), output);
    }
    assertTrue(output.contains("     structureel                 € 650.000"), output);
    assertTrue(output.contains("taakstelling (structureel)  € 8.500.000"), output);
  }

  @Test
  void annex8sClaimsAreSetAgainstTheirCalculationsWithTheDerivations() {
    String output = runDemo();
    assertTrue(output.contains("10. Hoogeveen's annex 8 (seed 004)"), output);
    assertTrue(output.contains("W1 Lichte vormen van begeleiding            € 300.000  € 267.000  € -33.000  wijkt af"), output);
    assertTrue(output.contains("J1 Verordeningen en beleidsregels           € 200.000  € 200.000        € 0    gelijk"), output);
    assertTrue(output.contains("100 x (60 x 0,84) = € 5.040 per week x 46 = € 231.840, afgerond € 232.000 per jaar"), output);
    assertTrue(output.contains("the plan comes to € 1.750.500"), output);
    assertTrue(output.contains("2025  Wmo                 € 633.000                   € 760.000  € 127.000"), output);
    assertTrue(output.contains("2025  Jeugd               € 377.500                   € 377.500        € 0"), output);
  }

  @Test
  void aGeneratedIv3DeliveryIsValidAndCbsCodesNameWhatBreaksIt() {
    String output = runDemo();
    assertTrue(output.contains("16 bookings, schema findings: 0; CBS's checks: valid"), output);
    assertTrue(output.contains("not interpreted from the files: [PF002, PF003, PF004, PF005, PF009]"), output);
    assertTrue(output.contains("DF001 $.data.lasten[5].taakveld: Binnen het onderdeel lasten is de code 9.9 niet toegestaan"
        + " als taakveld."), output);
    assertTrue(output.contains("DF002 $.data.lasten[6].categorie"), output);
    assertTrue(output.contains("Het gevonden verschil is 11, terwijl 0 maximaal is toegestaan."), output);
  }

  @Test
  void theReportsAreWrittenAndEachPathIsPrinted(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Demo.reports(out, dir);
    }
    java.util.List<String> paths = bytes.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> l.startsWith("   /")).map(String::strip).toList();
    assertFalse(paths.isEmpty());
    for (String path : paths) {
      java.nio.file.Path file = java.nio.file.Path.of(path);
      assertTrue(file.startsWith(dir.toAbsolutePath()) && java.nio.file.Files.size(file) > 1000, path);
    }
    assertEquals(2 * DemoReports.write(dir).size(), paths.size());
  }
}
