// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.funding.FundingConfrontation;
import nl.sociaaldomein.funding.FundingYear;
import nl.sociaaldomein.funding.SocialDomainExpenditure;
import nl.sociaaldomein.funding.SocialDomainIncome;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import org.junit.jupiter.api.Test;

/**
 * The social-domain totals of a hand-made delivery, every figure worked out by hand in the
 * comments: one in euros with cents, one in thousands.
 */
class Iv3SocialDomainFundingTest {

  private static Iv3Booking booking(Iv3Section section, String code, String categorie, String bedrag) {
    return Iv3Booking.of(section, code, categorie, new BigDecimal(bedrag));
  }

  private static Iv3Delivery delivery(int boekjaar, EuroUnit unit, List<Iv3Booking> bookings) {
    Iv3Delivery d = Iv3Fixtures.minimal2024();
    return d.withMetadata(d.metadata().withBoekjaar(boekjaar)).withBookings(bookings).withUnit(unit);
  }

  /** 2024 in euros. */
  private static final Iv3Delivery EUROS = delivery(2024, EuroUnit.EUROS, List.of(
      booking(Iv3Section.LASTEN, "6.1", "1.1", "250000"),
      booking(Iv3Section.LASTEN, "6.3", "3.8", "1200000"),
      // Lasten in the BUIG's cell: a transfer paid to the Rijk, no income.
      booking(Iv3Section.LASTEN, "6.3", "4.3.1", "20000"),
      booking(Iv3Section.LASTEN, "6.71", "3.8", "430000.50"),
      booking(Iv3Section.LASTEN, "0.4", "1.1", "800000.10"),
      booking(Iv3Section.LASTEN, "0.1", "1.1", "100000"),
      booking(Iv3Section.BATEN, "6.3", "4.3.1", "1000000"),
      booking(Iv3Section.BATEN, "6.3", "4.1.2", "60000"),
      booking(Iv3Section.BATEN, "6.1", "3.8", "15000"),
      booking(Iv3Section.BATEN, "6.71", "3.8", "25000.25"),
      // The general grant, booked whole on 0.7 with the Rijk's category: not the BUIG.
      booking(Iv3Section.BATEN, "0.7", "4.3.1", "3000000"),
      booking(Iv3Section.BATEN, "0.4", "3.8", "5000")));

  private final Iv3TaakveldStatement euros = Iv3TaakveldStatement.of(EUROS);

  private static Amount eur(String euros) {
    return Amount.of(new BigDecimal(euros));
  }

  @Test
  void expenditureIsTheLastenOfHoofdtaakveldSixAndTheCallersOverhead() {
    // 250.000 + 1.200.000 + 20.000 + 430.000,50; 0.4 and 0.1 stay out.
    assertEquals(SocialDomainExpenditure.of(eur("1900000.50"), eur("100000")),
        euros.socialDomainExpenditure(eur("100000")));
  }

  @Test
  void theOverheadShareIsTakenOfTheLastenOnZeroFourAndRoundedAsTold() {
    // 0,3333 x 800.000,10 = 266.640,033333
    assertEquals(eur("266640.03"), euros.indirectOverhead(new BigDecimal("0.3333"), RoundingMode.HALF_UP));
    assertEquals(eur("266640.04"), euros.indirectOverhead(new BigDecimal("0.3333"), RoundingMode.UP));
    assertEquals(SocialDomainExpenditure.of(eur("1900000.50"), eur("100000.01")),
        euros.socialDomainExpenditure(new BigDecimal("0.125"), RoundingMode.HALF_EVEN),
        "0,125 x 800.000,10 = 100.000,0125");
    assertEquals(Amount.ZERO, euros.indirectOverhead(BigDecimal.ZERO, RoundingMode.UNNECESSARY));
    assertEquals(eur("800000.10"), euros.indirectOverhead(BigDecimal.ONE, RoundingMode.UNNECESSARY));
  }

  @Test
  void aShareOutsideZeroToOneIsRefusedByName() {
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> euros.indirectOverhead(new BigDecimal("1.5"), RoundingMode.HALF_UP));
    assertEquals("share of the lasten on 0.4", e.where());
    assertEquals("1.5", e.what().orElseThrow());
    assertThrows(SociaalDomeinException.class,
        () -> euros.socialDomainExpenditure(new BigDecimal("-0.01"), RoundingMode.HALF_UP));
  }

  @Test
  void incomeIsTheBuigTheOtherBatenOfHoofdtaakveldSixAndTheCallersGrantShare() {
    // BUIG: baten 6.3 x 4.3.1 only. Other: 60.000 + 15.000 + 25.000,25.
    assertEquals(eur("1000000"), euros.buig());
    assertEquals(SocialDomainIncome.of(eur("500000"), eur("1000000"), eur("100000.25")),
        euros.socialDomainIncome(eur("500000")));
  }

  @Test
  void theFundingYearIsTheDeliverysBoekjaar() {
    FundingYear year = euros.fundingYear(eur("500000"), eur("100000"));
    assertEquals(Year.of(2024), euros.year());
    assertEquals(FundingYear.of(Year.of(2024), SocialDomainIncome.of(eur("500000"), eur("1000000"), eur("100000.25")),
        SocialDomainExpenditure.of(eur("1900000.50"), eur("100000"))), year);
  }

  /** 2023 in thousands: whole thousands of euros, a half thousand included. */
  private static final Iv3Delivery THOUSANDS = delivery(2023, EuroUnit.THOUSANDS, List.of(
      booking(Iv3Section.LASTEN, "6.1", "3.8", "412"),
      booking(Iv3Section.LASTEN, "6.3", "3.8", "1850.5"),
      booking(Iv3Section.LASTEN, "0.4", "1.1", "960"),
      booking(Iv3Section.BATEN, "6.3", "4.3.1", "1520"),
      booking(Iv3Section.BATEN, "6.3", "4.1.2", "34"),
      booking(Iv3Section.BATEN, "0.7", "4.3.1", "4100")));

  @Test
  void aDeliveryInThousandsGivesWholeThousandsOfEuros() {
    Iv3TaakveldStatement s = Iv3TaakveldStatement.of(THOUSANDS);
    // 412 + 1.850,5 thousand; a quarter of 960 thousand.
    assertEquals(SocialDomainExpenditure.of(Amount.ofEuros(2_262_500), Amount.ofEuros(240_000)),
        s.socialDomainExpenditure(new BigDecimal("0.25"), RoundingMode.UNNECESSARY));
    assertEquals(SocialDomainIncome.of(Amount.ofEuros(700_000), Amount.ofEuros(1_520_000), Amount.ofEuros(34_000)),
        s.socialDomainIncome(Amount.ofEuros(700_000)));
    assertEquals(Year.of(2023), s.fundingYear(Amount.ZERO, Amount.ZERO).year());
  }

  @Test
  void theConfrontationOfTwoDeliveriesGivesTheGapsWorkedOutByHand() {
    FundingConfrontation c = FundingConfrontation.of(
        Iv3TaakveldStatement.of(THOUSANDS).fundingYear(Amount.ofEuros(700_000), Amount.ofEuros(240_000)),
        euros.fundingYear(eur("500000"), eur("100000")));
    // 2023: 700.000 + 1.520.000 + 34.000 - (2.262.500 + 240.000) = -248.500
    assertEquals(Amount.ofEuros(-248_500), c.gap(Year.of(2023)));
    // 2024: 500.000 + 1.000.000 + 100.000,25 - (1.900.000,50 + 100.000) = -400.000,25
    assertEquals(eur("-400000.25"), c.gap(Year.of(2024)));
    assertEquals(eur("-648500.25"), c.totalGap());
    assertTrue(c.year(Year.of(2024)).isShortfall());
  }

  @Test
  void theBuigCellHoldsWhateverTheRijkTransfersForIncomeProvisions() {
    // A Tozo of 2020 booked beside the BUIG in the same cell is counted with it: the delivery
    // does not tell them apart.
    Iv3Delivery d = delivery(2020, EuroUnit.EUROS, List.of(
        booking(Iv3Section.BATEN, "6.3", "4.3.1", "1000000"),
        booking(Iv3Section.BATEN, "6.3", "4.3.1", "350000")));
    assertEquals(eur("1350000"), Iv3TaakveldStatement.of(d).buig());
  }

  @Test
  void aFigureWithAFractionOfACentIsRefusedNamingIt() {
    Iv3Delivery d = delivery(2024, EuroUnit.EUROS, List.of(
        booking(Iv3Section.LASTEN, "6.1", "3.8", "100.005"),
        booking(Iv3Section.BATEN, "6.3", "4.3.1", "7")));
    Iv3TaakveldStatement s = Iv3TaakveldStatement.of(d);
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> s.socialDomainExpenditure(Amount.ZERO));
    assertEquals("the lasten of hoofdtaakveld 6, boekjaar 2024", e.where());
    assertEquals("100.005", e.what().orElseThrow());
    assertTrue(e.why().contains("fraction of a cent"), e::getMessage);
    assertEquals(eur("7"), s.buig(), "the baten are exact");

    Iv3Delivery thousandths = delivery(2024, EuroUnit.THOUSANDS, List.of(
        booking(Iv3Section.BATEN, "6.3", "4.3.1", "0.000001")));
    SociaalDomeinException b = assertThrows(SociaalDomeinException.class,
        () -> Iv3TaakveldStatement.of(thousandths).socialDomainIncome(Amount.ZERO));
    assertTrue(b.where().startsWith("the baten of hoofdtaakveld 6"), b::getMessage);
    assertEquals("0.001", b.what().orElseThrow());
  }

  @Test
  void aFigureTooLargeForAnAmountIsRefusedNamingIt() {
    Iv3Delivery d = delivery(2024, EuroUnit.BILLIONS, List.of(
        booking(Iv3Section.BATEN, "6.3", "4.3.1", "100000000000")));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> Iv3TaakveldStatement.of(d).buig());
    assertEquals("the BUIG (baten on 6.3, category 4.3.1), boekjaar 2024", e.where());
    assertTrue(e.why().startsWith("does not fit an amount"), e::getMessage);
  }
}
