// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The published modules, as the poms say, are the library's modules, the parent and the BOM. */
class PublishedModuleTest {

  @Test
  void areTheLibraryModulesTheParentAndTheBom() {
    List<String> published =
        PublishedModule.of(Build.root()).stream().map(PublishedModule::artifactId).sorted().toList();
    List<String> expected = List.of("bom", "cli", "core", "io", "parent", "report", "spark", "testkit").stream()
        .map(name -> "sociaaldomein-" + name).toList();
    assertEquals(expected, published);
  }

  @Test
  void poms() {
    assertEquals(
        List.of(new PublishedModule("sociaaldomein-parent", "pom"), new PublishedModule("sociaaldomein-bom", "pom")),
        PublishedModule.of(Build.root()).stream().filter(module -> !module.isJar()).toList());
  }
}
