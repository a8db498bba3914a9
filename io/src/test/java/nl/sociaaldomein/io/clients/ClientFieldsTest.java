// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ClientFieldsTest {

  @Test
  void plainCentsReadsThePlainDialectsAmountsAndNothingElse() {
    assertEquals(OptionalLong.of(123_456), ClientFields.plainCents("1234.56"));
    assertEquals(OptionalLong.of(-1_250), ClientFields.plainCents("-12.5"));
    assertEquals(OptionalLong.of(200_000), ClientFields.plainCents("2000"));
    for (String text : List.of("", "12.345", "1.234,56", "1e3", "+5", "12.", ".5", "€ 5", "12345678901234567")) {
      assertEquals(OptionalLong.empty(), ClientFields.plainCents(text), text);
    }
  }

  @Test
  void aReasonNeverShowsSevenDigitsInARow() {
    String number = "123456782";
    for (String reason : List.of(ClientFields.notAYear(number), ClientFields.yearOutOfRange(number),
        ClientFields.unknownLaw(number), ClientFields.notAPlainAmount(number), ClientFields.notAnAge(number),
        ClientFields.ageOutOfRange(number), ClientFields.unknownDeliveryForm(number), ClientFields.unknownReferrer(number),
        ClientFields.unknownLevel(number))) {
      assertFalse(reason.contains(number), reason);
    }
    assertEquals("unknown law \"Wet langdurige zorg\"; expected Wmo, Jeugdwet or Participatiewet",
        ClientFields.unknownLaw("Wet langdurige zorg"));
  }
}
