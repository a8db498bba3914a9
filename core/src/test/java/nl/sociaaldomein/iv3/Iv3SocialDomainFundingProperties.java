// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Year;
import java.util.List;
import nl.sociaaldomein.funding.FundingYear;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;

/** The funding figures of generated deliveries agree with the statement's own lines. */
class Iv3SocialDomainFundingProperties {

  private static final List<Iv3Definitions> YEARS = List.of(Iv3Fixtures.definitions2017(),
      Iv3Fixtures.definitions2018(), Iv3Fixtures.definitions2024());

  @Test
  void expenditureAndIncomeAreTheLastenAndBatenOfHoofdtaakveldSix() {
    qt().withExamples(150)
        .forAll(longs().all(), longs().between(-1_000_000_000L, 1_000_000_000L),
            longs().between(0, 1_000_000_000L))
        .checkAssert((seed, grantCents, overheadCents) -> {
          for (Iv3Definitions d : YEARS) {
            Iv3TaakveldStatement s = Iv3TaakveldStatement.of(Iv3DeliveryGenerator.generate(d, seed));
            Amount grant = Amount.ofCents(grantCents);
            Amount overhead = Amount.ofCents(overheadCents);
            FundingYear year = s.fundingYear(grant, overhead);
            Amount lasten = Amount.of(s.socialDomain().lasten());
            Amount baten = Amount.of(s.socialDomain().baten());
            String where = d.boekjaar() + " seed " + seed;
            assertEquals(Year.of(d.boekjaar()), year.year(), where);
            assertEquals(lasten, year.expenditure().hoofdtaakveld6(), where);
            assertEquals(overhead, year.expenditure().indirectOverhead(), where);
            assertEquals(baten, year.income().buig().plus(year.income().otherIncome()), where);
            assertEquals(grant, year.income().generalGrantShare(), where);
            assertEquals(grant.plus(baten).minus(lasten).minus(overhead), year.gap(), where);
          }
        });
  }
}
