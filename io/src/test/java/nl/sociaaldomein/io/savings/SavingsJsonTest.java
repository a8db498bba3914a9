package nl.sociaaldomein.io.savings;

import static java.math.RoundingMode.HALF_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Year;
import java.util.List;
import nl.sociaaldomein.io.json.SociaalDomeinJson;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.AmountRange;
import nl.sociaaldomein.savings.Domain;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Status;
import nl.sociaaldomein.savings.Target;
import nl.sociaaldomein.savings.TargetComparison;
import nl.sociaaldomein.savings.model.CalculationModel;
import nl.sociaaldomein.savings.model.Driver;
import nl.sociaaldomein.savings.model.DriverKind;
import nl.sociaaldomein.savings.model.Product;
import nl.sociaaldomein.savings.model.Result;
import nl.sociaaldomein.savings.model.Rounding;
import org.junit.jupiter.api.Test;

class SavingsJsonTest {

  private static final Year Y2022 = Year.of(2022);

  /** Seed 004, chapter 6: a Wmo tranche from 2022, a p.m. item, and the implementation cost of 350.000 a year. */
  private static SavingsPlan plan() {
    return SavingsPlan.of(
        Measure.structural("W1", "Wmo tranche 2022", Domain.WMO, AmountRange.exactly(Amount.ofEuros(250_000)), Y2022)
            .withStatus(Status.realised(Amount.ofEuros(240_000))),
        Measure.structural("W2", "Scootmobielen", Domain.WMO,
            AmountRange.proMemorie(Amount.ofEuros(10_000), Amount.ofEuros(50_000)), Year.of(2023)),
        Measure.cost("K1", "Invoeringskosten", Domain.SOCIAAL_BREED, AmountRange.exactly(Amount.ofEuros(350_000)),
            Y2022, Year.of(2025)));
  }

  @Test
  void aPlanIsWrittenWithEveryFieldOfItsMeasures() {
    JsonNode json = SociaalDomeinJson.mapper().valueToTree(plan());
    JsonNode w1 = json.get("measures").get(0);
    assertEquals("W1", w1.get("id").asText());
    assertEquals("Wmo", w1.get("domain").asText());
    assertEquals("STRUCTURAL", w1.get("kind").asText());
    assertEquals("250000.00", w1.get("amount").get("low").asText());
    assertEquals(2022, w1.get("firstYear").asInt());
    assertTrue(w1.get("lastYear").isNull());
    assertEquals("REALISED", w1.get("status").get("kind").asText());
    assertEquals("240000.00", w1.get("status").get("realised").asText());
    JsonNode w2 = json.get("measures").get(1);
    assertTrue(w2.get("amount").get("proMemorie").asBoolean());
    assertEquals("PROPOSED", w2.get("status").get("kind").asText());
    assertEquals(2025, json.get("measures").get(2).get("lastYear").asInt());
  }

  @Test
  void aPhasingAndItsTargetComparisonAreWrittenYearByYear() {
    Phasing phasing = plan().phasing(Y2022, Year.of(2023));
    JsonNode json = SociaalDomeinJson.mapper().valueToTree(phasing);
    JsonNode y2023 = json.get("years").get(1);
    assertEquals(2023, y2023.get("year").asInt());
    assertEquals("260000.00", y2023.get("total").get("structural").get("low").asText());
    assertEquals("300000.00", y2023.get("total").get("structural").get("high").asText());
    assertEquals("350000.00", y2023.get("total").get("costs").get("low").asText());
    assertEquals("260000.00", y2023.get("perDomain").get("Wmo").get("structural").get("low").asText());

    TargetComparison comparison =
        TargetComparison.of(phasing, Target.constant(Y2022, Year.of(2023), Amount.ofEuros(100_000)), Line.STRUCTURAL);
    JsonNode rows = SociaalDomeinJson.mapper().valueToTree(comparison).get("rows");
    assertEquals(2, rows.size());
    assertEquals(2022, rows.get(0).get("year").asInt());
    assertEquals("100000.00", rows.get(0).get("target").asText());
    assertEquals("250000.00", rows.get(0).get("planned").get("low").asText());
    assertEquals(comparison.rows().get(0).coverage().name(), rows.get(0).get("coverage").asText());
    assertTrue(rows.get(0).has("gap") && rows.get(0).has("surplus") && rows.get(0).has("covered"));
  }

  /** Seed 004, annex 8, "Lichte vormen van begeleiding": net 267.000 against the claimed 300.000. */
  @Test
  void aCalculationModelIsWrittenWithItsDerivationAndVerdict() {
    Rounding thousands = Rounding.toNearest(1_000, HALF_UP);
    List<Result> gains = List.of(100L, 140L).stream().map(clients -> Result.of(Product.of(
        Result.of(Product.of(Driver.count("cliënten", clients), Product.of(
            Driver.of("minuten per week", "60", DriverKind.MINUTES), Driver.euros("prijs per minuut", "0.84"))))
            .withLabel("per week"),
        Driver.of("weken per jaar", "46", DriverKind.WEEKS))).withLabel("per jaar").roundedTo(thousands)).toList();
    Result fte = Result.of(Product.of(Driver.euros("kosten per fte", "80000"), Driver.of("fte", "3", DriverKind.FTE)));
    Result overhead = Result.of(Product.of(Driver.percentage("overhead", "21"), fte)).roundedTo(thousands);
    CalculationModel model = CalculationModel.of("Lichte vormen van begeleiding", gains, List.of(fte, overhead),
        Amount.ofEuros(300_000));

    JsonNode json = SociaalDomeinJson.mapper().valueToTree(model);
    assertEquals("Lichte vormen van begeleiding", json.get("name").asText());
    assertEquals("231840", json.get("gains").get(0).get("exact").asText());
    assertEquals("232000", json.get("gains").get(0).get("value").asText());
    assertEquals("HALF_UP", json.get("gains").get(0).get("rounding").get("mode").asText());
    assertEquals("557000.00", json.get("gross").asText());
    assertEquals("290000.00", json.get("totalCosts").asText());
    assertEquals("267000.00", json.get("net").asText());
    assertEquals("300000.00", json.get("comparison").get("claimed").asText());
    assertEquals("-33000.00", json.get("comparison").get("difference").asText());
    assertEquals("DIFFERS", json.get("comparison").get("verdict").asText());
    assertEquals(model.derivation(), json.get("derivation").asText());
    assertTrue(json.get("derivation").asText().startsWith("100 x (60 x 0,84) = € 5.040 per week x 46 = € 231.840"));
  }
}
