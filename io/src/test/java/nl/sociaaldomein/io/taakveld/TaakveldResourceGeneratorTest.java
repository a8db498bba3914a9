// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaakveldResourceGeneratorTest {

  private static String shipped() throws Exception {
    try (InputStream in = TaakveldCatalogue.class.getResourceAsStream("taakvelden.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void regeneratingFromTheDefinitionFilesGivesExactlyTheShippedResource() throws Exception {
    assertEquals(shipped(), TaakveldResourceGenerator.generate(Iv3Files.directory()),
        "the shipped taakvelden.tsv is not what the Iv3 files give; regenerate it (docs/taakvelden.md)");
  }

  @Test
  void aDirectoryWithoutDefinitionFilesIsRefused(@TempDir Path empty) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TaakveldResourceGenerator.generate(empty));
    assertEquals("No iv3_definities_Gemeente_<year>.json in " + empty, e.getMessage());
  }
}
