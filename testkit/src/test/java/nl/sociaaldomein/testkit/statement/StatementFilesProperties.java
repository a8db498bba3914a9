// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.RoundingMode;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.json.SociaalDomeinJson;
import nl.sociaaldomein.io.statement.ColumnMapping;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.io.statement.StatementJson;
import nl.sociaaldomein.io.statement.StatementWorkbook;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.VarianceReport;
import nl.sociaaldomein.variance.VarianceRules;
import org.junit.jupiter.api.Test;

/**
 * io's files of generated statements: CSV, JSON and workbooks read back as written, and a variance
 * report of any statement as JSON. Moved from io's StatementFormsTest, StatementJsonTest,
 * StatementWorkbookTest and VarianceJsonTest with the generator (issue 14).
 */
class StatementFilesProperties {

  /** Written in {@code dialect} and read back. */
  private static Statement roundTrip(Statement s, CsvDialect dialect) {
    return StatementCsv.read(new StringReader(StatementCsv.toCsv(s, dialect)), "written").orElseThrow();
  }

  private static Statement json(String json, String source) {
    return StatementJson.read(new StringReader(json), source).orElseThrow();
  }

  private static byte[] written(Statement statement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StatementWorkbook.write(statement, out);
    return out.toByteArray();
  }

  @Test
  void everyGeneratedStatementRoundTripsThroughBothDialectsInEveryConvention() {
    qt().forAll(longs().all(), arbitrary().enumValues(SignConvention.class)).checkAssert((seed, convention) -> {
      Statement exact = StatementGenerator.random(seed).withConvention(convention);
      Statement printed = exact.roundEach(EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
      for (CsvDialect dialect : CsvDialect.values()) {
        assertEquals(exact, roundTrip(exact, dialect).withMinusStyle(exact.minusStyle()), dialect::toString);
        assertEquals(printed, roundTrip(printed, dialect).withMinusStyle(printed.minusStyle()), dialect::toString);
      }
      // Dutch notation keeps the minus style, so nothing at all is lost.
      assertEquals(printed, roundTrip(printed, CsvDialect.DUTCH_EXCEL));
    });
  }

  @Test
  void generatedStatementsRoundTripLosslessly() {
    qt().forAll(longs().all(), arbitrary().enumValues(SignConvention.class)).checkAssert((seed, convention) -> {
      Statement exact = StatementGenerator.random(seed).withConvention(convention);
      assertEquals(exact, json(StatementJson.toJson(exact), "generated"));
      Statement printed = exact.roundEach(EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
      assertEquals(printed, json(StatementJson.toJson(printed), "generated"));
    });
  }

  @Test
  void aStatementWrittenAndReadBackWithTheMatchingMappingIsEqual() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Statement statement = StatementGenerator.random(seed);
      ColumnMapping mapping = StatementWorkbook.mappingFor(statement);
      ColumnMapping fromFile = ColumnMapping.parse(mapping.toText(), "mapping.csv", ReadMode.STRICT).orElseThrow();
      assertEquals(mapping, fromFile);
      assertEquals(statement, StatementWorkbook.read(new ByteArrayInputStream(written(statement)), "export.xlsx", fromFile,
          ReadMode.STRICT).orElseThrow());
    });
  }

  @Test
  void theReportOfAnyStatementIsJson() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Statement statement = StatementGenerator.random(seed).roundEach(EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
      VarianceReport report = VarianceReport.of(statement, VarianceRules.above(Amount.ofEuros(1_000)), Explanations.none());
      JsonNode json = SociaalDomeinJson.mapper().valueToTree(report);
      assertEquals(report.analysis().rows().size(), json.at("/analysis/rows").size());
      assertEquals(report.required().items().size(), json.at("/required/items").size());
      assertEquals(report.legality().orElseThrow().overruns().size(), json.at("/legality/overruns").size());
    });
  }
}
