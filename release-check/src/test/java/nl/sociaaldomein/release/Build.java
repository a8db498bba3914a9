// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.release;

import java.nio.file.Path;

/** What the build tells the tests through system properties (release-check/pom.xml). */
final class Build {

  private Build() {}

  static Path root() {
    return Path.of(property("sociaaldomein.root")).normalize();
  }

  static StagingRepository stagingRepository() {
    return new StagingRepository(
        Path.of(property("sociaaldomein.staging")),
        property("sociaaldomein.groupId"),
        property("sociaaldomein.version"));
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("no system property " + name + "; run the test through Maven");
    }
    return value;
  }
}
