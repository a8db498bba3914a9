// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.variance.Seed000Analysis;
import nl.sociaaldomein.variance.VarianceReport;
import nl.sociaaldomein.variance.VarianceRules;
import org.junit.jupiter.api.Test;

/** Seed 000's variance report under its council's rule of 50.000 euros, as a person reads it. */
class VarianceTextTest {

  private static VarianceReport seed000() {
    return VarianceReport.of(Seed000Analysis.statement(), VarianceRules.above(Amount.ofEuros(50_000)),
        Seed000Analysis.explanations());
  }

  @Test
  void seed000sReportListsTheVariancesToExplainTheReconciliationTheFindingsTheSplitAndLegality() {
    assertEquals("""
        Variance analysis: Programma 3 Sociaal domein
        "Realisatie 2022" against "Totaal Begroting 2022 incl. wijzigingen", x € 1.000; a variance is V (voordelig, favourable) or N (nadelig, unfavourable).
        Rules: explain a variance above € 50.000 per group after reserves; a residual above € 50.000 leaves something material unexplained; percentages of a budget of at least € 100.000.

        Variances to explain (10), largest first
          Row                                        Variance       %  Why
          Samenkracht en burgerparticipatie           3.404 V   98,5%  above € 50.000
          Maatwerkdienstverlening 18-                 1.749 N  -15,4%  above € 50.000
          Inkomensregelingen                          1.072 V   24,1%  above € 50.000
          Geëscaleerde zorg 18+                         782 V  312,8%  above € 50.000
          Maatwerkdienstverlening 18+                   571 V    6,2%  above € 50.000
          Arbeidsparticipatie                           377 V   18,5%  above € 50.000
          Eigen kracht en individuele ondersteuning     250 V   38,1%  above € 50.000
          Geëscaleerde zorg 18-                         232 V   18,5%  above € 50.000
          Maatwerkvoorzieningen                         192 V   14,0%  above € 50.000
          Begeleide participatie                         81 N   -1,1%  above € 50.000

        Explanations reconciled
        Per explained row: the variance, what the items explain, the residual (given, or computed when the document gives none), the gap that remains and the rounding bound it must stay within, all x € 1.000.
          Row                                        Variance    Items         Residual  Gap  Bound
          Samenkracht en burgerparticipatie           3.404 V  3.357 V             47 V    0    ± 4  ok
          Eigen kracht en individuele ondersteuning     250 V    262 V             12 N    0  ± 2,5  ok
          Inkomensregelingen                          1.072 V  1.063 V              9 V    0    ± 5  ok
          Begeleide participatie                         81 N     15 N             66 N    0  ± 1,5  see findings
          Arbeidsparticipatie                           377 V    350 V             27 V    0  ± 2,5  ok
          Maatwerkvoorzieningen                         192 V    167 V             25 V    0    ± 2  ok
          Maatwerkdienstverlening 18+                   571 V    537 V             34 V    0  ± 4,5  ok
          Maatwerkdienstverlening 18-                 1.749 N  1.659 N             91 N  1 V    ± 3  see findings
          Geëscaleerde zorg 18+                         782 V    778 V              4 V    0  ± 1,5  ok
          Geëscaleerde zorg 18-                         232 V    226 V              6 V    0  ± 1,5  ok
          Volksgezondheid                                28 V     24 V              5 V  1 N    ± 2  ok
          Programma 3 Sociaal domein                  5.078 V  5.090 V  12 N (computed)    0   ± 17  ok

        Findings (2)
          - Begeleide participatie, "Diverse kleine afwijkingen < 50.000": the residual "Diverse kleine afwijkingen < 50.000" of € 66.000 N exceeds the limit of € 50.000: something material went unexplained
          - Maatwerkdienstverlening 18-, "Diverse kleine afwijkingen < 50.000": the residual "Diverse kleine afwijkingen < 50.000" of € 91.000 N exceeds the limit of € 50.000: something material went unexplained

        Structural and incidental
        Totals of the explained items per class (I incidenteel, S structureel, S* structural effect already processed, I/S both); Structural adds S, S* and I/S.
          Scope                                            I        S    I/S     S*   none  Structural
          Samenkracht en burgerparticipatie          3.258 V        0      0      0   99 V           0
          Eigen kracht en individuele ondersteuning    306 V        0      0      0   44 N           0
          Inkomensregelingen                           533 V    155 N      0  578 V  107 V       423 V
          Begeleide participatie                           0        0      0      0   15 N           0
          Arbeidsparticipatie                          249 V        0      0      0  101 V           0
          Maatwerkvoorzieningen                        108 V        0      0      0   59 V           0
          Maatwerkdienstverlening 18+                  198 V    186 V  127 V      0   26 V       313 V
          Maatwerkdienstverlening 18-                      0  1.590 N      0      0   69 N     1.590 N
          Geëscaleerde zorg 18+                        778 V        0      0      0      0           0
          Geëscaleerde zorg 18-                            0    226 V      0      0      0       226 V
          Volksgezondheid                                  0        0      0      0   24 V           0
          Programma 3 Sociaal domein                 5.430 V  1.333 N  127 V  578 V  288 V       628 N

        Budget legality (begrotingsrechtmatigheid)
        Lasten realised above the amended budget ("Realisatie 2022" against "Totaal Begroting 2022 incl. wijzigingen"), and whether the overrun is accepted. The council authorises per programme. An overrun is the printed variance where the document prints one, so it may differ by rounding from realised minus budget.
          Row                                        Budget  Realised  Overrun  Accepted
          Samenkracht en burgerparticipatie, lasten   3.947     9.268    5.321  covered by baten 8.711 above budget (its own baten)
          Begeleide participatie, lasten              7.527     7.608       81  no
          Maatwerkdienstverlening 18-, lasten        11.415    13.219    1.804  no
          Totaal lasten                              55.728    60.334    4.608  covered by baten 9.595 above budget (its own baten)
          - Unaccepted: 0 (x € 1.000) against a verantwoordingsgrens of 1 % of € 60.334.000 lasten = € 603.340: not exceeded.

        """, VarianceText.format(seed000()).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void theMarkdownHasAHeadingPerSectionAndATablePerList() {
    String md = VarianceText.markdown(seed000());
    assertTrue(md.startsWith("# Variance analysis: Programma 3 Sociaal domein\n"), md);
    assertTrue(md.contains("## Variances to explain (10), largest first\n\n| Row | Variance | % | Why |\n|---|---:|---:|---|\n"
        + "| Samenkracht en burgerparticipatie | 3.404 V | 98,5% | above € 50.000 |\n"), md);
    assertTrue(md.contains("- Maatwerkdienstverlening 18-, \"Diverse kleine afwijkingen < 50.000\": the residual"), md);
    assertTrue(md.contains("| Programma 3 Sociaal domein | 5.430 V | 1.333 N | 127 V | 578 V | 288 V | 628 N |"), md);
    assertTrue(md.contains("| Maatwerkdienstverlening 18-, lasten | 11.415 | 13.219 | 1.804 | no |"), md);
  }
}
