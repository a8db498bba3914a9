// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The BOM manages every published jar at the project's version, and nothing else. */
class BomTest {

  private final Pom bom = Pom.read(Build.root().resolve("bom/pom.xml"));
  private final Pom parent = Pom.read(Build.root().resolve("pom.xml"));

  @Test
  void managesEveryPublishedJar() {
    List<String> jars = PublishedModule.of(Build.root()).stream()
        .filter(PublishedModule::isJar).map(PublishedModule::artifactId).sorted().toList();
    List<String> managed = bom.texts("/project/dependencyManagement/dependencies/dependency/artifactId")
        .stream().sorted().toList();
    assertEquals(jars, managed);
  }

  @Test
  void managesThemAtItsOwnVersionWhichIsTheProjects() {
    assertEquals(
        List.of("${project.version}"),
        bom.texts("/project/dependencyManagement/dependencies/dependency/version").stream().distinct().toList());
    assertEquals(parent.text("/project/version"), bom.text("/project/version"));
  }

  @Test
  void hasNoParentWhoseDependencyManagementItWouldHandOn() {
    assertTrue(bom.text("/project/parent/artifactId").isEmpty());
  }

  @Test
  void carriesTheMetadataOfTheParent() {
    for (String path : List.of("url", "licenses", "developers", "scm", "issueManagement")) {
      assertEquals(parent.texts("/project/" + path), bom.texts("/project/" + path), path);
    }
  }
}
