// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.sociaaldomein.iv3.Iv3ErrorCatalogue;
import nl.sociaaldomein.iv3.Overheidslaag;
import org.junit.jupiter.api.Test;

/** The CBS files shipped as resources are exactly those in {@code ../shared/iv3}, and read. */
class ShippedIv3Test {

  /** Tests run in the module directory, so the repository's sibling is two levels up. */
  static final Path SHARED = Paths.get("../../shared/iv3");

  /** The shared directory; the calling test is skipped in a clone without it. */
  static Path shared() {
    assumeTrue(Files.isDirectory(SHARED), "no Iv3 files at " + SHARED.toAbsolutePath());
    return SHARED;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ShippedIv3.open(name)) {
      return in.readAllBytes();
    }
  }

  /** The text of the shipped definitions of {@code year}. */
  static String text(int year) {
    try {
      return new String(resource(ShippedIv3.definitionsResource(Overheidslaag.GEMEENTE, year)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyCbsFileInSharedIsShippedByteForByte() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(shared())) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(12, files.size(), files::toString);
    for (Path f : files) {
      assertArrayEquals(Files.readAllBytes(f), resource(f.getFileName().toString()),
          f.getFileName() + " in io/src/main/resources/nl/sociaaldomein/io/iv3 differs from " + f
              + "; copy it again (docs/iv3.md)");
    }
  }

  @Test
  void theShippedYearsAreTheDefinitionFilesInShared() throws IOException {
    TreeSet<Integer> inShared = new TreeSet<>();
    try (Stream<Path> list = Files.list(shared())) {
      list.map(f -> Iv3DefinitionsJson.FILE_NAME.matcher(f.getFileName().toString()))
          .filter(m -> m.matches() && m.group(1).equals("Gemeente"))
          .forEach(m -> inShared.add(Integer.parseInt(m.group(2))));
    }
    assertEquals(inShared, ShippedIv3.years(Overheidslaag.GEMEENTE));
    assertEquals(IntStream.rangeClosed(2017, 2026).boxed().toList(), List.copyOf(ShippedIv3.years(Overheidslaag.GEMEENTE)));
  }

  @Test
  void definitionsAreThereForMunicipalitiesFrom2017To2026Only() {
    assertEquals(Optional.empty(), ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2016));
    assertEquals(Optional.empty(), ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2027));
    assertEquals(Optional.empty(), ShippedIv3.definitions(Overheidslaag.PROVINCIE, 2024));
    assertEquals(Optional.empty(), ShippedIv3.definitions(Overheidslaag.GR, 2024));
    assertTrue(ShippedIv3.years(Overheidslaag.PROVINCIE).isEmpty());
    assertEquals(2024, ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2024).orElseThrow().boekjaar());
    assertSame(ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2024).orElseThrow(),
        ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2024).orElseThrow(), "read once, kept");
  }

  @Test
  void theErrorCatalogueHasCbsTextsVerbatim() {
    Iv3ErrorCatalogue cbs = ShippedIv3.errors();
    assertEquals(37, cbs.errors().size());
    assertEquals("Er is een onbekende sleutel <fout>  aangetroffen binnen metadata.", cbs.get("SF003").melding());
    assertTrue(cbs.get("SF888").melding().contains("\u201cboekjaar\u201d"), cbs.get("SF888").melding());
    assertTrue(cbs.get("PF099").melding().contains("plausibiliteitsconrtrole"), "CBS's typo is kept");
  }

  @Test
  void theSchemaTextIsCbsFile() throws IOException {
    assertEquals(Files.readString(shared().resolve(ShippedIv3.SCHEMA)), ShippedIv3.schemaText());
  }
}
