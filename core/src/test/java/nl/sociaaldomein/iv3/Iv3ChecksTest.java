// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import static nl.sociaaldomein.iv3.Iv3Fixtures.booking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.iv3.Iv3Finding.Kind;
import org.junit.jupiter.api.Test;

class Iv3ChecksTest {

  private static final Iv3ErrorCatalogue CBS = Iv3Fixtures.catalogue();
  private static final Iv3Definitions D2024 = Iv3Fixtures.definitions2024();
  private static final Iv3Definitions D2018 = Iv3Fixtures.definitions2018();

  private static Iv3Validation check(Iv3Delivery d) {
    return Iv3Checks.check(d, D2024, CBS);
  }

  /** The minimal delivery with one booking replaced. */
  private static Iv3Delivery replaced(int index, Iv3Booking by) {
    Iv3Delivery d = Iv3Fixtures.minimal2024();
    List<Iv3Booking> bookings = new ArrayList<>(d.bookings());
    bookings.set(index, by);
    return d.withBookings(bookings);
  }

  private static Iv3Delivery added(Iv3Booking... more) {
    Iv3Delivery d = Iv3Fixtures.minimal2024();
    List<Iv3Booking> bookings = new ArrayList<>(d.bookings());
    bookings.addAll(List.of(more));
    return d.withBookings(bookings);
  }

  private static Iv3Finding onlyError(Iv3Validation v) {
    assertEquals(1, v.errors().size(), v::toString);
    return v.errors().get(0);
  }

  @Test
  void theMinimalDeliveryOf2024IsValidAndListsWhatIsNotInterpreted() {
    Iv3Validation v = check(Iv3Fixtures.minimal2024());
    assertTrue(v.isValid(), v::toString);
    assertEquals(List.of("PF002", "PF003", "PF004", "PF005", "PF009"),
        v.findings().stream().map(Iv3Finding::foutcode).toList());
    assertTrue(v.findings().stream().allMatch(f -> f.kind() == Kind.NOT_INTERPRETED));
    assertEquals("2. Gebruik juiste categorieën (6.1, 7.2 en 7.5) op financiële balans",
        v.findings("PF002").get(0).omschrijving());
    assertTrue(v.findings("PF003").get(0).melding().startsWith("not interpreted: "));
  }

  @Test
  void theMinimalFiguresAreValidIn2018WithItsFormula() {
    Iv3Validation v = Iv3Checks.check(Iv3Fixtures.minimal2018(), D2018, CBS);
    assertEquals(List.of(), v.findings());
  }

  @Test
  void definitionsOfAnotherYearAreSf888AndNothingElse() {
    Iv3Delivery d = Iv3Fixtures.minimal2024();
    Iv3Validation v = check(d.withMetadata(d.metadata().withBoekjaar(2023)));
    assertEquals(List.of(new Iv3Finding(Kind.ERROR, "SF888", "Bestandsfout",
        "Het bestand iv3_definities_Gemeente_2023.json is niet gevonden. Mogelijk zijn de metadata sleutels"
            + " “boekjaar” en/of overheidslaag in het databestand niet correct!",
        "$.metadata", List.of("iv3_definities_Gemeente_2023.json", "iv3_definities_Gemeente_2024.json"))),
        v.findings());
  }

  @Test
  void anUnknownTaakveldIsDf001AtItsLine() {
    Iv3Finding f = onlyError(check(replaced(1, booking(Iv3Section.LASTEN, "9.9", "3.8", 500))));
    assertEquals(new Iv3Finding(Kind.ERROR, "DF001", "onjuiste taakveld-code gebruikt",
        "Binnen het onderdeel lasten is de code 9.9 niet toegestaan als taakveld. (bedrag 500)",
        "$.data.lasten[1].taakveld", List.of("9.9")), f);
  }

  @Test
  void aTotalIsNoBookableTaakveld() {
    Iv3Finding f = onlyError(check(replaced(4, booking(Iv3Section.BATEN, "6.", "3.8", 300))));
    assertEquals("DF001", f.foutcode());
    assertEquals("$.data.baten[0].taakveld", f.path());
    assertEquals("Binnen het onderdeel baten is de code 6. niet toegestaan als taakveld."
        + " (6. is een totaal, geen boekbare code; bedrag 300)", f.melding());
  }

  @Test
  void aLastenCategoryInBatenIsDf002() {
    Iv3Validation v = check(replaced(4, booking(Iv3Section.BATEN, "6.1", "1.1", 300)));
    // The 300 no longer counts on the current account, so PF001 fails too.
    assertEquals(List.of("DF002", "PF001"), v.errors().stream().map(Iv3Finding::foutcode).toList());
    Iv3Finding f = v.errors().get(0);
    assertEquals("$.data.baten[0].categorie", f.path());
    assertEquals(List.of("1.1"), f.values());
  }

  @Test
  void aGreyCellIsDf002NamingTheTaakveld() {
    Iv3Finding f = onlyError(check(replaced(1, booking(Iv3Section.LASTEN, "6.1", "4.2", 500))));
    assertEquals(new Iv3Finding(Kind.ERROR, "DF002", "onjuiste categorie-code gebruikt",
        "Binnen het onderdeel lasten is de code 4.2 niet toegestaan als categorie."
            + " (grijze cel: categorie 4.2 bij taakveld 6.1, bedrag 500)",
        "$.data.lasten[1].categorie", List.of("6.1", "4.2")), f);
  }

  @Test
  void aGreyCellOnTheBalanceNamesTheBalanceCode() {
    // Reserves may be booked only on P111, P112 and P114; a 2023-2024 leaf such as 6.71 is wholly grey.
    Iv3Validation v = check(added(booking(Iv3Section.BALANS_BATEN, "A23", "7.1", 0),
        booking(Iv3Section.LASTEN, "6.71", "3.8", 0)));
    assertEquals(List.of("$.data.lasten[4].categorie", "$.data.balans_baten[2].categorie"),
        v.errors().stream().map(Iv3Finding::path).toList());
    assertTrue(v.errors().get(1).melding().contains("bij balanscode A23"), v::toString);
  }

  @Test
  void unknownBalanceCodeStandperAndFigureCodes() {
    Iv3Delivery d = replaced(9, booking(Iv3Section.BALANS_STANDEN, "A221", "1-1-2019", 1000));
    d = d.withFigures(List.of(new Iv3Figure(Iv3Section.KENGETALLEN, "fk.7", "Rek_2024", "1"),
        new Iv3Figure(Iv3Section.BELEIDSINDICATOREN, "bi.6", "Rek_2020", "2")));
    Iv3Validation v = check(d);
    assertEquals(List.of("DF003", "DF004", "DF005", "DF006", "DF007", "PF007"),
        v.errors().stream().map(Iv3Finding::foutcode).toList());
    assertEquals(List.of("$.data.balans_standen[0].balanscode", "$.data.balans_standen[0].standper",
        "$.data.kengetallen[0].kengetal", "$.data.beleidsindicatoren[0].beleidsindicator",
        "$.data.beleidsindicatoren[0].verslagperiode", "$.data.balans_standen"),
        v.errors().stream().map(Iv3Finding::path).toList());
    assertEquals("Binnen het onderdeel beleidsindicatoren is de code Rek_2020 niet toegestaan als verslagperiode."
        + " (waarde 2)", v.findings("DF007").get(0).melding());
  }

  @Test
  void figuresIn2018CannotBeCheckedAndSaySo() {
    Iv3Delivery d = Iv3Fixtures.minimal2018()
        .withFigures(List.of(new Iv3Figure(Iv3Section.KENGETALLEN, "fk.3", "Rek_2018", "35.2")));
    Iv3Validation v = Iv3Checks.check(d, D2018, CBS);
    assertTrue(v.isValid());
    assertEquals(Kind.NOT_INTERPRETED, v.findings("DF005").get(0).kind());
  }

  @Test
  void lastenUnequalToBatenIsPf006WithTheLibrarysTolerance() {
    Iv3Delivery d = replaced(3, booking(Iv3Section.LASTEN, "0.11", "7.1", 60));
    Iv3Validation v = check(d);
    assertEquals(List.of("PF006"), List.copyOf(v.errorCodes()), "0.11 is IV, outside PF001's groups");
    Iv3Finding f = v.findings("PF006").get(0);
    assertEquals("Controle: Totaal lasten taakvelden is niet gelijk aan totaal baten taakvelden. Het gevonden"
        + " verschil is 10, terwijl 0 maximaal is toegestaan.", f.melding());
    assertEquals(List.of("10", "0"), f.values());
    Iv3Validation tolerant = Iv3Checks.check(d, D2024, CBS, Iv3Tolerance.of(BigDecimal.TEN));
    assertTrue(tolerant.isValid(), tolerant::toString);
    assertTrue(Iv3Checks.check(d, D2024, CBS, Iv3Tolerance.of(new BigDecimal("9.99"))).errorCodes().contains("PF006"));
  }

  @Test
  void unequalPositionsArePf007AndPf008() {
    Iv3Validation v = check(replaced(11, booking(Iv3Section.BALANS_STANDEN, "P111", "1 januari", 900)));
    Iv3Finding f = onlyError(v);
    assertEquals("PF007", f.foutcode());
    assertEquals("Controle: Totaal primo stand balans activa is niet gelijk aan totaal primo stand balans passiva."
        + "  Het gevonden verschil is 100, terwijl 0 maximaal is toegestaan.", f.melding());
    Iv3Validation ultimo = check(replaced(10, booking(Iv3Section.BALANS_STANDEN, "A23", "31-12-2024", 1101)));
    assertEquals(List.of("PF008"), List.copyOf(ultimo.errorCodes()), "31-12-2024 counts as ultimo");
  }

  @Test
  void noPositionsArePf099ForPf007AndPf008() {
    Iv3Delivery d = Iv3Fixtures.minimal2024();
    d = d.withBookings(d.bookings().stream().filter(b -> b.section() != Iv3Section.BALANS_STANDEN).toList());
    Iv3Validation v = check(d);
    assertEquals(List.of("PF099", "PF099"), v.errors().stream().map(Iv3Finding::foutcode).toList());
    assertEquals("Vanwege het ontbreken van balans_standen met standper 1 januari of 1-1-2024 (primo) is het"
        + " onmogelijk om plausibiliteitsconrtrole PF007 uit te voeren.", v.errors().get(0).melding());
    assertEquals(List.of("PF008"), v.errors().get(1).values());
  }

  @Test
  void currentAccountApartFromTheFinancialIsPf001() {
    // LR saldo 200 (1700 - 1500), FR saldo 100: 100 / 1500 = 6,67 % of the LR lasten, above 1 %.
    Iv3Delivery d = replaced(4, booking(Iv3Section.BATEN, "6.1", "3.8", 400));
    d = replaced(d, 3, booking(Iv3Section.LASTEN, "0.11", "7.1", 150));
    Iv3Validation v = check(d);
    Iv3Finding f = onlyError(v);
    assertEquals("Controle: Het saldo niet-financiële rekening niet gelijk aan het saldo van de financiële"
        + " rekening. Het gevonden percentage is 6,67%, terwijl 1,00% maximaal is toegestaan.", f.melding());
    assertEquals("$.data", f.path());
    Iv3Delivery in2018 = d.withMetadata(d.metadata().withBoekjaar(2018)).withFigures(List.of());
    assertEquals(List.of(f.melding()),
        Iv3Checks.check(in2018, D2018, CBS).errors().stream().map(Iv3Finding::melding).toList(),
        "2018's own formula gives the same");
  }

  @Test
  void withinOnePercentPassesPf001() {
    // LR saldo 115, FR saldo 100: 15 / 1500 = 1 %, the most allowed.
    Iv3Delivery d = replaced(replaced(4, booking(Iv3Section.BATEN, "6.1", "3.8", 315)), 3,
        booking(Iv3Section.LASTEN, "0.11", "7.1", 65));
    Iv3Validation v = check(d);
    assertTrue(v.isValid(), v::toString);
  }

  @Test
  void the2017FormulaDividesByTheSaldoAndAZeroOneIsPf099() {
    // LR saldo 0 (baten 1500 = lasten 1500), FR saldo 100: 2017 divides by the LR saldo.
    Iv3Delivery d = replaced(5, booking(Iv3Section.BATEN, "0.7", "4.3.1", 1200));
    d = d.withMetadata(d.metadata().withBoekjaar(2017)).withFigures(List.of());
    Iv3Validation v = Iv3Checks.check(d, Iv3Fixtures.definitions2017(), CBS);
    Iv3Finding f = v.errors().get(0);
    assertEquals("PF099", f.foutcode());
    assertEquals("Vanwege het ontbreken van een waarde ongelijk aan nul voor Emu_saldo_LR is het onmogelijk om"
        + " plausibiliteitsconrtrole PF001 uit te voeren.", f.melding());
  }

  @Test
  void aBudgetIsCheckedOnlyByPf006() {
    Iv3Delivery d = Iv3Fixtures.minimal2024();
    Iv3Validation v = check(d.withMetadata(d.metadata().withPeriode(0).withStatus(Iv3Status.BEGROTING)));
    assertTrue(v.isValid());
    assertEquals(List.of("PF001", "PF002", "PF003", "PF004", "PF005", "PF007", "PF008", "PF009"),
        v.findings(Kind.NOT_APPLICABLE).stream().map(Iv3Finding::foutcode).toList());
    assertEquals("not applicable: the controle applies to periode [5], the delivery is of periode 0",
        v.findings("PF007").get(0).melding());
  }

  @Test
  void checkingTwiceGivesEqualResults() {
    Iv3Delivery d = replaced(1, booking(Iv3Section.LASTEN, "9.9", "4.2", 500));
    assertEquals(check(d), check(d));
  }

  @Test
  void aFormulaThatCannotBeReadIsNotInterpretedNotThrown() {
    Iv3Control.Formula broken = new Iv3Control.Formula(1, "Controle 01", List.of(
        new Iv3Control.Step(1, "a", "a", java.util.Optional.empty(), java.util.Optional.of("b + 1"),
            java.util.Optional.empty()),
        new Iv3Control.Step(2, "c", "c", java.util.Optional.empty(), java.util.Optional.of("(a"),
            java.util.Optional.of("<= 0.01"))));
    Iv3Definitions d = new Iv3Definitions(D2018.overheidslaag(), 2018, D2018.omschrijving(), D2018.codeLists(),
        D2018.greyCells(), List.of(broken));
    Iv3Validation v = Iv3Checks.check(Iv3Fixtures.minimal2018(), d, CBS);
    assertTrue(v.isValid());
    Iv3Finding f = v.findings("PF001").get(0);
    assertEquals(Kind.NOT_INTERPRETED, f.kind());
    assertEquals("not interpreted: the controle's formula cannot be evaluated: formula: \"b + 1\": names \"b\","
        + " which no earlier step defines", f.melding());
  }

  @Test
  void aNegativeToleranceIsRefused() {
    assertThrows(SociaalDomeinException.class, () -> Iv3Tolerance.of(new BigDecimal("-1")));
  }

  private static Iv3Delivery replaced(Iv3Delivery d, int index, Iv3Booking by) {
    List<Iv3Booking> bookings = new ArrayList<>(d.bookings());
    bookings.set(index, by);
    return d.withBookings(bookings);
  }
}
