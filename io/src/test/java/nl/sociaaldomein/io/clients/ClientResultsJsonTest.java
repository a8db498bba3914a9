// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.ClientId;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.DeliveryForm;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.io.ReadReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientResultsJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pseudonymiser PSEUDONYMISER = Pseudonymiser.of("results test key, 32 bytes long!".getBytes(StandardCharsets.UTF_8));
  private static final ClientId C1 = PSEUDONYMISER.pseudonymise("111222333");
  private static final ClientId C2 = PSEUDONYMISER.pseudonymise("123456782");
  private static final ClientId C3 = PSEUDONYMISER.pseudonymise("234567892");

  @TempDir
  Path dir;

  /** Three clients: c1 under two laws in 2019, c2 in both years, c3 in 2020. */
  private static ClientDataset dataset() {
    return ClientDataset.builder()
        .add(new PaymentRecord(C1, 2019, Law.WMO, "Hulp", "A", Amount.ofCents(10_000)))
        .add(new PaymentRecord(C1, 2019, Law.JEUGDWET, "Jeugd", "B", Amount.ofCents(5)))
        .add(new PaymentRecord(C2, 2019, Law.JEUGDWET, "Jeugd", "B", Amount.ofCents(0)))
        .add(new PaymentRecord(C3, 2020, Law.WMO, "Hulp", "A", Amount.ofCents(3_333)))
        .add(new PaymentRecord(C2, 2020, Law.WMO, "Hulp", "A", Amount.ofCents(6_668)))
        .add(ClientRecord.of(C1, 2019, Law.WMO, "Hulp").withDeliveryForm(DeliveryForm.ZIN))
        .build();
  }

  private static JsonNode tree(Object result) {
    try {
      return MAPPER.readTree(ClientResultsJson.toJson(result));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anAggregationWithKeysCountsCostsAndAveragesRoundedHalfUp() throws IOException {
    JsonNode json = tree(dataset().aggregate(Query.by(Dimension.YEAR, Dimension.LAW)));

    assertEquals(MAPPER.readTree("""
        {
          "dimensions": ["LAW", "YEAR"],
          "unmatched": {},
          "totalUniqueClients": 3,
          "sumOfGroupClients": 5,
          "totalPayments": 5,
          "totalCost": "200.06",
          "averagePerClient": "66.69",
          "rows": [
            {"key": {"LAW": "JEUGDWET", "YEAR": 2019}, "uniqueClients": 2, "payments": 2, "cost": "0.05",
             "averagePerClient": "0.03"},
            {"key": {"LAW": "WMO", "YEAR": 2019}, "uniqueClients": 1, "payments": 1, "cost": "100.00",
             "averagePerClient": "100.00"},
            {"key": {"LAW": "WMO", "YEAR": 2020}, "uniqueClients": 2, "payments": 2, "cost": "100.01",
             "averagePerClient": "50.01"}
          ]
        }
        """), json);
  }

  @Test
  void anUnknownValueIsNullAndNoDimensionIsOneGroup() {
    JsonNode byForm = tree(dataset().aggregate(Query.by(Dimension.DELIVERY_FORM)));
    assertEquals(2, byForm.get("rows").size());
    JsonNode zin = byForm.get("rows").get(0);
    JsonNode unknown = byForm.get("rows").get(1);
    assertEquals("ZIN", zin.get("key").get("DELIVERY_FORM").asText(), byForm.toString());
    // The ZIN record is C1's Wmo record: it attaches to C1's Wmo payment only, as the data
    // annex enriches each law apart; C1's Jeugdwet payment has no delivery form.
    assertEquals("100.00", zin.get("cost").asText());
    assertTrue(unknown.get("key").get("DELIVERY_FORM").isNull(), byForm.toString());
    assertEquals("100.06", unknown.get("cost").asText());

    JsonNode all = tree(dataset().aggregate(Query.by()));
    assertEquals(0, all.get("dimensions").size());
    assertEquals(1, all.get("rows").size());
    assertEquals(0, all.get("rows").get(0).get("key").size());
  }

  @Test
  void stackingPerYear() throws IOException {
    assertEquals(MAPPER.readTree("""
        {
          "provisionBuckets": 7,
          "years": [
            {"year": 2019, "clientsByLaws": {"1": 1, "2": 1, "3": 0}, "clientsWithMoreThanOneLaw": 1,
             "clientsByProvisions": {"1": 1, "2": 1, "3": 0, "4": 0, "5": 0, "6": 0, "7+": 0},
             "householdsByProvisions": {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0, "7+": 0}},
            {"year": 2020, "clientsByLaws": {"1": 2, "2": 0, "3": 0}, "clientsWithMoreThanOneLaw": 0,
             "clientsByProvisions": {"1": 2, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0, "7+": 0},
             "householdsByProvisions": {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0, "7+": 0}}
          ]
        }
        """), tree(dataset().stacking()));
  }

  @Test
  void householdsByProvisionsAreExactCounts() {
    ClientDataset withHouseholds = ClientDataset.builder()
        .add(new PaymentRecord(C1, 2019, Law.WMO, "Hulp", "A", Amount.ofCents(1)))
        .add(new PaymentRecord(C2, 2019, Law.WMO, "Begeleiding", "A", Amount.ofCents(1)))
        .add(new PaymentRecord(C3, 2019, Law.WMO, "Hulp", "A", Amount.ofCents(1)))
        .add(ClientRecord.of(C1, 2019, Law.WMO, "Hulp").withHousehold("h1"))
        .add(ClientRecord.of(C2, 2019, Law.WMO, "Begeleiding").withHousehold("h1"))
        .add(ClientRecord.of(C3, 2019, Law.WMO, "Hulp").withHousehold("h2"))
        .build();
    JsonNode households = tree(withHouseholds.stacking()).get("years").get(0).get("householdsByProvisions");
    assertEquals(1, households.get("1").asLong());
    assertEquals(1, households.get("2").asLong());
    assertEquals(0, households.get("3").asLong());
  }

  @Test
  void providerConcentrationWithItsRankingAndParetoCurve() throws IOException {
    assertEquals(MAPPER.readTree("""
        {
          "percent": 50,
          "providers": 2,
          "topProviders": 1,
          "topCost": "200.01",
          "totalCost": "200.06",
          "topClients": 3,
          "allClients": 3,
          "providerSharePercent": "50.0",
          "costSharePercent": "100.0",
          "clientSharePercent": "100.0",
          "ranked": [
            {"provider": "A", "uniqueClients": 3, "payments": 3, "cost": "200.01", "averagePerClient": "66.67"},
            {"provider": "B", "uniqueClients": 2, "payments": 2, "cost": "0.05", "averagePerClient": "0.03"}
          ],
          "paretoCurve": ["200.01", "200.06"]
        }
        """), tree(dataset().providerConcentration(Query.by(), 50)));
  }

  @Test
  void aReadReportWithItsProblems() throws IOException {
    String csv = "bsn,year,law,provision,amount\n111222333,2019,Wmo,Hulp,1\n111222334,2019,Wmo,Hulp,1\n";
    ReadReport report = ClientDataReader.of(PSEUDONYMISER).readPayments(new StringReader(csv), "p.csv", p -> { });
    assertEquals(MAPPER.readTree("""
        {
          "source": "p.csv",
          "dialect": "PLAIN",
          "rowsRead": 2,
          "accepted": 1,
          "rejected": 1,
          "problemCount": 1,
          "problemsTruncated": false,
          "problems": [{"source": "p.csv", "line": 3, "column": "bsn", "why": "invalid BSN: the BSN fails the elfproef"}]
        }
        """), tree(report));
  }

  @Test
  void severalResultsInOneDocumentToAWriterOrAFile() throws IOException {
    ClientDataset dataset = dataset();
    Map<String, Object> analysis = new LinkedHashMap<>();
    analysis.put("byLaw", dataset.aggregate(Query.by(Dimension.LAW)));
    analysis.put("stacking", dataset.stacking());
    analysis.put("rows", dataset.aggregate(Query.by(Dimension.LAW)).rows());
    StringWriter out = new StringWriter();
    ClientResultsJson.write(analysis, out);
    JsonNode json = MAPPER.readTree(out.toString());
    assertEquals(List.of("byLaw", "stacking", "rows"), iterable(json.fieldNames()));
    assertEquals("JEUGDWET", json.get("rows").get(0).get("key").get("LAW").asText());
    assertTrue(out.toString().contains("\n"), "indented");

    Path file = dir.resolve("analysis.json");
    ClientResultsJson.write(analysis, file);
    assertEquals(json, MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8)));
  }

  private static List<String> iterable(Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
