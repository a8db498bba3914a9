// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;

class RecordYearTest {

  private static final ClientId CLIENT = new ClientId(1);

  private static PaymentRecord payment(int year) {
    return new PaymentRecord(CLIENT, year, Law.WMO, "Hulp", "A", Amount.ofEuros(1));
  }

  @Test
  void theFirstAndLastYearAreAcceptedTheYearsAroundThemRefused() {
    assertEquals(2000, PaymentRecord.FIRST_YEAR);
    assertEquals(2099, PaymentRecord.LAST_YEAR);
    for (int year : new int[] {PaymentRecord.FIRST_YEAR, PaymentRecord.LAST_YEAR}) {
      assertEquals(year, payment(year).year());
      assertEquals(year, ClientRecord.of(CLIENT, year, Law.WMO, "Hulp").year());
    }
    for (int year : new int[] {PaymentRecord.FIRST_YEAR - 1, PaymentRecord.LAST_YEAR + 1, 0, -2019, 20190}) {
      String message = "Year " + year + " is not between 2000 and 2099";
      assertEquals(message, assertThrows(SociaalDomeinException.class, () -> payment(year)).getMessage());
      assertEquals(message, assertThrows(SociaalDomeinException.class,
          () -> ClientRecord.of(CLIENT, year, Law.WMO, "Hulp")).getMessage());
    }
  }

  @Test
  void aDatasetSpansTheWholeRangeOfYears() {
    ClientDataset d = ClientDataset.builder()
        .add(payment(PaymentRecord.FIRST_YEAR))
        .add(payment(PaymentRecord.LAST_YEAR))
        .add(ClientRecord.of(CLIENT, PaymentRecord.LAST_YEAR, Law.WMO, "Hulp").withAge(40))
        .build();
    AggregationResult byYear = d.aggregate(Query.by(Dimension.YEAR, Dimension.AGE_BAND));
    assertEquals(2, byYear.rows().size());
    assertEquals(Amount.ofEuros(2), byYear.totalCost());
    assertEquals(Amount.ofEuros(1), byYear.rows().stream()
        .filter(r -> r.key().get(Dimension.YEAR).orElseThrow().equals(PaymentRecord.LAST_YEAR))
        .findFirst().orElseThrow().cost());
  }
}
