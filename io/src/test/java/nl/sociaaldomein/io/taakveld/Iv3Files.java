// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the CBS definition files are: {@code ../shared/iv3} beside the repository. */
final class Iv3Files {

  /** Tests run in the module directory, so the repository's sibling is two levels up. */
  static final Path DIRECTORY = Paths.get("../../shared/iv3");

  private Iv3Files() {}

  /** The directory, or the calling test is skipped when it is absent (a clone without it). */
  static Path directory() {
    assumeTrue(Files.isDirectory(DIRECTORY), "no Iv3 definition files at " + DIRECTORY.toAbsolutePath());
    return DIRECTORY;
  }

  static Path file(int year) {
    return directory().resolve("iv3_definities_Gemeente_" + year + ".json");
  }
}
