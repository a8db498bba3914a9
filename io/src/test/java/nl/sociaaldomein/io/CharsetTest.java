// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.io.statement.StatementJson;
import nl.sociaaldomein.statement.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text reader takes the charset of its bytes and refuses a byte not valid in it where it
 * is, with a hint at the charset the bytes look like; nothing is ever decoded to U+FFFD.
 */
class CharsetTest {

  /** A statement as a Windows tool saves it: "Geëscaleerde" and "€" in Windows-1252 (0xEB, 0x80). */
  private static final String STATEMENT = "#unit;EUROS\n"
      + "#name;Geëscaleerde zorg\n"
      + "#source;jaarrekening, bedragen in €\n"
      + "#convention;EXPENSES_POSITIVE\n"
      + "#column;Realisatie 2022;REALISATION\n"
      + "row;group;kind;label;taakveld;Realisatie 2022\n"
      + "group;Geëscaleerde zorg 18+;taakveld;;6.81\n"
      + "line;Geëscaleerde zorg 18+;lasten;Lasten;;1.234\n";

  @TempDir
  Path dir;

  private Path windows1252() throws IOException {
    return Files.write(dir.resolve("s.csv"), STATEMENT.getBytes(TextInput.WINDOWS_1252));
  }

  @Test
  void windows1252IsRefusedAsUtf8WithItsLineAndAHint() throws IOException {
    Path file = windows1252();
    ReadResult<Statement> read = StatementCsv.read(file);
    assertTrue(read.value().isEmpty());
    assertEquals(1, read.problems().size(), read.problems()::toString);
    Problem p = read.problems().get(0);
    assertEquals(Location.atCharacter(file.toString(), 2, 9), p.where());
    assertEquals("byte 0xEB is not valid UTF-8; the file looks like Windows-1252 (as Windows tools save CSV);"
        + " read it with that charset, or save it as UTF-8 (in Excel: \"CSV UTF-8\")", p.why());
    ReadException strict = assertThrows(ReadException.class, () -> StatementCsv.read(file, ReadMode.STRICT));
    assertEquals(p, strict.problem());
  }

  @Test
  void windows1252IsReadWithThatCharset() throws IOException {
    Path file = windows1252();
    Statement fromFile = StatementCsv.read(file, TextInput.WINDOWS_1252, ReadMode.STRICT).orElseThrow();
    assertEquals("Geëscaleerde zorg", fromFile.name());
    assertEquals("Geëscaleerde zorg 18+", fromFile.groups().get(0).name());
    Statement fromStream = StatementCsv.read(new ByteArrayInputStream(Files.readAllBytes(file)), "s.csv",
        TextInput.WINDOWS_1252, ReadMode.STRICT).orElseThrow();
    assertEquals(fromFile, fromStream);
    assertEquals(StatementCsv.read(new StringReader(STATEMENT), "s.csv").orElseThrow(), fromFile);
  }

  @Test
  void aReaderThatReplacedBadBytesIsRefusedWhereTheFirstReplacementIs() throws IOException {
    // The lenient decoder an InputStreamReader has turns 0xEB into U+FFFD without a word.
    InputStreamReader lenient = new InputStreamReader(new ByteArrayInputStream(Files.readAllBytes(windows1252())),
        StandardCharsets.UTF_8);
    ReadResult<Statement> read = StatementCsv.read(lenient, "s.csv");
    assertTrue(read.value().isEmpty());
    assertEquals(Location.atCharacter("s.csv", 2, 9), read.problems().get(0).where());
    assertTrue(read.problems().get(0).why().contains("U+FFFD"), read.problems().get(0).why());
  }

  @Test
  void aBufferedReaderOverALenientDecoderIsRefusedToo() throws IOException {
    // A BufferedReader hides the InputStreamReader under it; the U+FFFD it passes on is still not the file's.
    BufferedReader buffered = new BufferedReader(new InputStreamReader(
        new ByteArrayInputStream(Files.readAllBytes(windows1252())), StandardCharsets.UTF_8));
    ReadResult<Statement> read = StatementCsv.read(buffered, "s.csv");
    assertTrue(read.value().isEmpty());
    assertEquals(Location.atCharacter("s.csv", 2, 9), read.problems().get(0).where());
  }

  @Test
  void jsonFromAReaderThatReplacedBadBytesIsRefusedToo() {
    byte[] bytes = "{\n  \"name\": \"Geëscaleerde zorg\"\n}".getBytes(TextInput.WINDOWS_1252);
    ReadResult<Statement> read = StatementJson.read(
        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), "s.json");
    assertTrue(read.value().isEmpty());
    assertEquals(Location.atCharacter("s.json", 2, 14), read.problems().get(0).where());
  }

  @Test
  void aReplacementCharacterOfItsOwnIsText() {
    ProblemLog log = new ProblemLog("t.txt", ReadMode.STRICT);
    assertEquals(Optional.of("Ge\uFFFDscaleerde"), TextInput.read(new StringReader("Ge\uFFFDscaleerde"), log));
    assertEquals(Optional.of("Ge\uFFFDscaleerde"),
        TextInput.read(new CharArrayReader("Ge\uFFFDscaleerde".toCharArray()), log));
  }

  @Test
  void utf8ReadAsWindows1252IsRefusedWhereAByteHasNoCharacterThere() {
    // "Ő" is C5 90 in UTF-8; 0x90 is no character of Windows-1252.
    byte[] utf8 = "code;name\n6.1;Őrség\n".getBytes(StandardCharsets.UTF_8);
    ProblemLog log = new ProblemLog("t.csv", ReadMode.LENIENT);
    assertEquals(Optional.empty(), TextInput.decode(utf8, TextInput.WINDOWS_1252, log));
    Problem p = log.report().problems().get(0);
    assertEquals(Location.atCharacter("t.csv", 2, 6), p.where());
    assertEquals("byte 0x90 is not valid windows-1252; the file looks like UTF-8; read it with that charset", p.why());
  }

  @Test
  void validUtf8TextRoundTrips() {
    // A lone surrogate is no text (UTF-8 cannot encode it): mapped to "x" rather than assumed
    // away, since an assumption that refuses one string in nine made QuickTheories give up at times.
    qt().forAll(strings().betweenCodePoints(0, 0x10FFFF).ofLengthBetween(0, 60)
            .map(s -> s.codePoints().map(c -> Character.getType(c) == Character.SURROGATE ? 'x' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()))
        .checkAssert(text -> {
          ProblemLog log = new ProblemLog("t.txt", ReadMode.STRICT);
          assertEquals(Optional.of(text), TextInput.decode(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, log));
          assertEquals(Optional.of(text), TextInput.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
              StandardCharsets.UTF_8, log));
        });
  }

  @Test
  void textWindows1252CanHoldRoundTripsInIt() {
    // U+0080 to U+009F are no characters of Windows-1252 (its bytes 0x80 to 0x9F hold others, such as €).
    qt().forAll(strings().betweenCodePoints(0, 0xFF).ofLengthBetween(0, 60)
            .map(s -> s.replaceAll("[\u0080-\u009F]", "€")))
        .checkAssert(text -> assertEquals(Optional.of(text), TextInput.decode(text.getBytes(TextInput.WINDOWS_1252),
            TextInput.WINDOWS_1252, new ProblemLog("t.txt", ReadMode.STRICT))));
  }
}
