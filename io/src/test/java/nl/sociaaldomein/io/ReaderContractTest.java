// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.io.statement.StatementJson;
import nl.sociaaldomein.io.taakveld.Iv3DefinitionReader;
import nl.sociaaldomein.io.taakveld.TaakveldCatalogueCsv;
import nl.sociaaldomein.io.taakveld.TaakveldCatalogueJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every reader promises alike (docs/formats.md, "The reader contract"): text that is not
 * UTF-8 is a problem, not an exception; rows after a bad header or bad top-level fields are
 * rejected, not skipped; the strict mode throws the lenient read's first problem.
 */
class ReaderContractTest {

  @TempDir
  Path dir;

  /** "Geëscaleerde" in ISO-8859-1: the byte 0xEB is no UTF-8. */
  private Path latin1(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
    return file;
  }

  private static void notUtf8(ReadResult<?> result, Location expected) {
    assertTrue(result.value().isEmpty());
    assertEquals(1, result.problems().size(), result.problems()::toString);
    Problem p = result.problems().get(0);
    assertEquals(expected, p.where());
    assertTrue(p.why().contains("UTF-8"), p.why());
  }

  @Test
  void textThatIsNotUtf8IsAProblemAtItsLineAndCharacter() throws IOException {
    Path statement = latin1("s.csv", "#unit;EUROS\n#name;Geëscaleerde zorg\n");
    notUtf8(StatementCsv.read(statement), Location.atCharacter(statement.toString(), 2, 9));
    Path catalogue = latin1("c.csv", "code;name\n6.81;Geëscaleerde zorg 18+\n");
    notUtf8(TaakveldCatalogueCsv.read(catalogue), Location.atCharacter("c.csv", 2, 8));
  }

  @Test
  void jsonThatIsNotUtf8IsAProblemOfTheFile() throws IOException {
    Path statement = latin1("s.json", "{\"name\": \"Geëscaleerde zorg\"}");
    notUtf8(StatementJson.read(statement), Location.of(statement.toString()));
    Path catalogue = latin1("c.json", "{\"label\": \"Geëscaleerde zorg\"}");
    notUtf8(TaakveldCatalogueJson.read(catalogue), Location.of("c.json"));
    Path definition = latin1("d.json", "{\"metadata\": {\"omschrijving\": \"Geëscaleerde zorg\"}}");
    notUtf8(Iv3DefinitionReader.read(definition), Location.of("d.json"));
  }

  @Test
  void rowsAfterABadHeaderAreRejectedNotSkipped() {
    ReadResult<?> catalogue = TaakveldCatalogueCsv.read(
        new StringReader("kode;naam\n6.;SOCIAAL DOMEIN\n6.71;Maatwerk\n"), "c.csv");
    assertEquals(2, catalogue.report().rejected());
    assertEquals(List.of(Location.atCell("c.csv", 1, "kode"), Location.atLine("c.csv", 1), Location.atLine("c.csv", 2),
        Location.atLine("c.csv", 3)), catalogue.problems().stream().map(Problem::where).toList());
  }

  @Test
  void entriesUnderBadTopLevelFieldsAreRejectedNotSkipped() {
    String statement = """
        {"name": "Wmo", "unit": "GULDENS", "convention": "EXPENSES_POSITIVE",
         "columns": [{"label": "B", "role": "AMENDED_BUDGET"}],
         "groups": [{"name": "Wmo", "kind": "PRODUCT", "lines": [{"kind": "EXPENSES", "label": "L"}]}],
         "cells": [{"row": "result", "column": "B", "printed": "1"}]}
        """;
    ReadResult<?> read = StatementJson.read(new StringReader(statement), "s.json");
    assertEquals(List.of("$.unit", "$.columns[0]", "$.groups[0]", "$.groups[0].lines[0]", "$.cells[0]"),
        read.problems().stream().map(p -> p.where().jsonPath().orElseThrow()).toList());
    assertEquals(4, read.report().rejected());

    String catalogue = "{\"label\": \"\", \"taakvelden\": [{\"code\": \"6.\", \"name\": \"SOCIAAL DOMEIN\"}]}";
    ReadResult<?> taakvelden = TaakveldCatalogueJson.read(new StringReader(catalogue), "c.json");
    assertEquals(List.of("$.label", "$.taakvelden[0]"),
        taakvelden.problems().stream().map(p -> p.where().jsonPath().orElseThrow()).toList());
    assertEquals(1, taakvelden.report().rejected());
  }

  @Test
  void theStrictModeThrowsTheFirstProblemOfTheLenientRead() throws IOException {
    Path statement = latin1("s.csv", "#unit;EUROS\n#name;Geëscaleerde zorg\n");
    check(mode -> StatementCsv.read(statement, mode));
    check(mode -> TaakveldCatalogueCsv.read(new StringReader("kode;naam\n6.;SOCIAAL DOMEIN\n"), "c.csv", mode));
    check(mode -> StatementJson.read(new StringReader("{\"unit\": 12}"), "s.json", mode));
  }

  private static void check(Function<ReadMode, ReadResult<?>> read) {
    Problem first = read.apply(ReadMode.LENIENT).problems().get(0);
    assertEquals(first, assertThrows(ReadException.class, () -> read.apply(ReadMode.STRICT)).problem());
  }
}
