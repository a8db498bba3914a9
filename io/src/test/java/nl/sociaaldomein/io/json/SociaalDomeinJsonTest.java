// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.money.RoundedTable;
import nl.sociaaldomein.money.TotalCheck;
import org.junit.jupiter.api.Test;

class SociaalDomeinJsonTest {

  private final ObjectMapper mapper = SociaalDomeinJson.mapper();

  /** A holder, so that errors have a JSON path to name. */
  record Line(String name, Amount amount, PrintedFigure printed, AmountRange range) {}

  @Test
  void amountsAreDecimalStrings() throws Exception {
    assertEquals("\"-1412815.37\"", mapper.writeValueAsString(Amount.ofCents(-1_412_815_37L)));
    assertEquals(Amount.ofCents(-1_412_815_37L), mapper.readValue("\"-1412815.37\"", Amount.class));
    assertEquals(Amount.ofCents(84), mapper.readValue("0.84", Amount.class));
    assertEquals(Amount.ofCents(84), mapper.readValue("\"EUR 0.84\"", Amount.class));
  }

  @Test
  void figuresKeepTheirPrintedDecimals() throws Exception {
    PrintedFigure f = PrintedFigure.of(new BigDecimal("1.90"), EuroUnit.MILLIONS);
    String json = mapper.writeValueAsString(f);
    assertEquals(f, mapper.readValue(json, PrintedFigure.class));
    JsonNode node = mapper.readTree(json);
    assertEquals("1.90", node.get("printed").asText());
    assertEquals("MILLIONS", node.get("unit").asText());
  }

  @Test
  void rangesAndEstimatesRoundTrip() throws Exception {
    for (AmountRange r : List.of(
        AmountRange.proMemorie(),
        AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(50_000)),
        AmountRange.between(Amount.ofEuros(20_000), Amount.ofEuros(35_000)),
        AmountRange.atLeast(Amount.ofEuros(5)),
        AmountRange.atMost(Amount.ofEuros(-5)),
        AmountRange.exactly(Amount.ofCents(1)))) {
      assertEquals(r, mapper.readValue(mapper.writeValueAsString(r), AmountRange.class));
    }
    Estimate e = Estimate.of(new BigDecimal("13213000"), new BigDecimal("1000"));
    assertEquals(e, mapper.readValue(mapper.writeValueAsString(e), Estimate.class));
  }

  @Test
  void checksAndTablesAreWrittenAsReports() throws Exception {
    TotalCheck check = TotalCheck.of(
        List.of(PrintedFigure.of(13_219, EuroUnit.THOUSANDS), PrintedFigure.of(-6, EuroUnit.THOUSANDS)),
        PrintedFigure.of(13_212, EuroUnit.THOUSANDS));
    JsonNode report = mapper.readTree(mapper.writeValueAsString(check));
    assertTrue(report.get("consistent").asBoolean());
    assertEquals("-1000", report.get("difference").asText());
    assertEquals("1500", report.get("tolerance").asText());

    RoundedTable table = RoundedTable.publish(
        List.of(Amount.ofEuros(1_400), Amount.ofEuros(1_400), Amount.ofEuros(1_400)), EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
    JsonNode published = mapper.readTree(mapper.writeValueAsString(table));
    assertEquals("4", published.get("total").get("printed").asText());
    assertEquals(0, published.get("adjusted").get(0).asInt());
  }

  @Test
  void aBadAmountNamesItsPathLineAndColumn() {
    String json = "{\"name\": \"Wmo\",\n \"amount\": \"12,50\", \"printed\": null, \"range\": null}";
    InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> mapper.readValue(json, Line.class));
    assertTrue(e.getMessage().contains("12,50"), e.getMessage());
    assertTrue(e.getMessage().contains("amount"), e.getMessage());
    assertTrue(e.getMessage().contains("line: 2"), e.getMessage());
    assertEquals("amount", e.getPath().get(0).getFieldName());
  }

  @Test
  void aFractionOfACentIsRefused() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> mapper.readValue("\"0.845\"", Amount.class));
    assertTrue(e.getMessage().contains("0.845"), e.getMessage());
  }

  @Test
  void badFiguresAndRangesAreRefusedWithTheirPath() {
    InvalidFormatException unit = assertThrows(InvalidFormatException.class, () -> mapper.readValue(
        "{\"name\":\"x\",\"amount\":null,\"printed\":{\"printed\":\"1\",\"unit\":\"DUIZEND\"},\"range\":null}", Line.class));
    assertTrue(unit.getMessage().contains("DUIZEND"), unit.getMessage());
    assertEquals("printed", unit.getPath().get(0).getFieldName());

    InvalidFormatException range = assertThrows(InvalidFormatException.class, () -> mapper.readValue(
        "{\"low\":\"50\",\"high\":\"10\",\"proMemorie\":false}", AmountRange.class));
    assertTrue(range.getMessage().contains("EUR 50.00"), range.getMessage());

    InvalidFormatException unknown = assertThrows(InvalidFormatException.class, () -> mapper.readValue(
        "{\"nominal\":\"1\",\"halfWidth\":\"1\",\"extra\":1}", Estimate.class));
    assertTrue(unknown.getMessage().contains("extra"), unknown.getMessage());

    assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"nominal\":\"1\",\"halfWidth\":\"-1\"}", Estimate.class));
    assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"printed\":\"1\"}", PrintedFigure.class));
    assertThrows(InvalidFormatException.class, () -> mapper.readValue("true", Amount.class));
  }
}
