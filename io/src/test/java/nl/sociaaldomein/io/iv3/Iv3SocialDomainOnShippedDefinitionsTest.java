// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Year;
import nl.sociaaldomein.funding.FundingYear;
import nl.sociaaldomein.iv3.Iv3Code;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3DeliveryGenerator;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.iv3.Iv3TaakveldStatement;
import nl.sociaaldomein.iv3.Overheidslaag;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The BUIG's cell and the social-domain totals on every year's shipped definitions. */
class Iv3SocialDomainOnShippedDefinitionsTest {

  private static Iv3Definitions definitions(int year) {
    return ShippedIv3.definitions(Overheidslaag.GEMEENTE, year).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(ints = {2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
  void theBuigCellIsInkomensoverdrachtenRijkOnInkomensregelingenAndMayBeBooked(int year) {
    Iv3Definitions d = definitions(year);
    String categorie = Iv3TaakveldStatement.RIJK_TRANSFERS_CATEGORY;
    String taakveld = Iv3TaakveldStatement.INCOME_PROVISIONS.toString();
    assertTrue(d.categories(Iv3Section.BATEN).isLeaf(categorie));
    assertEquals("Inkomensoverdrachten - Rijk",
        d.categories(Iv3Section.BATEN).find(categorie).map(Iv3Code::omschrijving).orElseThrow());
    assertTrue(d.taakvelden().isLeaf(taakveld));
    assertEquals("Inkomensregelingen", d.taakvelden().find(taakveld).map(Iv3Code::omschrijving).orElseThrow());
    assertFalse(d.isGrey(Iv3Section.BATEN, taakveld, categorie));
  }

  @ParameterizedTest
  @ValueSource(ints = {2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
  void theFundingYearOfAGeneratedDeliveryAddsUpToHoofdtaakveldSix(int year) {
    Iv3Definitions d = definitions(year);
    qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
      Iv3TaakveldStatement s = Iv3TaakveldStatement.of(Iv3DeliveryGenerator.generate(d, seed));
      FundingYear f = s.fundingYear(Amount.ofEuros(1_000), Amount.ofEuros(10));
      assertEquals(Year.of(year), f.year());
      assertEquals(Amount.of(s.socialDomain().lasten()), f.expenditure().hoofdtaakveld6(), () -> "seed " + seed);
      assertEquals(Amount.of(s.socialDomain().baten()), f.income().buig().plus(f.income().otherIncome()),
          () -> "seed " + seed);
    });
  }
}
