package nl.sociaaldomein.io.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.csv.CsvFormatException;
import nl.sociaaldomein.statement.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCsvTest {

  private static final String HEAD = String.join("\n",
      "#unit;THOUSANDS",
      "#convention;EXPENSES_POSITIVE",
      "#column;Begroting;AMENDED_BUDGET",
      "#column;Realisatie;REALISATION",
      "row;group;kind;label;taakveld;Begroting;Realisatie",
      "group;Wmo;product;;",
      "line;Wmo;lasten;Lasten;;1.000;1.100") + "\n";

  private static CsvFormatException refused(String csv) {
    return assertThrows(CsvFormatException.class, () -> StatementCsv.read(csv, "wmo.csv"));
  }

  @Test
  void aBadFigureNamesFileLineColumnAndText() {
    CsvFormatException e = refused(HEAD + "line;Wmo;baten;Baten;;-1.5;-200\n");
    assertEquals("wmo.csv", e.source());
    assertEquals(8, e.line());
    assertEquals("Begroting", e.column());
    assertEquals("-1.5", e.text());
    assertTrue(e.getMessage().startsWith("wmo.csv, line 8, column \"Begroting\": \"-1.5\": Cannot read"), e.getMessage());
  }

  @Test
  void anUnknownRowOrKindIsNamed() {
    CsvFormatException row = refused(HEAD + "subtotaal;Wmo;;;;1;1\n");
    assertEquals(8, row.line());
    assertEquals("subtotaal", row.text());
    CsvFormatException kind = refused(HEAD + "line;Wmo;uitgaven;Uitgaven;;1;1\n");
    assertEquals("kind", kind.column());
    assertEquals("uitgaven", kind.text());
  }

  @Test
  void duplicatesNameBothLines() {
    CsvFormatException e = refused(HEAD + "line;Wmo;lasten;Lasten;;5;5\n");
    assertTrue(e.getMessage().contains("line 7") && e.getMessage().contains("line 8"), e.getMessage());
  }

  @Test
  void missingMetadataAndHeaderMistakesAreExplained() {
    assertTrue(refused("row;group;kind;label;taakveld;Begroting\n").getMessage().contains("#unit and #convention"));
    assertTrue(refused("#unit;EUROS\n#convention;EXPENSES_POSITIVE\nrij;groep\n").getMessage().contains("the header must start with"));
    CsvFormatException noRole = refused("#unit;EUROS\n#convention;EXPENSES_POSITIVE\nrow;group;kind;label;taakveld;Begroting\n");
    assertEquals("Begroting", noRole.column());
    assertTrue(refused("#unit;DUIZENDEN\n").getMessage().contains("line 1"));
    assertTrue(refused(HEAD + "line;Jeugd;lasten;Lasten;;1;1\n").getMessage().contains("\"Jeugd\""));
    assertTrue(refused(HEAD + "line;Wmo;baten;Baten;;1;1;1\n").getMessage().contains("more fields than the header"));
  }

  @Test
  void readsWithAByteOrderMarkAndFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("wmo.csv");
    Files.write(file, ("\uFEFF" + HEAD).getBytes(StandardCharsets.UTF_8));
    Statement s = StatementCsv.read(file);
    assertEquals(StatementCsv.read(HEAD, file.toString()), s);
  }

  @Test
  void readsAndWritesThePlainDialect() {
    Statement seed = SeedStatementsTest.read(SeedStatementsTest.SEED_002);
    StringWriter out = new StringWriter();
    StatementCsv.write(seed, out, CsvDialect.PLAIN);
    String plain = out.toString();
    assertTrue(plain.contains("line,Doelenboom sociale zaken,lasten,Lasten,,18971249,18274274,20583845,51453,"), plain);
    assertEquals(seed, StatementCsv.read(plain, "plain"));
  }

  @Test
  void writesTheDutchDialectAsItReadsIt() {
    Statement seed = SeedStatementsTest.read(SeedStatementsTest.SEED_000);
    StringWriter out = new StringWriter();
    StatementCsv.write(seed, out, CsvDialect.DUTCH_EXCEL);
    assertTrue(out.toString().contains("line;Samenkracht en burgerparticipatie;lasten;Lasten;;3.820;3.920;3.947;9.268;-5.321"), out::toString);
  }
}
