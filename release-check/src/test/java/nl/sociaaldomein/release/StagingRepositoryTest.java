// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dry run of the release: every published module deployed to target/staging-repo in this
 * build's verify phase (the parent's {@code dry-run} execution), and here the upload is checked.
 * Tagged {@code staging}: it runs in the verify phase, after the modules have deployed. It runs offline
 * too ({@code mvn -o}): .mvn/maven.config lets Maven reach a {@code file:} repository offline.
 */
@Tag("staging")
class StagingRepositoryTest {

  private final StagingRepository repository = Build.stagingRepository();
  private final List<PublishedModule> published = PublishedModule.of(Build.root());

  @Test
  void everyPublishedModuleHasWhatMavenCentralAsksFor() {
    assertEquals(List.of(), repository.problems(published));
  }

  @Test
  void exactlyThePublishedModulesAreDeployed() {
    List<String> expected = published.stream().map(PublishedModule::artifactId).sorted().toList();
    assertEquals(expected, repository.deployedArtifactIds());
  }
}
