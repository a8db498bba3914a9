// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A module of the build that is deployed: every module the root pom lists, and the root itself,
 * unless its pom sets {@code maven.deploy.skip}. Read from the poms, so that a new module is
 * checked the day it is added.
 */
record PublishedModule(String artifactId, String packaging) {

  boolean isJar() {
    return packaging.equals("jar");
  }

  static List<PublishedModule> of(Path root) {
    Pom parent = Pom.read(root.resolve("pom.xml"));
    List<PublishedModule> published = new ArrayList<>();
    addIfPublished(parent, published);
    for (String module : parent.texts("/project/modules/module")) {
      Path pom = root.resolve(module).resolve("pom.xml");
      if (!Files.isRegularFile(pom)) {
        throw new IllegalStateException("the root pom lists module " + module + ", which has no " + pom);
      }
      addIfPublished(Pom.read(pom), published);
    }
    return List.copyOf(published);
  }

  private static void addIfPublished(Pom pom, List<PublishedModule> published) {
    boolean skipped = pom.text("/project/properties/maven.deploy.skip").filter("true"::equals).isPresent();
    if (!skipped) {
      String artifactId = pom.text("/project/artifactId").orElseThrow();
      published.add(new PublishedModule(artifactId, pom.text("/project/packaging").orElse("jar")));
    }
  }
}
