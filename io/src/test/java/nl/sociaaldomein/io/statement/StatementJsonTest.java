// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.VarianceNotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementJsonTest {

  private static Statement json(String json, String source) {
    return StatementJson.read(new java.io.StringReader(json), source).orElseThrow();
  }

  @Test
  void everyTranscribedStatementRoundTrips() {
    for (String name : new String[] {SeedStatementsTest.SEED_000, SeedStatementsTest.SEED_002,
        "synthetic-income-positive.csv", "synthetic-both-positive.csv", "synthetic-verschillen-000.csv",
        "synthetic-running-text.csv"}) {
      Statement s = SeedStatementsTest.read(name);
      assertEquals(s, json(StatementJson.toJson(s), name));
    }
  }

  @Test
  void errorsNameTheJsonPath() {
    String json = StatementJson.toJson(SeedStatementsTest.read(SeedStatementsTest.SEED_002));
    IllegalArgumentException badFigure = assertThrows(IllegalArgumentException.class,
        () -> json(json.replaceFirst("\"printed\" : \"18971249\"", "\"printed\" : \"18.971.249\""), "s.json"));
    assertTrue(badFigure.getMessage().startsWith("s.json, $.cells[0].printed: \"18.971.249\""), badFigure.getMessage());
    IllegalArgumentException badUnit = assertThrows(IllegalArgumentException.class,
        () -> json(json.replaceFirst("\"unit\" : \"EUROS\"", "\"unit\" : \"GULDENS\""), "s.json"));
    assertTrue(badUnit.getMessage().contains("$.unit"), badUnit.getMessage());
  }

  @Test
  void everyBadEntryIsReportedAtItsPathAndTheGoodOnesAreRead() {
    String json = """
        {"name": "Wmo", "unit": "THOUSANDS", "convention": "EXPENSES_POSITIVE",
         "columns": [{"label": "Begroting", "role": "AMENDED_BUDGET"},
                     {"label": "Realisatie", "role": "REALISEERD"}],
         "groups": [{"name": "Wmo", "kind": "PRODUCT", "lines": [
                       {"kind": "EXPENSES", "label": "Lasten"},
                       {"kind": "INCOME", "label": 12}]},
                    {"name": "Jeugd", "kind": "PRODUCT", "taakveld": "zes", "lines": [
                       {"kind": "EXPENSES", "label": "Lasten"}]}],
         "cells": [{"row": "line", "group": "Wmo", "kind": "EXPENSES", "label": "Lasten", "column": "Begroting",
                    "printed": "1000"},
                   {"row": "line", "group": "Wmo", "kind": "EXPENSES", "label": "Lasten", "column": "Begroting",
                    "printed": "12,5"},
                   {"row": "subtotal", "column": "Begroting", "printed": "1"},
                   {"row": "result", "column": "Begroting", "printed": "1000", "colour": "red"}]}
        """;
    ReadResult<Statement> result = StatementJson.read(new StringReader(json), "wmo.json");
    List<Problem> problems = result.problems();
    assertEquals(List.of("$.columns[1].role", "$.groups[0].lines[1].label", "$.groups[1].taakveld",
        "$.groups[1].lines[0]", "$.cells[1].printed", "$.cells[2].row", "$.cells[3].colour"),
        problems.stream().map(p -> p.where().jsonPath().orElseThrow()).toList(), problems::toString);
    assertEquals(Optional.of("REALISEERD"), problems.get(0).what());
    assertEquals("expected a string", problems.get(1).why());
    assertEquals(Optional.of("12,5"), problems.get(4).what());
    assertEquals("not a decimal number in plain notation (such as -1412815 or 0.84; no exponent, no grouping)",
        problems.get(4).why());
    assertEquals("not read: its group is rejected", problems.get(3).why());
    // Rows: 2 columns, 2 groups, 3 lines, 4 cells; taken: 1 column, 1 group, 1 line, 1 cell.
    assertEquals(11, result.report().rowsRead());
    assertEquals(4, result.report().accepted());
    assertEquals(7, result.report().rejected());
    Statement s = result.value().orElseThrow();
    assertEquals(1, s.lines().size());
    assertEquals(Optional.of(PrintedFigure.of(1000, EuroUnit.THOUSANDS)),
        s.printed(new Cell(new Place.Line("Wmo", LineKind.EXPENSES, "Lasten"), "Begroting")));

    ReadException strict = assertThrows(ReadException.class,
        () -> StatementJson.read(new StringReader(json), "wmo.json", ReadMode.STRICT));
    assertEquals(problems.get(0), strict.problem());
  }

  @Test
  void theModuleEmbedsStatementsInOtherDocumentsAndReadsThemStrictly() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper = nl.sociaaldomein.io.json.SociaalDomeinJson.mapper();
    Statement seed = SeedStatementsTest.read(SeedStatementsTest.SEED_002);
    String json = mapper.writeValueAsString(java.util.Map.of("jaarverslag", seed));
    com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(json);
    assertEquals(mapper.readTree(StatementJson.toJson(seed)), tree.get("jaarverslag"));
    assertEquals(seed, mapper.treeToValue(tree.get("jaarverslag"), Statement.class));

    String bad = json.replaceFirst("\"printed\" : \"18971249\"", "\"printed\" : \"18.971.249\"");
    com.fasterxml.jackson.databind.JsonMappingException e = assertThrows(
        com.fasterxml.jackson.databind.JsonMappingException.class,
        () -> mapper.readValue(bad, new com.fasterxml.jackson.core.type.TypeReference<
            java.util.Map<String, Statement>>() { }));
    assertTrue(e.getMessage().contains("$.cells[0].printed: \"18.971.249\": not a decimal number"), e.getMessage());
  }

  /** A small statement whose first line cell and catalogue year and variance sense are set by the test. */
  private static String document(String catalogueYear, String notation, String printed, String extraCell) {
    return """
        {"name": "Wmo", "unit": "THOUSANDS", "convention": "EXPENSES_POSITIVE"%s,
         "columns": [{"label": "Begroting", "role": "AMENDED_BUDGET"},
                     {"label": "Realisatie", "role": "REALISATION"},
                     {"label": "Verschil", "role": "VARIANCE", "variance":
                       {"budgetColumn": "Begroting", "actualColumn": "Realisatie"%s}}],
         "groups": [{"name": "Wmo", "kind": "PRODUCT", "lines": [{"kind": "EXPENSES", "label": "Lasten"}]}],
         "cells": [{"row": "line", "group": "Wmo", "kind": "EXPENSES", "label": "Lasten", "column": "Begroting",
                    "printed": %s}%s]}
        """.formatted(catalogueYear, notation, printed, extraCell);
  }

  private static ReadResult<Statement> lenient(String json) {
    return StatementJson.read(new StringReader(json), "wmo.json");
  }

  /** The one problem of the lenient read of {@code json}, which the strict read throws as well. */
  private static Problem onlyProblem(String json) {
    List<Problem> problems = lenient(json).problems();
    assertEquals(1, problems.size(), problems::toString);
    ReadException strict = assertThrows(ReadException.class,
        () -> StatementJson.read(new StringReader(json), "wmo.json", ReadMode.STRICT));
    assertEquals(problems.get(0), strict.problem());
    return problems.get(0);
  }

  @Test
  void theSmallDocumentReads() {
    Statement s = lenient(document(", \"catalogueYear\": 2022", ", \"notation\": \"favourable-positive\"", "\"1000\"", ""))
        .orElseThrow();
    assertEquals(java.util.OptionalInt.of(2022), s.catalogueYear());
    assertEquals(VarianceNotation.FAVOURABLE_POSITIVE, s.column("Verschil").variance().orElseThrow().notation());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+999999999", "21507E0214640460", "16140580E+99999999", "-8902411E-7972498", "1e3",
      "1234567890123456789012345678901", "12.", ".5"})
  void aPrintedFigureIsPlainDecimalNotationOfAtMostThirtyDigits(String figure) {
    String json = document("", ", \"notation\": \"favourable-positive\"", "\"" + figure + "\"", "");
    ReadResult<Statement> result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> lenient(json));
    Problem p = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> onlyProblem(json));
    assertEquals(Location.atPath("wmo.json", "$.cells[0].printed"), p.where());
    assertEquals(Optional.of(figure), p.what());
    Statement s = result.value().orElseThrow();
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertTrue(s.check().isConsistent()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"abc\"", "1e20", "20.22", "\"2022\"", "true", "99999", "-2022", "12345678901"})
  void theCatalogueYearIsAWholeNumberOfASaneYear(String year) {
    String json = document(", \"catalogueYear\": " + year, ", \"notation\": \"favourable-positive\"", "\"1000\"", "");
    ReadResult<Statement> result = lenient(json);
    Problem p = result.problems().get(0);
    assertEquals(Location.atPath("wmo.json", "$.catalogueYear"), p.where());
    assertEquals(p, assertThrows(ReadException.class,
        () -> StatementJson.read(new StringReader(json), "wmo.json", ReadMode.STRICT)).problem());
    // No statement without the year its codes belong to; its columns, group, line and cell are rejected, not lost.
    assertTrue(result.value().isEmpty());
    assertEquals(6, result.report().rowsRead());
    assertEquals(6, result.report().rejected());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ", \"notation\": \"yes\"", ", \"notation\": true",
      ", \"notation\": 1", ", \"notation\": null", ", \"favourablePositive\": true"})
  void theNotationIsRequiredAndOneOfTheCodes(String sense) {
    String json = document("", sense, "\"1000\"", "");
    Problem p = onlyProblem(json);
    ReadResult<Statement> result = lenient(json);
    assertTrue(p.where().jsonPath().orElseThrow().startsWith("$.columns[2].variance"), p::toString);
    assertEquals(1, result.report().rejected());
    assertEquals(2, result.value().orElseThrow().columns().size(), "the variance column is rejected, the others read");
  }

  @Test
  void aPrintedNumberIsNotAString() {
    Problem p = onlyProblem(document("", ", \"notation\": \"favourable-positive\"", "1000", ""));
    assertEquals(Location.atPath("wmo.json", "$.cells[0].printed"), p.where());
  }

  @Test
  void aPrintedCellAtAPlaceTheStatementDoesNotHaveIsRejectedAtItsPath() {
    String json = document("", ", \"notation\": \"favourable-positive\"", "\"1000\"",
        ", {\"row\": \"total\", \"kind\": \"RESERVE_ADDITION\", \"column\": \"Begroting\", \"printed\": \"5\"}");
    Problem p = onlyProblem(json);
    ReadResult<Statement> result = lenient(json);
    assertEquals(Location.atPath("wmo.json", "$.cells[1]"), p.where());
    assertTrue(p.why().contains("total storting"), p.why());
    assertEquals(1, result.report().rejected());
    assertTrue(result.value().orElseThrow().printedDerivedCells().isEmpty());
  }
}
